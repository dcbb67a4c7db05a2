"""``--startcontrole``: start the real GUI until its first window shows, then stop.

For administrators and the packaging smoke test: it proves that a build (frozen or
not) finds its Qt platform plugin, its libraries and its data before anyone depends on
it. It prints one Dutch line per check on stdout and exits 0 only when all passed.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from zorgdesk import paths

POLL_MS = 20


def _static_checks() -> list[tuple[str, bool]]:
    """What must be inside every build, checked before the first window."""
    resources = paths.resources_dir()
    translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    checks = [
        ("lettertype DejaVuSans", (resources / "fonts" / "DejaVuSans.ttf").is_file()),
        ("signalenlijsten", any((resources / "catalogues").glob("*.json"))),
        ("woordenlijst namen", (resources / "lexicon" / "opentaal-nl.txt.gz").is_file()),
        ("formulierteksten", any(paths.forms_dir().glob("*.json"))),
        ("Nederlandse Qt-vertaling", (translations / "qtbase_nl.qm").is_file()),
        ("programma-icoon", paths.icon_path().is_file()),
    ]
    try:
        from PySide6.QtPdf import QPdfDocument  # noqa: F401 - the preview needs it

        checks.append(("PDF-voorbeeld (QtPdf)", True))
    except ImportError:
        checks.append(("PDF-voorbeeld (QtPdf)", False))
    return checks


class StartupCheck:
    """Polls for the first visible dialog (the unlock or create dialog) and closes it."""

    def __init__(self, app: QApplication, close_everything: Callable[[], None],
                 timeout_s: float = 30.0) -> None:
        self.app = app
        self.close_everything = close_everything
        self.started = time.perf_counter()
        self.deadline = self.started + timeout_s
        checks = _static_checks()
        self.failed = [name for name, ok in checks if not ok]
        for name, ok in checks:
            print(f"{'in orde' if ok else 'ONTBREEKT'}: {name}", flush=True)
        self.timer = QTimer()
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    @property
    def passed(self) -> bool:
        return not self.failed

    def _poll(self) -> None:
        shown = [w for w in self.app.topLevelWidgets()
                 if isinstance(w, QDialog) and w.isVisible()]
        if shown:
            elapsed = time.perf_counter() - self.started
            print(f"in orde: venster {type(shown[0]).__name__} getoond "
                  f"({elapsed:.2f} s na de start van de vensters)", flush=True)
            self.timer.stop()
            self.close_everything()
        elif time.perf_counter() > self.deadline:
            print("FOUT: geen venster verschenen", file=sys.stderr, flush=True)
            self.failed.append("venster")
            self.timer.stop()
            self.close_everything()
