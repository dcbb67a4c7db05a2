"""'Verloop': the over-time matrix (rows: signals, columns: checks, oldest left).

Each cell shows a symbol and a word as well as a colour, so the view works for
colour-blind users and screen readers alike; the tooltip says what it means.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.signals.history import CHANGE_STYLE, Change
from zorgdesk.domain.signals.over_time import OverTime
from zorgdesk.domain.text import counted

_MEANING = {
    Change.NIEUW: "aangekruist, niet in de lijst ervoor",
    Change.BLIJVEND: "aangekruist, ook in de lijst ervoor",
    Change.VERDWENEN: "in de lijst ervoor aangekruist, nu niet",
}


CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the Change value of a cell


def cell_text(change: Change | None, contra: bool) -> str:
    if change is None:
        return ""
    symbol, word, _ = CHANGE_STYLE[change]
    return f"{symbol} {word}" + (" (contra)" if contra else "")


class MatrixPage(QWidget):

    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Samenvatting verloop")
        self.table = QTableWidget()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setAccessibleName("Verloop van de signalen")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(True)
        # Row heights depend on the wrapped signal text, so follow the column width.
        self.table.horizontalHeader().sectionResized.connect(self._fit_rows)
        self.table.verticalHeader().setVisible(False)
        legend = QLabel(" · ".join(f"{s} {w}: {_MEANING[c]}" for c, (s, w, _) in
                                   CHANGE_STYLE.items()) + " · (contra): als contra-signaal "
                        "gemarkeerd · leeg: niet aangekruist")
        legend.setWordWrap(True)
        legend.setAccessibleName("Legenda")
        layout = QVBoxLayout(self)  # printing: "Verloop afdrukken" on the tab's toolbar
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        self.show_view(None)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Column widths are only final once the page is visible; re-fit the rows then.
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_rows)

    def _fit_rows(self, *_args) -> None:
        self.table.resizeRowsToContents()

    def show_view(self, view: OverTime | None) -> None:
        self.table.clear()
        self.view = view
        checks = view.checks if view else ()
        h = view.history if view else None
        if not checks:
            self.summary.setText("Nog geen ingevulde lijsten voor deze signalenlijst.")
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        lists = counted(len(checks), "lijst", "lijsten")
        self.summary.setText(f"<b>{view.catalogue_title}</b>: {lists}, oudste links.")
        self.table.setColumnCount(1 + len(checks))
        self.table.setRowCount(len(h.item_ids))
        self.table.setHorizontalHeaderLabels(
            ["Signaal"] + [f"{c.checked_on:%d-%m-%Y}\n{c.checked_by}" for c in checks])
        notes = [{t.item_id: t.note for t in c.ticks} for c in checks]
        for row, item_id in enumerate(h.item_ids):
            label = QTableWidgetItem(view.labels.get(item_id, item_id))
            label.setToolTip(f"{view.groups.get(item_id, '')}: {view.labels.get(item_id, '')}")
            self.table.setItem(row, 0, label)
            for col, check in enumerate(checks):
                change = h.cell(item_id, col)
                contra = view.is_contra(item_id, col)
                item = QTableWidgetItem(cell_text(change, contra))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if change is not None:
                    item.setBackground(QBrush(QColor(CHANGE_STYLE[change][2])))
                    item.setForeground(QBrush(QColor("#000000")))
                    tip = f"{CHANGE_STYLE[change][1].capitalize()} op {check.checked_on:%d-%m-%Y}:"
                    tip += f" {_MEANING[change]}."
                    if notes[col].get(item_id):
                        tip += f"\nNotitie: {notes[col][item_id]}"
                    item.setToolTip(tip)
                    item.setData(CHANGE_ROLE, change.value)
                self.table.setItem(row, col + 1, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.table.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
