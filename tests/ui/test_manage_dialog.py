"""Leerlingen beheren: add, change, deactivate - validated, audited, nothing typed lost."""

from __future__ import annotations

from datetime import timedelta

import pytest

from zorgdesk.domain.validation import ValidationError
from zorgdesk.store import audit


def test_add_pupil_with_impossible_date_keeps_input(manage_dialog):
    page = manage_dialog.pupils
    page.new_pupil()
    page.form.first_name.setText("Anaïs")
    page.form.last_name.setText("Bakker")
    page.form.date_of_birth.setText("30-02-2018")
    page.form.start_date.setText("01-09-2022")
    assert page.save_pupil() is False
    assert "geen geldige datum" in page.form.field_errors.labels["date_of_birth"].text()
    assert "Controleer de velden" in page.pupil_error.text()
    assert page.form.first_name.text() == "Anaïs"
    assert page.form.date_of_birth.text() == "30-02-2018"
    page.form.date_of_birth.setText("28-02-2018")
    assert page.save_pupil() is True
    names = [page.list.item(i).text() for i in range(page.list.count())]
    assert "Anaïs Bakker" in names
    entries = audit.read_entries(page.session.vault.read(), "pupil", page.pupil_id)
    assert [e.action for e in entries] == ["leerling.toegevoegd"]


def test_empty_form_lists_every_missing_field(manage_dialog):
    page = manage_dialog.pupils
    page.new_pupil()
    assert page.save_pupil() is False
    labels = page.form.field_errors.labels
    for field, fragment in (("first_name", "voornaam"), ("last_name", "achternaam"),
                            ("date_of_birth", "geboortedatum"), ("start_date", "startdatum")):
        assert fragment in labels[field].text()


def test_guardian_needs_saved_pupil_and_valid_email(manage_dialog):
    page = manage_dialog.pupils
    page.new_pupil()
    page.guardian_form.name.setText("Jan")
    assert page.save_guardian() is False
    page.list.setCurrentRow(0)
    page.new_guardian()
    page.guardian_form.name.setText("Wilma Bakker")
    page.guardian_form.email.setText("wilma@")
    assert page.save_guardian() is False
    assert "e-mailadres klopt niet" in page.guardian_form.field_errors.labels["email"].text()
    assert page.guardian_form.name.text() == "Wilma Bakker"
    page.guardian_form.email.setText("wilma@voorbeeld.nl")
    assert page.save_guardian() is True
    texts = [page.guardians.item(i).text() for i in range(page.guardians.count())]
    assert any(t.startswith("Wilma Bakker") for t in texts)


def test_deactivate_pupil_moves_it_out_of_the_list(manage_dialog, asked):
    page = manage_dialog.pupils
    page.list.setCurrentRow(0)
    name = page.list.currentItem().text()
    asked.answers.append(True)
    page.deactivate()
    names = [page.list.item(i).text() for i in range(page.list.count())]
    assert name not in names
    page.show_left.setChecked(True)
    names = [page.list.item(i).text() for i in range(page.list.count())]
    assert f"{name}  (vertrokken)" in names


def test_add_group_and_staff(manage_dialog):
    manage_dialog.groups.name.setText("Groep 8")
    assert manage_dialog.groups.add()
    assert manage_dialog.pupils.form.group.findText("Groep 8") >= 0
    manage_dialog.groups.name.setText("groep 8")
    assert not manage_dialog.groups.add()
    assert "al een groep" in manage_dialog.groups.error.text()
    manage_dialog.staff.name.setText("Ellen Vos")
    manage_dialog.staff.role.setText("Leerkracht groep 8")
    assert manage_dialog.staff.add()


