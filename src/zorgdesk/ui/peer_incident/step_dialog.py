"""One step of the route as a form: built from a :class:`~.steps.Step`, saved through a
``submit`` callable the caller binds to the service. A refusal (Dutch) is shown in the
form; nothing typed is lost: with a ``DraftPlace`` what is typed is kept in the vault
(ui/form_drafts.py) until it is saved, also when the vault locks or the window closes,
and comes back when the same form is opened again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.validation import FieldProblem, ValidationError, parse_date
from zorgdesk.ui.field_errors import FieldErrors
from zorgdesk.ui.peer_incident.steps import (
    ANSWER_KEYS,
    BOOL,
    CHECKS,
    CHOICE,
    DATE,
    OPTIONAL_DATE,
    TEXT,
    Field,
    Step,
)
from zorgdesk.ui.unsaved import DraftPlace, guard_with_draft
from zorgdesk.ui.widgets import error_label, focus_first_field, narrow_combo, show_error
from zorgdesk.ui.window_size import fit_to_screen

Submit = Callable[[dict[str, Any]], None]


def _plain(label: str) -> str:
    return label.replace("&", "").rstrip(":").strip()


def _scrolling(form: QFormLayout) -> QScrollArea:
    """The form in a scroll area: a long step still fits a laptop screen."""
    inner = QWidget()
    column = QVBoxLayout(inner)
    column.addLayout(form)
    column.addStretch(1)  # extra height below the fields, not between them
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside it
    scroll.setWidget(inner)
    return scroll


class StepDialog(QDialog):
    def __init__(self, step: Step, submit: Submit, today: date, *, subtitle: str = "",
                 choices: dict[str, tuple[tuple[str, str], ...]] | None = None,
                 defaults: dict[str, str] | None = None,
                 parent: QWidget | None = None, draft: DraftPlace | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{step.title} — ZorgDesk")
        self._step, self._submit = step, submit
        self.saved = False
        self.values: dict[str, Any] = {}
        self.widgets: dict[str, QWidget] = {}
        self.error = error_label("Melding bij opslaan")
        # Each field's message right under it; typing there clears it.
        self.field_errors = FieldErrors(self.error)
        form = self._fields_form(today, choices or {}, defaults or {})
        layout = QVBoxLayout(self)
        for text in (subtitle, step.intro):
            if text:
                label = QLabel(text)
                label.setWordWrap(True)
                layout.addWidget(label)
        layout.addWidget(_scrolling(form), 1)
        layout.addWidget(self.error)
        buttons = self._buttons()
        layout.addWidget(buttons)
        fit_to_screen(self, 700, 520)
        focus_first_field(self)
        self.guard = guard_with_draft(self, buttons, draft, layout)

    # -- building ------------------------------------------------------------------

    def _fields_form(self, today: date, choices: dict, defaults: dict[str, str]) -> QFormLayout:
        """A row per field of the step, each with its hint and its error line."""
        form = QFormLayout()
        for field in self._step.fields:
            widget = self._widget(field, today, choices.get(field.key, field.choices))
            self.widgets[field.key] = widget
            if field.key in defaults and isinstance(widget, QLineEdit):
                widget.setText(defaults[field.key])
            elif field.key in defaults and isinstance(widget, QComboBox):
                found = widget.findData(defaults[field.key])  # e.g. the due consultation
                widget.setCurrentIndex(found if found >= 0 else widget.currentIndex())
            self._add_field_rows(form, field, widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return form

    def _add_field_rows(self, form: QFormLayout, field: Field, widget: QWidget) -> None:
        """The field with its caption (a check box is its own caption), its hint, and
        the line where its error appears."""
        if field.kind == BOOL:
            form.addRow(widget)
        else:
            caption = QLabel(field.label)
            caption.setBuddy(widget if field.kind != CHECKS else
                             widget.findChildren(QCheckBox)[0])
            form.addRow(caption, widget)
        if field.hint:
            hint = QLabel(field.hint)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            form.addRow("", hint)
        message = error_label(f"Fout bij {_plain(field.label).lower()}")
        form.addRow("", message)
        self.field_errors.bind(field.key, message, *self._inputs(widget))
        if field.key in ANSWER_KEYS:  # the route names this answer differently
            self.field_errors.bind(ANSWER_KEYS[field.key], message, *self._inputs(widget))

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Opslaan")
        save.setAccessibleName("Opslaan")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("Annu&leren")
        cancel.setAccessibleName("Annuleren")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    @staticmethod
    def _inputs(widget: QWidget) -> list[QWidget]:
        """The widgets whose editing clears a field's message (a check list: its boxes)."""
        boxes = widget.findChildren(QCheckBox)
        return boxes if boxes and not isinstance(widget, QCheckBox) else [widget]

    @staticmethod
    def _widget(field: Field, today: date, choices) -> QWidget:
        name = _plain(field.label)
        if field.kind in (DATE, OPTIONAL_DATE):
            widget = QLineEdit(f"{today:%d-%m-%Y}" if field.kind == DATE else "")
            widget.setPlaceholderText("dd-mm-jjjj")
        elif field.kind == TEXT:
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(64)
        elif field.kind == CHOICE:
            widget = narrow_combo(QComboBox(), 24)
            for value, label in choices:
                widget.addItem(label, value)
        elif field.kind == BOOL:
            widget = QCheckBox(field.label)
        elif field.kind == CHECKS:
            widget = QWidget()
            grid = QGridLayout(widget)  # two columns: five choices fit a laptop screen
            grid.setContentsMargins(0, 0, 0, 0)
            for n, (value, label) in enumerate(choices):
                box = QCheckBox(label)
                box.setProperty("value", value)
                box.setAccessibleName(f"{name}: {label}")
                grid.addWidget(box, n // 2, n % 2)
        else:
            widget = QLineEdit()
        widget.setAccessibleName(name)
        return widget

    def _read(self) -> dict[str, Any]:
        problems: list[FieldProblem] = []
        values: dict[str, Any] = {}
        for field in self._step.fields:
            w = self.widgets[field.key]
            if field.kind in (DATE, OPTIONAL_DATE):
                values[field.key] = parse_date(w.text(), field.key, f"de {_plain(field.label)}"
                                               .lower(), problems,
                                               required=field.kind == DATE)
            elif field.kind == TEXT:
                values[field.key] = w.toPlainText()
            elif field.kind == CHOICE:
                values[field.key] = w.currentData()
            elif field.kind == BOOL:
                values[field.key] = w.isChecked()
            elif field.kind == CHECKS:
                values[field.key] = [b.property("value") for b in w.findChildren(QCheckBox)
                                     if b.isChecked()]
            else:
                values[field.key] = w.text()
        if problems:
            raise ValidationError(problems)
        return values

    def save(self) -> None:
        self.field_errors.clear()
        try:
            values = self._read()
            self._submit(values)
        except ValidationError as error:  # also the route's refusals: at their fields
            self.field_errors.refused(error.problems)
            return
        except (LookupError, ValueError) as error:
            show_error(self.error, str(error))
            return
        self.values, self.saved = values, True
        if self.drafts is not None:
            self.drafts.saved()  # the draft has done its job
        self.accept()
