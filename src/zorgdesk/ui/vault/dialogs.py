"""Create, unlock and change-passphrase dialogs.

A failed attempt never closes a dialog or clears what was typed: the IB sees a
Dutch explanation next to the field and can correct one character.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from zorgdesk import paths
from zorgdesk.services.errors import ForeignLockError, ReadOnlyMediumError, VaultRolledBackError
from zorgdesk.services.session import Session, UnlockedKey, VaultError
from zorgdesk.services.vault.recovery_sheet import recovery_key_pdf
from zorgdesk.ui.background import wait_for_worker
from zorgdesk.ui.dialogs import ok_cancel_buttons, run_modal
from zorgdesk.ui.elided_label import ElidedLabel
from zorgdesk.ui.field_errors import FieldErrors
from zorgdesk.ui.messages import ask_choice
from zorgdesk.ui.vault.recovery_key_dialog import RecoveryKeyDialog
from zorgdesk.ui.widgets import (
    PassphraseFields,
    add_row,
    error_label,
    password_edit,
    share_label_column,
    show_error,
)

UNLOCK_BUSY = "Bezig met ontgrendelen… (de sleutel wordt berekend)"
UPGRADE_BUSY = ("De kluis wordt bijgewerkt naar een nieuwe versie. Dit kan even duren; "
                "sluit ZorgDesk niet af.")


def _session_opener(vault_path: Path) -> Callable[..., Session]:
    """``opener(secret, recovery, **options)``: the vault at this path as a session; an
    older vault is first backed up into the backup folder, then upgraded."""
    return lambda secret, recovery, **options: Session.open(
        vault_path, secret, recovery, backup_folder=paths.backup_dir(), **options)


def _key_maker(vault_path: Path) -> Callable[[str, bool], UnlockedKey]:
    """``make_key(secret, recovery)``: the slow key derivation, run in a worker thread."""
    return lambda secret, recovery: Session.unlock_key(vault_path, secret, recovery)


class UnlockDialog(QDialog):
    """The passphrase (or recovery key) opens the vault.

    The key derivation (Argon2id, about 0.6 s by design) runs in a worker thread while
    the window shows that it is busy and keeps turning (issue 23); meanwhile the field
    keeps what was typed, the buttons wait, and a second Enter starts nothing.
    ``opener(secret, recovery, key=..., **options)`` then opens the vault with that key
    on this thread; ``make_key(secret, recovery)`` makes the key (default: this vault).
    """

    def __init__(self, vault_path: Path, opener: Callable[..., Session] | None = None,
                 demo_passphrase: str | None = None, parent: QWidget | None = None, *,
                 make_key: Callable[[str, bool], UnlockedKey] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Ontgrendelen")
        self._path = vault_path
        # Plain values (closures over the path), never bound methods of this dialog.
        self._opener = opener or _session_opener(vault_path)
        self._make_key = make_key or _key_maker(vault_path)
        self._busy = False
        self.session: Session | None = None
        layout = QVBoxLayout(self)
        self._add_vault_place(layout, vault_path)
        if demo_passphrase:
            demo = QLabel(f"Demokluis met fictieve gegevens. Wachtwoord: <b>{demo_passphrase}</b>")
            demo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            demo.setAccessibleName("Wachtwoord van de demokluis")
            layout.addWidget(demo)
        form = QFormLayout()
        self.passphrase = password_edit("Wachtwoord")
        add_row(form, "&Wachtwoord:", self.passphrase, "Wachtwoord")
        self.use_recovery = QCheckBox("Ik gebruik de &herstelsleutel")
        self.use_recovery.setAccessibleName("Herstelsleutel gebruiken")
        self.use_recovery.toggled.connect(self._recovery_toggled)
        form.addRow("", self.use_recovery)
        layout.addLayout(form)
        self.error = error_label("Foutmelding")
        layout.addWidget(self.error)
        self._add_busy_state(layout)
        self.buttons = ok_cancel_buttons("&Ontgrendelen", self)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def _add_vault_place(self, layout: QVBoxLayout, vault_path: Path) -> None:
        """The file and its folder: a copy on a USB stick or in a backup folder has the
        same name as the real vault, so the IB sees which one she opens (a long folder
        is cut in the middle; the whole path is its tooltip)."""
        self.vault_name = QLabel(f"Kluis: {vault_path.name}")
        self.vault_name.setAccessibleName("Kluisbestand")
        self.vault_folder = ElidedLabel(f"Map: {vault_path.absolute().parent}",
                                        "Map van de kluis")
        intro = QLabel("Vul het wachtwoord in om verder te werken.")
        intro.setWordWrap(True)
        for widget in (self.vault_name, self.vault_folder, intro):
            layout.addWidget(widget)

    def _add_busy_state(self, layout: QVBoxLayout) -> None:
        """A moving bar and a sentence, shown while the key is being derived or an older
        vault is being upgraded."""
        self.busy_text = QLabel(UNLOCK_BUSY)
        self.busy_text.setWordWrap(True)
        self.busy_text.setAccessibleName("Bezig met ontgrendelen")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # no known end: a moving bar
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName("Voortgang ontgrendelen")
        for widget in (self.busy_text, self.busy_bar):
            widget.hide()
            layout.addWidget(widget)

    @property
    def busy(self) -> bool:
        return self._busy

    def _show_busy(self, busy: bool) -> None:
        """Busy: the field keeps its text but takes no typing, the buttons wait."""
        self.busy_text.setVisible(busy)
        self.busy_bar.setVisible(busy)
        self.passphrase.setReadOnly(busy)
        self.use_recovery.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if busy:
            # A disabled button or box keeps no focus: the (read-only) field takes it.
            self.passphrase.setFocus()
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _recovery_toggled(self, on: bool) -> None:
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal if on
                                    else QLineEdit.EchoMode.Password)

    def accept(self) -> None:
        if self._busy:
            return  # Enter again while the key is being derived: one unlock at a time
        secret = self.passphrase.text()
        if not secret:
            show_error(self.error, "Vul het wachtwoord in.")
            return
        self._busy = True
        try:
            self.session = self._unlock(secret, self.use_recovery.isChecked())
        except VaultError as error:
            show_error(self.error, str(error))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        finally:
            self._busy = False
        if self.session is None:  # the IB cancelled a warning: nothing opened
            show_error(self.error, "De kluis is niet geopend.")
            return
        self.passphrase.clear()
        super().accept()

    def _unlock(self, secret: str, recovery: bool) -> Session | None:
        """The key in a worker thread (the window shows it is busy), then the vault."""
        show_error(self.error, "")
        self._show_busy(True)
        try:
            key = wait_for_worker(partial(self._make_key, secret, recovery))
        finally:
            self._show_busy(False)
        try:
            return self._open_with_choices(secret, recovery, key)
        finally:
            key.discard()

    def _run_upgrade(self, work: Callable[[], object]) -> object:
        """``Session.open``'s upgrade runner, called only for an older vault: the window
        says that the vault is being upgraded while a worker thread backs it up and
        runs the migrations (seconds at a large school); nothing can be started
        meanwhile (``_busy`` holds since Enter)."""
        self._busy_state(UPGRADE_BUSY, "De kluis wordt bijgewerkt", "Voortgang bijwerken")
        self._show_busy(True)
        try:
            return wait_for_worker(work)
        finally:
            self._show_busy(False)
            self._busy_state(UNLOCK_BUSY, "Bezig met ontgrendelen", "Voortgang ontgrendelen")

    def _busy_state(self, text: str, name: str, bar_name: str) -> None:
        self.busy_text.setText(text)
        self.busy_text.setAccessibleName(name)
        self.busy_bar.setAccessibleName(bar_name)

    def reject(self) -> None:
        if not self._busy:  # Annuleren and Escape wait for the key (under a second)
            super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)

    def _open_with_choices(self, secret: str, recovery: bool,
                           key: UnlockedKey) -> Session | None:
        """Open; an older copy, a read-only medium or another computer's lock ask first
        (each answer opens with the same key: no second derivation)."""
        upgrade = self._run_upgrade
        try:
            return self._opener(secret, recovery, key=key, upgrade_run=upgrade)
        except VaultRolledBackError as error:
            if ask_choice(self, "Oudere kopie van de kluis", str(error),
                          "Oudere kopie &alleen-lezen openen"):
                return self._opener(secret, recovery, key=key, read_only=True)
            return None
        except ReadOnlyMediumError as error:
            if ask_choice(self, "Alleen-lezen", str(error), "&Alleen-lezen openen"):
                return self._opener(secret, recovery, key=key, read_only=True)
            return None
        except ForeignLockError as error:
            if ask_choice(self, "Kluis in gebruik op een andere computer", str(error),
                          "Kluis &overnemen"):
                return self._opener(secret, recovery, key=key, take_over_lock=True,
                                    upgrade_run=upgrade)
            return None


class CreateVaultDialog(QDialog):
    """First run: a new, empty vault for this school."""

    def __init__(self, vault_path: Path, creator=Session.create,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Nieuwe ZorgDesk-kluis")
        self._path = vault_path
        self._creator = creator
        self.session: Session | None = None
        self.recovery_key: str | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Welkom bij ZorgDesk. Alle gegevens worden versleuteld opgeslagen in één bestand:\n"
            f"{vault_path}\nZonder wachtwoord (of herstelsleutel) kan niemand ze lezen, "
            "ook u niet.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.school = QLineEdit()
        self.place = QLineEdit()
        self.user_name = QLineEdit()
        self.field_errors = FieldErrors()
        for field, label, widget, accessible in (
                ("school", "Naam van de &school:", self.school, "Naam van de school"),
                ("place", "&Plaats:", self.place, "Plaats"),
                ("user_name", "Uw &naam:", self.user_name, "Uw naam")):
            add_row(form, label, widget, accessible)
            message = error_label(f"Fout bij {accessible.lower()}")
            form.addRow("", message)
            self.field_errors.bind(field, message, widget)
        layout.addLayout(form)
        # The strength check reads the three fields, never the dialog (ui/dialogs.py rule 3).
        fields = (self.school, self.place, self.user_name)
        self.passphrase = PassphraseFields(lambda: tuple(f.text() for f in fields))
        share_label_column(form, self.passphrase.form)
        layout.addWidget(self.passphrase)
        self.passphrase_error = error_label("Fout bij wachtwoord")
        layout.addWidget(self.passphrase_error)
        self.field_errors.bind("passphrase", self.passphrase_error, self.passphrase.first,
                               self.passphrase.second)
        self.with_recovery = QCheckBox("Maak een &herstelsleutel om af te drukken en veilig "
                                       "op te bergen (aanbevolen)")
        self.with_recovery.setChecked(True)
        self.with_recovery.setAccessibleName("Herstelsleutel maken")
        layout.addWidget(self.with_recovery)
        self.error = error_label("Foutmelding")
        self.field_errors.general = self.error
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel_buttons("&Kluis maken", self))

    def accept(self) -> None:
        problems = []
        if not self.school.text().strip():
            problems.append(("school", "Vul de naam van de school in."))
        if not self.user_name.text().strip():
            problems.append(("user_name", "Vul uw naam in."))
        problems += [("passphrase", reason) for reason in self.passphrase.problems()]
        if problems:
            self.passphrase.advice.clear()  # its reasons now stand in red (walk s38: twice)
            self.field_errors.refused(problems, "Controleer de velden met een melding.")
            return
        self.field_errors.clear()
        try:
            self.session, self.recovery_key = self._creator(
                self._path, self.passphrase.first.text(), school_name=self.school.text(),
                place=self.place.text(), user_name=self.user_name.text(),
                with_recovery_key=self.with_recovery.isChecked())
        except VaultError as error:
            show_error(self.error, str(error))
            return
        self.passphrase.clear()
        if self.recovery_key:
            show_recovery_key(self, self.session, self.recovery_key)
        super().accept()


def show_recovery_key(parent: QWidget, session: Session, key: str) -> bool:
    """The recovery key on its own page; True once the IB ticked that she stored it."""
    pdf = recovery_key_pdf(session.basedata, session.user_name, session.path.name, key)
    dialog = RecoveryKeyDialog(key, pdf, parent)
    run_modal(dialog)
    return dialog.stored


class ChangePassphraseDialog(QDialog):
    def __init__(self, session: Session, personal_words=lambda: (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Wachtwoord wijzigen")
        self._session = session
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old = password_edit("Huidig wachtwoord")
        add_row(form, "&Huidig wachtwoord:", self.old, "Huidig wachtwoord")
        layout.addLayout(form)
        self.new = PassphraseFields(personal_words)
        share_label_column(form, self.new.form)
        layout.addWidget(self.new)
        self.error = error_label("Foutmelding")
        layout.addWidget(self.error)
        # Editing a passphrase field clears the red: the live advice speaks again.
        self.field_errors = FieldErrors()
        self.field_errors.bind("passphrase", self.error, self.old, self.new.first,
                               self.new.second)
        layout.addWidget(ok_cancel_buttons("Wij&zigen", self))

    def accept(self) -> None:
        problems = self.new.problems()
        if not self.old.text():
            problems.insert(0, "Vul uw huidige wachtwoord in.")
        if problems:
            self.new.advice.clear()  # its reasons now stand in red (walk s38: twice)
            show_error(self.error, " ".join(problems))
            return
        try:
            self._session.change_passphrase(self.old.text(), self.new.first.text())
        except VaultError as error:
            show_error(self.error, str(error))
            return
        self.old.clear()
        self.new.clear()
        super().accept()