def test_opened_from_a_dossier_shows_that_pupil(controller, qtbot):
    """Walk s28: with Sem's dossier open, Leerlingen beheren showed the first pupil of the
    list (Mohammed), his form ready to change; the IB came to change Sem's details."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    sem = controller.session.basedata.pupils("Sem")[0]
    assert controller.window.select_pupil(sem.id)
    seen = {}

    def look():
        manage_dialog = QApplication.activeModalWidget()
        if manage_dialog is None:
            QTimer.singleShot(20, look)
            return
        page = manage_dialog.pupils
        seen.update(first=page.form.first_name.text(), row=page.list.currentItem().text(),
                    guardians=page.guardians.count(), pupil_id=page.pupil_id)
        manage_dialog.reject()

    QTimer.singleShot(0, look)
    controller.manage_pupils()
    assert seen == {"first": "Sem", "row": sem.display_name, "pupil_id": sem.id,
                    "guardians": len(controller.session.basedata.guardians(sem.id))}



def test_the_empty_new_pupil_form_offers_no_family_buttons_nor_uitschrijven(manage_dialog):
    """Walk finding (24.png): Uitschrijven and the guardian buttons were enabled on the
    empty new-pupil form, where they can only answer with an error."""
    page = manage_dialog.pupils
    buttons = (page.leave_button, *page.guardian_buttons, *page.sibling_buttons)
    page.new_pupil()
    assert [b.text() for b in buttons if b.isEnabled()] == []
    page.form.first_name.setText("Anaïs")
    page.form.last_name.setText("Bakker")
    page.form.date_of_birth.setText("28-02-2018")
    page.form.start_date.setText("01-09-2022")
    assert page.save_pupil() is True
    assert all(b.isEnabled() for b in buttons)
    page.new_pupil()
    assert not any(b.isEnabled() for b in buttons)
    page.list.setCurrentRow(0)
    assert all(b.isEnabled() for b in buttons)


def test_uitschrijven_is_off_for_a_pupil_who_left_and_says_what_to_do(manage_dialog, asked):
    """Walk finding: Uitschrijven stayed enabled for a pupil who already left, and a
    second click moved her leave date (and with it the end of her retention term)."""
    page = manage_dialog.pupils
    page.list.setCurrentRow(0)
    pupil_id = page.pupil_id
    assert page.leave_button.isEnabled() and page.leave_button.accessibleDescription() == ""
    asked.answers.append(True)
    page.leave_button.click()
    left = page.session.basedata.pupil(pupil_id)
    assert not left.active and left.leave_date is not None
    assert not page.leave_button.isEnabled()  # at once, on the same form
    page.show_left.setChecked(True)
    page.show_pupil(pupil_id)
    reason = page.leave_button.accessibleDescription()
    assert not page.leave_button.isEnabled()
    assert f"vertrokken op {left.leave_date:%d-%m-%Y}" in reason
    assert "vertrekdatum" in reason and page.leave_button.toolTip() == reason
    # The service refuses too (another caller must not move the date either).
    with pytest.raises(ValidationError) as refused:
        page.session.basedata.deactivate_pupil(pupil_id)
    assert refused.value.problems[0].message == reason
    assert page.session.basedata.pupil(pupil_id).leave_date == left.leave_date
    # What the reason offers: clear the leave date and save - she is enrolled again.
    page.form.leave_date.setText("")
    assert page.save_pupil() is True
    assert page.session.basedata.pupil(pupil_id).active
    assert page.leave_button.isEnabled()


def test_after_a_new_parent_is_saved_the_cursor_waits_at_the_name(qtbot, manage_dialog):
    """Walk s29: after 'Ouder opslaan' the cleared form kept the cursor in E-mail; the
    second parent (the father after the mother) starts at Naam."""
    manage_dialog.show()
    manage_dialog.activateWindow()
    qtbot.waitUntil(manage_dialog.isActiveWindow)
    page = manage_dialog.pupils
    page.list.setCurrentRow(0)
    page.new_guardian()
    page.guardian_form.name.setText("Marieke Verhoeven")
    page.guardian_form.email.setFocus()
    page.guardian_form.email.setText("m.verhoeven@example.nl")
    assert page.save_guardian() is True
    assert page.guardian_form.name.text() == ""
    assert manage_dialog.focusWidget() is page.guardian_form.name


def test_uitschrijven_asks_first_and_keeps_the_typed_leave_date(manage_dialog, asked):
    """Walk s30 (32.png, 33.png): Uitschrijven wrote today's date at once, without a
    question, over the Vertrekdatum 20-12-2026 the IB had just typed."""
    page = manage_dialog.pupils
    data = page.session.basedata
    page.list.setCurrentRow(2)
    pupil = data.pupil(page.pupil_id)
    left_on = data.today - timedelta(days=3)
    page.form.leave_date.setText(f"{left_on:%d-%m-%Y}")
    asked.answers.append(False)  # the IB says no: nothing happens, nothing typed lost
    page.deactivate()
    title, question, _warning = asked.questions[-1]
    assert title == "Leerling uitschrijven"
    assert question.startswith(f"{pupil.display_name} uitschrijven per {left_on:%d-%m-%Y}?")
    assert data.pupil(pupil.id).active
    assert page.form.leave_date.text() == f"{left_on:%d-%m-%Y}"
    asked.answers.append(True)
    page.deactivate()
    gone = data.pupil(pupil.id)
    assert (gone.active, gone.leave_date) == (False, left_on)


def test_uitschrijven_refuses_a_day_after_today_in_dutch_under_the_field(manage_dialog, asked):
    page = manage_dialog.pupils
    data = page.session.basedata
    page.list.setCurrentRow(2)
    later = data.today + timedelta(days=15)
    page.form.leave_date.setText(f"{later:%d-%m-%Y}")
    page.deactivate()
    assert asked.questions == []
    assert "niet per " + f"{later:%d-%m-%Y}" in (
        page.form.field_errors.labels["leave_date"].text())
    assert data.pupil(page.pupil_id).active
    page.form.leave_date.setText("")
    asked.answers.append(True)
    page.deactivate()
    assert "Een andere vertrekdatum" in asked.questions[-1][1]
    assert data.pupil(page.pupil_id).leave_date == data.today


def test_a_pupil_is_found_by_name_or_group_and_ctrl_f_goes_there(manage_dialog, qtbot):
    """Walk s30 at 1,500 pupils (123a.png): the list of Leerlingen beheren had no search;
    only the first letters of a first name to jump by ('Daan' -> the first of 25)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    page = manage_dialog.pupils

    def names():
        return [page.list.item(i).text() for i in range(page.list.count())]

    def typed(text: str) -> None:
        page.search.selectAll()
        qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
        qtbot.keyClicks(page.search, text)

    everyone = names()
    typed("zoe")
    assert names() == ["Zoë van der Berg"]
    typed("celik groep 7")
    assert names() == ["Emre Çelik"]
    page.list.setCurrentRow(0)
    assert page.form.first_name.text() == "Emre"
    assert names() == ["Emre Çelik"]  # choosing keeps the filter
    typed("")
    assert names() == everyone
    manage_dialog.show()
    manage_dialog.activateWindow()
    with qtbot.waitActive(manage_dialog):
        manage_dialog.raise_()
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search


