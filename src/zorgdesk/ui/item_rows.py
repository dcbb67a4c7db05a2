"""Room in every item view row for the marks on capitals ('Ömer', 'Émile'), app-wide.

With DejaVu Sans at 9 pt (the Linux default) the dots of a capital Ö stand 2 px above
the font's ascent; Qt makes a list or tree row exactly one font high and the row's top
cut them off: 'Ömer' read 'Omer' (walk s36 in the pupil list, s37 in the zorggesprek's
parents checklist and every other list). One proxy style adds that overshoot above and
below each item's size, so every QListView, QTreeView and QTableView row of every
window gets it, including the ones delegates size through the style.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

CAPITAL_MARKS = "ÖÉÂÜÇÅ"  # capitals whose marks reach highest in common fonts
_ITEM = QStyle.ContentsType.CT_ItemViewItem


def capital_overshoot(metrics: QFontMetrics) -> int:
    """How far the marks on capitals reach above the font's ascent, in pixels."""
    return max(0, -metrics.boundingRect(CAPITAL_MARKS).top() - metrics.ascent())


class _RoomForMarks(QProxyStyle):
    """The application's own style, with item rows one overshoot higher on each side
    (centred text needs it above and below)."""

    def __init__(self) -> None:
        # No base given: a new instance of the platform's own style (Fusion on Linux), the
        # one the app has; the app deletes its old style when given this one.
        super().__init__()
        self._overshoot: dict[str, int] = {}  # per font: measuring costs a text layout

    def sizeFromContents(self, kind: QStyle.ContentsType, option: QStyleOption,  # noqa: N802
                         size: QSize, widget: QWidget | None = None) -> QSize:
        result = super().sizeFromContents(kind, option, size, widget)
        if kind == _ITEM and option is not None:
            key = option.font.key()
            extra = self._overshoot.get(key)
            if extra is None:
                extra = self._overshoot[key] = capital_overshoot(option.fontMetrics)
            result.setHeight(result.height() + 2 * extra)
        return result


def give_item_rows_room(app: QApplication) -> None:
    """Install the style once per app; Qt's own look (Fusion) stays."""
    if app.property("zorgdesk_item_rows"):
        return
    app.setProperty("zorgdesk_item_rows", True)
    style = _RoomForMarks()
    app.setStyle(style)  # Qt owns it now; the module keeps the wrapper alive too
    _installed.append(style)


_installed: list[_RoomForMarks] = []
