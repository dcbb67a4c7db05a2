"""Screenshots of ZorgDesk on a school laptop screen (1366x768), at 100 % and 125 %.

Starts its own Xvfb, runs the real program on a throwaway demo vault and drives it
with the keyboard through xdotool, as an IB would; `import -window root` takes each
picture. The pictures go to docs/screenshots/ (for the handleiding) and a text file
beside them lists every window's geometry and whether it fits the screen.

    python tools/screenshots.py [--display :95] [--out docs/screenshots]

Needs Xvfb, xdotool and imagemagick (Debian: xvfb xdotool imagemagick) and Qt's
xcb libraries (libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 ...).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from zorgdesk.services.demo.school import DEMO_PASSPHRASE  # noqa: E402

SCREEN = (1366, 768)

# (file name, keys to press before the picture, keys to press after it)
TOUR: list[tuple[str, list[str], list[str]]] = [
    # Vandaag opens first after unlocking; Escape closes it before the rest.
    ("vandaag", [], ["Escape"]),
    ("hoofdvenster-zonder-leerling", [], []),
    ("logboek", ["ctrl+f", "type:zoe", "Return", "ctrl+1"], []),
    ("nieuwe-observatie", ["ctrl+n"], ["Escape"]),
    ("geschiedenis", ["ctrl+h"], ["Escape"]),
    ("dossier-voorbeeld", ["ctrl+p"], ["Escape"]),
    ("signalenlijst", ["ctrl+2"], []),
    ("zorggesprekken", ["ctrl+3"], []),
    ("meldcode", ["ctrl+4"], []),
    # Every action of a tab's toolbar is in the menu bar too (Leerling > Logboek ...).
    ("menu-leerling-logboek", ["ctrl+1", "alt+l", "l"], ["Escape", "Escape"]),
    ("leerlingen-beheren", ["ctrl+shift+b"], ["Escape"]),
    ("inzage-export", ["alt+l", "i"], ["Escape"]),
    ("instellingen", ["ctrl+comma"], ["Escape"]),
    # The dialogs of the last stop (Zoë is still chosen, her logboek is shown).
    ("afspraak-geevalueerd", ["ctrl+1", "ctrl+shift+g"], []),
    # Escape after typing asks first (Verder invullen is the default); Alt+W throws away.
    ("niet-opgeslagen-vraag", ["alt+u", "type:Ging goed", "Escape"], ["alt+w"]),
    ("bijlagen", ["ctrl+j"], ["Escape"]),
    ("verzoek-beantwoorden", ["ctrl+shift+a"], ["Escape"]),
    ("leerlingen-importeren", ["alt+e", "m"], ["Escape"]),
    ("kluis-overdragen", ["alt+b", "o"], ["Escape"]),
    ("overdrachtsdossier", ["alt+l", "o"], ["Escape"]),
    ("incidenten-tussen-leerlingen", ["alt+l", "t"], []),
    ("incident-stap", ["alt+l"], ["Escape", "Escape"]),
    ("misbruik-door-medewerker", ["alt+l", "m"], []),
    ("misbruik-nieuw-dossier", ["alt+n"], ["Escape", "Escape"]),
    ("jaarverantwoording", ["alt+e", "j", "alt+b"], ["Escape"]),
    ("sociale-kaart", ["alt+e", "s"], ["Escape"]),
]


class Screen:
    def __init__(self, display: str) -> None:
        self.display = display
        self.env = {**os.environ, "DISPLAY": display}
        self.server = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.5)

    def xdotool(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True,
                              text=True).stdout

    def focus_top(self) -> None:
        """Without a window manager nobody gives the newest window the keyboard: do it."""
        ours = sorted(int(w) for w in
                      self.xdotool("search", "--onlyvisible", "--name", ".").split())
        if ours:
            self.xdotool("windowfocus", "--sync", str(ours[-1]))

    def press(self, key: str) -> None:
        self.focus_top()
        if key.startswith("type:"):
            self.xdotool("type", "--delay", "30", key[5:])
        else:
            self.xdotool("key", key)
        time.sleep(2.5)  # a dialog may take a moment on a busy machine

    def windows(self) -> list[tuple[str, int, int, int, int]]:
        found = []
        for wid in self.xdotool("search", "--onlyvisible", "--name", ".").split():
            name = self.xdotool("getwindowname", wid).strip()
            geometry = self.xdotool("getwindowgeometry", "--shell", wid)
            values = dict(line.split("=", 1) for line in geometry.split() if "=" in line)
            found.append((name, int(values["X"]), int(values["Y"]),
                          int(values["WIDTH"]), int(values["HEIGHT"])))
        return found

    def shoot(self, target: Path) -> None:
        subprocess.run(["import", "-window", "root", str(target)], env=self.env, check=True)

    def close(self) -> None:
        self.server.terminate()
        self.server.wait(10)


def wait_for_window(screen: Screen, name_part: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if any(name_part in name for name, *_ in screen.windows()):
            return
        time.sleep(0.5)
    raise SystemExit(f"window '{name_part}' did not appear")


def wait_for_main_window(screen: Screen, seconds: float = 120) -> None:
    """After unlocking: until the unlock window is gone and the main window shows (on a
    busy machine Vandaag takes a while, and keys pressed before it land nowhere)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        names = [name for name, *_ in screen.windows()]
        if names and not any("Ontgrendelen" in n for n in names) and \
                any("ZorgDesk" in n for n in names):
            time.sleep(2)  # let it finish its first paint
            return
        time.sleep(0.5)
    raise SystemExit("the main window did not appear after unlocking")


def tour(screen: Screen, scale: str, out: Path, report: list[str]) -> None:
    home = Path(tempfile.mkdtemp(prefix="zorgdesk-shots-"))
    env = {**screen.env, "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": scale,
           "ZORGDESK_HOME": str(home), "PYTHONPATH": str(ROOT / "src")}
    app = subprocess.Popen([sys.executable, "-m", "zorgdesk", "--demo"], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    tag = f"{int(float(scale) * 100)}"
    try:
        wait_for_window(screen, "Ontgrendelen")
        time.sleep(1)
        pictures = [("ontgrendelen", [], ["type:" + DEMO_PASSPHRASE, "Return"]), *TOUR]
        for name, before, after in pictures:
            for key in before:
                screen.press(key)
            time.sleep(0.8)
            target = out / f"{tag}-{name}.png"
            screen.shoot(target)
            for title, x, y, width, height in screen.windows():
                fits = x >= 0 and y >= 0 and x + width <= SCREEN[0] and y + height <= SCREEN[1]
                report.append(f"{target.name}: '{title}' {width}x{height} at {x},{y} "
                              f"{'past' if fits else 'PAST NIET'}")
            for key in after:
                screen.press(key)
            if name == "ontgrendelen":
                wait_for_main_window(screen)
        time.sleep(1)
    finally:
        app.terminate()
        app.wait(20)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--display", default=":95")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scales", default="1,1.25")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    screen = Screen(args.display)
    report: list[str] = []
    try:
        for scale in args.scales.split(","):
            tour(screen, scale, args.out, report)
    finally:
        screen.close()
    (args.out / "geometry.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    print("\n".join(report))
    return 0 if all("PAST NIET" not in line for line in report) else 1


if __name__ == "__main__":
    raise SystemExit(main())
