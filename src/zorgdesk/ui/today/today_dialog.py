"""Vandaag: every deadline across pupils on one list, soonest first, overdue marked.

Enter or a double-click on a row opens that pupil on the tab that holds the record;
the list can be exported to the IB's own calendar as an .ics file (initials only).
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.dates import dutch_date
from zorgdesk.services.session import Session
from zorgdesk.services.today.deadlines import Deadline
from zorgdesk.ui.lazy_model import LazyTableModel

OVERDUE = QColor("#9b1c1c")
COLUMNS = ("Datum", "Leerling", "Soort", "Wat")
# Looked up once: the view asks data() for about ten roles per cell it paints.
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FITTED = 3  # the first three columns fit their texts; "Wat" takes the rest


class DeadlineList(QTreeView):
    """A flat list; Enter opens the current row (Tab leaves the list)."""

    open_requested = Signal(int)  # row index

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class _RowLook:
    """A row's texts and looks for the model. Not methods of the dialog: the model (a
    child of the dialog) would then hold the dialog in a reference cycle (issue 14)."""

    def __init__(self, font: QFont) -> None:
        self.today = date.today()
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.overdue = QBrush(OVERDUE)

    def when(self, deadline: Deadline) -> str:
        when = dutch_date(deadline.due) + (" · over tijd" if deadline.overdue(self.today)
                                           else "")
        return when + " · vandaag" if deadline.due == self.today else when

    def cells(self, deadline: Deadline) -> tuple[str, str, str, str]:
        return self.when(deadline), deadline.pupil_name, deadline.kind, deadline.what

    def extra(self, deadline: Deadline, column: int, role: int):
        if role == _TOOLTIP:
            return deadline.what if column == 3 else None
        if not deadline.overdue(self.today):
            return None
        if role == _FOREGROUND:
            return self.overdue
        if role == _FONT and column == 0:
            return self.bold
        return None


class TodayDialog(QDialog):
    """Emits ``record_requested(pupil_id, record kind, record id or -1, step)`` for a row
    (step: what to open in the record, e.g. the correction request or a meldcode form)."""

    record_requested = Signal(int, str, int, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Vandaag — termijnen van alle leerlingen")
        self.resize(980, 560)
        self.service = session.today_overview
        self.rows: list[Deadline] = []
        self._look = _RowLook(self.font())
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setAccessibleName("Samenvatting")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        list_label = QLabel("&Termijnen (Enter of dubbelklik opent het dossier):")
        # School-wide (thousands of rows at a large school): a lazy model, a row's texts
        # are made when it is painted; no item object per deadline (issue 23).
        self.model = LazyTableModel(COLUMNS, self._look.cells, self, extra=self._look.extra)
        self.list = DeadlineList()
        self.list.setModel(self.model)
        list_label.setBuddy(self.list)
        self.list.setAccessibleName("Termijnen")
        self.list.setRootIsDecorated(False)
        self.list.setItemsExpandable(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Bound methods, not lambdas over self (dialog lifetime rule, ui/dialogs.py).
        self.list.activated.connect(self._index_activated)
        self.list.open_requested.connect(self.open_row)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        self.status = QLabel()
        self.status.setAccessibleName("Melding")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.open_button = QPushButton("&Openen")
        self.open_button.setAccessibleName("Dossier openen")
        self.open_button.clicked.connect(self.open_current)
        self.export_button = QPushButton("&Exporteren naar agenda (.ics)…")
        self.export_button.setAccessibleName("Exporteren naar agenda")
        self.export_button.setToolTip("Alleen soort termijn, datum en initialen: geen namen.")
        self.export_button.clicked.connect(self.choose_and_export)
        self.close_button = QPushButton("&Sluiten")
        self.close_button.setAccessibleName("Sluiten")
        self.close_button.clicked.connect(self.reject)
        for button in (self.open_button, self.export_button, self.close_button):
            button.setAutoDefault(False)  # Enter belongs to the list
            buttons.addWidget(button)
        buttons.insertStretch(2, 1)
        layout.addLayout(buttons)
        self.refresh()
        self.list.setFocus()

    def refresh(self) -> None:
        self.rows = self.service.deadlines()
        today = self._look.today = self.service.today
        self.model.set_rows(self.rows)
        self._fit_columns()
        overdue = sum(d.overdue(today) for d in self.rows)
        if self.rows:
            self.list.setCurrentIndex(self.model.index(0, 0))
            self.summary.setText(
                f"<b>{len(self.rows)} termijn(en)</b>, waarvan <b>{overdue} over tijd</b>. "
                f"Vandaag is het {dutch_date(today)}.")
        else:
            self.summary.setText("Er zijn geen openstaande termijnen.")
        self.open_button.setEnabled(bool(self.rows))
        self.export_button.setEnabled(bool(self.rows))

    def _fit_columns(self) -> None:
        """The first columns as wide as their widest text (as ResizeToContents gave), each
        distinct text measured once by the font instead of a size hint per cell."""
        margin = self.list.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                               None, self.list)
        pad = 2 * (margin + 1) + 1  # as QCommonStyle sizes an item view cell
        plain, bold = QFontMetricsF(self.list.font()), QFontMetricsF(self._look.bold)
        header = self.list.header()
        look = self._look
        # Each distinct text once (a school has 1,500 names but few kinds and dates);
        # the texts of the first column are bold when overdue.
        columns: list[dict[str, bool]] = [{}, {}, {}]
        for deadline in self.rows:
            late = deadline.overdue(look.today)
            columns[0][look.when(deadline)] = late
            columns[1][deadline.pupil_name] = False
            columns[2][deadline.kind] = False
        for column, texts in enumerate(columns[:_FITTED]):
            widest = max((math.ceil((bold if is_bold else plain).horizontalAdvance(t)) + pad
                          for t, is_bold in texts.items()), default=0)
            self.list.setColumnWidth(column, max(widest, header.sectionSizeHint(column)))

    def _index_activated(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    def open_current(self) -> None:
        index = self.list.currentIndex()
        self.open_row(index.row() if index.isValid() else -1)

    def open_row(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        deadline = self.rows[index]
        self.record_requested.emit(deadline.pupil_id, deadline.record.value,
                                   deadline.record_id if deadline.record_id is not None else -1,
                                   deadline.step)
        self.accept()

    def done(self, result: int) -> None:
        # Closed (also by a lock): no pupil name stays in a widget waiting to be deleted.
        self.rows = []
        self.model.set_rows([])
        self.summary.clear()
        self.status.clear()
        super().done(result)

    def choose_and_export(self) -> Path | None:
        return self.export(None)

    def export(self, path: Path | None = None) -> Path | None:
        if path is None:
            suggested = str(Path.home() / f"zorgdesk-termijnen-{self.service.today:%Y-%m-%d}.ics")
            filename, _ = QFileDialog.getSaveFileName(self, "Termijnen exporteren", suggested,
                                                      "Agendabestanden (*.ics)")
            if not filename:
                return None
            path = Path(filename)
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            count = self.service.export_ics(path)
        except OSError as error:  # ExportWriteError: a Dutch sentence with the file name
            self.status.setText(str(error) if str(error).startswith("Het bestand")
                                else "Het bestand kon niet worden opgeslagen. Kies een andere "
                                     "map.")
            return None
        self.status.setText(f"{count} termijn(en) opgeslagen in {path.name}. Het bestand bevat "
                            "alleen initialen, geen namen.")
        return path
