"""Bijlagen bij een record: list, add (checked by content), open, take out of the dossier."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.attachments.file_kind import (
    ALLOWED_TEXT,
    IMAGE_KINDS,
    KIND_LABELS,
    MAX_ATTACHMENT_BYTES,
    FileKind,
    check_size,
)
from zorgdesk.domain.attachments.records import RECORD_LABELS, RecordKind
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.attachments import viewing
from zorgdesk.services.attachments.service import AttachmentInfo, AttachmentService
from zorgdesk.services.drafts import DraftService
from zorgdesk.services.errors import ExportWriteError
from zorgdesk.ui.attachments import viewers
from zorgdesk.ui.dialogs import run_modal
from zorgdesk.ui.pdf_preview import PdfPreviewDialog
from zorgdesk.ui.unsaved import DraftPlace
from zorgdesk.ui.widgets import action_button, error_label, show_error

REASON_FORM = "bijlage_weg"  # the draft of the reason (ui/form_drafts.py)
FILE_FILTER = ("Bijlagen (*.pdf *.png *.jpg *.jpeg *.eml *.msg);;PDF (*.pdf);;"
               "Afbeeldingen (*.png *.jpg *.jpeg);;E-mail (*.eml *.msg)")


def _line(a: AttachmentInfo) -> str:
    size = f"{max(1, round(a.size / 1024))} kB"
    added = "-".join(reversed(a.recorded_at[:10].split("-")))  # dd-mm-jjjj
    return f"{a.filename} — {KIND_LABELS[a.file_kind]}, {size}, toegevoegd {added} door " \
           f"{a.recorded_by}"


class AttachmentsDialog(QDialog):
    def __init__(self, attachments: AttachmentService, pupil_id: int,
                 record_kind: RecordKind, record_id: int, record_title: str,
                 parent: QWidget | None = None, drafts: DraftService | None = None) -> None:
        """``drafts``: where the reason to take one out is kept until it is out."""
        super().__init__(parent)
        self.attachments = attachments
        self.drafts = drafts
        self.pupil_id, self.record_kind, self.record_id = pupil_id, record_kind, record_id
        self.setWindowTitle(f"Bijlagen — {RECORD_LABELS[record_kind]}")
        self.resize(760, 420)
        heading = QLabel(f"Bijlagen bij {RECORD_LABELS[record_kind]}: {record_title}")
        heading.setWordWrap(True)
        hint = QLabel(f"Toegestaan: {ALLOWED_TEXT}, maximaal {MAX_ATTACHMENT_BYTES // 2**20} MB "
                      "per bestand. Bijlagen worden versleuteld in de kluis bewaard.")
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Bijlagen")
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(self.open_selected)
        self.error = error_label("Foutmelding")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Melding")
        self.add_button = action_button("&Toevoegen…", "Bijlage toevoegen", self.choose_file)
        self.open_button = action_button("&Openen", "Bijlage openen", self.open_selected)
        self.remove_button = action_button("&Uit dossier halen…", "Bijlage uit dossier halen",
                                           self.remove_selected)
        close = action_button("&Sluiten", "Sluiten", self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        for widget in (heading, hint, self.list, self.error, self.status):
            layout.addWidget(widget, 1 if widget is self.list else 0)
        layout.addLayout(row)
        self.shown: list[AttachmentInfo] = []
        self.reload()

    def reload(self) -> None:
        self.shown = self.attachments.for_record(self.record_kind, self.record_id)
        self.list.clear()
        for a in self.shown:
            item = QListWidgetItem(_line(a))
            item.setData(256, a.id)
            self.list.addItem(item)
        if not self.shown:
            self.list.addItem(QListWidgetItem("Nog geen bijlagen."))
        self.list.setCurrentRow(0 if self.shown else -1)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and not self.attachments.vault.read_only)
        self.add_button.setEnabled(not self.attachments.vault.read_only)

    def selected(self) -> AttachmentInfo | None:
        row = self.list.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Bijlage kiezen", "", FILE_FILTER)
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> bool:
        """Store one file; a refusal is shown in Dutch and nothing is written."""
        show_error(self.error, "")
        self.status.setText("")
        try:
            check_size(path.name, path.stat().st_size)  # a 2 GB file is never read
            data = path.read_bytes()
            self.attachments.add(self.pupil_id, self.record_kind, self.record_id, path.name,
                                 data)
        except ValidationError as error:
            show_error(self.error, " ".join(p.message for p in error.problems))
            return False
        except OSError:
            show_error(self.error, f"Het bestand «{path.name}» kon niet worden gelezen. "
                                   "Controleer of het nog bestaat; er is niets bewaard.")
            return False
        self.reload()
        self.list.setCurrentRow(len(self.shown) - 1)
        self.status.setText(f"«{path.name}» is versleuteld in de kluis bewaard. Het "
                            "originele bestand kunt u nu zelf verwijderen.")
        return True

    def open_selected(self, *_args) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        data = self.attachments.content(chosen.id)
        if chosen.file_kind == FileKind.PDF:
            # The file's own name may name the pupil: the print queue shows "Bijlage".
            run_modal(PdfPreviewDialog(chosen.filename, data, chosen.filename, self,
                                       print_title="Bijlage"))
        elif chosen.file_kind in IMAGE_KINDS:
            run_modal(viewers.ImageViewDialog(chosen.filename, data, self))
        else:
            self._open_outside(chosen, data)

    def _open_outside(self, chosen: AttachmentInfo, data: bytes) -> None:
        try:
            path = viewing.write_for_viewing(chosen.filename, data)
        except ExportWriteError as error:
            show_error(self.error, str(error))
            return
        if viewers.open_outside(path):
            self.status.setText("De e-mail is geopend in uw e-mailprogramma. De tijdelijke "
                                "kopie wordt verwijderd zodra u dit venster sluit.")
        else:
            viewing.clear()
            show_error(self.error, "Er is geen programma gevonden om deze e-mail te openen.")

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        draft = reason_draft(self.drafts, self.pupil_id, chosen.id)
        ask = viewers.RemovalReasonDialog(chosen.filename, self, draft)
        if not run_modal(ask):
            return
        try:
            self.attachments.remove(chosen.id, ask.reason)
        except ValidationError as error:  # the reason stays in its draft
            show_error(self.error, " ".join(p.message for p in error.problems))
            return
        if draft is not None:  # out of the dossier: the reason has done its job
            draft.drafts.discard(draft.form, draft.key)
        self.reload()
        self.status.setText(f"«{chosen.filename}» is uit het dossier gehaald. De reden is "
                            "vastgelegd.")

    def done(self, result: int) -> None:
        viewing.clear()  # the plaintext copies for the mail program go with the window
        super().done(result)


def reason_draft(drafts: DraftService | None, pupil_id: int,
                 attachment_id: int) -> DraftPlace | None:
    """Where the reason to take this attachment out is kept until it is out: a draft of
    the pupil (retention takes it along with her)."""
    if drafts is None:
        return None
    return DraftPlace(drafts, REASON_FORM, str(attachment_id), pupil_id)


def show_attachments(parent: QWidget, session, pupil_id: int, record_kind: RecordKind,
                     record_id: int, record_title: str) -> None:
    run_modal(AttachmentsDialog(session.attachments, pupil_id, record_kind, record_id,
                                record_title, parent, drafts=session.drafts))
