"""Bewaartermijn: pupils past retention; export first, then delete for good."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.private_files import initials_stem
from zorgdesk.services.retention import export_digest
from zorgdesk.services.session import Session
from zorgdesk.services.settings import meldcode_retention_years, retention_years
from zorgdesk.ui.background import run_in_background
from zorgdesk.ui.widgets import error_label, show_error

PUPIL_ID = Qt.ItemDataRole.UserRole
NOTHING_TO_CONFIRM = ("Er is dus niets te exporteren of te verwijderen; het vakje 'export "
                      "gecontroleerd' is daarom uit.")


def choose_export_path(parent: QWidget | None, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, "Export opslaan als",
                                          str(Path.home() / suggested), "JSON (*.json)")
    return Path(name) if name else None


class RetentionDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 chooser=choose_export_path) -> None:
        super().__init__(parent)
        self.setWindowTitle("Bewaartermijn verstreken")
        self.setMinimumWidth(560)
        self._session = session
        self._chooser = chooser
        self._proofs: dict[int, str] = {}
        years = retention_years(session.vault)
        meldcode_years = meldcode_retention_years(session.vault)
        meldcode_note = ("" if meldcode_years == years else
                         f" Een dossier met een meldcodetraject blijft {meldcode_years} jaar "
                         "na vertrek bewaard, in zijn geheel.")
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"Leerlingen die langer dan {years} jaar geleden zijn vertrokken.{meldcode_note} "
            "Maak eerst een export van het dossier (bijvoorbeeld voor het archief of een "
            "inzageverzoek); daarna kunt u het dossier definitief verwijderen.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        caption = QLabel("&Leerlingen:")
        self.pupils = QListWidget()
        self.pupils.setAccessibleName("Leerlingen met verstreken bewaartermijn")
        caption.setBuddy(self.pupils)
        layout.addWidget(caption)
        layout.addWidget(self.pupils, 1)
        self.export_button = QPushButton("&Exporteren…")
        self.export_button.setAccessibleName("Dossier exporteren")
        self.confirm = QCheckBox("Ik heb de export &gecontroleerd en veilig opgeslagen")
        self.confirm.setAccessibleName("Export gecontroleerd")
        self.delete_button = QPushButton("&Definitief verwijderen")
        self.delete_button.setAccessibleName("Dossier definitief verwijderen")
        close = QPushButton("&Sluiten")
        close.setAccessibleName("Sluiten")
        close.clicked.connect(self.reject)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Status")
        self.error = error_label("Foutmelding")
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(close)
        layout.addWidget(self.confirm)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.export_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.pupils.currentItemChanged.connect(self._update_buttons)
        self.confirm.toggled.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.pupils.clear()
        for pupil in self._session.retention.due():
            item = QListWidgetItem(f"{pupil.display_name}  (vertrokken "
                                   f"{pupil.leave_date:%d-%m-%Y})")
            item.setData(PUPIL_ID, pupil.id)
            self.pupils.addItem(item)
        for pupil, until in self._session.retention.held():
            # Listed (and reachable by keyboard, so a screen reader reads it) so the IB
            # sees why this leaver is not offered for deletion; no id: no buttons.
            item = QListWidgetItem(f"{pupil.display_name}  (vertrokken "
                                   f"{pupil.leave_date:%d-%m-%Y}) - Meldcodedossier: "
                                   f"bewaren tot {until:%d-%m-%Y}")
            item.setData(PUPIL_ID, None)
            item.setForeground(Qt.GlobalColor.darkGray)
            self.pupils.addItem(item)
        # Nothing to export: the tick box would confirm an export that cannot exist.
        nothing_due = not self._session.retention.due()
        self.confirm.setEnabled(not nothing_due)
        self.confirm.setToolTip(NOTHING_TO_CONFIRM if nothing_due else "")
        if nothing_due:
            self.confirm.setChecked(False)
            self.status.setText("Er zijn geen dossiers waarvan de bewaartermijn is verstreken. "
                                + NOTHING_TO_CONFIRM)
        self._update_buttons()

    def _selected(self) -> int | None:
        item = self.pupils.currentItem()
        return item.data(PUPIL_ID) if item else None

    def _update_buttons(self, *_args) -> None:
        pupil_id = self._selected()
        self.export_button.setEnabled(pupil_id is not None)
        self.delete_button.setEnabled(pupil_id in self._proofs and self.confirm.isChecked())

    def export_selected(self) -> Path | None:
        pupil_id = self._selected()
        if pupil_id is None:
            return None
        # Initials and date, as the inzage export: 'dossier-leerling-32.json' named the
        # vault's internal number, which tells nobody whose archive it is (walk s30).
        pupil = self._session.basedata.pupil(pupil_id)
        stem = initials_stem(pupil.display_name, self._session.basedata.today)
        target = self._chooser(self, f"{stem}-dossier-archief.json")
        if target is None:
            return None
        export = self._session.retention.export_json(pupil_id)
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(export)
        except FileExistsError:
            show_error(self.error, "Dat bestand bestaat al; kies een andere naam.")
            return None
        except OSError:
            show_error(self.error, "De export kon niet worden opgeslagen op die plek.")
            return None
        show_error(self.error, "")
        self._proofs[pupil_id] = export_digest(export)
        self.confirm.setChecked(False)
        self.status.setText(f"Export opgeslagen: {target}. Controleer hem, vink het vakje aan "
                            "en verwijder daarna het dossier.")
        self._update_buttons()
        return target

    def delete_selected(self) -> bool:
        pupil_id = self._selected()
        if pupil_id is None or pupil_id not in self._proofs or not self.confirm.isChecked():
            return False
        delete = self._session.retention.deletion_for_worker(pupil_id,
                                                             self._proofs.pop(pupil_id))
        try:
            # Off the UI thread (up to tens of seconds in a large school); one transaction
            # on the worker's own connection, so it cannot be stopped halfway.
            emptied = run_in_background(
                self, "Dossier verwijderen", "Het dossier wordt definitief verwijderd. Dit "
                "kan even duren en kan niet worden afgebroken.",
                lambda _progress: delete(), cancellable=False)
        except ValidationError as error:
            show_error(self.error, " ".join(p.message for p in error.problems))
            return False
        self._session.settle_compact(emptied)
        show_error(self.error, "")
        self.confirm.setChecked(False)
        self.reload()
        self.status.setText("Het dossier is definitief verwijderd. In het auditlogboek staat "
                            "alleen het leerlingnummer.")
        return True
