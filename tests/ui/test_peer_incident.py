"""Leerling > Incidenten tussen leerlingen, with real widgets on a copy of the demo vault."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget

from tests.conftest import TODAY
from tests.ui.step_forms import fill
from zorgdesk.ui.peer_incident import dialog as dialog_module
from zorgdesk.ui.peer_incident.dialog import IncidentsDialog
from zorgdesk.ui.peer_incident.step_dialog import StepDialog
from zorgdesk.ui.peer_incident.steps import START, STEPS


@pytest.fixture
def dialog(qtbot, session):
    d = IncidentsDialog(session)
    qtbot.addWidget(d)
    return d


def step(action: str):
    return next(s for s in STEPS if s.action == action)


def test_the_demo_incident_is_shown_with_pupils_flag_and_next_evaluation(dialog):
    assert dialog.incidents.count() == 1
    text = dialog.summary.text()
    assert "Sem Visser: leerling die initiatief neemt, vlag geel" in text
    assert "Mila Smit: leerling die iets overkomt" in text
    assert "Volgende evaluatie omgangsregels: 18-12-2026" in dialog.open_points.text()
    assert dialog.history.count() == 14
    assert [dialog.pupil.itemText(i) for i in range(dialog.pupil.count())] == [
        "Sem Visser", "Mila Smit"]


def test_the_menu_opens_it(controller, from_menu):
    dialog = from_menu(controller.window.incidents_action)
    assert dialog.windowTitle() == "Incidenten tussen leerlingen — ZorgDesk"


def test_vandaag_row_opens_the_incident(qtbot, controller, monkeypatch):
    from zorgdesk.ui.today.opener import open_record

    seen = []
    monkeypatch.setattr("zorgdesk.ui.app.run_modal", lambda d: seen.append(
        d.current_id()) or 0)
    incident_id = controller.session.peer_incidents.all()[0].id
    assert open_record(controller.window, 0, "incident", incident_id)
    assert seen == [incident_id]


def test_new_incident_by_keyboard_and_a_refusal_keeps_the_text(qtbot, dialog, session,
                                                               save_new_incident,
                                                               monkeypatch):
    monkeypatch.setattr(dialog_module, "run_modal", lambda form: save_new_incident(
        form, location="Gymzaal",
        description="In de kleedkamer duwde F. een klasgenoot tegen de muur."))
    dialog.new_button.click()
    assert dialog.incidents.count() == 2
    assert "20-11-2026 · open\nGymzaal" in dialog.incidents.currentItem().text()
    assert "Leg minstens twee betrokken leerlingen vast" in dialog.open_points.text()
    # The actieplan is refused in Dutch; what was typed stays in the form.
    form = StepDialog(step("record_actieplan"), lambda v: session.peer_incidents.perform(
        dialog.current_id(), "record_actieplan", **v), TODAY)
    qtbot.addWidget(form)
    fill(form, maatregelen="Toezicht in de kleedkamer", afspraken="Evaluatie",
         aanspreekpunt="Johan de Wit")
    form.save()
    assert not form.saved and form.error.isVisibleTo(form)
    assert "Nog niet klaar voor het actieplan" in form.error.text()
    assert form.widgets["maatregelen"].toPlainText() == "Toezicht in de kleedkamer"


def test_a_bad_date_gets_a_dutch_message(qtbot, session):
    form = StepDialog(START, lambda v: None, TODAY)
    qtbot.addWidget(form)
    fill(form, occurred_on="31-02-2026")
    form.save()
    # At the field itself, not at the bottom of the form; the cursor goes there.
    at_field = form.field_errors.labels["occurred_on"]
    assert "geen geldige datum" in at_field.text() and at_field.isVisibleTo(form)
    assert not form.error.text()
    assert not form.saved


def test_add_pupil_step_offers_only_pupils_not_yet_involved(qtbot, dialog, monkeypatch):
    captured = {}

    def run(form):
        captured["pupils"] = [form.widgets["pupil"].itemText(i)
                              for i in range(form.widgets["pupil"].count())]
        return 0

    monkeypatch.setattr(dialog_module, "run_modal", run)
    dialog.step.setCurrentIndex(dialog.step.findData("add_pupil"))
    dialog.record_button.click()
    assert not any(p.startswith("Sem Visser") for p in captured["pupils"])
    # With the group (walk s30: a large school has several 'Daan Bakker's).
    assert "Zoë van der Berg (Groep 5)" in captured["pupils"]
    assert captured["pupils"][0] == "— kies een leerling —"  # nobody chosen by accident


def test_letter_step_for_the_chosen_pupil_then_its_pdf(qtbot, dialog, session, monkeypatch):
    shown = []

    def run(form):
        if isinstance(form, StepDialog):
            fill(form, told="In de klas is verteld dat stop ook stop betekent.")
            form.save()
            return form.saved
        shown.append(form.windowTitle())
        return 0

    monkeypatch.setattr(dialog_module, "run_modal", run)
    dialog.pupil.setCurrentIndex(1)  # Mila Smit
    dialog.step.setCurrentIndex(dialog.step.findData("letter"))
    dialog.record_button.click()
    assert shown and "Brief aan de ouders" in shown[0]
    stored = session.peer_incidents.load(dialog.current_id())
    mila = next(p for p in session.basedata.pupils() if p.display_name == "Mila Smit")
    assert len(stored.state.pupils[mila.id].letters) == 2


def test_every_control_has_an_accessible_name_or_a_label(qtbot, dialog):
    from PySide6.QtWidgets import QLabel

    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for widget in dialog.findChildren(QWidget):
        if widget.isVisibleTo(dialog) and widget.focusPolicy() and (
                isinstance(widget, QAbstractButton) or widget in buddies):
            assert widget.accessibleName() or widget in buddies, widget
    for action in ("add_pupil", "set_rules", "evaluate_rules"):
        form = StepDialog(step(action), lambda v: None, TODAY)
        qtbot.addWidget(form)
        for key, widget in form.widgets.items():
            assert widget.accessibleName(), key


def test_evaluation_date_defaults_to_today_and_next_date_may_stay_empty(qtbot):
    form = StepDialog(step("evaluate_rules"), lambda v: None, date(2026, 12, 18))
    qtbot.addWidget(form)
    assert form.widgets["on"].text() == "18-12-2026"
    assert form.widgets["next_date"].text() == ""


def test_every_step_form_of_both_routes_has_one_control_per_alt_letter(qtbot):
    from tests.ui.screen_fit import fit_problems, mnemonic_clashes, place_in_work_area
    from zorgdesk.ui.staff_abuse import steps as staff_steps

    problems = []
    for step in (START, *STEPS, staff_steps.START, *staff_steps.STEPS):
        form = StepDialog(step, lambda v: None, TODAY, subtitle="Leerling: Mila Smit")
        qtbot.addWidget(form)
        form.show()
        place_in_work_area(form)
        problems += mnemonic_clashes(form, step.title) + fit_problems(form, step.title)
    assert not problems, "\n".join(problems)


def test_the_step_forms_of_both_routes_speak_dutch_only(qtbot):
    """Walk s30 (44.png): 'Houd een logboek bij (seed: Actieplan bij calamiteiten ...)'."""
    from tests.ui.english import english_in
    from zorgdesk.ui.staff_abuse import steps as staff_steps

    found = []
    for step in (START, *STEPS, staff_steps.START, *staff_steps.STEPS):
        form = StepDialog(step, lambda v: None, TODAY, subtitle="Leerling: Mila Smit")
        qtbot.addWidget(form)
        found += [(step.title, text, words) for _where, text, words in english_in(form)]
    assert not found


def test_group_letter_step_then_its_pdf_names_no_pupil(qtbot, dialog, session, monkeypatch):
    """Seed 003 l.6721-6885: the letter to the parents of the group, through the real
    step form; a name is refused in Dutch with the text kept; the PDF names nobody."""
    from io import BytesIO

    from pypdf import PdfReader

    shown, forms = [], []

    def run(form):
        if isinstance(form, StepDialog):
            forms.append(form)
            assert form.widgets["incident_group"].text() == "groep 3"  # Sem's group, mid-sentence
            fill(form, audience="betrokken_groep", incident_group="groep 6",
                 situation="een leerling, Sem", partners="de GGD",
                 signed_by="M. Jansen, directeur", reasoning="Onrust in de groep.")
            form.save()
            # Under the field that names a pupil, not at the bottom of the form.
            at_field = form.field_errors.labels["situation"]
            assert not form.saved and "noemt een leerling" in at_field.text()
            assert at_field.isVisibleTo(form) and not form.error.text()
            assert form.widgets["partners"].text() == "de GGD"  # nothing typed lost
            fill(form, situation="twee leerlingen uit deze groep")
            form.save()
            return form.saved
        shown.append((form.windowTitle(), form.data if hasattr(form, "data") else None))
        return 0

    monkeypatch.setattr(dialog_module, "run_modal", run)
    assert not dialog.group_letter_button.isEnabled()  # no group letter yet
    dialog.step.setCurrentIndex(dialog.step.findData("group_letter"))
    dialog.record_button.click()
    assert forms and forms[0].saved
    assert shown and "Brief aan de ouders van de groep" in shown[0][0]
    assert dialog.group_letter_button.isEnabled()
    text = " ".join(PdfReader(BytesIO(session.peer_incidents.group_letter_pdf(
        dialog.current_id()))).pages[0].extract_text().split())
    assert "Betreft: incident in groep 6" in text
    for pupil in session.basedata.pupils(include_inactive=True):
        assert pupil.first_name not in text and pupil.last_name not in text


@pytest.mark.parametrize(("action", "values", "field", "message"), [
    # the route calls this date "date", the form "on"
    ("record_consultation", {"kind": "intern", "on": "01-01-2020", "with_whom": "directie",
                             "advice": "Afwachten."}, "on", "ligt vóór het incident"),
    # the route calls the chosen parties "parties", the form "with_whom"
    ("evaluate_rules", {"outcome": "Rustig.", "adjustments": "niets"}, "with_whom",
     "Kies met wie geëvalueerd is"),
    # an empty 'Met wie': a Dutch sentence, not 'Vul in: met wie.' (walk s30)
    ("record_consultation", {"kind": "intern", "on": "20-11-2026", "advice": "Afwachten."},
     "with_whom", "Vul in met wie er overlegd is."),
    # the service's name check, at the text that names the other pupil
    ("letter", {"told": "Mila is geschrokken."}, "told", "noemt een andere betrokken"),
])
def test_a_refusal_of_the_route_stands_under_its_field(qtbot, session, action, values,
                                                        field, message):
    """The route's refusals are field problems like any form's: under the input they are
    about, the cursor there, nothing at the bottom of the form, nothing typed lost."""
    from functools import partial

    from zorgdesk.ui.peer_incident.actions import submit_step

    stored = session.peer_incidents.all()[0]
    sem = next(p for p, name in session.peer_incidents.names(stored).items()
               if name == "Sem Visser")
    form = StepDialog(step(action), partial(submit_step, session.peer_incidents, stored.id,
                                            sem, action), TODAY)
    qtbot.addWidget(form)
    form.show()
    fill(form, **values)
    form.save()
    at_field = form.field_errors.labels[field]
    assert not form.saved and message in at_field.text(), at_field.text()
    assert at_field.isVisibleTo(form) and not form.error.text()
    assert form.focusWidget() in (form.widgets[field], *form.widgets[field].findChildren(
        QAbstractButton))
    typed = next(iter(values))
    widget = form.widgets[typed]
    assert (widget.toPlainText() if isinstance(widget, QPlainTextEdit) else
            widget.text() if isinstance(widget, QLineEdit) else widget.currentData()) == \
        values[typed]


def test_a_refused_letter_pdf_says_why_in_dutch(qtbot, dialog, session, zoe, monkeypatch):
    """Outside a form a refusal shows its Dutch message, never the field list its str()
    gives (which keeps typed text out of logs)."""
    shown = []
    monkeypatch.setattr(dialog_module, "run_modal", lambda d: shown.append(d) or 0)
    s = session.peer_incidents
    new = s.start(occurred_on=TODAY, reported_on=TODAY, location="Gang",
                  description="Duwen bij de kapstok.", reported_by="juf Anja")
    s.perform(new.id, "add_pupil", zoe.id, "overkomt", "Werd geduwd.")
    dialog.reload(new.id)
    dialog.pupil.setCurrentIndex(dialog.pupil.findData(zoe.id))
    assert not dialog.letter_button.isEnabled()  # walk s30; the refusal stays for callers
    dialog._letter()
    assert not shown
    assert dialog.open_points.text() == ("Voor de ouders van deze leerling is nog geen brief "
                                         "vastgelegd.")


def test_brief_als_pdf_waits_for_a_recorded_letter_and_says_which_step(qtbot, dialog,
                                                                       session):
    """Walk s30 (58.png): with no letter for the chosen pupil's parents, Brief als PDF
    was on and answered only 'nog geen brief vastgelegd' in place of the open points;
    the new incident's row said '1 leerlingen'."""
    assert dialog.letter_button.isEnabled()  # the demo incident has letters for both
    sem = next(p for p in session.basedata.pupils() if p.display_name == "Sem Visser")
    stored = session.peer_incidents.start(
        occurred_on=TODAY, reported_on=TODAY, location="Gymzaal", reported_by="juf Anja",
        description="In de kleedkamer pakte S. de telefoon van een klasgenoot af.")
    session.peer_incidents.perform(stored.id, "add_pupil", sem.id, "initiatief",
                                   "pakte de telefoon af")
    dialog.reload(stored.id)
    assert dialog.incidents.currentItem().text().endswith("\n1 leerling")
    assert dialog.pupil.currentText() == "Sem Visser"
    assert not dialog.letter_button.isEnabled()
    reason = dialog.letter_button.accessibleDescription()
    assert reason.startswith("Nog geen brief voor de ouders van Sem Visser: leg eerst de "
                             "stap 'Brief aan de ouders (per leerling)' vast")
    assert dialog.letter_button.toolTip() == reason
    dialog.reload(next(i for i in dialog.stored if i != stored.id))
    assert dialog.letter_button.isEnabled()
    assert dialog.letter_button.accessibleDescription() == ""
