"""Forms for one pupil and one guardian; they keep what was typed when saving fails.

A refused save puts each Dutch message under its field (ui/field_errors.py): editing the
field clears it, and the cursor goes to the first field to fix.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from zorgdesk.domain.nicknames import nicknames_text
from zorgdesk.domain.people import GENDERS, RELATIONS, Guardian, GuardianDraft, Pupil, PupilDraft
from zorgdesk.ui.field_errors import FieldErrors
from zorgdesk.ui.widgets import add_row, error_label

DATE_HINT = "dd-mm-jjjj"
NICKNAMES_HELP = ("Bijnamen en roepnamen die in verslagen kunnen voorkomen; ZorgDesk haalt ze "
                  "weg uit alles wat de kluis verlaat. Scheid ze met komma's, bijvoorbeeld: "
                  "Kruimel, Mo, de Beer.")


def nicknames_edit() -> QLineEdit:
    """'Ook genoemd': comma-separated, with what it is for as tooltip and description."""
    edit = QLineEdit()
    edit.setPlaceholderText("bijv. Kruimel, Mo")
    edit.setToolTip(NICKNAMES_HELP)
    edit.setAccessibleDescription(NICKNAMES_HELP)
    edit.setMaxLength(500)  # 10 nicknames of 40 with their commas; more is refused anyway
    return edit


def _date_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(DATE_HINT)
    edit.setMaxLength(10)
    return edit


def _fmt(day) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


def _row(form: QFormLayout, errors: FieldErrors, field: str, label: str, widget: QWidget,
         accessible: str) -> None:
    """A labelled input with its own (hidden) error label beneath it."""
    add_row(form, label, widget, accessible)
    message = error_label(f"Fout bij {accessible.lower()}")
    form.addRow("", message)
    errors.bind(field, message, widget)


class PupilForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.first_name = QLineEdit()
        self.tussenvoegsel = QLineEdit()
        self.last_name = QLineEdit()
        self.date_of_birth = _date_edit()
        self.gender = QComboBox()
        for value in GENDERS:
            self.gender.addItem(value or "(niet ingevuld)", value)
        self.group = QComboBox()
        self.start_date = _date_edit()
        self.leave_date = _date_edit()
        self.nicknames = nicknames_edit()
        self.field_errors = FieldErrors()
        for field, label, widget, accessible in (
                ("first_name", "&Voornaam:", self.first_name, "Voornaam"),
                ("tussenvoegsel", "&Tussenvoegsel:", self.tussenvoegsel, "Tussenvoegsel"),
                ("last_name", "A&chternaam:", self.last_name, "Achternaam"),
                ("date_of_birth", "&Geboortedatum:", self.date_of_birth, "Geboortedatum"),
                ("gender", "Geslac&ht:", self.gender, "Geslacht"),
                ("group_id", "G&roep:", self.group, "Groep"),
                ("start_date", "&Startdatum:", self.start_date, "Startdatum op school"),
                ("leave_date", "Vertrek&datum:", self.leave_date, "Vertrekdatum"),
                # Alt+B: every letter of "Ook genoemd" is taken in Leerlingen beheren.
                ("nicknames", "Ook genoemd (&bijnamen):", self.nicknames,
                 "Ook genoemd: bijnamen en roepnamen")):
            _row(form, self.field_errors, field, label, widget, accessible)
        # Said after a save, and stays until the field changes: a nickname that is also
        # an ordinary word is kept, but the IB should know what happens to it.
        self.nickname_note = QLabel()
        self.nickname_note.setWordWrap(True)
        self.nickname_note.setAccessibleName("Let op bij Ook genoemd")
        self.nickname_note.hide()
        self.nicknames.textEdited.connect(lambda _text: self.show_nickname_note(""))
        form.addRow("", self.nickname_note)
        self.fields = {"first_name": self.first_name, "tussenvoegsel": self.tussenvoegsel,
                       "last_name": self.last_name, "date_of_birth": self.date_of_birth,
                       "start_date": self.start_date, "leave_date": self.leave_date,
                       "nicknames": self.nicknames}

    def show_nickname_note(self, note: str) -> None:
        self.nickname_note.setText(note)
        self.nickname_note.setVisible(bool(note))

    def set_groups(self, groups) -> None:
        selected = self.group.currentData()
        self.group.clear()
        self.group.addItem("(geen groep)", None)
        for group in groups:
            self.group.addItem(group.name, group.id)
        self.group.setCurrentIndex(max(self.group.findData(selected), 0))

    def load(self, pupil: Pupil | None) -> None:
        self.first_name.setText(pupil.first_name if pupil else "")
        self.tussenvoegsel.setText(pupil.tussenvoegsel if pupil else "")
        self.last_name.setText(pupil.last_name if pupil else "")
        self.date_of_birth.setText(_fmt(pupil.date_of_birth) if pupil else "")
        self.gender.setCurrentIndex(max(self.gender.findData(pupil.gender if pupil else ""), 0))
        if pupil and pupil.group_id is not None and self.group.findData(pupil.group_id) < 0:
            # A pupil who left keeps the group he was in, also once it was removed.
            self.group.addItem(f"{pupil.group_name} (verwijderd)", pupil.group_id)
        self.group.setCurrentIndex(max(self.group.findData(pupil.group_id if pupil else None),
                                       0))
        self.start_date.setText(_fmt(pupil.start_date) if pupil else "")
        self.leave_date.setText(_fmt(pupil.leave_date) if pupil else "")
        self.nicknames.setText(nicknames_text(pupil.nicknames) if pupil else "")
        self.show_nickname_note("")
        self.field_errors.clear()

    def draft(self) -> PupilDraft:
        return PupilDraft(
            first_name=self.first_name.text(), tussenvoegsel=self.tussenvoegsel.text(),
            last_name=self.last_name.text(), date_of_birth=self.date_of_birth.text(),
            start_date=self.start_date.text(), gender=self.gender.currentData(),
            group_id=self.group.currentData(), leave_date=self.leave_date.text() or None,
            nicknames=self.nicknames.text())



class GuardianForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.relation = QComboBox()
        for value in RELATIONS:
            self.relation.addItem(value, value)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.nicknames = nicknames_edit()
        self.nicknames.setPlaceholderText("bijv. Beer, de Beer")
        self.authority = QCheckBox("Heeft ge&zag")
        self.authority.setChecked(True)
        self.field_errors = FieldErrors()
        for field, label, widget, accessible in (
                ("name", "Naa&m ouder/verzorger:", self.name, "Naam ouder of verzorger"),
                ("relation", "Rel&atie:", self.relation, "Relatie tot de leerling"),
                ("phone", "Tele&foon:", self.phone, "Telefoonnummer"),
                ("email", "&E-mail:", self.email, "E-mailadres"),
                # Alt+X: every letter of "Ook genoemd (bijnamen)" is taken in this window.
                ("nicknames", "Ook genoemd (e&xtra namen):", self.nicknames,
                 "Ook genoemd: bijnamen van de ouder of verzorger")):
            _row(form, self.field_errors, field, label, widget, accessible)
        self.authority.setAccessibleName("Ouderlijk gezag")
        form.addRow("", self.authority)

    def load(self, guardian: Guardian | None) -> None:
        self.name.setText(guardian.name if guardian else "")
        relation = guardian.relation if guardian else RELATIONS[0]
        self.relation.setCurrentIndex(max(self.relation.findData(relation), 0))
        self.phone.setText(guardian.phone if guardian else "")
        self.email.setText(guardian.email if guardian else "")
        self.nicknames.setText(nicknames_text(guardian.nicknames) if guardian else "")
        self.authority.setChecked(guardian.parental_authority if guardian else True)
        self.field_errors.clear()

    def draft(self) -> GuardianDraft:
        return GuardianDraft(self.name.text(), self.relation.currentData(), self.phone.text(),
                             self.email.text(), self.authority.isChecked(),
                             self.nicknames.text())
