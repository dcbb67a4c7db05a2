"""Vandaag: what the overview costs on top of the service queries it asks.

Run: PYTHONPATH=src python benchmarks/bench_today.py [--scale 0.1] [--runs 7]

On the large-school vault of scale_vault.py (cached between runs) it times, as medians:
- baseline: the service calls Vandaag makes, one after another (correction requests,
  open meldcode states, all conversations, not-returned forms, action points,
  retention) - the part the "perf" work on the services speeds up;
- vandaag: TodayService.deadlines(), the full list as the dialog shows it;
- ics: the same list written as an .ics file.
The ratios vandaag/baseline and ics/baseline show the overview's own overhead (sorting,
wording, calendar); near 1.0 means it adds little to the queries.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_vault import scale_vault, working_copy  # noqa: E402

from zorgdesk.services.session import Session  # noqa: E402


def _median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=0.1)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    info = scale_vault(args.scale)
    with tempfile.TemporaryDirectory() as folder:
        session = Session.open(working_copy(info, Path(folder)), info.passphrase)
        today = session.today_overview

        def baseline() -> None:
            session.parents.correction_deadlines(warn_days=10_000)
            session.meldcode.open_states()
            session.conversations.all()
            session.signing.not_returned(0)
            session.action_points.action_points()
            session.retention.due_since()

        target = Path(folder) / "termijnen.ics"
        rows = len(today.deadlines())
        base = _median_ms(baseline, args.runs)
        full = _median_ms(today.deadlines, args.runs)
        ics = _median_ms(lambda: today.export_ics(target), args.runs)
        session.close()
    print(f"scale {args.scale}: {rows} termijnen")
    print(f"{'baseline (service calls)':28} {base:9.1f} ms  1.00")
    print(f"{'vandaag (deadlines)':28} {full:9.1f} ms  {full / base:4.2f}")
    print(f"{'ics export':28} {ics:9.1f} ms  {ics / base:4.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
