"""Guard against a PySide6 release that corrupts Python's reference to None.

PySide6 6.12.0 loses one reference to None per void Qt call; on Python < 3.12 the
process aborts after enough clicks. pyproject pins it out; this test says so clearly
if such a build is installed anyway.
"""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_refcount(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
    assert sys.getrefcount(None) - before > -100, "this PySide6 build leaks None references"
