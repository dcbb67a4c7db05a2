"""Overdrachtsdossier: choose records, read exactly what goes, write PDF + JSON.

Left the choices (receiving school, kind of school, why, the records, the grondslag for
meldcode information, folder and file name), right the preview: the very text that goes
into the PDF and the JSON file, rebuilt a moment after every change. The files are
written in a worker thread; the transfer then goes into the sharing trail.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.resource_files import ResourceFileError
from zorgdesk.domain.transfer.model import MELDCODE_BASES, Destination, TransferDraft
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.errors import VaultError
from zorgdesk.services.transfer import TransferResult
from zorgdesk.ui.background import Cancelled, run_in_background
from zorgdesk.ui.field_errors import FieldErrors
from zorgdesk.ui.record_picker import RecordPicker
from zorgdesk.ui.unsaved import draft_place, guard_with_draft
from zorgdesk.ui.widgets import (
    action_button,
    add_folder_row,
    add_row,
    error_label,
    narrow_combo,
    show_error,
)
from zorgdesk.ui.window_size import fit_to_screen

# Field key -> how a screen reader names its error line.
_FIELDS = {"receiving_school": "ontvangende school", "destination": "soort onderwijs",
           "reason": "waarom deze stukken", "records": "stukken",
           "meldcode_basis": "grondslag meldcode-informatie", "folder": "map",
           "base_name": "bestandsnaam"}
PREVIEW_DELAY_MS = 250
DRAFT_FORM = "overdracht"  # what is typed and ticked, kept until the export


class TransferDialog(QDialog):
    exported = Signal(str)  # a Dutch line for the status bar: where the files went

    def __init__(self, session, pupil_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = session.transfer
        self.pupil_id = pupil_id
        self.composer = self.service.composer(pupil_id)  # choices and name removal, once
        self.result_paths: TransferResult | None = None
        self.setWindowTitle(f"Overdrachtsdossier — {self.composer.pupil.display_name}")
        fit_to_screen(self, 1060, 600)

        self._make_choice_fields()
        self._bind_errors()
        columns = QHBoxLayout()
        columns.addLayout(self._choices_form(), 5)
        columns.addLayout(self._preview_column(), 6)
        intro = QLabel("Kies wat de nieuwe school nodig heeft om de zorg door te zetten. "
                       "Andere leerlingen, hun ouders en medewerkers komen er alleen met "
                       "initialen in. Er komen twee bestanden (PDF met ontvangstbevestiging "
                       "en JSON); de overdracht komt in de verstrekkingen.")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(self._buttons())

        self._timer = self._preview_follows_the_choices()
        self.refresh_preview()
        self.school.setFocus()
        # Escape, Annuleren and the window's X ask before what was typed and ticked is
        # thrown away; it is kept as a draft until the export (also over the lock).
        self.guard = guard_with_draft(self, None, draft_place(
            session, DRAFT_FORM, f"nieuw:{pupil_id}", pupil_id), layout)
        self.cancel_button.clicked.connect(self.guard.cancel)

    # -- building ------------------------------------------------------------------

    def _make_choice_fields(self) -> None:
        """The fields of the left column: to whom, why, which records, where to."""
        self.school = QLineEdit()
        self.school.setPlaceholderText("bijv. CSG Het Baken, Almere")
        self.destination = narrow_combo(QComboBox(), 22)
        self.destination.addItem("— kies —", "")
        for destination in Destination:
            self.destination.addItem(destination.label, destination.value)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText("bijv. zodat de mentor weet welke zorg er was en welke "
                                       "afspraken nog lopen")
        self.reason.setFixedHeight(58)
        self.records = RecordPicker("Stukken om mee te geven",
                                    "Bij deze leerling is nog niets vastgelegd.", rows=None)
        self.records.set_choices((n, c.title) for n, c in enumerate(self.composer.choices))
        self.records.setMinimumHeight(90)
        # Long titles end in "…" (the whole title is its tooltip and in the preview).
        self.records.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.records.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.basis = narrow_combo(QComboBox(), 22)
        self.basis.setEditable(True)
        self.basis.addItem("")
        self.basis.addItems(MELDCODE_BASES)
        self.basis.lineEdit().setPlaceholderText("verplicht bij meldcode-informatie")
        self.basis.lineEdit().setAccessibleName("Grondslag meldcode-informatie")
        self.folder = QLineEdit()
        self.browse = action_button("&Bladeren…", "Map kiezen", self._choose_folder)
        self.base_name = QLineEdit(self.service.suggested_name(self.pupil_id))

    def _bind_errors(self) -> None:
        """An error line under every field; typing in a field clears its line."""
        self.errors = {f: error_label(f"Fout bij {name}") for f, name in _FIELDS.items()}
        self.general_error = error_label("Foutmelding")
        self.field_errors = FieldErrors(self.general_error)
        for field, widget in (("receiving_school", self.school),
                              ("destination", self.destination), ("reason", self.reason),
                              ("meldcode_basis", self.basis), ("folder", self.folder),
                              ("base_name", self.base_name)):
            self.field_errors.bind(field, self.errors[field], widget)
        self.field_errors.bind("records", self.errors["records"])
        self.records.itemChanged.connect(
            lambda *_a, label=self.errors["records"]: show_error(label, ""))

    def _choices_form(self) -> QFormLayout:
        """The left column: each field with its caption and its error line."""
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        add_row(form, "Ontvangende &school:", self.school, "Ontvangende school")
        form.addRow("", self.errors["receiving_school"])
        add_row(form, "Soort &onderwijs:", self.destination, "Soort onderwijs")
        form.addRow("", self.errors["destination"])
        add_row(form, "&Waarom deze stukken:", self.reason, "Waarom deze stukken")
        form.addRow("", self.errors["reason"])
        add_row(form, "S&tukken:", self.records, "Stukken om mee te geven")
        form.addRow("", self._check_buttons())
        form.addRow("", self.errors["records"])
        add_row(form, "&Grondslag meldcode:", self.basis, "Grondslag meldcode-informatie")
        form.addRow("", self.errors["meldcode_basis"])
        add_folder_row(form, self.folder, self.browse)
        form.addRow("", self.errors["folder"])
        add_row(form, "Bestands&naam:", self.base_name, "Bestandsnaam zonder extensie")
        form.addRow("", self.errors["base_name"])
        return form

    def _check_buttons(self) -> QHBoxLayout:
        """Alles / Niets aanvinken under the list of records."""
        self.check_all = action_button("&Alles aanvinken", "Alle stukken aanvinken",
                                       lambda *_a, r=self.records: _check_all(r, True))
        self.check_none = action_button("N&iets aanvinken", "Geen enkel stuk aanvinken",
                                        lambda *_a, r=self.records: _check_all(r, False))
        row = QHBoxLayout()
        row.addWidget(self.check_all)
        row.addWidget(self.check_none)
        row.addStretch(1)
        return row

    def _preview_column(self) -> QVBoxLayout:
        """The right column: the very text that goes into the PDF and the JSON file."""
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.preview.setAccessibleName("Voorbeeld: precies wat er meegaat")
        caption = QLabel("&Voorbeeld — precies wat er in de PDF en het JSON-bestand komt:")
        caption.setWordWrap(True)
        caption.setBuddy(self.preview)
        column = QVBoxLayout()
        column.addWidget(caption)
        column.addWidget(self.preview, 1)
        return column

    def _buttons(self) -> QHBoxLayout:
        self.export_button = action_button("&Exporteren", "Exporteren", self.export)
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton("Annu&leren")  # connected to the guard
        self.cancel_button.setAccessibleName("Annuleren")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        return buttons

    def _preview_follows_the_choices(self) -> QTimer:
        """A change of any choice rebuilds the preview a moment later (one rebuild for a
        burst of typing)."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(PREVIEW_DELAY_MS)
        timer.timeout.connect(self.refresh_preview)
        for signal in (self.school.textChanged, self.destination.currentIndexChanged,
                       self.reason.textChanged, self.records.itemChanged,
                       self.basis.editTextChanged):
            signal.connect(lambda *_args, timer=timer: timer.start())
        return timer

    # -- input ---------------------------------------------------------------------

    def draft(self) -> TransferDraft:
        choices = self.composer.choices
        return TransferDraft(
            receiving_school=self.school.text(), destination=self.destination.currentData(),
            reason=self.reason.toPlainText(),
            records=tuple(choices[n].ref for n in self.records.checked_ids()),
            meldcode_basis=self.basis.currentText())

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Map voor het overdrachtsdossier",
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def refresh_preview(self) -> None:
        """The preview of the choice as it stands (kept at the same scroll position)."""
        self._timer.stop()
        self._show_text(self.composer.preview_text(self.draft()))

    def _show_text(self, text: str) -> None:
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setPlainText(text)
        bar.setValue(position)

    # -- export --------------------------------------------------------------------

    def export(self) -> TransferResult | None:
        """Check, show exactly what goes, write both files in a worker, record the
        transfer. Any problem is shown next to its field; nothing typed is lost."""
        self.field_errors.clear()
        try:
            prepared = self.service.prepare_export(self.composer, self.draft(),
                                                   self.folder.text(), self.base_name.text())
        except VaultError as error:  # opened read-only: nothing can be recorded
            show_error(self.general_error, str(error))
            return None
        except ValidationError as error:
            unplaced = self.field_errors.show((p.field, p.message) for p in error.problems)
            if unplaced:
                show_error(self.general_error, "\n".join(unplaced))
            self._focus_first_problem(error)
            return None
        self._timer.stop()
        self._show_text(prepared.text)  # exactly this goes
        try:
            written = run_in_background(self, "Overdrachtsdossier",
                                        "Het overdrachtsdossier wordt opgemaakt…",
                                        prepared.write)
            result = self.service.finish_export(prepared, written)
        except Cancelled:
            show_error(self.general_error, "De export is afgebroken; er is niets opgeslagen.")
            return None
        except (OSError, ResourceFileError, VaultError) as error:
            show_error(self.general_error, str(error))
            return None
        self.result_paths = result
        self.exported.emit(f"Overdrachtsdossier opgeslagen: {result.pdf_path.name} en "
                           f"{result.json_path.name} in {result.pdf_path.parent}; "
                           "vastgelegd bij de verstrekkingen.")
        if self.drafts is not None:
            self.drafts.saved()  # the draft has done its job
        self.accept()
        return result

    def _focus_first_problem(self, error: ValidationError) -> None:
        widgets = {"receiving_school": self.school, "destination": self.destination,
                   "reason": self.reason, "records": self.records,
                   "meldcode_basis": self.basis, "folder": self.folder,
                   "base_name": self.base_name}
        for problem in error.problems:
            if problem.field in widgets:
                widgets[problem.field].setFocus(Qt.FocusReason.OtherFocusReason)
                return


def _check_all(records: RecordPicker, checked: bool) -> None:
    """Tick (or untick) every record; the preview follows through itemChanged."""
    for n in range(records.count()):
        item = records.item(n)
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
