"""Leerlingen beheren > Groepen and > Medewerkers keep what is typed over the idle lock
and quitting, as the Leerlingen tab does (s33 left them: the lock closed the window and
a new group, a new staff member or a member's 'Ook genoemd' was gone). Escape, Sluiten
and the window's X ask first; choosing another member no longer drops typed nicknames.
And a Leerlingen beheren draft of another pupil than the open dossier is named in the
status bar after unlocking, with the menu that opens it.

Everything through the real windows on the demo vault: the menu opens the dialog, the
app's own ``controller.lock()`` closes it, the IB unlocks and opens it again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui import app as app_module

HINT_END = "de niet opgeslagen tekst staat er dan weer in."


def _names(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def _type(qtbot, field, text: str) -> None:
    """As the IB types: the field gets the keys (and so counts as modified)."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def _drafts(session, form: str) -> list[tuple]:
    return session.vault.read().execute(
        "SELECT draft_key, pupil_id FROM form_draft WHERE form = ?", (form,)).fetchall()


def test_the_groups_tab_keeps_a_new_group_and_a_rename_over_the_lock(
        controller, from_menu, locked_while_typing, asked, qtbot):
    def typing(dialog) -> None:
        page = dialog.groups
        dialog.tabs.setCurrentWidget(page)
        page.list.setCurrentRow(_names(page.list).index("Groep 5"))
        _type(qtbot, page.new_name, "Groep 6")
        _type(qtbot, page.name, "Groep 8")

    action = controller.window.manage_action
    locked_while_typing(app_module, action.trigger, typing)
    assert asked.questions == []  # the lock never asks
    assert _drafts(controller.session, "groepen") == [("formulier", None)]
    assert controller.window.statusBar().currentMessage() == (
        "Er staat 1 concept zonder leerling klaar: Beheer > Leerlingen beheren (tabblad "
        f"Groepen). Open dat formulier opnieuw; {HINT_END}")
    dialog = from_menu(action)
    page = dialog.groups
    assert dialog.tabs.currentWidget() is page  # opens where the typing is
    assert page.list.currentItem().text() == "Groep 5"
    assert (page.new_name.text(), page.name.text()) == ("Groep 6", "Groep 8")
    assert page.drafts.note.text().startswith("Concept hersteld")
    assert dialog.guard.typed()
    assert page.add()  # Groep 8 is saved; the rename is still typed and kept
    assert "Groep 8" in _names(page.list)
    assert _drafts(controller.session, "groepen") == [("formulier", None)]
    page.list.setCurrentRow(_names(page.list).index("Groep 5"))
    assert page.new_name.text() == "Groep 6"
    assert page.rename()
    assert _drafts(controller.session, "groepen") == []
    assert not dialog.guard.typed() and page.drafts.banner.isHidden()
    dialog.reject()


def _type_staff(qtbot, dialog) -> None:
    page = dialog.staff
    dialog.tabs.setCurrentWidget(page)
    page.list.setCurrentRow(0)
    _type(qtbot, page.nicknames, "Meester B.")
    _type(qtbot, page.name, "Fatima Yilmaz")
    _type(qtbot, page.role, "Vakleerkracht gym")


def test_the_staff_tab_keeps_a_new_member_and_nicknames_over_the_lock(
        controller, from_menu, locked_while_typing, asked, qtbot):
    action = controller.window.manage_action
    locked_while_typing(app_module, action.trigger, lambda d: _type_staff(qtbot, d))
    assert asked.questions == []
    assert _drafts(controller.session, "medewerkers") == [("formulier", None)]
    assert controller.window.statusBar().currentMessage() == (
        "Er staat 1 concept zonder leerling klaar: Beheer > Leerlingen beheren (tabblad "
        f"Medewerkers). Open dat formulier opnieuw; {HINT_END}")
    dialog = from_menu(action)
    page = dialog.staff
    first = controller.session.basedata.staff()[0]
    assert dialog.tabs.currentWidget() is page
    assert page.list.currentRow() == 0
    assert page.nicknames.text() == "Meester B."
    assert (page.name.text(), page.role.text()) == ("Fatima Yilmaz", "Vakleerkracht gym")
    assert page.drafts.note.text().startswith("Concept hersteld")
    assert page.save_nicknames()  # the member's nicknames saved; the new member waits
    assert controller.session.basedata.staff()[0].nicknames == ("Meester B.",), first.name
    assert _drafts(controller.session, "medewerkers") == [("formulier", None)]
    assert page.add()
    assert _drafts(controller.session, "medewerkers") == []
    assert not dialog.guard.typed()
    dialog.reject()


