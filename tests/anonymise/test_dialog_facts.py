"""The preview dialog prefills "Wat de school al deed" from the recorded meldcode steps
and keeps the IB's edits of it (issue 16); real widgets on the real demo vault."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from tests.anonymise.test_summary_facts import sections
from zorgdesk.services.demo import case as demo_case
from zorgdesk.ui.anonymise import dialog as dialog_module
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


def test_flags_after_a_manual_edit_are_found_off_the_ui_thread(qtbot, session, monkeypatch):
    """The flags of an edited preview are looked for in a worker thread once the edits
    pause (0.6 s for the biggest dossier froze the window after every removal)."""
    on_ui_thread: list[bool] = []
    real = dialog_module.quasi_identifiers

    def spy(result):
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return real(result)
    monkeypatch.setattr(dialog_module, "quasi_identifiers", spy)
    dialog = _dialog(qtbot, session, demo_case.PUPIL)
    dialog.question.setPlainText("Hij is de enige Syrische jongen in groep 3b; wat nu?")
    dialog.rebuild()
    assert on_ui_thread == [False, False]  # both builds: in the reading worker
    assert dialog.flags.spans
    text = dialog.result.text
    first, second = text.index("in de kring"), text.index("sliep 2 keer")
    dialog.remove_output_span(second, second + len("sliep 2 keer"))
    dialog.remove_output_span(first, first + len("in de kring"))
    # At once: the old spans are gone (they no longer fit), nothing computed yet.
    assert dialog.flags.spans == [] and not dialog.flags.button.isEnabled()
    assert dialog.flags.list.item(0).text() == "Wordt opnieuw bekeken…"
    assert len(on_ui_thread) == 2
    expected = [(f.start, f.end) for f in real(dialog.result)]
    qtbot.waitUntil(lambda: dialog.flags.spans == expected, timeout=5000)
    assert on_ui_thread == [False, False, False]  # two edits, one look, off the UI thread
    flagged = dialog.result.text[expected[0][0]:expected[0][1]]
    assert "de enige Syrische jongen" in flagged and dialog.flags.button.isEnabled()


def test_closing_while_the_flags_are_looked_for_waits_for_the_worker(qtbot, session):
    dialog = _dialog(qtbot, session, demo_case.PUPIL)
    at = dialog.result.text.index("in de kring")
    dialog.remove_output_span(at, at + len("in de kring"))
    dialog._look_for_flags()  # what the timer does; then the lock closes the window
    dialog.reject()
    assert not dialog._flag_job.is_running() and not dialog._flag_timer.isActive()
