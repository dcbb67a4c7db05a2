"""'Nieuwe observatie' and 'Notitie corrigeren': the logboek entry form.

Facts and interpretation are separate fields; the interpretation is set apart in a
labelled, coloured box. Objectivity hints are advice only. On an error every typed
character stays and the message appears next to the field.

What is typed is kept as a draft like in every form (:mod:`entry_drafts`, a
``DraftKeeper``): stored while typing, put back when the form opens again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.logbook import (
    INTERPRETATION_LABEL,
    OBSERVATION_DOMAINS,
    EntryKind,
    LogbookEntry,
    LogbookEntryDraft,
    SignalledBy,
    Source,
)
from zorgdesk.domain.people import Pupil
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.errors import VaultError
from zorgdesk.services.session import Session
from zorgdesk.ui.field_errors import FieldErrors
from zorgdesk.ui.form_drafts import drop_form_typing
from zorgdesk.ui.logbook.entry_drafts import entry_state, keep_entry_draft
from zorgdesk.ui.logbook.hint_edit import NAMES_ONLY, HintTextEdit, style_as_interpretation
from zorgdesk.ui.logbook.parent_rows import AgreementRows, ContactRows
from zorgdesk.ui.pupil_checklist import PupilChecklist
from zorgdesk.ui.unsaved import CancelGuard
from zorgdesk.ui.widgets import add_row, error_label, show_error, show_first_problem, tell
from zorgdesk.ui.window_size import fit_to_screen


class EntryDialog(QDialog):
    """New entry for ``pupil``; with ``entry_id`` + ``current`` it saves a correction.

    ``on_request``: the corrected text for a granted request of the parents. Nothing is
    saved here: the checked form is kept in ``collected`` (a plain value) and the answer
    to the request replaces the entry's versions with it (its draft stays until then).
    """

    def __init__(self, session: Session, pupil: Pupil, parent: QWidget | None = None,
                 entry_id: int | None = None, current: LogbookEntry | None = None,
                 on_request: bool = False) -> None:
        super().__init__(parent)
        self.session, self.pupil, self.entry_id = session, pupil, entry_id
        self.saved_id: int | None = None
        self.on_request = on_request and entry_id is not None
        self.collected: LogbookEntryDraft | None = None
        correcting = entry_id is not None and not self.on_request
        self.setWindowTitle(
            f"Notitie verbeteren op verzoek van de ouders — {pupil.display_name}"
            if self.on_request else f"Notitie corrigeren — {pupil.display_name}" if correcting
            else f"Nieuwe observatie — {pupil.display_name}")
        fit_to_screen(self, 760, 820)
        self._others = [p for p in session.basedata.pupils(include_inactive=True)
                        if p.id != pupil.id]
        self.field_errors = FieldErrors()
        self._fields: dict[str, QWidget] = {}  # field name -> its input, in form order
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form

        other_names = tuple(p.display_name for p in self._others)  # a value, not a method
        self._build_when_and_who(session)
        self._build_what_happened(other_names)
        self._build_follow_up(other_names)
        self._lay_out_rows(correcting)
        self._lay_out_dialog()
        if current is not None:
            self.fill(current)
        self.drafts = keep_entry_draft(self)  # after fill(): a draft goes over the entry
        self.opened_state = entry_state(self)  # what a 'Weggooien' goes back to
        if entry_id is not None:
            # Correcting a saved entry (Corrigeren, or Verbeteren on the parents' request):
            # Escape or Annuleren asks before typed changes go, like every form whose
            # typing would otherwise be lost from sight (walk s30).
            self.guard = CancelGuard(self, self.buttons, discarded=drop_form_typing)
            # After 'Concept weggooien' the form shows what it held without the draft:
            # nothing counts as typed then.
            self.drafts.discard_button.clicked.connect(self.guard.reset)
        self.situation.setFocus()

    # -- building the form -----------------------------------------------------------

    def _build_when_and_who(self, session: Session) -> None:
        """Kind of entry, date, time, place and who signalled it."""
        self.kind = QComboBox()
        for kind in EntryKind:
            self.kind.addItem(str(kind), str(kind))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        today = session.logbook.today
        self.entry_date = QLineEdit(f"{today:%d-%m-%Y}")
        self.entry_date.setPlaceholderText("dd-mm-jjjj")
        self.entry_time = QLineEdit()
        self.entry_time.setPlaceholderText("uu:mm")
        self.location = QLineEdit()
        self.signalled_by = QComboBox()
        self.signalled_by.setEditable(True)
        self.signalled_by.addItem("", None)
        for staff in session.basedata.staff():
            self.signalled_by.addItem(staff.name, str(staff.id))
        # A new observation is usually the IB's own: she is preselected when she is a
        # staff member (a correction shows the entry's own value, set further on).
        self.signalled_by.setCurrentIndex(max(0, self.signalled_by.findText(
            session.user_name, Qt.MatchFlag.MatchFixedString)))

    def _build_what_happened(self, other_names: tuple[str, ...]) -> None:
        """Domain, facts, interpretation, a third party's source, who else is involved."""
        self.domain = QComboBox()
        self.domain.addItem("— kies een gebied —", None)
        for key, label in OBSERVATION_DOMAINS.items():
            self.domain.addItem(label, key)
        self.situation = HintTextEdit("Situatie", other_names, min_height=110)
        self.situation.edit.setPlaceholderText(
            "Wat heb je gezien of gehoord? Hoe groot, hoe vaak? Alleen feiten.")
        # In the interpretation field a suspicion is in its place: only names and
        # diagnoses (which still need a BIG-registered source) are hinted there.
        self.interpretation = HintTextEdit("Interpretatie of vermoeden", other_names,
                                           kinds=NAMES_ONLY)
        self.interpretation.edit.setPlaceholderText(
            "Alleen invullen als het een interpretatie, vermoeden of verhaal van iemand "
            "anders is.")
        self.third_party = QCheckBox("Deze informatie komt van &iemand anders")
        self.source = QLineEdit()
        self.source.setPlaceholderText("Wie vertelde het? (bijv. buurvrouw)")
        self.source_consent = QCheckBox("De bron geeft toestemming om dit &vast te leggen")
        self.involved = QLineEdit()
        self.involved.setPlaceholderText("Initialen, gescheiden door komma's: J.D., A.B.")
        # A model-backed list with a search field: 1,500 pupils cost no widget items.
        self.also_pupils = PupilChecklist(
            [(other.id, f"{name} ({other.group_name or 'geen groep'})")
             for other, name in zip(self._others, other_names, strict=True)],
            "Betreft ook andere leerlingen")

    def _build_follow_up(self, other_names: tuple[str, ...]) -> None:
        """Action and agreements; contacts and agreements with the parents; the reason of
        a correction."""
        self.action = HintTextEdit("Actie", other_names)
        self.agreements = HintTextEdit("Afspraken", other_names)
        self.steps = QLineEdit()
        self.contacts = ContactRows(self.field_errors)
        self.parent_agreements = AgreementRows(self.field_errors)
        self.parents_informed = QComboBox()
        for value, caption_text in (("", "— niet ingevuld —"), ("ja", "ja"), ("nee", "nee")):
            self.parents_informed.addItem(caption_text, value)
        self.parents_informed_note = QLineEdit()
        self.parents_informed_note.setPlaceholderText(
            "hoe en wanneer, of waarom (nog) niet")
        self.counter_signal = QCheckBox(
            "&Contra-signaal: deze informatie spreekt de zorg tegen")
        self.reason = QLineEdit()

    def _lay_out_rows(self, correcting: bool) -> None:
        """Every field in form order, each with its error label under it."""
        form = self.form
        self._row("Soort &notitie:", self.kind, "Soort notitie", "kind")
        self._row("&Datum:", self.entry_date, "Datum", "entry_date")
        self._row("&Tijd:", self.entry_time, "Tijd", "entry_time")
        self._row("&Locatie:", self.location, "Locatie", "location")
        self._row("&Gesignaleerd door:", self.signalled_by, "Gesignaleerd door", "signalled_by")
        self._row("&Observatiegebied:", self.domain, "Observatiegebied", "domain")
        self._row("&Situatie (feiten):", self.situation, "Situatie", "situation")
        box = QGroupBox(INTERPRETATION_LABEL)
        box.setAccessibleName(INTERPRETATION_LABEL)
        style_as_interpretation(box)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.interpretation)
        interp_label = QLabel("Inte&rpretatie:")
        interp_label.setBuddy(self.interpretation.edit)
        form.addRow(interp_label, box)
        self._add_error("interpretation", "Fout bij interpretatie", self.interpretation.edit)
        form.addRow("", self.third_party)
        self._row("&Bron:", self.source, "Bron", "source")
        form.addRow("", self.source_consent)
        self._row("Betro&kkenen:", self.involved, "Betrokkenen (initialen)", "involved")
        self._row("Betre&ft ook:", self.also_pupils, "Betreft ook andere leerlingen",
                  "pupil_ids")
        self._row("&Actie:", self.action, "Actie", "action")
        self._row("Afs&praken:", self.agreements, "Afspraken", "agreements")
        self._row("Stappen bi&j niet nakomen:", self.steps, "Stappen bij niet nakomen",
                  "steps_if_not_kept")
        contacts_caption = add_row(form, "Contacten &met ouders:", self.contacts,
                                   "Contacten met ouders")
        contacts_caption.setBuddy(self.contacts.rows[0]["contact_date"])
        agreements_caption = add_row(form, "Afspraken met o&uders:", self.parent_agreements,
                                     "Afspraken met ouders")
        agreements_caption.setBuddy(self.parent_agreements.rows[0]["text"])
        self._row("&Zijn de ouders geïnformeerd?", self.parents_informed,
                  "Zijn de ouders geïnformeerd", "parents_informed")
        self._row("Toelic&hting:", self.parents_informed_note,
                  "Ouders geïnformeerd: toelichting", "parents_informed_note")
        form.addRow("", self.counter_signal)
        if correcting:
            self._row("R&eden van de correctie:", self.reason, "Reden van de correctie",
                      "reason")

    def _lay_out_dialog(self) -> None:
        """The form in a scroll area, the general message under it, Opslaan/Annuleren."""
        form = self.form
        self.general_error = error_label("Foutmelding")
        self.field_errors.general = self.general_error
        content = QWidget()
        content.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        buttons = self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                                  | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("Opslaan (Ctrl+S)")
        self.save_button.setAccessibleName("Opslaan")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    def _kind_changed(self, _index: int) -> None:
        child = self.kind.currentData() == str(EntryKind.CHILD_CONVERSATION)
        self.situation.edit.setPlaceholderText(
            "Wat vertelde het kind? Zo letterlijk mogelijk, met uw vragen erbij. Alleen wat "
            "gezegd is; uw indruk hoort bij de interpretatie." if child else
            "Wat heb je gezien of gehoord? Hoe groot, hoe vaak? Alleen feiten.")

    # -- layout helpers --------------------------------------------------------------

    def _row(self, label: str, widget: QWidget, accessible: str, field: str) -> None:
        target = widget.edit if isinstance(widget, HintTextEdit) else widget
        caption = add_row(self.form, label, widget, accessible)
        caption.setBuddy(target)
        target.setAccessibleName(accessible)
        self._fields[field] = target
        self._add_error(field, f"Fout bij {accessible.lower()}", target)

    def _add_error(self, field: str, accessible: str, widget: QWidget) -> None:
        label = error_label(accessible)
        self.form.addRow("", label)
        self.field_errors.bind(field, label, widget)

    # -- data ------------------------------------------------------------------------

    def fill(self, entry: LogbookEntry) -> None:
        self.entry_date.setText(f"{entry.entry_date:%d-%m-%Y}")
        self.entry_time.setText(f"{entry.entry_time:%H:%M}" if entry.entry_time else "")
        self.location.setText(entry.location)
        if entry.signalled_by.staff_id:
            self.signalled_by.setCurrentIndex(
                max(0, self.signalled_by.findData(entry.signalled_by.staff_id)))
        else:
            self.signalled_by.setEditText(entry.signalled_by.name or "")
        self.domain.setCurrentIndex(max(0, self.domain.findData(entry.domain)))
        self.situation.setText(entry.situation)
        self.interpretation.setText(entry.interpretation)
        if entry.source is not None:
            self.third_party.setChecked(True)
            self.source_consent.setChecked(entry.source.consent)
            self.source.setText(entry.source.description if entry.source.consent else "")
        self.involved.setText(", ".join(entry.involved))
        self.also_pupils.set_checked_ids(int(p) for p in entry.pupil_ids)
        self.also_pupils.setEnabled(False)  # a correction keeps the same pupils
        self.action.setText(entry.action)
        self.agreements.setText(entry.agreements)
        self.steps.setText(entry.steps_if_not_kept)
        self.contacts.set_values(entry.parent_contacts)
        self.parent_agreements.set_values(entry.parent_agreements)
        self.parents_informed.setCurrentIndex(
            max(0, self.parents_informed.findData(str(entry.parents_informed))))
        self.parents_informed_note.setText(entry.parents_informed_note)
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(entry.kind))))
        self.counter_signal.setChecked(entry.counter_signal)

    def draft(self) -> LogbookEntryDraft:
        pupils = [str(self.pupil.id)] + [str(i) for i in self.also_pupils.checked_ids()]
        typed = self.signalled_by.currentText().strip()
        index = self.signalled_by.findText(typed, Qt.MatchFlag.MatchFixedString)
        staff_id = self.signalled_by.itemData(index) if index > 0 else None
        signalled = SignalledBy(staff_id=staff_id) if staff_id else SignalledBy(name=typed)
        contacts = self.contacts.values()
        agreements = self.parent_agreements.values()
        third = self.third_party.isChecked()
        return LogbookEntryDraft(
            pupil_ids=tuple(pupils), entry_date=self.entry_date.text(),
            entry_time=self.entry_time.text(), location=self.location.text(),
            signalled_by=signalled, situation=self.situation.text(),
            interpretation=self.interpretation.text(), from_third_party=third,
            # Without consent the domain keeps only "bron zonder toestemming".
            source=Source(self.source.text(), self.source_consent.isChecked()) if third else None,
            involved=tuple(p for p in (x.strip() for x in self.involved.text().split(",")) if p),
            action=self.action.text(), agreements=self.agreements.text(),
            steps_if_not_kept=self.steps.text(), parent_contacts=contacts,
            parent_agreements=agreements, domain=self.domain.currentData(),
            counter_signal=self.counter_signal.isChecked(),
            parents_informed=self.parents_informed.currentData(),
            parents_informed_note=self.parents_informed_note.text(),
            kind=self.kind.currentData())

    def show_errors(self, errors: list[tuple[str, str]]) -> None:
        # The draft leaves empty rows out: number the messages by the rows on screen.
        errors = [(self.parent_agreements.on_screen(self.contacts.on_screen(f)), m)
                  for f, m in errors]
        unplaced = self.field_errors.show(errors)
        count = len(errors)
        # First the message below the form: it takes height from the form's view, so the
        # scroll to the first problem comes after it (else that message was cut off).
        show_error(self.general_error,
                   " ".join(unplaced) or (
                       "Controleer 1 veld; de melding staat bij het veld." if count == 1
                       else f"Controleer {count} velden; de meldingen staan bij de velden.")
                   + " Er is niets verloren gegaan.")
        labels = self.field_errors.labels
        first = next((key for key, label in labels.items() if label.text()), None)
        if first is not None:
            show_first_problem(labels[first], self._fields.get(first))

    def save(self) -> None:
        try:
            if self.on_request:
                self.session.logbook.validated(self.draft())  # Dutch errors, nothing saved
                self.collected = self.draft()
                self.drafts.save_now()  # kept until the answer replaces the entry
                self.accept()
                return
            if self.entry_id is None:
                self.saved_id = self.session.logbook.add_entry(self.draft())
            else:
                self.session.logbook.correct_entry(self.entry_id, self.draft(), self.reason.text())
                self.saved_id = self.entry_id
        except ValidationError as exc:
            self.show_errors(exc.problems)
            self.drafts.save_now()
            return
        except VaultError as exc:  # full disk, read-only copy, damaged file: said in Dutch
            show_error(self.general_error, str(exc))
            self.drafts.save_now()  # best effort; the text stays in the form regardless
            return
        self.drafts.saved()
        if self.parentWidget() is not None:
            tell(self.parentWidget(), "De logboeknotitie is opgeslagen." if self.entry_id is None
                 else "De correctie is opgeslagen; de vorige versie blijft zichtbaar in de "
                 "geschiedenis.")
        self.accept()
