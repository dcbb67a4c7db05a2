"""Ctrl+Tab in the pupil column shows the next dossier tab, as it does in the tabs.

Walk s35: after Enter in the pupil search the cursor is in the pupil list, and from there
Ctrl+Tab, Ctrl+Shift+Tab and Ctrl+PgDown/PgUp did nothing (a QTabWidget answers them
only when the cursor is inside it), while Ctrl+1..4 are nowhere on screen. A newcomer
had to go through the Leerling menu to reach the Zorggesprekken tab.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QWidget

_NEXT = {Qt.Key.Key_Tab: 1, Qt.Key.Key_PageDown: 1, Qt.Key.Key_Backtab: -1,
         Qt.Key.Key_PageUp: -1}


def focus_main_list(page: QWidget) -> None:
    """The cursor in a tab's main list, never on a selector whose value the arrow keys
    would change (e.g. the Signalenlijst choice). A tab with a form open in it (the
    meldcode tab) names that form's first field (``main_focus``) instead."""
    target = page.main_focus() if hasattr(page, "main_focus") else None
    if target is not None and target.isVisible() and target.isEnabled():
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return
    lists = [v for v in page.findChildren(QAbstractItemView)
             if v.isVisible() and v.isEnabled() and v.focusPolicy() != Qt.FocusPolicy.NoFocus]
    if lists:
        lists[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
        return
    # No list (a meldcode tab without a trajectory): the tab's name, not the page itself,
    # where nothing shows the cursor and Tab goes on from an unseen place (walk s36).
    tabs = page.parentWidget()
    while tabs is not None and not isinstance(tabs, QTabWidget):
        tabs = tabs.parentWidget()
    if tabs is not None:
        tabs.tabBar().setFocus(Qt.FocusReason.ShortcutFocusReason)


class DossierTabKeys(QObject):
    """Watches the pupil column's widgets; holds the tab widget only (a child of it, so
    it never outlives the tabs and never holds the window)."""

    def __init__(self, tabs: QTabWidget, *watched: QWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        for widget in watched:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or \
                not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        step = _NEXT.get(Qt.Key(event.key()))
        tabs = self._tabs
        if step is None or not tabs.isEnabled() or tabs.count() == 0:
            return False
        tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
        focus_main_list(tabs.currentWidget())
        return True
