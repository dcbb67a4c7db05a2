"""*Kluis controleren*: the file, the audit chain and the row seals, with progress.

Three checks, in this order: the file itself (a whole number of pages, and SQLite's
integrity check; a damaged file makes the other two pointless), the hash chain of the
audit log and the seal of every sealed row.
Used by ``Vault.verify`` (the CLI, restore) on the vault's own connection and by
``WorkerAccess.verify`` (the UI) on a worker's connection. During the checks the
connection's page cache is made as large as the file (up to LARGE_CACHE_BYTES): the
integrity check decrypts every page once, and the chain and seal checks then read them
from memory instead of decrypting them again (a third less CPU at a large school).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import sqlcipher3

from zorgdesk.domain.progress import Cancelled, Progress
from zorgdesk.store import audit, head, reconcile, seal

# Shares of the progress bar, roughly as the time goes at school scale.
INTEGRITY, CHAIN, SEALS = 20, 20, 60
TOTAL = INTEGRITY + CHAIN + SEALS
LARGE_CACHE_BYTES = 256 * 1024 * 1024  # a large school's vault is about 130 MB


def integrity_problems(conn) -> list[str]:
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    return [f"Databasecontrole: {row[0]}" for row in rows if row[0] != "ok"]


def length_problems(conn) -> list[str]:
    """A vault file is a whole number of pages. SQLite reads the missing bytes of a
    cut-off last page as zeros and ignores bytes past its last page, so a file cut short
    by bytes that were zero (1 in 256 for one byte) or grown by a partial page would pass
    the integrity check; a copy that stopped or went on too far is damaged all the same."""
    path = next((row[2] for row in conn.execute("PRAGMA database_list")
                 if row[1] == "main"), "")
    if not path:
        return []  # in memory
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0] or 4096)
    if os.path.getsize(path) % page_size == 0:
        return []
    return ["Databasecontrole: het bestand is geen geheel aantal pagina's lang: het is "
            "afgekapt of er staat iets achter, bijvoorbeeld door een onderbroken kopie."]


@contextlib.contextmanager
def large_cache(conn) -> Iterator[None]:
    """The page cache as large as the file for the duration; then back and freed."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0] or 4096)  # text in SQLCipher
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = {int(min(pages + 64, LARGE_CACHE_BYTES // page_size))}")
    try:
        yield
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute(f"PRAGMA cache_size = {int(before)}")
            conn.execute("PRAGMA shrink_memory")


def verify_connection(conn, audit_key: bytes, seal_key: bytes,
                      progress: Progress | None = None) -> list[str]:
    """Dutch descriptions of every integrity problem; empty when all is well."""
    progress = progress or Progress()
    try:
        with large_cache(conn):
            return _checks(conn, audit_key, seal_key, progress)
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


def _checks(conn, audit_key: bytes, seal_key: bytes, progress: Progress) -> list[str]:
    progress.step(0, TOTAL, "Het bestand wordt gecontroleerd…")
    problems = length_problems(conn) + integrity_problems(conn)
    if problems:
        return problems  # a damaged file: further checks would only add noise
    cur = conn.cursor()
    progress.step(INTEGRITY, TOTAL, "Het auditlogboek wordt gecontroleerd…")
    problems = audit.verify_chain(cur, audit_key, progress.part(INTEGRITY, CHAIN, TOTAL))
    problems += head.verify(cur, audit_key, seal.label_of)
    progress.step(INTEGRITY + CHAIN, TOTAL, "De gegevens worden gecontroleerd…")
    problems += seal.verify_seals(cur, seal_key, progress.part(INTEGRITY + CHAIN, SEALS,
                                                               TOTAL))
    problems += reconcile.verify(cur)
    progress.step(TOTAL, TOTAL, "Klaar.")
    return problems
