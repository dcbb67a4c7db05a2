"""Where the wall time of each window row of bench_scale.py goes (issue 23, Linux only).

Run: PYTHONPATH=src python benchmarks/bench_waits.py [--scale 1] [--runs 7] [--only ROW ...]

Under load the wall time of a row is 2-4x its CPU time. This splits the UI thread's wall
time per row (medians of --runs) into its CPU time, the time it waited in the run queue
for a free core (the machine's load: ``/proc/self/task/<tid>/schedstat``) and the rest,
the time it was asleep on purpose: timers, sleeps, event-loop waits, fsync, locks. Only
that last column is waiting the program could avoid; the queue wait is the other
processes of the machine. The worker rows' "venster stil" rows are left out (they
measure pauses, not a duration).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_scale  # noqa: E402
from scale_vault import scale_vault, working_copy  # noqa: E402


def _thread_times() -> tuple[float, float]:
    """(seconds on a CPU, seconds waiting for one) of this thread so far."""
    path = f"/proc/self/task/{threading.get_native_id()}/schedstat"
    with open(path, encoding="ascii") as stats:
        on_cpu, queued, _ = stats.read().split()
    return int(on_cpu) / 1e9, int(queued) / 1e9


class Split:
    """Replaces bench_scale's median: records wall, CPU, queued and asleep per run."""

    def __init__(self) -> None:
        self.last: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)

    def median_ms(self, fn, runs: int, before=None, after=None) -> float:
        rows = []
        for _ in range(runs):
            if before:
                before()
            cpu0, queued0 = _thread_times()
            start = time.perf_counter()
            fn()
            wall = time.perf_counter() - start
            cpu1, queued1 = _thread_times()
            cpu, queued = cpu1 - cpu0, queued1 - queued0
            rows.append((wall, cpu, queued, max(0.0, wall - cpu - queued)))
            if after:
                after()
        self.last = tuple(statistics.median(column) for column in zip(*rows, strict=True))
        return self.last[0] * 1000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="1")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", nargs="*", default=[])
    args = parser.parse_args(argv)
    split = Split()
    bench_scale._median_ms = split.median_ms  # every row measures through it
    info = scale_vault(float(Fraction(args.scale)), log=lambda *a: None)
    ui = bench_scale.UiBench(info, working_copy(info, Path(tempfile.mkdtemp())))
    print(f"belasting bij de start: {os.getloadavg()[0]:.1f}")
    print(f"{'rij':24} {'wand ms':>9} {'cpu ms':>8} {'wacht op cpu':>12} {'slaapt ms':>9}")
    try:
        ui.show_tab(0)
        for key, row in bench_scale.UI_ROWS.items():
            if key.startswith("pause_") or (args.only and key not in args.only):
                continue
            row(ui, args.runs)
            wall, cpu, queued, asleep = (1000 * v for v in split.last)
            print(f"{key:24} {wall:9.1f} {cpu:8.1f} {queued:12.1f} {asleep:9.1f}", flush=True)
    finally:
        ui.close()
    print(f"belasting aan het eind: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
