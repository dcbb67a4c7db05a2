"""Window sizes that fit the screen they open on (a school laptop: 1366x768 at 125 %)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QListView,
    QScrollArea,
    QSplitter,
    QTreeView,
    QWidget,
)

# A window's title bar and border are not part of its size; leave room for them.
FRAME = QSize(8, 32)


def screen_of(window: QWidget) -> QScreen | None:
    """The screen ``window`` is on (the primary one when it is on none yet).

    Never ``window.screen()``: PySide records the QScreen that call returns as a *child
    of the widget* in its ownership bookkeeping, and when the collector (or the last
    reference) frees that widget's wrapper while its C++ widget lives, shiboken hands
    the application's QScreen to Python, which deletes it. The next widget constructed
    anywhere then crashes in QWidget::screen() (native stack of the test-suite segfault
    'ConversationDialog.__init__ at super().__init__': gc delete_garbage -> shiboken ->
    QScreen::~QScreen, then QDialog::QDialog -> QWidget::screen -> QScreen::virtualSiblings).
    The static lookups leave the QScreen wrapper without a parent.
    """
    top = window.window()
    return (QGuiApplication.screenAt(top.geometry().center())
            or QGuiApplication.primaryScreen())


def available_size(window: QWidget) -> QSize:
    """The largest inside size a window can have on its screen (taskbar excluded)."""
    screen = screen_of(window)
    if screen is None:
        return QSize(1093, 542)
    return screen.availableGeometry().size() - FRAME


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to the preferred size, but never beyond the screen."""
    window.resize(QSize(width, height).boundedTo(available_size(window)))


def show_on_screen(window: QWidget, width: int, height: int) -> None:
    """Show a main window at its preferred size, maximised where the screen is smaller."""
    available = available_size(window)
    if width > available.width() or height > available.height():
        window.showMaximized()
    else:
        window.resize(width, height)
        window.show()


def scrolling(content: QWidget) -> QScrollArea:
    """A long form inside a scroll area: it never makes its window taller than the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
    area.setWidget(content)
    return area


def make_room(widget: QWidget, height_before: int | None = None) -> None:
    """Grow the widget's window when text appeared in it (an error, advice), so wrapped
    lines push the window taller instead of squeezing its fields to thin lines.
    ``height_before``: the window's height before the text was shown (showing a label
    already makes Qt enforce a taller minimum)."""
    window = widget.window()
    layout = window.layout()
    if layout is None or not window.isWindow():
        return
    before = window.property(_GROWN)
    original = before[0] if before else (height_before or window.height())
    needed = _needed_height(window, layout)
    if needed > window.height():
        window.resize(window.width(), min(needed, available_size(window).height()))
    if window.height() > original:  # grown here, or by Qt for the label's first line
        window.setProperty(_GROWN, [original, window.height()])


def fit_wrapped_text(window: QWidget) -> None:
    """Give a window that has just been shown the height its word-wrapped text needs at
    its width, never beyond the screen. Qt opens a window at its size hint (which guesses
    how the text wraps) and at most two thirds of the screen high; with a larger font (or
    1920x1080 at 150 %) that squeezed the wrapped explanations of Instellingen to clipped
    lines, and with a wide window it left empty space (walk s31). Call from showEvent."""
    layout = window.layout()
    if layout is None or not window.isWindow():
        return
    needed = max(_needed_height(window, layout), window.minimumSizeHint().height(),
                 window.minimumHeight())
    height = min(needed, available_size(window).height())
    if height != window.height():
        window.resize(window.width(), height)


def give_back_room(widget: QWidget) -> None:
    """The message that made the window grow has gone: shrink back to the height the
    window had before (walk finding: it stayed taller), never below what is still shown,
    and never when the IB resized the window herself meanwhile."""
    window = widget.window()
    grown = window.property(_GROWN)
    layout = window.layout()
    if not grown or layout is None or not window.isWindow():
        return
    original, height = grown
    if window.height() != height:  # resized by hand: her size stays
        window.setProperty(_GROWN, None)
        return
    target = max(original, min(_needed_height(window, layout), height))
    window.resize(window.width(), target)
    window.setProperty(_GROWN, None if target == original else [original, window.height()])


_GROWN = "zorgdesk_grown_for_message"  # [height before, height after growing]


def _needed_height(window: QWidget, layout) -> int:
    layout.activate()
    return (layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth()
            else layout.totalSizeHint().height())


def follow_focus_in_scroll_areas(app: QApplication) -> None:
    """Every scroll area shows the field that gets the cursor. Qt's scroll area follows
    Tab only: Alt+letter (a label's buddy) or the program's setFocus put the cursor in a
    field below the visible part, and the IB typed where nobody could see. Once per app."""
    if app.property("zorgdesk_follows_focus"):
        return
    app.setProperty("zorgdesk_follows_focus", True)
    app.focusChanged.connect(_scroll_to_focus)


def _scroll_to_focus(_old: QWidget | None, new: QWidget | None) -> None:
    if new is None:
        return
    parent = new.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea) and parent.widget() is not None \
                and parent.widget().isAncestorOf(new):
            parent.ensureWidgetVisible(new)
        parent = parent.parentWidget()


def widen_file_dialog_columns(app: QApplication) -> None:
    """Qt's own file dialog (used where the system has none, as on Linux without a
    desktop) opened with its places list cut to 'Co…' and its size and type columns to
    '760…KiB' at 125 % (walk finding): when one gets the cursor, its sidebar and columns
    are made as wide as their text. Once per app; focusChanged costs nothing per event."""
    if app.property("zorgdesk_widens_file_dialogs"):
        return
    app.setProperty("zorgdesk_widens_file_dialogs", True)
    app.focusChanged.connect(_widen_file_dialog)


def _widen_file_dialog(_old: QWidget | None, new: QWidget | None) -> None:
    dialog = new.window() if new is not None else None
    if not isinstance(dialog, QFileDialog) or dialog.property("zorgdesk_widened"):
        return
    dialog.setProperty("zorgdesk_widened", True)
    fit_file_dialog(dialog)


def fit_file_dialog(dialog: QFileDialog) -> None:
    """The places list as wide as its longest entry, the detail columns as their text."""
    sidebar = dialog.findChild(QListView, "sidebar")
    splitter = dialog.findChild(QSplitter, "splitter")
    if sidebar is not None and splitter is not None and splitter.count() == 2:
        wanted = (sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth()
                  + sidebar.verticalScrollBar().sizeHint().width())
        sizes = splitter.sizes()
        if sizes[0] < wanted:
            splitter.setSizes([wanted, max(sum(sizes) - wanted, 1)])
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is not None:
        header = tree.header()
        for column in range(1, header.count()):  # size, type, date: never elided
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
