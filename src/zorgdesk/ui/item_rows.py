"""Room in every item view row for the marks on capitals ('Ömer', 'Émile'), app-wide.

With DejaVu Sans at 9 pt (the Linux default) the dots of a capital Ö stand 2 px above
the font's ascent; Qt makes a list or tree row exactly one font high and the row's top
cut them off: 'Ömer' read 'Omer' (walk s36 in the pupil list, s37 in the zorggesprek's
parents checklist and every other list). One proxy style adds that overshoot above and
below each item's size, so every QListView, QTreeView and QTableView row of every
window gets it, including the ones delegates size through the style.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionViewItem,
    QWidget,
)

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


def row_height(view: QAbstractItemView) -> int:
    """The height of one single-line row of ``view`` in its current font and style, also
    while the view is still empty (a checkable row: the box may be the taller part)."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    option.fontMetrics = view.fontMetrics()
    option.text = CAPITAL_MARKS
    option.features = (QStyleOptionViewItem.ViewItemFeature.HasDisplay
                       | QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator)
    probe = view.style().sizeFromContents(_ITEM, option, QSize(), view).height()
    first = view.sizeHintForRow(0) if view.model() and view.model().rowCount() else 0
    return max(probe, first)


class _WholeRows(QObject):
    """Keeps a view exactly ``rows`` rows high when its font or style changes
    (Beheer › Tekstgrootte while the window is open)."""

    def __init__(self, view: QAbstractItemView, rows: int) -> None:
        super().__init__(view)  # lives and dies with the view
        self.rows = rows
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit(watched)
        return False

    def fit(self, view: QAbstractItemView) -> None:
        view.setFixedHeight(self.rows * row_height(view) + 2 * view.frameWidth())


def show_rows(view: QAbstractItemView, rows: int) -> None:
    """Make a short list exactly ``rows`` whole rows high, at every text size.

    A height in pixels cut a row in half once rows grew (walk s38: 'Namens school' in
    the zorggesprek showed 3.8 rows), and a scrolling form squeezed the list to its
    minimum; a fixed height from the row height keeps every row whole and makes the form
    scroll instead. More items than rows: the list scrolls. A long text ends in '…'
    (whole in its tooltip): a sideways scroll bar would take one of the few rows (walk
    s31, larger font)."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    keeper = view.findChild(_WholeRows)
    if keeper is None:
        keeper = _WholeRows(view, rows)
    keeper.rows = rows
    keeper.fit(view)
