"""Does *Kluis controleren* still the window, and would a separate process help?

Run: PYTHONPATH=src python benchmarks/bench_verify_pause.py [--scale 1] [--runs 5]

The check already runs in a worker thread on its own connection (store/worker_access.py),
so the window keeps turning. What is left is the Python lock (GIL): the seal check calls a
Python function for every sealed row, so the worker holds the lock often, and on a loaded
machine the window thread waits for it. Three ways, each measured in the same run as the
longest time the window's event loop did not turn (a 10 ms timer ticks), median of --runs:

- ``idle``: the same progress dialog and worker thread, sleeping as long as a check takes:
  what the machine's load alone costs the window (the baseline, ratio 1);
- ``thread``: the check as the menu runs it (worker thread, own connection);
- ``process``: the same check in a separate process (multiprocessing, spawn), the worker
  thread only waiting for it: no Python lock shared with the window.

Printed as milliseconds and as ratios against ``idle``, with the machine's load average.
Besides: what counting every seal (``head.seal_counts``, done on every unlock before the
migrations) costs, as a share of opening the vault on the window's thread.
The process way is a prototype here (the program does not use it): its start-up costs
time, and a second process holding the data key needs its own hardening (core dumps off).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import UiBench  # noqa: E402
from scale_vault import scale_vault, working_copy  # noqa: E402


def _verify_in_child(access) -> list[str]:
    """In the separate process: core dumps off first (it holds the data key)."""
    from zorgdesk.domain.progress import Progress
    from zorgdesk.hardening import disable_core_dumps

    disable_core_dumps()
    return access.verify(Progress())


def _in_process(access) -> list[str]:
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        return pool.apply(_verify_in_child, (access,))


def _unlock_share(ui, info) -> tuple[float, float]:
    """Medians (ms) of counting every seal and of opening the vault (fast test KDF)."""
    from zorgdesk.services.session import Session
    from zorgdesk.store import head

    def median_ms(work, runs: int = 5) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            work()
            times.append((time.perf_counter() - start) * 1000)
        return statistics.median(times)

    counts = median_ms(lambda: head.seal_counts(ui.session.vault.read()))
    ui.controller.lock()
    opened = median_ms(lambda: Session.open(ui.path, info.passphrase).close(), 3)
    return counts, opened


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    from zorgdesk.ui import app
    from zorgdesk.ui.background import run_in_background

    info = scale_vault(args.scale)
    with tempfile.TemporaryDirectory(prefix="zd-verify-pause-") as tmp:
        ui = UiBench(info, working_copy(info, Path(tmp)))
        session = ui.session
        app.show_message = lambda *a, **k: None  # the closing message box
        took: dict[str, list[float]] = {"thread": [], "process": []}

        def timed(name: str, work) -> object:
            start = time.perf_counter()
            result = work()
            took[name].append(time.perf_counter() - start)
            return result

        def thread_way() -> None:
            assert timed("thread", ui.controller.verify) == []

        def process_way() -> None:
            with session.worker() as access:
                found = timed("process", lambda: run_in_background(
                    ui.window, "Kluis controleren", "De kluis wordt gecontroleerd…",
                    lambda _progress: _in_process(access)))
            assert found == [], found[:3]

        def idle_way() -> None:
            seconds = statistics.median(took["thread"] or [1.0])
            run_in_background(ui.window, "Kluis controleren", "Wachten…",
                              lambda _progress: time.sleep(seconds))

        pauses: dict[str, list[float]] = {"idle": [], "thread": [], "process": []}
        ways = {"thread": thread_way, "process": process_way, "idle": idle_way}
        for _ in range(args.runs):
            for name, way in ways.items():  # interleaved: the same load for each
                pauses[name].append(ui.longest_pause_ms(way))
        counts_ms, open_ms = _unlock_share(ui, info)
        ui.close()

    print(f"Ontgrendelen: zegels tellen {counts_ms:.1f} ms van {open_ms:.1f} ms openen "
          f"(ratio {counts_ms / open_ms:.2f})")
    base = statistics.median(pauses["idle"])
    print(f"Kluis controleren, schaal {args.scale} ({info.sizes.pupils} leerlingen), "
          f"{args.runs} runs, load {os.getloadavg()[0]:.1f}")
    print(f"{'manier':<10}{'venster stil (ms)':>20}{'ratio':>8}{'duur (s)':>10}")
    for name, values in pauses.items():
        pause = statistics.median(values)
        duration = statistics.median(took[name]) if took.get(name) else float("nan")
        print(f"{name:<10}{pause:>20.0f}{pause / base if base else float('nan'):>8.2f}"
              f"{duration:>10.2f}")


if __name__ == "__main__":
    main()
