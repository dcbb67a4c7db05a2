"""Leerling > Vermoeden misbruik door een medewerker, with real widgets (demo vault)."""

from __future__ import annotations

from tests.ui.step_forms import fill
from zorgdesk.ui.peer_incident.step_dialog import StepDialog
from zorgdesk.ui.staff_abuse import dialog as dialog_module
from zorgdesk.ui.staff_abuse.dialog import StaffAbuseDialog
from zorgdesk.ui.staff_abuse.steps import START


def test_a_melding_to_an_intermediary_only_is_refused_then_accepted(qtbot, session,
                                                                    monkeypatch):
    dialog = StaffAbuseDialog(session)
    qtbot.addWidget(dialog)
    assert "alleen voor het bevoegd gezag" in dialog.findChildren(
        type(dialog.open_points))[0].text()
    messages = []

    def run(form):
        if isinstance(form, StepDialog) and form.windowTitle().startswith(START.title):
            form.save()  # nobody is preselected: said at the pupil field
            messages.append(form.field_errors.labels["pupil"].text())
            fill(form, pupil="Julia Kowalska", bevoegd_gezag="A. de Boer",
                 staff_member="invalkracht", facts="Vertelde over vasthouden na de gym.")
            form.save()
            messages.append(form.field_errors.labels["to_bevoegd_gezag"].text())
            messages.append(form.error.text())
            fill(form, to_bevoegd_gezag=True)
            form.save()
            return form.saved
        return 0

    monkeypatch.setattr(dialog_module, "run_modal", run)
    dialog.new_button.click()
    assert messages[0] == "Kies de leerling om wie het gaat."
    # The refusal stands under the check box it is about, not at the bottom of the form.
    assert "niet voldoende" in messages[1] and not messages[2]
    # The demo dossier (Saar van Leeuwen) and the new one, which is chosen.
    assert dialog.cases.count() == 2 and "Julia Kowalska" in dialog.cases.currentItem().text()
    assert "vertrouwensinspecteur" in dialog.open_points.text()


def test_the_menu_opens_it(controller, from_menu):
    dialog = from_menu(controller.window.staff_abuse_action)
    assert dialog.windowTitle() == "Vermoeden misbruik door een medewerker — ZorgDesk"


def test_a_refusal_of_the_route_stands_under_its_field(qtbot, session, zoe):
    """The route's refusals are field problems like any form's: each under the input it
    is about (also the date, which the route calls "date" and the form "on"), the cursor
    there, and fixing the field clears the message."""
    from datetime import timedelta

    from tests.conftest import TODAY
    from zorgdesk.ui.staff_abuse.dialog import start_case

    form = StepDialog(START, lambda values: start_case(session.staff_abuse, {}, values), TODAY,
                      choices={"pupil": ((None, "— kies —"), (str(zoe.id), zoe.display_name))})
    qtbot.addWidget(form)
    form.show()
    fill(form, pupil=zoe.display_name, informant="Contactpersoon", to_bevoegd_gezag=True,
         bevoegd_gezag="A. de Boer", staff_member="invalkracht", facts="Feiten.")
    form.widgets["on"].setText(f"{TODAY + timedelta(days=3):%d-%m-%Y}")
    form.save()
    at_date = form.field_errors.labels["on"]
    assert not form.saved and "in de toekomst" in at_date.text()
    assert at_date.isVisibleTo(form) and not form.error.text()
    assert form.focusWidget() is form.widgets["on"]
    form.widgets["on"].setText(f"{TODAY:%d-%m-%Y}")  # fixed: the message goes
    assert not at_date.text()
    fill(form, facts="")
    form.save()
    assert "Vul in wat er bekend is (feiten)." in form.field_errors.labels["facts"].text()
