"""Nothing typed in a step form of the incident or staff-abuse route is lost (review s31):
the window's close button (X, Alt+F4) asks like Escape, and what is typed is kept as a
draft in the vault when the vault locks, restored with a note when the same form opens
again, and thrown away only on request. Real menus, real forms, the demo vault."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.step_forms import fill
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui.peer_incident import dialog as incident_module
from zorgdesk.ui.staff_abuse import dialog as staff_module
from zorgdesk.ui.staff_abuse.dialog import StaffAbuseDialog

FACTS = "Bij de glijbaan duwde F. een klasgenoot; juf Anja zag het."


def test_the_close_button_asks_before_typed_text_goes(incidents_from_zoe, asked, shown,
                                                      window_close, monkeypatch):
    controller, dialog = incidents_from_zoe
    seen = []

    def run(form):
        shown(form)
        window_close(form)  # nothing typed yet: closes without a question
        seen.append((form.isVisible(), list(asked.questions)))
        shown(form)
        fill(form, description=FACTS)
        asked.answers.append(False)  # Verder invullen
        window_close(form)
        seen.append((form.isVisible(), form.widgets["description"].toPlainText()))
        asked.answers.append(True)  # Weggooien
        window_close(form)
        seen.append((form.isVisible(), len(asked.questions)))
        return 0

    monkeypatch.setattr(incident_module, "run_modal", run)
    dialog.new_button.click()
    assert seen[0] == (False, [])
    assert seen[1] == (True, FACTS)
    assert asked.questions[0][0] == "Niet opgeslagen"
    assert seen[2] == (False, 2)
    # Weggooien on the X threw the typing away: nothing waits for the next time.
    assert controller.session.drafts.for_pupil(dialog.from_pupil) == []


def test_typing_in_a_new_incident_survives_the_lock_and_comes_back(
        incidents_from_zoe, from_menu, locked_while_typing, monkeypatch):
    controller, dialog = incidents_from_zoe
    zoe = dialog.from_pupil
    locked_while_typing(incident_module, dialog.new_button.click,
                        lambda form: fill(form, description=FACTS, location="Speelplein"))
    assert "Incidenten tussen leerlingen" in controller.window.statusBar().currentMessage()
    again = from_menu(controller.window.incidents_action)
    found = []

    def run_reopened(form):
        found.append((form.widgets["description"].toPlainText(),
                      form.widgets["location"].text(), form.drafts.note.text()))
        form.drafts.discard_button.click()  # Concept weggooien
        found.append(form.widgets["description"].toPlainText())
        return 0

    monkeypatch.setattr(incident_module, "run_modal", run_reopened)
    again.new_button.click()
    assert found[0][:2] == (FACTS, "Speelplein")
    assert found[0][2].startswith("Concept hersteld")
    assert found[1] == ""
    assert [d for d in controller.session.drafts.for_pupil(zoe) if d.form == "incident"] == []


def test_a_saved_step_leaves_no_draft(qtbot, incidents_from_zoe, save_new_incident,
                                      monkeypatch):
    controller, dialog = incidents_from_zoe

    def run(form):
        fill(form, description=FACTS)
        form.drafts.save_now()  # as the timer does while she types
        assert controller.session.drafts.for_pupil(dialog.from_pupil) != []
        return save_new_incident(form, description=FACTS)

    monkeypatch.setattr(incident_module, "run_modal", run)
    dialog.new_button.click()
    assert controller.session.drafts.for_pupil(dialog.from_pupil) == []


def test_a_staff_abuse_step_keeps_its_draft_when_the_form_is_closed_by_the_lock(
        qtbot, session, asked, monkeypatch):
    dialog = StaffAbuseDialog(session)
    qtbot.addWidget(dialog)
    case = dialog.stored[dialog.current_id()]
    dialog.step.setCurrentIndex(0)  # Overleg
    found = []

    def run(form):
        if not found:
            fill(form, advice="Vertrouwensinspecteur adviseert aangifte.")
            form.reject()  # what the lock does to every open window: no question
            found.append(None)
            return 0
        found.append((form.widgets["advice"].toPlainText(), form.drafts.note.text()))
        return 0

    monkeypatch.setattr(staff_module, "run_modal", run)
    dialog.record_button.click()
    dialog.step.setCurrentIndex(0)
    dialog.record_button.click()
    assert found[1][0] == "Vertrouwensinspecteur adviseert aangifte."
    assert found[1][1].startswith("Concept hersteld")
    assert asked.questions == []
    [draft] = [d for d in session.drafts.for_pupil(case.pupil_id)
               if d.form == "misbruik_medewerker"]
    assert draft.key == f"{case.id}:consult"


def test_after_concept_weggooien_the_close_button_asks_nothing(qtbot, session, asked, shown,
                                                              window_close, monkeypatch):
    """Real window s32: the draft thrown away, the emptied form still counted as typed."""
    dialog = StaffAbuseDialog(session)
    qtbot.addWidget(dialog)
    dialog.step.setCurrentIndex(0)
    closed = []

    def run(form):
        shown(form)
        if not closed:
            fill(form, advice="Advies volgt.")
            form.reject()  # the lock: the draft is kept
        else:
            form.drafts.discard_button.click()
            window_close(form)
        closed.append(form.isVisible())
        return 0

    monkeypatch.setattr(staff_module, "run_modal", run)
    dialog.record_button.click()
    dialog.step.setCurrentIndex(0)
    dialog.record_button.click()
    assert closed == [False, False] and asked.questions == []


def test_locking_with_a_step_of_an_incident_open_keeps_it_for_the_dossier_pupil(
        controller, choose_dossier, from_menu, shown, monkeypatch):
    """Real window s32: after the lock the incidents window read the closed vault and
    the crash handler said 'De kluis is vergrendeld'. Now it stops quietly, and the
    step's draft belongs to the dossier's pupil, so her status bar names it."""
    sem = choose_dossier("Sem Visser")
    dialog = from_menu(controller.window.incidents_action)
    crashed = []
    monkeypatch.setattr("sys.excepthook", lambda *error: crashed.append(error))

    def run(form):
        shown(form)
        fill(form, **{next(iter(form.widgets)): "Een nieuwe regel, net getypt."})
        controller.lock()
        return 0

    monkeypatch.setattr(incident_module, "run_modal", run)
    dialog.record_button.click()
    assert crashed == [] and controller.session is None
    session = Session.open(controller.vault_path, DEMO_PASSPHRASE)
    [draft] = [d for d in session.drafts.for_pupil(sem.id) if d.form == "incident"]
    assert draft.key.startswith(f"{dialog.current_id()}:")
    controller._attach(session)
    assert "Incidenten tussen leerlingen" in controller.window.statusBar().currentMessage()


def test_the_flag_form_asks_on_its_close_button_and_keeps_a_draft_over_the_lock(
        controller, choose_dossier, asked, shown, window_close, unlock):
    """The Vlaggensysteem form closed on Escape, Annuleren and its X without a word and
    lost its text on the lock (s32): now it asks, and keeps a draft with the chosen flag."""
    from zorgdesk.ui.signals.tab import SignalsTab

    minh = choose_dossier("Minh Nguyen")
    tab = next(t for t in controller.window.tab_pages if isinstance(t, SignalsTab))
    controller.window.tabs.setCurrentWidget(tab)
    form = shown(tab.new_flag_assessment())
    form.behaviour.setPlainText("Kust een klasgenoot op de wang; die lacht.")
    for box in form.scores.values():
        box.setCurrentIndex(1)  # voldaan: groen suggested
    form.confirmed.setCurrentIndex(1)
    form._flag_chosen(1)  # she chose geel herself
    asked.answers.append(False)  # Verder invullen
    window_close(form)
    assert form.isVisible() and asked.questions[-1][0] == "Niet opgeslagen"
    controller.lock()
    assert not form.isVisible() and len(asked.questions) == 1
    unlock()
    choose_dossier("Minh Nguyen")
    again = shown(tab.new_flag_assessment())
    assert again.behaviour.toPlainText() == "Kust een klasgenoot op de wang; die lacht."
    assert again.confirmed.currentData() == "geel" and again._user_chose_flag
    assert "U wijkt af van het voorstel" in again.suggestion.text()
    assert again.drafts.note.text().startswith("Concept hersteld")
    again.override_reason.setPlainText("Klasgenoot gaf aan het niet fijn te vinden.")
    again.save()
    assert again.saved_id is not None
    assert [d for d in controller.session.drafts.for_pupil(minh.id) if d.form == "vlag"] == []


def test_the_transfer_form_keeps_its_typing_over_the_lock(session, zoe, asked, shown,
                                                           window_close):
    """The Overdrachtsdossier lost what was typed and ticked when the vault locked (s32);
    now it comes back under 'Concept hersteld' and its X asks like Escape."""
    from zorgdesk.ui.transfer.dialog import TransferDialog

    form = shown(TransferDialog(session, zoe.id))
    form.school.setText("CSG Het Baken, Almere")
    form.reason.setPlainText("Zodat de mentor weet welke zorg er was.")
    form.records.item(0).setCheckState(Qt.CheckState.Checked)
    asked.answers.append(False)  # Verder invullen
    window_close(form)
    assert form.isVisible() and asked.questions[-1][0] == "Niet opgeslagen"
    form.reject()  # what the lock does: no question, the draft is stored
    again = shown(TransferDialog(session, zoe.id))
    assert again.school.text() == "CSG Het Baken, Almere"
    assert again.reason.toPlainText() == "Zodat de mentor weet welke zorg er was."
    assert again.records.item(0).checkState() == Qt.CheckState.Checked
    assert again.drafts.note.text().startswith("Concept hersteld")
