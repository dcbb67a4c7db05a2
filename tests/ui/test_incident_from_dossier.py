"""A new incident (or staff-abuse case) registered from a pupil's dossier starts with
that pupil chosen (walk s30: 'Betrokken leerling toevoegen' said '— kies een leerling —'
and the IB had to find her again). Real menu, real dialogs, the demo vault."""

from __future__ import annotations

from zorgdesk.ui.peer_incident import dialog as dialog_module
from zorgdesk.ui.peer_incident.dialog import IncidentsDialog
from zorgdesk.ui.peer_incident.steps import START
from zorgdesk.ui.staff_abuse import dialog as staff_module
from zorgdesk.ui.staff_abuse.dialog import StaffAbuseDialog


def test_a_new_incident_from_the_dossier_offers_that_pupil_first(
        controller, choose_dossier, from_menu, save_new_incident, monkeypatch):
    zoe = choose_dossier("Zoë van der Berg")
    dialog = from_menu(controller.window.incidents_action)
    assert isinstance(dialog, IncidentsDialog)
    forms = []

    def run(form):
        forms.append((form.windowTitle(), {k: (w.currentText() if hasattr(w, "currentText")
                                               else "") for k, w in form.widgets.items()},
                      " ".join(label.text() for label in form.findChildren(
                          type(dialog.summary)))))
        return save_new_incident(form)

    monkeypatch.setattr(dialog_module, "run_modal", run)
    dialog.new_button.click()
    title, _fields, text = forms[0]
    assert title.startswith(START.title)
    assert "Geopend vanuit het dossier van Zoë van der Berg" in text
    assert dialog.step.currentText().startswith("Betrokken leerling toevoegen")
    dialog.record_button.click()
    title, fields, _text = forms[1]
    assert title.startswith("Betrokken leerling toevoegen")
    assert fields["pupil"] == f"Zoë van der Berg ({zoe.group_name})"


def test_an_incident_opened_from_vandaag_chooses_no_pupil(qtbot, controller, choose_dossier,
                                                           monkeypatch):
    from zorgdesk.ui.today.opener import open_record

    choose_dossier("Zoë van der Berg")
    opened = []
    monkeypatch.setattr("zorgdesk.ui.app.run_modal", lambda d: opened.append(d) or 0)
    incident_id = controller.session.peer_incidents.all()[0].id
    assert open_record(controller.window, 0, "incident", incident_id)
    qtbot.addWidget(opened[0])
    assert opened[0].from_pupil is None


def test_a_staff_abuse_case_from_the_dossier_starts_with_that_pupil(
        controller, choose_dossier, from_menu, monkeypatch):
    choose_dossier("Zoë van der Berg")
    dialog = from_menu(controller.window.staff_abuse_action)
    assert isinstance(dialog, StaffAbuseDialog)
    seen = []
    monkeypatch.setattr(staff_module, "run_modal", lambda form: seen.append((
        form.widgets["pupil"].currentText(), " ".join(
            label.text() for label in form.findChildren(type(dialog.open_points))))) or 0)
    dialog.new_button.click()
    [(chosen, text)] = seen
    assert chosen == "Zoë van der Berg"
    # The form says so, as the incident form does (review s31).
    assert "Geopend vanuit het dossier van Zoë van der Berg: bij 'Leerling' staat Zoë" in text


def test_without_a_dossier_the_form_still_asks_to_choose(qtbot, session, monkeypatch):
    dialog = StaffAbuseDialog(session)
    qtbot.addWidget(dialog)
    seen = []
    monkeypatch.setattr(staff_module, "run_modal", lambda form: seen.append(
        form.widgets["pupil"].currentText()) or 0)
    dialog.new_button.click()
    assert seen == ["— kies een leerling —"]


def test_another_incident_chosen_in_the_list_offers_no_pupil(controller, choose_dossier,
                                                             from_menu, monkeypatch):
    """Opened from Zoë's dossier, the IB picks an older incident that Zoë has no part in
    and adds a pupil to it: the form asks to choose (as before), so Zoë is never added
    to someone else's incident, with a role, by a preset choice."""
    zoe = choose_dossier("Zoë van der Berg")
    dialog = from_menu(controller.window.incidents_action)
    other = next(s for s in dialog.stored.values() if zoe.id not in s.pupil_ids
                 and not s.state.closed)
    dialog.reload(other.id)
    assert dialog.current_id() == other.id
    dialog.step.setCurrentIndex(0)
    assert dialog.step.currentText().startswith("Betrokken leerling toevoegen")
    seen = []
    monkeypatch.setattr(dialog_module, "run_modal", lambda form: seen.append(
        form.widgets["pupil"].currentText()) or 0)
    dialog.record_button.click()
    assert seen == ["— kies een leerling —"]
