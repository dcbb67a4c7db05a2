"""A window that grew for a message shrinks back when the message goes (walk finding,
session 28: it stayed taller after the error was fixed)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from zorgdesk.ui.widgets import error_label, show_error

LONG = "Deze melding is zo lang dat zij over vele regels loopt. " * 12


def _dialog(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLineEdit())
    label = error_label("Foutmelding")
    layout.addWidget(label)
    dialog.resize(360, dialog.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, label


def test_the_window_shrinks_back_when_the_message_goes(qtbot):
    dialog, label = _dialog(qtbot)
    before = dialog.height()
    show_error(label, LONG)
    assert dialog.height() > before  # the message pushed the window taller
    show_error(label, "")
    assert dialog.height() == before


def test_a_second_message_then_none_gives_back_the_first_height(qtbot):
    dialog, label = _dialog(qtbot)
    before = dialog.height()
    show_error(label, "Kort.")
    show_error(label, LONG)
    show_error(label, LONG + LONG)
    show_error(label, "")
    assert dialog.height() == before


def test_a_height_the_ib_chose_stays(qtbot):
    dialog, label = _dialog(qtbot)
    show_error(label, LONG)
    dialog.resize(dialog.width(), dialog.height() + 50)
    chosen = dialog.height()
    show_error(label, "")
    assert dialog.height() == chosen
