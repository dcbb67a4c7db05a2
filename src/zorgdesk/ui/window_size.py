"""Window sizes that fit the screen they open on (a school laptop: 1366x768 at 125 %)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

# A window's title bar and border are not part of its size; leave room for them.
FRAME = QSize(8, 32)


def available_size(window: QWidget) -> QSize:
    """The largest inside size a window can have on its screen (taskbar excluded)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
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


def make_room(widget: QWidget) -> None:
    """Grow the widget's window when text appeared in it (an error, advice), so wrapped
    lines push the window taller instead of squeezing its fields to thin lines."""
    window = widget.window()
    layout = window.layout()
    if layout is None or not window.isWindow():
        return
    layout.activate()
    needed = (layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth()
              else layout.totalSizeHint().height())
    if needed > window.height():
        window.resize(window.width(), min(needed, available_size(window).height()))


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
