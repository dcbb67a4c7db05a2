"""Plan and record one zorggesprek: planning, phases with guidance, SMART agreements.

On a refused save the dialog stays open with every typed value intact and a Dutch
message next to the field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
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
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.conversations.conversation import (
    Attendees,
    ConversationKind,
    Guardian,
    Phase,
    StaffMember,
    attendee_roles,
)
from zorgdesk.domain.conversations.draft import ConversationDraft, SignalPick
from zorgdesk.domain.conversations.smart import SmartAgreement
from zorgdesk.domain.people import IB_ROLE, Pupil
from zorgdesk.domain.social_map import warm_handover_text
from zorgdesk.domain.validation import FieldProblem, ValidationError
from zorgdesk.services.record_titles import (
    DISCUSSION_SOURCES,
    discussion_choices,
    discussion_text,
)
from zorgdesk.services.session import Session
from zorgdesk.ui.conversations.drafts import keep_conversation_draft
from zorgdesk.ui.conversations.smart_editor import SmartEditor
from zorgdesk.ui.field_errors import FieldErrors
from zorgdesk.ui.item_rows import show_rows
from zorgdesk.ui.record_picker import RecordPicker
from zorgdesk.ui.social_map.picker import SocialMapCombo
from zorgdesk.ui.widgets import (
    add_row,
    error_label,
    focus_first_field,
    named_tabs,
    show_error,
    tell,
)
from zorgdesk.ui.window_size import fit_to_screen, scrolling

DATA = Qt.ItemDataRole.UserRole


def _checklist(accessible: str, rows: int | None = None) -> QListWidget:
    """A list to tick; ``rows`` whole rows high (None: the caller sizes it)."""
    widget = QListWidget()
    widget.setAccessibleName(accessible)
    # A long name ends in '…' (whole in its tooltip) instead of a sideways scroll bar
    # that takes one of the few rows (walk s31, larger font).
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if rows is not None:
        show_rows(widget, rows)
    return widget


def _check_item(widget: QListWidget, text: str, data, checked: bool) -> None:
    item = QListWidgetItem(text)
    item.setToolTip(text)
    item.setData(DATA, data)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    widget.addItem(item)


def _checked(widget: QListWidget) -> list:
    return [widget.item(i).data(DATA) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class ConversationDialog(QDialog):
    def __init__(self, session: Session, pupil: Pupil, conversation_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = session.conversations
        self.pupil = pupil
        self.conversation_id = conversation_id
        self.form_text = self.service.form
        self.setWindowTitle(f"Zorggesprek — {pupil.display_name}")
        fit_to_screen(self, 860, 720)
        # Editing a field clears its message (the labels themselves live in self.errors).
        self.field_errors = FieldErrors()
        self.tabs = named_tabs("Onderdelen van het gesprek")
        self.tabs.addTab(scrolling(self._planning_page()), "&1 Planning en voorbereiding")
        self.tabs.addTab(scrolling(self._phases_page()), "&2 Gesprek")
        self.tabs.addTab(scrolling(self._agreements_page()), "&3 Afspraken")
        self.error = error_label("Fouten bij opslaan")
        self.field_errors.general = self.error
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("&Opslaan", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName("Gesprek opslaan")
        cancel = buttons.addButton("Annuleren", QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName("Annuleren")
        self.cancel_button = cancel
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if conversation_id is not None:
            self._load(self.service.draft(conversation_id))
        else:
            self._kind_changed()
        self.draft_keeper = keep_conversation_draft(self)  # after loading: typed text on top
        focus_first_field(self)

    # -- pages -----------------------------------------------------------------------

    def _planning_page(self) -> QWidget:
        """Page 1: what kind of conversation, when and where, who attends, what is to be
        discussed, and the preparation the protocol asks for."""
        self.errors: dict[str, QLabel] = {}
        self._make_when_and_where_fields()
        self._make_attendee_fields()
        self._make_discussion_fields()
        form = self._planning_form()
        self._add_notulist_warning(form)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self._preparation_box())
        return page

    def _make_when_and_where_fields(self) -> None:
        self.kind = QComboBox()
        for k in ConversationKind:
            self.kind.addItem(k.label, k.value)
        # Empty on purpose, unlike the logboek's and the signalenlijst's dates (walk s34
        # checked): a zorggesprek is mostly planned before it is held (page 1 is the
        # planning), and its date says whether it took place: the meldcode refuses a
        # talk dated in the future as its conversation with the parents. Today's date
        # left standing would record a planned talk as held today.
        self.on = QLineEdit()
        self.on.setPlaceholderText("dd-mm-jjjj")
        self.on.setToolTip("De dag van het gesprek: bij een gepland gesprek de afgesproken "
                           "dag, bij een gevoerd gesprek de dag waarop het plaatsvond.")
        self.at = QLineEdit()
        self.at.setPlaceholderText("uu:mm")
        self.place = QLineEdit()
        self.subject = QLineEdit()

    def _make_attendee_fields(self) -> None:
        """Who attends for the school (the IB ticked for a new conversation), which
        parents, and for a zwaar gesprek the notulist and the parents' spokesperson."""
        self.staff = _checklist("Aanwezig namens school", 5)
        ib = self.session.user_name
        # The IB is the vault's user, not necessarily in the staff list; usually present.
        _check_item(self.staff, f"{ib} ({IB_ROLE})", (ib, IB_ROLE),
                    self.conversation_id is None)
        for s in self.session.basedata.staff():
            if s.name == ib:
                continue
            _check_item(self.staff, f"{s.name} ({s.role})" if s.role else s.name,
                        (s.name, s.role), False)
        self.guardians = _checklist("Aanwezige ouders en verzorgers", 3)
        for g in self.session.basedata.guardians(self.pupil.id):
            _check_item(self.guardians, f"{g.name} ({g.relation})", (g.name, g.relation), True)
        self.notulist = QLineEdit()
        self.spokesperson = QLineEdit()

    def _make_discussion_fields(self) -> None:
        """What is to be discussed: records picked from the logboek and the
        signalenlijsten, and other signals typed one per line."""
        self.signal_picker = RecordPicker(
            "Te bespreken uit logboek en signalenlijsten",
            "Nog geen logboekregels of signalenlijsten voor deze leerling.")
        self.signal_picker.set_choices(discussion_choices(self.session, self.pupil.id))
        self.signals = QPlainTextEdit()
        self.signals.setTabChangesFocus(True)  # Tab moves on to the next field
        self.signals.setPlaceholderText("Andere signalen: één per regel, feitelijk beschreven.")
        self.signals.setMaximumHeight(70)

    def _planning_form(self) -> QFormLayout:
        """The planning fields in order, each with its error line."""
        form = QFormLayout()
        for label, widget, name, key in (
                ("Soo&rt gesprek:", self.kind, "Soort gesprek", "kind"),
                ("&Datum:", self.on, "Datum van het gesprek", "on"),
                ("&Tijd:", self.at, "Tijd van het gesprek", "at"),
                ("&Plaats:", self.place, "Plaats van het gesprek", "place"),
                ("O&nderwerp:", self.subject, "Onderwerp", "subject"),
                ("Namens s&chool:", self.staff, "Aanwezig namens school", "attendees"),
                ("O&uders/verzorgers:", self.guardians, "Aanwezige ouders en verzorgers",
                 None),
                ("Notu&list:", self.notulist, "Notulist", "notulist"),
                ("&Woordvoerder ouders:", self.spokesperson, "Woordvoerder van de ouders",
                 "spokesperson"),
                ("Uit logboek en signalenlijst&en:", self.signal_picker,
                 "Te bespreken uit logboek en signalenlijsten", None),
                ("Andere si&gnalen:", self.signals, "Andere te bespreken signalen",
                 "signals")):
            add_row(form, label, widget, name)
            if key:
                self.errors[key] = error_label(f"Fout bij {name.lower()}")
                form.addRow("", self.errors[key])
                self.field_errors.bind(key, self.errors[key], widget)
        self.notulist_caption = form.labelForField(self.notulist)
        self.spokesperson_caption = form.labelForField(self.spokesperson)
        return form

    def _add_notulist_warning(self, form: QFormLayout) -> None:
        """A notulist who also attends in another role is no independent third (l.5600):
        a warning under the notulist, kept up to date as the attendees change."""
        self.notulist_warning = QLabel()
        self.notulist_warning.setWordWrap(True)
        self.notulist_warning.setAccessibleName("Waarschuwing bij de notulist")
        self.notulist_warning.setStyleSheet("background: #fff4ce; padding: 4px;")
        self.notulist_warning.hide()
        form.insertRow(form.getWidgetPosition(self.notulist)[0] + 2, "", self.notulist_warning)
        self.notulist.textChanged.connect(self._check_notulist)
        self.staff.itemChanged.connect(self._check_notulist)
        self.guardians.itemChanged.connect(self._check_notulist)

    def _preparation_box(self) -> QGroupBox:
        """The protocol's preparation for this kind of conversation, to tick off."""
        self.preparation = _checklist("Voorbereiding")
        prep_box = QGroupBox("&Voorbereiding (uit het protocol)")
        box = QVBoxLayout(prep_box)
        box.addWidget(self.preparation)
        self.preparation.setMaximumHeight(170)
        self.preparation.setWordWrap(True)
        self.preparation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return prep_box

    def _phases_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.phase_edits: dict[str, QPlainTextEdit] = {}
        self.phase_guidance: dict[str, QLabel] = {}
        lsd = self.form_text.get("lsd_tip", {})
        for n, phase in enumerate(Phase, start=1):
            caption = QLabel(f"&{n + 3} {phase.title}")
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(f"Aantekeningen {phase.title}")
            caption.setBuddy(edit)
            guidance = QLabel()
            guidance.setWordWrap(True)
            guidance.setStyleSheet("color: #444;")
            guidance.setAccessibleName(f"Leidraad {phase.title}")
            layout.addWidget(caption)
            layout.addWidget(guidance)
            if phase is Phase.GESPREK and lsd:
                self.lsd_label = QLabel(f"<b>{lsd.get('title', '')}:</b> "
                                        + " – ".join(lsd.get("items", [])))
                self.lsd_label.setStyleSheet("background: #e8f1fb; padding: 4px;")
                # Wraps: on one line it made page 2 scroll sideways at 12 pt (walk s34).
                self.lsd_label.setWordWrap(True)
                self.lsd_label.setAccessibleName("Tip LSD")
                layout.addWidget(self.lsd_label)
            layout.addWidget(edit, 1)
            self.phase_edits[phase.value] = edit
            self.phase_guidance[phase.value] = guidance
        return page

    def _agreements_page(self) -> QWidget:
        page = QWidget()
        self.smart = SmartEditor(self.service.smart_findings)
        self.follow_up = QLineEdit()
        self.follow_up.setPlaceholderText("dd-mm-jjjj")
        form = QFormLayout()
        add_row(form, "Vo&lgend contact / evaluatie:", self.follow_up,
                "Datum volgend contact of evaluatie")
        self.errors["follow_up_on"] = error_label("Fout bij volgend contact")
        self.errors["agreements"] = error_label("Fout bij afspraken")
        form.addRow("", self.errors["follow_up_on"])
        self.field_errors.bind("follow_up_on", self.errors["follow_up_on"], self.follow_up)
        handover = QHBoxLayout()
        self.handover = SocialMapCombo()
        caption = QLabel("War&me overdracht naar:")
        caption.setBuddy(self.handover)
        self.handover.setAccessibleName("Warme overdracht naar (sociale kaart)")
        self.handover.set_choices(self.session.social_map.help_choices())
        self.handover_button = QPushButton("Als afspraak toevoegen")
        self.handover_button.setAccessibleName("Warme overdracht als afspraak toevoegen")
        self.handover_button.clicked.connect(self._add_handover)
        handover.addWidget(caption)
        handover.addWidget(self.handover, 1)
        handover.addWidget(self.handover_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.smart, 1)
        layout.addWidget(self.errors["agreements"])
        layout.addLayout(handover)
        layout.addLayout(form)
        return page

    def _add_handover(self) -> None:
        """A warm handover picked from the sociale kaart becomes an agreement to complete."""
        label = self.handover.picked()
        if label is None:
            self.handover.setFocus()
            return
        row = self.smart.add(SmartAgreement(what=warm_handover_text(label)))
        row.who.setFocus()

    # -- behaviour ---------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        zwaar = kind == ConversationKind.ZWAAR.value
        for widget in (self.notulist, self.spokesperson, self.notulist_caption,
                       self.spokesperson_caption):
            widget.setVisible(zwaar)
        done = set(_checked(self.preparation))
        self.preparation.clear()
        for item in self.form_text.get("preparation", {}).get(kind, []):
            _check_item(self.preparation, item["text"], item["key"], item["key"] in done)
        guidance = self.form_text.get("phase_guidance", {}).get(kind, {})
        for key, label in self.phase_guidance.items():
            label.setText("".join(f"• {t}<br>" for t in guidance.get(key, []))[:-4])
        if hasattr(self, "notulist_warning"):
            self._check_notulist()

    def _check_notulist(self, *_args) -> None:
        name = self.notulist.text()
        attendees = Attendees(staff=tuple(StaffMember(*v) for v in _checked(self.staff)),
                              guardians=tuple(Guardian(*v) for v in _checked(self.guardians)),
                              spokesperson=self.spokesperson.text())
        roles = attendee_roles(name, attendees) if name.strip() else []
        self.notulist_warning.setText(
            f"Let op: {name.strip()} is ook aanwezig als {' en '.join(roles)}. Een notulist "
            "hoort een onafhankelijke derde te zijn; de verslagen vermelden dat dit niet zo "
            "is." if roles else "")
        self.notulist_warning.setVisible(bool(roles) and not self.notulist.isHidden())

    def _load(self, d: ConversationDraft) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))
        self._kind_changed()
        self.on.setText(d.on.strftime("%d-%m-%Y") if isinstance(d.on, date) else d.on)
        self.at.setText(d.at)
        self.place.setText(d.place)
        self.subject.setText(d.subject)
        self.notulist.setText(d.notulist)
        self.spokesperson.setText(d.spokesperson)
        self._set_checked(self.staff, d.staff, lambda v: v[0])
        self._set_checked(self.guardians, d.guardians, lambda v: v[0])
        picked = {(s.source, s.ref_id): s for s in d.signals
                  if s.source in DISCUSSION_SOURCES and s.ref_id is not None}
        self.signal_picker.clear_checks()
        for key in picked:
            self.signal_picker.set_checked(key)
        self._picked = picked  # saved texts stay as recorded; they are not rewritten
        self.signals.setPlainText("\n".join(s.text for s in d.signals
                                            if (s.source, s.ref_id) not in picked))
        self._signal_refs = {s.text: s for s in d.signals}
        for i in range(self.preparation.count()):
            item = self.preparation.item(i)
            item.setCheckState(Qt.CheckState.Checked if d.preparation.get(item.data(DATA))
                               else Qt.CheckState.Unchecked)
        for key, edit in self.phase_edits.items():
            edit.setPlainText(d.phase_notes.get(key, ""))
        self.smart.set_agreements(d.agreements)
        f = d.follow_up_on
        self.follow_up.setText(f.strftime("%d-%m-%Y") if isinstance(f, date) else (f or ""))

    @staticmethod
    def _set_checked(widget: QListWidget, values, key) -> None:
        wanted = {tuple(v)[0] for v in values}
        present = set()
        for i in range(widget.count()):
            item = widget.item(i)
            name = key(item.data(DATA))
            present.add(name)
            item.setCheckState(Qt.CheckState.Checked if name in wanted
                               else Qt.CheckState.Unchecked)
            saved = next((tuple(v) for v in values if v[0] == name), None)
            if saved:  # keep the role as it was recorded
                item.setData(DATA, saved)
        for v in values:  # someone no longer in the base data stays on the record
            if v[0] not in present:
                _check_item(widget, v[0], tuple(v), True)

    def set_read_only(self) -> None:
        """A handed-out report is shown, not edited: text stays selectable and readable."""
        self.draft_keeper.stop(revert=True)  # a frozen record takes no draft
        for cls in (QLineEdit, QPlainTextEdit):
            for edit in self.findChildren(cls):
                edit.setReadOnly(True)
        for cls in (QComboBox, QCheckBox, QPushButton):
            for widget in self.findChildren(cls):
                if widget is not self.cancel_button:
                    widget.setEnabled(False)
        for widget in (self.staff, self.guardians, self.preparation, self.signal_picker):
            for i in range(widget.count()):
                item = widget.item(i)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        for row in self.smart.rows:  # hints are for writing; the record is fixed now
            row.hints.hide()
        self.smart.empty_note.setText("Er zijn geen afspraken vastgelegd.")
        self.cancel_button.setText("&Sluiten")
        self.setWindowTitle(self.windowTitle() + " (uitgereikt, alleen lezen)")

    def draft(self, problems: list[FieldProblem]) -> ConversationDraft:
        refs = getattr(self, "_signal_refs", {})
        saved = getattr(self, "_picked", {})
        picked = tuple(saved.get(key) or SignalPick(key[0], key[1], discussion_text(
            self.session, key[0], key[1])) for key in self.signal_picker.checked_ids())
        signals = picked + tuple(
            refs.get(line.strip(), SignalPick("tekst", None, line.strip()))
            for line in self.signals.toPlainText().splitlines() if line.strip())
        zwaar = self.kind.currentData() == ConversationKind.ZWAAR.value
        return ConversationDraft(
            kind=self.kind.currentData(), on=self.on.text(), at=self.at.text(),
            place=self.place.text(), subject=self.subject.text(),
            staff=tuple(tuple(v) for v in _checked(self.staff)),
            guardians=tuple(tuple(v) for v in _checked(self.guardians)),
            notulist=self.notulist.text() if zwaar else "",
            spokesperson=self.spokesperson.text() if zwaar else "",
            signals=signals,
            preparation={k: True for k in _checked(self.preparation)},
            phase_notes={k: e.toPlainText() for k, e in self.phase_edits.items()},
            follow_up_on=self.follow_up.text(),
            agreements=self.smart.agreements(problems))

    def save(self) -> None:
        for label in self.errors.values():
            show_error(label, "")
        show_error(self.error, "")
        problems: list[FieldProblem] = []
        draft = self.draft(problems)
        try:
            if problems:
                raise ValidationError(problems)
            if self.conversation_id is None:
                self.conversation_id = self.service.plan(self.pupil.id, draft)
            else:
                self.service.update(self.conversation_id, draft)
        except ValidationError as exc:
            self._show(exc)
            return
        except ValueError as exc:  # frozen meanwhile
            show_error(self.error, str(exc))
            return
        self.draft_keeper.saved()
        if self.parentWidget() is not None:  # as every form that closes on Opslaan
            tell(self.parentWidget(), "Het zorggesprek is opgeslagen.")
        self.accept()

    def _show(self, exc: ValidationError) -> None:
        rest = []
        for problem in exc.problems:
            label = self.errors.get(problem.field)
            if label is None:
                rest.append(problem.message)
            else:
                show_error(label, " ".join(filter(None, [label.text() if not label.isHidden()
                                                         else "", problem.message])))
        show_error(self.error, "Het gesprek is niet opgeslagen: zie de meldingen bij de velden. "
                   + " ".join(rest))
        shown = {k for k, label in self.errors.items() if not label.isHidden()}
        if shown - {"agreements", "follow_up_on"}:
            self.tabs.setCurrentIndex(0)
        elif shown:
            self.tabs.setCurrentIndex(2)
        # The cursor at the first field with a message (walk s35: it stayed wherever Qt
        # put it when page 3 went away, in a field that was fine).
        self.field_errors.focus_first()
