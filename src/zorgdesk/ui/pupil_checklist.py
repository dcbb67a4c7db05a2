"""A checkable list of pupils that stays fast with the 1,500 pupils of a large school.

A Qt model answers only for the rows on screen (no widget item per pupil), and a search
field above the list narrows it by name or group while typing. Keyboard: type in the
search field, Down (or Tab) moves into the list, Space ticks a pupil, Up from the first
row goes back to the search field. The ticks survive a changed search.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from zorgdesk.ui.item_rows import show_rows

ID_ROLE = Qt.ItemDataRole.UserRole
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable \
    | Qt.ItemFlag.ItemIsUserCheckable


def _is_checked(value: object) -> bool:
    """A check state as Qt hands it to setData: the enum or its int."""
    if isinstance(value, Qt.CheckState):
        return value == _CHECKED
    return value == _CHECKED.value


class CheckListModel(QAbstractListModel):
    """Rows of (id, text); which ids are ticked is a set, asked only for rows shown."""

    def __init__(self, rows: Sequence[tuple[int, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self._checked: set[int] = set()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row_id, text = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.CheckStateRole:
            return _CHECKED if row_id in self._checked else _UNCHECKED
        if role == ID_ROLE:
            return row_id
        return None

    def flags(self, index):
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row_id = self._rows[index.row()][0]
        if _is_checked(value):
            self._checked.add(row_id)
        else:
            self._checked.discard(row_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def checked_ids(self) -> list[int]:
        """Ticked ids in list order."""
        return [row_id for row_id, _ in self._rows if row_id in self._checked]

    def set_checked_ids(self, ids: Iterable[int]) -> None:
        known = {row_id for row_id, _ in self._rows}
        self._checked = {i for i in ids if i in known}
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])


class PupilChecklist(QWidget):
    """Search field + checkable list; ``changed`` is emitted on every tick or untick."""

    changed = Signal()

    def __init__(self, rows: Sequence[tuple[int, str]], accessible: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CheckListModel(rows, self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Zoek op naam of groep")
        self.search.setAccessibleName(f"{accessible}: zoeken")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._proxy.setFilterFixedString)
        self.view = QListView()
        self.view.setModel(self._proxy)
        self.view.setUniformItemSizes(True)  # no size question for each of 1,500 rows
        self.view.setAccessibleName(accessible)
        show_rows(self.view, 4)  # whole rows at every text size
        self.setFocusProxy(self.search)
        self.search.installEventFilter(self)
        self.view.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        self.model.dataChanged.connect(self.changed)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt API
        super().setAccessibleName(name)
        self.view.setAccessibleName(name)
        self.search.setAccessibleName(f"{name}: zoeken")

    def count(self) -> int:
        """All pupils in the list, shown or filtered out."""
        return self.model.rowCount()

    def shown(self) -> list[str]:
        """The texts the list shows now (after the search)."""
        return [self._proxy.index(r, 0).data() for r in range(self._proxy.rowCount())]

    def checked_ids(self) -> list[int]:
        return self.model.checked_ids()

    def checked_texts(self) -> list[str]:
        """The texts of the ticked rows, in list order (shown or filtered out)."""
        ticked = set(self.model.checked_ids())
        return [self.model.index(r).data() for r in range(self.model.rowCount())
                if self.model.index(r).data(ID_ROLE) in ticked]

    def set_checked_ids(self, ids: Iterable[int]) -> None:
        self.model.set_checked_ids(ids)

    def set_checked(self, row_id: int, checked: bool = True) -> bool:
        """Tick (or untick) one pupil by id; False when it is not in the list."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row)
            if index.data(ID_ROLE) == row_id:
                return self.model.setData(index, _CHECKED if checked else _UNCHECKED,
                                          Qt.ItemDataRole.CheckStateRole)
        return False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress:
            return False
        if watched is self.search and event.key() == Qt.Key.Key_Down \
                and self._proxy.rowCount():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self._proxy.index(0, 0))
            return True
        if watched is self.view and event.key() == Qt.Key.Key_Up \
                and self.view.currentIndex().row() <= 0:
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

