"""Logboek timings at school scale, encrypted vault side by side with plain SQLite.

Run: PYTHONPATH=src python benchmarks/bench_logbook.py [--entries 60000] [--runs 7]

Workload (issue 4, "Performance"): N entries (default 60,000) for 1,500 pupils, one
of whom has 1,000 entries (scaled down with --entries). Measured as the median of
--runs runs: opening that pupil (service chronology, and the real Logboek tab
until the list is shown), a full-text search (service and tab, school-wide) and
saving one entry with its audit record (service).

How the data is made: every pupil, staff member and entry goes through the real
services (BaseDataService.add_pupil, LogbookService.add_entry): validation, the
version row, the FTS row, the audit chain and the row seals are all the production
code. Only the commits are batched: ``_batched`` lets up to BATCH service calls
share one transaction (one fsync instead of one per call); it is benchmark-only.

Baseline: the same schema, migrations, seal functions and services on a plain
(unencrypted) SQLite file - ``PlainBenchVault`` below, benchmark-only. The ratio
encrypted/plain shows what the encryption costs; the absolute numbers show what
the services and the UI cost on top of the raw queries.

"Until the list is shown" ends after one processEvents(): with the list's default
layout mode the rows are laid out and painted by then (checked with a screenshot).
A deferred layout (QListView Batched) looks ~14 ms faster here only because the
list is still empty at that moment - do not "fix" the figure that way.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlcipher3  # noqa: E402

from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy  # noqa: E402
from zorgdesk.domain.people import PupilDraft  # noqa: E402
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE  # noqa: E402
from zorgdesk.services.session import Session  # noqa: E402
from zorgdesk.store import migrations, seal  # noqa: E402
from zorgdesk.store.keyfile import DATA_KEY_BYTES, FAST_KDF_FOR_TESTS  # noqa: E402
from zorgdesk.store.lockfile import VaultLock  # noqa: E402
from zorgdesk.store.vault import Vault, VaultUser, configure_connection  # noqa: E402

TODAY = date(2026, 11, 25)
PUPILS = 1_500
BIG_PUPIL_SHARE = 1_000 / 60_000  # the busiest pupil: 1,000 of 60,000 entries
BATCH = 2_000
TARGET_MS = 50.0
SEARCH_TEXT = "blauwe plek"

SITUATIONS = (
    "Kwam binnen met een blauwe plek op de linkerarm, ongeveer 3 cm.",
    "Huilde 5 minuten bij het hek en wilde niet naar binnen.",
    "Had geen ontbijt gehad en at twee boterhammen in de pauze.",
    "Vertelde dat papa en mama gisteravond hard ruzie maakten.",
    "Droeg drie dagen achter elkaar dezelfde kleren.",
    "Sloeg twee keer een klasgenoot tijdens het buitenspelen.",
    "Zat de hele ochtend stil in de hoek en reageerde niet op vragen.",
    "Kwam 20 minuten te laat; moeder zei dat de wekker niet ging.",
)
LOCATIONS = ("Speelplein", "Klaslokaal", "Gymzaal", "Gang", "Hek")
DOMAINS = ("opvallend_gedrag", "lichamelijk", "verzorging", None)


class PlainBenchVault(Vault):
    """BENCHMARK ONLY: a Vault on an unencrypted SQLite file, as a baseline.

    Same connection settings, migrations, seal functions/triggers and audit chain
    as a real vault; only ``PRAGMA key`` (and the key file) is left out. Never use
    this outside benchmarks/: it writes pupil data in the clear.
    """

    @classmethod
    def create_plain(cls, path: Path, user_name: str) -> PlainBenchVault:
        lock = VaultLock(path)
        lock.acquire()
        data_key = bytearray(secrets.token_bytes(DATA_KEY_BYTES))  # for audit/seal MACs
        conn = sqlcipher3.connect(str(path), isolation_level=None)  # no PRAGMA key
        configure_connection(conn, data_key)
        migrations.migrate(conn)
        seal.install(conn, migrations.split_sql)
        vault = cls(path, conn, data_key, lock, keyfile=None)
        with vault.transaction() as cur:
            cur.execute("INSERT INTO meta (key, value) VALUES ('vault_id', 'plain-bench')")
            cur.execute("INSERT INTO school (id, name, place) VALUES (1, 'Bench', '')")
            cur.execute("INSERT INTO app_user (name) VALUES (?)", (user_name,))
            vault.user = VaultUser(cur.lastrowid, user_name)
        return vault


@contextlib.contextmanager
def _batched(vault: Vault):
    """BENCHMARK ONLY: service calls inside share one transaction (fewer fsyncs)."""
    real = vault.transaction
    with real() as outer:
        @contextlib.contextmanager
        def shared():
            yield outer
        vault.transaction = shared
        try:
            yield
        finally:
            del vault.transaction  # back to the class method


def _draft(pupil_ids: tuple[int, ...], n: int, staff_id: str) -> LogbookEntryDraft:
    return LogbookEntryDraft(
        pupil_ids=tuple(str(p) for p in pupil_ids),
        entry_date=TODAY - timedelta(days=n % 700), entry_time=f"{8 + n % 8}:{n % 60:02d}",
        location=LOCATIONS[n % len(LOCATIONS)], signalled_by=SignalledBy(staff_id=staff_id),
        situation=f"{SITUATIONS[n % len(SITUATIONS)]} (waarneming {n})",
        domain=DOMAINS[n % len(DOMAINS)])


def populate(session: Session, entries: int) -> int:
    """Fill the vault through the services; returns the id of the busiest pupil."""
    base, log = session.basedata, session.logbook
    vault = session.vault
    with _batched(vault):
        staff = [str(base.add_staff(f"Leerkracht {i}", "leerkracht")) for i in range(20)]
        pupils = [base.add_pupil(PupilDraft(f"Kind{i}", f"Achternaam{i}", date(2016, 5, 1),
                                            date(2020, 8, 20))) for i in range(PUPILS)]
    big = pupils[0]
    big_count = max(1, round(entries * BIG_PUPIL_SHARE))
    plan = [(big,)] * big_count
    others = pupils[1:]
    for n in range(entries - big_count):
        pupil = others[n % len(others)]
        # Every 50th entry is an incident between two pupils (shown in both logboeken).
        plan.append((pupil, others[(n + 7) % len(others)]) if n % 50 == 0 else (pupil,))
    for start in range(0, len(plan), BATCH):
        with _batched(vault):
            for n, pupil_ids in enumerate(plan[start:start + BATCH], start):
                log.add_entry(_draft(pupil_ids, n, staff[n % len(staff)]))
    return big


def _median_ms(fn, runs: int, before=None) -> float:
    times = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure(session: Session, big: int, runs: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from zorgdesk.ui.logbook.tab import LogbookTab

    app = QApplication.instance() or QApplication([])
    log = session.logbook
    pupil = session.basedata.pupil(big)
    staff = str(session.basedata.staff()[0].id)
    tab = LogbookTab()
    tab.resize(1100, 700)
    tab.show()
    app.processEvents()

    def open_tab():
        tab.set_context(session, pupil)
        app.processEvents()

    def reset_tab():
        tab.set_context(None, None)
        app.processEvents()

    def tab_search():
        tab.search.setText(SEARCH_TEXT)  # textChanged -> refresh, as when typing/pasting
        app.processEvents()

    def reset_search():
        tab.search.blockSignals(True)
        tab.search.clear()
        tab.search.blockSignals(False)

    counter = iter(range(10**6, 2 * 10**6))
    results = {
        "chronologie openen (service)": _median_ms(lambda: log.chronology(big), runs),
        "Logboek-tab openen (set_context)": _median_ms(open_tab, runs, reset_tab),
        "zoeken, alle leerlingen (service)": _median_ms(lambda: log.search(SEARCH_TEXT), runs),
    }
    open_tab()
    tab.all_pupils.setChecked(True)
    results["zoeken, alle leerlingen (tab)"] = _median_ms(tab_search, runs, reset_search)
    tab.all_pupils.setChecked(False)
    results["zoeken, deze leerling (tab)"] = _median_ms(tab_search, runs, reset_search)
    results["notitie opslaan + audit (service)"] = _median_ms(
        lambda: log.add_entry(_draft((big,), next(counter), staff)), runs)
    reset_tab()
    tab.close()
    tab.deleteLater()
    app.processEvents()
    return results


def run(entries: int, runs: int, folder: Path, out=sys.stdout) -> dict[str, tuple[float, float]]:
    encrypted, _ = Vault.create(folder / "bench.zdv", DEMO_PASSPHRASE, school_name="Bench",
                                user_name="Ineke Bench", kdf=FAST_KDF_FOR_TESTS)
    plain = PlainBenchVault.create_plain(folder / "plain.db", "Ineke Bench")
    figures: dict[str, list[float]] = {}
    try:
        for vault in (encrypted, plain):
            session = Session(vault, FixedClock(TODAY))
            start = time.perf_counter()
            big = populate(session, entries)
            print(f"{type(vault).__name__}: {entries} entries made in "
                  f"{time.perf_counter() - start:.1f} s", file=out)
            print(f"  busiest pupil: {len(session.logbook.chronology(big))} entries; "
                  f"search {SEARCH_TEXT!r}: {len(session.logbook.search(SEARCH_TEXT))} hits "
                  "(limit 200)", file=out)
            for name, ms in measure(session, big, runs).items():
                figures.setdefault(name, []).append(ms)
        with (folder / "plain.db").open("rb") as handle:
            assert handle.read(6) == b"SQLite", "baseline must be a plain SQLite file"
    finally:
        encrypted.close()
        plain.close()
    return {name: (enc, pl) for name, (enc, pl) in figures.items()}


def print_table(figures: dict[str, tuple[float, float]], out=sys.stdout) -> None:
    print(f"{'operatie':<36}{'versleuteld':>13}{'plain':>10}{'ratio':>8}{'doel':>9}", file=out)
    for name, (enc, plain) in figures.items():
        flag = "" if enc <= TARGET_MS else "  > doel"
        print(f"{name:<36}{enc:>10.1f} ms{plain:>7.1f} ms{enc / plain:>7.2f}x"
              f"{TARGET_MS:>6.0f} ms{flag}", file=out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=60_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        figures = run(args.entries, args.runs, Path(folder))
    print_table(figures)


if __name__ == "__main__":
    main()
