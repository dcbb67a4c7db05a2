"""Type any text into a widget with real key events, as the IB's keyboard does.

``QTest.keyClicks`` looks every character up in an ASCII key table and aborts the whole
test process (a Qt assertion in qasciikey.cpp) at the first other one: "ë", "é", "—", an
emoji. ``type_text`` sends ASCII characters as their own keys (so shortcuts, validators
and type-ahead see the key) and every other character as a key event that carries the
character as its text, which is how a keyboard layout, a dead key or an input method
delivers it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

_CONTROL_KEYS = {"\n": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` one character at a time, any Unicode."""
    for char in text:
        if char in _CONTROL_KEYS:
            QTest.keyClick(widget, _CONTROL_KEYS[char])
        elif char.isascii() and char.isprintable():
            QTest.keyClick(widget, char)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)
