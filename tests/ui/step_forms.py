"""Fill a route's step form (peer incident, staff abuse) as the IB would."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from zorgdesk.ui.peer_incident.step_dialog import StepDialog


def fill(form: StepDialog, **values) -> None:
    """Each field by key: text typed in, a box ticked, a list item chosen by its value
    or, failing that, by its shown text."""
    for key, value in values.items():
        widget = form.widgets[key]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QLineEdit):
            widget.setText(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(value)
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(index if index >= 0 else widget.findText(value))
        else:
            raise TypeError(f"cannot fill {key}: {type(widget).__name__}")
