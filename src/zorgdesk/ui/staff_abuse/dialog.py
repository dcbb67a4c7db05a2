"""Leerling > Vermoeden misbruik door een medewerker: the dossiers, their history, the
next step and the PDF. Only here: no other view or export shows these dossiers."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.staff_abuse import ACCESS_NOTE, describe, missing_to_close
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.session import Session
from zorgdesk.ui.dialogs import run_modal
from zorgdesk.ui.pdf_preview import PdfPreviewDialog
from zorgdesk.ui.peer_incident.step_dialog import StepDialog
from zorgdesk.ui.staff_abuse.steps import START, STEP_KINDS, STEPS
from zorgdesk.ui.step_picker import StepPicker
from zorgdesk.ui.unsaved import draft_of_no_pupil, draft_place
from zorgdesk.ui.widgets import action_button, narrow_combo
from zorgdesk.ui.window_size import fit_to_screen

ID_ROLE = Qt.ItemDataRole.UserRole
# Drafts of the step forms (ui/form_drafts.py); like the dossiers, shown only here.
DRAFT_FORM = "misbruik_medewerker"


def start_case(service, result: dict, values: dict[str, Any]) -> None:
    if values.get("pupil") is None:
        raise ValidationError([("pupil", "Kies de leerling om wie het gaat.")])
    v = dict(values)
    stored = service.start(int(v.pop("pupil")), **v)
    result["case_id"] = stored.id


def submit_step(service, case_id: int, action: str, values: dict[str, Any]) -> None:
    v = dict(values)
    if action == "establish":
        service.perform(case_id, action, v.pop("value") == "ja", **v)
    elif action == "consult":
        service.perform(case_id, action, v.pop("party"), **v)
    else:
        service.perform(case_id, action, **v)


class StaffAbuseDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 pupil_id: int | None = None) -> None:
        """``pupil_id``: opened from this pupil's dossier; a new case starts with her
        chosen (she can still be changed there)."""
        super().__init__(parent)
        self.setWindowTitle("Vermoeden misbruik door een medewerker — ZorgDesk")
        self.session, self.service = session, session.staff_abuse
        self.from_pupil = pupil_id
        self.due_preset: dict[str, str] = {}
        access = QLabel(ACCESS_NOTE)
        access.setWordWrap(True)
        access.setStyleSheet("color:#8a4b00; font-weight:bold;")
        top = QHBoxLayout()
        top.addLayout(self._case_list(), 1)
        top.addLayout(self._case_panel(), 3)
        layout = QVBoxLayout(self)
        layout.addWidget(access)
        layout.addLayout(top, 1)
        layout.addLayout(self._buttons())
        for button in (self.new_button, self.record_button, self.pdf_button):
            button.setAutoDefault(False)
        fit_to_screen(self, 940, 540)
        self.reload()
        # The keyboard starts at the due step (Alt+L records it), else at the list.
        (self.step if self.picker.due is not None else self.cases).setFocus()

    # -- building ------------------------------------------------------------------

    def _case_list(self) -> QVBoxLayout:
        """The left column: every dossier, and Nieuw dossier under them."""
        caption = QLabel("&Dossiers:")
        self.cases = QListWidget()
        self.cases.setAccessibleName("Dossiers")
        caption.setBuddy(self.cases)
        self.cases.currentRowChanged.connect(self._show)
        self.new_button = action_button("&Nieuw dossier…", "Nieuw dossier", self._new)
        left = QVBoxLayout()
        left.addWidget(caption)
        left.addWidget(self.cases, 1)
        left.addWidget(self.new_button)
        return left

    def _case_panel(self) -> QVBoxLayout:
        """The right column: what is still to do, the history, and the next step."""
        self.open_points = QLabel()
        self.open_points.setWordWrap(True)
        self.open_points.setAccessibleName("Nog te doen")
        history_caption = QLabel("&Verloop:")
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setAccessibleName("Verloop van het dossier")
        history_caption.setBuddy(self.history)
        self.step = narrow_combo(QComboBox(), 24)
        self.step.setAccessibleName("Volgende stap")
        for step in STEPS:
            self.step.addItem(step.title, step.action)
        self.step_note = QLabel()
        self.step_note.setWordWrap(True)
        self.step_note.setAccessibleName("Toelichting bij de stap")
        step_caption = QLabel("&Stap:")
        step_caption.setBuddy(self.step)
        self.record_button = action_button("Vast&leggen…", "Stap vastleggen", self._record)
        self.picker = StepPicker(self.step, self.step_note, self.record_button,
                                 [step.title for step in STEPS])
        row = QHBoxLayout()
        row.addWidget(step_caption)
        row.addWidget(self.step, 1)
        row.addWidget(self.record_button)
        right = QVBoxLayout()
        right.addWidget(self.open_points)
        right.addWidget(history_caption)
        right.addWidget(self.history, 1)
        right.addLayout(row)
        right.addWidget(self.step_note)
        return right

    def _buttons(self) -> QHBoxLayout:
        """The dossier as PDF at the left, Sluiten at the right."""
        self.pdf_button = action_button("&PDF…", "Dossier als PDF", self._pdf)
        close = QPushButton("Sl&uiten")
        close.setAccessibleName("Sluiten")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        return buttons

    def reload(self, select: int | None = None) -> None:
        names = {p.id: p.display_name for p in self.session.basedata.pupils(
            include_inactive=True)}
        self.stored = {c.id: c for c in self.service.all()}
        self.cases.blockSignals(True)
        self.cases.clear()
        for case in self.stored.values():
            status = "afgesloten" if case.state.closed else "open"
            item = QListWidgetItem(f"{names.get(case.pupil_id, '?')}\n"
                                   f"{case.state.reported_on:%d-%m-%Y} · {status}")
            item.setData(ID_ROLE, case.id)
            self.cases.addItem(item)
        self.cases.blockSignals(False)
        ids = list(self.stored)
        self.cases.setCurrentRow(ids.index(select) if select in ids else (0 if ids else -1))
        self._show()

    def current_id(self) -> int | None:
        item = self.cases.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _show(self, _row: int = -1) -> None:
        case_id = self.current_id()
        for widget in (self.step, self.record_button, self.pdf_button):
            widget.setEnabled(case_id is not None)
        self.history.clear()
        if case_id is None:
            self.open_points.setText("Nog geen dossiers.")
            self.picker.show([None] * len(STEPS), None, "")
            return
        stored = self.stored[case_id]
        state = stored.state
        todo = ["Afgesloten."] if state.closed else missing_to_close(state)
        self.open_points.setText("Nog te doen: " + " ".join(todo) if todo else
                                 "Alles is vastgelegd; u kunt afsluiten.")
        for event in state.events:
            self.history.addItem(describe(event))
        due, blocked = self.service.next_step(stored), self.service.blocked_steps(stored)
        kinds = [STEP_KINDS[step.action] for step in STEPS]
        self.due_preset = dict(due.preset) if due is not None else {}
        self.picker.show([blocked[kind] for kind in kinds],
                         kinds.index(due.kind) if due is not None else None,
                         due.why if due is not None else "")

    def _new(self) -> None:
        result: dict = {}
        pupils = ((None, "— kies een leerling —"),  # no pupil chosen by accident
                  *((str(p.id), p.display_name) for p in self.session.basedata.pupils()))
        pupil = self._dossier_pupil()
        chosen = {"pupil": str(pupil.id)} if pupil is not None else {}
        # From a dossier the form says so (as the incident form does) and keeps a draft
        # for that pupil; else a draft of no pupil (m0023).
        draft = (draft_place(self.session, DRAFT_FORM, f"nieuw:{pupil.id}", pupil.id)
                 if pupil is not None else draft_of_no_pupil(self.session, DRAFT_FORM, "nieuw"))
        run_modal(StepDialog(START, partial(start_case, self.service, result),
                             self.session.today, choices={"pupil": pupils}, defaults=chosen,
                             subtitle=self._from_pupil_note(pupil), parent=self, draft=draft))
        if "case_id" in result:
            self.reload(result["case_id"])
            self.step.setFocus()  # on the step that is due now

    def _dossier_pupil(self):
        """The pupil whose dossier this was opened from, while she is at school."""
        if self.from_pupil is None:
            return None
        return next((p for p in self.session.basedata.pupils() if p.id == self.from_pupil),
                    None)

    @staticmethod
    def _from_pupil_note(pupil) -> str:
        return (f"Geopend vanuit het dossier van {pupil.display_name}: bij 'Leerling' staat "
                f"{pupil.first_name} al gekozen." if pupil is not None else "")

    def _record(self) -> None:
        case_id = self.current_id()
        if case_id is None:
            return
        step = STEPS[self.step.currentIndex()]
        defaults = self.due_preset if self.step.currentIndex() == self.picker.due else {}
        pupil_id = self.stored[case_id].pupil_id
        draft = draft_place(self.session, DRAFT_FORM, f"{case_id}:{step.action}", pupil_id)
        run_modal(StepDialog(step, partial(submit_step, self.service, case_id, step.action),
                             self.session.today, defaults=defaults, parent=self, draft=draft))
        if not self.session.vault.is_open:
            return  # the vault locked while the form was open; its draft is kept
        self.reload(case_id)
        self.step.setFocus()  # on the step that is due now

    def _pdf(self) -> None:
        case_id = self.current_id()
        if case_id is None:
            return
        run_modal(PdfPreviewDialog("Dossier medewerker", self.service.pdf(case_id),
                                   f"dossier-medewerker-{case_id}.pdf", self))
