"""The last dialogs where typing was lost (walk s34): Beheer > Instellingen, the reason
for taking an attachment out of the dossier, and Nieuw schooljaar. The idle lock closed
them and what was typed was gone; Escape and the window's X closed them without a word.
Now each keeps a draft over the lock and quitting and asks before typing goes.

Through the real windows on the demo vault: the app's own ``controller.lock()`` closes
the form, the IB unlocks and opens it again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.attachments import files
from zorgdesk.domain.attachments.records import RecordKind
from zorgdesk.domain.school_year import Fate
from zorgdesk.services import settings
from zorgdesk.ui import app as app_module
from zorgdesk.ui.attachments import dialog as attachments_module
from zorgdesk.ui.pupils import groups_page as groups_module

HINT_END = "de niet opgeslagen tekst staat er dan weer in."


def _drafts(session, form: str) -> list[tuple]:
    return session.vault.read().execute(
        "SELECT draft_key, pupil_id FROM form_draft WHERE form = ?", (form,)).fetchall()


def _closed_at_once_and_again(open_form, asked, qtbot):
    """Escape with nothing typed closes the form at once, without a question; returns
    the form opened again."""
    dialog = open_form()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked.questions == []
    return open_form()


# -- Beheer > Instellingen -----------------------------------------------------------

def test_settings_typed_are_kept_over_the_lock_and_saved_later(
        controller, from_menu, locked_while_typing, asked):
    action = controller.window.settings_action
    locked_while_typing(app_module, action.trigger,
                        lambda form: form.fields["backup_keep"].setText("3"))
    assert asked.questions == []
    assert _drafts(controller.session, "instellingen") == [("formulier", None)]
    assert controller.window.statusBar().currentMessage() == (
        "Er staat 1 concept zonder leerling klaar: Beheer > Instellingen. Open dat "
        f"formulier opnieuw; {HINT_END}")
    dialog = from_menu(action)
    assert dialog.fields["backup_keep"].text() == "3"
    assert dialog.drafts.note.text().startswith("Concept hersteld")
    assert dialog.save()
    assert settings.current(controller.session.vault)["backup_keep"] == 3
    assert _drafts(controller.session, "instellingen") == []


def test_escape_and_annuleren_in_settings_ask_before_typing_goes(controller, shown, asked,
                                                                 qtbot, window_close):
    from zorgdesk.ui.settings_dialog import SettingsDialog

    dialog = _closed_at_once_and_again(
        lambda: shown(SettingsDialog(controller.session, controller.window)), asked, qtbot)
    dialog.fields["autolock_minutes"].setText("15")
    asked.answers.append(False)  # Verder invullen
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked.questions[-1][0] == "Niet opgeslagen" and dialog.isVisible()
    asked.answers.append(False)
    window_close(dialog)
    assert len(asked.questions) == 2 and dialog.isVisible()
    asked.answers.append(True)  # Weggooien
    dialog.cancel_button.click()
    assert not dialog.isVisible() and _drafts(controller.session, "instellingen") == []


# -- the reason an attachment leaves the dossier -------------------------------------

def _attachments(controller, zoe, qtbot):
    from zorgdesk.ui.attachments.dialog import AttachmentsDialog

    session = controller.session
    entry = session.logbook.chronology(zoe.id)[0].entry_id
    dialog = AttachmentsDialog(session.attachments, zoe.id, RecordKind.LOGBOEK, entry,
                               "notitie", controller.window, drafts=session.drafts)
    qtbot.addWidget(dialog)
    return dialog


def test_the_reason_to_take_out_an_attachment_is_kept_over_the_lock(
        controller, choose_dossier, locked_while_typing, monkeypatch, qtbot, tmp_path):
    zoe = choose_dossier("Zoë van der Berg")
    path = tmp_path / "brief.pdf"
    path.write_bytes(files.pdf())
    first = _attachments(controller, zoe, qtbot)
    assert first.add_file(path)
    first.list.setCurrentRow(0)

    def typing(reason) -> None:
        reason.reason_edit.setText("Hoort bij een andere leerling; ouders vroegen het")

    locked_while_typing(attachments_module, first.remove_selected, typing)
    assert [pupil for _key, pupil in _drafts(controller.session, "bijlage_weg")] == [zoe.id]
    assert "Bijlage uit het dossier halen" in controller.window.statusBar().currentMessage()
    again = _attachments(controller, zoe, qtbot)
    again.list.setCurrentRow(0)
    seen = []

    def restored(reason) -> int:
        seen.append((reason.reason_edit.text(), reason.drafts.note.text()))
        reason.accept()
        return reason.result()

    monkeypatch.setattr(attachments_module, "run_modal", restored)
    again.remove_selected()
    [(text, note)] = seen
    assert text == "Hoort bij een andere leerling; ouders vroegen het"
    assert note.startswith("Concept hersteld")
    assert "uit het dossier gehaald" in again.status.text()
    assert _drafts(controller.session, "bijlage_weg") == []


def test_escape_in_the_reason_asks_before_the_typing_goes(controller, shown, asked, qtbot):
    from zorgdesk.ui.attachments.viewers import RemovalReasonDialog

    zoe = controller.session.basedata.pupils("Zoë")[0]
    dialog = shown(RemovalReasonDialog("brief.pdf", controller.window,
                                       attachments_module.reason_draft(
                                           controller.session.drafts, zoe.id, 7)))
    dialog.reason_edit.setText("Dubbel toegevoegd")
    asked.answers.append(False)  # Verder invullen
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked.questions[-1][0] == "Niet opgeslagen" and dialog.isVisible()
    assert dialog.reason_edit.text() == "Dubbel toegevoegd"
    asked.answers.append(True)  # Weggooien
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and _drafts(controller.session, "bijlage_weg") == []


# -- Nieuw schooljaar -----------------------------------------------------------------

def _manage(controller, qtbot):
    from zorgdesk.ui.pupils.manage_dialog import ManageDialog

    dialog = ManageDialog(controller.session, controller.window)
    qtbot.addWidget(dialog)
    return dialog


def _row(dialog, name: str) -> int:
    return [s.name for s in dialog.steps].index(name)


def test_a_new_school_year_plan_is_kept_over_the_lock(
        controller, locked_while_typing, monkeypatch, qtbot, asked):
    def typing(plan) -> None:
        plan.choose(_row(plan, "Groep 5"), Fate.MOVES, "Groep 6b")
        plan.choose(_row(plan, "Groep 3"), Fate.STAYS)
        plan.leave_date.setText("10-07-2027")

    locked_while_typing(groups_module, _manage(controller, qtbot).groups.new_school_year,
                        typing)
    assert asked.questions == []
    assert _drafts(controller.session, "nieuw_schooljaar") == [("plan", None)]
    assert controller.window.statusBar().currentMessage() == (
        "Er staat 1 concept zonder leerling klaar: Beheer > Leerlingen beheren (tabblad "
        f"Groepen, Nieuw schooljaar). Open dat formulier opnieuw; {HINT_END}")
    seen = []

    def restored(plan) -> int:
        seen.append(([(s.name, s.fate, s.new_name) for s in plan.steps],
                     plan.leave_date.text(), plan.drafts.note.text()))
        return 0

    monkeypatch.setattr(groups_module, "run_modal", restored)
    _manage(controller, qtbot).groups.new_school_year()
    [(steps, leave_date, note)] = seen
    assert steps == [("Groep 3", Fate.STAYS, ""), ("Groep 5", Fate.MOVES, "Groep 6b"),
                     ("Groep 7", Fate.MOVES, "Groep 8")]
    assert leave_date == "10-07-2027" and note.startswith("Concept hersteld")


def test_escape_in_the_new_school_year_asks_before_the_plan_goes(controller, shown, asked,
                                                                 qtbot, window_close):
    from zorgdesk.ui.pupils.school_year_dialog import SchoolYearDialog

    dialog = _closed_at_once_and_again(
        lambda: shown(SchoolYearDialog(controller.session, controller.window)), asked, qtbot)
    dialog.choose(_row(dialog, "Groep 5"), Fate.MOVES, "Groep 6b")
    asked.answers.append(False)  # Verder invullen
    window_close(dialog)
    assert asked.questions[-1][0] == "Niet opgeslagen" and dialog.isVisible()
    asked.answers.append(True)  # Weggooien
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert _drafts(controller.session, "nieuw_schooljaar") == []
