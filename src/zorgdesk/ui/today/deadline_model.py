"""The Vandaag tree: one row per pupil with counts, its deadlines under it, and a last
row "… en N meer" while not every pupil is listed (issue 23).

A lazy Qt model over ``grouping.Grouped``: a cell's text is made when the view asks
for it (only rows in sight), so a school with thousands of deadlines opens at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt

from zorgdesk.services.today.deadlines import Deadline
from zorgdesk.ui.today.grouping import Grouped, PupilGroup

COLUMNS = ("Datum", "Leerling", "Soort", "Wat")
GROUP, DEADLINE, MORE = "leerling", "termijn", "meer"
# Looked up once: the view asks data() for about ten roles per cell it paints.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
# The roles this model can answer (the look's role_value: colour, bold, tooltip); the
# others (alignment, decoration, check state, ...) are answered None at once.
_ANSWERED = frozenset({_DISPLAY, _ACCESSIBLE, int(Qt.ItemDataRole.ForegroundRole),
                       int(Qt.ItemDataRole.FontRole), int(Qt.ItemDataRole.ToolTipRole)})
_TOP = 0  # internal id of a top-level row; a deadline row has its group's row + 1


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


class DeadlineTreeModel(QAbstractItemModel):
    def __init__(self, look, parent: QObject | None = None) -> None:
        """``look``: texts and looks of a deadline (today_dialog._RowLook)."""
        super().__init__(parent)
        self._look = look
        self._grouped = Grouped([], 0, 0, 0, 0)
        self._group_cells: dict[int, tuple[str, str, str, str]] = {}  # by id(group)

    # -- content -----------------------------------------------------------------------

    def set_grouped(self, grouped: Grouped) -> None:
        self.beginResetModel()
        self._grouped = grouped
        self._group_cells = {}
        self.endResetModel()

    @property
    def groups(self) -> list[PupilGroup]:
        return self._grouped.groups

    def has_more(self) -> bool:
        return self._grouped.hidden_groups > 0

    def kind(self, index: QModelIndex) -> str:
        """GROUP, DEADLINE or MORE (or "" for no row)."""
        if not index.isValid():
            return ""
        if index.internalId() != _TOP:
            return DEADLINE
        return MORE if index.row() >= len(self.groups) else GROUP

    def deadline(self, index: QModelIndex) -> Deadline | None:
        if self.kind(index) != DEADLINE:
            return None
        return self.groups[index.internalId() - 1].deadlines[index.row()]

    def group(self, index: QModelIndex) -> PupilGroup | None:
        if self.kind(index) == DEADLINE:
            return self.groups[index.internalId() - 1]
        return self.groups[index.row()] if self.kind(index) == GROUP else None

    def index_of(self, deadline: Deadline) -> QModelIndex:
        for row, group in enumerate(self.groups):
            if group.pupil_id == deadline.pupil_id and deadline in group.deadlines:
                return self.createIndex(group.deadlines.index(deadline), 0, row + 1)
        return QModelIndex()

    def more_text(self) -> str:
        g = self._grouped
        return (f"… en {_plural(g.hidden_groups, 'leerling', 'leerlingen')} meer met "
                f"{_plural(g.hidden_deadlines, 'termijn', 'termijnen')}: Enter of "
                "dubbelklik toont ze allemaal (of verfijn met de filters hierboven)")

    # -- QAbstractItemModel --------------------------------------------------------------

    def index(self, row: int, column: int,
              parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < len(COLUMNS) or not 0 <= row < self.rowCount(parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else _TOP)

    def parent(self, index: QModelIndex) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self.groups) + (1 if self.has_more() else 0)
        if parent.column() > 0 or self.kind(parent) != GROUP:
            return 0
        return len(self.groups[parent.row()].deadlines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(COLUMNS)

    def data(self, index: QModelIndex, role: int = _DISPLAY) -> Any:
        # The view asks about ten roles for each cell it paints (800 calls a keystroke
        # in the filter): unanswered roles go at once, and the index is asked only once
        # for its row, column and parent (each a call into Qt).
        if role not in _ANSWERED or not index.isValid():
            return None
        parent_id, row, column = index.internalId(), index.row(), index.column()
        groups = self._grouped.groups
        if parent_id != _TOP:  # a deadline under its pupil
            deadline = groups[parent_id - 1].deadlines[row]
            if role == _DISPLAY:
                return "" if column == 1 else self._look.cells(deadline)[column]
            if role == _ACCESSIBLE:  # the name is the group's, but a screen reader says it
                return self._look.cells(deadline)[column]
            return self._look.role_value(deadline, column, role)
        if row >= len(groups):  # "… en N meer"
            return self.more_text() if column == 0 and role in (_DISPLAY, _ACCESSIBLE) \
                else None
        group = groups[row]
        if role in (_DISPLAY, _ACCESSIBLE):
            return self.group_cells(group)[column]
        return self._look.role_value(group.oldest, column, role) if column == 0 else None

    def group_cells(self, group: PupilGroup) -> tuple[str, str, str, str]:
        cells = self._group_cells.get(id(group))
        if cells is None:  # made once per shown group (the view asks per cell and role)
            cells = self._group_cells[id(group)] = self._make_group_cells(group)
        return cells

    def _make_group_cells(self, group: PupilGroup) -> tuple[str, str, str, str]:
        count = _plural(len(group.deadlines), "termijn", "termijnen")
        late = f", {group.overdue} over tijd" if group.overdue else ""
        kinds = group.kinds()
        return (self._look.when(group.oldest), f"{group.pupil_name} ({count}{late})",
                kinds[0] if len(kinds) == 1 else _plural(len(kinds), "soort", "soorten"),
                group.oldest.what if len(group.deadlines) == 1
                else f"Oudste: {group.oldest.what}")

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _DISPLAY) -> Any:
        if (role == _DISPLAY and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS)):
            return COLUMNS[section]
        return None
