"""The order in which Tab visits a window's controls, as their accessible names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QTabBar, QWidget

from zorgdesk.ui.widgets import focus_chain


def tab_order(area: QWidget) -> list[str]:
    """Names of the controls Tab reaches in ``area`` (a window, or a part of one such as
    a tab page), in order. Qt's own rule: a control takes Tab focus, is visible and
    enabled and hands its focus to no proxy (an editable combo box's line edit is visited
    once, as the line edit). The window is shown first so visibility means what the user
    sees."""
    area.window().show()
    names: list[str] = []
    for widget in focus_chain(area):  # never a bare nextInFocusChain() walk: see there
        if (area.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None and widget.isVisibleTo(area.window())
                and widget.isEnabled()):
            names.append(_spoken_name(widget))
    return names


def _spoken_name(widget: QWidget) -> str:
    """A tab bar's current tab (what a reader announces when Tab lands on it), else the
    accessible name; without one, what Qt's accessibility layer reports instead: a
    button's text (without the mnemonic); else the class name, so a control without a
    name stands out in a failing assertion."""
    if isinstance(widget, QTabBar):  # a reader says the tab Tab lands on first
        return "tabblad " + widget.tabText(widget.currentIndex()).replace("&", "")
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return type(widget).__name__
