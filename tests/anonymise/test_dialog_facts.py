"""The preview dialog prefills "Wat de school al deed" from the recorded meldcode steps
and keeps the IB's edits of it (issue 16); real widgets on the real demo vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from tests.anonymise.test_summary_facts import sections
from zorgdesk.services.demo import case as demo_case
from zorgdesk.ui.anonymise.dialog import AnonymiseDialog


def _dialog(qtbot, session, name):
    pupil = next(p for p in session.basedata.pupils() if p.display_name == name)
    dialog = AnonymiseDialog(session, pupil.id, today=session.today)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_recorded_steps_are_prefilled_and_the_ibs_edit_stays(qtbot, session, asked):
    dialog = _dialog(qtbot, session, demo_case.PUPIL)
    lines = dialog.actions.toPlainText().splitlines()
    assert len(lines) == 5
    assert lines[0].endswith(": Meldcodetraject gestart.")
    # The field holds what the vault recorded (names in it); the preview is anonymised.
    assert any("Johan de Wit" in line for line in lines)
    did = sections(dialog.preview.toPlainText())["Wat de school al heeft gedaan"]
    assert [line for line in did if "Collegiale consultatie met [directeur]" in line]
    assert "Johan" not in dialog.preview.toPlainText()
    # The IB deletes the first line and adds her own: kept on "Voorbeeld bijwerken".
    cursor = dialog.actions.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    dialog.actions.setTextCursor(cursor)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    dialog.actions.setTextCursor(cursor)
    QTest.keyClick(dialog.actions, Qt.Key.Key_Return)
    QTest.keyClicks(dialog.actions, "Met Daan zelf gepraat.")
    edited = dialog.actions.toPlainText()
    dialog.rebuild()
    assert dialog.actions.toPlainText() == edited
    did = sections(dialog.preview.toPlainText())["Wat de school al heeft gedaan"]
    assert len(did) == 5 and did[-1] == "- Met [leerling] zelf gepraat."
    assert not [line for line in did if "Meldcodetraject gestart" in line]
    asked.answers.append(False)
    QTest.keyClick(dialog.actions, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked.questions) == 1  # her edit counts as typed


def test_prefilled_steps_alone_ask_nothing_on_close(qtbot, session, asked):
    dialog = _dialog(qtbot, session, demo_case.PUPIL)
    assert dialog.actions.toPlainText()
    QTest.keyClick(dialog.question, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked.questions == []


def test_without_meldcode_the_field_stays_empty(qtbot, session, zoe):
    dialog = _dialog(qtbot, session, zoe.display_name)
    assert dialog.actions.toPlainText() == ""
    assert sections(dialog.preview.toPlainText())["Wat de school al heeft gedaan"] == [
        "Nog niets vastgelegd."]
