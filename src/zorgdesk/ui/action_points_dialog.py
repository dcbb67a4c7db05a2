"""Actiepunten across all pupils: open agreements with their dates, overdue marked."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.action_points import ActionPointService
from zorgdesk.ui.widgets import error_label, reports_broken_files, show_error
from zorgdesk.ui.window_size import fit_to_screen

OVERDUE = QColor("#fde2e1")
COLUMNS = ("Leerling", "Vóór", "Stand", "Nr.", "Afspraak", "Wie")


class ActionPointsDialog(QDialog):
    def __init__(self, service: ActionPointService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle("Actiepunten uit zorggesprekken (alle leerlingen)")
        fit_to_screen(self, 900, 480)
        self.points = []
        intro = QLabel("Afspraken uit uitgereikte verslagen. Verlopen afspraken staan bovenaan "
                       "en zijn gemarkeerd met ‘te laat’.")
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setAccessibleName("Actiepunten")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.show_closed = QCheckBox("Toon ook &afgesloten actiepunten")
        self.show_closed.setAccessibleName("Toon ook afgesloten actiepunten")
        self.show_closed.toggled.connect(self.refresh)
        self.done_button = QPushButton("Af&gerond")
        self.done_button.setAccessibleName("Actiepunt afgerond")
        self.done_button.clicked.connect(lambda: self.close_selected("afgerond"))
        self.failed_button = QPushButton("&Niet nagekomen")
        self.failed_button.setAccessibleName("Actiepunt niet nagekomen")
        self.failed_button.clicked.connect(lambda: self.close_selected("niet nagekomen"))
        close = QPushButton("&Sluiten")
        close.setAccessibleName("Sluiten")
        close.clicked.connect(self.accept)
        self.error = error_label("Foutmelding actiepunten")
        row = QHBoxLayout()
        row.addWidget(self.show_closed)
        row.addStretch(1)
        for b in (self.done_button, self.failed_button, close):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.refresh()

    @reports_broken_files
    def refresh(self) -> None:
        """A broken forms/zorggesprek.json is named in the dialog; the list stays as it was."""
        today = self.service.conversations.today
        self.points = self.service.action_points(self.show_closed.isChecked())
        show_error(self.error, "")
        self.table.setRowCount(0)
        for p in self.points:
            r = self.table.rowCount()
            self.table.insertRow(r)
            late = p.overdue(today)
            state = p.outcome or ("te laat" if late else "open")
            texts = (p.pupil_name, p.due.strftime("%d-%m-%Y") if p.due else "–", state,
                     str(p.agreement_no), p.agreement.what, p.agreement.who)
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if late:
                    item.setBackground(QBrush(OVERDUE))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    @reports_broken_files
    def close_selected(self, outcome: str) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            show_error(self.error, "Kies eerst een actiepunt in de lijst.")
            return
        p = self.points[rows[0].row()]
        try:
            self.service.close(p.conversation_id, p.agreement_no, outcome)
        except ValidationError as exc:
            show_error(self.error, " ".join(x.message for x in exc.problems))
            return
        show_error(self.error, "")
        self.refresh()