def test_the_staff_tab_keeps_its_typing_when_zorgdesk_quits(controller, demo_path, shown,
                                                            qtbot):
    """Quitting (X, Alt+F4, SIGTERM) within the 1.5 s of the draft timer; then Concept
    weggooien brings back what the tab showed."""
    from zorgdesk.ui.pupils.manage_dialog import ManageDialog

    _type_staff(qtbot, shown(ManageDialog(controller.session, controller.window)))
    controller.shutdown()
    session = Session.open(demo_path, DEMO_PASSPHRASE)
    try:
        dialog = ManageDialog(session)
        qtbot.addWidget(dialog)
        page = dialog.staff
        assert (page.nicknames.text(), page.name.text()) == ("Meester B.", "Fatima Yilmaz")
        page.drafts.discard_button.click()  # Concept weggooien
        assert (page.nicknames.text(), page.name.text(), page.role.text()) == ("", "", "")
        assert not dialog.guard.typed()
        assert _drafts(session, "medewerkers") == []
        dialog.reject()
    finally:
        session.close()


def test_escape_sluiten_and_the_x_ask_before_typing_in_groups_or_staff_goes(
        controller, shown, asked, qtbot, window_close):
    from zorgdesk.ui.pupils.manage_dialog import ManageDialog

    dialog = shown(ManageDialog(controller.session, controller.window))
    dialog.tabs.setCurrentWidget(dialog.groups)
    _type(qtbot, dialog.groups.name, "Groep 8")
    asked.answers.append(False)  # Verder invullen
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked.questions[-1][0] == "Niet opgeslagen" and dialog.isVisible()
    asked.answers.append(True)  # Weggooien
    dialog.close_button.click()  # Sluiten
    assert not dialog.isVisible() and _drafts(controller.session, "groepen") == []

    dialog = shown(ManageDialog(controller.session, controller.window))
    dialog.tabs.setCurrentWidget(dialog.staff)
    dialog.staff.list.setCurrentRow(1)
    _type(qtbot, dialog.staff.nicknames, "Juf Pien")
    asked.answers.append(False)
    window_close(dialog)
    assert len(asked.questions) == 3 and dialog.isVisible()
    asked.answers.append(True)
    window_close(dialog)
    assert not dialog.isVisible() and _drafts(controller.session, "medewerkers") == []


def test_another_member_or_adding_one_keeps_typed_nicknames(manage_dialog, asked, qtbot):
    """Choosing another member replaced typed nicknames without a word, and so did the
    list reloading after Toevoegen."""
    page = manage_dialog.staff
    page.list.setCurrentRow(0)
    _type(qtbot, page.nicknames, "Meester B.")
    asked.answers.append(False)  # Verder invullen
    page.list.setCurrentRow(1)
    assert asked.questions[-1][0] == "Niet opgeslagen"
    assert page.list.currentRow() == 0 and page.nicknames.text() == "Meester B."
    page.name.setText("Fatima Yilmaz")
    assert page.add()
    assert page.list.currentRow() == 0 and page.nicknames.text() == "Meester B."
    asked.answers.append(True)  # Weggooien
    page.list.setCurrentRow(1)
    assert page.list.currentRow() == 1 and page.nicknames.text() == ""
    assert len(asked.questions) == 2


def test_a_draft_of_another_pupil_than_the_open_dossier_is_named_after_unlocking(
        controller, choose_dossier, from_menu, locked_while_typing):
    """Opened from Zoë's dossier, the IB chose Emre in the list and typed there: the
    status bar named nothing (only the open pupil's drafts and those of no pupil)."""
    choose_dossier("Zoë van der Berg")

    def type_for_emre(dialog) -> None:
        page = dialog.pupils
        page.show_pupil(next(p.id for p in page.session.basedata.pupils()
                             if p.first_name == "Emre"))
        page.form.nicknames.setText("Mo")

    action = controller.window.manage_action
    locked_while_typing(app_module, action.trigger, type_for_emre)
    assert controller.window.current_pupil.first_name == "Zoë"
    assert controller.window.statusBar().currentMessage() == (
        "Er staat 1 concept klaar: Beheer > Leerlingen beheren (Emre Çelik). Open dat "
        f"formulier opnieuw; {HINT_END}")
    page = from_menu(action).pupils
    assert page.form.first_name.text() == "Emre" and page.form.nicknames.text() == "Mo"


