"""Walk finding: after starting a trajectory or storing a step the keyboard must go on
from the step buttons; the form that had the cursor is gone (before, Tab started again at
the pupil search, ten stops away), and the empty form area shows its hint at the top."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_meldcode_tab import K, fill, tab  # noqa: F401 - the fixture


def _shown(qtbot, widget) -> None:
    widget.show()
    qtbot.waitExposed(widget)


def test_starting_puts_the_cursor_on_the_first_step_button(tab, qtbot):  # noqa: F811
    _shown(qtbot, tab)
    tab.start_trajectory()
    assert tab.focusWidget() is tab.buttons[K.SIGNALEN_VASTGELEGD]


def test_storing_a_step_puts_the_cursor_on_an_allowed_step_button(tab, qtbot):  # noqa: F811
    _shown(qtbot, tab)
    tab.start_trajectory()
    tab.buttons[K.KINDCHECK].setFocus()
    qtbot.keyClick(tab.buttons[K.KINDCHECK], Qt.Key.Key_Space)
    fill(tab, K.KINDCHECK, done=True, note="Navraag bij ouders gedaan")
    tab.save_button.setFocus()
    qtbot.keyClick(tab.save_button, Qt.Key.Key_Space)
    assert tab.state.kindcheck_done is True
    focus = tab.focusWidget()
    assert focus in tab.buttons.values() and focus.isEnabled() and focus.isVisible()
    assert focus is tab.buttons[K.SIGNALEN_VASTGELEGD]  # the current step's first one


def test_the_hint_is_in_view_after_a_long_form_was_stored(tab, qtbot):  # noqa: F811
    _shown(qtbot, tab)
    tab.resize(1000, 600)
    tab.start_trajectory()
    fill(tab, K.KINDCHECK, done=True, note="Navraag bij ouders gedaan")
    tab.form_scroll.verticalScrollBar().setValue(tab.form_scroll.verticalScrollBar().maximum())
    assert tab.submit()
    assert tab.stack.currentWidget() is tab.placeholder
    assert tab.form_scroll.verticalScrollBar().value() == 0
