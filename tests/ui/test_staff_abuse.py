"""Leerling > Vermoeden misbruik door een medewerker, with real widgets (demo vault)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit

from zorgdesk.ui.peer_incident.step_dialog import StepDialog
from zorgdesk.ui.staff_abuse import dialog as dialog_module
from zorgdesk.ui.staff_abuse.dialog import StaffAbuseDialog
from zorgdesk.ui.staff_abuse.steps import START


def fill(form: StepDialog, **values) -> None:
    for key, value in values.items():
        widget = form.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QLineEdit):
            widget.setText(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(value)
        else:
            widget.setCurrentIndex(widget.findText(value))


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
            messages.append(form.error.text())
            fill(form, to_bevoegd_gezag=True)
            form.save()
            return form.saved
        return 0

    monkeypatch.setattr(dialog_module, "run_modal", run)
    dialog.new_button.click()
    assert messages[0] == "Kies de leerling om wie het gaat."
    assert "niet voldoende" in messages[1]
    # The demo dossier (Saar van Leeuwen) and the new one, which is chosen.
    assert dialog.cases.count() == 2 and "Julia Kowalska" in dialog.cases.currentItem().text()
    assert "vertrouwensinspecteur" in dialog.open_points.text()


def test_the_menu_opens_it(qtbot, controller, monkeypatch):
    seen = []
    monkeypatch.setattr("zorgdesk.ui.app.run_modal", lambda d: seen.append(
        d.windowTitle()) or 0)
    controller.window.staff_abuse_action.trigger()
    assert seen == ["Vermoeden misbruik door een medewerker — ZorgDesk"]
