"""Qt item models over plain Python rows, with lazy cell texts (issue 23).

A list of thousands of records costs nothing until it is painted: the view asks only
for the rows in sight, and ``cells(record)`` formats a record the first time one of its
cells is asked for (kept until the next ``set_rows``). No item object per entry.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QStyle, QTableView

RECORD_ROLE = Qt.ItemDataRole.UserRole + 100  # the Python record behind a row
# Looked up once: a view asks data() for about ten roles per cell while it paints and
# sizes columns, and reading an enum member from Qt's namespace costs about 1 us.
_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole),
                         int(Qt.ItemDataRole.AccessibleTextRole)})
_RECORD_ROLE = int(RECORD_ROLE)


class LazyTableModel(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], cells: Callable[[Any], Sequence[str]],
                 parent: QObject | None = None, *,
                 extra: Callable[[Any, int, int], Any] | None = None) -> None:
        """``cells(record)``: the texts of one row; ``extra(record, column, role)``: any
        other role (colours, tool tips), or None."""
        super().__init__(parent)
        self._headers = list(headers)
        self._cells = cells
        self._extra = extra
        self._rows: list[Any] = []
        self._texts: dict[int, Sequence[str]] = {}

    # -- content -----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = {}
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def records(self) -> list[Any]:
        return list(self._rows)

    def text(self, row: int, column: int = 0) -> str:
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = self._cells(self._rows[row])
        return texts[column]

    # -- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not 0 <= row < len(self._rows) or not index.isValid():
            return None
        if role in _TEXT_ROLES:
            return self.text(row, index.column())
        if role == _RECORD_ROLE:
            return self._rows[row]
        if self._extra is not None:
            return self._extra(self._rows[row], index.column(), role)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None


def fit_columns(view: QTableView, model: LazyTableModel, sample: int = 50) -> None:
    """Column widths from the texts of the first ``sample`` rows and the headers.

    The widths ``resizeColumnsToContents`` gives (a test compares them), measured with the
    font directly: Qt's version asks the delegate for a size hint per cell, about ten
    data() roles each, which made a school-wide list slow to open.
    """
    rows = min(sample, model.rowCount())
    metrics, header = QFontMetricsF(view.font()), view.horizontalHeader()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    pad = 2 * (margin + 1) + 1  # as QCommonStyle sizes an item view cell
    for column in range(model.columnCount()):
        widest = max((math.ceil(metrics.horizontalAdvance(model.text(row, column))) + pad
                      for row in range(rows)), default=0)
        view.setColumnWidth(column, max(widest, header.sectionSizeHint(column)))
