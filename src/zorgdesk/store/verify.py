"""*Kluis controleren*: the file, the audit chain and the row seals, with progress.

Three checks, in this order: SQLite's integrity check (a damaged file makes the other
two pointless), the hash chain of the audit log and the seal of every sealed row.
Used by ``Vault.verify`` (the CLI, restore) on the vault's own connection and by
``WorkerAccess.verify`` (the UI) on a worker's connection, where the integrity check
runs in a thread of its own next to the chain and seals (SQLite's C code does not hold
Python's lock, so the two share the machine's cores).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import sqlcipher3

from zorgdesk.domain.progress import Cancelled, Progress
from zorgdesk.store import audit, head, reconcile, seal

# Shares of the progress bar, roughly as the time goes at school scale.
INTEGRITY, CHAIN, SEALS = 20, 20, 60
TOTAL = INTEGRITY + CHAIN + SEALS


def integrity_problems(conn) -> list[str]:
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    return [f"Databasecontrole: {row[0]}" for row in rows if row[0] != "ok"]


def verify_connection(conn, audit_key: bytes, seal_key: bytes,
                      progress: Progress | None = None,
                      integrity: Callable[[], list[str]] | None = None) -> list[str]:
    """Dutch descriptions of every integrity problem; empty when all is well.

    ``integrity``: the integrity check's problems, when another thread already ran it
    (see ``WorkerAccess.verify``); by default it runs here first.
    """
    progress = progress or Progress()
    try:
        return _checks(conn, audit_key, seal_key, progress, integrity)
    except sqlcipher3.DatabaseError as error:
        if progress.cancelled:
            raise Cancelled() from None
        return [f"Databasecontrole: de kluis is beschadigd en kon niet volledig worden "
                f"gelezen ({type(error).__name__})."]


def with_rollback_note(found: list[str], rolled_back: tuple[int, int] | None) -> list[str]:
    """An older copy of the vault is said first; every finding once."""
    if rolled_back is not None:
        older, newer = rolled_back
        found.insert(0, f"Dit is een oudere kopie: het auditlogboek eindigt bij regel "
                        f"{older}, op deze computer was de kluis al tot regel {newer} "
                        "gekomen. Wat daarna is vastgelegd, ontbreekt in dit bestand.")
    return list(dict.fromkeys(found))


def _checks(conn, audit_key: bytes, seal_key: bytes, progress: Progress,
            integrity: Callable[[], list[str]] | None) -> list[str]:
    if integrity is None:
        progress.step(0, TOTAL, "Het bestand wordt gecontroleerd…")
        problems = integrity_problems(conn)
        if problems:
            return problems  # a damaged file: further checks would only add noise
        integrity_done = True
    else:
        integrity_done = False
    cur = conn.cursor()
    progress.step(INTEGRITY, TOTAL, "Het auditlogboek wordt gecontroleerd…")
    problems = audit.verify_chain(cur, audit_key, progress.part(INTEGRITY, CHAIN, TOTAL))
    problems += head.verify(cur, audit_key, seal.label_of)
    progress.step(INTEGRITY + CHAIN, TOTAL, "De gegevens worden gecontroleerd…")
    problems += seal.verify_seals(cur, seal_key, progress.part(INTEGRITY + CHAIN, SEALS,
                                                               TOTAL))
    problems += reconcile.verify(cur)
    if not integrity_done:
        progress.step(TOTAL, TOTAL, "Het bestand wordt gecontroleerd…")
        damaged = integrity()
        if damaged:
            return damaged
    progress.step(TOTAL, TOTAL, "Klaar.")
    return problems


class ParallelIntegrity:
    """Runs the integrity check in its own thread on its own connection."""

    def __init__(self, connect: Callable) -> None:
        self._connect = connect
        self._result: list[str] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="zorgdesk-integrity",
                                        daemon=True)

    def _run(self) -> None:
        try:
            with self._connect() as conn:
                self._result = integrity_problems(conn)
        except BaseException as error:  # noqa: BLE001 - re-raised in result()
            self._error = error

    def start(self) -> ParallelIntegrity:
        self._thread.start()
        return self

    def result(self) -> list[str]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result
