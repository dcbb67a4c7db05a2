"""Two checkouts compared on the slow rows of issue 23, alternating, in one run.

Run: python benchmarks/bench_ab.py --base /path/to/main-checkout [--head .]
     [--rows retention_common,retention_rare,unlock] [--runs 3] [--vault PATH]

Each measurement is a child process with that checkout's ``src`` on the path, on a
private copy of the cached large-school vault (scale_vault.py; ``--vault`` picks a cached
school.zdv of an older schema: each checkout migrates its own copy before measuring).
Base and head alternate, so a change in the machine's load hits both. Reported per row:
medians of CPU time (fair on a shared machine) and wall time, and head/base ratios.

Any other row of bench_scale.py (e.g. ``today``, ``tab_signals``, ``pause_inzage``) runs
through this checkout's bench_scale.py with the other checkout's ``src``, at full scale,
on CPU time (the "venster stil" rows on wall time); a row the base cannot do is '-'.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = r'''
import json, os, shutil, statistics, sys, tempfile, time
from datetime import date, timedelta
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, sys.argv[3])
from scale_vault import ScaleVault, Sizes, working_copy
from zorgdesk.services.session import Session
row, vault = sys.argv[1], Path(sys.argv[2])
meta = json.loads((vault.parent / "meta.json").read_text())
info = ScaleVault(vault, Sizes.at(1.0), **meta)
folder = Path(tempfile.mkdtemp())
cpu, wall = [], []
if row.startswith("retention"):
    import bench_scale
    from zorgdesk.services.clock import FixedClock
    from zorgdesk.services.retention import RetentionService, export_digest
    from zorgdesk.services.retention_plans import RETENTION_PLANS
    session = Session.open(working_copy(info, folder), info.passphrase)
    pid = info.common_name_pupil if row == "retention_common" else bench_scale._rare(session)
    session.basedata.deactivate_pupil(pid, session.basedata.pupil(pid).start_date)
    later = Session(session.vault,
                    FixedClock(date.today() + timedelta(days=366 * 30))).retention
    proof = export_digest(later.export_json(pid))
    c0, t0 = time.process_time(), time.perf_counter()
    later.delete_after_export(pid, proof)
    cpu.append(time.process_time() - c0)
    wall.append(time.perf_counter() - t0)
    session.close()
else:  # unlock with the last pupil restored, on the Zorggesprekken tab; Vandaag opens
    import bench_scale
    ui = bench_scale.UiBench(info, working_copy(info, folder))
    ui.controller.show_today_on_unlock = True
    ui.select(info.typical_pupil)
    ui.window.tabs.setCurrentIndex(2)
    ui.settle()
    for _ in range(7):
        ui.controller.lock()
        ui.settle()
        c0, t0 = time.process_time(), time.perf_counter()
        ui.controller._attach(Session.open(ui.path, info.passphrase))
        ui.settle()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - t0)
    ui.close()
shutil.rmtree(folder, ignore_errors=True)
print(json.dumps({"cpu": statistics.median(cpu), "wall": statistics.median(wall)}))
'''


def _default_vault() -> Path:
    sys.path.insert(0, str(HERE))
    from scale_vault import Sizes, cache_dir, cache_name

    found = [(int(path.parent.name.rsplit("-s", 1)[-1]), path)
             for path in cache_dir().glob(f"{cache_name(Sizes.at(1.0))}/school.zdv")]
    if not found:
        raise SystemExit("Geen kluis in de cache: bouw hem eerst met bench_scale.py --scales 1")
    return max(found)[1]  # the newest schema


def measure(tree: Path, row: str, vault: Path) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, row, str(vault), str(HERE)],
                          env=env, capture_output=True, text=True, check=True, cwd=tree)
    return json.loads(done.stdout.strip().splitlines()[-1])


SPECIAL = ("retention_common", "retention_rare", "unlock")


def measure_scale_row(tree: Path, row: str, runs: int) -> dict[str, float]:
    """One row of bench_scale.py (median of ``runs`` inside) with ``tree``'s src."""
    env = dict(os.environ, PYTHONPATH=str(tree / "src"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(HERE / "bench_scale.py"), "--scales", "1",
                           "--only", row, "--runs", str(runs), "--clock", "cpu", "--json"],
                          env=env, capture_output=True, text=True, cwd=tree)
    if done.returncode:
        raise SystemExit(f"{row} met {tree}: mislukt\n{done.stderr[-3000:]}")
    ms = json.loads(done.stdout.strip().splitlines()[-1])["1"].get(row)
    seconds = ms / 1000 if ms is not None else float("nan")
    clock = "wall" if row.startswith("pause_") else "cpu"  # a pause is wall time
    return {"cpu": float("nan"), "wall": float("nan"), clock: seconds}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--head", type=Path, default=HERE.parent)
    parser.add_argument("--rows", default="retention_common,retention_rare,unlock")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--vault", type=Path)
    args = parser.parse_args(argv)
    vault = args.vault or _default_vault()
    trees = {"base": args.base.resolve(), "head": args.head.resolve()}
    for row in args.rows.split(","):
        results: dict[str, list[dict[str, float]]] = {"base": [], "head": []}
        for run in range(args.runs):
            order = ["base", "head"] if run % 2 == 0 else ["head", "base"]
            for name in order:
                results[name].append(
                    measure(trees[name], row, vault) if row in SPECIAL
                    else measure_scale_row(trees[name], row, 3))
        med = {n: {k: statistics.median(m[k] for m in ms) for k in ("cpu", "wall")}
               for n, ms in results.items()}
        print(f"{row}: base cpu {med['base']['cpu']:.3f} s wall {med['base']['wall']:.3f} s"
              f" | head cpu {med['head']['cpu']:.3f} s wall {med['head']['wall']:.3f} s"
              f" | head/base cpu {med['head']['cpu'] / med['base']['cpu']:.2f}"
              f" wall {med['head']['wall'] / med['base']['wall']:.2f}", flush=True)


if __name__ == "__main__":
    main()
