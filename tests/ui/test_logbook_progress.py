"""Adding 'aanvullingen over het verloop' from the Logboek tab, by keyboard, on a real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import TODAY
from tests.ui.test_logbook_tab import save
from tests.ui.test_mnemonics import _assert_unique
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.ui.logbook.dialogs import ProgressDialog


@pytest.fixture
def session(demo_vault):
    s = Session(demo_vault, FixedClock(TODAY))
    return s



def _first_own_entry(tab) -> int:
    tab.list.setCurrentRow(0)
    return tab.current_entry_id()


def test_button_follows_the_selection_and_the_lock(tab):
    assert _first_own_entry(tab) is not None
    assert tab.progress_button.isEnabled()
    assert tab.progress_button.accessibleName() == "Aanvulling over het verloop"
    tab.set_context(None, None)
    assert not tab.progress_button.isEnabled()


def test_bad_input_keeps_the_text_then_saving_shows_it_under_the_entry(qtbot, session, tab):
    entry_id = _first_own_entry(tab)
    dialog = ProgressDialog(session, entry_id, tab)
    qtbot.addWidget(dialog)
    _assert_unique(dialog)
    typed = "Moeder vertelde dat Zoë weer 😊 goed slaapt.\nAfspraak: evaluatie over 4 weken."
    dialog.note_date.setText("31-02-2026")
    dialog.note_time.setText("9:75")
    dialog.text.setPlainText(typed)
    save(dialog)
    assert "geen geldige datum" in dialog.errors["note_date"].text()
    assert "bestaat niet" in dialog.errors["note_time"].text()
    assert dialog.text.toPlainText() == typed
    assert session.logbook_progress.for_entry(entry_id) == []
    dialog.note_date.setText("24-11-2026")
    dialog.note_time.setText("9:15")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("ontkracht"))
    save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.show_current()
    shown = tab.detail.toPlainText()
    assert "Aanvullingen over het verloop" in shown
    assert "24-11-2026 09:15" in shown and "weer 😊 goed slaapt" in shown
    assert "ontkracht" in shown


def test_the_tab_button_opens_the_form_for_the_selected_entry(qtbot, session, tab):
    entry_id = _first_own_entry(tab)
    seen = []

    def fill_and_save():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ProgressDialog) and w.isVisible())
        seen.append(dialog.entry_id)
        dialog.text.setPlainText("Vader bracht haar; rustig afscheid.")
        save(dialog)

    QTimer.singleShot(0, fill_and_save)
    tab.progress_button.click()
    assert seen == [entry_id]
    assert "rustig afscheid" in tab.detail.toPlainText()
    assert [n.text for n in session.logbook_progress.for_entry(entry_id)] == [
        "Vader bracht haar; rustig afscheid."]
