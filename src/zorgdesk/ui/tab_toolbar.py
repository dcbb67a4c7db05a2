"""A tab's actions as a desktop app shows them: a toolbar with icon, text and shortcut.

The most used actions are tool buttons; the rest sit in a drop-down menu button at
the end, so the row never makes the window wider than a laptop screen (what does not
fit still goes to the toolbar's own overflow menu). Tool buttons take keyboard focus
(Tab reaches them) and a shortcut works while the tab is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QStyle,
    QToolBar,
    QToolButton,
    QToolTip,
    QWidget,
)

Icon = QIcon.ThemeIcon | QStyle.StandardPixmap | None


class Keys:
    """One shortcut per meaning, the same on every tab (a shortcut works while its tab
    is shown). Actions a tab has alone get a Ctrl+Shift+letter of their own."""

    NEW = QKeySequence.StandardKey.New      # Ctrl+N: a new record of this tab
    OPEN = QKeySequence.StandardKey.Open    # Ctrl+O: open the chosen record
    CORRECT = "Ctrl+E"                      # correct the chosen record
    HISTORY = "Ctrl+H"
    ADDENDUM = "Ctrl+Shift+N"               # an addition to the chosen record
    PRINT = QKeySequence.StandardKey.Print  # Ctrl+P: print the chosen record
    PRINT_OVERVIEW = "Ctrl+Shift+P"         # print the pupil's overview (Verloop)
    ATTACHMENTS = "Ctrl+J"                  # Bijlagen of the chosen record
    ALL_PUPILS = "Ctrl+Shift+O"             # the school-wide overview of this tab


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
    bar.menu_actions = [*actions, *(more or [])]  # every action, for the menu bar
    bar.setAccessibleName(name)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setIconSize(QSize(16, 16))  # a text-sized row: every pixel of height counts
    bar.setStyleSheet("QToolBar { padding: 0px; border: 0px; }")  # 23 px high, not 31
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
        # Its actions with their keys, one a line: what the menu holds, without opening it.
        button.setToolTip("\n".join(action.toolTip() for action in more))
        button.setAccessibleDescription(button.toolTip())
        bar.addWidget(button)
    overflow = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    if overflow is not None:  # Qt's », shown when the window is too narrow for the bar
        overflow.setAccessibleName(f"Meer acties: {name.lower()}")
        overflow.setToolTip("Meer acties (het venster is te smal voor alle knoppen)")
    for action in bar.actions():
        widget = bar.widgetForAction(action)
        if widget is not None:
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            name = action.statusTip() or action.text().replace("&", "")
            if name:  # the drop-down button keeps its own name (its action has none)
                widget.setAccessibleName(name)
                widget.setAccessibleDescription(action.toolTip())  # with the key
    _show_tips_on_keyboard_focus()
    return bar


def _show_tips_on_keyboard_focus() -> None:
    """A toolbar button reached with Tab shows its tooltip, and with it its key: the
    button reads 'Nieuwe observatie', the key was only in the hover tip and the menu
    (walk s35/s36). Once per app; focusChanged costs nothing per event."""
    app = QApplication.instance()
    if app is None or app.property("zorgdesk_toolbar_tips"):
        return
    app.setProperty("zorgdesk_toolbar_tips", True)
    app.focusChanged.connect(_tip_for_focused_button)


def _tip_for_focused_button(_old: QWidget | None, new: QWidget | None) -> None:
    if (isinstance(new, QToolButton) and isinstance(new.parentWidget(), QToolBar)
            and new.toolTip()):
        QToolTip.showText(new.mapToGlobal(QPoint(0, new.height())), new.toolTip(), new)


@dataclass(frozen=True)
class TabAction:
    """One action of a tab, as data: the tab gets it as ``<name>_action`` (and, when it is
    a toolbar button, the button as ``<name>_button``); ``slot`` names the tab's method,
    or a method of one of its collaborators ("actions.new_entry": ``tab.actions.new_entry``).
    """

    name: str
    text: str
    slot: str
    shortcut: str | QKeySequence.StandardKey | None = None
    icon: Icon = None
    tip: str = ""


def build_tab_toolbar(tab: QWidget, name: str, buttons: Sequence[TabAction],
                      more: Sequence[TabAction] = (), more_text: str = "Meer",
                      menu_only: Sequence[TabAction] = ()) -> QToolBar:
    """Make every action of ``tab`` from its tables and the toolbar that shows them:
    ``buttons`` on the bar, ``more`` in its drop-down, ``menu_only`` only in the menu
    bar (Leerling > tab) and by shortcut."""
    made: dict[str, QAction] = {}
    for spec in (*buttons, *more, *menu_only):
        made[spec.name] = tab_action(tab, spec.text, attrgetter(spec.slot)(tab),
                                     icon=spec.icon, shortcut=spec.shortcut, tip=spec.tip)
        setattr(tab, f"{spec.name}_action", made[spec.name])
    bar = tab_toolbar(name, [made[b.name] for b in buttons],
                      more=[made[m.name] for m in more] or None, more_text=more_text)
    bar.menu_actions += [made[m.name] for m in menu_only]
    for spec in buttons:
        setattr(tab, f"{spec.name}_button", bar.widgetForAction(made[spec.name]))
    return bar


def more_button(bar: QToolBar) -> QToolButton | None:
    """The drop-down button with the less used actions."""
    buttons = [b for b in bar.findChildren(QToolButton) if b.menu() is not None
               and b.objectName() != "qt_toolbar_ext_button"]  # not Qt's overflow button
    return buttons[0] if buttons else None
