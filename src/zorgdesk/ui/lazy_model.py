"""Qt item models over plain Python rows, with lazy cell texts (issue 23).

A list of thousands of records costs nothing until it is painted: the view asks only
for the rows in sight, and ``cells(record)`` formats a record the first time one of its
cells is asked for (kept until the next ``set_rows``). No item object per entry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

RECORD_ROLE = Qt.ItemDataRole.UserRole + 100  # the Python record behind a row


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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(index.row(), index.column())
        if role == RECORD_ROLE:
            return self._rows[index.row()]
        if self._extra is not None:
            return self._extra(self._rows[index.row()], index.column(), role)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None
