"""tests/modal_guard.py: an unpatched modal fails its test within seconds, in a pytest of
its own (a modal left open in this process would be the very hang it prevents)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

MODALS = '''
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from zorgdesk.ui.dialogs import run_modal
from zorgdesk.ui.messages import ask_choice


def test_question_box(qtbot):
    QMessageBox.question(None, "Vraag", "Zeker weten?")


def test_file_dialog(qtbot):
    QFileDialog.getOpenFileName(None, "Kies een bestand", "")


def test_input_dialog(qtbot):
    QInputDialog.getText(None, "Naam", "Naam:")


def test_dialog_exec(qtbot):
    run_modal(QDialog())


def test_question_in_the_program(qtbot):
    ask_choice(None, "Weggooien?", "Er is iets getypt.", "&Weggooien")


def test_closed_by_a_timer_passes(qtbot):
    dialog = QDialog()
    QTimer.singleShot(0, dialog.reject)
    assert run_modal(dialog) == 0


def test_busy_with_a_worker_passes(qtbot):
    """Like the unlock window: the modal waits in a loop of its own for a worker, longer
    than the guard's interval."""
    import time

    from zorgdesk.ui.background import wait_for_worker

    dialog = QDialog()
    QTimer.singleShot(0, lambda: (wait_for_worker(lambda: time.sleep(2)), dialog.accept()))
    assert run_modal(dialog) == 1


def test_patched_passes(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert QMessageBox.question(None, "Vraag", "?") == QMessageBox.StandardButton.Yes
'''


def test_an_unpatched_modal_fails_fast_and_the_rest_passes(tmp_path):
    (tmp_path / "test_modals.py").write_text(MODALS, encoding="utf-8")
    env = {**os.environ, "ZORGDESK_MODAL_GUARD_SECONDS": "0.5", "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.modal_guard",
         "--rootdir", str(tmp_path), "-o", "qt_api=pyside6", "-o", "timeout=60",
         str(tmp_path / "test_modals.py")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    took = time.monotonic() - started
    out = run.stdout
    assert "5 failed, 3 passed" in out, out[-3000:]
    assert out.count("the modal guard closed it") >= 5, out[-3000:]
    for what in ("QMessageBox.question()", "QFileDialog.getOpenFileName()",
                 "QInputDialog.getText()", "QDialog.exec()", "QMessageBox 'Weggooien?'"):
        assert what in out, what
    assert took < 60, f"{took:.0f} s: the guard did not end the modals quickly"
