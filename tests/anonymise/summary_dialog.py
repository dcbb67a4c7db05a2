"""The Veilig Thuis summary dialog as the IB opens it, for the pytest-qt tests of its
flags and questions: shown, exposed and, when asked, the active window (keys go there)."""

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
