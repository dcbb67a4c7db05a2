"""A small form in a dialog: a few fields, Opslaan and Annuleren (logboek, zorggesprek).

One shape for the small forms, on the helpers every form uses:
- ``row`` puts an error label under each field and binds it (``FieldErrors``): a refused
  save shows each problem at its field and puts the cursor there; typing in the field
  clears its message. Problems without a field go to the general label above the buttons.
- ``keep_draft`` keeps what is typed in the vault (``DraftKeeper`` + ``DraftService``,
  table ``form_draft``) until it is saved: on auto-lock, Annuleren, Escape or a crash the
  text stays and comes back with "Concept hersteld" when the same form is opened again.
  Like the logboek and zorggesprek forms, Annuleren therefore closes without asking.
- ``store`` (the subclass) saves through a service and raises ``ValidationError`` (or a
  ``ValueError`` with a Dutch message) when it refuses; nothing typed is ever cleared.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.drafts import DraftService
from zorgdesk.ui.field_errors import FieldErrors
from zorgdesk.ui.form_drafts import DraftKeeper, restore, snapshot
from zorgdesk.ui.widgets import add_row, error_label, focus_first_field, show_error, tell
from zorgdesk.ui.window_size import fit_to_screen, scrolling


class SmallFormDialog(QDialog):
    # What ``store`` raises when it refuses; a form whose service says no with a Dutch
    # ValueError adds it.
    refusals: tuple[type[Exception], ...] = (ValidationError,)
    # Said in the status bar of the window the form was opened from once it is saved.
    saved_text = "Opgeslagen."

    def __init__(self, title: str, parent: QWidget | None, *, width: int = 520,
                 height: int = 380, scroll_body: bool = False) -> None:
        """``scroll_body``: for a form that can grow taller than a laptop screen (a
        restored draft, a long request, many records): everything above the general
        message and the buttons scrolls, so Opslaan and Annuleren stay in sight."""
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, width, height)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()  # shown by a form that sets a text
        self.form = QFormLayout()
        self.error = error_label("Foutmelding")
        self.error.setParent(self)  # owned by the dialog even before ``finish`` places it
        self.field_errors = FieldErrors(self.error)
        self.errors = self.field_errors.labels  # field -> its error label
        # Parented when ``finish`` lays it out, so Tab reaches the buttons after the fields.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.set_save_text("&Opslaan")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("Annuleren")
        cancel.setAccessibleName("Annuleren")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.draft: DraftKeeper | None = None
        self._outer = QVBoxLayout(self)
        if scroll_body:
            body = QWidget()
            self._layout = QVBoxLayout(body)
            self._layout.setContentsMargins(0, 0, 0, 0)
            self._outer.addWidget(scrolling(body), 1)
        else:
            self._layout = self._outer
        self._layout.addWidget(self.intro)
        self._layout.addLayout(self.form)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def set_save_text(self, text: str) -> None:
        """The Opslaan button's text (with its mnemonic) and accessible name."""
        self.ok.setText(text)
        self.ok.setAccessibleName(text.replace("&", ""))

    def row(self, label: str, widget: QWidget, accessible: str, field: str) -> QLabel:
        """A field with its caption (Alt+letter) and, under it, the label of its problems."""
        add_row(self.form, label, widget, accessible)
        err = error_label(f"Fout bij {accessible.lower()}")
        self.form.addRow("", err)
        self.field_errors.bind(field, err, widget)
        return err

    def problem_label(self, field: str, accessible: str, *widgets: QWidget) -> QLabel:
        """A label for the problems of ``field`` below the form (a part that is not a row);
        editing one of ``widgets`` clears it."""
        label = error_label(accessible)
        self._layout.addWidget(label)
        self.field_errors.bind(field, label, *widgets)
        return label

    def finish(self) -> None:
        """The general message and the buttons under everything the form added."""
        self._outer.addWidget(self.error)
        self._outer.addWidget(self.buttons)

    def keep_draft(self, drafts: DraftService, form: str, key: str, pupil_id: int,
                   get_state: Callable[[QWidget], dict] = snapshot,
                   set_state: Callable[[QWidget, dict], None] = restore) -> DraftKeeper:
        """Keep what is typed as draft ``form``/``key`` of ``pupil_id``; a stored draft is
        put back now. Call when every field exists (the state is read from them)."""
        self.draft = DraftKeeper(self, form, self._layout, 0, get_state, set_state)
        self.draft.bind(drafts, key, pupil_id)
        return self.draft

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.focusWidget() is None:  # else the form chose its field (setFocus)
            focus_first_field(self)

    def show_errors(self, problems) -> None:
        """A refused save: each problem at its field, the cursor at the first."""
        self.field_errors.refused(problems)

    def save(self) -> None:
        try:
            self.store()
        except self.refusals as exc:
            if isinstance(exc, ValidationError):
                self.show_errors(exc.problems)
            else:  # a Dutch message without a field
                self.field_errors.clear()
                show_error(self.error, str(exc))
            return
        if self.draft is not None:
            self.draft.saved()
        if self.parentWidget() is not None:
            tell(self.parentWidget(), self.saved_text)
        self.accept()

    def store(self) -> None:
        raise NotImplementedError
