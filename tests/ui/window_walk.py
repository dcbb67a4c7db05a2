"""Walk every view of the main window and every dialog it opens, as a user would.

Every tab and sub-tab is shown in turn; every enabled button or menu item whose text
ends in an ellipsis ("opens a window", the desktop convention) is triggered, and each
dialog that opens is handed to ``visit`` before it is cancelled. Dialogs that open
from a dialog are walked one level deeper. Static message and file boxes answer
"cancel" so nothing blocks and nothing is written.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

# A walk opens every view and every dialog of the main window: minutes on a machine at
# load 10, past the suite's 120 s, which is meant for a modal left open (a walk answers
# every box itself). The thread method cannot be swallowed: the signal method raises in
# whatever runs, and once that was a cleanup that caught it, so the test went on.
WALK_TIMEOUT = pytest.mark.timeout(600, method="thread")

Visit = Callable[[QWidget, str], None]
ELLIPSES = ("…", "...")


def _plain(text: str) -> str:
    return text.replace("&", "").strip()


def _opens_window(text: str) -> bool:
    return _plain(text).endswith(ELLIPSES)


@contextlib.contextmanager
def answering_boxes(monkeypatch) -> Iterator[None]:
    """Static QMessageBox/QFileDialog calls answer 'no'/'cancel' at once."""
    no = QMessageBox.StandardButton.No
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: no))
    for name in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    yield


class Walker:
    """Shows every view and opens every dialog once, calling ``visit`` on each."""

    def __init__(self, monkeypatch, visit: Visit, max_depth: int = 2,
                 opened: Visit | None = None) -> None:
        self.visit = visit
        self.opened = opened  # called once per dialog, as it opens
        self.max_depth = max_depth
        self.depth = 0
        self.seen: list[str] = []
        walker = self

        def fake_exec(dialog: QDialog) -> int:
            walker._dialog_opened(dialog)
            return QDialog.DialogCode.Rejected.value

        monkeypatch.setattr(QDialog, "exec", fake_exec)
        monkeypatch.setattr(QMessageBox, "exec", fake_exec)
        monkeypatch.setattr(QFileDialog, "exec", fake_exec)
        # Qt's own print dialog: not ours to check, and it must not block.
        monkeypatch.setattr(QPrintDialog, "exec", lambda _self: 0)

    # -- dialogs ---------------------------------------------------------------------

    def _dialog_opened(self, dialog: QDialog) -> None:
        name = dialog.windowTitle() or type(dialog).__name__
        self.seen.append(name)
        dialog.show()
        QApplication.processEvents()
        if QApplication.platformName() != "offscreen":
            # On an X server (CI runs the suite on Xvfb) a window becomes active, and gets
            # its first focus, only once the server says so; offscreen at once.
            dialog.activateWindow()
            QTest.qWaitForWindowActive(dialog, 5000)
        if self.opened is not None:
            self.opened(dialog, name)
        if self.depth < self.max_depth:
            self.depth += 1
            try:
                self.walk_views(dialog, name)
            finally:
                self.depth -= 1
        else:
            self.visit(dialog, name)
        if dialog.isVisible():
            dialog.reject()
        QApplication.processEvents()

    def _close_opened(self, before: set[int]) -> None:
        """Dialogs opened with open() (non-blocking): walk them, then cancel."""
        for widget in QApplication.topLevelWidgets():
            if (isinstance(widget, QDialog) and widget.isVisible()
                    and id(widget) not in before):
                self._dialog_opened(widget)

    def _visible_dialogs(self) -> set[int]:
        return {id(w) for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()}

    # -- views -----------------------------------------------------------------------

    def walk_views(self, window: QWidget, name: str) -> None:
        """Visit every combination of (nested) tabs, and trigger its window-openers.

        A main window's menu items are the same on every view: they open once.
        """
        for number, view_name in enumerate(self._views(window, name)):
            self.visit(window, view_name)
            self._trigger_openers(window, view_name, with_menu=number == 0)

    def _views(self, window: QWidget, name: str) -> Iterator[str]:
        tabs = [t for t in window.findChildren(QTabWidget)
                if t.isVisibleTo(window) and t.window() is window
                and not _inside_tab_widget(t, window)]
        if not tabs:
            yield name
            return
        yield from self._tab_views(window, tabs[0], name)

    def _tab_views(self, window: QWidget, tabs: QTabWidget, name: str) -> Iterator[str]:
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index) or not tabs.isTabVisible(index):
                continue
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            here = f"{name} / {_plain(tabs.tabText(index))}"
            page = tabs.widget(index)
            inner = [t for t in page.findChildren(QTabWidget)
                     if t.isVisibleTo(window) and not _inside_tab_widget(t, page)]
            if inner:
                yield from self._tab_views(window, inner[0], here)
            else:
                yield here

    def _openers(self, window: QWidget, with_menu: bool) -> list[QAbstractButton | QAction]:
        found: list[QAbstractButton | QAction] = []
        for button in window.findChildren(QAbstractButton):
            if (button.window() is window and button.isVisibleTo(window)
                    and button.isEnabled() and not isinstance(button.parentWidget(), QTabBar)
                    and _opens_window(button.text())):
                if isinstance(button, QToolButton) and button.defaultAction() is not None:
                    continue  # reached through its action below
                found.append(button)
        actions = window.findChildren(QAction)
        if isinstance(window, QMainWindow) and with_menu:
            actions = [a for a in actions if a.parent() is window or _shown_in(a, window)]
        else:
            actions = [a for a in actions if _shown_in(a, window)]
        found += [a for a in actions if a.isEnabled() and a.isVisible()
                  and _opens_window(a.text())]
        return found

    def _trigger_openers(self, window: QWidget, view: str, with_menu: bool) -> None:
        for opener in self._openers(window, with_menu):
            if not window.isVisible():
                return
            before = self._visible_dialogs()
            label = _plain(opener.text())
            if isinstance(opener, QAction):
                opener.trigger()
            else:
                opener.click()
            QApplication.processEvents()
            self._close_opened(before)
            self.seen.append(f"{view} -> {label}")


def _inside_tab_widget(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QTabWidget):
            return True
        parent = parent.parentWidget()
    return False


def _shown_in(action: QAction, window: QWidget) -> bool:
    """An action reachable in this window: on a visible tool button of it."""
    for widget in action.associatedObjects():
        if isinstance(widget, QWidget) and widget.window() is window \
                and widget.isVisibleTo(window):
            return True
    return False
