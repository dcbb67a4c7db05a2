"""'Kluis overdragen aan opvolger': a successor IB takes the vault over (issue 21).

The current IB types her own passphrase; the successor types her name and a new
passphrase twice. On success the new recovery key is shown on the existing recovery-key
page (``show_recovery_key``) by the caller. A refusal keeps every typed character and
says in Dutch what is wrong, next to the field it is about.

The successor's name is kept as a draft of no pupil (``kluis_overdragen``) over the idle
lock and quitting, and Escape, Annuleren and the X ask before it goes (s35); the three
passphrases never are (a passphrase is written nowhere). The draft timer is paused while
the vault is re-keyed, so nothing writes to the vault during the rekey.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.session import Session, VaultError, WrongPassphraseError
from zorgdesk.ui.background import run_in_background
from zorgdesk.ui.dialogs import ok_cancel_buttons
from zorgdesk.ui.field_errors import FieldErrors
from zorgdesk.ui.unsaved import draft_of_no_pupil, guard_with_draft
from zorgdesk.ui.widgets import (
    PassphraseFields,
    add_row,
    error_label,
    password_edit,
    share_label_column,
    show_error,
)
from zorgdesk.ui.window_size import fit_to_screen

INTRO = ("De nieuwe intern begeleider neemt de kluis over onder haar eigen naam en "
         "wachtwoord. De kluis krijgt een nieuwe sleutel en een nieuwe herstelsleutel; uw "
         "wachtwoord en de oude herstelsleutel werken daarna niet meer. Wie wat schreef, "
         "blijft zichtbaar. Back-ups van vóór de overdracht openen nog met het oude "
         "wachtwoord: maak na de overdracht een nieuwe back-up en vernietig de oude.")


WRONG_CURRENT = ("Uw huidige wachtwoord is onjuist. Controleer hoofdletters en probeer "
                 "het opnieuw.")

DRAFT_FORM, DRAFT_KEY = "kluis_overdragen", "formulier"

PROGRESS = ("De kluis krijgt een nieuwe sleutel; het hele bestand wordt opnieuw\n"
            "versleuteld. Dit kan even duren en kan niet worden afgebroken.")


class HandoverDialog(QDialog):
    """After ``accept`` the new recovery key is in ``recovery_key`` (a plain value) and,
    when a step after the rekey failed, a Dutch ``warning`` to show after the key."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Kluis overdragen aan opvolger")
        fit_to_screen(self, 620, 470)
        self._session = session
        self.recovery_key: str | None = None
        self.warning: str = ""
        self.successor_name: str = ""
        school = session.basedata.school()
        words = (school.name, school.place)  # plain values, not the session
        layout = QVBoxLayout(self)
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        intro.setAccessibleName("Uitleg over de overdracht")
        layout.addWidget(intro)
        form = QFormLayout()
        self.error = error_label("Foutmelding bij de overdracht")
        self.field_errors = FieldErrors(self.error)  # each message under its own field
        self.current = password_edit("Uw huidige wachtwoord")
        add_row(form, "&Uw huidige wachtwoord:", self.current, "Uw huidige wachtwoord")
        self._message_row(form, "current", "Fout bij uw huidige wachtwoord", self.current)
        self.name = QLineEdit()
        self.name.setPlaceholderText("bijv. Fatima el Amrani")
        add_row(form, "&Naam opvolger:", self.name, "Naam van de nieuwe intern begeleider")
        self._message_row(form, "name", "Fout bij de naam van de opvolger", self.name)
        layout.addLayout(form)
        name_edit = self.name  # the field, never the dialog (dialog lifetime rule)
        self.new = PassphraseFields(lambda: (*words, name_edit.text()))
        share_label_column(form, self.new.form)
        layout.addWidget(self.new)
        # The new passphrase's problems stand under its two fields (where the live
        # advice is); typing in either clears them.
        new_message = error_label("Fout bij het nieuwe wachtwoord")
        layout.addWidget(new_message)
        self.field_errors.bind("new", new_message, self.new.first, self.new.second)
        self.field_errors.bind("repeated", new_message, self.new.second, self.new.first)
        layout.addWidget(self.error)
        layout.addStretch(1)
        box = ok_cancel_buttons("&Overdragen", self)
        layout.addWidget(box)
        self.guard = guard_with_draft(self, box, draft_of_no_pupil(
            session, DRAFT_FORM, DRAFT_KEY), layout, successor_state, restore_successor)
        self.current.setFocus()

    def _message_row(self, form: QFormLayout, field: str, accessible: str,
                     widget: QWidget) -> None:
        message = error_label(accessible)
        form.addRow("", message)
        self.field_errors.bind(field, message, widget)

    def accept(self) -> None:
        self.field_errors.clear()
        parent = self  # the progress dialog's parent, for this one call only

        def in_worker(work):  # the rekey re-encrypts every page: off the UI thread
            return run_in_background(parent, "Kluis overdragen", PROGRESS,
                                     lambda _progress: work(), cancellable=False)

        self.drafts.save_now()
        self.drafts.timer.stop()  # no draft is written while the vault is re-keyed
        try:
            handed = self._session.hand_over(
                current=self.current.text(), new=self.new.first.text(),
                repeated=self.new.second.text(), successor=self.name.text(), run=in_worker)
        except ValidationError as error:
            self.new.advice.clear()  # the same reasons now stand in red under the fields
            self.field_errors.refused(error.problems)
            return
        except WrongPassphraseError:  # it is her current passphrase that is wrong
            self.field_errors.refused([("current", WRONG_CURRENT)])
            self.current.selectAll()
            return
        except VaultError as error:  # full disk, read-only vault: in Dutch
            show_error(self.error, str(error))
            return
        finally:
            self.drafts.timer.start()  # paused for the rekey only
        self.drafts.saved()  # handed over: the name has done its job
        self.recovery_key, self.warning = handed.recovery_key, handed.warning
        self.successor_name = self._session.user_name
        self.current.clear()
        self.new.clear()
        super().accept()


# -- the draft: the successor's name, never a passphrase ----------------------------------

def successor_state(dialog: HandoverDialog) -> dict:
    return {"name": dialog.name.text()}


def restore_successor(dialog: HandoverDialog, state: dict) -> None:
    if isinstance(state.get("name"), str):
        dialog.name.setText(state["name"])
