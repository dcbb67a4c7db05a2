"""Beheer > Sociale kaart: the school's list of help and contacts, kept by the IB.

Left the entries (category - organisation), right the form of the chosen one. Nieuw
empties the form, Opslaan stores it (new or changed), 'Niet meer gebruiken' hides an
entry from the pickers while dossiers that named it keep their text. Nothing typed is
lost on a bad field: the message stands under the field and the cursor goes there.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.social_map import Category, SocialMapDraft, SocialMapEntry
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.session import Session
from zorgdesk.ui.social_map.drafts import drop_entry_draft, keep_entry_draft
from zorgdesk.ui.unsaved import CancelGuard
from zorgdesk.ui.widgets import action_button, add_row, error_label, focus_first_field, show_error
from zorgdesk.ui.window_size import fit_to_screen

ENTRY_ID = Qt.ItemDataRole.UserRole
_LINE_FIELDS = (("organisation", "&Organisatie:", "Organisatie"),
                ("contact_person", "Contact&persoon:", "Contactpersoon"),
                ("phone", "&Telefoon:", "Telefoonnummer"),
                ("email", "E-&mail:", "E-mailadres"),
                ("website", "&Website:", "Website"))


def _entry_state(category: QComboBox, fields: dict[str, QLineEdit],
                 note: QPlainTextEdit) -> tuple:
    """What the IB typed in the form of one row (for the unsaved-input guard)."""
    return (category.currentIndex(), *(e.text() for e in fields.values()),
            note.toPlainText())


class SocialMapDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sociale kaart — ZorgDesk")
        self._service = session.social_map
        self._read_only = session.read_only
        self._current: int | None = None
        self.saved_ids: list[int] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            "De hulp en contacten van uw school: ketenpartners, relevante partijen en het "
            "calamiteitenteam. U kiest hieruit bij het raadplegen van Veilig Thuis, het "
            "besluit over hulp en de warme overdracht na een zorggesprek. Vul telefoonnummers "
            "en contactpersonen van uw eigen regio aan.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        body.addLayout(self._entry_list(), 2)
        body.addLayout(self._entry_form(), 3)
        layout.addLayout(self._buttons())
        self._allow_editing(not self._read_only)

        # Escape, Sluiten, Nieuw or another row: never lose an edit that was not saved.
        self.guard = CancelGuard(self, state=partial(_entry_state, self.category,
                                                     self.fields, self.note),
                                 discarded=drop_entry_draft)
        self.close_button.clicked.connect(self.guard.cancel)
        self.entries.currentItemChanged.connect(self._show_current)
        self.show_inactive.toggled.connect(self._reload)
        self.drafts = None
        self._reload()
        self.drafts = keep_entry_draft(self, session)  # a stored draft comes back now
        self.drafts.discard_button.clicked.connect(self.guard.reset)
        fit_to_screen(self, 900, 560)
        focus_first_field(self)

    # -- building -----------------------------------------------------------------

    def _entry_list(self) -> QVBoxLayout:
        """The left column: the rows of the sociale kaart, and whether retired rows show."""
        caption = QLabel("&Regels van de sociale kaart:")
        self.entries = QListWidget()
        self.entries.setAccessibleName("Regels van de sociale kaart")
        self.entries.setTabKeyNavigation(False)
        self.entries.setWordWrap(True)  # long names wrap instead of a sideways scroll
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        caption.setBuddy(self.entries)
        self.show_inactive = QCheckBox("Niet meer gebr&uikte regels tonen")
        self.show_inactive.setAccessibleName("Niet meer gebruikte regels tonen")
        left = QVBoxLayout()
        left.addWidget(caption)
        left.addWidget(self.entries, 1)
        left.addWidget(self.show_inactive)
        return left

    def _entry_form(self) -> QVBoxLayout:
        """The right column: the chosen row's fields, each with its error line, and the
        status line under them."""
        form = QFormLayout()
        self.category = QComboBox()
        self.category.addItem("— kies —", None)
        for category in Category:
            self.category.addItem(category.label, category.value)
        add_row(form, "&Categorie:", self.category, "Categorie")
        self.errors: dict[str, QLabel] = {"category": error_label("Fout bij categorie")}
        form.addRow(self.errors["category"])
        self.fields: dict[str, QLineEdit] = {}
        for key, label, name in _LINE_FIELDS:
            edit = QLineEdit()
            edit.setMaxLength(2000)
            add_row(form, label, edit, name)
            self.fields[key] = edit
            self.errors[key] = error_label(f"Fout bij {name.lower()}")
            form.addRow(self.errors[key])
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        add_row(form, "Toel&ichting:", self.note, "Toelichting")
        self.errors["note"] = error_label("Fout bij toelichting")
        form.addRow(self.errors["note"])
        self.status = QLabel()
        self.status.setAccessibleName("Melding")
        self.status.setWordWrap(True)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.status)
        right.addStretch(1)
        return right

    def _buttons(self) -> QHBoxLayout:
        """Nieuw, Opslaan, Niet meer gebruiken; Sluiten at the far end."""
        self.new_button = action_button("&Nieuw", "Nieuwe regel", self._new)
        self.save_button = action_button("Op&slaan", "Regel opslaan", self._save)
        self.active_button = action_button("Niet meer &gebruiken", "Niet meer gebruiken",
                                           self._toggle_active)
        self.close_button = QPushButton("S&luiten")  # connected to the guard
        self.close_button.setAccessibleName("Sluiten")
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.active_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.save_button.setDefault(True)  # Enter in a field saves the row
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        return buttons

    def _allow_editing(self, allowed: bool) -> None:
        """A read-only vault shows the rows but offers no button that would change one."""
        for widget in (self.new_button, self.save_button, self.active_button):
            widget.setEnabled(allowed)
        if not allowed:
            self.status.setText("De kluis is alleen-lezen: wijzigen kan niet.")

    # -- list ---------------------------------------------------------------------

    def _reload(self, *_args, select: int | None = None) -> None:
        select = self._current if select is None else select
        self.entries.blockSignals(True)
        self.entries.clear()
        chosen_row = 0
        for entry in self._service.entries(include_inactive=self.show_inactive.isChecked()):
            # 'Veilig Thuis — Veilig Thuis' said the same twice (also to a screen reader).
            text = (entry.label if entry.label == entry.category.label
                    else f"{entry.category.label} — {entry.label}")
            if not entry.active:
                text += " (niet meer in gebruik)"
            item = QListWidgetItem(text)
            item.setData(ENTRY_ID, entry.id)
            self.entries.addItem(item)
            if entry.id == select:
                chosen_row = self.entries.count() - 1
        self.entries.blockSignals(False)
        if self.entries.count():
            self.entries.setCurrentRow(chosen_row)
            self._show_current()
        else:
            self._new()

    def _show_current(self, *_args) -> None:
        item = self.entries.currentItem()
        if item is None:
            return
        if item.data(ENTRY_ID) != self._current and not self.guard.may_discard():
            self._select_row_of(self._current)  # back to the row being edited
            return
        self._fill(self._service.entry(item.data(ENTRY_ID)))

    def _select_row_of(self, entry_id: int | None) -> None:
        self.entries.blockSignals(True)
        self.entries.clearSelection()
        self.entries.setCurrentItem(None)
        for row in range(self.entries.count()):
            if self.entries.item(row).data(ENTRY_ID) == entry_id:
                self.entries.setCurrentRow(row)
        self.entries.blockSignals(False)

    def _fill(self, entry: SocialMapEntry) -> None:
        self.show_entry(entry)
        self.guard.reset()
        if self.drafts is not None:  # another row: what was typed was saved or thrown away
            self.drafts.settled()

    def show_entry(self, entry: SocialMapEntry) -> None:
        self._current = entry.id
        self._clear_errors()
        self.category.setCurrentIndex(max(self.category.findData(entry.category.value), 0))
        for key, edit in self.fields.items():
            edit.setText(getattr(entry, key))
        self.note.setPlainText(entry.note)
        self.active_button.setText("Weer &gebruiken" if not entry.active
                                   else "Niet meer &gebruiken")
        self.status.clear()

    # -- actions ------------------------------------------------------------------

    def _new(self) -> None:
        if not self.guard.may_discard():
            return
        self.show_new()
        self.category.setFocus()
        self.guard.reset()
        if self.drafts is not None:
            self.drafts.settled()

    def show_new(self) -> None:
        """An empty form for a new row."""
        self._current = None
        self.entries.clearSelection()
        self._clear_errors()
        self.category.setCurrentIndex(0)
        for edit in self.fields.values():
            edit.clear()
        self.note.clear()
        self.status.setText("Nieuwe regel: vul de velden in en kies Opslaan.")

    def _draft(self) -> SocialMapDraft:
        return SocialMapDraft(self.category.currentData() or "",
                              note=self.note.toPlainText(),
                              **{k: e.text() for k, e in self.fields.items()})

    def _save(self) -> None:
        self._clear_errors()
        if self._current is not None and not self.guard.typed():
            self.status.setText("Er is niets gewijzigd.")  # e.g. Enter in the list
            return
        try:
            if self._current is None:
                self._current = self._service.add(self._draft())
                message = "De regel is toegevoegd."
            else:
                self._service.update(self._current, self._draft())
                message = "De wijziging is opgeslagen."
        except ValidationError as error:
            self._show_problems(error)
            return
        self.saved_ids.append(self._current)
        self._reload(select=self._current)
        self.status.setText(message)

    def _toggle_active(self) -> None:
        if self._current is None:
            self.status.setText("Kies eerst een regel in de lijst.")
            return
        entry = self._service.entry(self._current)
        self._service.set_active(entry.id, not entry.active)
        if entry.active and not self.show_inactive.isChecked():
            self._current = None
        self._reload()
        self.status.setText("De regel wordt niet meer aangeboden; dossiers die hem noemen "
                            "houden hun tekst." if entry.active else "De regel is weer in "
                            "gebruik.")

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            show_error(label, "")

    def _show_problems(self, error: ValidationError) -> None:
        first = None
        for problem in error.problems:
            label = self.errors.get(problem.field)
            if label is not None:
                show_error(label, problem.message)
                first = first or problem.field
        self.status.setText("Controleer de gemarkeerde velden; er is niets opgeslagen.")
        widget = {"category": self.category, "note": self.note}.get(first) \
            or self.fields.get(first)
        if widget is not None:
            widget.setFocus()
