"""The main window's pupil list on a Qt model (issue 23): 1,500 pupils, no item each.

The view asks only for the rows in sight; a row's text is made when it is painted.
Keyboard use is QListView's own (arrows, Home/End, typing the first letters). The few
QListWidget calls the window and its tests use (``count``, ``setCurrentRow``,
``currentRow``, ``clear``) keep their meaning.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from zorgdesk.domain.people import Pupil

PUPIL_ID_ROLE = Qt.ItemDataRole.UserRole
# Looked up once: a view asks data() for about ten roles per row it paints.
_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole),
                         int(Qt.ItemDataRole.AccessibleTextRole)})
_ID_ROLE = int(PUPIL_ID_ROLE)


def pupil_line(pupil: Pupil) -> str:
    return f"{pupil.display_name}  ({pupil.group_name or 'geen groep'})"


class PupilListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pupils: list[Pupil] = []
        self._rows: dict[int, int] = {}  # pupil id -> row

    def set_pupils(self, pupils: Sequence[Pupil]) -> None:
        self.beginResetModel()
        self._pupils = list(pupils)
        self._rows = {p.id: row for row, p in enumerate(self._pupils)}
        self.endResetModel()

    def row_of(self, pupil_id: int) -> int:
        return self._rows.get(pupil_id, -1)

    def pupil_id(self, row: int) -> int | None:
        return self._pupils[row].id if 0 <= row < len(self._pupils) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._pupils)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._pupils):
            return None
        if role in _TEXT_ROLES:
            return pupil_line(self._pupils[row])
        if role == _ID_ROLE:
            return self._pupils[row].id
        return None


class _LineDelegate(QStyledItemDelegate):
    """A row asks for no width of its own: the view then never scrolls sideways, each
    row is as wide as the list, and a line that does not fit ends in '…' (a name of 100
    characters scrolled the list sideways, its scroll bar taking a row, walk s33)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        # The height is the style's: it leaves room for the marks on capitals (item_rows).
        return QSize(1, super().sizeHint(option, index).height())


class PupilList(QListView):
    """Emits ``pupil_changed(pupil id, or -1 for none)`` when the current row changes."""

    pupil_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pupils = PupilListModel(self)
        self.setModel(self.pupils)
        self.setUniformItemSizes(True)  # one line each: cheap layout of 1,500
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # the name first, then the group
        self._lines = _LineDelegate(self)
        self.setItemDelegate(self._lines)
        self._quiet = False
        self.selectionModel().currentChanged.connect(self._current_changed)

    def fill(self, pupils: Sequence[Pupil], current: int | None = None) -> None:
        """Show ``pupils``, with ``current`` (a pupil id) as the current row if listed;
        no ``pupil_changed`` meanwhile (the caller decides what to re-show)."""
        self._quiet = True
        try:
            self.pupils.set_pupils(pupils)
            row = self.pupils.row_of(current) if current is not None else -1
            if row >= 0:
                self.setCurrentIndex(self.pupils.index(row, 0))
        finally:
            self._quiet = False

    def select_pupil(self, pupil_id: int) -> bool:
        row = self.pupils.row_of(pupil_id)
        if row < 0:
            return False
        self.setCurrentRow(row)
        return True

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """The whole line as a tooltip where the row shows it cut short (a screen reader
        reads the whole line anyway: the model's accessible text)."""
        if event.type() == QEvent.Type.ToolTip:
            index = self.indexAt(event.pos())
            if index.isValid() and self._cut_short(index):
                QToolTip.showText(event.globalPos(), self.text(index.row()), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _cut_short(self, index: QModelIndex) -> bool:
        """Is the line wider than the room the style gives its text in the row?"""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        self._lines.initStyleOption(option, index)
        option.rect = self.visualRect(index)
        room = self.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, self)
        return option.fontMetrics.horizontalAdvance(option.text) > room.width()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet:
            pupil_id = self.pupils.pupil_id(current.row()) if current.isValid() else None
            self.pupil_changed.emit(-1 if pupil_id is None else pupil_id)

    # -- the QListWidget calls the window and its tests use ------------------------------

    def count(self) -> int:
        return self.pupils.rowCount()

    def currentRow(self) -> int:  # noqa: N802 - QListWidget's name
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def setCurrentRow(self, row: int) -> None:  # noqa: N802 - QListWidget's name
        self.setCurrentIndex(self.pupils.index(row, 0))

    def text(self, row: int) -> str:
        return self.pupils.index(row, 0).data() or ""

    def clear(self) -> None:
        self.pupils.set_pupils([])
