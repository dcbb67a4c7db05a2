"""Actiepunten across all pupils: open agreements with their dates, overdue marked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.conversations.action_points import ActionPointService
from zorgdesk.ui.lazy_model import LazyTableModel, fit_columns
from zorgdesk.ui.widgets import error_label, reports_broken_files, show_error
from zorgdesk.ui.window_size import fit_to_screen

OVERDUE = QColor("#fde2e1")
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)  # looked up once, not per cell and role
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
        # School-wide (thousands at a large school): a lazy model, cells made when painted.
        self.model = LazyTableModel(COLUMNS, self._cells, self, extra=self._colour)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list
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
        # Explicitly: on a real X server the window is activated later, and until then Qt
        # has not picked a focus widget (offscreen it happens at once).
        self.table.setFocus()

    @reports_broken_files
    def refresh(self) -> None:
        """A broken forms/zorggesprek.json is named in the dialog; the list stays as it was."""
        self._today = self.service.conversations.today
        self.points = self.service.action_points(self.show_closed.isChecked())
        show_error(self.error, "")
        self.model.set_rows(self.points)
        fit_columns(self.table, self.model)  # widths from 50 rows, measured by the font

    def _cells(self, p) -> tuple[str, ...]:
        late = p.overdue(self._today)
        state = p.outcome or ("te laat" if late else "open")
        return (p.pupil_name, f"{p.due:%d-%m-%Y}" if p.due else "–", state,
                str(p.agreement_no), p.agreement.what, p.agreement.who)

    def _colour(self, p, _column: int, role: int):
        if role == _BACKGROUND and p.overdue(self._today):
            return QBrush(OVERDUE)
        return None

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
