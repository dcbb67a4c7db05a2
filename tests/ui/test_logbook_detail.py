"""Walk findings in the Logboek tab's detail pane: a correction's reason is shown as
typed (a '<' in it hid the rest as if it were markup), and the entry's number shows, the
number the Signalenlijst asks for under 'Logboeknummers' (nowhere to be seen before)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.test_logbook_tab import session, tab  # noqa: F401 - fixtures
from zorgdesk.ui.logbook.entry_form import EntryDialog


def test_the_reason_of_a_correction_is_shown_as_typed(qtbot, tab, session):  # noqa: F811
    tab.search.setText("huilde")
    entry_id = tab.current_entry_id()
    current = session.logbook.history(entry_id).current.content
    dialog = EntryDialog(session, tab.pupil, tab, entry_id=entry_id, current=current)
    qtbot.addWidget(dialog)
    dialog.reason.setText("Duur <b>15</b> min, niet <10 min")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.reload()
    tab.search.setText("huilde")
    assert "reden: Duur <b>15</b> min, niet <10 min." in tab.detail.toPlainText()


def test_the_detail_shows_the_logboeknummer(tab, session):  # noqa: F811
    tab.search.setText("huilde")
    entry_id = tab.current_entry_id()
    assert f"Logboeknummer: {entry_id}" in tab.detail.toPlainText()
