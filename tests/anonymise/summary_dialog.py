"""The Veilig Thuis summary dialog as the IB opens it, for the pytest-qt tests of its
flags and questions: shown, exposed and, when asked, the active window (keys go there).
``keep_every_flag``: the IB read every flag and leaves it as written (stop 38), for the
tests of what an export asks once every flag is decided."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.conftest import TODAY
from zorgdesk.ui.anonymise.dialog import AnonymiseDialog


def open_summary(qtbot, session, pupil_id: int, *, active: bool = True) -> AnonymiseDialog:
    dlg = AnonymiseDialog(session, pupil_id, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    if active:
        dlg.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    return dlg


def keep_every_flag(qtbot, dialog: AnonymiseDialog) -> list[str]:
    """'Gekozen laten staan' on every undecided row (the flags of an edit first
    arrive); the words and phrases kept."""
    qtbot.waitUntil(lambda: not dialog.flags.pending, timeout=10000)
    kept = dialog.flags.undecided()
    while dialog.flags.undecided():
        dialog.flags.list.setCurrentRow(dialog.flags.first_undecided())
        dialog.flags.keep_button.click()
    return kept
