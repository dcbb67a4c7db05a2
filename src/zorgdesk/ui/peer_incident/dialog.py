"""Leerling > Incidenten tussen leerlingen: every incident, its pupils and what is open.

Left the incidents; right the chosen incident: the pupils with their role and flag,
what is still needed (the seed's order), the history, and the next step. A step opens
a :class:`StepDialog`; the Vlaggensysteem opens the existing :class:`FlagDialog`; a
letter is shown as PDF (preview, print, save).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.peer_incident import (
    ROLE_LABELS,
    missing_for_actieplan,
    missing_for_close,
)
from zorgdesk.domain.peer_incident.descriptions import describe, event_date
from zorgdesk.domain.people import Pupil
from zorgdesk.services.session import Session
from zorgdesk.ui.dialogs import run_modal
from zorgdesk.ui.pdf_preview import PdfPreviewDialog
from zorgdesk.ui.peer_incident.actions import start_incident, submit_step
from zorgdesk.ui.peer_incident.step_dialog import StepDialog
from zorgdesk.ui.peer_incident.steps import START, STEP_KINDS, STEPS
from zorgdesk.ui.signals.flag_dialog import FLAG_DRAFT, FlagDialog
from zorgdesk.ui.step_picker import StepPicker
from zorgdesk.ui.unsaved import DraftPlace, draft_of_no_pupil, draft_place
from zorgdesk.ui.widgets import action_button, narrow_combo, refusal_text
from zorgdesk.ui.window_size import fit_to_screen

ID_ROLE = Qt.ItemDataRole.UserRole
DRAFT_FORM = "incident"  # drafts of the step forms (ui/form_drafts.py)


class IncidentsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 incident_id: int | None = None, pupil_id: int | None = None) -> None:
        """``pupil_id``: opened from this pupil's dossier; a new incident offers her as
        its first pupil involved (walk s30: the IB had to look her up again)."""
        super().__init__(parent)
        self.setWindowTitle("Incidenten tussen leerlingen — ZorgDesk")
        self.session = session
        self.from_pupil = pupil_id
        self.started_here: set[int] = set()  # incidents registered in this dialog
        self.service = session.peer_incidents
        self.due_preset: dict[str, str] = {}
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._incident_list())
        splitter.addWidget(self._incident_panel())
        splitter.setSizes([260, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        for button in (self.new_button, self.record_button, self.letter_button,
                       self.group_letter_button):
            button.setAutoDefault(False)
        fit_to_screen(self, 980, 560)
        self.reload(incident_id)
        # The keyboard starts at the due step (Alt+L records it), else at the list.
        (self.step if self.picker.due is not None else self.incidents).setFocus()

    # -- building ------------------------------------------------------------------

    def _incident_list(self) -> QWidget:
        """The left side: every incident, and Nieuw incident under them."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        caption = QLabel("&Incidenten:")
        self.incidents = QListWidget()
        self.incidents.setAccessibleName("Incidenten")
        self.incidents.setWordWrap(True)
        caption.setBuddy(self.incidents)
        self.incidents.currentRowChanged.connect(self._show)
        left_layout.addWidget(caption)
        left_layout.addWidget(self.incidents, 1)
        self.new_button = action_button("&Nieuw incident…", "Nieuw incident", self._new)
        left_layout.addWidget(self.new_button)
        return left

    def _incident_panel(self) -> QWidget:
        """The right side: the chosen incident's pupils, what is still needed, its
        history, the next step and the letters."""
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Betrokken leerlingen")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.open_points = QLabel()
        self.open_points.setWordWrap(True)
        self.open_points.setAccessibleName("Nog nodig")
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.open_points)
        history_caption = QLabel("&Verloop:")
        self.history = QListWidget()
        self.history.setAccessibleName("Verloop van het incident")
        self.history.setWordWrap(True)
        history_caption.setBuddy(self.history)
        right_layout.addWidget(history_caption)
        right_layout.addWidget(self.history, 1)
        right_layout.addLayout(self._next_step_form())
        right_layout.addLayout(self._letter_buttons())
        return right

    def _next_step_form(self) -> QFormLayout:
        """Leerling and Stap, with Vastleggen beside the step."""
        form = QFormLayout()
        self.pupil = narrow_combo(QComboBox(), 20)
        self.pupil.setAccessibleName("Leerling")
        self.pupil.currentIndexChanged.connect(self._mark_steps)
        pupil_caption = QLabel("Leerlin&g:")
        pupil_caption.setBuddy(self.pupil)
        self.step = narrow_combo(QComboBox(), 24)
        self.step.setAccessibleName("Volgende stap")
        titles = [step.title + (" (per leerling)" if step.per_pupil else "")
                  for step in STEPS]
        for title, step in zip(titles, STEPS, strict=True):
            self.step.addItem(title, step.action)
        step_caption = QLabel("&Stap:")
        step_caption.setBuddy(self.step)
        row = QHBoxLayout()
        row.addWidget(self.step, 1)
        self.record_button = action_button("Vast&leggen…", "Stap vastleggen", self._record)
        row.addWidget(self.record_button)
        self.step_note = QLabel()
        self.step_note.setWordWrap(True)
        self.step_note.setAccessibleName("Toelichting bij de stap")
        self.picker = StepPicker(self.step, self.step_note, self.record_button, titles)
        form.addRow(pupil_caption, self.pupil)
        form.addRow(step_caption, row)
        form.addRow("", self.step_note)
        return form

    def _letter_buttons(self) -> QHBoxLayout:
        """The letters to the parents (one pupil's, the group's) and Sluiten."""
        buttons = QHBoxLayout()
        self.letter_button = action_button("&Brief als PDF…", "Brief aan ouders als PDF",
                                           self._letter)
        buttons.addWidget(self.letter_button)
        self.group_letter_button = action_button("Brief aan de g&roep als PDF…",
                                                 "Brief aan ouders van de groep als PDF",
                                                 self._group_letter)
        buttons.addWidget(self.group_letter_button)
        buttons.addStretch(1)
        close = QPushButton("Sl&uiten")
        close.setAccessibleName("Sluiten")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        return buttons

    # -- showing -------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        self.stored = {s.id: s for s in self.service.all()}
        self.incidents.blockSignals(True)
        self.incidents.clear()
        for s in sorted(self.stored.values(), key=lambda s: (s.state.occurred_on, s.id),
                        reverse=True):
            status = "afgesloten" if s.state.closed else "open"
            count = len(s.state.pupils)
            item = QListWidgetItem(f"{s.state.occurred_on:%d-%m-%Y} · {status}\n"
                                   f"{s.state.location}\n{count} "
                                   f"{'leerling' if count == 1 else 'leerlingen'}")
            item.setData(ID_ROLE, s.id)
            self.incidents.addItem(item)
        self.incidents.blockSignals(False)
        rows = [self.incidents.item(i).data(ID_ROLE) for i in range(self.incidents.count())]
        self.incidents.setCurrentRow(rows.index(select) if select in rows else
                                     (0 if rows else -1))
        self._show(self.incidents.currentRow())

    def current_id(self) -> int | None:
        item = self.incidents.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _show(self, _row: int = -1) -> None:
        incident_id = self.current_id()
        has = incident_id is not None
        for widget in (self.pupil, self.step, self.record_button, self.letter_button):
            widget.setEnabled(has)
        self.group_letter_button.setEnabled(
            has and bool(self.stored[incident_id].state.group_letters))
        self.history.clear()
        self.pupil.blockSignals(True)
        self.pupil.clear()
        self.pupil.blockSignals(False)
        if not has:
            self.summary.setText("Nog geen incidenten. Kies 'Nieuw incident…'.")
            self.open_points.clear()
            self.picker.show([None] * len(STEPS), None, "")
            return
        stored = self.stored[incident_id]
        state, names = stored.state, self.service.names(stored)
        lines = []
        for p in state.pupils.values():
            flag = f", vlag {p.flag}" if p.flag else ""
            spoken = "ouders gesproken" if p.parents_spoken_on else "ouders nog niet gesproken"
            letters = f", {len(p.letters)} brief" if p.letters else ""
            lines.append(f"{names[p.pupil_id]}: {ROLE_LABELS[p.role]}{flag}; {spoken}"
                         f"{letters}")
            self.pupil.blockSignals(True)
            self.pupil.addItem(names[p.pupil_id], p.pupil_id)
            self.pupil.blockSignals(False)
        self.summary.setText("Betrokken leerlingen: " + ("; ".join(lines) or "nog geen") + ".")
        if state.closed:
            todo = ["Afgesloten."]
        elif state.actieplan is None:
            todo = missing_for_actieplan(state, names)
        else:
            todo = missing_for_close(state, names)
        if state.active_rules is not None:
            todo.append(f"Volgende evaluatie omgangsregels: "
                        f"{state.active_rules.next_evaluation:%d-%m-%Y}.")
        self.open_points.setText("Nog nodig: " + " ".join(todo) if todo else
                                 "Alles voor afsluiten is vastgelegd.")
        for event in stored.incident.events:
            self.history.addItem(f"{event_date(event):%d-%m-%Y}  {describe(event, names)}")
        self._mark_steps(select=True)

    def _mark_steps(self, _index: int = -1, select: bool = False) -> None:
        """Choose the due step (and its pupil) with ``select``; mark and explain every
        step that cannot be recorded now for the chosen pupil."""
        incident_id = self.current_id()
        if incident_id is None:
            return
        stored = self.stored[incident_id]
        due = self.service.next_step(stored)
        if select and due is not None and due.pupil_id is not None:
            found = self.pupil.findData(due.pupil_id)
            self.pupil.blockSignals(True)
            self.pupil.setCurrentIndex(found if found >= 0 else self.pupil.currentIndex())
            self.pupil.blockSignals(False)
        blocked = self.service.blocked_steps(stored, self.pupil.currentData())
        kinds = [STEP_KINDS[step.action] for step in STEPS]
        due_index = kinds.index(due.kind) if due is not None else None
        self.due_preset = dict(due.preset) if due is not None else {}
        self.picker.show([blocked[kind] for kind in kinds], due_index,
                         due.why if due is not None else "", select=select)
        self._offer_letter(stored)

    def _offer_letter(self, stored) -> None:
        """Brief als PDF only once a letter to the chosen pupil's parents is recorded;
        otherwise the reason, with the step to take (walk s30: the button answered
        only 'nog geen brief vastgelegd', in place of the open points)."""
        pupil_id = self.pupil.currentData()
        involved = stored.state.pupils.get(pupil_id)
        if involved is not None and involved.letters:
            reason = ""
        else:
            name = self.pupil.currentText() or "deze leerling"
            reason = (f"Nog geen brief voor de ouders van {name}: leg eerst de stap 'Brief "
                      "aan de ouders (per leerling)' vast (Stap, Alt+S, dan Vastleggen).")
        self.letter_button.setEnabled(not reason)
        self.letter_button.setToolTip(reason or "De brief aan de ouders van de gekozen "
                                      "leerling bekijken, afdrukken of opslaan.")
        self.letter_button.setAccessibleDescription(reason)

    # -- acting --------------------------------------------------------------------

    def _new(self) -> None:
        result: dict = {}
        offered = self._pupil_to_offer(())
        draft = (draft_place(self.session, DRAFT_FORM, f"nieuw:{offered.id}", offered.id)
                 if offered is not None  # else started with no dossier open: no pupil's
                 else draft_of_no_pupil(self.session, DRAFT_FORM, "nieuw"))
        dialog = StepDialog(START, partial(start_incident, self.service, result),
                            self.session.today, defaults={"leader": self.session.user_name},
                            subtitle=self._from_pupil_note(), parent=self, draft=draft)
        run_modal(dialog)
        if "incident_id" in result:
            self.started_here.add(result["incident_id"])
            self.reload(result["incident_id"])
            self.step.setFocus()

    def _record(self) -> None:
        incident_id = self.current_id()
        if incident_id is None:
            return
        step = STEPS[self.step.currentIndex()]
        pupil_id = self.pupil.currentData() if step.per_pupil else None
        pupil_name = self.pupil.currentText()
        if step.per_pupil and pupil_id is None:
            self.open_points.setText("Voeg eerst een betrokken leerling toe.")
            return
        if step.action == "flag":
            self._flag(incident_id, pupil_id, pupil_name)
            return
        subtitle = f"Leerling: {pupil_name}" if step.per_pupil else ""
        defaults = self._defaults(incident_id)
        if self.step.currentIndex() == self.picker.due:
            defaults.update(self.due_preset)  # e.g. the consultation that is due
        dialog = StepDialog(step, partial(submit_step, self.service, incident_id, pupil_id,
                                          step.action), self.session.today,
                            subtitle=subtitle, choices=self._choices(incident_id),
                            defaults=defaults, parent=self,
                            draft=self._step_draft(incident_id, step.action, pupil_id))
        saved = bool(run_modal(dialog))
        if not self.session.vault.is_open:
            return  # the vault locked while the form was open; its draft is kept
        self.reload(incident_id)
        self.step.setFocus()  # on the step that is due now
        if saved and step.action == "letter":
            self._show_letter(incident_id, pupil_id)
        if saved and step.action == "group_letter":
            self._group_letter()

    def _step_draft(self, incident_id: int, action: str,
                    pupil_id: int | None) -> DraftPlace | None:
        """A step's draft, per incident, step and (for a step per pupil) pupil; it belongs
        to that pupil, else to the dossier's pupil when she is involved (after unlocking
        her dossier's status bar names it), else to the first pupil involved."""
        key = f"{incident_id}:{action}" + (f":{pupil_id}" if pupil_id is not None else "")
        involved = self.stored[incident_id].pupil_ids
        owners = (pupil_id,) if pupil_id is not None else (
            self.from_pupil if self.from_pupil in involved else None, *involved,
            self.from_pupil)
        return draft_place(self.session, DRAFT_FORM, key, *owners)

    def _from_pupil_note(self) -> str:
        """Said on the new incident's form when it was opened from a pupil's dossier."""
        pupil = self._pupil_to_offer(())
        return (f"Geopend vanuit het dossier van {pupil.display_name}: bij 'Betrokken "
                f"leerling toevoegen' staat {pupil.first_name} al gekozen."
                if pupil is not None else "")

    def _pupil_to_offer(self, involved) -> Pupil | None:
        """The pupil of the dossier this was opened from, while she is at school and not
        yet involved."""
        if self.from_pupil is None or self.from_pupil in involved:
            return None
        return next((p for p in self.session.basedata.pupils() if p.id == self.from_pupil),
                    None)

    def _defaults(self, incident_id: int) -> dict[str, str]:
        """The group of the first pupil involved, as 'groep 4' (a group, never a name);
        the pupil of the dossier it was opened from as the pupil to add, only on an
        incident registered here from that dossier: on another incident chosen in the
        list she has no part yet, and a preset choice would add her by accident."""
        offer = (self._pupil_to_offer(self.stored[incident_id].pupil_ids)
                 if incident_id in self.started_here else None)
        found = {"pupil": str(offer.id)} if offer is not None else {}
        return found | self._group_default(incident_id)

    def _group_default(self, incident_id: int) -> dict[str, str]:
        for pupil_id in self.stored[incident_id].pupil_ids:
            try:
                group = self.session.basedata.pupil(pupil_id).group_name
            except LookupError:
                continue
            if group:
                if group.casefold().startswith("groep"):  # 'Groep 3': mid-sentence
                    group = group[5:].strip()
                return {"incident_group": f"groep {group}"}
        return {}

    def _choices(self, incident_id: int) -> dict:
        involved = set(self.stored[incident_id].pupil_ids)
        # With the group: a large school has several 'Daan Bakker's (walk s30).
        pupils = ((None, "— kies een leerling —"), *(
            (str(p.id), f"{p.display_name} ({p.group_name})" if p.group_name
             else p.display_name) for p in self.session.basedata.pupils()
            if p.id not in involved))  # no pupil chosen by accident
        organisations = (("", "(geen)"), *((e.label, e.label)
                                           for e in self.session.social_map.entries()))
        return {"pupil": pupils, "organisation": organisations}

    def _flag(self, incident_id: int, pupil_id: int, pupil_name: str) -> None:
        dialog = FlagDialog(self.session.signals, pupil_id, pupil_name,
                            self.session.user_name, self, draft=draft_place(
                                self.session, FLAG_DRAFT, f"incident:{incident_id}:{pupil_id}",
                                pupil_id))
        run_modal(dialog)
        if not self.session.vault.is_open:
            return  # the vault locked while the form was open
        if dialog.saved_id is not None:  # a plain attribute: readable after release
            try:
                self.service.link_flag(incident_id, pupil_id, dialog.saved_id)
            except ValueError as error:
                self.open_points.setText(refusal_text(error))
                return
        self.reload(incident_id)
        self.step.setFocus()

    def _letter(self) -> None:
        incident_id, pupil_id = self.current_id(), self.pupil.currentData()
        if incident_id is None or pupil_id is None:
            return
        self._show_letter(incident_id, pupil_id)

    def _group_letter(self) -> None:
        incident_id = self.current_id()
        if incident_id is None:
            return
        try:
            data = self.service.group_letter_pdf(incident_id)
        except ValueError as error:
            self.open_points.setText(refusal_text(error))
            return
        run_modal(PdfPreviewDialog("Brief aan de ouders van de groep", data,
                                   f"brief-groep-incident-{incident_id}.pdf", self))

    def _show_letter(self, incident_id: int, pupil_id: int) -> None:
        try:
            data = self.service.letter_pdf(incident_id, pupil_id)
        except ValueError as error:
            self.open_points.setText(refusal_text(error))
            return
        run_modal(PdfPreviewDialog("Brief aan de ouders", data,
                                   f"brief-ouders-incident-{incident_id}.pdf", self))
