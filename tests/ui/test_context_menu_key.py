"""Shift+F10 opens the context menu, as the Menu key does (walk s36/s37, real X).

Windows maps Shift+F10 to the Menu key; on Linux (X11, Wayland) Qt does not, and a
laptop without a Menu key had no keyboard way to the menu of a text field (Knippen,
Kopiëren, Plakken, Alles selecteren) or of the anonymised summary's preview."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QVBoxLayout, QWidget

from zorgdesk.ui.context_menu_key import open_context_menus_on_shift_f10


class _Recording(QLineEdit):
    def __init__(self) -> None:
        super().__init__()
        self.asked: list[QContextMenuEvent.Reason] = []

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt)
        self.asked.append(event.reason())
        event.accept()


def _window(qtbot, *widgets: QWidget) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def test_shift_f10_asks_the_focused_widget_for_its_menu_from_the_keyboard(qtbot):
    open_context_menus_on_shift_f10(QApplication.instance())
    first, second = _Recording(), _Recording()
    window = _window(qtbot, first, second)
    second.setFocus()
    qtbot.keyClick(second, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert second.asked == [QContextMenuEvent.Reason.Keyboard]
    assert first.asked == []
    qtbot.keyClick(second, Qt.Key.Key_F10)  # F10 alone is not the menu
    qtbot.keyClick(second, Qt.Key.Key_F10, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert second.asked == [QContextMenuEvent.Reason.Keyboard]
    window.close()


def test_a_text_field_shows_its_own_menu(qtbot):
    open_context_menus_on_shift_f10(QApplication.instance())
    field = QLineEdit("tekst")
    window = _window(qtbot, field)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = QApplication.activePopupWidget()
    try:
        assert isinstance(menu, QMenu)
        assert "edit-paste" in [action.objectName() for action in menu.actions()]
        # Where the Menu key puts it: at the text cursor, not at the mouse.
        caret = field.mapToGlobal(field.cursorRect().center())
        assert (menu.pos() - caret).manhattanLength() < 40, (menu.pos(), caret)
    finally:
        if menu is not None:
            menu.close()
        window.close()


def test_a_custom_menu_is_asked_at_the_focused_widget(qtbot):
    open_context_menus_on_shift_f10(QApplication.instance())
    field = QLineEdit()
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    asked: list[QPoint] = []
    field.customContextMenuRequested.connect(asked.append)
    window = _window(qtbot, field)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert len(asked) == 1
    window.close()


def test_the_app_opens_menus_on_shift_f10(controller, qtbot):
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field = window.search  # Zoek leerling
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    menu.close()
