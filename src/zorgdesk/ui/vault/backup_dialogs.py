"""Back-up maken / terugzetten. The UI only chooses paths; services/backup does the work.

Back-up terugzetten keeps the two paths as a draft of no pupil (``terugzetten``) over
the idle lock and quitting; Escape, Annuleren and the X ask before they go (s35). The
passphrase is never part of it: a passphrase is written nowhere, also not encrypted in
the vault (test_drafts_import_restore types one in every dialog that has one)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.drafts import DraftService
from zorgdesk.services.errors import VaultError
from zorgdesk.services.session import WrongPassphraseError
from zorgdesk.services.vault.backup import (
    BACKUP_SUFFIX,
    RESTORED_NAME,
    BackupNotFoundError,
    Manifest,
    NotABackupError,
    PlaceTakenError,
    backup_file_name,
    restore_backup,
    restore_target,
)
from zorgdesk.ui.background import Cancelled, run_in_background
from zorgdesk.ui.dialogs import ok_cancel_buttons
from zorgdesk.ui.unsaved import DraftPlace, guard_with_draft
from zorgdesk.ui.widgets import add_row, error_label, password_edit, show_error


def _path_row(edit: QLineEdit, browse_text: str, browse) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    button = QPushButton(browse_text)
    button.setAccessibleName(browse_text.replace("&", "").rstrip("…"))
    button.clicked.connect(browse)
    layout.addWidget(button)
    return row


def choose_backup_target(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, "Back-up opslaan als", str(suggested),
                                          f"ZorgDesk-back-up (*{BACKUP_SUFFIX})")
    return backup_file_name(name) if name else None


def choose_vault_file(parent: QWidget | None, start_dir: Path) -> Path | None:
    """Bestand > Kluis openen: the vault file (its key file lies beside it)."""
    name, _ = QFileDialog.getOpenFileName(parent, "Kluis openen", str(start_dir),
                                          "ZorgDesk-kluis (*.zdv);;Alle bestanden (*)")
    return Path(name) if name else None


DRAFT_FORM, DRAFT_KEY = "terugzetten", "formulier"
HINT = "Gebruik het wachtwoord dat gold toen de back-up werd gemaakt."
NEVER_KEPT = "Een wachtwoord bewaart ZorgDesk nooit, ook niet in een concept: typ het opnieuw."


class RestoreDialog(QDialog):
    """Pick a backup, a NEW location and the passphrase that was valid at backup time."""

    def __init__(self, parent: QWidget | None = None, start_dir: Path | None = None,
                 drafts: DraftService | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Back-up terugzetten")
        self.setMinimumWidth(620)  # full paths stay readable
        self.restored_to: Path | None = None
        self.restored_manifest: Manifest | None = None  # what was restored, once it is
        self._start_dir = start_dir or Path.home()
        layout = QVBoxLayout(self)
        intro = QLabel("De back-up wordt op een <b>nieuwe plek</b> teruggezet en eerst volledig "
                       "gecontroleerd. Er wordt nooit een bestaande kluis overschreven.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.source = QLineEdit()
        self.target = QLineEdit()
        self.passphrase = password_edit("Wachtwoord van de back-up")
        self._path_field(form, "&Back-upbestand:", self.source, "Back-upbestand",
                         "B&laderen…", self._browse_source)
        self._path_field(form, "&Nieuwe plek:", self.target, "Nieuwe plek voor de kluis",
                         "K&iezen…", self._browse_target)
        add_row(form, "&Wachtwoord:", self.passphrase, "Wachtwoord van de back-up")
        layout.addLayout(form)
        self.hint = QLabel(HINT)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.error = error_label("Foutmelding")
        layout.addWidget(self.error)
        box = ok_cancel_buttons("&Terugzetten", self)
        layout.addWidget(box)
        place = DraftPlace(drafts, DRAFT_FORM, DRAFT_KEY, None) if drafts else None
        self.guard = guard_with_draft(self, box, place, layout, paths_state, restore_paths)
        if self.drafts is not None and self.drafts.showing_draft:
            # The paths came back; the passphrase is what is left to type.
            self.hint.setText(f"{HINT} {NEVER_KEPT}")
            self.passphrase.setFocus()

    @staticmethod
    def _path_field(form: QFormLayout, label: str, edit: QLineEdit, accessible: str,
                    browse_text: str, browse) -> None:
        caption = QLabel(label)
        caption.setBuddy(edit)  # Alt+letter goes to the text field, not the button
        edit.setAccessibleName(accessible)
        form.addRow(caption, _path_row(edit, browse_text, browse))

    def _browse_source(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Back-up kiezen", str(self._start_dir),
                                              f"ZorgDesk-back-up (*{BACKUP_SUFFIX})")
        if name:
            self.source.setText(name)

    def _browse_target(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Nieuwe plek voor de kluis",
                                              str(self._start_dir / RESTORED_NAME),
                                              "ZorgDesk-kluis (*.zdv)")
        if name:
            self.target.setText(name)

    def _refuse(self, message: str, field: QLineEdit | None = None) -> None:
        """The message, and the cursor in the field it is about with its text selected
        (walk s38: 'Op die plek staat al een kluis' with the cursor in Wachtwoord)."""
        show_error(self.error, message)
        if field is not None:
            field.setFocus()
            field.selectAll()

    def _field_of(self, error: VaultError) -> QLineEdit | None:
        if isinstance(error, WrongPassphraseError):
            return self.passphrase
        if isinstance(error, PlaceTakenError):
            return self.target
        if isinstance(error, NotABackupError | BackupNotFoundError):
            return self.source
        return None

    def accept(self) -> None:
        source, target = self.source.text().strip(), self.target.text().strip()
        for value, field, missing in (
                (source, self.source, "Kies het back-upbestand."),
                (target, self.target, "Kies een nieuwe plek voor de teruggezette kluis."),
                (self.passphrase.text(), self.passphrase,
                 "Vul het wachtwoord van de back-up in.")):
            if not value:
                self._refuse(missing, field)
                return
        passphrase = self.passphrase.text()
        final = restore_target(target)
        try:
            # Unpacking and the full check of the copy take seconds at school scale:
            # a worker thread does them (it opens only the copy), the window stays alive.
            manifest = run_in_background(
                self, "Back-up terugzetten", "De back-up wordt uitgepakt en gecontroleerd…",
                lambda progress: restore_backup(Path(source), final, passphrase, progress))
        except Cancelled:
            show_error(self.error, "Terugzetten is afgebroken; er is niets teruggezet.")
            return
        except VaultError as error:
            self._refuse(str(error), self._field_of(error))
            return
        self.passphrase.clear()
        self.restored_to, self.restored_manifest = final, manifest
        if self.drafts is not None:
            self.drafts.saved()  # restored: the paths have done their job
        super().accept()


# -- the draft: the two paths, never the passphrase --------------------------------------

def paths_state(dialog: RestoreDialog) -> dict:
    return {"source": dialog.source.text(), "target": dialog.target.text()}


def restore_paths(dialog: RestoreDialog, state: dict) -> None:
    for field, key in ((dialog.source, "source"), (dialog.target, "target")):
        if isinstance(state.get(key), str):
            field.setText(state[key])
