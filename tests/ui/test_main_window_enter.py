"""Enter on a focused button in the main window presses it, as Space does.

Walk s35: in the meldcode tab the cursor lands on the next action ('Signalen', 'Stap
afronden'), and Enter did nothing there: outside a dialog a QPushButton only answers
Enter when it is auto-default. Only Space worked, which a newcomer does not try."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from zorgdesk.domain.meldcode import EventKind


def test_enter_presses_the_focused_meldcode_action(controller, choose_dossier, qtbot):
    window = controller.window
    window.show()
    choose_dossier("Noor Bouzid")
    window.show_tab(3)
    tab = window.tab_pages[3]
    tab.start_trajectory()
    button = tab.buttons[EventKind.KINDCHECK]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert tab.current_kind is EventKind.KINDCHECK
    tab.buttons[EventKind.BROERS_ZUSSEN].setFocus()
    qtbot.keyClick(tab.buttons[EventKind.BROERS_ZUSSEN], Qt.Key.Key_Enter)  # keypad
    assert tab.current_kind is EventKind.BROERS_ZUSSEN


def test_every_button_of_the_main_window_answers_enter(controller, choose_dossier, qtbot,
                                                       monkeypatch):
    """On every tab, each button in sight that can be pressed is pressed by Enter (the
    press itself is recorded, not run: these buttons open dialogs)."""
    from PySide6.QtWidgets import QToolButton

    window = controller.window
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    pressed = []
    monkeypatch.setattr("zorgdesk.ui.main_window.press", pressed.append)
    choose_dossier("Noor Bouzid")
    tried = []
    for index in range(window.tabs.count()):
        window.show_tab(index)
        # Not the dialogs it owns (Vandaag keeps Enter for its list, on purpose).
        for button in window.findChildren(QPushButton) + window.findChildren(QToolButton):
            if button.window() is window and button.isVisible() and button.isEnabled():
                button.setFocus()
                qtbot.keyClick(button, Qt.Key.Key_Return)
                tried.append(button)
    assert len(tried) >= 8  # Noor's dossier leaves many actions off
    assert any(isinstance(b, QToolButton) for b in tried)
    assert any(isinstance(b, QPushButton) for b in tried)
    assert [b.text() for b in tried if b not in pressed] == []


def test_ctrl_tab_in_the_pupil_column_goes_to_the_next_dossier_tab(controller, choose_dossier,
                                                                   qtbot):
    """Walk s35 (walk2-28/31): with the cursor in the pupil list (where Enter in the search
    field puts it), Ctrl+Tab and Ctrl+PgDown did nothing: only the tabs themselves answer
    them, and Ctrl+1..4 are nowhere on screen. From the pupil column they now show the
    next (previous) tab, with the cursor in its main list."""
    window = controller.window
    window.show()
    choose_dossier("Noor Bouzid")
    window.show_tab(0)
    window.pupil_list.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.pupil_list, Qt.Key.Key_Tab, ctrl)
    assert window.tabs.currentIndex() == 1
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Backtab, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.currentIndex() == 0
    window.pupil_list.setFocus()
    qtbot.keyClick(window.pupil_list, Qt.Key.Key_PageUp, ctrl)  # round to the last
    assert window.tabs.currentIndex() == window.tabs.count() - 1
    qtbot.keyClick(window.pupil_list, Qt.Key.Key_PageDown, ctrl)
    assert window.tabs.currentIndex() == 0


def _focused(widget, qtbot):
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    assert widget.window().focusWidget() is widget


def test_a_button_made_after_the_window_answers_enter(controller, qtbot):
    """Review s35 R11: the window made its buttons auto-default once, in __init__; a
    button a tab makes later (a form built on demand) did not answer Enter. Now the
    window presses whatever button has the focus, whenever it was made."""
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    later = QPushButton("Later gemaakt", window.tab_pages[0])
    later.show()
    pressed = []
    later.clicked.connect(lambda: pressed.append("later"))
    _focused(later, qtbot)
    qtbot.keyClick(later, Qt.Key.Key_Return)
    qtbot.keyClick(later, Qt.Key.Key_Enter)  # the keypad's
    assert pressed == ["later", "later"]


def test_enter_presses_a_focused_toolbar_button(controller, choose_dossier, qtbot, monkeypatch):
    """Walk s36 (walk3 a13): the tab toolbars' buttons take the focus with Tab, but
    Enter on 'Nieuwe observatie' did nothing (a tool button answers Space only)."""
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    choose_dossier("Noor Bouzid")
    window.show_tab(0)
    opened = []
    monkeypatch.setattr("zorgdesk.ui.logbook.tab_actions.run_modal",
                        lambda dialog: opened.append(type(dialog).__name__) or False)
    tab = window.tab_pages[0]
    button = tab.toolbar.widgetForAction(tab.new_action)
    _focused(button, qtbot)
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert opened == ["EntryDialog"]


def test_enter_opens_the_menu_of_a_focused_drop_down_button(controller, choose_dossier, qtbot):
    """'Ouders en verstrekking' (the logbook's drop-down) opened its menu with Space
    only; Enter now opens it too (walk3 a12)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QToolButton

    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    choose_dossier("Noor Bouzid")
    window.show_tab(0)
    tab = window.tab_pages[0]
    window.resize(1400, 800)  # wide enough for the drop-down to sit on the toolbar
    button = next(b for b in tab.toolbar.findChildren(QToolButton)
                  if b.accessibleName() == "Ouders en verstrekking")
    qtbot.waitUntil(button.isVisible)
    shown = []

    def close_menu():
        popup = QApplication.activePopupWidget()
        shown.append(popup)
        if popup is not None:
            popup.close()

    _focused(button, qtbot)
    QTimer.singleShot(200, close_menu)  # the menu runs its own loop until it closes
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0] is button.menu()


def test_a_tab_without_a_list_puts_the_cursor_on_its_tab(controller, choose_dossier, qtbot):
    """Walk s36 (walk3 d01): Ctrl+4 from the conversations list to a meldcode tab without
    a trajectory left the cursor on the tab page itself, where nothing shows it and Tab
    goes on from an unseen place. The tab's own name now has it (arrows change tabs)."""
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    choose_dossier("Zoë van der Berg")
    window.show_tab(2)
    assert window.tab_pages[3].trajectory is None
    window.show_tab(3)
    assert window.focusWidget() is window.tabs.tabBar()
