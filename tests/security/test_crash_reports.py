"""An unexpected error is reported by type and code location only: no pupil data."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from zorgdesk import crash
from zorgdesk.ui import crash_dialog

SECRET = "Zoë van der Berg"


def _failing_save(note: str) -> None:
    details = {"leerling": note}
    raise ValueError(f"kon niet opslaan voor {details['leerling']}")


def test_report_has_locations_and_causes_but_no_message_or_values():
    try:
        try:
            _failing_save(SECRET)
        except ValueError as error:
            raise RuntimeError(f"opnieuw mislukt: {SECRET}") from error
    except RuntimeError as error:
        report = crash.safe_report(type(error), error, error.__traceback__)
    for part in ("Zoë", "Berg", "opslaan", "opnieuw"):
        assert part not in report
    assert "builtins.RuntimeError" in report
    assert "veroorzaakt door builtins.ValueError" in report
    assert "in _failing_save" in report
    assert "test_crash_reports.py:" in report


def test_uncaught_error_in_the_cli_process_leaks_nothing_to_stderr():
    script = textwrap.dedent(f"""
        from zorgdesk import crash
        crash.install()
        raise KeyError({SECRET!r})
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode != 0
    assert "builtins.KeyError" in result.stderr
    assert "Zoë" not in result.stderr and "Berg" not in result.stderr


def test_uncaught_error_in_a_thread_leaks_nothing(capfd):
    import threading
    previous = threading.excepthook, sys.excepthook
    try:
        crash.install()
        worker = threading.Thread(target=_failing_save, args=(SECRET,))
        worker.start()
        worker.join()
    finally:
        threading.excepthook, sys.excepthook = previous
    err = capfd.readouterr().err
    assert "in _failing_save" in err
    assert SECRET not in err


@pytest.mark.qt_no_exception_capture
def test_error_in_a_slot_shows_a_dutch_message_and_keeps_the_app(qtbot, capfd):
    previous = sys.excepthook
    try:
        crash_dialog.install()
        QTimer.singleShot(0, lambda: _failing_save(SECRET))
        qtbot.waitUntil(lambda: bool(crash_dialog._open), timeout=3000)
        box = crash_dialog._open[0]
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert "Wat u al had opgeslagen, staat veilig" in box.text()
        # A second error while the message is open does not stack another one.
        QTimer.singleShot(0, lambda: _failing_save(SECRET))
        qtbot.wait(50)
        assert len([w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()]) == 1
        box.accept()
        qtbot.waitUntil(lambda: not crash_dialog._open, timeout=3000)
    finally:
        sys.excepthook = previous
    err = capfd.readouterr().err
    assert "in _failing_save" in err
    assert SECRET not in err
