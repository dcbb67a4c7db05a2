"""Every save says it worked, the same way (walk s30: saving a parent, the settings or a
correction request gave no sign at all): "... is opgeslagen." in the status bar of the
window the IB is in. A form that closes on Opslaan tells the main window; Leerlingen
beheren, which stays open, has a status bar of its own."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from zorgdesk.ui.logbook.dialogs import CorrectionRequestDialog, ZienswijzeDialog
from zorgdesk.ui.logbook.tab import LogbookTab
from zorgdesk.ui.pupils.manage_dialog import ManageDialog
from zorgdesk.ui.settings_dialog import SettingsDialog


def _zoe(controller):
    session = controller.session
    zoe = next(p for p in session.basedata.pupils() if p.display_name == "Zoë van der Berg")
    assert controller.window.select_pupil(zoe.id)
    return session, zoe


def _logbook_tab(window) -> LogbookTab:
    return next(p for p in window.tab_pages if isinstance(p, LogbookTab))


def test_a_correction_request_and_a_zienswijze_say_they_were_saved(qtbot, controller):
    session, zoe = _zoe(controller)
    window, tab = controller.window, _logbook_tab(controller.window)
    request = CorrectionRequestDialog(session, zoe.id, [], tab)
    qtbot.addWidget(request)
    request.requested_by.setText("Marieke van der Berg (moeder)")
    request.request.setPlainText("De notitie van 3 november klopt niet.")
    request.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert request.result() == request.DialogCode.Accepted
    assert window.statusBar().currentMessage() == "Het verzoek om correctie is opgeslagen."
    view = ZienswijzeDialog(session, zoe.id, [], tab)
    qtbot.addWidget(view)
    view.given_by.setText("Marieke van der Berg (moeder)")
    view.text.setPlainText("Wij zien het anders.")
    view.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert window.statusBar().currentMessage() == "De zienswijze is opgeslagen."


def test_a_refused_save_says_nothing_in_the_status_bar(qtbot, controller):
    session, zoe = _zoe(controller)
    window, tab = controller.window, _logbook_tab(controller.window)
    window.statusBar().clearMessage()
    request = CorrectionRequestDialog(session, zoe.id, [], tab)
    qtbot.addWidget(request)
    request.requested_by.setText("Vader")
    request.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert window.statusBar().currentMessage() == ""
    assert request.requested_by.text() == "Vader"


def test_the_settings_say_they_were_saved(qtbot, controller):
    window = controller.window
    dialog = SettingsDialog(controller.session, window, on_saved=controller.apply_settings)
    qtbot.addWidget(dialog)
    dialog.fields["autolock_minutes"].setText("7")
    assert dialog.save()
    assert window.statusBar().currentMessage() == "De instellingen zijn opgeslagen."


def test_leerlingen_beheren_says_which_pupil_and_parent_were_saved(qtbot, controller):
    session, zoe = _zoe(controller)
    dialog = ManageDialog(session, controller.window, pupil_id=zoe.id)
    qtbot.addWidget(dialog)
    page = dialog.pupils
    page.new_guardian()
    page.guardian_form.name.setText("Kees van der Berg")
    page.guardian_form.phone.setText("06-11112222")
    page.guardian_buttons[1].click()
    assert dialog.statusBar().currentMessage() == (
        "Kees van der Berg, ouder/verzorger van Zoë van der Berg, is opgeslagen.")
    assert not dialog.statusBar().isHidden()
    page.form.first_name.setText("Zoë")
    page.save_button.click()
    assert dialog.statusBar().currentMessage() == (
        "De gegevens van Zoë van der Berg zijn opgeslagen.")
    dialog.staff.name.setText("Joost Smit")
    assert dialog.staff.add()
    assert dialog.statusBar().currentMessage() == "Joost Smit is toegevoegd aan de medewerkers."


def test_a_planned_zorggesprek_says_it_was_saved(qtbot, controller):
    from zorgdesk.ui.conversations.dialog import ConversationDialog

    session, zoe = _zoe(controller)
    window = controller.window
    dialog = ConversationDialog(session, zoe, parent=window.tabs.currentWidget())
    qtbot.addWidget(dialog)
    dialog.on.setText("1-12-2026")
    dialog.at.setText("9.15")
    dialog.place.setText("Kamer IB")
    dialog.subject.setText("Het ontbijt van Zoë")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    assert window.statusBar().currentMessage() == "Het zorggesprek is opgeslagen."
