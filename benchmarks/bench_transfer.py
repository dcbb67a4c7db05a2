"""Overdrachtsdossier at school scale: the busiest pupil with every record chosen.

Baseline, measured in the same run on the same pupil: the inzage export (collect + PDF),
the other export that reads a whole dossier and removes every other person's name. Prints
the median time of each step and the ratio to that baseline.

Run: PYTHONPATH=src python benchmarks/bench_transfer.py [--scale 0.1] [--runs 3]
(the vault of scale_vault.py; 1 = 1,500 pupils, a busiest pupil of 1,200 entries).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from fractions import Fraction
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_vault import scale_vault, working_copy  # noqa: E402

from zorgdesk.domain.transfer.document import json_document, preview_text  # noqa: E402
from zorgdesk.domain.transfer.model import TransferDraft  # noqa: E402
from zorgdesk.services.clock import FixedClock  # noqa: E402
from zorgdesk.services.session import Session  # noqa: E402


def _median(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="0.1")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    info = scale_vault(float(Fraction(args.scale)))
    with tempfile.TemporaryDirectory() as folder:
        path = working_copy(info, Path(folder))
        session = Session.open(path, info.passphrase,
                               clock=FixedClock(date.fromisoformat(info.today)))
        try:
            pupil = info.biggest_pupil
            runs = args.runs
            collect, export = _median(lambda: session.inzage.collect(pupil), runs)
            inzage_pdf, _ = _median(session.inzage.pdf_renderer(export), runs)
            baseline = collect + inzage_pdf
            composer_t, composer = _median(lambda: session.transfer.composer(pupil), runs)
            draft = TransferDraft("Het Baken", "voortgezet_onderwijs", "Doorgaande lijn.",
                                  tuple(c.ref for c in composer.choices), "Toestemming")
            first_t, dossier = _median(lambda: session.transfer.composer(pupil).compose(draft),
                                       runs)  # a fresh composer: every record read once
            typed = [0]

            def keystroke():  # the preview after one more letter in "waarom"
                typed[0] += 1
                return composer.preview(TransferDraft(
                    draft.receiving_school, draft.destination, draft.reason + "x" * typed[0],
                    draft.records, draft.meldcode_basis))

            compose_t, _ = _median(keystroke, runs)
            preview_t, _ = _median(lambda: preview_text(dossier), runs)
            json_t, _ = _median(lambda: json_document(dossier), runs)
            pdf_t, pdf = _median(session.transfer.pdf_renderer(dossier), runs)
            counts = dossier.counts()
            print(f"scale {args.scale}: pupil with {counts['logboek']} logboek notes, "
                  f"{counts['signalenlijst']} signalenlijsten, {counts['zorggesprek']} "
                  f"zorggesprekken, {counts['meldcode']} meldcode trajectories; "
                  f"PDF {len(pdf) // 1024} kB; median of {runs}")
            rows = [("inzage: collect + PDF (baseline)", baseline),
                    ("overdracht: open (choices, name index)", composer_t),
                    ("overdracht: open + compose all records", first_t),
                    ("overdracht: preview after a keystroke", compose_t),
                    ("overdracht: preview text", preview_t),
                    ("overdracht: JSON document", json_t),
                    ("overdracht: PDF (worker thread)", pdf_t),
                    ("overdracht: total (open, compose, JSON, PDF)", first_t + json_t + pdf_t)]
            for label, seconds in rows:
                print(f"{label:<42}{seconds * 1000:>9.0f} ms{seconds / baseline:>8.2f}x")
        finally:
            session.close()


if __name__ == "__main__":
    main()
