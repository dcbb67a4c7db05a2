"""Issue 15/18 through real widgets: a refused save puts the Dutch message at its field,
scrolls it into view and puts the cursor there; editing the field clears the message;
nothing typed is lost. For the meldcode forms, the signalenlijst fill page, the pupil
and guardian forms and the create-vault form."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QScrollArea, QWidget

from tests.conftest import TODAY
from tests.ui.screen_fit import place_in_work_area
from tests.ui.test_meldcode_tab import walk_steps_1_to_3
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.meldcode import EventKind as K
from zorgdesk.ui.meldcode.tab import MeldcodeTab
from zorgdesk.ui.pupils.manage_dialog import ManageDialog
from zorgdesk.ui.signals.tab import SignalsTab
from zorgdesk.ui.vault.dialogs import CreateVaultDialog

KM = "km4-12"


def _shown(qtbot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    place_in_work_area(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _in_view(widget: QWidget) -> bool:
    """Inside the visible part of every scroll area it sits in."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            corner = widget.mapTo(parent.viewport(), widget.rect().topLeft())
            if not parent.viewport().rect().contains(corner):
                return False
        parent = parent.parentWidget()
    return widget.isVisible()


def _has_cursor(widget: QWidget) -> bool:
    return widget.window().focusWidget() is widget


# -- meldcode -----------------------------------------------------------------------------

@pytest.fixture
def meldcode(qtbot, session):
    pupil = session.basedata.pupils("Noor")[0]
    # Step 1 links to the pupil's own records: give Noor one logboek entry to pick.
    session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(pupil.id),), entry_date=TODAY - timedelta(days=3), entry_time="10:00",
        location="Speelplein", signalled_by=SignalledBy(name="Overblijfmoeder"),
        situation="Noor had een blauwe plek op haar wang."))
    tab = MeldcodeTab()
    _shown(qtbot, tab)
    tab.set_context(session, pupil)
    return tab


def test_meldcode_form_refusal_at_the_field(meldcode):
    tab = meldcode
    tab.start_trajectory()
    tab.choose(K.VT_CONSULTATIE)
    form = tab.forms[K.VT_CONSULTATIE]
    form.widgets["contact_person"].setText("Ëlla Ünal")
    form.widgets["question"].setPlainText("Hoe verder met Noor? 🙂")
    form.widgets["on"].setText("31-02-2026")
    assert not tab.submit()
    message = form.errors["on"]
    assert "geen geldige datum" in message.text() and _in_view(message)
    assert _has_cursor(form.widgets["on"]) and _in_view(form.widgets["on"])
    assert "Controleer de velden" in tab.form_error.text()
    form.widgets["on"].setText(f"{TODAY:%d-%m-%Y}")  # fixing it clears the message
    assert message.text() == "" and message.isHidden()
    assert tab.form_error.text() == ""  # the last one fixed: the summary goes too
    assert form.widgets["contact_person"].text() == "Ëlla Ünal"
    assert form.widgets["question"].toPlainText() == "Hoe verder met Noor? 🙂"


def test_meldcode_domain_refusal_lands_at_its_field(meldcode):
    tab = meldcode
    tab.start_trajectory()
    tab.choose(K.VT_CONSULTATIE)
    form = tab.forms[K.VT_CONSULTATIE]
    form.widgets["contact_person"].setText("Ëlla Ünal")
    form.widgets["question"].setPlainText("Hoe verder met Noor? 🙂")
    form.widgets["on"].setText("01-01-2020")  # a date, but before the trajectory started
    assert not tab.submit()
    message = form.errors["on"]
    assert "vóór de start van het meldcodetraject" in message.text() and _in_view(message)
    assert _has_cursor(form.widgets["on"])
    form.widgets["on"].setText(f"{TODAY:%d-%m-%Y}")
    assert message.isHidden() and tab.form_error.isHidden()
    assert form.widgets["question"].toPlainText() == "Hoe verder met Noor? 🙂"


def test_meldcode_refusal_of_the_step_goes_below_the_form(meldcode):
    tab = meldcode
    tab.start_trajectory()
    tab.choose(K.SIGNALEN_VASTGELEGD)
    form = tab.forms[K.SIGNALEN_VASTGELEGD]
    form.widgets["contra_signalen"].setPlainText("Speelt ontspannen.")
    assert not tab.submit()  # nothing linked: about the step, not about one field
    assert "Koppel minstens" in tab.form_error.text()
    assert not any(label.text() for label in form.errors.values())
    assert form.widgets["contra_signalen"].toPlainText() == "Speelt ontspannen."


def test_meldcode_question_needs_an_answer_and_a_reasoning(meldcode):
    tab = meldcode
    walk_steps_1_to_3(tab)
    tab.choose(K.AFWEGINGSVRAAG)
    form = tab.question_form
    form.reasoning.setPlainText("Zorgen over thuis.")
    assert not tab.submit()
    assert "Kies een antwoord" in form.answer_error.text() and _has_cursor(form.yes)
    form.yes.setChecked(True)
    assert form.answer_error.isHidden()
    form.reasoning.setPlainText("   ")
    assert not tab.submit()
    reasoning_error = form.field_errors.labels["reasoning"]
    assert "onderbouwing is verplicht" in reasoning_error.text().lower()
    assert _has_cursor(form.reasoning) and _in_view(reasoning_error)
    form.reasoning.setPlainText("Vermoeden van huiselijk geweld.")
    assert reasoning_error.isHidden()
    assert form.yes.isChecked()


