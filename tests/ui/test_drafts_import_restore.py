"""The last dialogs that lost typing (s34 left them): Leerlingen importeren (the chosen
file, the column choices, the date) and Back-up terugzetten (the two paths). The idle
lock and quitting closed them and it was gone; Escape and the window's X closed them
without a word. Now each keeps a draft of no pupil and asks before typing goes.

A passphrase is never kept: not in a draft, not anywhere in the vault, not in any file
under the data dir (the last test types one in every dialog that has one).

Through the real windows on the demo vault: the app's own ``controller.lock()`` closes
the form, the IB unlocks and opens it again."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from tests.services.test_pupil_import import PARNASSYS
from zorgdesk import paths
from zorgdesk.domain.pupil_import import Column
from zorgdesk.ui import app as app_module
from zorgdesk.ui.form_drafts import save_open_drafts

HINT_END = "de niet opgeslagen tekst staat er dan weer in."


def _drafts(session, form: str) -> list[tuple]:
    return session.vault.read().execute(
        "SELECT draft_key, pupil_id FROM form_draft WHERE form = ?", (form,)).fetchall()


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(PARNASSYS, encoding="utf-8")
    return path


# -- Leerlingen importeren -------------------------------------------------------------

def _import_typing(export):
    def typing(form) -> None:
        form.load(export)
        form.set_meaning(4, Column.IGNORE)  # no date of birth: the IB is still choosing
        form.set_meaning(0, Column.GUARDIAN2_PHONE)
        form.start_edit.setText("01-08-2026")
    return typing


def test_the_import_file_columns_and_date_are_kept_over_the_lock(
        controller, from_menu, locked_while_typing, asked, export):
    action = controller.window.import_action
    locked_while_typing(app_module, action.trigger, _import_typing(export))
    assert asked.questions == []
    assert _drafts(controller.session, "leerlingen_importeren") == [("formulier", None)]
    assert controller.window.statusBar().currentMessage() == (
        "Er staat 1 concept zonder leerling klaar: Beheer > Leerlingen importeren. Open "
        f"dat formulier opnieuw; {HINT_END}")
    dialog = from_menu(action)
    assert "export.csv: 3 regels" in dialog.file_label.text()
    assert dialog.mapping()[0] == Column.GUARDIAN2_PHONE
    assert dialog.mapping()[4] == Column.IGNORE
    assert dialog.start_edit.text() == "01-08-2026"
    assert dialog.drafts.note.text().startswith("Concept hersteld")
    assert "Kies welke kolom de geboortedatum bevat." in dialog.error.text()
    dialog.set_meaning(4, Column.DATE_OF_BIRTH)
    dialog.set_meaning(0, Column.IGNORE)
    assert dialog.import_button.isEnabled()
    asked.answers.append(True)  # Importeren
    dialog.import_button.click()
    assert dialog.result() and _drafts(controller.session, "leerlingen_importeren") == []


def test_an_import_file_gone_meanwhile_is_said_and_its_columns_come_back_with_it(
        session, qtbot, asked, export):
    from zorgdesk.ui.pupils.import_dialog import ImportDialog

    first = ImportDialog(session)
    qtbot.addWidget(first)
    _import_typing(export)(first)
    save_open_drafts()
    first.reject()
    moved = export.with_name("verplaatst.csv")
    export.rename(moved)
    again = ImportDialog(session)
    qtbot.addWidget(again)
    assert again.start_edit.text() == "01-08-2026"
    assert again.error.text() == (
        "Het bestand export.csv uit het concept kan niet meer worden gelezen (verplaatst of "
        "verwijderd?). Kies het opnieuw: de kolommen die u koos, komen dan terug.")
    again.load(moved)  # the same export, found again
    assert again.mapping()[0] == Column.GUARDIAN2_PHONE
    assert again.mapping()[4] == Column.IGNORE
    assert "export.csv" not in again.error.text()


def test_escape_and_the_x_in_the_import_ask_before_typing_goes(session, qtbot, shown,
                                                               asked, window_close, export):
    from zorgdesk.ui.pupils.import_dialog import ImportDialog

    dialog = shown(ImportDialog(session))
    qtbot.addWidget(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing chosen yet: closes at once
    assert not dialog.isVisible() and asked.questions == []
    dialog = shown(ImportDialog(session))
    qtbot.addWidget(dialog)
    dialog.load(export)
    dialog.set_meaning(4, Column.IGNORE)  # her own choice: now there is something to lose
    asked.answers.append(False)  # Verder invullen
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked.questions[-1][0] == "Niet opgeslagen" and dialog.isVisible()
    asked.answers.append(False)
    window_close(dialog)
    assert len(asked.questions) == 2 and dialog.isVisible()
    asked.answers.append(True)  # Weggooien
    dialog.buttons.rejected.emit()  # Sluiten
    assert not dialog.isVisible() and _drafts(session, "leerlingen_importeren") == []


def test_a_file_chosen_and_nothing_decided_closes_without_a_question(
        session, qtbot, shown, asked, window_close, export):
    """Walk s37/s38: 'U heeft iets ingevuld dat nog niet is opgeslagen' when she had only
    chosen a file (the columns as guessed, the date as given): she typed and decided
    nothing. Only her own column choices and date count, for the question and for the
    draft; a choice put back to the guess is no choice."""
    from zorgdesk.ui.pupils.import_dialog import ImportDialog

    for close in (lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape), window_close,
                  lambda d: d.buttons.rejected.emit()):
        dialog = shown(ImportDialog(session))
        qtbot.addWidget(dialog)
        dialog.load(export)
        guessed = dialog.mapping()[4]
        dialog.set_meaning(4, Column.IGNORE)
        dialog.set_meaning(4, guessed)  # and back: nothing decided
        close(dialog)
        assert not dialog.isVisible() and asked.questions == []
    assert _drafts(session, "leerlingen_importeren") == []
    dialog = shown(ImportDialog(session))  # next time: no 'Concept hersteld'
    qtbot.addWidget(dialog)
    assert not dialog.drafts.showing_draft and dialog.path is None
    dialog.load(export)
    dialog.start_edit.setText("01-08-2026")  # the date she typed counts
    asked.answers.append(False)  # Verder invullen
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked.questions[-1][0] == "Niet opgeslagen" and dialog.isVisible()


# -- Back-up terugzetten ---------------------------------------------------------------

PASSPHRASE_TYPED = "zeefkoraal-Walkproef-9472"


def test_the_restore_paths_are_kept_over_the_lock_and_the_passphrase_is_not(
        controller, from_menu, locked_while_typing, asked, tmp_path):
    action = controller.window.restore_action
    source, target = tmp_path / "stick" / "oud.zdbackup", tmp_path / "terug"

    def typing(form) -> None:
        form.source.setText(str(source))
        form.target.setText(str(target))
        form.passphrase.setText(PASSPHRASE_TYPED)

    locked_while_typing(app_module, action.trigger, typing)
    assert asked.questions == []
    [(key, pupil)] = _drafts(controller.session, "terugzetten")
    assert (key, pupil) == ("formulier", None)
    assert PASSPHRASE_TYPED not in json.dumps(
        controller.session.drafts.load("terugzetten", "formulier").fields)
    assert controller.window.statusBar().currentMessage() == (
        "Er staat 1 concept zonder leerling klaar: Beheer > Back-up terugzetten. Open dat "
        f"formulier opnieuw; {HINT_END}")
    dialog = from_menu(action)
    assert (dialog.source.text(), dialog.target.text()) == (str(source), str(target))
    assert dialog.passphrase.text() == ""
    assert dialog.drafts.note.text().startswith("Concept hersteld")
    # What is left to type is the passphrase: the cursor is there, and it says why.
    assert dialog.focusWidget() is dialog.passphrase
    assert dialog.hint.text() == (
        "Gebruik het wachtwoord dat gold toen de back-up werd gemaakt. Een wachtwoord "
        "bewaart ZorgDesk nooit, ook niet in een concept: typ het opnieuw.")


def test_escape_and_the_x_in_restore_ask_before_paths_go(controller, qtbot, shown, asked,
                                                         window_close, tmp_path):
    from zorgdesk.ui.vault.backup_dialogs import RestoreDialog

    def opened():
        dialog = RestoreDialog(controller.window, start_dir=tmp_path,
                               drafts=controller.session.drafts)
        qtbot.addWidget(dialog)
        return shown(dialog)

    dialog = opened()
    dialog.passphrase.setText(PASSPHRASE_TYPED)  # a passphrase alone is not kept: no ask
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked.questions == []
    dialog = opened()
    dialog.source.setText(str(tmp_path / "b.zdbackup"))
    asked.answers.append(False)  # Verder invullen
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked.questions[-1][0] == "Niet opgeslagen" and dialog.isVisible()
    asked.answers.append(False)
    window_close(dialog)
    assert len(asked.questions) == 2 and dialog.isVisible()
    asked.answers.append(True)  # Weggooien
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and _drafts(controller.session, "terugzetten") == []


# -- Kluis overdragen: the successor's name, never a passphrase -------------------------

def _handover_typing(form) -> None:
    form.current.setText(PASSPHRASE_TYPED)
    form.name.setText("Fatima el Amrani")
    form.new.first.setText(PASSPHRASE_TYPED + "-nieuw")
    form.new.second.setText(PASSPHRASE_TYPED + "-nieuw")


def test_the_successors_name_is_kept_over_the_lock_and_no_passphrase(
        controller, from_menu, locked_while_typing, asked):
    action = controller.window.handover_action
    locked_while_typing(app_module, action.trigger, _handover_typing)
    assert asked.questions == []
    stored = controller.session.drafts.load("kluis_overdragen", "formulier")
    assert stored.fields == {"name": "Fatima el Amrani"} and stored.pupil_id is None
    assert controller.window.statusBar().currentMessage() == (
        "Er staat 1 concept zonder leerling klaar: Bestand > Kluis overdragen aan opvolger. "
        f"Open dat formulier opnieuw; {HINT_END}")
    dialog = from_menu(action)
    assert dialog.name.text() == "Fatima el Amrani"
    assert (dialog.current.text(), dialog.new.first.text(), dialog.new.second.text()) == (
        "", "", "")
    assert dialog.drafts.note.text().startswith("Concept hersteld")


def test_escape_in_kluis_overdragen_asks_only_for_the_name(controller, qtbot, shown,
                                                           asked):
    from zorgdesk.ui.vault.handover_dialog import HandoverDialog

    def opened():
        dialog = HandoverDialog(controller.session, controller.window)
        qtbot.addWidget(dialog)
        return shown(dialog)

    dialog = opened()
    dialog.current.setText(PASSPHRASE_TYPED)  # passphrases alone: nothing to keep
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked.questions == []
    dialog = opened()
    _handover_typing(dialog)
    asked.answers.append(False)  # Verder invullen
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked.questions[-1][0] == "Niet opgeslagen" and dialog.isVisible()
    asked.answers.append(True)  # Weggooien
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and _drafts(controller.session, "kluis_overdragen") == []


# -- a passphrase is never kept, in any dialog that has one ------------------------------

def _passphrase_dialogs(controller, tmp_path):
    """Every dialog with a passphrase field the IB can reach with the vault open, each
    with the fields a passphrase is typed in."""
    from zorgdesk.ui.vault.backup_dialogs import RestoreDialog
    from zorgdesk.ui.vault.dialogs import ChangePassphraseDialog, UnlockDialog
    from zorgdesk.ui.vault.handover_dialog import HandoverDialog

    session = controller.session
    restore = RestoreDialog(controller.window, start_dir=tmp_path, drafts=session.drafts)
    restore.source.setText(str(tmp_path / "b.zdbackup"))  # so that a draft is kept
    change = ChangePassphraseDialog(session, lambda: (), controller.window)
    handover = HandoverDialog(session, controller.window)
    handover.name.setText("Fatima el Amrani")
    unlock = UnlockDialog(controller.vault_path, parent=controller.window)
    return [(restore, [restore.passphrase]),
            (change, [change.old, change.new.first, change.new.second]),
            (handover, [handover.current, handover.new.first, handover.new.second]),
            (unlock, [unlock.passphrase])]


def _everything_in_the_vault(session) -> str:
    read = session.vault.read()
    tables = [r[0] for r in read.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    return "\n".join(repr(row) for table in tables
                     for row in read.execute(f'SELECT * FROM "{table}"').fetchall())  # noqa: S608


def _files_holding(roots, secret: str) -> list[str]:
    needles = [secret.encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")]
    return sorted(str(path) for root in roots for path in root.rglob("*")
                  if path.is_file() and any(n in path.read_bytes() for n in needles))


def test_a_passphrase_typed_in_any_dialog_is_kept_nowhere(controller, qtbot, shown, asked,
                                                         tmp_path, monkeypatch):
    opened = _passphrase_dialogs(controller, tmp_path)
    for number, (dialog, fields) in enumerate(opened):
        qtbot.addWidget(dialog)
        shown(dialog)
        for field in fields:
            field.setFocus()
            qtbot.keyClicks(field, f"{PASSPHRASE_TYPED}-{number}")
    save_open_drafts()  # what the lock and quitting do first
    session = controller.session
    assert _drafts(session, "terugzetten") != []  # the paths were kept, so drafts ran
    kept = _everything_in_the_vault(session)
    assert PASSPHRASE_TYPED not in kept
    for dialog, _fields in opened:
        dialog.reject()
    controller.shutdown()  # quitting: drafts, the automatic backup, the vault closed
    roots = [tmp_path, paths.user_data_dir()]
    assert _files_holding(roots, PASSPHRASE_TYPED) == []


def test_a_form_read_field_by_field_never_reads_a_passphrase_field(qtbot):
    """The generic reading of a form (``snapshot``, every form without its own state)
    skips a field that hides what is typed: a passphrase added to such a form later is
    still never kept."""
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    from zorgdesk.ui.form_drafts import named_snapshot, snapshot
    from zorgdesk.ui.widgets import password_edit

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    name, secret = QLineEdit("Fatima el Amrani"), password_edit("Wachtwoord")
    layout.addWidget(name)
    layout.addWidget(secret)
    secret.setText(PASSPHRASE_TYPED)
    assert list(snapshot(dialog).values()) == ["Fatima el Amrani"]
    assert PASSPHRASE_TYPED not in json.dumps(named_snapshot(dialog))


def test_no_draft_is_written_while_the_vault_is_rekeyed(controller, qtbot, monkeypatch):
    """The rekey runs in a worker while the window's loop goes on: the draft timer is
    paused for it (the name is stored just before), and runs again after a refusal."""
    from zorgdesk.services.session import VaultError
    from zorgdesk.ui.vault.handover_dialog import HandoverDialog

    dialog = HandoverDialog(controller.session, controller.window)
    qtbot.addWidget(dialog)
    _handover_typing(dialog)
    during = []

    def hand_over(**_values):
        during.append(dialog.drafts.timer.isActive())
        raise VaultError("De schijf is vol.")

    monkeypatch.setattr(controller.session, "hand_over", hand_over)
    dialog.accept()
    assert during == [False] and dialog.drafts.timer.isActive()
    stored = controller.session.drafts.load("kluis_overdragen", "formulier")
    assert stored.fields == {"name": "Fatima el Amrani"}


def test_a_restored_column_choice_is_in_sight(session, qtbot, shown, export):
    """Seen in the X server (shot drafts2-03): the mapping table showed its first rows and
    the restored choice ('Datum inschrijving' not used) was out of sight; 'Controleer'
    asks the IB to look at it."""
    from zorgdesk.ui.pupils.import_dialog import ImportDialog

    first = ImportDialog(session)
    qtbot.addWidget(first)
    first.load(export)
    first.set_meaning(11, Column.IGNORE)  # the e-mail column, the last row
    save_open_drafts()
    first.reject()
    again = shown(ImportDialog(session))
    qtbot.addWidget(again)
    table = again.mapping_table
    assert table.rowCount() * table.rowHeight(0) > table.viewport().height()  # it scrolls
    assert table.viewport().rect().contains(table.visualItemRect(table.item(11, 0)))
