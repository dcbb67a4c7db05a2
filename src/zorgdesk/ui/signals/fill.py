"""'Invullen': tick signals of one catalogue for the current pupil and save a check.

What is typed stays in memory per pupil and catalogue until it is saved, so
switching pupil or list never loses ticks or notes. Space ticks the selected
signal; Tab moves on to its note.

The unsaved state lives in :mod:`fill_state`; where a refused save shows its messages
in :mod:`fill_errors` (a :class:`FillErrors` the page owns).
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
from zorgdesk.domain.signals.check import MAX_NOTE, CheckDraft, SignalCheck
from zorgdesk.domain.validation import FieldProblem, ValidationError
from zorgdesk.services.signals.service import SignalService
from zorgdesk.ui import messages
from zorgdesk.ui.dialogs import run_modal
from zorgdesk.ui.signals.fill_errors import FillErrors
from zorgdesk.ui.signals.fill_state import Draft, ItemState
from zorgdesk.ui.signals.logbook_links import LogbookLinksDialog, links_text, typed_numbers
from zorgdesk.ui.widgets import add_row
from zorgdesk.ui.window_size import scrolling
from zorgdesk.ui.wrapping import wrap_column_text

ID_ROLE = Qt.ItemDataRole.UserRole


class FillPage(QWidget):
    saved = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.service: SignalService | None = None
        self.pupil_id: int | None = None
        self.pupil_name = ""
        self.catalogue: Catalogue | None = None
        self._drafts: dict[tuple[int, str], Draft] = {}
        self._owner: SignalService | None = None  # the service the drafts belong to
        self._current_id: str | None = None
        self._loading = False

        banner = self._build_banner()
        self._build_tree()
        self._build_detail()
        self._build_list_fields()
        self.errors = FillErrors(self.checked_on, self.checked_by, self.note, self.logbook)
        # The labels stay reachable under their former names (tests read them).
        self.items_error, self.note_error = self.errors.items, self.errors.note
        self.logbook_error = self.errors.logbook
        self.date_error, self.by_error = self.errors.date, self.errors.by
        self._lay_out(banner)
        self.setTabOrder(self.tree, self.note)
        self._show_banner()
        self._load_detail(None)

    # -- building the page ---------------------------------------------------------------

    def _build_banner(self) -> QHBoxLayout:
        """Shown while an earlier list is being corrected, with a button to stop."""
        self.correction_banner = QLabel()
        self.correction_banner.setWordWrap(True)
        self.correction_banner.setAccessibleName("Correctie")
        self.cancel_correction = QPushButton("Correctie ann&uleren")
        self.cancel_correction.setAccessibleName("Correctie annuleren")
        self.cancel_correction.clicked.connect(self._stop_correction)
        banner = QHBoxLayout()
        banner.addWidget(self.correction_banner, 1)
        banner.addWidget(self.cancel_correction)
        return banner

    def _build_tree(self) -> None:
        """The catalogue's signals to tick, per group, with the note beside each."""
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Signaal", "Notitie"])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(1, 130)
        # A signal's whole text, over more lines where the column is narrow (a laptop
        # at 125 %): it is what the IB ticks, so it must never be cut off.
        wrap_column_text(self.tree)
        self.tree.setAccessibleName("Signalen om aan te vinken")
        self.tree.setAccessibleDescription("Spatie vinkt het gekozen signaal aan of uit.")
        self.tree.currentItemChanged.connect(self._select)
        self.tree.itemChanged.connect(self._tick_changed)
        self.count = QLabel()
        self.count.setAccessibleName("Aantal aangevinkte signalen")
        self.tree_caption = QLabel("Aan te vin&ken signalen (spatie = aan/uit):")
        self.tree_caption.setBuddy(self.tree)

    def _build_detail(self) -> None:
        """The selected signal's note, contra-signal and logboek numbers."""
        self.detail = QGroupBox("Bij het gekozen signaal")
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.note = QLineEdit()
        # Short enough to be read whole in the narrow detail column (walk s29: 'Kort en
        # feitelijk: wat, wanne…'); the full hint is the tooltip.
        self.note.setPlaceholderText("Wat, wanneer, wie zag het")
        self.note.setToolTip("Kort en feitelijk: wat, wanneer, door wie gezien")
        self.note.textEdited.connect(self._note_edited)
        self.note_count = QLabel()
        # Short, so the signals on the left keep their room on a laptop screen.
        self.contra = QCheckBox("&Contra-signaal: spreekt de zorg tegen")
        self.contra.setAccessibleName("Contra-signaal")
        self.contra.setAccessibleDescription("Deze waarneming spreekt de zorg juist tegen.")
        self.contra.setToolTip("Deze waarneming spreekt de zorg juist tegen.")
        self.contra.toggled.connect(self._store_detail)
        self.logbook = QLineEdit()
        self.logbook.setPlaceholderText("bijv. 12, 15")
        self.logbook.setToolTip("Logboeknummers, bijv. 12, 15; of kies ze met Kiezen…")
        self.logbook.textEdited.connect(self._logbook_edited)
        self.pick_logbook = QPushButton("Kie&zen…")
        self.pick_logbook.setAccessibleName("Logboeknotities kiezen")
        self.pick_logbook.setToolTip("De logboeknotities van deze leerling kiezen op datum "
                                     "en eerste woorden")
        self.pick_logbook.clicked.connect(self.choose_logbook)
        # What each typed number refers to (date, who, first words), or that it is none
        # of this pupil's notes.
        self.logbook_refs = QLabel()
        self.logbook_refs.setWordWrap(True)
        self.logbook_refs.setAccessibleName("Gekoppelde logboeknotities")

    def _build_list_fields(self) -> None:
        """The list's date and who filled it in; Lijst opslaan."""
        self.checked_on = QLineEdit()
        self.checked_on.setPlaceholderText("dd-mm-jjjj")
        self.checked_by = QLineEdit()
        self.save_button = QPushButton("Lijst &opslaan")
        self.save_button.setAccessibleName("Lijst opslaan")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setAccessibleName("Melding")
        self.status.setWordWrap(True)  # one long line widened the column past its view

    def _lay_out(self, banner: QHBoxLayout) -> None:
        """The tree on the left; the signal's detail, the list's fields and saving right."""
        form = QFormLayout(self.detail)
        form.addRow(self.detail_title)
        add_row(form, "&Notitie:", self.note, "Notitie bij het signaal")
        form.addRow("", self.note_count)
        form.addRow(self.note_error)
        form.addRow(self.contra)
        links = QHBoxLayout()
        links.addWidget(self.logbook, 1)
        links.addWidget(self.pick_logbook)
        caption = QLabel("Logboeknu&mmers:")
        caption.setBuddy(self.logbook)
        self.logbook.setAccessibleName("Logboeknummers van gekoppelde notities")
        form.addRow(caption, links)
        form.addRow(self.logbook_refs)
        form.addRow(self.logbook_error)
        meta = QFormLayout()
        add_row(meta, "&Datum:", self.checked_on, "Datum van de lijst")
        meta.addRow(self.date_error)
        add_row(meta, "Ingevuld doo&r:", self.checked_by, "Ingevuld door")
        meta.addRow(self.by_error)
        right_side = QWidget()
        right = QVBoxLayout(right_side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.detail)
        right.addLayout(meta)
        right.addStretch(1)
        # Scrolls on a short laptop screen (125 %) when messages and the linked notes
        # take lines, instead of squeezing them to half a line each.
        self.right_side = scrolling(right_side)
        # Up and down only (sideways scrolling hid the start of the fields and messages):
        # the column is never narrower than its fields.
        self.right_side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.right_side.setMinimumWidth(
            right_side.minimumSizeHint().width()
            + self.right_side.verticalScrollBar().sizeHint().width())
        # Lijst opslaan and its message under the scrolled part, always in sight: at
        # 12 pt the button sat below the fold (walk s33, b05), found only by scrolling.
        column = QVBoxLayout()
        column.addWidget(self.right_side, 1)
        column.addWidget(self.save_button)
        column.addWidget(self.status)
        left = QVBoxLayout()
        left.addWidget(self.tree_caption)
        left.addWidget(self.tree, 1)
        left.addWidget(self.count)
        left.addWidget(self.items_error)
        body = QHBoxLayout()
        body.addLayout(left, 4)  # the signals wrap where they are long
        body.addLayout(column, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(banner)
        layout.addLayout(body, 1)

    # -- context -----------------------------------------------------------------------

    def set_context(self, service: SignalService | None, pupil_id: int | None,
                    catalogue: Catalogue | None, user_name: str = "",
                    pupil_name: str = "") -> None:
        self._store_detail()
        self.pupil_name = pupil_name
        if service is not None and service is not self._owner:
            self.discard()  # drafts belong to one open vault, never carried into another
            self._owner = service
        self.service, self.pupil_id, self.catalogue = service, pupil_id, catalogue
        if service is None:
            self.errors.clear()
            self.status.clear()
            self._rebuild()
            return
        if not self.checked_on.text():
            self.checked_on.setText(f"{(service.today if service else date.today()):%d-%m-%Y}")
        if not self.checked_by.text():
            self.checked_by.setText(user_name)
        self.errors.clear()
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
                    child.setData(0, Qt.ItemDataRole.AccessibleTextRole, item.text)
                    child.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole,
                                  f"{group.title}; spatie vinkt aan of uit")
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
        self._show_links()
        self.errors.show_item(self._current_id)

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
        self.errors.item_fixed("note", self._current_id)
        self._store_detail()

    def _logbook_edited(self, _text: str) -> None:
        self.errors.item_fixed("logbook", self._current_id)
        self._store_detail()
        self._show_links()

    def _logbook_titles(self) -> dict[int, str]:
        if self.service is None or self.pupil_id is None:
            return {}
        return self.service.logbook_titles(self.pupil_id)

    def _show_links(self) -> None:
        """Under the numbers: the note each one refers to (read fresh: a note written on
        the Logboek tab a minute ago counts)."""
        text = links_text(self.logbook.text(), self._logbook_titles()) \
            if self.logbook.text().strip() else ""
        self.logbook_refs.setText(text)
        self.logbook_refs.setVisible(bool(text))

    def choose_logbook(self) -> list[int] | None:
        """Kiezen…: tick the pupil's notes by date and first words; the numbers go into
        the field (the signal is ticked like typing would). None when cancelled."""
        if self._current_id is None or self.pupil_id is None:
            return None
        dialog = LogbookLinksDialog(self._logbook_titles(), typed_numbers(self.logbook.text()),
                                    self.pupil_name or "deze leerling", self)
        if not run_modal(dialog):
            return None
        self.logbook.setText(", ".join(str(n) for n in dialog.chosen))
        self._logbook_edited(self.logbook.text())
        self.logbook.setFocus()
        return dialog.chosen

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
        self.errors.ticked()
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

    # -- corrections ---------------------------------------------------------------------

    def start_correction(self, check: SignalCheck) -> None:
        """Fill the form with an earlier check; saving creates a new check replacing it."""
        self._store_detail()
        draft = Draft(corrects=check)
        for tick in check.ticks:
            draft.items[tick.item_id] = ItemState(True, tick.note, tick.contra, ", ".join(
                str(n) for n in tick.logbook_entry_ids))
        self._drafts[(self.pupil_id or 0, check.catalogue_id)] = draft
        self.checked_on.setText(f"{check.checked_on:%d-%m-%Y}")
        self.checked_by.setText(check.checked_by)
        self._rebuild()

    def _stop_correction(self) -> None:
        self._drafts.pop((self.pupil_id or 0, self.catalogue.id if self.catalogue else ""), None)
        self._rebuild()

    def _show_banner(self) -> None:
        check = self.draft().corrects if self.catalogue and self.pupil_id else None
        self.correction_banner.setText(
            f"<b>U corrigeert {check.name}.</b> De oude "
            "lijst blijft bewaard; de nieuwe vervangt hem in het verloop." if check else "")
        self.correction_banner.setVisible(check is not None)
        self.cancel_correction.setVisible(check is not None)

    # -- saving --------------------------------------------------------------------------

    def _confirm_empty(self) -> bool:
        return messages.ask_choice(
            self, "Lege lijst opslaan?",
            "Er is geen enkel signaal aangevinkt.\n\nWilt u vastleggen dat bij deze lijst geen "
            "signalen zijn gezien? In het verloop staan eerdere signalen dan als verdwenen.",
            "&Lege lijst opslaan", "&Terug naar de lijst")

    def save(self) -> int | None:
        if self.service is None or self.pupil_id is None or self.catalogue is None:
            return None
        self._store_detail()
        self.errors.clear()
        self.status.clear()
        draft = self.draft()
        problems: list[FieldProblem] = []
        ticks = draft.tick_drafts(self.catalogue, problems)
        allow_empty = False
        if not problems and not ticks:
            allow_empty = self._confirm_empty()
            if not allow_empty:
                self.errors.nothing_ticked()
                return None
        try:
            if problems:
                raise ValidationError(problems)
            check_id = self.service.save_check(self.pupil_id, CheckDraft(
                self.catalogue.id, self.checked_on.text(), self.checked_by.text(), tuple(ticks),
                draft.corrects.id if draft.corrects else None), allow_empty=allow_empty)
        except ValidationError as err:
            self._refused(err)
            return None
        self._drafts.pop((self.pupil_id, self.catalogue.id), None)
        self._rebuild()
        self.status.setText(f"{self.service.check(check_id).heading} is opgeslagen.")
        self.saved.emit(check_id)
        return check_id

    def _refused(self, err: ValidationError) -> None:
        """Each message at its field; the cursor goes to the first signal with a problem
        (selected in the tree), else to the first field of the list."""
        first = self.errors.refused(err)
        if first is None:
            return
        item = self.item_for(first)
        if item is not None:
            self.tree.setCurrentItem(item)
        self.errors.point_at_item(self._current_id)
