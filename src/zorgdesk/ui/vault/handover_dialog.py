"""'Kluis overdragen aan opvolger': a successor IB takes the vault over (issue 21).

The current IB types her own passphrase; the successor types her name and a new
passphrase twice. On success the new recovery key is shown on the existing recovery-key
page (``show_recovery_key``) by the caller. A refusal keeps every typed character and
says in Dutch what is wrong, next to the field it is about.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.session import Session, VaultError
from zorgdesk.ui.vault.dialogs import _buttons
from zorgdesk.ui.widgets import PassphraseFields, add_row, error_label, password_edit, show_error
from zorgdesk.ui.window_size import fit_to_screen

INTRO = ("De nieuwe intern begeleider neemt de kluis over onder haar eigen naam en "
         "wachtwoord. De kluis krijgt een nieuwe sleutel en een nieuwe herstelsleutel; uw "
         "wachtwoord en de oude herstelsleutel werken daarna niet meer. Wie wat schreef, "
         "blijft zichtbaar. Back-ups van vóór de overdracht openen nog met het oude "
         "wachtwoord: maak na de overdracht een nieuwe back-up en vernietig de oude.")


class HandoverDialog(QDialog):
    """After ``accept`` the new recovery key is in ``recovery_key`` (a plain value)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Kluis overdragen aan opvolger")
        fit_to_screen(self, 620, 470)
        self._session = session
        self.recovery_key: str | None = None
        self.successor_name: str = ""
        school = session.basedata.school()
        words = (school.name, school.place)  # plain values, not the session
        layout = QVBoxLayout(self)
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        intro.setAccessibleName("Uitleg over de overdracht")
        layout.addWidget(intro)
        form = QFormLayout()
        self.current = password_edit("Uw huidige wachtwoord")
        add_row(form, "&Uw huidige wachtwoord:", self.current, "Uw huidige wachtwoord")
        self.name = QLineEdit()
        self.name.setPlaceholderText("bijv. Fatima el Amrani")
        add_row(form, "&Naam opvolger:", self.name, "Naam van de nieuwe intern begeleider")
        layout.addLayout(form)
        name_edit = self.name  # the field, never the dialog (dialog lifetime rule)
        self.new = PassphraseFields(lambda: (*words, name_edit.text()))
        layout.addWidget(self.new)
        self.error = error_label("Foutmelding bij de overdracht")
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(_buttons("&Overdragen", self))
        self.current.setFocus()

    def accept(self) -> None:
        try:
            self.recovery_key = self._session.hand_over(
                current=self.current.text(), new=self.new.first.text(),
                repeated=self.new.second.text(), successor=self.name.text())
        except ValidationError as error:
            show_error(self.error, " ".join(p.message for p in error.problems))
            return
        except VaultError as error:  # wrong current passphrase, full disk: in Dutch
            show_error(self.error, str(error))
            return
        self.successor_name = self._session.user_name
        self.current.clear()
        self.new.clear()
        super().accept()

