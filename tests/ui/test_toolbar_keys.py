"""Every tab toolbar says its keys: in the tooltip (mouse), in the accessible
description (screen reader) and, when Tab puts the cursor on a button, in a tip shown
beside it (keyboard). Walk s35 (walk2-04/06) and the s36 brief: the buttons read
'Nieuwe observatie' and 'Nieuw gesprek' with no key in sight for a keyboard user, and
the drop-down buttons ('Ouders en verstrekking', ...) had no tooltip at all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolBar, QToolButton, QToolTip

from zorgdesk.ui.main_window import MainWindow
from zorgdesk.ui.tab_toolbar import more_button


def _keys(action) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def _bars(window):
    return [page.toolbar for page in window.tab_pages] + [
        b for b in window.findChildren(QToolBar) if b not in
        [page.toolbar for page in window.tab_pages]]


def test_every_toolbar_button_names_its_key_in_tooltip_and_description(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    checked = 0
    for bar in _bars(window):
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if not isinstance(button, QToolButton) or not _keys(action):
                continue
            assert f"({_keys(action)})" in action.toolTip(), action.text()
            assert _keys(action) in button.accessibleDescription(), action.text()
            checked += 1
    assert checked >= 15


def test_every_drop_down_lists_its_actions_with_their_keys(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    for bar in _bars(window):
        button = more_button(bar)
        if button is None:
            continue
        tip = button.toolTip()
        for action in button.menu().actions():
            if _keys(action):
                assert f"({_keys(action)})" in tip, (button.text(), action.text())
        assert button.accessibleDescription() == tip


def test_tab_to_a_toolbar_button_shows_its_key(controller, choose_dossier, qtbot):
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    choose_dossier("Noor Bouzid")
    window.show_tab(0)
    if window.today_dialog is not None:
        window.today_dialog.reject()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab = window.tab_pages[0]
    button = tab.toolbar.widgetForAction(tab.new_action)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "Nieuwe observatie (Ctrl+N)"
