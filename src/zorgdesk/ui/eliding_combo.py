"""A drop-down list that ends its shown choice with '…' when the field is too narrow.

Qt cuts a combo box's text off mid-letter ('Huiselijk geweld of kindermishandeling
(algem', walk s32 at 11 pt); the open list shows every choice whole, and so does the
tooltip. A screen reader reads the whole choice: only the painting is shortened.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget


class ElidingComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(self._show_whole_in_tooltip)

    def shown_text(self) -> str:
        """The current choice as painted: whole, or cut with '…' to the field's width."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        room = field.width() - (option.iconSize.width() + 4 if not option.currentIcon.isNull()
                                else 0)
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight,
                                             max(room, 0))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._show_whole_in_tooltip()

    def _show_whole_in_tooltip(self, _index: int = 0) -> None:
        cut = self.shown_text() != self.currentText()
        self.setToolTip(self.currentText() if cut else "")
