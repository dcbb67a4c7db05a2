"""'Invullen': tick signals of one catalogue for the current pupil and save a check.

What is typed stays in memory per pupil and catalogue until it is saved, so
switching pupil or list never loses ticks or notes. Space ticks the selected
signal; Tab moves on to its note.

The unsaved state lives in :mod:`signal_fill_state`; corrections and saving in
:mod:`signal_fill_saving` (a mixin of :class:`FillPage`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.signals.catalogue import Catalogue
from zorgdesk.domain.signals.check import MAX_NOTE
from zorgdesk.services.signals.service import SignalService
from zorgdesk.ui.field_errors import FieldErrors
from zorgdesk.ui.signals.fill_saving import FillSavingMixin
from zorgdesk.ui.signals.fill_state import Draft, ItemState
from zorgdesk.ui.widgets import add_row, error_label, show_error

ID_ROLE = Qt.ItemDataRole.UserRole


class FillPage(FillSavingMixin, QWidget):
    saved = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.service: SignalService | None = None
        self.pupil_id: int | None = None
        self.catalogue: Catalogue | None = None
        self._drafts: dict[tuple[int, str], Draft] = {}
        self._owner: SignalService | None = None  # the service the drafts belong to
        self._current_id: str | None = None
        self._loading = False

        self.correction_banner = QLabel()
        self.correction_banner.setWordWrap(True)
        self.correction_banner.setAccessibleName("Correctie")
        self.cancel_correction = QPushButton("Correctie ann&uleren")
        self.cancel_correction.setAccessibleName("Correctie annuleren")
        self.cancel_correction.clicked.connect(self._stop_correction)
        banner = QHBoxLayout()
        banner.addWidget(self.correction_banner, 1)
        banner.addWidget(self.cancel_correction)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Signaal", "Notitie"])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(1, 130)
        self.tree.setAccessibleName("Signalen om aan te vinken")
        self.tree.setAccessibleDescription("Spatie vinkt het gekozen signaal aan of uit.")
        self.tree.currentItemChanged.connect(self._select)
        self.tree.itemChanged.connect(self._tick_changed)
        self.items_error = error_label("Fout bij de signalen")
        self.count = QLabel()
        self.count.setAccessibleName("Aantal aangevinkte signalen")
        tree_caption = QLabel("Aan te vin&ken signalen (spatie = aan/uit):")
        tree_caption.setBuddy(self.tree)

        self.detail = QGroupBox("Bij het gekozen signaal")
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText("Kort en feitelijk: wat, wanneer, door wie gezien")
        self.note.textEdited.connect(self._note_edited)
        self.note_count = QLabel()
        self.note_error = error_label("Fout bij de notitie")
        self.contra = QCheckBox("&Contra-signaal (deze waarneming spreekt de zorg juist tegen)")
        self.contra.setAccessibleName("Contra-signaal")
        self.contra.toggled.connect(self._store_detail)
        self.logbook = QLineEdit()
        self.logbook.setPlaceholderText("bijv. 12, 15")
        self.logbook.textEdited.connect(self._logbook_edited)
        self.logbook_error = error_label("Fout bij de logboeknummers")
        form = QFormLayout(self.detail)
        form.addRow(self.detail_title)
        add_row(form, "&Notitie:", self.note, "Notitie bij het signaal")
        form.addRow("", self.note_count)
        form.addRow(self.note_error)
        form.addRow(self.contra)
        add_row(form, "Logboeknu&mmers:", self.logbook, "Gekoppelde logboeknotities")
        form.addRow(self.logbook_error)

        self.checked_on = QLineEdit()
        self.checked_on.setPlaceholderText("dd-mm-jjjj")
        self.date_error = error_label("Fout bij de datum")
        self.checked_by = QLineEdit()
        self.by_error = error_label("Fout bij ingevuld door")
        self.save_button = QPushButton("Lijst &opslaan")
        self.save_button.setAccessibleName("Lijst opslaan")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setAccessibleName("Melding")
        meta = QFormLayout()
        add_row(meta, "&Datum:", self.checked_on, "Datum van de lijst")
        meta.addRow(self.date_error)
        add_row(meta, "Ingevuld doo&r:", self.checked_by, "Ingevuld door")
        meta.addRow(self.by_error)
        # The list's own fields clear their message when edited; the messages of one
        # signal (note, logbook numbers) live in _item_errors, keyed "note:<item id>".
        self.field_errors = FieldErrors()
        self.field_errors.bind("checked_on", self.date_error, self.checked_on)
        self.field_errors.bind("checked_by", self.by_error, self.checked_by)
        self.field_errors.bind("items", self.items_error)  # ticking clears it (_tick_changed)
        self._item_errors: dict[str, str] = {}

        right = QVBoxLayout()
        right.addWidget(self.detail)
        right.addLayout(meta)
        right.addWidget(self.save_button)
        right.addWidget(self.status)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(tree_caption)
        left.addWidget(self.tree, 1)
        left.addWidget(self.count)
        left.addWidget(self.items_error)
        body = QHBoxLayout()
        body.addLayout(left, 5)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(banner)
        layout.addLayout(body, 1)
        self.setTabOrder(self.tree, self.note)
        self._show_banner()
        self._load_detail(None)

    # -- context -----------------------------------------------------------------------

    def set_context(self, service: SignalService | None, pupil_id: int | None,
                    catalogue: Catalogue | None, user_name: str = "") -> None:
        self._store_detail()
        if service is not None and service is not self._owner:
            self.discard()  # drafts belong to one open vault, never carried into another
            self._owner = service
        self.service, self.pupil_id, self.catalogue = service, pupil_id, catalogue
        if service is None:
            self._clear_errors()
            self.status.clear()
            self._rebuild()
            return
        if not self.checked_on.text():
            self.checked_on.setText(f"{(service.today if service else date.today()):%d-%m-%Y}")
        if not self.checked_by.text():
            self.checked_by.setText(user_name)
        self._clear_errors()
        self.status.clear()
        self._rebuild()

    def discard(self) -> None:
        """Forget all unsaved input (on lock: nothing about a child may linger)."""
        self._drafts.clear()
        self._current_id = None
        self.checked_on.clear()
        self.checked_by.clear()
        self.note.clear()
        self.logbook.clear()
        self._owner = None

    def draft(self) -> Draft:
        key = (self.pupil_id or 0, self.catalogue.id if self.catalogue else "")
        return self._drafts.setdefault(key, Draft())

    def _rebuild(self) -> None:
        self._loading = True
        # No itemChanged storm while building (also spares PySide6 6.12 a refcount bug
        # that loses a reference to None on every Python slot call for item signals).
        self.tree.blockSignals(True)
        self.tree.clear()
        self._current_id = None
        if self.catalogue is not None and self.pupil_id is not None:
            draft = self.draft()
            for group in self.catalogue.groups:
                parent = QTreeWidgetItem([group.title])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                # Every item carries ID_ROLE data: PySide6 6.12 drops a reference to None
                # each time data() returns an unset role, which crashes Python eventually.
                parent.setData(0, ID_ROLE, "")
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                self.tree.addTopLevelItem(parent)
                for item in group.items:
                    state = draft.items.get(item.id, ItemState())
                    child = QTreeWidgetItem(parent, [item.text, self._note_cell(state)])
                    child.setData(0, ID_ROLE, item.id)
                    child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                   | Qt.ItemFlag.ItemIsUserCheckable)
                    child.setCheckState(0, Qt.CheckState.Checked if state.ticked
                                        else Qt.CheckState.Unchecked)
                    child.setToolTip(0, item.text)
                parent.setExpanded(True)
        self.tree.blockSignals(False)
        self._loading = False
        self._update_ticked_count()
        self.setEnabled(self.catalogue is not None and self.pupil_id is not None)
        self._show_banner()
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))
        else:
            self._load_detail(None)

    # -- per-item detail -----------------------------------------------------------------

    def item_for(self, item_id: str) -> QTreeWidgetItem | None:
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for n in range(group.childCount()):
                if group.child(n).data(0, ID_ROLE) == item_id:
                    return group.child(n)
        return None

    def _set_note_cell(self, item: QTreeWidgetItem, state: ItemState) -> None:
        self.tree.blockSignals(True)
        item.setText(1, self._note_cell(state))
        self.tree.blockSignals(False)

    @staticmethod
    def _note_cell(state: ItemState) -> str:
        return ("[contra] " if state.contra and state.ticked else "") + state.note

    def _select(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        self._store_detail()
        item_id = current.data(0, ID_ROLE) if current is not None else None
        self._load_detail(item_id)

    def _load_detail(self, item_id: str | None) -> None:
        self._loading = True
        self._current_id = item_id
        state = self.draft().state(item_id) if item_id else ItemState()
        self.detail.setEnabled(item_id is not None)
        text = self.catalogue.item(item_id).text if item_id and self.catalogue else ""
        self.detail_title.setText(f"<b>{text}</b>" if text else "Kies links een signaal.")
        self.note.setText(state.note)
        self.contra.setChecked(state.contra)
        self.logbook.setText(state.logbook)
        self._loading = False
        self._update_count()
        self._show_item_errors()

    def _store_detail(self, *_args) -> None:
        if self._loading or not self._current_id or self.pupil_id is None:
            return
        state = self.draft().state(self._current_id)
        state.note, state.contra, state.logbook = (
            self.note.text(), self.contra.isChecked(), self.logbook.text())
        if (state.note.strip() or state.contra or state.logbook.strip()) and not state.ticked:
            # Writing about a signal means it was seen: tick it instead of losing the note.
            item = self.item_for(self._current_id)
            if item is not None:
                item.setCheckState(0, Qt.CheckState.Checked)
        item = self.item_for(self._current_id)
        if item is not None:
            self._set_note_cell(item, state)
        self._update_count()

    def _note_edited(self, _text: str) -> None:
        self._item_fixed("note", self.note_error)
        self._store_detail()

    def _logbook_edited(self, _text: str) -> None:
        self._item_fixed("logbook", self.logbook_error)
        self._store_detail()

    def _item_fixed(self, kind: str, label) -> None:
        """Typing in a signal's note or numbers clears that field's message at once."""
        self._item_errors.pop(f"{kind}:{self._current_id}", None)
        show_error(label, "")

    def _update_count(self) -> None:
        length = len(" ".join(self.note.text().split()))
        self.note_count.setText(f"{length} / {MAX_NOTE} tekens")
        self.note_count.setStyleSheet("color: #a40000;" if length > MAX_NOTE else "")

    def _tick_changed(self, item: QTreeWidgetItem, column: int) -> None:
        item_id = item.data(0, ID_ROLE)
        if self._loading or column != 0 or not item_id:
            return
        state = self.draft().state(item_id)
        state.ticked = item.checkState(0) == Qt.CheckState.Checked
        self._set_note_cell(item, state)
        show_error(self.items_error, "")
        self.status.clear()
        self._update_ticked_count()

    def ticked_ids(self) -> list[str]:
        if self.catalogue is None or self.pupil_id is None:
            return []
        items = self.draft().items
        return [i.id for i in self.catalogue.items if i.id in items and items[i.id].ticked]

    def _update_ticked_count(self) -> None:
        ticked = self.ticked_ids()
        contra = sum(1 for i in ticked if self.draft().items[i].contra)
        self.count.setText(f"Aangevinkt: {len(ticked)}" + (f" (waarvan {contra} contra-signaal)"
                                                           if contra else ""))

    def tick(self, item_id: str, note: str = "", contra: bool = False) -> None:
        """Used by corrections (and tests): tick a signal as if by hand."""
        item = self.item_for(item_id)
        self.tree.setCurrentItem(item)
        item.setCheckState(0, Qt.CheckState.Checked)
        self.note.setText(note)
        self.contra.setChecked(contra)
        self._store_detail()
