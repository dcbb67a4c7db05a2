"""Leerlingen beheren > Groepen: add, rename (a new school year: 5a becomes 6a) and remove
an empty group; the pupils of the chosen group beside the list.

Every change goes through BaseDataService (validated, audited, sealed like all base
data); a refusal is a Dutch line under the form and keeps what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.basedata import group_label
from zorgdesk.services.session import Session
from zorgdesk.ui import messages
from zorgdesk.ui.dialogs import run_modal
from zorgdesk.ui.form_drafts import DraftKeeper
from zorgdesk.ui.pupils.school_year_dialog import SchoolYearDialog
from zorgdesk.ui.widgets import action_button, add_row, error_label, show_error

ID_ROLE = Qt.ItemDataRole.UserRole
# What the page holds when nothing is typed (``GroupsPage.typing``).
NOTHING_TYPED = {"group": None, "new_name": None, "name": ""}


def _opening(text: str) -> str:
    """``text`` opening a sentence: its first letter upper case, the rest as typed
    ('groep 5A' -> 'Groep 5A'; str.capitalize would print 'Groep 5a')."""
    return text[:1].upper() + text[1:]


def _captioned(caption: str, widget: QWidget) -> QVBoxLayout:
    label = QLabel(caption)
    label.setBuddy(widget)
    column = QVBoxLayout()
    column.addWidget(label)
    column.addWidget(widget, 1)
    return column


class GroupsPage(QWidget):
    changed = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.list = QListWidget()
        self.list.setAccessibleName("Groepen")
        self.members = QListWidget()
        self.members.setAccessibleName("Leerlingen in de gekozen groep")
        self.new_name = QLineEdit()
        self.name = QLineEdit()
        self.error = error_label("Foutmelding")
        self.status = QLabel()
        self.status.setAccessibleName("Gewijzigd")
        self.status.setWordWrap(True)
        lists = QHBoxLayout()
        lists.addLayout(_captioned("&Groepen:", self.list), 1)
        lists.addLayout(_captioned("Leerlingen in deze g&roep:", self.members), 2)
        layout = QVBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addWidget(self._chosen_box())
        layout.addWidget(self._new_box())
        layout.addLayout(self._year_row())
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        self.list.currentRowChanged.connect(self._show_group)
        self.drafts: DraftKeeper | None = None  # set by the dialog (ui/pupils/drafts.py)
        self.reload()

    def _chosen_box(self) -> QGroupBox:
        """Rename or remove the group chosen in the list."""
        box = QGroupBox("Gekozen groep")
        form = QFormLayout(box)
        add_row(form, "Nieuwe na&am:", self.new_name, "Nieuwe naam van de gekozen groep")
        self.new_name.setPlaceholderText("bijvoorbeeld 6a")
        self.new_name.returnPressed.connect(self.rename)
        row = QHBoxLayout()
        self.rename_button = action_button("&Hernoemen", "Groep hernoemen", self.rename)
        self.remove_button = action_button("&Verwijderen", "Groep verwijderen", self.remove)
        row.addWidget(self.rename_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        form.addRow(row)
        return box

    def _new_box(self) -> QGroupBox:
        box = QGroupBox("Nieuwe groep")
        form = QFormLayout(box)
        add_row(form, "&Naam:", self.name, "Naam van de groep")
        self.name.returnPressed.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(action_button("&Toevoegen", "Groep toevoegen", self.add))
        row.addStretch(1)
        form.addRow(row)
        return box

    def _year_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.year_button = action_button("Nieuw &schooljaar…", "Nieuw schooljaar",
                                         self.new_school_year)
        row.addWidget(self.year_button)
        row.addWidget(QLabel("Alle groepen een jaar omhoog; groep 8 verlaat de school."), 1)
        return row

    # -- showing -------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for group in self.session.basedata.groups():
            item = QListWidgetItem(group.name)
            item.setData(ID_ROLE, group.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]
        self.list.setCurrentRow(ids.index(select) if select in ids else (0 if ids else -1))
        self._show_group()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _show_group(self, _row: int = -1) -> None:
        """The chosen group's pupils; its name in Nieuwe naam, unless the IB typed there."""
        group_id = self.current_id()
        self.members.clear()
        for button in (self.rename_button, self.remove_button):
            button.setEnabled(group_id is not None)
        self.new_name.setEnabled(group_id is not None)
        if group_id is None:
            self.members.setAccessibleDescription("Nog geen groepen.")
            return
        pupils = self.session.basedata.group_pupils(group_id)
        for pupil in pupils:
            self.members.addItem(pupil.display_name)
        if not pupils:
            self.members.addItem("(geen leerlingen: deze groep kan weg)")
        name = self.list.currentItem().text()
        self.members.setAccessibleDescription(
            f"{group_label(name)}: {len(pupils)} leerling" + ("" if len(pupils) == 1 else "en"))
        if not self.new_name.isModified():
            self.new_name.setText(name)

    # -- what was typed (kept as a draft over the lock and quitting) ----------------

    def typing(self) -> dict:
        """A new name typed for the chosen group (one that differs from its name) and
        the name of a new group; ``NOTHING_TYPED`` when there is none."""
        item = self.list.currentItem()
        renamed = item is not None and self.new_name.text() != item.text()
        return {"group": self.current_id() if renamed else None,
                "new_name": self.new_name.text() if renamed else None,
                "name": self.name.text()}

    def typed(self) -> bool:
        return self.typing() != NOTHING_TYPED

    def typed_field(self) -> QLineEdit:
        return self.new_name if self.typing()["new_name"] is not None else self.name

    def put_typing(self, state: dict) -> None:
        """Back to ``state`` (a draft, or ``NOTHING_TYPED``): that group chosen with the
        new name typed for it (when the group is still there), and the new group's name."""
        self.name.setText(state.get("name") if isinstance(state.get("name"), str) else "")
        group, new_name = state.get("group"), state.get("new_name")
        self.new_name.setModified(False)  # the chosen group's own name comes back
        ids = [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]
        if isinstance(new_name, str) and group in ids:
            self.reload(group)
            self.new_name.setText(new_name)
            self.new_name.setModified(True)  # as typed: kept when another group is chosen
        else:
            self._show_group()

    # -- acting --------------------------------------------------------------------

    def _done(self, message: str, select: int | None) -> None:
        show_error(self.error, "")
        self.status.setText(message)
        self.reload(select)
        self.changed.emit()
        if self.drafts is not None:  # the draft keeps only what is still typed
            self.drafts.part_saved()

    def add(self) -> bool:
        try:
            group_id = self.session.basedata.add_group(self.name.text())
        except ValidationError as error:
            self._refused(error, self.name)
            return False
        added = self.name.text().strip()
        self.name.clear()
        self._done(f"Groep {added} is toegevoegd.", group_id)
        return True

    def rename(self) -> bool:
        group_id = self.current_id()
        if group_id is None:
            return False
        old = self.list.currentItem().text()
        try:
            group_id = self.session.basedata.rename_group(group_id, self.new_name.text())
        except ValidationError as error:
            self._refused(error, self.new_name)
            return False
        self.new_name.setModified(False)
        new = self.session.basedata.groups()
        name = next((g.name for g in new if g.id == group_id), old)
        self._done(f"{_opening(group_label(old))} heet nu {name}; de leerlingen zitten "
                   "er nog in.", group_id)
        return True

    def remove(self) -> bool:
        group_id = self.current_id()
        if group_id is None:
            return False
        name = self.list.currentItem().text()
        try:
            self.session.basedata.check_remove_group(group_id)  # pupils in it: say so first
            if not messages.ask_choice(
                    self, "Groep verwijderen",
                    f"{_opening(group_label(name))} verwijderen? De groep is leeg en "
                    "verdwijnt uit de lijsten; oud-leerlingen houden hun groep in hun "
                    "gegevens.", "&Verwijderen"):
                return False
            self.session.basedata.remove_group(group_id)
        except ValidationError as error:
            self._refused(error, self.list)
            return False
        self.new_name.setModified(False)
        self._done(f"{_opening(group_label(name))} is verwijderd.", None)
        return True

    def new_school_year(self) -> bool:
        """The Nieuw schooljaar dialog; True when the IB confirmed and it was done."""
        dialog = SchoolYearDialog(self.session, self)
        if not run_modal(dialog):
            return False
        self.new_name.setModified(False)
        self._done(dialog.done_message, None)
        return True

    def _refused(self, error: ValidationError, field: QWidget) -> None:
        self.status.clear()
        show_error(self.error, error.problems[0].message if error.problems else str(error))
        field.setFocus()