def test_the_other_pupils_draft_is_named_beside_the_drafts_of_no_pupil(
        controller, from_menu, locked_while_typing, qtbot):
    def type_for_emre(dialog) -> None:
        page = dialog.pupils
        page.show_pupil(next(p.id for p in page.session.basedata.pupils()
                             if p.first_name == "Emre"))
        page.form.nicknames.setText("Mo")
        dialog.tabs.setCurrentWidget(dialog.groups)
        _type(qtbot, dialog.groups.name, "Groep 8")

    action = controller.window.manage_action
    locked_while_typing(app_module, action.trigger, type_for_emre)
    assert controller.window.current_pupil is None
    assert controller.window.statusBar().currentMessage() == (
        "Er staan 2 concepten klaar: Beheer > Leerlingen beheren (Emre Çelik) en Beheer > "
        f"Leerlingen beheren (tabblad Groepen). Open die formulieren opnieuw; {HINT_END}")
    dialog = from_menu(action)
    # The pupil's draft first; the dialog says the Groepen tab has one too.
    assert dialog.tabs.currentWidget() is dialog.pupils
    assert dialog.pupils.form.nicknames.text() == "Mo"
    assert dialog.groups.name.text() == "Groep 8"
    assert "tabblad Groepen" in dialog.statusBar().currentMessage()


def test_concept_weggooien_takes_a_free_alt_letter_on_every_tab(session, zoe, shown, qtbot):
    """The button is on the tab whose draft came back; its Alt+letter is free there (a
    tab's controls count only while it is shown)."""
    from tests.ui.screen_fit import mnemonic_clashes
    from zorgdesk.ui.pupils.manage_dialog import ManageDialog

    dialog = shown(ManageDialog(session, pupil_id=zoe.id))
    dialog.pupils.form.nicknames.setText("Zoetje")
    _type(qtbot, dialog.groups.name, "Groep 8")
    dialog.staff.list.setCurrentRow(0)
    _type(qtbot, dialog.staff.nicknames, "Meester B.")
    dialog.reject()  # the lock: every tab keeps its draft
    again = shown(ManageDialog(session, pupil_id=zoe.id))
    clashes = []
    for page in (again.pupils, again.groups, again.staff):
        again.tabs.setCurrentWidget(page)
        assert page.drafts.discard_button.isVisible()
        clashes += mnemonic_clashes(again, again.tabs.tabText(again.tabs.currentIndex()))
    assert clashes == []
    again.reject()


def _nicknames_typed_then_deactivated(session, qtbot):
    """Nicknames typed for the first member, kept over the lock; then she is deactivated
    elsewhere (another window, or ZorgDesk on another day) before the dialog is opened
    again. Returns the member."""
    from zorgdesk.ui.form_drafts import save_open_drafts
    from zorgdesk.ui.pupils.manage_dialog import ManageDialog

    first = ManageDialog(session)
    qtbot.addWidget(first)
    first.tabs.setCurrentWidget(first.staff)
    first.staff.list.setCurrentRow(0)
    _type(qtbot, first.staff.nicknames, "Meester B.")
    save_open_drafts()
    first.reject()
    member = session.basedata.staff()[0]
    session.basedata.set_staff_active(member.id, False)
    again = ManageDialog(session)
    qtbot.addWidget(again)
    return member, again


def test_nicknames_typed_for_a_member_deactivated_meanwhile_come_back_and_can_be_saved(
        session, qtbot):
    """s34 dropped them on restore: she was no longer in the list. Her nicknames still
    count (the anonymiser knows former staff in old texts), so they come back with her,
    marked, and a line that says why she is there."""
    member, dialog = _nicknames_typed_then_deactivated(session, qtbot)
    page = dialog.staff
    assert dialog.tabs.currentWidget() is page
    assert page.list.currentItem().text().endswith("(gedeactiveerd)")
    assert page.nicknames.text() == "Meester B." and page.nicknames.isEnabled()
    assert page.inactive_note.text() == (
        f"{member.name} is inmiddels gedeactiveerd. De bijnamen die u voor deze medewerker "
        "typte, staan er weer. Sla ze op: ZorgDesk herkent ze dan ook in oudere teksten, "
        "bijvoorbeeld bij het anonimiseren.")
    assert not page.deactivate_button.isEnabled()
    assert page.save_nicknames()
    former = [m for m in session.basedata.staff(include_inactive=True) if m.id == member.id]
    assert former[0].nicknames == ("Meester B.",) and not former[0].active
    assert member.name not in " ".join(_names(page.list))  # saved: she leaves the list
    assert page.inactive_note.isHidden() and not page.nicknames.isEnabled()
    assert _drafts(session, "medewerkers") == []
    assert not dialog.guard.typed()


def test_concept_weggooien_takes_a_deactivated_member_out_of_the_list_again(session, qtbot):
    member, dialog = _nicknames_typed_then_deactivated(session, qtbot)
    page = dialog.staff
    page.drafts.discard_button.click()  # Concept weggooien
    assert member.name not in " ".join(_names(page.list))
    assert page.nicknames.text() == "" and page.inactive_note.isHidden()
    assert _drafts(session, "medewerkers") == [] and not dialog.guard.typed()
