"""Cost of the extended check (deduce in a child process) on a real demo case summary.

Run: PYTHONPATH=src python benchmarks/bench_deduce_worker.py [--runs N]
Skips (exit 0) when deduce or its prebuilt lookup cache is not installed.

Reports: summary size, cold and warm wall time of one child run (the same protocol the
preview dialog uses: text over stdin, spans as JSON on stdout), the time split inside
the child (loading deduce vs. deidentifying), the child's peak RSS, and the app's own
RSS before and after (the child's memory is the OS's again once it exits).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from zorgdesk.services.anonymise import deidentify
from zorgdesk.services.clock import FixedClock

TODAY = date(2026, 11, 25)
# Timing inside a child: prints only numbers, never text.
_SPLIT = """
import json, logging, sys, time
logging.disable(logging.CRITICAL)
t0 = time.perf_counter()
from deduce import Deduce
engine = Deduce()
t1 = time.perf_counter()
text = sys.stdin.buffer.read().decode("utf-8")
engine.deidentify(text)
t2 = time.perf_counter()
print(json.dumps([t1 - t0, t2 - t1]))
"""


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _summary_text() -> str:
    from zorgdesk.services.demo.school import DEMO_PASSPHRASE, create_demo_vault
    from zorgdesk.services.session import Session
    from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
    from zorgdesk.store.vault import Vault

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.zorgdesk"
        create_demo_vault(path, today=TODAY, kdf=FAST_KDF_FOR_TESTS).close()
        vault = Vault.open(path, DEMO_PASSPHRASE)
        try:
            session = Session(vault, FixedClock(TODAY))
            service = session.case_summary
            # The demo case made for this (services/demo_case.py).
            daan = next(p.id for p in session.basedata.pupils()
                        if p.display_name == "Daan van der Berg")
            result = service.build(daan, question="Is dit reden voor een melding?",
                                   school_actions=["Zorggesprek met moeder gevoerd."])
            return result.original
        finally:
            vault.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not deidentify.deduce_available():
        print("SKIP: deduce of de prebuilt cache ontbreekt "
              "(python -m zorgdesk.services.anonymise.deidentify --build)")
        return 0
    one_page = _summary_text()
    # The demo case fills one page; three copies of its body make a full two pages.
    text = "\n\n".join([one_page] * 3)
    print(f"demo summary: {len(one_page)} characters; measured text (two pages): "
          f"{len(text)} characters, {len(text.split())} words")
    rss_before = _rss_mb()
    times = []
    for _ in range(args.runs + 1):
        start = time.perf_counter()
        hits = deidentify.deduce_detector(text)
        times.append(time.perf_counter() - start)
    rss_after = _rss_mb()
    split = subprocess.run(  # noqa: S603 - fixed script
        [sys.executable, "-c", _SPLIT], input=text.encode("utf-8"), capture_output=True,
        check=True)
    load, work = (float(x) for x in split.stdout.decode().strip()[1:-1].split(","))
    peak_child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"hits from deduce: {len(hits)}")
    print(f"first run (cold file cache or not): {times[0]:.2f} s")
    warm = sorted(times[1:])
    print(f"warm runs: {', '.join(f'{t:.2f}' for t in times[1:])} s (median "
          f"{warm[len(warm) // 2]:.2f} s)")
    print(f"inside the child: load deduce {load:.2f} s, deidentify {work:.3f} s")
    print(f"child peak RSS: {peak_child_mb:.0f} MB")
    print(f"app RSS: before {rss_before:.0f} MB, after {rss_after:.0f} MB "
          f"(the child's memory is released when it exits)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
