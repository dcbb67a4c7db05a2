"""Word wrap in a tree or list column: long texts take more lines instead of being cut.

``QTreeView.setWordWrap(True)`` wraps the painted text, but the row keeps the height of
one line: the default size hint does not know the column's width. This delegate measures
the text at the column's width (less the indentation and a check box), and the view lays
its rows out again when a column is resized (``wrap_column_text``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

__all__ = ["WrappingDelegate", "wrap_column_text"]

_HUGE = 1_000_000


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the current column width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        base = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._text_width(opt, index)
        if not opt.text or width <= 0:
            return base
        style, view = self._view.style(), self._view
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin, opt, view)
        text = QFontMetrics(opt.font).boundingRect(
            QRect(0, 0, width, _HUGE), Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(base.width(), max(base.height(), text.height() + 2 * margin))

    def _text_width(self, opt: QStyleOptionViewItem, index: QModelIndex) -> int:
        """The room the text has in its column: less indentation, check box, margins."""
        view, style = self._view, self._view.style()
        width = view.columnWidth(index.column())
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= view.indentation() * (depth + int(view.rootIsDecorated()))
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, view) + 1
        if opt.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
            width -= style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, opt, view) \
                + 2 * margin
        return width - 2 * margin


def wrap_column_text(view: QTreeView) -> None:
    """Wrap long item texts over more lines (nothing cut off, nothing elided)."""
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setItemDelegate(WrappingDelegate(view))
    view.header().sectionResized.connect(view.doItemsLayout)
