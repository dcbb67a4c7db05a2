"""The order in which Tab visits a window's controls, as their accessible names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget


def tab_order(window: QWidget) -> list[str]:
    """Accessible names of the controls Tab reaches in ``window``, in order, starting
    after the window itself. A control is reached when it takes Tab focus and is
    visible and enabled; the window is shown first so visibility means what the user
    sees."""
    window.show()
    names: list[str] = []
    widget = window.nextInFocusChain()
    while widget is not window:
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(window)
                and widget.isEnabled()):
            names.append(_spoken_name(widget))
        widget = widget.nextInFocusChain()
    return names


def _spoken_name(widget: QWidget) -> str:
    """The accessible name, or for a button without one its text without the mnemonic
    (what Qt's accessibility layer reports then)."""
    if widget.accessibleName() or not isinstance(widget, QAbstractButton):
        return widget.accessibleName()
    return widget.text().replace("&", "")
