"""The pupil column of Leerlingen beheren: a search field above a list that never jumps.

A QListWidget jumps to the first pupil whose name starts with a typed letter. In a
dialog whose list sits beside the forms, the IB typing a name meant for a form field
switched pupils unseen and added a parent to the wrong child (walk s29). Here typing in
the list goes into the search field instead: the list narrows, the chosen pupil stays.
Ctrl+F reaches the search field, as in the main window (manage_dialog.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget

from zorgdesk.ui.widgets import focus_visibly


class TypeToSearchList(QListWidget):
    """A list whose typed letters go to ``search`` (a sibling field) instead of choosing
    the next row that starts with them; arrows, Home/End and the mouse still choose."""

    def __init__(self, search: QLineEdit) -> None:
        super().__init__()
        self._search = search

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Qt makes the first row current when the focus enters a list without one: Tab
        from the search field loaded the first pupil unasked. The list stays without a
        current row until an arrow key or a click chooses one."""
        if self.currentItem() is not None:
            super().focusInEvent(event)
            return
        self.blockSignals(True)
        try:
            super().focusInEvent(event)
            self.setCurrentRow(-1)
        finally:
            self.blockSignals(False)

    def keyboardSearch(self, text: str) -> None:  # noqa: N802 - Qt's name
        if not text.isprintable() or not text.strip():
            return
        focus_visibly(self._search)
        self._search.end(False)
        for char in text:  # typed into the field, so it filters as typing there does
            QApplication.sendEvent(self._search, QKeyEvent(
                QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))
