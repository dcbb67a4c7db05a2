"""A tab's actions as a desktop app shows them: a toolbar with icon, text and shortcut.

The most used actions are tool buttons; the rest sit in a drop-down menu button at
the end, so the row never makes the window wider than a laptop screen (what does not
fit still goes to the toolbar's own overflow menu). Tool buttons take keyboard focus
(Tab reaches them) and a shortcut works while the tab is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar, QToolButton, QWidget

Icon = QIcon.ThemeIcon | QStyle.StandardPixmap | None


def _icon(widget: QWidget, icon: Icon) -> QIcon:
    if icon is None:
        return QIcon()
    if isinstance(icon, QStyle.StandardPixmap):
        return widget.style().standardIcon(icon)
    return QIcon.fromTheme(icon, widget.style().standardIcon(_FALLBACK.get(
        icon, QStyle.StandardPixmap.SP_FileIcon)))


# Qt's theme icons are there on Windows (Fluent) and with a Linux icon theme; the
# style's own icons stand in elsewhere.
_FALLBACK = {
    QIcon.ThemeIcon.DocumentNew: QStyle.StandardPixmap.SP_FileIcon,
    QIcon.ThemeIcon.DocumentPrint: QStyle.StandardPixmap.SP_DialogSaveButton,
    QIcon.ThemeIcon.DocumentOpen: QStyle.StandardPixmap.SP_DialogOpenButton,
    QIcon.ThemeIcon.DocumentProperties: QStyle.StandardPixmap.SP_FileDialogDetailedView,
    QIcon.ThemeIcon.EditUndo: QStyle.StandardPixmap.SP_ArrowBack,
    QIcon.ThemeIcon.ListAdd: QStyle.StandardPixmap.SP_FileDialogNewFolder,
    QIcon.ThemeIcon.MailSend: QStyle.StandardPixmap.SP_ArrowForward,
    QIcon.ThemeIcon.EditPaste: QStyle.StandardPixmap.SP_FileDialogContentsView,
    QIcon.ThemeIcon.HelpAbout: QStyle.StandardPixmap.SP_MessageBoxInformation,
    QIcon.ThemeIcon.ViewRefresh: QStyle.StandardPixmap.SP_BrowserReload,
    QIcon.ThemeIcon.EditFind: QStyle.StandardPixmap.SP_FileDialogContentsView,
}


def tab_action(owner: QWidget, text: str, slot: Callable[[], object], *, icon: Icon = None,
               shortcut: str | QKeySequence.StandardKey | None = None,
               tip: str = "") -> QAction:
    """An action of a tab; its shortcut works while the tab is shown."""
    action = QAction(_icon(owner, icon), text, owner)
    owner.addAction(action)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    label = text.replace("&", "").rstrip("…").rstrip(".")
    shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setStatusTip(tip or label)  # also the accessible name of its tool button
    action.setToolTip(f"{tip or label} ({shown})" if shown else tip or label)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def tab_toolbar(name: str, actions: list[QAction], more: list[QAction] | None = None,
                more_text: str = "Meer") -> QToolBar:
    """A toolbar for a tab: ``actions`` as buttons, ``more`` in a drop-down at the end."""
    bar = QToolBar(name)
    bar.setAccessibleName(name)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setMovable(False)
    bar.setFloatable(False)
    for action in actions:
        bar.addAction(action)
    if more:
        menu = QMenu(more_text, bar)
        for action in more:
            menu.addAction(action)
        button = QToolButton(bar)
        button.setText(more_text)
        button.setAccessibleName(more_text)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addWidget(button)
    for action in bar.actions():
        widget = bar.widgetForAction(action)
        if widget is not None:
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            widget.setAccessibleName(action.statusTip() or action.text().replace("&", ""))
    return bar


def more_button(bar: QToolBar) -> QToolButton | None:
    """The drop-down button with the less used actions."""
    buttons = [b for b in bar.findChildren(QToolButton) if b.menu() is not None]
    return buttons[0] if buttons else None
