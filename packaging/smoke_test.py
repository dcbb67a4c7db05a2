"""Smoke test of the standalone build: run the BINARY (not Python) the way an IB and
an administrator would, and fail on any missing library, plugin, font or data file.

Usage: ``python packaging/smoke_test.py [dist/zorgdesk]`` after ``packaging/build.py``.
Runs in a clean environment (no PYTHONPATH, a temporary home), from another working
folder, so nothing of the source checkout can stand in for what the build lacks.
Prints the installed size and the start-to-window time of the build and of the
source install in the same run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO_PASSPHRASE = "regenjas kompas tijger zeilboot"  # noqa: S105 - the public demo's
SIZE_GOAL_MB = 250
BAD_SIGNS = ("Traceback", "ModuleNotFoundError", "ImportError", "FileNotFoundError",
             "Could not find the Qt platform plugin", "onverwachte fout", "ONTBREEKT")


class SmokeFailure(AssertionError):
    pass


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    keep = ("PATH", "LANG", "LC_ALL", "DISPLAY", "XAUTHORITY", "SYSTEMROOT", "TMPDIR")
    env = {key: os.environ[key] for key in keep if key in os.environ}
    env.update(ZORGDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def run(cmd: list[str], env: dict[str, str], cwd: Path, stdin: str = "",
        expect_rc: int = 0) -> str:
    done = subprocess.run(cmd, input=stdin.encode("utf-8"), capture_output=True, env=env,
                          cwd=cwd, timeout=180, check=False)
    out = done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace")
    shown = " ".join(Path(c).name if i == 0 else c for i, c in enumerate(cmd))
    if done.returncode != expect_rc or any(sign in out for sign in BAD_SIGNS):
        raise SmokeFailure(f"{shown}: rc={done.returncode}\n{out}")
    print(f"  in orde: {shown}")
    return out


def time_to_window(cmd: list[str], env: dict[str, str], cwd: Path, rounds: int = 5) -> float:
    """Median wall time from process start to the first window (``--startcontrole``)."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        out = run(cmd, env, cwd)
        if "UnlockDialog getoond" not in out:
            raise SmokeFailure(f"geen ontgrendelvenster:\n{out}")
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]


def folder_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*")
               if f.is_file() and not f.is_symlink()) / 1_000_000


def main(argv: list[str]) -> int:
    # Resolved: the binary runs from another working folder.
    folder = (Path(argv[0]) if argv else ROOT / "dist" / "zorgdesk").resolve()
    binary = folder / ("zorgdesk-cli.exe" if sys.platform == "win32" else "zorgdesk")
    if not binary.is_file():
        print(f"Geen gebouwd programma in {folder}: eerst packaging/build.py", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="zorgdesk-smoke-"))
    try:
        return _smoke(binary, folder, work)
    except SmokeFailure as failure:
        print(f"ROOKTEST MISLUKT: {failure}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _smoke(binary: Path, folder: Path, work: Path) -> int:
    exe = str(binary)
    env = clean_env(work / "home")
    vault = work / "demo.zdv"
    print(f"Rooktest van {folder}")
    if not any(folder.rglob("docs/handleiding.pdf")):  # Help > Handleiding opens it
        raise SmokeFailure("docs/handleiding.pdf ontbreekt in de programmamap")
    out = run([exe, "--version"], env, work)
    if "ZorgDesk" not in out:
        raise SmokeFailure(f"--version: {out}")
    run([exe, "demo", str(vault)], env, work)
    with_pass = clean_env(work / "home", ZORGDESK_PASSPHRASE=DEMO_PASSPHRASE)
    run([exe, "verify", "--vault", str(vault)], with_pass, work)
    text = "Zoë van der Berg kwam op 3 maart huilend binnen. Bel 06-12345678.\n"
    out = run([exe, "anonymise", "--known-name", "Zoë van der Berg", "--role",
               "Zoë van der Berg=leerling"], env, work, stdin=text)
    if "Zoë" in out or "12345678" in out or "huilend" not in out:
        raise SmokeFailure(f"anonymise liet iets staan of verloor een feit: {out}")
    export = work / "inzage"
    export.mkdir()
    run([exe, "inzage", "--vault", str(vault), "--leerling", "Zoë", "--to", str(export)],
        with_pass, work)
    pdfs, jsons = list(export.glob("*.pdf")), list(export.glob("*.json"))
    if len(pdfs) != 1 or len(jsons) != 1 or b"DejaVuSans" not in pdfs[0].read_bytes():
        raise SmokeFailure("inzage: geen PDF met ingebed lettertype en JSON geschreven")
    print("  in orde: inzage-PDF met ingebed lettertype DejaVuSans en JSON")
    frozen = time_to_window([exe, "--vault", str(vault), "--startcontrole"], env, work)
    if os.environ.get("DISPLAY"):  # the real X11 plugin too, not only offscreen
        x11 = dict(env, QT_QPA_PLATFORM="xcb")
        time_to_window([exe, "--vault", str(vault), "--startcontrole"], x11, work, rounds=1)
    source = time_to_window([sys.executable, "-m", "zorgdesk", "--vault", str(vault),
                             "--startcontrole"], dict(env, PYTHONPATH=str(ROOT / "src")), work)
    size = folder_mb(folder)
    print(f"Grootte van de programmamap: {size:.0f} MB (doel <= {SIZE_GOAL_MB} MB)")
    print(f"Start tot ontgrendelvenster: gebouwd {frozen:.2f} s, vanuit de broncode "
          f"{source:.2f} s (mediaan van 5; verhouding {frozen / source:.2f})")
    if size > SIZE_GOAL_MB:
        raise SmokeFailure(f"programmamap {size:.0f} MB > {SIZE_GOAL_MB} MB")
    print("Rooktest geslaagd.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
