"""Shift+F10 opens the context menu of the focused control, as the Menu key does.

Windows turns Shift+F10 into the Menu key itself; on Linux Qt does not (walk s36/s37,
real X server), and a laptop without a Menu key left a keyboard user no way to a text
field's menu (Knippen, Kopiëren, Plakken) or the summary preview's. One app-wide
filter sends the focused widget the context-menu event Qt makes for the Menu key: from
the keyboard, at the text cursor or current item, so every control that has a menu
(its own, a custom one, its actions) opens it, and one that has none passes it on to
its parent as Qt does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_SHIFT = Qt.KeyboardModifier.ShiftModifier
# Shift alone: Ctrl+Shift+F10 and the keypad flag are not the menu key.
_OTHER = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
          | Qt.KeyboardModifier.MetaModifier)


class _ShiftF10(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        key: QKeyEvent = event  # type: ignore[assignment]
        modifiers = key.modifiers()
        if key.key() != Qt.Key.Key_F10 or not modifiers & _SHIFT or modifiers & _OTHER:
            return False
        # The key reaches the focused widget first (its window's QWindow is no QWidget);
        # taken here, no parent sees it: the menu belongs to the one with the keyboard.
        if not watched.isEnabled():
            return False
        pos = _menu_place(watched)
        menu_event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos,
                                       watched.mapToGlobal(pos), Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(watched, menu_event)
        return True


def _menu_place(widget: QWidget) -> QPoint:
    """Where Qt puts the Menu key's menu (QWidgetWindow::handleContextMenuEvent): the
    text cursor or current item; the middle of a widget that has neither."""
    place = widget.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
    if isinstance(place, QRectF):
        place = place.toRect()
    return place.center() if isinstance(place, QRect) else widget.rect().center()


def open_context_menus_on_shift_f10(app: QApplication) -> None:
    """Install the filter once per app."""
    if app.property("zorgdesk_shift_f10"):
        return
    app.setProperty("zorgdesk_shift_f10", True)
    _installed.append(_ShiftF10(app))  # parented to the app: it lives as long
    app.installEventFilter(_installed[-1])


_installed: list[_ShiftF10] = []
