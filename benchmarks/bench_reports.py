"""PDF build times with long texts: the demo vault, then the same plus one logboek entry
with every free-text field at its maximum. Prints time per PDF and the ratio (b)/(a).

Run: PYTHONPATH=src python benchmarks/bench_reports.py [--profile]

Only the dossier PDF (LogbookService.dossier.pdf) is covered so far; the inzage,
zorggesprek and meldcode PDFs are still to be added.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

from tests.conftest import TODAY
from tests.reports.test_long_text_pdf import long_text

from zorgdesk.domain.logbook import (
    MAX_SHORT_TEXT,
    LogbookEntryDraft,
    ParentAgreement,
    ParentContact,
    SignalledBy,
)
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import create_demo_vault
from zorgdesk.services.session import Session
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        vault = create_demo_vault(Path(folder) / "bench.zdv", today=TODAY,
                                  kdf=FAST_KDF_FOR_TESTS)
        try:
            session = Session(vault, FixedClock(TODAY))
            pupil = next(p for p in session.basedata.pupils()
                         if p.display_name == "Zoë van der Berg")
            build = lambda: session.logbook.dossier.pdf(pupil.id, TODAY)  # noqa: E731
            demo = _timed(build)
            staff = str(session.basedata.staff()[0].id)
            session.logbook.add_entry(LogbookEntryDraft(
                pupil_ids=(str(pupil.id),), entry_date=TODAY, entry_time="09:00",
                location="L" * MAX_SHORT_TEXT, signalled_by=SignalledBy(staff_id=staff),
                situation=long_text("S"), interpretation=long_text("I"),
                action=long_text("A"), agreements=long_text("G"),
                steps_if_not_kept=long_text("T"),
                parent_contacts=(ParentContact(TODAY, "09:00", "moeder", "persoonlijk",
                                               long_text("C")),),
                parent_agreements=(ParentAgreement(long_text("P"), TODAY),)))
            worst = _timed(build)
            print(f"{'PDF':<24}{'demo':>10}{'maximaal':>11}{'ratio':>9}")
            print(f"{'logboek-dossier':<24}{demo:>8.2f} s{worst:>9.2f} s{worst / demo:>8.1f}x")
            if args.profile:
                profile = cProfile.Profile()
                profile.runcall(build)
                pstats.Stats(profile, stream=sys.stdout).sort_stats("cumulative").print_stats(25)
        finally:
            vault.close()


if __name__ == "__main__":
    main()