def test_tab_goes_through_a_chosen_pupils_family(manage_dialog):
    from tests.ui.tab_order import tab_order

    page = manage_dialog.pupils
    page.show_pupil(page.session.basedata.pupils("zoe")[0].id)
    assert tab_order(manage_dialog) == [
        "tabblad Leerlingen", "Nieuwe leerling", "Zoek leerling op naam of groep",
        "Alle leerlingen", "Toon vertrokken leerlingen", "Voornaam", "Tussenvoegsel",
        "Achternaam", "Geboortedatum", "Geslacht", "Groep", "Startdatum op school",
        "Vertrekdatum", "Ook genoemd: bijnamen en roepnamen", "Leerling opslaan",
        "Leerling uitschrijven", "Ouders en verzorgers",
        "Naam ouder of verzorger", "Relatie tot de leerling", "Telefoonnummer",
        "E-mailadres", "Ook genoemd: bijnamen van de ouder of verzorger", "Ouderlijk gezag",
        "Nieuwe ouder of verzorger",
        "Ouder of verzorger opslaan", "Ouder of verzorger deactiveren",
        "Broers en zussen op school", "Kies broer of zus", "Broer of zus koppelen",
        "Broer of zus ontkoppelen", "Sluiten (Esc)"]


def test_typing_is_not_dropped_by_escape_or_by_choosing_another_pupil(manage_dialog, asked,
                                                                        qtbot):
    """Walk s30 (141.png -> 142.png): a typed Vertrekdatum was gone after Escape, without
    a question; choosing another pupil in the list dropped it as well."""
    from PySide6.QtCore import Qt

    page = manage_dialog.pupils
    manage_dialog.show()
    page.list.setCurrentRow(0)
    first = page.pupil_id
    page.form.leave_date.setText("04-12-2026")
    asked.answers.append(False)  # Verder invullen
    page.list.setCurrentRow(1)
    assert asked.questions[-1][0] == "Niet opgeslagen"
    assert page.pupil_id == first and page.list.currentRow() == 0
    assert page.form.leave_date.text() == "04-12-2026"
    asked.answers.append(False)
    qtbot.keyClick(manage_dialog, Qt.Key.Key_Escape)
    assert manage_dialog.isVisible() and page.form.leave_date.text() == "04-12-2026"
    asked.answers.append(True)  # Weggooien
    page.list.setCurrentRow(1)
    assert page.pupil_id != first and len(asked.questions) == 3
    qtbot.keyClick(manage_dialog, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    assert not manage_dialog.isVisible() and len(asked.questions) == 3


def test_a_parent_leaves_the_list_only_after_a_question(manage_dialog, asked):
    """Walk s30: 'Ouder verwijderen uit lijst' acted at once; nothing in ZorgDesk brings
    a parent back into the list."""
    page = manage_dialog.pupils
    zoe = page.session.basedata.pupils("zoe")[0]
    page.show_pupil(zoe.id)
    before = [g.name for g in page.session.basedata.guardians(zoe.id)]
    page.guardians.setCurrentRow(0)
    asked.answers.append(False)
    page.deactivate_guardian()
    title, question, _warning = asked.questions[-1]
    assert title == "Ouder uit de lijst halen"
    assert question.startswith(f"{page.guardians.item(0).text()} uit de lijst van ouders "
                               "en verzorgers van Zoë van der Berg halen?")
    assert [g.name for g in page.session.basedata.guardians(zoe.id)] == before
    asked.answers.append(True)
    page.deactivate_guardian()
    assert [g.name for g in page.session.basedata.guardians(zoe.id)] == before[1:]
