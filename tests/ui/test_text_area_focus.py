"""Multi-line text fields show the keyboard focus with a frame, as line edits do.

Walk s31/s32 (real X server, 125 %): a QTextEdit or QPlainTextEdit showed the focus
only by the blinking caret, easy to miss in a long form.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.ui.widgets import TEXT_AREA_FOCUS, show_focus_on_text_areas


def _edge(widget: QWidget) -> QColor:
    """The colour one pixel inside the left edge, halfway down."""
    image = widget.grab().toImage()
    return image.pixelColor(1, image.height() // 2)


def test_a_text_area_shows_a_highlight_frame_while_it_has_the_focus(qtbot):
    app = QApplication.instance()
    before = app.styleSheet()
    show_focus_on_text_areas(app)
    show_focus_on_text_areas(app)  # once per app
    try:
        assert app.styleSheet().count(TEXT_AREA_FOCUS) == 1
        window = QWidget()
        qtbot.addWidget(window)
        layout = QVBoxLayout(window)
        plain, rich, line = QPlainTextEdit(), QTextEdit(), QLineEdit()
        for widget in (line, plain, rich):
            layout.addWidget(widget)
        window.show()
        qtbot.waitExposed(window)
        highlight = window.palette().color(QPalette.ColorRole.Highlight)
        for area in (plain, rich):
            line.setFocus()
            QApplication.processEvents()
            assert _edge(area) != highlight
            area.setFocus()
            QApplication.processEvents()
            assert area.hasFocus()
            assert _edge(area) == highlight, (type(area).__name__, _edge(area).name())
    finally:
        app.setStyleSheet(before)


def test_the_app_turns_the_frame_on(controller):
    assert TEXT_AREA_FOCUS in QApplication.instance().styleSheet()
