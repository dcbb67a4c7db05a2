"""Forms about no pupil keep what is typed over the idle lock (m0023: a draft of no
pupil). Before, form_draft needed a pupil, so these forms lost their text on the lock:
a new incident or staff-abuse case started with no pupil's dossier open, the anonymous
Veilig Thuis case, the jaarverantwoording, the sociale kaart. Each test types in the
real form, locks as the idle lock does (``controller.lock()``), unlocks, reopens: the
text is back under 'Concept hersteld', and goes on a save or 'Concept weggooien'."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.step_forms import fill
from zorgdesk.ui.peer_incident import dialog as incident_module
from zorgdesk.ui.staff_abuse import dialog as staff_module

FACTS = "Bij de glijbaan duwde een kind een klasgenoot; juf Anja zag het."


def test_a_new_incident_without_a_dossier_open_keeps_its_text_over_the_lock(
        controller, from_menu, locked_while_typing, no_pupil_drafts, save_new_incident,
        monkeypatch):
    assert controller.window.current_pupil is None  # no dossier open
    dialog = from_menu(controller.window.incidents_action)
    locked_while_typing(incident_module, dialog.new_button.click,
                        lambda form: fill(form, description=FACTS, location="Speelplein"))
    assert no_pupil_drafts(controller.session, "incident") == [("nieuw",)]
    again = from_menu(controller.window.incidents_action)
    found = []

    def reopened(form):
        found.append((form.widgets["description"].toPlainText(),
                      form.widgets["location"].text(), form.drafts.note.text()))
        return save_new_incident(form, description=FACTS)

    monkeypatch.setattr(incident_module, "run_modal", reopened)
    again.new_button.click()
    assert found[0][:2] == (FACTS, "Speelplein")
    assert found[0][2].startswith("Concept hersteld")
    assert no_pupil_drafts(controller.session, "incident") == []  # saved: the draft went


def test_a_new_staff_abuse_case_without_a_dossier_keeps_its_text_and_can_be_thrown_away(
        controller, from_menu, shown, locked_while_typing, no_pupil_drafts, monkeypatch):
    assert controller.window.current_pupil is None
    dialog = from_menu(controller.window.staff_abuse_action)
    locked_while_typing(staff_module, dialog.new_button.click, lambda form: form.widgets[
        "facts"].setPlainText("Melding over een medewerker."))
    found = []

    def run(form):
        shown(form)
        found.append((form.widgets["facts"].toPlainText(), form.drafts.note.text()))
        form.drafts.discard_button.click()  # Concept weggooien
        found.append(form.widgets["facts"].toPlainText())
        form.reject()
        return 0

    monkeypatch.setattr(staff_module, "run_modal", run)
    from_menu(controller.window.staff_abuse_action).new_button.click()
    assert found[0][0] == "Melding over een medewerker."
    assert found[0][1].startswith("Concept hersteld")
    assert found[1] == ""
    assert no_pupil_drafts(controller.session, "misbruik_medewerker") == []
    assert QApplication.activeModalWidget() is None


def test_the_anonymous_case_keeps_question_actions_and_removals_over_the_lock(
        qtbot, controller, choose_dossier, unlock, monkeypatch):
    """Anonieme casus voor Veilig Thuis: the question, what the school did and a
    removal in the preview came back after the lock (a draft of the child's own)."""
    from zorgdesk.ui import anonymise

    zoe = choose_dossier("Zoë van der Berg")
    dialog = controller.window.open_anonymise_dialog()
    qtbot.waitExposed(dialog)
    dialog.question.setPlainText("Is dit een melding waard?")
    dialog.actions.setPlainText("Gesprek met moeder\nSignalenlijst ingevuld")
    dialog.rebuild()
    start = dialog.result.text.index("Is dit")
    assert dialog.remove_output_span(start, start + len("Is dit"))
    removed = list(dialog.decisions)
    controller.lock()
    assert not dialog.isVisible()
    unlock()
    assert "Anonieme casus" in controller.window.statusBar().currentMessage()
    again = controller.window.open_anonymise_dialog()
    assert again.question.toPlainText() == "Is dit een melding waard?"
    assert again.actions.toPlainText() == "Gesprek met moeder\nSignalenlijst ingevuld"
    assert again.decisions == removed and "Is dit" not in again.result.text
    assert again.drafts.note.text().startswith("Concept hersteld")
    monkeypatch.setattr(anonymise.dialog, "_copied_text", None)
    assert again.copy_to_clipboard(confirmed=True)  # used: the draft has done its job
    assert controller.session.drafts.for_pupil(zoe.id) == []
    again.reject()


def _type_knelpunten(form) -> None:
    form.start.setText("01-08-2025")
    form.knelpunten.setPlainText("Wachtlijst jeugdzorg; weinig terugkoppeling Veilig Thuis.")


def test_the_yearly_account_keeps_its_knelpunten_over_the_lock(
        controller, from_menu, locked_while_typing, no_pupil_drafts, tmp_path):
    """Jaarverantwoording meldcode: 'Knelpunten' (and the period) came back after the lock;
    saving the PDF used them, so the draft goes."""
    from zorgdesk.ui import app as app_module

    action = controller.window.yearly_account_action
    locked_while_typing(app_module, action.trigger, _type_knelpunten)
    assert no_pupil_drafts(controller.session, "jaarverantwoording") == [("meldcode",)]
    again = from_menu(action)
    assert again.knelpunten.toPlainText() == (
        "Wachtlijst jeugdzorg; weinig terugkoppeling Veilig Thuis.")
    assert again.start.text() == "01-08-2025"
    assert again.drafts.note.text().startswith("Concept hersteld")
    again._chooser = lambda *_args: tmp_path / "jaar.pdf"
    again.pdf_button.click()
    assert again.saved == [tmp_path / "jaar.pdf"]
    assert no_pupil_drafts(controller.session, "jaarverantwoording") == []
    again.reject()


def _type_new_row(form) -> None:
    form.new_button.click()
    form.category.setCurrentIndex(1)
    form.fields["organisation"].setText("Jeugdarts GGD Drenthe")
    form.note.setPlainText("Spreekuur op dinsdag.")


def test_a_new_row_of_the_social_map_keeps_its_text_over_the_lock(
        controller, from_menu, locked_while_typing, no_pupil_drafts, asked):
    """Sociale kaart: a new row half typed came back after the lock, on a new row; the
    guard counts it as typed; saving it ends the draft."""
    from zorgdesk.ui import app as app_module

    action = controller.window.social_map_action
    locked_while_typing(app_module, action.trigger, _type_new_row)
    assert asked.questions == []
    assert no_pupil_drafts(controller.session, "sociale_kaart") == [("regel",)]
    again = from_menu(action)
    assert again._current is None
    assert again.fields["organisation"].text() == "Jeugdarts GGD Drenthe"
    assert again.note.toPlainText() == "Spreekuur op dinsdag."
    assert again.drafts.note.text().startswith("Concept hersteld")
    assert again.guard.typed()
    again.save_button.click()
    assert again.saved_ids and no_pupil_drafts(controller.session, "sociale_kaart") == []
    again.reject()


def test_an_edited_row_of_the_social_map_comes_back_on_that_row_and_can_be_thrown_away(
        session, shown, no_pupil_drafts, asked):
    from zorgdesk.ui.social_map.dialog import SocialMapDialog

    form = shown(SocialMapDialog(session))
    form.entries.setCurrentRow(2)
    row = form._current
    form.note.setPlainText("Nieuw telefoonnummer volgt.")
    form.reject()  # what the lock does: no question, the draft is stored
    again = shown(SocialMapDialog(session))
    assert again._current == row and again.note.toPlainText() == "Nieuw telefoonnummer volgt."
    asked.answers.append(True)  # Weggooien
    again.close_button.click()
    assert not again.isVisible() and no_pupil_drafts(session, "sociale_kaart") == []
    third = shown(SocialMapDialog(session))
    assert third.note.toPlainText() != "Nieuw telefoonnummer volgt."
    assert not third.drafts.banner.isVisibleTo(third)
    third.reject()
