"""Leerlingen beheren and the inzage-export keep what is typed over the idle lock and
quitting (s32 left them: the lock closed the window and the typing was gone), and the
status bar after unlocking names the drafts of no pupil, with where to find them.

Everything through the real windows on the demo vault: the menu opens the form, the
app's own ``controller.lock()`` closes it, the IB unlocks and opens it again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui import app as app_module
from zorgdesk.ui.form_drafts import named_restore, named_snapshot, restore, snapshot
from zorgdesk.ui.pupils.forms import PupilForm

HINT_END = "de niet opgeslagen tekst staat er dan weer in."


def _drafts(session, form: str) -> list[tuple]:
    return session.vault.read().execute(
        "SELECT draft_key, pupil_id FROM form_draft WHERE form = ?", (form,)).fetchall()


def _type_in_zoes_forms(dialog) -> None:
    page = dialog.pupils
    page.form.last_name.setText("Berg-Jansen")  # typed, not saved
    page.new_guardian()
    page.guardian_form.name.setText("Sanne Jansen")
    page.guardian_form.phone.setText("06-12345678")


def test_manage_pupils_keeps_the_pupils_and_a_parents_typing_over_the_lock(
        controller, choose_dossier, from_menu, locked_while_typing, asked):
    zoe = choose_dossier("Zoë van der Berg")
    action = controller.window.manage_action
    locked_while_typing(app_module, action.trigger, _type_in_zoes_forms)
    assert asked.questions == []  # the lock never asks
    assert _drafts(controller.session, "leerlingen") == [("formulier", zoe.id)]
    message = controller.window.statusBar().currentMessage()
    assert "Leerlingen beheren" in message and "Zoë van der Berg" in message
    again = from_menu(action)
    page = again.pupils
    assert page.pupil_id == zoe.id and page.form.first_name.text() == "Zoë"
    assert page.form.last_name.text() == "Berg-Jansen"
    assert page.guardian_id is None
    assert (page.guardian_form.name.text(), page.guardian_form.phone.text()) == (
        "Sanne Jansen", "06-12345678")
    assert page.drafts.note.text().startswith("Concept hersteld")
    assert again.guard.typed()  # Escape or Sluiten would ask first
    page.drafts.discard_button.click()  # Concept weggooien
    assert page.form.last_name.text() == zoe.last_name
    assert page.guardian_form.name.text() == ""
    assert not again.guard.typed()
    assert _drafts(controller.session, "leerlingen") == []
    again.reject()


def test_a_new_pupil_typed_without_a_dossier_comes_back_and_is_saved(
        controller, from_menu, locked_while_typing):
    assert controller.window.current_pupil is None

    def type_new_pupil(dialog) -> None:
        dialog.pupils.form.first_name.setText("Noor")
        dialog.pupils.form.last_name.setText("Bakker")
        dialog.pupils.form.date_of_birth.setText("31-02-2017")  # wrong: kept as typed
        dialog.pupils.form.start_date.setText("01-09-2021")

    action = controller.window.manage_action
    locked_while_typing(app_module, action.trigger, type_new_pupil)
    assert _drafts(controller.session, "leerlingen") == [("formulier", None)]
    assert controller.window.statusBar().currentMessage() == (
        "Er staat 1 concept zonder leerling klaar: Beheer > Leerlingen beheren. Open dat "
        f"formulier opnieuw; {HINT_END}")
    page = from_menu(action).pupils
    assert page.pupil_id is None
    assert (page.form.first_name.text(), page.form.last_name.text(),
            page.form.date_of_birth.text()) == ("Noor", "Bakker", "31-02-2017")
    assert not page.save_pupil()  # the date is refused; the draft stays
    assert _drafts(controller.session, "leerlingen") != []
    page.form.date_of_birth.setText("28-02-2017")
    assert page.save_pupil()
    assert _drafts(controller.session, "leerlingen") == []
    noor = controller.session.basedata.pupil(page.pupil_id)
    assert (noor.first_name, noor.last_name) == ("Noor", "Bakker")


def test_manage_pupils_typing_is_kept_when_zorgdesk_quits(controller, demo_path, shown):
    """Quitting (X, Alt+F4, SIGTERM) within the 1.5 s of the draft timer."""
    from zorgdesk.ui.pupils.manage_dialog import ManageDialog

    dialog = shown(ManageDialog(controller.session, controller.window))
    dialog.pupils.form.first_name.setText("Daan")
    controller.shutdown()
    session = Session.open(demo_path, DEMO_PASSPHRASE)
    try:
        stored = session.drafts.load("leerlingen", "formulier")
        assert stored is not None and "Daan" in stored.fields["pupil_fields"].values()
    finally:
        session.close()


def test_a_field_added_to_the_pupil_form_is_kept_and_moves_no_other_field(qtbot,
                                                                         monkeypatch):
    """The draft reads the fields by their accessible names: a field another helper adds
    (e.g. 'Ook genoemd', helper aka) is kept without a change in the draft code, and a
    draft stored before it was added still lands in the right fields."""
    from zorgdesk.ui.pupils import forms

    older_form = PupilForm()
    qtbot.addWidget(older_form)
    older_form.first_name.setText("Zoë")
    older_form.last_name.setText("Berg")
    older, by_position = named_snapshot(older_form), snapshot(older_form)
    added = []

    def row_with_nicknames(form, errors, field, label, widget, accessible):
        if field == "first_name":  # the new field comes first in the form
            added.append(QLineEdit())
            forms.add_row(form, "Ook genoe&md:", added[0], "Ook genoemd")
        original_row(form, errors, field, label, widget, accessible)

    original_row = forms._row
    monkeypatch.setattr(forms, "_row", row_with_nicknames)
    form = PupilForm()
    qtbot.addWidget(form)
    [nicknames] = added
    named_restore(form, older)
    assert (form.first_name.text(), form.last_name.text(), nicknames.text()) == (
        "Zoë", "Berg", "")
    nicknames.setText("Zoetje")
    assert named_snapshot(form)["Ook genoemd"] == "Zoetje"
    restore(form, by_position)  # keyed by position, every field would move one down
    assert nicknames.text() == "Zoë"


def test_the_inzage_export_keeps_its_fields_over_the_lock_and_the_export_ends_it(
        controller, choose_dossier, unlock, asked, tmp_path):
    zoe = choose_dossier("Zoë van der Berg")
    dialog = controller.window.open_inzage_dialog()
    dialog.requested_by.setText("moeder, mevrouw Van der Berg")
    dialog.basis.setCurrentText("inzageverzoek ouder (AVG art. 15)")
    controller.lock()
    assert not dialog.isVisible() and asked.questions == []
    unlock()
    assert "Inzage-export" in controller.window.statusBar().currentMessage()
    assert _drafts(controller.session, "inzage") == [(str(zoe.id), zoe.id)]
    again = controller.window.open_inzage_dialog()
    assert again.requested_by.text() == "moeder, mevrouw Van der Berg"
    assert again.basis.currentText() == "inzageverzoek ouder (AVG art. 15)"
    assert again.drafts.note.text().startswith("Concept hersteld")
    again.folder.setText(str(tmp_path))
    assert again.export() is not None
    assert _drafts(controller.session, "inzage") == []


def test_annuleren_in_the_inzage_export_asks_before_typing_goes(controller, choose_dossier,
                                                                asked):
    choose_dossier("Zoë van der Berg")
    dialog = controller.window.open_inzage_dialog()
    dialog.requested_by.setText("vader")
    asked.answers.append(False)  # Verder invullen
    dialog.cancel_button.click()
    assert dialog.isVisible() and asked.questions[-1][0] == "Niet opgeslagen"
    asked.answers.append(True)  # Weggooien
    dialog.cancel_button.click()
    assert not dialog.isVisible() and _drafts(controller.session, "inzage") == []


def test_after_unlocking_the_status_bar_counts_the_drafts_of_no_pupil(
        controller, locked_while_typing):
    """'1 concept' then '2 concepten', each with the menu that opens it again."""

    def knelpunten(form) -> None:
        form.knelpunten.setPlainText("Wachtlijst jeugdzorg.")

    def new_row(form) -> None:
        form.new_button.click()
        form.fields["organisation"].setText("Jeugdarts GGD Drenthe")

    window = controller.window
    locked_while_typing(app_module, window.yearly_account_action.trigger, knelpunten)
    assert window.statusBar().currentMessage() == (
        "Er staat 1 concept zonder leerling klaar: Beheer > Jaarverantwoording meldcode. "
        f"Open dat formulier opnieuw; {HINT_END}")
    locked_while_typing(app_module, window.social_map_action.trigger, new_row)
    assert window.statusBar().currentMessage() == (
        "Er staan 2 concepten zonder leerling klaar: Beheer > Jaarverantwoording meldcode "
        f"en Beheer > Sociale kaart. Open die formulieren opnieuw; {HINT_END}")


def test_saving_the_pupil_keeps_a_parent_half_typed_and_the_other_way_round(session, zoe,
                                                                           shown):
    """Opslaan of the pupil emptied the parent's form, and Ouder opslaan made the typing
    in the pupil's form count as saved (Escape then closed without a question, the lock
    kept no draft of it)."""
    from zorgdesk.ui.pupils.manage_dialog import ManageDialog

    dialog = shown(ManageDialog(session, pupil_id=zoe.id))
    page = dialog.pupils
    page.new_guardian()
    page.guardian_form.name.setText("Sanne Jansen")
    page.form.tussenvoegsel.setText("van den")
    assert page.save_pupil()
    assert page.guardian_form.name.text() == "Sanne Jansen"
    assert dialog.guard.typed()  # the parent is not saved yet
    page.form.last_name.setText("Berg-Jansen")
    assert page.save_guardian()
    assert page.form.last_name.text() == "Berg-Jansen"
    assert dialog.guard.typed()  # the pupil's new last name is not saved yet
    dialog.reject()  # the lock: the draft keeps it
    again = shown(ManageDialog(session, pupil_id=zoe.id))
    assert again.pupils.form.last_name.text() == "Berg-Jansen"
    assert again.pupils.drafts.note.text().startswith("Concept hersteld")
    again.reject()


def test_another_parent_asks_before_a_half_typed_parent_goes(session, zoe, shown, asked):
    from zorgdesk.ui.pupils.manage_dialog import ManageDialog

    dialog = shown(ManageDialog(session, pupil_id=zoe.id))
    page = dialog.pupils
    assert page.guardians.count() >= 1
    page.new_guardian()
    page.guardian_form.name.setText("Sanne Jansen")
    asked.answers.append(False)  # Verder invullen
    page.guardians.setCurrentRow(0)
    assert asked.questions[-1][0] == "Niet opgeslagen"
    assert page.guardian_form.name.text() == "Sanne Jansen" and page.guardian_id is None
    asked.answers.append(False)
    page.new_guardian()  # Nieuwe ouder asks too
    assert len(asked.questions) == 2 and page.guardian_form.name.text() == "Sanne Jansen"
    asked.answers.append(True)  # Weggooien
    page.guardians.setCurrentRow(0)
    assert page.guardian_id == page.guardians.item(0).data(Qt.ItemDataRole.UserRole)
    assert page.guardian_form.name.text() != "Sanne Jansen"
    dialog.reject()


def _inzage_on(session, zoe, day, qtbot):
    from datetime import date

    from zorgdesk.services.clock import FixedClock
    from zorgdesk.ui.inzage_dialog import InzageDialog

    session.inzage.clock = FixedClock(date.fromisoformat(day))
    dialog = InzageDialog(session, zoe.id)
    qtbot.addWidget(dialog)
    return dialog


def test_a_restored_inzage_draft_gets_the_file_name_of_the_day_it_is_exported(
        session, zoe, qtbot):
    """Typed on Friday, locked, exported on Monday: the suggested name carried Friday's
    date (the name says when the file was made). A name the IB made from the suggestion
    keeps her part with Monday's date; a name of her own stays as she typed it."""
    stem = session.inzage.suggested_name(zoe)[:-len("2026-11-20")]
    friday = _inzage_on(session, zoe, "2026-11-20", qtbot)
    assert friday.base_name.text() == f"{stem}2026-11-20"
    friday.requested_by.setText("moeder")
    friday.reject()  # the lock: the draft is stored
    monday = _inzage_on(session, zoe, "2026-11-23", qtbot)
    assert monday.drafts.note.text().startswith("Concept hersteld")
    assert monday.requested_by.text() == "moeder"
    assert monday.base_name.text() == f"{stem}2026-11-23"
    monday.base_name.setText(f"{stem}2026-11-23-verzoek-moeder")  # her part after it
    monday.reject()
    tuesday = _inzage_on(session, zoe, "2026-11-24", qtbot)
    assert tuesday.base_name.text() == f"{stem}2026-11-24-verzoek-moeder"
    tuesday.base_name.setText("inzage-verzoek-2026-11-02")  # a name of her own
    tuesday.reject()
    wednesday = _inzage_on(session, zoe, "2026-11-25", qtbot)
    assert wednesday.base_name.text() == "inzage-verzoek-2026-11-02"
    wednesday.drafts.discard_button.click()  # Concept weggooien: that day's suggestion
    assert wednesday.base_name.text() == f"{stem}2026-11-25"
    assert wednesday.requested_by.text() == ""
    wednesday.reject()


def test_an_inzage_draft_stored_by_stop_33_gets_todays_file_name(session, zoe, qtbot):
    """Drafts stored before the suggestion was kept beside them: the untouched
    suggestion of that day is recognised by its form (initials and a date)."""
    stem = session.inzage.suggested_name(zoe)[:-len("2026-11-20")]
    friday = _inzage_on(session, zoe, "2026-11-20", qtbot)
    friday.requested_by.setText("vader")
    old = snapshot(friday)  # what stop 33 stored: the generic fields only
    friday.drafts.stop()
    friday.reject()
    session.drafts.save("inzage", str(zoe.id), zoe.id, old)
    monday = _inzage_on(session, zoe, "2026-11-23", qtbot)
    assert monday.requested_by.text() == "vader"
    assert monday.base_name.text() == f"{stem}2026-11-23"
    monday.reject()
