"""Correcting an entry never drops typed text without a question, and says when it took
it (walk s30: 'Verbeteren' closed on Escape without a word, and switching the choice away
from Verbeteren threw the corrected text away unasked). Real tab, real forms, demo vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from zorgdesk.ui.logbook import request_changes
from zorgdesk.ui.logbook.dialogs import AnswerRequestDialog
from zorgdesk.ui.logbook.entry_form import EntryDialog
from zorgdesk.ui.logbook.tab import LogbookTab


def _own_entry(session, tab) -> int:
    return session.logbook.chronology(tab.pupil.id)[0].entry_id


def _correction_form(qtbot, session, tab, entry_id, **kwargs) -> EntryDialog:
    current = session.logbook.history(entry_id).current.content
    form = EntryDialog(session, tab.pupil, tab, entry_id=entry_id, current=current, **kwargs)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def test_escape_in_a_correction_asks_and_verder_invullen_keeps_the_text(qtbot, tab, session,
                                                                         asked):
    said, answers = asked.questions, asked.answers
    entry = _own_entry(session, tab)
    form = _correction_form(qtbot, session, tab, entry)
    form.situation.setText("Zoë kwam zonder jas; het was 4 °C.")
    answers.append(False)  # Verder invullen
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert said[-1][0] == "Niet opgeslagen"
    assert form.isVisible() and form.situation.text() == "Zoë kwam zonder jas; het was 4 °C."
    answers.append(True)  # Weggooien
    form.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not form.isVisible()
    # Thrown away on purpose: reopened, the form shows the entry, not the typing.
    assert session.drafts.load("logboek", f"correctie:{entry}") is None
    again = _correction_form(qtbot, session, tab, entry)
    assert again.situation.text() == session.logbook.history(entry).current.content.situation


def test_escape_without_typing_closes_at_once(qtbot, tab, session, asked):
    said = asked.questions
    form = _correction_form(qtbot, session, tab, _own_entry(session, tab))
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible() and not said


def test_a_saved_correction_says_so_in_the_main_window(qtbot, controller):
    session, window = controller.session, controller.window
    zoe = session.basedata.pupils("Zoë")[0]
    assert window.select_pupil(zoe.id)
    tab = next(p for p in window.tab_pages if isinstance(p, LogbookTab))
    entry = session.logbook.chronology(zoe.id)[0].entry_id
    form = _correction_form(qtbot, session, tab, entry)
    form.situation.setText("Zoë kwam zonder jas binnen; het was 4 °C.")
    form.reason.setText("Temperatuur aangevuld.")
    form.save()
    assert window.statusBar().currentMessage().startswith("De correctie is opgeslagen")


def test_verbeteren_says_the_text_is_ready_and_asks_before_dropping_it(qtbot, tab, session,
                                                                        asked, monkeypatch):
    said, answers = asked.questions, asked.answers
    request = next(r for r in session.parents.correction_requests(tab.pupil.id) if r.is_open)
    entry = int(request.entry_ids[0])

    def entry_form(form):
        qtbot.addWidget(form)
        form.situation.setText("Zoë had een klein ontbijt bij zich.")
        form.save()
        return form.result()

    monkeypatch.setattr(request_changes, "run_modal", entry_form)
    dialog = AnswerRequestDialog(session, request, tab)
    qtbot.addWidget(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("toegewezen"))
    changes = dialog.changes
    combo = changes.combos[entry]
    combo.setCurrentIndex(combo.findData(request_changes.CORRECT))  # opens the form
    assert "staat klaar" in changes.status.text()
    assert "opgeslagen met het antwoord" in changes.status.text()
    answers.append(False)  # keep the corrected text
    combo.setCurrentIndex(combo.findData(request_changes.STAYS))
    assert said[-1][0] == "Verbeterde tekst weggooien"
    assert combo.currentData() == request_changes.CORRECT
    assert changes.corrected()[entry].situation == "Zoë had een klein ontbijt bij zich."
    answers.append(True)  # now throw it away
    combo.setCurrentIndex(combo.findData(request_changes.STAYS))
    assert combo.currentData() == request_changes.STAYS and not changes.corrections
    assert session.drafts.load("logboek", f"verzoek:{entry}") is None
    assert "weggegooid" in changes.status.text()


def test_a_draft_thrown_away_stays_away_after_weggooien(qtbot, tab, session, asked):
    """'Concept weggooien', more typing, then Escape > Weggooien: the draft the IB threw
    away does not come back (it was stored again as 'what the form showed at opening')."""
    answers = asked.answers
    entry = _own_entry(session, tab)
    form = _correction_form(qtbot, session, tab, entry)
    form.situation.setText("Een concept dat weg moet.")
    form.drafts.save_now()
    form.drafts.stop()
    form.deleteLater()
    form = _correction_form(qtbot, session, tab, entry)
    assert form.situation.text() == "Een concept dat weg moet."  # the draft came back
    form.drafts.discard_button.click()  # Concept weggooien
    assert session.drafts.load("logboek", f"correctie:{entry}") is None
    form.situation.setText("Nog iets getypt.")
    answers.append(True)  # Weggooien
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert session.drafts.load("logboek", f"correctie:{entry}") is None
