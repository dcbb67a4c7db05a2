"""Dutch error messages next to their fields, gone as soon as the field is edited.

One helper for every form: bind each field name (as the domain's validation names it)
to its error label and the widgets that edit it; ``show`` places the problems of a
refused save (a ``ValidationError``'s ``problems``, or (field, message) pairs), and
typing in a field clears that field's message at once, so no red text stays behind
after the IB fixed it. Messages without a field of their own go to the general label.
``refused`` does both and then scrolls the first problem into view and puts the cursor
there. Only the labels are touched: what the IB typed always stays.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from zorgdesk.ui.widgets import show_error, show_first_problem


def _edited_signals(widget: QWidget) -> list:
    if isinstance(widget, QLineEdit):
        return [widget.textChanged]
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    if isinstance(widget, QAbstractSpinBox) and hasattr(widget, "valueChanged"):
        return [widget.valueChanged]
    if isinstance(widget, QListWidget):  # a check list: ticking an item
        return [widget.itemChanged]
    return []


class FieldErrors:
    """The error labels of one form, each bound to the widgets of its field."""

    def __init__(self, general: QLabel | None = None) -> None:
        self.general = general
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}  # the first widget of each field, for focus

    def bind(self, field: str, label: QLabel, *widgets: QWidget) -> None:
        """``label`` shows the problems of ``field``; editing any of ``widgets`` clears it."""
        self.labels[field] = label
        if widgets:
            self.widgets.setdefault(field, widgets[0])
        for widget in widgets:
            for signal in _edited_signals(widget):
                # Only the label and this helper are captured, never the dialog (issue 14).
                signal.connect(lambda *_args, label=label: self._cleared(label))

    def _cleared(self, label: QLabel) -> None:
        show_error(label, "")
        if self.general is not None and not any(lb.text() for lb in self.labels.values()):
            show_error(self.general, "")  # the last field fixed: the summary goes too

    def label_for(self, field: str) -> QLabel | None:
        """The label of ``field``, or of its list (``involved[2]`` -> ``involved``)."""
        return self.labels.get(field) or self.labels.get(field.split("[")[0])

    def clear(self) -> None:
        for label in self.labels.values():
            show_error(label, "")
        if self.general is not None:
            show_error(self.general, "")

    def show(self, problems: Iterable[tuple[str, str]]) -> list[str]:
        """Place every (field, Dutch message); returns the messages without a field label."""
        self.clear()
        unplaced = []
        for field, message in problems:
            label = self.label_for(field)
            if label is None:
                unplaced.append(message)
            else:
                show_error(label, "\n".join(filter(None, [label.text(), message])))
        return unplaced

    def focus_first(self) -> bool:
        """Scroll the first field with a message (in form order) into view and put the
        cursor there; False when no field shows one."""
        for field, label in self.labels.items():
            if label.text():
                show_first_problem(label, self.widgets.get(field))
                return True
        return False

    def refused(self, problems: Iterable[tuple[str, str]], summary: str = "") -> None:
        """A refused save: every message at its field, the rest (or ``summary`` when all
        have a field) in the general label, and the cursor at the first problem."""
        unplaced = self.show(problems)
        if self.general is not None:
            show_error(self.general, " ".join(unplaced) or summary)
        if not self.focus_first() and self.general is not None and unplaced:
            show_first_problem(self.general)
