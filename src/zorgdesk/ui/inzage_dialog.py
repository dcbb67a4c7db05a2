"""Inzage-export: a parent asks to inspect the dossier; write PDF + JSON to a folder.

Who asks and why go into the sharing trail together with what was handed over. The
file name is prefilled with initials and date only: names on a USB stick are visible.
What is typed is kept as a draft of the pupil (``inzage``, key her id) over the lock and
quitting, and goes once the export is written (ui/form_drafts.py).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.people import Pupil
from zorgdesk.domain.progress import Progress
from zorgdesk.domain.resource_files import ResourceFileError
from zorgdesk.domain.sharing import BASES, SharingDraft
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.inzage import DEFAULT_BASIS, ExportResult
from zorgdesk.services.private_files import renewed_stem
from zorgdesk.ui.background import Cancelled, read_in_background
from zorgdesk.ui.dialogs import open_dialog
from zorgdesk.ui.field_errors import FieldErrors
from zorgdesk.ui.form_drafts import DraftKeeper, restore, snapshot
from zorgdesk.ui.pdf_preview import PdfPreviewDialog
from zorgdesk.ui.unsaved import draft_place, guard_with_draft
from zorgdesk.ui.widgets import action_button, add_folder_row, add_row, error_label, show_error

DRAFT_FORM = "inzage"
SUGGESTED = "suggested_name"  # kept in the draft beside the fields
# Field key -> how a screen reader names its error line (Dutch, never the code name).
_FIELDS = {"requested_by": "aangevraagd door", "basis": "doel of grondslag", "folder": "map",
           "base_name": "bestandsnaam"}


class InzageDialog(QDialog):
    exported = Signal(str)  # a Dutch line for the status bar: where the files went

    def __init__(self, session, pupil_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pupil_id = pupil_id
        self.service = session.inzage
        self.result_paths: ExportResult | None = None
        self.preview: PdfPreviewDialog | None = None
        pupil = session.basedata.pupil(pupil_id)
        self.setWindowTitle(f"Inzage-export — {pupil.display_name}")
        self.setMinimumWidth(560)

        self._make_fields(pupil)
        self._bind_errors()
        intro = QLabel("Alles wat ZorgDesk over deze leerling bewaart, als PDF om te lezen en "
                       "als JSON-bestand (machineleesbaar). Andere leerlingen staan er alleen "
                       "met initialen in. De export komt in de verstrekkingen.")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._export_form())
        layout.addWidget(self.general_error)
        layout.addLayout(self._buttons())
        # Escape, Annuleren and the X ask before typing goes; the lock keeps it as a draft.
        self.guard = guard_with_draft(
            self, None, draft_place(session, DRAFT_FORM, str(pupil_id), pupil_id), layout,
            _inzage_state, _restore_inzage)
        self.cancel_button.clicked.disconnect()
        self.cancel_button.clicked.connect(self.guard.cancel)
        self.requested_by.setFocus()

    # -- building ------------------------------------------------------------------

    def _make_fields(self, pupil: Pupil) -> None:
        """Who asks and why (for the sharing trail), where the files go and their name
        (initials and date only)."""
        self.requested_by = QLineEdit()
        self.requested_by.setPlaceholderText("bijv. ouder (moeder)")
        self.basis = QComboBox()
        self.basis.setEditable(True)
        self.basis.addItems(BASES)
        self.basis.setCurrentText(DEFAULT_BASIS)
        self.basis.lineEdit().setAccessibleName("Doel of grondslag")  # screen readers land here
        self.folder = QLineEdit()
        self.browse = action_button("&Bladeren…", "Map kiezen", self._choose_folder)
        self.suggested_name = self.service.suggested_name(pupil)
        self.base_name = QLineEdit(self.suggested_name)

    def _bind_errors(self) -> None:
        """An error line per field; editing a field clears its error."""
        self.errors = {f: error_label(f"Fout bij {name}") for f, name in _FIELDS.items()}
        self.general_error = error_label("Foutmelding")
        self.field_errors = FieldErrors(self.general_error)
        for field, widget in (("requested_by", self.requested_by), ("basis", self.basis),
                              ("folder", self.folder), ("base_name", self.base_name)):
            self.field_errors.bind(field, self.errors[field], widget)

    def _export_form(self) -> QFormLayout:
        """The fields with their captions and error lines, and why the file name should
        hold no full name."""
        form = QFormLayout()
        add_row(form, "&Aangevraagd door:", self.requested_by, "Aangevraagd door")
        form.addRow("", self.errors["requested_by"])
        add_row(form, "&Doel / grondslag:", self.basis, "Doel of grondslag")
        form.addRow("", self.errors["basis"])
        add_folder_row(form, self.folder, self.browse)
        form.addRow("", self.errors["folder"])
        add_row(form, "Bestands&naam:", self.base_name, "Bestandsnaam zonder extensie")
        hint = QLabel("Er komen twee bestanden: <i>naam</i>-inzage.pdf en -inzage.json. "
                      "Zet er liever geen volledige naam in: bestandsnamen op een USB-stick "
                      "zijn voor iedereen leesbaar.")
        hint.setWordWrap(True)
        form.addRow("", self.errors["base_name"])
        form.addRow(hint)
        return form

    def _buttons(self) -> QHBoxLayout:
        """Voorbeeld at the left; Exporteren (the default) and Annuleren at the right."""
        self.preview_button = action_button("&Voorbeeld…", "Voorbeeld van de PDF",
                                            self.show_preview)
        self.export_button = action_button("&Exporteren", "Exporteren", self.export)
        self.export_button.setDefault(True)
        self.cancel_button = action_button("Annu&leren", "Annuleren", self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        return buttons

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Map voor de inzage-export",
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            show_error(label, "")

    def _show(self, error: ValidationError) -> None:
        """Each message at its field and the cursor in the first of them."""
        self.field_errors.refused((p.field, p.message) for p in error.problems)
        self.adjustSize()  # room for the messages; nothing typed is touched

    def export(self) -> ExportResult | None:
        """Write both files; on any problem say what, next to the field, and keep the input."""
        self._clear_errors()
        # Reading and rendering a big dossier take seconds: both in a worker thread on
        # a read-only connection of its own; Annuleren discards it and nothing is written.
        work = functools.partial(_prepare_and_render, self.pupil_id, self.folder.text(),
                                 self.requested_by.text(), self.basis.currentText(),
                                 self.base_name.text())
        try:
            ready = read_in_background(self, "Inzage-export", "Het dossier wordt opgemaakt…",
                                       self.session, work)
            result = self.service.write_export(ready)
        except Cancelled:
            show_error(self.general_error, "De export is afgebroken; er is niets opgeslagen.")
            return None
        except ValidationError as error:
            self._show(error)
            return None
        except (OSError, ResourceFileError) as error:
            # ResourceFileError: a broken form (forms/*.json), named in Dutch; the input
            # stays, and the export works again once the file is repaired.
            show_error(self.general_error, str(error))
            self.adjustSize()
            return None
        self.result_paths = result
        if self.drafts is not None:  # written: the typing has done its job
            self.drafts.saved()
        self.exported.emit(f"Inzage-export opgeslagen: {result.pdf_path.name} en "
                           f"{result.json_path.name} in {result.pdf_path.parent}; "
                           "vastgelegd bij de verstrekkingen.")
        self.accept()
        return result

    def show_preview(self) -> PdfPreviewDialog | None:
        """The PDF from memory; printing or saving it from there is recorded as well."""
        self._clear_errors()
        try:
            pdf = read_in_background(self, "Inzage-export", "Het voorbeeld wordt opgemaakt…",
                                     self.session, functools.partial(_preview_pdf,
                                                                     self.pupil_id))
        except Cancelled:
            return None
        except ResourceFileError as error:
            show_error(self.general_error, str(error))
            self.adjustSize()
            return None
        # The preview is this dialog's child: its callback gets the fields it reads, never
        # a bound method of this dialog (ui/dialogs.py, rule 3).
        record = functools.partial(_record_preview_export, self.session, self.pupil_id,
                                   self.service.today, self.requested_by, self.basis,
                                   self.field_errors, self.drafts)
        self.preview = PdfPreviewDialog(
            "Inzage-export", pdf, f"{self.base_name.text()}-inzage.pdf", self,
            on_exported=record)
        return open_dialog(self.preview)


def _inzage_state(dialog: InzageDialog) -> dict:
    """The fields, and the file name suggested that day: the name says when the files
    were made, so a draft restored another day gets that day's date (s33)."""
    return {**snapshot(dialog), SUGGESTED: dialog.suggested_name}


