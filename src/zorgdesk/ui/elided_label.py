"""One line of text that is cut in the middle ('/home/ib/…/ZorgDesk') when it does not
fit, with the whole text as tooltip and accessible description: for a folder the IB must
be able to tell apart from another (which copy of the vault she opens)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# The label asks for at most this many average characters of width; it may get less.
PREFERRED_CHARACTERS = 60
MINIMUM_CHARACTERS = 16


class ElidedLabel(QLabel):
    def __init__(self, text: str, accessible_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(text)
        self.setAccessibleName(accessible_name)
        self.setAccessibleDescription(text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._elide()

    @property
    def full_text(self) -> str:
        return self._full

    def _characters(self, count: int) -> int:
        return self.fontMetrics().averageCharWidth() * count

    def sizeHint(self) -> QSize:
        width = min(self.fontMetrics().horizontalAdvance(self._full) + 4,
                    self._characters(PREFERRED_CHARACTERS))
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._characters(MINIMUM_CHARACTERS), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), self._characters(MINIMUM_CHARACTERS))
        super().setText(self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideMiddle, width))