# -- signalenlijst ------------------------------------------------------------------------

def test_signal_list_refusals_at_their_fields(qtbot, session):
    tab = SignalsTab()
    _shown(qtbot, tab)
    tab.set_context(session, session.basedata.pupils("Minh")[0])
    fill = tab.fill
    fill.tick(f"{KM}.lichamelijk.10", "vraagt om eten 🍞")
    fill.logbook.setText("12, x")
    fill._logbook_edited(fill.logbook.text())
    fill.checked_on.setText("31-02-2026")
    fill.checked_by.setText("")
    assert fill.save() is None
    assert "logboeknummer" in fill.logbook_error.text().lower()
    assert _has_cursor(fill.logbook) and _in_view(fill.logbook_error)  # the signal first
    fill.logbook.setText("")
    fill._logbook_edited("")  # what typing does (textEdited)
    assert fill.logbook_error.isHidden()
    assert fill.save() is None
    assert "geen geldige datum" in fill.date_error.text() and _in_view(fill.date_error)
    assert "Vul in wie de lijst invulde." in fill.by_error.text()
    assert _has_cursor(fill.checked_on)  # the first field of the list with a message
    fill.checked_on.setText(f"{TODAY:%d-%m-%Y}")
    assert fill.date_error.isHidden() and not fill.by_error.isHidden()
    fill.checked_by.setText("Marieke Hoekstra")
    assert fill.by_error.isHidden()
    assert fill.note.text() == "vraagt om eten 🍞"
    assert fill.save() is not None


# -- pupils -------------------------------------------------------------------------------

def test_pupil_form_refusal_at_the_field_and_in_view(qtbot, session):
    dialog = _shown(qtbot, ManageDialog(session))
    page = dialog.pupils
    page.new_pupil()
    page.form.first_name.setText("Anaïs")
    page.form.last_name.setText("Bakker")
    page.form.date_of_birth.setText("01-09-2018")
    page.form.start_date.setText("01-09-2017")  # before the birth
    page.form.leave_date.setText("31-02-2027")
    assert page.save_pupil() is False
    labels = page.form.field_errors.labels
    assert "vóór de geboortedatum" in labels["start_date"].text()
    assert "geen geldige datum" in labels["leave_date"].text()
    assert _has_cursor(page.form.start_date) and _in_view(labels["start_date"])
    assert "Controleer de velden" in page.pupil_error.text()
    page.form.start_date.setText("01-09-2022")
    assert labels["start_date"].isHidden() and not labels["leave_date"].isHidden()
    page.form.leave_date.setText("")
    assert labels["leave_date"].isHidden() and page.pupil_error.isHidden()
    assert page.form.first_name.text() == "Anaïs"
    assert page.save_pupil() is True


def test_guardian_form_refusal_at_the_field(qtbot, session):
    dialog = _shown(qtbot, ManageDialog(session))
    page = dialog.pupils
    page.list.setCurrentRow(0)
    page.new_guardian()
    page.guardian_form.name.setText("Wilma Bakker")
    page.guardian_form.phone.setText("bel mij")
    assert page.save_guardian() is False
    labels = page.guardian_form.field_errors.labels
    assert "telefoonnummer klopt niet" in labels["phone"].text()
    assert _has_cursor(page.guardian_form.phone) and _in_view(labels["phone"])
    page.guardian_form.phone.setText("06-12345678")
    assert labels["phone"].isHidden() and page.guardian_error.isHidden()
    assert page.guardian_form.name.text() == "Wilma Bakker"


# -- create vault -------------------------------------------------------------------------

def test_create_vault_refusals_at_their_fields(qtbot, tmp_path):
    dialog = _shown(qtbot, CreateVaultDialog(tmp_path / "nieuw.zdv"))
    dialog.place.setText("Ëindhoven")
    dialog.passphrase.first.setText("welkom12")
    dialog.passphrase.second.setText("welkom12")
    dialog.accept()
    labels = dialog.field_errors.labels
    assert labels["school"].text() == "Vul de naam van de school in."
    assert labels["user_name"].text() == "Vul uw naam in."
    assert "minstens 12 tekens" in dialog.passphrase_error.text()
    assert _has_cursor(dialog.school) and _in_view(labels["school"])
    dialog.school.setText("OBS De Zeester")
    assert labels["school"].isHidden() and not labels["user_name"].isHidden()
    dialog.user_name.setText("Ineke")
    dialog.passphrase.first.setText("paraplu tijger kompas zeilboot")
    assert dialog.passphrase_error.isHidden() and dialog.error.isHidden()
    assert dialog.place.text() == "Ëindhoven"
    assert not (tmp_path / "nieuw.zdv").exists()
