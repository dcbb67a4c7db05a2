"""Pick records of the pupil (logboek, signalenlijsten, zorggesprekken) by their title.

A checkable list: arrow keys move, Space ticks, so it works by keyboard. Replacing
the choices keeps what was ticked, so a refresh never loses the IB's selection.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from zorgdesk.ui.item_rows import show_rows

DATA = Qt.ItemDataRole.UserRole


class RecordPicker(QListWidget):
    def __init__(self, accessible: str, empty_text: str, rows: int | None = 5) -> None:
        super().__init__()
        self.setAccessibleName(accessible)
        # A title longer than the list is wide ends in '…' (whole in its tooltip): a
        # sideways scroll bar took one of the few rows (walk s31, larger font).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if rows is not None:  # None: a list that stretches; its dialog sizes it
            show_rows(self, rows)  # whole rows at every text size
        self.empty_text = empty_text

    def set_choices(self, choices: Iterable[tuple[int, str]],
                    checked: Iterable[int] = ()) -> None:
        keep = set(self.checked_ids()) | set(checked)
        self.clear()
        for record_id, title in choices:
            item = QListWidgetItem(title)
            item.setData(DATA, record_id)
            item.setToolTip(title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if record_id in keep
                               else Qt.CheckState.Unchecked)
            self.addItem(item)
        if self.count() == 0:
            empty = QListWidgetItem(self.empty_text)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(empty)
        else:
            self.setCurrentRow(0)

    def checked_ids(self) -> list[int]:
        return [self.item(i).data(DATA) for i in range(self.count())
                if self.item(i).data(DATA) is not None
                and self.item(i).checkState() == Qt.CheckState.Checked]

    def checked_titles(self) -> list[tuple[int, str]]:
        return [(self.item(i).data(DATA), self.item(i).text()) for i in range(self.count())
                if self.item(i).data(DATA) is not None
                and self.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, record_id: int, checked: bool = True) -> None:
        for i in range(self.count()):
            if self.item(i).data(DATA) == record_id:
                self.item(i).setCheckState(Qt.CheckState.Checked if checked
                                           else Qt.CheckState.Unchecked)

    def clear_checks(self) -> None:
        for i in range(self.count()):
            if self.item(i).data(DATA) is not None:
                self.item(i).setCheckState(Qt.CheckState.Unchecked)
