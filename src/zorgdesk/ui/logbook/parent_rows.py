"""Contacts with parents and agreements with parents in the entry form: as many as needed.

The model holds several of each (seed 003 l.1625-1628: "contacten die over deze signalen
hebben plaatsgevonden met ouders", "afspraken die met betrokkenen zijn gemaakt"); the
form shows one empty row of each and a keyboard-reachable button for another. Every
field has an accessible name with its row number; each row has its own error label,
bound to the field names the domain validation uses (``parent_contacts[1].with_whom``).
An empty row is left out of the entry, so an unused row never blocks saving.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.logbook import ParentAgreement, ParentContact
from zorgdesk.ui.field_errors import FieldErrors
from zorgdesk.ui.widgets import error_label, narrow_combo

MAX_ROWS = 10


def _line(placeholder: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(accessible)
    return edit


class _Rows(QWidget):
    """A column of rows of the same fields with 'add' and per-row 'remove' buttons."""

    noun = ""        # "Contact met ouders"
    add_text = ""    # no Alt letter: every letter of these words is taken in the form
    field = ""       # "parent_contacts"

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors = errors
        self.rows: list[dict[str, QWidget]] = []
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.add_text)
        self.add_button.setAccessibleName(self.add_text.replace("&", ""))
        self.add_button.clicked.connect(self._add_clicked)
        self._box.addWidget(self.add_button)
        self.add_row()

    def _add_clicked(self) -> None:
        row = self.add_row()
        if row is not None:
            next(iter(row.values())).setFocus()

    def add_row(self) -> dict[str, QWidget] | None:
        if len(self.rows) >= MAX_ROWS:
            self.add_button.setEnabled(False)
            return None
        number = len(self.rows) + 1
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        widgets = self.make_fields(f"{self.noun} {number}")
        self.place(grid, widgets)
        remove = QPushButton("Weg")
        remove.setAccessibleName(f"{self.noun} {number} weghalen")
        remove.setProperty("row", number - 1)  # read back by the slot (no lambda)
        remove.clicked.connect(self._remove_clicked)
        grid.addWidget(remove, 0, grid.columnCount())
        label = error_label(f"Fout bij {self.noun.lower()} {number}")
        grid.addWidget(label, grid.rowCount(), 0, 1, grid.columnCount())
        for name, widget in widgets.items():
            self._errors.bind(f"{self.field}[{number - 1}].{name}", label, widget)
        self._box.insertWidget(self._box.count() - 1, holder)
        widgets["_holder"] = holder
        self.rows.append(widgets)
        return {k: w for k, w in widgets.items() if not k.startswith("_")}

    def _remove_clicked(self) -> None:
        """Empties the row (rows keep their numbers, so messages stay next to theirs)."""
        index = int(self.sender().property("row"))
        for name, widget in self.rows[index].items():
            if isinstance(widget, QLineEdit):
                widget.clear()
            elif isinstance(widget, QComboBox) and not name.startswith("_"):
                widget.setCurrentIndex(0)

    def filled(self) -> list[int]:
        """Indexes of the rows with anything typed (the draft leaves the others out)."""
        return [i for i, row in enumerate(self.rows)
                if any(w.text().strip() for w in row.values() if isinstance(w, QLineEdit))]

    def on_screen(self, field: str) -> str:
        """``parent_contacts[0].x`` of the draft -> the same field of the row it came from."""
        prefix = f"{self.field}["
        if not field.startswith(prefix) or "]" not in field:
            return field
        number, rest = field[len(prefix):].split("]", 1)
        filled = self.filled()
        if not number.isdigit() or int(number) >= len(filled):
            return field
        return f"{prefix}{filled[int(number)]}]{rest}"

    def ensure_rows(self, count: int) -> None:
        while len(self.rows) < min(count, MAX_ROWS):
            self.add_row()

    # to implement
    def make_fields(self, title: str) -> dict[str, QWidget]:
        raise NotImplementedError

    def place(self, grid: QGridLayout, widgets: dict[str, QWidget]) -> None:
        raise NotImplementedError


class ContactRows(_Rows):
    noun = "Contact met ouders"
    add_text = "Nog een contact met ouders toevoegen"
    field = "parent_contacts"

    def make_fields(self, title: str) -> dict[str, QWidget]:
        mode = narrow_combo(QComboBox(), 11)
        mode.addItem("persoonlijk", "persoonlijk")
        mode.addItem("telefonisch", "telefonisch")
        mode.setAccessibleName(f"{title}: vorm")
        return {"contact_date": _line("dd-mm-jjjj", f"{title}: datum"),
                "contact_time": _line("uu:mm", f"{title}: tijd"),
                "with_whom": _line("met wie", f"{title}: met wie"),
                "mode": mode,
                "summary": _line("kort verslag", f"{title}: verslag")}

    def place(self, grid: QGridLayout, w: dict[str, QWidget]) -> None:
        w["contact_date"].setMaximumWidth(110)
        w["contact_time"].setMaximumWidth(70)
        grid.addWidget(w["contact_date"], 0, 0)
        grid.addWidget(w["contact_time"], 0, 1)
        grid.addWidget(w["with_whom"], 0, 2)
        grid.addWidget(w["mode"], 0, 3)
        grid.addWidget(w["summary"], 1, 0, 1, 4)

    def values(self) -> tuple[ParentContact, ...]:
        found = []
        for row in self.rows:
            typed = [row[k].text() for k in ("contact_date", "contact_time", "with_whom",
                                             "summary")]
            if any(t.strip() for t in typed):  # the same rows as ``filled()``
                found.append(ParentContact(typed[0], typed[1], typed[2],
                                           row["mode"].currentData(), typed[3]))
        return tuple(found)

    def set_values(self, contacts) -> None:
        self.ensure_rows(len(contacts))
        for row, c in zip(self.rows, contacts, strict=False):
            row["contact_date"].setText(f"{c.contact_date:%d-%m-%Y}" if c.contact_date else "")
            row["contact_time"].setText(f"{c.contact_time:%H:%M}" if c.contact_time else "")
            row["with_whom"].setText(c.with_whom)
            row["mode"].setCurrentIndex(max(0, row["mode"].findData(str(c.mode))))
            row["summary"].setText(c.summary)


class AgreementRows(_Rows):
    noun = "Afspraak met ouders"
    add_text = "Nog een afspraak met ouders toevoegen"
    field = "parent_agreements"

    def make_fields(self, title: str) -> dict[str, QWidget]:
        return {"text": _line("wat is afgesproken", f"{title}: afspraak"),
                "evaluation_date": _line("evaluatie dd-mm-jjjj", f"{title}: evaluatiedatum")}

    def place(self, grid: QGridLayout, w: dict[str, QWidget]) -> None:
        w["evaluation_date"].setMaximumWidth(150)
        grid.addWidget(w["text"], 0, 0)
        grid.addWidget(w["evaluation_date"], 0, 1)

    def values(self) -> tuple[ParentAgreement, ...]:
        return tuple(ParentAgreement(row["text"].text(), row["evaluation_date"].text())
                     for row in self.rows
                     if row["text"].text().strip() or row["evaluation_date"].text().strip())

    def set_values(self, agreements) -> None:
        self.ensure_rows(len(agreements))
        for row, a in zip(self.rows, agreements, strict=False):
            row["text"].setText(a.text)
            row["evaluation_date"].setText(
                f"{a.evaluation_date:%d-%m-%Y}" if a.evaluation_date else "")

