"""What a keyboard walk through the new dialogs in a real X window found (issue: fit).

Each test drives the real dialog on a real demo vault the way the IB did: keys, not
method calls, where the key is the point (Escape, Enter, Tab).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from tests.conftest import TODAY
from zorgdesk.services.session import Session
from zorgdesk.ui.logbook.dialogs import AgreementEvaluationDialog, AnswerRequestDialog
from zorgdesk.ui.peer_incident.step_dialog import StepDialog
from zorgdesk.ui.peer_incident.steps import START
from zorgdesk.ui.staff_abuse import dialog as staff_dialog
from zorgdesk.ui.staff_abuse.steps import START as STAFF_START
from zorgdesk.ui.vault.handover_dialog import HandoverDialog
from zorgdesk.ui.yearly_account.dialog import YearlyAccountDialog


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _agreement_entry(session, pupil) -> int:
    return next(item.entry_id for item in session.logbook.chronology(pupil.id)
                if session.agreement_evaluations.open_agreements(item.entry_id))


# -- Escape never throws typed text away without asking -------------------------------

def test_escape_in_the_agreement_evaluation_keeps_the_typed_outcome_as_a_draft(
        qtbot, session, zoe, asked):
    """The small logboek forms keep drafts like the entry form: Escape closes at once and
    the text comes back, with its note, when the form is opened again."""
    entry_id = _agreement_entry(session, zoe)
    dialog = _shown(qtbot, AgreementEvaluationDialog(session, entry_id))
    dialog.note.setFocus()
    QTest.keyClicks(dialog.note, "Ging goed")
    QTest.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked.questions == []
    again = _shown(qtbot, AgreementEvaluationDialog(session, entry_id))
    assert again.note.toPlainText() == "Ging goed"
    assert "Concept hersteld" in again.draft.note.text()


def test_escape_in_an_untouched_form_closes_without_a_question(qtbot, session, zoe, asked):
    dialog = _shown(qtbot, AgreementEvaluationDialog(session, _agreement_entry(session, zoe)))
    QTest.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked.questions == []


def test_annuleren_in_a_route_step_asks_too_but_the_lock_does_not(qtbot, asked):
    form = _shown(qtbot, StepDialog(START, lambda values: None, TODAY))
    form.widgets["location"].setText("Speelplein")
    asked.answers.append(False)
    box = form.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert form.isVisible() and form.widgets["location"].text() == "Speelplein"
    form.reject()  # what the vault lock does: never blocked by a question
    assert not form.isVisible() and len(asked.questions) == 1


# -- messages at the field they are about --------------------------------------------

def test_a_route_step_says_what_is_missing_under_the_field_itself(qtbot):
    form = _shown(qtbot, StepDialog(STAFF_START, lambda values: None, TODAY,
                                    choices={"pupil": ((None, "— kies een leerling —"),)}))
    form._submit = lambda values: staff_dialog.start_case(None, {}, values)
    form.save()
    label, combo = form.field_errors.labels["pupil"], form.widgets["pupil"]
    assert label.text() == "Kies de leerling om wie het gaat." and label.isVisible()
    # Right under the pupil field, not at the bottom of the form.
    below = label.mapTo(form, label.rect().topLeft()).y() - combo.mapTo(
        form, combo.rect().bottomLeft()).y()
    assert 0 <= below < 20
    assert not form.error.text() and form.focusWidget() is combo


def test_a_wrong_current_passphrase_is_said_at_that_field(qtbot, session):
    dialog = _shown(qtbot, HandoverDialog(session))
    dialog.current.setText("verkeerd wachtwoord")
    dialog.name.setText("Fatima el Amrani")
    dialog.new.first.setText("lantaarn gieter pompoen walvis")
    dialog.new.second.setText("lantaarn gieter pompoen walvis")
    dialog.accept()
    message = dialog.field_errors.labels["current"].text()
    assert message.startswith("Uw huidige wachtwoord is onjuist")
    assert dialog.focusWidget() is dialog.current and not dialog.error.text()
    dialog.current.setText("x")  # typing there clears the message
    assert not dialog.field_errors.labels["current"].text()


def test_a_mismatch_of_the_new_passphrase_is_said_once_in_red(qtbot, session):
    dialog = _shown(qtbot, HandoverDialog(session))
    dialog.current.setText("iets")
    dialog.name.setText("Fatima el Amrani")
    dialog.new.first.setText("lantaarn gieter pompoen walvis")
    dialog.new.second.setText("lantaarn gieter")
    dialog.accept()
    assert "niet gelijk" in dialog.field_errors.labels["repeated"].text()
    assert "niet gelijk" not in dialog.new.advice.text()  # not twice on screen


# -- Tab and Enter -------------------------------------------------------------------

def test_tab_from_the_motivation_goes_to_the_first_entry_choice(qtbot, session, zoe):
    request = next(r for r in session.parents.correction_requests(zoe.id) if r.is_open)
    dialog = _shown(qtbot, AnswerRequestDialog(session, request))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("toegewezen"))
    dialog.motivation.setFocus()
    QTest.keyClick(dialog.motivation, Qt.Key.Key_Tab)
    first = next(iter(dialog.changes.combos.values()))
    assert dialog.focusWidget() is first


def test_enter_in_the_period_shows_the_yearly_figures(qtbot, session):
    dialog = _shown(qtbot, YearlyAccountDialog(session))
    assert dialog.table.rowCount() == 0
    dialog.start.setFocus()
    QTest.keyClick(dialog.start, Qt.Key.Key_Return)
    assert dialog.table.rowCount() > 0 and dialog.isVisible()


# -- Vandaag opens what its row asks for -----------------------------------------------

@pytest.fixture
def controller(qtbot, demo_path):
    from zorgdesk.services.demo.school import DEMO_PASSPHRASE
    from zorgdesk.ui.app import AppController

    ctl = AppController(demo_path)
    qtbot.addWidget(ctl.window)
    ctl._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    qtbot.waitUntil(lambda: ctl.window.today_dialog is not None)  # a turn of the loop later
    yield ctl
    ctl.shutdown()


def test_enter_on_an_agreement_evaluation_opens_its_form(controller, qtbot, monkeypatch):
    """Not only the logboek: the form 'Afspraak geëvalueerd' for that very entry (it is
    otherwise hidden in the toolbar's overflow and Ctrl+Shift+G)."""
    opened = []

    def record(dialog):
        opened.append((type(dialog).__name__, dialog.entry_id))
        return 0

    monkeypatch.setattr("zorgdesk.ui.logbook.tab_actions.run_modal", record)
    window = controller.window
    today = window.today_dialog
    index = next(i for i, r in enumerate(today.rows)
                 if r.kind == "Evaluatie afspraak met ouders")
    entry_id = today.rows[index].record_id
    today.list.setCurrentIndex(today.index_of(today.rows[index]))
    qtbot.keyClick(today.list, Qt.Key.Key_Return)
    assert window.tab_pages[window.tabs.currentIndex()].title == "Logboek"
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == [("AgreementEvaluationDialog", entry_id)]


# -- Sociale kaart: an edit that was not saved is never lost unasked -------------------

@pytest.fixture
def social_map(qtbot, session):
    from zorgdesk.ui.social_map.dialog import SocialMapDialog

    return _shown(qtbot, SocialMapDialog(session))


def test_another_row_asks_before_an_unsaved_edit_goes(social_map, asked):
    dialog = social_map
    first = dialog.entries.currentItem().text()
    dialog.fields["phone"].setText("010-1234567")
    asked.answers.append(False)  # "Verder invullen"
    dialog.entries.setFocus()
    QTest.keyClick(dialog.entries, Qt.Key.Key_Down)
    assert dialog.entries.currentItem().text() == first  # back on the row being edited
    assert dialog.fields["phone"].text() == "010-1234567" and len(asked.questions) == 1
    asked.answers.append(True)  # "Weggooien"
    QTest.keyClick(dialog.entries, Qt.Key.Key_Down)
    assert dialog.entries.currentItem().text() != first
    assert dialog.fields["phone"].text() == ""


def test_escape_and_nieuw_ask_too_and_a_saved_edit_closes_at_once(social_map, asked):
    dialog = social_map
    dialog.fields["contact_person"].setText("mevrouw De Boer")
    asked.answers += [False, False]
    dialog.new_button.click()
    assert dialog.fields["contact_person"].text() == "mevrouw De Boer"
    QTest.keyClick(dialog.entries, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked.questions) == 2
    dialog.save_button.click()
    QTest.keyClick(dialog.entries, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(asked.questions) == 2
    assert "&" in next(b.text() for b in dialog.findChildren(QPushButton)
                       if b.accessibleName() == "Sluiten")


# -- Bijlagen: the note named as the IB sees it ------------------------------------------

def test_attachments_of_a_note_name_its_date_not_an_internal_number(qtbot, session, zoe,
                                                                    monkeypatch):
    from zorgdesk.ui.logbook import tab as tab_module
    from zorgdesk.ui.logbook.tab import LogbookTab

    titles = []
    monkeypatch.setattr(tab_module, "show_attachments",
                        lambda *args: titles.append(args[-1]))
    tab = LogbookTab()
    qtbot.addWidget(tab)
    tab.set_context(session, zoe)
    tab.list.setCurrentRow(0)
    entry = session.logbook.item(tab.current_entry_id()).current.content
    tab.attachments_action.trigger()
    assert titles == [f"notitie van {entry.entry_date:%d-%m-%Y} (Zoë van der Berg)"]


def test_enter_in_a_field_saves_the_row_and_in_the_list_changes_nothing(social_map,
                                                                       session):
    dialog = social_map
    entry_id = dialog.entries.currentItem().data(Qt.ItemDataRole.UserRole)
    dialog.fields["phone"].setFocus()
    QTest.keyClicks(dialog.fields["phone"], "010-1234567")
    QTest.keyClick(dialog.fields["phone"], Qt.Key.Key_Return)
    assert session.social_map.entry(entry_id).phone == "010-1234567"
    assert dialog.status.text() == "De wijziging is opgeslagen."
    QTest.keyClick(dialog.entries, Qt.Key.Key_Return)
    assert dialog.status.text() == "Er is niets gewijzigd." and dialog.isVisible()


# -- Overdrachtsdossier: Escape and Annuleren ask before the typed choices go ----------

def test_the_transfer_dialog_asks_before_its_typed_school_and_reason_go(qtbot, session,
                                                                        zoe, asked):
    from zorgdesk.ui.transfer.dialog import TransferDialog

    dialog = _shown(qtbot, TransferDialog(session, zoe.id))
    QTest.keyClick(dialog.school, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not dialog.isVisible() and asked.questions == []
    dialog = _shown(qtbot, TransferDialog(session, zoe.id))
    QTest.keyClicks(dialog.school, "CSG Het Baken")
    asked.answers += [False, False]
    QTest.keyClick(dialog.school, Qt.Key.Key_Escape)
    dialog.cancel_button.click()
    assert dialog.isVisible() and dialog.school.text() == "CSG Het Baken"
    assert len(asked.questions) == 2
    dialog.reject()  # what the vault lock does: no question
    assert not dialog.isVisible() and len(asked.questions) == 2


def test_an_empty_removal_reason_puts_the_cursor_back_in_the_field(qtbot):
    from zorgdesk.ui.attachments.viewers import RemovalReasonDialog

    dialog = _shown(qtbot, RemovalReasonDialog("brief.pdf"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).setFocus()
    dialog.accept()  # Enter or the button with an empty reason
    assert dialog.error.text() == "Geef een reden op." and dialog.isVisible()
    assert dialog.focusWidget() is dialog.reason_edit
