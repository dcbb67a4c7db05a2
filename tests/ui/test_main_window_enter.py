"""Enter on a focused button in the main window presses it, as Space does.

Walk s35: in the meldcode tab the cursor lands on the next action ('Signalen', 'Stap
afronden'), and Enter did nothing there: outside a dialog a QPushButton only answers
Enter when it is auto-default. Only Space worked, which a newcomer does not try."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from zorgdesk.domain.meldcode import EventKind


def test_enter_presses_the_focused_meldcode_action(controller, qtbot):
    window = controller.window
    window.show()
    pupil = next(p for p in controller.session.basedata.pupils()
                 if p.display_name == "Noor Bouzid")
    assert window.select_pupil(pupil.id)
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


def test_every_button_of_the_main_window_answers_enter(controller):
    window = controller.window
    # Not the dialogs it owns (Vandaag keeps Enter for its list, on purpose).
    buttons = [b for b in window.findChildren(QPushButton) if b.window() is window]
    assert len(buttons) > 10
    assert [b.text() for b in buttons if not b.autoDefault()] == []


def test_ctrl_tab_in_the_pupil_column_goes_to_the_next_dossier_tab(controller, qtbot):
    """Walk s35 (walk2-28/31): with the cursor in the pupil list (where Enter in the search
    field puts it), Ctrl+Tab and Ctrl+PgDown did nothing: only the tabs themselves answer
    them, and Ctrl+1..4 are nowhere on screen. From the pupil column they now show the
    next (previous) tab, with the cursor in its main list."""
    window = controller.window
    window.show()
    pupil = next(p for p in controller.session.basedata.pupils()
                 if p.display_name == "Noor Bouzid")
    assert window.select_pupil(pupil.id)
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
