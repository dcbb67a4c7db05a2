"""Beheer > Instellingen: the per-vault settings, validated, saved in one transaction.

What is typed is kept as a draft of no pupil (``instellingen``) over the idle lock and
quitting until it is saved; Escape, Annuleren and the X ask before it goes (s34: the
lock and Escape dropped it without a word)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.validation import ValidationError
from zorgdesk.services import settings
from zorgdesk.services.session import Session
from zorgdesk.ui.unsaved import draft_of_no_pupil, guard_with_draft
from zorgdesk.ui.widgets import add_row, error_label, show_error, tell
from zorgdesk.ui.window_size import fit_wrapped_text

DRAFT_FORM, DRAFT_KEY = "instellingen", "formulier"
# (setting, label with mnemonic, explanation under the field)
_FIELDS = (
    (settings.AUTOLOCK, "Automatische &vergrendeling (minuten):",
     "Na zoveel minuten zonder toetsenbord of muis wordt ZorgDesk vergrendeld."),
    (settings.BACKUP_KEEP, "Aantal automatische &back-ups bewaren:",
     "Bij afsluiten maakt ZorgDesk een versleutelde back-up; de oudste verdwijnen."),
    (settings.RETENTION, "Bewaartermijn &leerlingdossier (jaar na vertrek):",
     "Schoolbeleid; gebruikelijk is ongeveer twee jaar na vertrek van de leerling."),
    (settings.MELDCODE_RETENTION, "Bewaartermijn &meldcodedossier (jaar na vertrek):",
     "Een dossier met een meldcodetraject blijft in zijn geheel bewaard tot deze termijn "
     "voorbij is. Gelijk aan het leerlingdossier: volgt die termijn."),
    (settings.NOT_RETURNED, "&Handtekeningformulier niet retour na (dagen):",
     "Zorggesprekken: een uitgereikt formulier telt na zoveel dagen als niet retour."),
)


class SettingsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 on_saved: Callable[[dict[str, int]], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Instellingen")
        self.setMinimumWidth(560)
        self._session = session
        self._on_saved = on_saved
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        current = settings.current(session.vault)
        form = QFormLayout()
        for setting, label, help_text in _FIELDS:
            edit = QLineEdit(str(current[setting.key]))
            edit.setMaxLength(6)
            edit.setToolTip(f"Tussen {setting.low} en {setting.high} {setting.unit}.")
            add_row(form, label, edit, setting.label)
            hint = QLabel(help_text)
            hint.setWordWrap(True)
            hint.setAccessibleName(f"Toelichting {setting.label.lower()}")
            error = error_label(f"Foutmelding {setting.label.lower()}")
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(hint)
            column.addWidget(error)
            holder = QWidget()
            holder.setLayout(column)
            form.addRow(holder)  # the whole width: few lines, even with a large font
            self.fields[setting.key] = edit
            self.errors[setting.key] = error
        self.save_button = QPushButton("&Opslaan")
        self.save_button.setAccessibleName("Instellingen opslaan")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton("Ann&uleren")
        self.cancel_button.setAccessibleName("Annuleren")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.guard = guard_with_draft(self, None, draft_of_no_pupil(session, DRAFT_FORM,
                                                                    DRAFT_KEY), layout)
        self.cancel_button.clicked.connect(self.guard.cancel)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        fit_wrapped_text(self)

    def values(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.fields.items()}

    def save(self) -> bool:
        """Store everything, or show every problem next to its field and stay open."""
        for label in self.errors.values():
            show_error(label, "")
        try:
            saved = settings.save(self._session.vault, self.values())
        except ValidationError as error:
            first = None
            for problem in error.problems:
                show_error(self.errors[problem.field], problem.message)
                first = first or self.fields[problem.field]
            if first is not None:
                first.setFocus()
            return False
        self.drafts.saved()  # the typing has done its job
        if self._on_saved is not None:
            self._on_saved(saved)
        if self.parentWidget() is not None:
            tell(self.parentWidget(), "De instellingen zijn opgeslagen.")
        self.accept()
        return True
