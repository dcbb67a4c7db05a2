"""The anonymous case summary at full scale, against a baseline commit in the same run.

Run: PYTHONPATH=src python benchmarks/bench_summary_scale.py [--baseline REV] [--runs 3]
     [--scale 1] [--profile] [--cpu]

Measures ``case_summary.build`` (warm: word lists and caches loaded) for a typical pupil
and the biggest pupil of the scale vault (scale_vault.py, ~4,160 known names at full
scale), first with the source of ``--baseline`` (default ``main``, taken with ``git
archive`` into a temporary folder), then with this checkout, alternating runs so that the
machine's load hits both alike. Prints the median of each and the ratio new/baseline
(< 1.00 is faster) and the ratio to the goal (issue 23: two pages <= 2 s, biggest <= 5 s).
``--profile`` prints cProfile's top functions of one biggest-pupil build (this checkout).
``--cpu`` measures the CPU time of the process instead of the wall clock: on a machine
whose cores other work shares, the wall clock measures their load as well.
No timing is asserted anywhere.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOALS = {"typical": 2.0, "biggest": 5.0}

CHILD = r"""
import json, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, {bench!r})
from scale_vault import scale_vault, working_copy
from zorgdesk.services.session import Session
info = scale_vault({scale})
session = Session.open(working_copy(info, Path(tempfile.mkdtemp(dir={work!r}))),
                       info.passphrase)
out = {{}}
for label, pupil in (("typical", info.typical_pupil), ("biggest", info.biggest_pupil)):
    session.case_summary.build(pupil)
    start = time.{clock}()
    session.case_summary.build(pupil)
    out[label] = time.{clock}() - start
if {profile}:
    import cProfile, pstats
    profile = cProfile.Profile()
    profile.enable()
    session.case_summary.build(info.biggest_pupil)
    profile.disable()
    pstats.Stats(profile, stream=sys.stderr).sort_stats("tottime").print_stats(15)
print(json.dumps(out))
"""


def baseline_src(rev: str, folder: Path) -> Path:
    """REV's src (with its resources and forms) unpacked under FOLDER; its src folder."""
    data = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src", "resources", "forms"],
                          check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        archive.extractall(folder, filter="data")
    return folder / "src"


def _measure(src: Path, scale: str, work: Path, profile: bool = False,
             cpu: bool = False) -> dict[str, float]:
    """One child run; its copy of the vault goes into ``work`` (removed by the caller)."""
    code = CHILD.format(bench=str(ROOT / "benchmarks"), scale=scale, profile=profile,
                        work=str(work), clock="process_time" if cpu else "perf_counter")
    done = subprocess.run([sys.executable, "-c", code], env={
        "PYTHONPATH": str(src), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(Path.home())}, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"measuring with {src} failed:\n{done.stderr[-2000:]}")
    if profile:
        print(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", default="main")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--cpu", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old_src = baseline_src(args.baseline, Path(tmp))
        runs: dict[str, dict[str, list[float]]] = {"baseline": {}, "new": {}}
        for _ in range(args.runs):
            for name, src in (("baseline", old_src), ("new", ROOT / "src")):
                for label, seconds in _measure(src, args.scale, Path(tmp),
                                               cpu=args.cpu).items():
                    runs[name].setdefault(label, []).append(seconds)
        if args.profile:
            _measure(ROOT / "src", args.scale, Path(tmp), profile=True)
    print(f"case summary at scale {args.scale}, median of {args.runs} warm runs "
          f"({'CPU' if args.cpu else 'wall'} time); baseline = {args.baseline}")
    for label in GOALS:
        old = statistics.median(runs["baseline"][label])
        new = statistics.median(runs["new"][label])
        print(f"{label:<8} baseline {old:6.2f} s  new {new:6.2f} s  new/baseline "
              f"{new / old:4.2f}  new/goal {new / GOALS[label]:4.2f} (goal {GOALS[label]} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
