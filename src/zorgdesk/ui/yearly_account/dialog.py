"""Beheer > Jaarverantwoording meldcode: counts over a period for the bestuur, PDF or CSV.

The IB chooses the period (default: the last school year) and types the knelpunten;
'Berekenen' shows the figures as they will be printed (small counts as "< 5").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.validation import FieldProblem, ValidationError, parse_date
from zorgdesk.domain.yearly_account import PRIVACY_NOTE
from zorgdesk.services.private_files import ExportWriteError
from zorgdesk.services.session import Session
from zorgdesk.services.yearly_account.service import school_year_before
from zorgdesk.ui.unsaved import draft_of_no_pupil, guard_with_draft
from zorgdesk.ui.widgets import action_button, add_row, error_label, focus_first_field, show_error
from zorgdesk.ui.window_size import fit_to_screen

DRAFT_FORM, DRAFT_KEY = "jaarverantwoording", "meldcode"  # one per vault (ui/form_drafts)


def choose_target(parent: QWidget | None, suggested: str, kind: str) -> Path | None:
    pattern = "PDF (*.pdf)" if kind == "pdf" else "CSV (*.csv)"
    name, _ = QFileDialog.getSaveFileName(parent, "Jaarverantwoording opslaan als",
                                          str(Path.home() / suggested), pattern)
    return Path(name) if name else None


class YearlyAccountDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 chooser=choose_target) -> None:
        super().__init__(parent)
        self.setWindowTitle("Jaarverantwoording meldcode — ZorgDesk")
        self._service = session.yearly_account
        self._chooser = chooser
        self.account = None
        self.saved: list[Path] = []
        first, last = school_year_before(session.today)
        layout = QVBoxLayout(self)
        intro = QLabel("Aantallen over de meldcodetrajecten in een periode, voor het bestuur. "
                       + PRIVACY_NOTE)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._period_form(first, last))
        layout.addWidget(self._figures_table(), 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Melding")
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())
        fit_to_screen(self, 760, 640)
        focus_first_field(self)
        # Escape or Sluiten asks before typed knelpunten that were not saved are lost;
        # what is typed is kept as a draft of no pupil over the lock (m0023).
        self.guard = guard_with_draft(self, None, draft_of_no_pupil(
            session, DRAFT_FORM, DRAFT_KEY), layout)
        self.close_button.clicked.connect(self.guard.cancel)

    # -- building ------------------------------------------------------------------

    def _period_form(self, first: date, last: date) -> QFormLayout:
        """Van, Tot en met (default: the last school year) and the knelpunten, each with
        its error line."""
        form = QFormLayout()
        self.start = QLineEdit(f"{first:%d-%m-%Y}")
        self.end = QLineEdit(f"{last:%d-%m-%Y}")
        for edit in (self.start, self.end):
            edit.setPlaceholderText("dd-mm-jjjj")
        add_row(form, "&Van:", self.start, "Begin van de periode")
        self.errors = {"start": error_label("Fout bij begin"), "end": error_label("Fout bij eind"),
                       "knelpunten": error_label("Fout bij knelpunten")}
        form.addRow(self.errors["start"])
        add_row(form, "&Tot en met:", self.end, "Eind van de periode")
        form.addRow(self.errors["end"])
        self.knelpunten = QPlainTextEdit()
        self.knelpunten.setTabChangesFocus(True)
        self.knelpunten.setMaximumHeight(90)
        self.knelpunten.setPlaceholderText("Knelpunten bij de uitvoering van de meldcode; "
                                           "noem geen namen.")
        add_row(form, "&Knelpunten:", self.knelpunten, "Knelpunten")
        form.addRow(self.errors["knelpunten"])
        return form

    def _figures_table(self) -> QTableWidget:
        """The figures as they will be printed, filled by Berekenen."""
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["Omschrijving", "Waarde"])
        self.table.setAccessibleName("Cijfers van de jaarverantwoording")
        self.table.setTabKeyNavigation(False)
        # The figures are what the bestuur reads: their column as wide as they are, the
        # descriptions in the rest, wrapped (walk s37, 12 pt on 1280x720: the descriptions
        # took the whole width and the figures sat behind a sideways scroll bar; the empty
        # first column cut its header to 'Dmschrijving').
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        # Rows follow the width of the description column (after a resize too).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        return self.table

    def _buttons(self) -> QHBoxLayout:
        """Berekenen (Enter in a date field), PDF and CSV opslaan; Sluiten at the end."""
        self.compute_button = action_button("&Berekenen", "Berekenen", self._compute)
        self.pdf_button = action_button("&PDF opslaan…", "PDF opslaan", self._save_pdf)
        self.csv_button = action_button("&CSV opslaan…", "CSV opslaan", self._save_csv)
        self.close_button = QPushButton("&Sluiten")  # connected to the guard
        self.close_button.setAccessibleName("Sluiten")
        for button in (self.compute_button, self.pdf_button, self.csv_button,
                       self.close_button):
            button.setAutoDefault(False)
        self.compute_button.setDefault(True)  # Enter in a date field shows the figures
        buttons = QHBoxLayout()
        for button in (self.compute_button, self.pdf_button, self.csv_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        return buttons

    def _compute(self) -> bool:
        for label in self.errors.values():
            show_error(label, "")
        problems: list[FieldProblem] = []
        start = parse_date(self.start.text(), "start", "de begindatum", problems)
        end = parse_date(self.end.text(), "end", "de einddatum", problems)
        try:
            if problems:
                raise ValidationError(problems)
            self.account = self._service.build(start, end, self.knelpunten.toPlainText())
        except ValidationError as error:
            for problem in error.problems:
                show_error(self.errors[problem.field], problem.message)
            self.status.setText("Controleer de gemarkeerde velden.")
            widget = {"start": self.start, "end": self.end}.get(error.problems[0].field,
                                                                   self.knelpunten)
            widget.setFocus()
            self.account = None
            return False
        rows = self.account.table()
        self.table.setRowCount(len(rows))
        for i, (section, label, shown) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(f"{section}: {label}"))
            self.table.setItem(i, 1, QTableWidgetItem(shown))
        self.status.setText("Berekend. Kies PDF opslaan of CSV opslaan.")
        return True

    def _save_pdf(self) -> None:
        self._save("pdf")

    def _save_csv(self) -> None:
        self._save("csv")

    def _save(self, kind: str) -> None:
        if not self._compute():
            return
        account = self.account
        path = self._chooser(self, f"jaarverantwoording-meldcode-{account.end:%Y}.{kind}", kind)
        if path is None:
            return
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        try:
            self._service.save(account, path)
        except ExportWriteError as error:
            self.status.setText(str(error))
            return
        self.saved.append(path)
        self.guard.reset()  # what was typed is in the saved file now
        self.drafts.settled()
        self.status.setText(f"Opgeslagen als {path.name}.")
