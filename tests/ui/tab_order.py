"""The order in which Tab visits a window's controls, as their accessible names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


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
            names.append(widget.accessibleName())
        widget = widget.nextInFocusChain()
    return names
