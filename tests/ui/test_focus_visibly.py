"""focus_visibly shows the cursor also when its window is not yet active again.

Walk s36 (walk3 d03): after 'Traject starten' in the confirmation box the cursor went to
'Signalen' while the box was closing; the main window was not active yet, so the
"keyboard in use" flag was not set, and when the window came back the focus sat on the
button with no frame at all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from zorgdesk.ui.widgets import focus_visibly


def test_the_frame_shows_when_the_window_comes_back(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    first, target = QPushButton("Eerste"), QPushButton("Signalen")
    layout.addWidget(first)
    layout.addWidget(target)
    qtbot.addWidget(window)
    window.show()
    other = QWidget()  # the message box that still has the keyboard
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
    focus_visibly(target)
    assert window.focusWidget() is target
    other.close()  # the box goes; the window gets the keyboard back
    window.activateWindow()
    qtbot.waitUntil(target.hasFocus)
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
