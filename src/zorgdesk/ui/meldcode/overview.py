"""Overview of all open meldcode trajectories: step, days since start, what is due."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.services.meldcode.service import MeldcodeService
from zorgdesk.ui.window_size import fit_to_screen

HEADERS = ("Leerling", "Huidige stap", "Dagen sinds start", "Afweging", "Termijnen")
WRAPPED = {1: 30, 3: 30}  # step and afweging: at most this many average characters wide


def _fit_columns(table: QTableWidget) -> None:
    """Columns as wide as their text, the long step and afweging wrapped at about 30
    characters, Termijnen the rest and never narrower than its heading. A trajectory
    'Geen vermoeden: dossier vastleggen en sluiten, zorg blijven monitoren' left
    Termijnen 30 px, its heading cut to 'ermijne' (walk s31, 1,500 pupils, 1280x720)."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    average = table.fontMetrics().averageCharWidth()
    for column, characters in WRAPPED.items():
        header.resizeSection(column, min(header.sectionSize(column), characters * average))
    last = len(HEADERS) - 1
    heading = header.fontMetrics().horizontalAdvance(HEADERS[last]) + 4 * average
    header.setMinimumSectionSize(max(header.minimumSectionSize(), heading))
    header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
    table.resizeRowsToContents()


class MeldcodeOverviewDialog(QDialog):
    def __init__(self, service: MeldcodeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Overzicht meldcodetrajecten")
        fit_to_screen(self, 1040, 420)
        summaries, reminders = service.overview()  # one replay for both lists
        self.table = QTableWidget(len(summaries), len(HEADERS))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list
        self.table.setAccessibleName("Open meldcodetrajecten")
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for row, s in enumerate(summaries):
            step = s.current_step.title.split(": ", 1)
            cells = (s.pupil_name, f"{step[0]}: {step[1].split(':')[0].split(' en ')[0]}",
                     str(s.days_since_start), s.outcome.label, "\n".join(s.deadlines))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(s.current_step.title if column == 1 else text)
                self.table.setItem(row, column, item)
        self.table.setWordWrap(True)
        _fit_columns(self.table)
        self.reminders = QLabel("<br>".join(f"<b>{name}</b>: {text}" for name, text in reminders)
                                or "Geen herinneringen.")
        self.reminders.setWordWrap(True)
        self.reminders.setAccessibleName("Herinneringen voor alle trajecten")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("&Sluiten")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        empty = QLabel("Er zijn geen open meldcodetrajecten.")
        empty.setVisible(not summaries)
        layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel("<b>Herinneringen</b>"))
        layout.addWidget(self.reminders)
        layout.addWidget(buttons)
