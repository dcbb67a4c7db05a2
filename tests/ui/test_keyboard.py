"""Keyboard work without traps: Enter opens, Tab leaves, focus lands on the right field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QScrollArea

from tests.ui.screen_fit import fit_problems, place_in_work_area
from zorgdesk.domain.passphrase import assess_passphrase
from zorgdesk.ui.conversations import tab as conversations_tab
from zorgdesk.ui.conversations.signature_dialogs import AddendumDialog
from zorgdesk.ui.vault.dialogs import CreateVaultDialog
from zorgdesk.ui.widgets import PassphraseFields

STRONG_WORDS = ("Sterk", "Zeer sterk")


def _select(window, name: str) -> None:
    pupil = next(p for p in window.session.basedata.pupils() if p.display_name == name)
    assert window.select_pupil(pupil.id)


def _conversations(window):
    window.show_tab(2)
    return window.tab_pages[2]


def test_enter_on_a_not_returned_report_opens_it_for_its_own_pupil(controller, monkeypatch):
    window = controller.window
    _select(window, "Daan van der Berg")
    tab = _conversations(window)
    tab.days.setValue(0)
    assert tab.outstanding_model.rowCount() > 0, "the demo has a report that is not back"
    first = tab.outstanding_model.record(0)
    wanted_conversation, wanted_pupil = first.conversation_id, first.pupil_id
    opened = []
    monkeypatch.setattr(conversations_tab, "run_modal",
                        lambda dialog: opened.append(dialog.conversation_id) or 0)
    tab.outstanding.setFocus()
    tab.outstanding.setCurrentIndex(tab.outstanding_model.index(0, 0))
    QTest.keyClick(tab.outstanding, Qt.Key.Key_Return)
    assert opened == [wanted_conversation]
    assert window.current_pupil.id == wanted_pupil


def test_enter_on_a_conversation_opens_it(controller, monkeypatch):
    window = controller.window
    _select(window, "Zoë van der Berg")
    tab = _conversations(window)
    assert tab.table.rowCount() > 0
    opened = []
    monkeypatch.setattr(conversations_tab, "run_modal",
                        lambda dialog: opened.append(dialog.conversation_id) or 0)
    tab.table.setFocus()
    tab.table.selectRow(0)
    QTest.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened == [tab.selected_id()]


def test_tab_leaves_the_conversation_list_and_keeps_the_selection(controller, qtbot):
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    _select(window, "Zoë van der Berg")
    tab = _conversations(window)
    tab.table.selectRow(0)
    chosen = tab.selected_id()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Tab)
    assert tab.selected_id() == chosen, "Tab must not choose another conversation"
    assert not tab.table.hasFocus()


def test_ctrl_2_puts_the_cursor_in_a_list_not_on_the_checklist_selector(controller):
    window = controller.window
    _select(window, "Zoë van der Berg")
    window.show_tab(1)
    focus = window.focusWidget()
    assert focus is not window.tab_pages[1].catalogue_box
    assert isinstance(focus, QAbstractItemView)


def test_aanvulling_dialog_opens_with_the_cursor_in_its_text(qtbot, controller):
    session = controller.session
    conversation = next(c for p in session.basedata.pupils()
                        for c in session.conversations.for_pupil(p.id) if c.frozen)
    dialog = AddendumDialog(session.signing, conversation.id, drafts=session.drafts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.text


def test_restore_waits_for_unlocking(controller):
    window = controller.window
    assert window.restore_action.isEnabled()
    controller.lock()
    assert not window.restore_action.isEnabled()
    assert controller.restore() is None


def test_a_too_short_passphrase_is_never_called_strong(qtbot):
    verdict = assess_passphrase("kX9#mP2$vL")  # 10 random characters: hard to guess
    assert verdict.reasons and verdict.label not in STRONG_WORDS
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    fields.first.setText("kX9#mP2$vL")
    assert fields.meter.format() not in STRONG_WORDS
    fields.first.setText("kompas regenjas tijger zeilboot")
    assert fields.meter.format() in STRONG_WORDS


def test_passphrase_fields_keep_their_height_after_an_error(qtbot, tmp_path: Path):
    dialog = CreateVaultDialog(tmp_path / "nieuw.zdv")
    qtbot.addWidget(dialog)
    place_in_work_area(dialog)
    dialog.school.setText("OBS De Linde")
    dialog.place.setText("Utrecht")
    dialog.user_name.setText("Ineke de Vries")
    dialog.passphrase.first.setText("kompas regenjas tijger zeilboot")
    dialog.passphrase.second.setText("kompas regenjas tijger")
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error.isVisibleTo(dialog), "the mismatch is reported"
    place_in_work_area(dialog)
    assert not fit_problems(dialog, "Nieuwe kluis na een fout")


def test_a_failed_save_shows_the_first_problem_even_at_the_end_of_the_form(qtbot, controller):
    from zorgdesk.ui.logbook.entry_form import EntryDialog

    session = controller.session
    pupil = next(p for p in session.basedata.pupils() if p.display_name == "Zoë van der Berg")
    entry_id = session.logbook.chronology(pupil.id)[0].entry_id
    current = session.logbook.item(entry_id).current.content
    dialog = EntryDialog(session, pupil, entry_id=entry_id, current=current)
    qtbot.addWidget(dialog)
    place_in_work_area(dialog)
    qtbot.waitExposed(dialog)
    dialog.reason.setText("")  # the last field of the correction form
    dialog.save()
    assert dialog.isVisible(), "not saved without a reason"
    assert dialog.focusWidget() is dialog.reason
    scroll = dialog.findChild(QScrollArea)
    top_left = dialog.reason.mapTo(scroll.viewport(), dialog.reason.rect().topLeft())
    assert scroll.viewport().rect().contains(top_left), "scrolled into view"
