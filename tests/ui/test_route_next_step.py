"""Both route dialogs (incidents between pupils, staff abuse) choose the step that is due,
put the keyboard on it, preset its form, and explain in Dutch every step not possible yet.
Real widgets on a copy of the demo vault; the step forms are filled through run_modal."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import TODAY
from tests.ui.step_forms import fill
from zorgdesk.ui.peer_incident import dialog as incident_module
from zorgdesk.ui.peer_incident.dialog import IncidentsDialog
from zorgdesk.ui.peer_incident.step_dialog import StepDialog
from zorgdesk.ui.staff_abuse import dialog as staff_module
from zorgdesk.ui.staff_abuse.dialog import StaffAbuseDialog


def _pupils(session, *names):
    return [next(p for p in session.basedata.pupils() if p.display_name == n).id
            for n in names]


def _new_incident(session, *roles):
    s = session.peer_incidents
    iid = s.start(occurred_on=TODAY, reported_on=TODAY, location="gang",
                  description="Duwen bij de kapstok.", reported_by="juf Anja").id
    for pupil_id, role in roles:
        s.perform(iid, "add_pupil", pupil_id, role, "duwde" if role == "initiatief"
                  else "werd geduwd")
    return iid


def _open(qtbot, dialog_class, session, **kwargs):
    dialog = dialog_class(session, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_a_new_incident_has_the_pupils_step_chosen_and_the_keyboard_on_it(qtbot, session):
    iid = _new_incident(session)
    dialog = _open(qtbot, IncidentsDialog, session, incident_id=iid)
    assert dialog.focusWidget() is dialog.step
    assert dialog.step.currentData() == "add_pupil"
    assert dialog.step.currentText().endswith("(aan de beurt)")
    assert dialog.step_note.text() == ("Aan de beurt: Leg minstens twee betrokken leerlingen "
                                       "vast, met hun rol.")
    assert dialog.record_button.isEnabled()
    # The arrow keys walk the steps; one that is not possible yet says why, in Dutch,
    # also to a screen reader, and cannot be recorded.
    qtbot.keyClick(dialog.step, Qt.Key.Key_End)
    assert dialog.step.currentData() == "close"
    assert dialog.step.currentText() == "Incident afsluiten (nog niet mogelijk)"
    assert dialog.step_note.text().startswith("Nog niet af te sluiten: "
                                              "Maak eerst een actieplan.")
    assert dialog.step.accessibleDescription() == dialog.step_note.text()
    assert not dialog.record_button.isEnabled()
    qtbot.keyClick(dialog.step, Qt.Key.Key_Home)
    assert dialog.record_button.isEnabled() and dialog.step_note.text().startswith("Aan de")
    # A step that may be recorded but is not the due one says which one is.
    dialog.step.setCurrentIndex(dialog.step.findData("record_support"))
    assert dialog.step_note.text() == ("Kan nu ook. Aan de beurt is: Betrokken leerling "
                                       "toevoegen.")


def test_recording_the_due_step_moves_on_to_the_next_with_its_pupil(qtbot, session,
                                                                    monkeypatch):
    sem, mila = _pupils(session, "Zoë van der Berg", "Mila Smit")
    iid = _new_incident(session, (sem, "initiatief"), (mila, "overkomt"))
    dialog = _open(qtbot, IncidentsDialog, session, incident_id=iid)
    assert dialog.step.currentData() == "record_consultation"
    seen = {}

    def run(form):
        assert isinstance(form, StepDialog)
        seen["kind"] = form.widgets["kind"].currentData()  # preset: the internal talk
        fill(form, with_whom="directeur", advice="Ouders vandaag bellen.")
        form.save()
        return form.saved

    monkeypatch.setattr(incident_module, "run_modal", run)
    dialog.record_button.click()
    assert seen["kind"] == "intern"
    assert dialog.step.currentData() == "record_parents_conversation"
    assert dialog.pupil.currentData() == sem
    assert "ouders van Zoë van der Berg" in dialog.step_note.text()
    assert dialog.focusWidget() is dialog.step
    # A letter is per pupil and needs the actieplan first.
    dialog.step.setCurrentIndex(dialog.step.findData("letter"))
    assert "Kan pas na het actieplan." in dialog.step_note.text()
    assert not dialog.record_button.isEnabled()


def test_an_incident_without_pupils_in_the_pupil_list_cannot_record_a_pupil_step(
        qtbot, session):
    iid = _new_incident(session)
    dialog = _open(qtbot, IncidentsDialog, session, incident_id=iid)
    dialog.step.setCurrentIndex(dialog.step.findData("record_parents_conversation"))
    assert dialog.step_note.text() == ("Nog niet mogelijk: Voeg eerst een betrokken leerling "
                                       "toe en kies die leerling.")
    assert not dialog.record_button.isEnabled()


def test_a_closed_incident_offers_no_step(qtbot, session):
    from datetime import timedelta

    from tests.peer_incident.helpers import DAY, add_pupils, walk_to_plan

    ids = add_pupils(session)
    iid, s, later = walk_to_plan(session, ids), session.peer_incidents, DAY + timedelta(days=3)
    s.perform(iid, "record_communicated", on=later, parents=True, colleagues=True,
              how="Brief en teamoverleg.")
    for name in ("Daan", "Noor"):
        s.record_letter(iid, ids[name], on=later, told="In de klas is het besproken.")
    s.perform(iid, "record_follow_up", on=later, afspraken_check="Ja.", signals="Geen.",
              policy="Niets.")
    dialog = _open(qtbot, IncidentsDialog, session, incident_id=iid)
    assert dialog.step.currentData() == "close" and dialog.record_button.isEnabled()
    assert dialog.step_note.text() == "Aan de beurt: Alles voor afsluiten is vastgelegd."
    s.perform(iid, "close", on=later, reason="Afspraken lopen.")
    dialog = _open(qtbot, IncidentsDialog, session, incident_id=iid)
    assert not dialog.record_button.isEnabled()
    assert dialog.step_note.text() == ("Nog niet mogelijk: Dit incident is afgesloten; er kan "
                                       "niets meer bij.")
    assert not any(dialog.step.itemText(i).endswith("(aan de beurt)")
                   for i in range(dialog.step.count()))
    assert dialog.focusWidget() is dialog.incidents  # nothing to record: the list


def test_staff_dossier_chooses_the_inspector_then_the_finding(qtbot, session, monkeypatch):
    (julia,) = _pupils(session, "Julia Kowalska")
    case_id = session.staff_abuse.start(julia, on=TODAY, informant="medewerker",
                                        to_bevoegd_gezag=True, bevoegd_gezag="A. de Boer",
                                        staff_member="invalkracht", facts="Vasthouden.").id
    dialog = _open(qtbot, StaffAbuseDialog, session)
    dialog.reload(case_id)
    assert dialog.step.currentData() == "consult"
    assert dialog.step_note.text().startswith("Aan de beurt: Het bevoegd gezag legt het "
                                              "vermoeden direct voor aan de "
                                              "vertrouwensinspecteur.")
    qtbot.keyClick(dialog.step, Qt.Key.Key_Down)
    assert dialog.step.currentText() == "Vaststelling redelijk vermoeden (nog niet mogelijk)"
    assert "vertrouwensinspecteur" in dialog.step_note.text()
    assert not dialog.record_button.isEnabled()
    qtbot.keyClick(dialog.step, Qt.Key.Key_Up)
    seen = {}

    def run(form):
        seen["party"] = form.widgets["party"].currentData()
        fill(form, advice="Het vermoeden is redelijk; aangifte ligt voor de hand.")
        form.save()
        return form.saved

    monkeypatch.setattr(staff_module, "run_modal", run)
    dialog.record_button.click()
    assert seen["party"] == "vertrouwensinspecteur"
    assert dialog.step.currentData() == "establish"
    assert dialog.record_button.isEnabled() and dialog.focusWidget() is dialog.step
    dialog.step.setCurrentIndex(dialog.step.findData("report_to_police"))
    assert dialog.step_note.text() == ("Nog niet mogelijk: Stel eerst vast of er een redelijk "
                                       "vermoeden van een strafbaar feit is.")


def test_the_demo_dossiers_open_on_their_due_step(qtbot, session):
    staff = _open(qtbot, StaffAbuseDialog, session)
    due = session.staff_abuse.next_step(session.staff_abuse.load(staff.current_id()))
    assert staff.step.currentIndex() == staff.picker.due
    assert (due is None) == (staff.picker.due is None)
    incidents = _open(qtbot, IncidentsDialog, session)
    stored = session.peer_incidents.load(incidents.current_id())
    due = session.peer_incidents.next_step(stored)
    assert due is not None and incidents.step.currentText().endswith("(aan de beurt)")
    assert incidents.focusWidget() is incidents.step
