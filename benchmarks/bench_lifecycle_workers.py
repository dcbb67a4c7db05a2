"""How long a granted removal and a successor-IB handover would freeze the window (issue 21).

On a private copy of the cached large-school vault (benchmarks/scale_vault.py) it times,
in one run:

- the baseline: answering a request without changes (no vacuum), on the calling thread;
- a granted removal of one logboek entry (transaction, index merge, vacuum of the whole
  file) on the calling thread, as before, and the longest pause of a 10 ms "UI tick" on
  the calling thread while the same work runs through ``answering_for_worker`` in a
  worker thread;
- the handover (key derivation, ``PRAGMA rekey`` of every page), likewise.

Reported as seconds and as ratios to the baseline, never asserted.

    python benchmarks/bench_lifecycle_workers.py [--scale 1.0]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path

from benchmarks.scale_vault import ScaleVault, Sizes, scale_vault, working_copy

from zorgdesk.domain.logbook import CorrectionOutcome
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.store import vault as vault_module
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault

TICK = 0.010
NEW = "lantaarn gieter pompoen walvis"


class Ticking:
    """A runner like the UI's: ``job`` in a worker thread while this thread ticks."""

    def __init__(self) -> None:
        self.seconds = self.paused = 0.0

    def __call__(self, job):
        self.seconds, self.paused, value = longest_pause_while(job)
        return value


def longest_pause_while(work) -> tuple[float, float, object]:
    """Run ``work`` in a thread; (its duration, the longest gap between 10 ms ticks here,
    its result)."""
    done = threading.Event()
    outcome: dict = {}

    def run() -> None:
        start = time.perf_counter()
        try:
            outcome["value"] = work()
        finally:
            outcome["seconds"] = time.perf_counter() - start
            done.set()

    thread = threading.Thread(target=run)
    last, longest = time.perf_counter(), 0.0
    thread.start()
    while not done.is_set():
        time.sleep(TICK)
        now = time.perf_counter()
        longest, last = max(longest, now - last - TICK), now
    thread.join()
    return outcome["seconds"], longest, outcome.get("value")


def _request(session: Session, pupil_id: int) -> int:
    return session.parents.add_correction_request(
        pupil_id, session.parents.today - timedelta(days=3), "Ouder (bench)",
        "Graag de notitie verwijderen.", [])


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--folder", type=Path, default=None,
                        help="a cached scale-vault folder of an older schema (migrated on a "
                             "copy) instead of building one for this schema")
    args = parser.parse_args(argv)
    vault_module.calibrated_kdf = lambda: FAST_KDF_FOR_TESTS  # the same KDF both ways
    if args.folder is not None:
        info = json.loads((args.folder / "meta.json").read_text())
        source = ScaleVault(args.folder / "school.zdv", Sizes.at(args.scale), **info)
    else:
        source = scale_vault(args.scale)
    with tempfile.TemporaryDirectory() as folder:
        path = working_copy(source, Path(folder))
        print(f"Kluis: {path.stat().st_size / 1e6:.0f} MB (schaal {args.scale})")
        with Vault.open(path, DEMO_PASSPHRASE) as vault:
            session = Session(vault, FixedClock(session_today(source)))
            pupil = source.typical_pupil
            entries = [i.entry_id for i in session.logbook.chronology(pupil)]
            answers = session.request_answers
            base = timed(lambda: answers.answer(_request(session, pupil),
                                                CorrectionOutcome.REFUSED,
                                                session.parents.today, "Bench."))
            on_thread = timed(lambda: answers.answer(
                _request(session, pupil), CorrectionOutcome.GRANTED, session.parents.today,
                remove=[entries[0]], grondslag="De gegevens doen niet ter zake."))
            work = answers.answering_for_worker(
                _request(session, pupil), CorrectionOutcome.GRANTED, session.parents.today,
                remove=[entries[1]], grondslag="De gegevens doen niet ter zake.")
            in_worker, paused, _ = longest_pause_while(work)
            print(f"antwoord zonder wijziging (basis): {base:.2f} s")
            print(f"verwijdering op de UI-thread: {on_thread:.2f} s "
                  f"({on_thread / base:.0f}x de basis; zo lang stond het venster stil)")
            print(f"verwijdering in de worker: {in_worker:.2f} s; langste pauze van de "
                  f"UI-thread {paused * 1000:.0f} ms ({paused / base:.2f}x de basis)")
            handover = timed(lambda: vault.hand_over(DEMO_PASSPHRASE, NEW, "Fatima el Amrani"))
            runner = Ticking()
            vault.hand_over_in_worker(runner, NEW, "koffer zeilboot mandarijn egel", "Sanne Visser")
            seconds, paused = runner.seconds, runner.paused
            print(f"overdracht op de UI-thread: {handover:.2f} s ({handover / base:.0f}x)")
            print(f"overdracht in de worker: {seconds:.2f} s; langste pauze van de UI-thread "
                  f"{paused * 1000:.0f} ms ({paused / base:.2f}x de basis)")
            assert vault.verify() == []


def session_today(source):
    from datetime import date

    return date.fromisoformat(source.today)


if __name__ == "__main__":
    main()
