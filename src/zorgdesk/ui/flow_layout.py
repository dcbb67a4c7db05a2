"""A row of controls that goes on to a next line when the width runs out.

A grid row of filters or buttons is as wide as all of them together: at 1366x768 with
125 % scaling and an 11-12 pt font (an IB with poor eyesight) the Logboek filters and
the Meldcode step buttons made the main window 1,170-1,231 px wide of the 1,093 the
screen has (walk s32). In a FlowLayout every control keeps its own size; what does not
fit the line moves to the next one, so nothing is cut off and nothing leaves the screen.
With the normal font the rows look as before.

An item that may grow horizontally (an ``Expanding`` policy, such as a search field)
takes the room left on its line.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget

__all__ = ["FlowLayout"]


class FlowLayout(QLayout):
    """Items left to right, wrapping to a next line; a line is as high as its tallest."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(QMargins(0, 0, 0, 0))

    def __del__(self) -> None:  # the items are ours to give back
        self._items.clear()

    # -- QLayout's interface ---------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        needed = self._arrange(rect, move=True)
        owner = self.parentWidget()
        if owner is not None and owner.minimumHeight() != needed:
            # More lines need more height, also when the window is short of it: the
            # layouts above squeeze what can scroll, not these lines (a third line of
            # buttons lay under the next step's row, walk s32).
            owner.setMinimumHeight(needed)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Everything on one line, as a grid row would be."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self.spacing() * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest item: the rest goes on further lines."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size + self._margin_size()

    def spacing(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    # -- laying out --------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _margin_size(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        """The shown items, line by line, at ``width``."""
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in self._shown():
            needed = min(item.sizeHint().width(), width)
            if lines and used + self.spacing() + needed <= width:
                lines[-1].append(item)
                used += self.spacing() + needed
            else:
                lines.append([item])
                used = needed
        return lines

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in ``rect`` (``move``) and return the height they need."""
        inner = rect.marginsRemoved(self.contentsMargins())
        width = max(inner.width(), 1)
        y = inner.y()
        for line in self._lines(width):
            widths = [max(min(item.sizeHint().width(), width), item.minimumSize().width())
                      for item in line]
            growing = [i for i, item in enumerate(line) if _grows(item)]
            room = max(width - sum(widths) - self.spacing() * (len(line) - 1), 0)
            for number, index in enumerate(growing):
                widths[index] += room // len(growing) + (number < room % len(growing))
            height = max(item.sizeHint().height() for item in line)
            x = inner.x()
            for item, item_width in zip(line, widths, strict=True):
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(item_width, height)))
                x += item_width + self.spacing()
            y += height + self.spacing()
        margins = self.contentsMargins()
        return max(y - self.spacing() - inner.y(), 0) + margins.top() + margins.bottom()


def _grows(item: QLayoutItem) -> bool:
    widget = item.widget()
    policy = widget.sizePolicy().horizontalPolicy() if widget is not None else None
    return policy in (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
