"""'Leerlingen beheren': pupils with guardians and siblings, groups and staff.

Every save goes through the services, which validate and audit it; nothing here
deletes a pupil - leaving school is a leave date, the dossier stays for retention.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStatusBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.nicknames import nicknames_text, ordinary_word_note
from zorgdesk.domain.people import Pupil, left_already, validate_guardian
from zorgdesk.domain.text import and_list, fold_name
from zorgdesk.domain.validation import FieldProblem, ValidationError, parse_date
from zorgdesk.services.export_names import ordinary_words
from zorgdesk.services.session import Session
from zorgdesk.ui.form_drafts import DraftKeeper
from zorgdesk.ui.messages import ask_choice
from zorgdesk.ui.pupils.drafts import (
    end_manage_drafts,
    keep_pupils_draft,
    keep_tab_drafts,
    typed_anywhere,
)
from zorgdesk.ui.pupils.forms import GuardianForm, PupilForm, nicknames_edit
from zorgdesk.ui.pupils.groups_page import GroupsPage
from zorgdesk.ui.pupils.pupil_search import TypeToSearchList
from zorgdesk.ui.unsaved import QUESTION, CancelGuard
from zorgdesk.ui.widgets import (
    SearchArrows,
    action_button,
    add_row,
    error_label,
    focus_visibly,
    named_tabs,
    show_error,
    tell,
)
from zorgdesk.ui.window_size import fit_to_screen, scrolling

ID_ROLE = Qt.ItemDataRole.UserRole


# What the Medewerkers tab holds when nothing is typed (``StaffPage.typing``).
INACTIVE_NOTE = ("{name} is inmiddels gedeactiveerd. De bijnamen die u voor deze medewerker "
                 "typte, staan er weer. Sla ze op: ZorgDesk herkent ze dan ook in oudere "
                 "teksten, bijvoorbeeld bij het anonimiseren.")
STAFF_NOTHING_TYPED = {"member": None, "nicknames": None, "name": "", "role": ""}
FIELDS_SUMMARY = "Controleer de velden met een melding; er is niets verloren gegaan."


def leave_question(pupil: Pupil, day, today_by_default: bool) -> str:
    text = (f"{pupil.display_name} uitschrijven per {day:%d-%m-%Y}? {pupil.first_name} "
            "verdwijnt uit de leerlingenlijst; het dossier blijft bewaard tot de "
            "bewaartermijn voorbij is.")
    if today_by_default:
        text += (" Een andere vertrekdatum: typ die bij Vertrekdatum (Alt+D) en kies "
                 "opnieuw Uitschrijven.")
    return text


class PupilsPage(QWidget):
    changed = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.pupil_id: int | None = None
        self.guardian_id: int | None = None

        # Only the forms scroll: the search field and the list stay in sight while the
        # cursor is in a parent's e-mail at the bottom (walk s30, 125 % on 1366x768: the
        # whole page scrolled and the search field went off the top).
        forms = QWidget()
        right = QVBoxLayout(forms)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self._pupil_box())
        right.addWidget(self._guardian_box())
        right.addWidget(self._sibling_box())
        self.forms = scrolling(forms)
        layout = QHBoxLayout(self)
        layout.addLayout(self._pupil_list(), 1)
        layout.addWidget(self.forms, 2)
        self._shown: tuple | None = None  # what the forms showed after the last load/save
        self.drafts: DraftKeeper | None = None  # set by the dialog (ui/pupils/drafts.py)
        self.reload()
        self.new_pupil()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        # The list has its final height only once the page is laid out: then bring the
        # chosen pupil into sight (opened from her dossier she was below the visible
        # rows, walk s31).
        QTimer.singleShot(0, self.list, self._scroll_to_chosen)

    def _scroll_to_chosen(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.scrollToItem(item)

    # -- what was typed ------------------------------------------------------------

    def _state(self) -> tuple:
        family = self.guardian_form.draft() if self.guardian_form.isEnabled() else None
        return (self.form.draft(), family)

    def _remember(self, pupil: bool = True, family: bool = True) -> None:
        """What the pupil's form (``pupil``) and the parent's form (``family``) show now
        counts as nothing typed; the other form's typing still counts (saving a parent
        made the typing in the pupil's form count as saved, and the other way round a
        save emptied the parent's form, s33)."""
        now = self._state()
        before = self._shown or now
        self._shown = (now[0] if pupil else before[0], now[1] if family else before[1])
        self._show_whose()
        if self.drafts is None:
            return
        if self.unsaved():  # typing left in the other form: the draft keeps it
            self.drafts.save_now()
        else:  # saved or just loaded: nothing typed is left
            self.drafts.moved_on(self.pupil_id)

    def _show_whose(self) -> None:
        """The boxes say whose form it is, so the IB always sees which pupil she edits."""
        pupil = self.session.basedata.pupil(self.pupil_id) if self.pupil_id else None
        name = pupil.display_name.replace("&", "&&") if pupil else ""
        self.pupil_box.setTitle(f"Leerling: {name}" if pupil else "Nieuwe leerling")
        self.guardian_box.setTitle(f"Ouders / verzorgers van {name}" if pupil
                                   else "Ouders / verzorgers")

    def unsaved(self) -> bool:
        """Something typed in the pupil's or a parent's form and not saved (walk s30:
        Escape or choosing another pupil dropped it without a word)."""
        return self._shown is not None and self._state() != self._shown

    def may_discard(self) -> bool:
        return not self.unsaved() or ask_choice(self, "Niet opgeslagen", QUESTION,
                                                "&Weggooien", "&Verder invullen")

    # -- building ------------------------------------------------------------------

    def _pupil_list(self) -> QVBoxLayout:
        """The left column: Nieuwe leerling, every pupil, and whether those who left show."""
        self.show_left = QCheckBox("Toon vertrokken leerl&ingen")
        self.show_left.toggled.connect(self.reload)
        new_button = action_button("&Nieuwe leerling", "Nieuwe leerling", self.new_pupil)
        # A large school's 1,500 pupils: find one by name or group (walk s30: the list
        # had only the first letters of a first name to jump by).
        self.search = QLineEdit()
        self.search.setPlaceholderText("Zoek op naam of groep (Ctrl+F)")
        self.search.setAccessibleName("Zoek leerling op naam of groep")
        self.search.setClearButtonEnabled(True)
        # textEdited: typing or the clear button, never a lock wiping the field.
        self.search.textEdited.connect(lambda _text: self.reload())
        # Letters typed in the list go to the search field: a letter never chooses
        # another pupil unseen (walk s29: a parent added to the wrong child).
        self.list = TypeToSearchList(self.search)
        self.list.setAccessibleName("Alle leerlingen")
        self.list.currentItemChanged.connect(self._select)
        SearchArrows(self.search, self.list)  # Down into the list, Up back
        left = QVBoxLayout()
        left.addWidget(new_button)
        left.addWidget(self.search)
        left.addWidget(self.list, 1)
        left.addWidget(self.show_left)
        return left

    def _pupil_box(self) -> QGroupBox:
        """The chosen pupil's details with Opslaan and Uitschrijven."""
        self.form = PupilForm()
        self.pupil_error = error_label("Fout bij leerling")
        self.form.field_errors.general = self.pupil_error
        self.save_button = action_button("&Opslaan", "Leerling opslaan", self.save_pupil)
        self.leave_button = action_button("&Uitschrijven", "Leerling uitschrijven", self.deactivate)
        pupil_box = self.pupil_box = QGroupBox("Nieuwe leerling")
        box = QVBoxLayout(pupil_box)
        box.addWidget(self.form)
        box.addWidget(self.pupil_error)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.leave_button)
        row.addStretch(1)
        box.addLayout(row)
        return pupil_box

    def _guardian_box(self) -> QGroupBox:
        """The pupil's parents and carers: the list, the chosen one's form, its buttons."""
        self.guardians = QListWidget()
        self.guardians.setAccessibleName("Ouders en verzorgers")
        self.guardians.currentItemChanged.connect(self._select_guardian)
        self.guardian_form = GuardianForm()
        self.guardian_error = error_label("Fout bij ouder of verzorger")
        self.guardian_form.field_errors.general = self.guardian_error
        guardian_box = self.guardian_box = QGroupBox("Ouders / verzorgers")
        gbox = QVBoxLayout(guardian_box)
        gbox.addWidget(self.guardians)
        gbox.addWidget(self.guardian_form)
        gbox.addWidget(self.guardian_error)
        grow = QHBoxLayout()
        self.guardian_buttons = (
            action_button("Nieu&we ouder", "Nieuwe ouder of verzorger", self.new_guardian),
            action_button("Ouder o&pslaan", "Ouder of verzorger opslaan", self.save_guardian),
            action_button("Ouder verwi&jderen uit lijst", "Ouder of verzorger deactiveren",
                          self.deactivate_guardian))
        for button in self.guardian_buttons:
            grow.addWidget(button)
        gbox.addLayout(grow)
        return guardian_box

    def _sibling_box(self) -> QGroupBox:
        """Brothers and sisters at this school, linked by choosing one."""
        self.siblings = QListWidget()
        self.siblings.setAccessibleName("Broers en zussen op school")
        self.sibling_choice = QComboBox()
        self.sibling_choice.setAccessibleName("Kies broer of zus")
        self.sibling_choice.setEditable(False)
        sibling_box = QGroupBox("Broers en zussen op deze school")
        sbox = QVBoxLayout(sibling_box)
        sbox.addWidget(self.siblings)
        srow = QHBoxLayout()
        srow.addWidget(self.sibling_choice, 1)
        self.sibling_buttons = (
            action_button("&Koppelen", "Broer of zus koppelen", self.link_sibling),
            action_button("Ontkoppe&len", "Broer of zus ontkoppelen", self.unlink_sibling))
        for button in self.sibling_buttons:
            srow.addWidget(button)
        sbox.addLayout(srow)
        return sibling_box

    # -- pupils --------------------------------------------------------------------

    def reload(self) -> None:
        clean = not self.unsaved()
        self.form.set_groups(self.session.basedata.groups())
        keep = self.pupil_id
        self.list.blockSignals(True)
        self.list.clear()
        pupils = self.session.basedata.pupils(include_inactive=self.show_left.isChecked())
        words = fold_name(self.search.text()).split()
        for pupil in pupils:
            if words and not all(
                    word in fold_name(f"{pupil.display_name} {pupil.group_name}")
                    for word in words):
                continue
            suffix = "" if pupil.active else "  (vertrokken)"
            item = QListWidgetItem(f"{pupil.display_name}{suffix}")
            item.setData(ID_ROLE, pupil.id)
            self.list.addItem(item)
            if pupil.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.sibling_choice.clear()
        for pupil in pupils:
            if pupil.id != keep:
                self.sibling_choice.addItem(f"{pupil.display_name} ({pupil.group_name})",
                                            pupil.id)
        if clean:
            self._remember()

    def _select(self, item: QListWidgetItem | None, _previous=None) -> None:
        # Also when the focus lands on the list as the idle lock closes the dialog (Qt
        # then makes the first row current): nothing to read from a locked vault.
        if item is None or not self.session.vault.is_open:
            return
        if not self.may_discard():  # back to the pupil whose form has the typing
            self.list.blockSignals(True)
            self.list.setCurrentItem(_previous)
            self.list.blockSignals(False)
            return
        self.show_record(item.data(ID_ROLE))
        self.forms.verticalScrollBar().setValue(0)  # her name first, not the last parent
        tell(self, "")  # a note about the pupil before goes with her

    def show_pupil(self, pupil_id: int) -> None:
        """Choose this pupil in the list (and so load her form and family)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == pupil_id:
                self.list.setCurrentRow(row)
                return

    def new_pupil(self) -> None:
        if not self.may_discard():
            return
        self.show_record(None)
        self.form.first_name.setFocus()

    def show_record(self, pupil_id: int | None) -> None:
        """Load this pupil and her family (None: the empty new-pupil form); no question."""
        self.pupil_id = pupil_id
        if pupil_id is None:
            self.list.clearSelection()
        self.form.load(self.session.basedata.pupil(pupil_id) if pupil_id is not None
                       else None)
        show_error(self.pupil_error, "")
        self._load_family()
        if pupil_id is not None:
            self.reload()
        self._remember()

    def save_pupil(self) -> bool:
        added = self.pupil_id is None
        try:
            if added:
                self.pupil_id = self.session.basedata.add_pupil(self.form.draft())
            else:
                self.session.basedata.update_pupil(self.pupil_id, self.form.draft())
        except ValidationError as error:
            self.form.field_errors.refused(error.problems, FIELDS_SUMMARY)
            return False
        self.form.field_errors.clear()
        pupil = self.session.basedata.pupil(self.pupil_id)
        self.form.nicknames.setText(nicknames_text(pupil.nicknames))  # as stored: cleaned
        self.reload()
        if added:  # her family can be filled in now; nothing was typed there yet
            self._load_family()
        else:  # a parent half typed stays (it was emptied, s33); the leave date may change
            self._update_leave_button()
        self._remember(family=False)
        self.changed.emit()
        tell(self, f"De gegevens van {pupil.display_name} zijn opgeslagen.")
        self.form.show_nickname_note(ordinary_word_note(ordinary_words(pupil.nicknames)))
        return True

    def deactivate(self) -> None:
        """Uitschrijven after a question that names the day: the Vertrekdatum the IB typed
        (walk s30: it was overwritten with today's date, without a question), else today."""
        if self.pupil_id is None:
            show_error(self.pupil_error, "Kies eerst een leerling.")
            return
        pupil = self.session.basedata.pupil(self.pupil_id)
        problems: list[FieldProblem] = []
        typed = parse_date(self.form.leave_date.text(), "leave_date", "de vertrekdatum",
                           problems, required=False)
        today = self.session.basedata.today
        if typed is not None and typed > today:
            problems.append(FieldProblem("leave_date", (
                f"Uitschrijven kan per vandaag of een eerdere datum, niet per "
                f"{typed:%d-%m-%Y}. Schrijf {pupil.first_name} uit op de dag van vertrek.")))
        if problems:
            self.form.field_errors.refused(problems, FIELDS_SUMMARY)
            return
        if not ask_choice(self, "Leerling uitschrijven", leave_question(pupil, typed or today,
                                                                          typed is None),
                          "&Uitschrijven"):
            return
        try:
            self.session.basedata.deactivate_pupil(self.pupil_id, typed)
        except ValidationError as error:
            self.form.field_errors.refused(error.problems, FIELDS_SUMMARY)
            return
        self.reload()
        pupil = self.session.basedata.pupil(self.pupil_id)
        self.form.load(pupil)
        self._remember(family=False)
        self._update_leave_button()
        self.changed.emit()
        tell(self, f"{pupil.display_name} is uitgeschreven per {pupil.leave_date:%d-%m-%Y}.")

    # -- family --------------------------------------------------------------------

    def _load_family(self) -> None:
        # Nothing to act on before the pupil is saved: her family and Uitschrijven wait.
        enabled = self.pupil_id is not None
        for widget in (self.guardians, self.guardian_form, self.siblings, self.sibling_choice,
                       self.leave_button, *self.guardian_buttons, *self.sibling_buttons):
            widget.setEnabled(enabled)
        self._update_leave_button()
        self.guardians.clear()
        self.siblings.clear()
        self.guardian_id = None
        self.guardian_form.load(None)
        show_error(self.guardian_error, "")
        if not enabled:
            return
        for guardian in self.session.basedata.guardians(self.pupil_id):
            gezag = "gezag" if guardian.parental_authority else "geen gezag"
            item = QListWidgetItem(f"{guardian.name} ({guardian.relation}, {gezag})")
            item.setData(ID_ROLE, guardian.id)
            self.guardians.addItem(item)
        self._load_siblings()
        self._remember(pupil=False)

    def _load_siblings(self) -> None:
        self.siblings.clear()
        for sibling in self.session.basedata.siblings(self.pupil_id):
            item = QListWidgetItem(sibling.display_name)
            item.setData(ID_ROLE, sibling.id)
            self.siblings.addItem(item)

    def _update_leave_button(self) -> None:
        """Uitschrijven only for a saved pupil who has not left; otherwise the reason
        (and what to do instead) as its tooltip and accessible description."""
        pupil = self.session.basedata.pupil(self.pupil_id) if self.pupil_id else None
        if pupil is None:
            reason = "Sla eerst de leerling op."
        elif not pupil.active:
            reason = left_already(pupil)
        else:
            reason = ""
        self.leave_button.setEnabled(not reason)
        self.leave_button.setToolTip(reason or "De leerling uitschrijven per vandaag; het "
                                     "dossier blijft bewaard tot de bewaartermijn voorbij is.")
        self.leave_button.setAccessibleDescription(reason)

    def _may_drop_parent(self) -> bool:
        """Another parent or Nieuwe ouder: a parent half typed goes only when the IB says
        so (it was replaced without a word, s33)."""
        typed = self._shown is not None and self._state()[1] != self._shown[1]
        return not typed or ask_choice(self, "Niet opgeslagen", QUESTION, "&Weggooien",
                                       "&Verder invullen")

    def _select_guardian(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        if not self._may_drop_parent():  # back to the parent whose form has the typing
            self.guardians.blockSignals(True)
            self.guardians.setCurrentItem(_previous)
            self.guardians.blockSignals(False)
            return
        self.guardian_id = item.data(ID_ROLE)
        match = [g for g in self.session.basedata.guardians(self.pupil_id)
                 if g.id == self.guardian_id]
        self.guardian_form.load(match[0] if match else None)
        self._remember(pupil=False)

    def show_guardian(self, guardian_id) -> bool:
        """Choose this parent in the list (and so load her form); False when not there."""
        for row in range(self.guardians.count()):
            if self.guardians.item(row).data(ID_ROLE) == guardian_id:
                self.guardians.setCurrentRow(row)
                return True
        return False

    def new_guardian(self) -> None:
        if not self._may_drop_parent():
            return
        self.guardians.clearSelection()
        self.guardian_id = None
        self.guardian_form.load(None)
        self._remember(pupil=False)
        self.guardian_form.name.setFocus()

    def save_guardian(self) -> bool:
        if self.pupil_id is None:
            show_error(self.guardian_error, "Sla eerst de leerling op.")
            return False
        added = self.guardian_id is None
        try:
            if added:
                self.session.basedata.add_guardian(self.pupil_id, self.guardian_form.draft())
            else:
                self.session.basedata.update_guardian(self.guardian_id,
                                                      self.guardian_form.draft())
        except ValidationError as error:
            self.guardian_form.field_errors.refused(error.problems, FIELDS_SUMMARY)
            return False
        saved = validate_guardian(self.guardian_form.draft())
        self._load_family()
        pupil = self.session.basedata.pupil(self.pupil_id)
        note = ordinary_word_note(ordinary_words(saved.nicknames))
        tell(self, f"{saved.name}, ouder/verzorger van {pupil.display_name}, is opgeslagen. "
                   f"{note}".strip())
        if added:  # the next parent starts at the name (the cursor stayed in E-mail, walk s29)
            focus_visibly(self.guardian_form.name)
        return True

    def deactivate_guardian(self) -> None:
        """After a question naming the parent: ZorgDesk has no way to bring her back in
        the list (walk s30: one Alt+J took her out without a word)."""
        item = self.guardians.currentItem()
        if self.guardian_id is None or item is None:
            return
        pupil = self.session.basedata.pupil(self.pupil_id)
        if not ask_choice(self, "Ouder uit de lijst halen",
                          f"{item.text()} uit de lijst van ouders en verzorgers van "
                          f"{pupil.display_name} halen? Wat eerder over of met deze ouder is "
                          "vastgelegd, blijft in het dossier.", "Uit de lijst &halen"):
            return
        shown = item.text()  # the item goes with the reloaded list
        self.session.basedata.deactivate_guardian(self.guardian_id)
        self._load_family()
        tell(self, f"{shown} staat niet meer in de lijst van ouders en verzorgers.")

    def link_sibling(self) -> None:
        other = self.sibling_choice.currentData()
        if self.pupil_id is None or other is None:
            return
        try:
            self.session.basedata.link_siblings(self.pupil_id, other)
        except ValidationError as error:
            show_error(self.guardian_error, error.message)
        self._load_siblings()  # a parent half typed stays

    def unlink_sibling(self) -> None:
        item = self.siblings.currentItem()
        if self.pupil_id is not None and item is not None:
            self.session.basedata.unlink_siblings(self.pupil_id, item.data(ID_ROLE))
            self._load_siblings()


class StaffPage(QWidget):
    """Staff: a list plus an add form; deactivation keeps history intact. (Groups have
    their own page: ui/pupils/groups_page.py.)"""

    changed = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.list = QListWidget()
        self.list.setAccessibleName("Medewerkers")
        self.name = QLineEdit()
        self.role = QLineEdit()
        self.error = error_label("Foutmelding")
        self._loaded: tuple = (None, "")  # (member id, her nicknames as stored)
        # A member deactivated after nicknames were typed for her (a draft that came
        # back): in the list, marked, until they are saved or thrown away.
        self._inactive: int | None = None
        self.drafts: DraftKeeper | None = None  # set by the dialog (ui/pupils/drafts.py)
        form = QFormLayout()
        add_row(form, "&Naam:", self.name, "Naam")
        add_row(form, "&Functie:", self.role, "Functie")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(self._nickname_row())
        layout.addLayout(form)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(action_button("&Toevoegen", "Toevoegen", self.add))
        self.deactivate_button = action_button("&Deactiveren", "Medewerker deactiveren",
                                               self.deactivate)
        row.addWidget(self.deactivate_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.reload()

    def _nickname_row(self) -> QVBoxLayout:
        """'Ook genoemd' of the member chosen in the list ("Meester B."), with its own
        Opslaan and message: the name and role fields below are for a new member."""
        self.nicknames = nicknames_edit()
        self.nicknames.setEnabled(False)  # until a member is chosen
        self.nickname_error = error_label("Fout bij ook genoemd")
        self.inactive_note = QLabel()
        self.inactive_note.setWordWrap(True)
        self.inactive_note.setAccessibleName("Gedeactiveerde medewerker")
        self.inactive_note.hide()
        self.nickname_button = action_button(
            "Bijnamen &opslaan", "Bijnamen van de gekozen medewerker opslaan",
            self.save_nicknames)
        self.nickname_button.setEnabled(False)
        self.list.currentItemChanged.connect(self._select)
        form = QFormLayout()
        add_row(form, "Ook genoemd (&bijnamen):", self.nicknames,
                "Ook genoemd: bijnamen van de gekozen medewerker")
        row = QHBoxLayout()
        row.addWidget(self.nickname_button)
        row.addStretch(1)
        box = QVBoxLayout()
        box.addLayout(form)
        box.addWidget(self.inactive_note)
        box.addWidget(self.nickname_error)
        box.addLayout(row)
        return box

    def _chosen_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _chosen(self):
        member_id = self._chosen_id()
        return next((m for m in self.session.basedata.staff(include_inactive=True)
                     if m.id == member_id), None)

    def _select(self, _item=None, previous=None) -> None:
        if not self.session.vault.is_open:
            return
        if self._nicknames_typed() and not ask_choice(
                self, "Niet opgeslagen", QUESTION, "&Weggooien", "&Verder invullen"):
            self.list.blockSignals(True)  # back to the member whose nicknames are typed
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        if self._inactive is not None and self._chosen_id() != self._inactive:
            self._inactive = None  # her typing is gone: so is she, from the list
            self.reload()
        self._load_nicknames()

    def _load_nicknames(self) -> None:
        """The chosen member's nicknames as stored (none chosen: an empty, disabled field)."""
        member = self._chosen()
        self._loaded = (member.id if member else None,
                        nicknames_text(member.nicknames) if member else "")
        self.nicknames.setText(self._loaded[1])
        self.nicknames.setEnabled(member is not None)
        self.nickname_button.setEnabled(member is not None)
        self.deactivate_button.setEnabled(member is None or member.active)
        self.inactive_note.setText(INACTIVE_NOTE.format(name=member.name)
                                   if member is not None and not member.active else "")
        self.inactive_note.setVisible(bool(self.inactive_note.text()))
        show_error(self.nickname_error, "")

    # -- what was typed (kept as a draft over the lock and quitting) ----------------

    def _nicknames_typed(self) -> bool:
        return self._loaded[0] is not None and self.nicknames.text() != self._loaded[1]

    def typing(self) -> dict:
        """Nicknames typed for the chosen member, and the new member's name and role;
        ``NOTHING_TYPED`` when there is none."""
        typed = self._nicknames_typed()
        return {"member": self._loaded[0] if typed else None,
                "nicknames": self.nicknames.text() if typed else None,
                "name": self.name.text(), "role": self.role.text()}

    def typed(self) -> bool:
        return self.typing() != STAFF_NOTHING_TYPED

    def typed_field(self) -> QLineEdit:
        return self.nicknames if self._nicknames_typed() else self.name

    def put_typing(self, state: dict) -> None:
        """Back to ``state`` (a draft, or nothing typed): that member chosen with the
        nicknames typed for her (also when she was deactivated since: marked in the
        list), the new member's fields."""
        for field, key in ((self.name, "name"), (self.role, "role")):
            field.setText(state[key] if isinstance(state.get(key), str) else "")
        member, nicknames = state.get("member"), state.get("nicknames")
        former = {m.id for m in self.session.basedata.staff(include_inactive=True)
                  if not m.active}
        self._inactive = member if member in former and isinstance(nicknames, str) else None
        self.reload()
        rows = [r for r in range(self.list.count())
                if self.list.item(r).data(ID_ROLE) == member]
        if rows and isinstance(nicknames, str):
            self.list.blockSignals(True)
            self.list.setCurrentRow(rows[0])
            self.list.blockSignals(False)
        self._load_nicknames()
        if rows and isinstance(nicknames, str):
            self.nicknames.setText(nicknames)

    def save_nicknames(self) -> bool:
        member = self._chosen()
        if member is None:
            return False
        try:
            self.session.basedata.set_staff_nicknames(member.id, self.nicknames.text())
        except ValidationError as error:
            show_error(self.nickname_error, error.message)  # the typed text stays
            return False
        stored = self._chosen().nicknames
        if member.id == self._inactive:  # saved: a deactivated member leaves the list
            self._inactive = None
            self.list.blockSignals(True)
            self.list.setCurrentItem(None)
            self.list.blockSignals(False)
            self.reload()
        self._load_nicknames()  # as stored: cleaned
        note = ordinary_word_note(ordinary_words(stored))
        tell(self, f"De bijnamen van {member.name} zijn opgeslagen. {note}".strip())
        self._part_saved()
        return True

    def _part_saved(self) -> None:
        if self.drafts is not None:  # the draft keeps only what is still typed
            self.drafts.part_saved()

    def reload(self) -> None:
        """The list again; nicknames typed for the chosen member stay (Toevoegen
        reloaded them from the vault, s34)."""
        item = self.list.currentItem()
        keep = item.data(ID_ROLE) if item is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for s in self.session.basedata.staff(include_inactive=self._inactive is not None):
            if not s.active and s.id != self._inactive:
                continue
            text = f"{s.name} — {s.role}" if s.role else s.name
            item = QListWidgetItem(text if s.active else f"{text} (gedeactiveerd)")
            item.setData(ID_ROLE, s.id)
            self.list.addItem(item)
            if s.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        item = self.list.currentItem()
        if not (self._nicknames_typed() and item is not None
                and item.data(ID_ROLE) == self._loaded[0]):
            self._load_nicknames()

    def add(self) -> bool:
        try:
            self.session.basedata.add_staff(self.name.text(), self.role.text())
        except ValidationError as error:
            show_error(self.error, error.message)
            return False
        show_error(self.error, "")
        tell(self, f"{self.name.text().strip()} is toegevoegd aan de medewerkers.")
        self.name.clear()
        self.role.clear()
        self.reload()
        self.changed.emit()
        self._part_saved()
        return True

    def deactivate(self) -> None:
        item = self.list.currentItem()
        if item is None or (self._nicknames_typed() and not ask_choice(
                self, "Niet opgeslagen", QUESTION, "&Weggooien", "&Verder invullen")):
            return
        self.session.basedata.set_staff_active(item.data(ID_ROLE), False)
        self.reload()


def _find_pupil(tabs: QTabWidget, search: QLineEdit) -> None:
    """Ctrl+F, as in the main window: the Leerlingen tab, the cursor in its search."""
    tabs.setCurrentIndex(0)
    focus_visibly(search)
    search.selectAll()


class ManageDialog(QDialog):
    """Pupils, groups and staff. Opened from a pupil's dossier it shows that pupil (the
    IB came to change her details or parents), otherwise the empty new-pupil form."""

    def __init__(self, session: Session, parent: QWidget | None = None,
                 pupil_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Leerlingen beheren")
        fit_to_screen(self, 1000, 760)
        self.pupils = PupilsPage(session)
        self.groups = GroupsPage(session)
        self.staff = StaffPage(session)
        self.groups.changed.connect(self.pupils.reload)
        tabs = self.tabs = named_tabs("Leerlingen, groepen en medewerkers")
        tabs.addTab(self.pupils, "Leerlingen")
        tabs.addTab(self.groups, "Groepen")
        tabs.addTab(self.staff, "Medewerkers")
        layout = QVBoxLayout(self)
        note = QLabel("Opslaan legt een wijziging direct vast in de kluis en in het "
                      "auditlogboek.")
        layout.addWidget(note)
        layout.addWidget(tabs, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText("Sluiten (Esc)")
        close.rejected.connect(self.reject)
        # "... is opgeslagen." after every save (widgets.tell), as in the main window;
        # beside Sluiten: on a line of its own, empty until a save, it was an empty band
        # of ~45 px at 12 pt on a laptop (walks s34, s35).
        self._status = QStatusBar()
        self._status.setSizeGripEnabled(False)
        self._status.setAccessibleName("Melding")
        bottom = QHBoxLayout()
        bottom.addWidget(self._status, 1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        # Escape or Sluiten asks before typing in any tab is dropped (not when the lock
        # closes the dialog); its state is read from the pages, never the dialog. Each
        # page says itself what counts as typed, so 'Concept weggooien' needs no reset.
        self.guard = CancelGuard(self, close, discarded=end_manage_drafts, state=partial(
            typed_anywhere, self.pupils, self.groups, self.staff))
        if pupil_id is not None:
            self.pupils.show_pupil(pupil_id)
        # What is typed is kept over the lock and quitting; a stored draft comes back now.
        self.pupils.drafts = keep_pupils_draft(self)
        keep_tab_drafts(self)
        # The keyboard starts where typing cannot change the pupil: in her form when
        # the IB came from her dossier, otherwise in the search field.
        focus_visibly(self.pupils.form.first_name if pupil_id is not None
                      else self.pupils.search)
        self._show_restored_tab()
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(partial(_find_pupil, tabs, self.pupils.search))

    def _show_restored_tab(self) -> None:
        """A draft that came back is in sight: the Leerlingen tab when it has one, else
        the first tab that has; the status bar names the other tabs with one."""
        pages = [p for p in (self.pupils, self.groups, self.staff) if p.drafts.showing_draft]
        if not pages:
            return
        if pages[0] is not self.pupils:
            self.tabs.setCurrentWidget(pages[0])
            focus_visibly(pages[0].typed_field())
        others = [self.tabs.tabText(self.tabs.indexOf(p)).replace("&", "") for p in pages[1:]]
        if others:
            where = "het tabblad" if len(others) == 1 else "de tabbladen"
            tell(self, f"Er staat ook een concept klaar op {where} {and_list(others)}.")

    def statusBar(self) -> QStatusBar:  # noqa: N802 - the name widgets.tell looks for
        return self._status
