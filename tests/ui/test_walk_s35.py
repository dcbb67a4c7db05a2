"""Findings of the keyboard walk in a real window at 1366x768 (100 % and 125 %, 12 pt)
in s35 (walker walk2)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from zorgdesk.ui.conversations.dialog import ConversationDialog


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_refused_zorggesprek_puts_the_cursor_at_the_missing_place(qtbot, session):
    """walk2-17: saved from page 3 (Afspraken) without a Plaats, the dialog showed page 1
    with 'Vul de plaats (locatie) van het gesprek in.' and left the cursor in Onderwerp,
    a field that was fine; the IB typed on into the wrong field."""
    pupil = session.basedata.pupils("Emre")[0]
    dialog = _shown(qtbot, ConversationDialog(session, pupil))
    dialog.on.setText("10-12-2026")
    dialog.subject.setText("Zorgen om kleding en gymspullen")
    dialog.tabs.setCurrentIndex(2)
    dialog.smart.add()
    dialog.smart.rows[0].what.setFocus()
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == 0
    assert dialog.errors["place"].text()
    assert QApplication.focusWidget() is dialog.place
    dialog.reject()