def _restore_inzage(dialog: InzageDialog, state: dict) -> None:
    restore(dialog, state)
    then = state.get(SUGGESTED)
    dialog.base_name.setText(renewed_stem(dialog.base_name.text(),
                                          then if isinstance(then, str) else None,
                                          dialog.suggested_name))


def _record_preview_export(session, pupil_id: int, today, requested_by: QLineEdit,
                           basis: QComboBox, field_errors: FieldErrors,
                           drafts: DraftKeeper | None, how: str) -> None:
    who = requested_by.text().strip() or "niet ingevuld"
    try:
        session.sharing.record(pupil_id, SharingDraft(
            shared_with=who[:200], basis=basis.currentText().strip() or DEFAULT_BASIS,
            shared_on=today, what=f"Inzage-export (PDF), {how} vanuit het voorbeeld"))
    except ValidationError as error:
        unplaced = field_errors.show((p.field, p.message) for p in error.problems)
        if unplaced and field_errors.general is not None:
            show_error(field_errors.general, " ".join(unplaced))
        return
    if drafts is not None:  # recorded with what was typed: that draft has done its job
        drafts.settled()


def _prepare_and_render(pupil_id: int, folder: str, requested_by: str, basis: str,
                        base_name: str, reader, progress: Progress):
    """In the worker: check the input (ValidationError), read the dossier, make both
    documents; only they go back to the UI thread (ReadyExport)."""
    prepared = reader.inzage.prepare_export(pupil_id, folder, requested_by, basis=basis,
                                            base_name=base_name)
    progress.check()
    return reader.inzage.ready(prepared, _checked(prepared.render(), progress))


def _preview_pdf(pupil_id: int, reader, progress: Progress) -> bytes:
    render = reader.inzage.pdf_renderer(reader.inzage.collect(pupil_id))
    progress.check()
    return _checked(render(), progress)


def _checked(pdf: bytes, progress: Progress) -> bytes:
    """The PDF, unless the IB cancelled while it was made (then nothing is kept)."""
    progress.check()
    return pdf
