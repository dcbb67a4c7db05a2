"""Actions of the Logboek tab (:class:`zorgdesk.ui.logbook.tab.LogbookTab`): the dialogs it opens.

New entry, correction, history, progress note, zienswijze, correction requests, sharing
and the inzage dossier. :class:`LogbookActions` reads the tab only through
:class:`LogbookView` (session, pupil, the selected entry) and asks it to reload or to
show the selected entry again after a dialog changed something.
"""

from __future__ import annotations

import functools
from typing import Protocol

from PySide6.QtWidgets import QWidget

from zorgdesk.domain.people import Pupil
from zorgdesk.domain.progress import Progress
from zorgdesk.services.session import Session
from zorgdesk.services.today.deadlines import AGREEMENT_EVALUATION, CORRECTION_REQUEST
from zorgdesk.ui.background import Cancelled, read_in_background
from zorgdesk.ui.dialogs import open_dialog, run_modal
from zorgdesk.ui.logbook.dialogs import (
    AgreementEvaluationDialog,
    AnswerRequestDialog,
    CorrectionRequestDialog,
    HistoryDialog,
    ProgressDialog,
    SharingDialog,
    ZienswijzeDialog,
)
from zorgdesk.ui.logbook.entry_form import EntryDialog
from zorgdesk.ui.logbook.request_choice import RequestChoiceDialog
from zorgdesk.ui.logbook.sharing_prompt import preview_with_sharing
from zorgdesk.ui.pdf_preview import PdfPreviewDialog
from zorgdesk.ui.widgets import tell

LETTER_BASIS = "Verzoek van ouders om correctie of verwijdering (AVG)"


class LogbookView(Protocol):
    """What the actions read from the tab, and what they ask of it."""

    session: Session | None
    pupil: Pupil | None

    def current_entry_id(self) -> int | None:
        """The selected entry, if any."""

    def current_entry_is_own(self) -> bool:
        """Whether the selected entry is about the pupil shown (not a search hit of
        another pupil): only then may it be corrected or get a progress note."""

    def reload(self) -> None:
        """Read the pupil's logboek again (after something was stored)."""

    def show_current(self) -> None:
        """Show the selected entry again (after a progress note was added)."""

    def agreement_to_evaluate(self) -> bool:
        """Whether the selected entry has an agreement with parents still to evaluate."""

    def show_record(self, entry_id: int) -> bool:
        """Select that entry in the list; False when the list does not show it."""


class LogbookActions:
    """The Logboek tab's dialogs, parented to ``parent`` (the tab itself)."""

    def __init__(self, view: LogbookView, parent: QWidget) -> None:
        self.view = view
        self.parent = parent
        self.entry_dialog: EntryDialog | None = None  # while the entry form is open

    def _selected(self) -> list[int]:
        entry_id = self.view.current_entry_id()
        return [entry_id] if entry_id is not None else []

    def new_entry(self) -> EntryDialog | None:
        view = self.view
        if view.session is None or view.pupil is None:
            return None
        dialog = EntryDialog(view.session, view.pupil, self.parent)
        self._run_entry_dialog(dialog)
        return dialog

    def _run_entry_dialog(self, dialog: EntryDialog) -> None:
        self.entry_dialog = dialog
        accepted = run_modal(dialog)
        self.entry_dialog = None
        if accepted and self.view.session is not None:
            self.view.reload()

    def close_entry_dialog(self) -> None:
        """About to lock: keep the typing in the vault, then close the form."""
        dialog, self.entry_dialog = self.entry_dialog, None
        if dialog is not None:
            dialog.drafts.save_now()
            dialog.reject()

    def correct_entry(self) -> None:
        view = self.view
        entry_id = view.current_entry_id()
        if entry_id is None or not view.current_entry_is_own():
            return
        current = view.session.logbook.history(entry_id).current.content
        dialog = EntryDialog(view.session, view.pupil, self.parent, entry_id=entry_id,
                             current=current)
        self._run_entry_dialog(dialog)

    def show_history(self) -> None:
        entry_id = self.view.current_entry_id()
        if entry_id is not None:
            run_modal(HistoryDialog(self.view.session, entry_id, self.parent))

    def add_progress(self) -> None:
        entry_id = self.view.current_entry_id()
        if entry_id is None or not self.view.current_entry_is_own():
            return
        if run_modal(ProgressDialog(self.view.session, entry_id, self.parent)):
            self.view.show_current()

    def add_zienswijze(self) -> None:
        view = self.view
        if run_modal(ZienswijzeDialog(view.session, view.pupil.id, self._selected(),
                                      self.parent)):
            view.reload()

    def add_request(self) -> None:
        view = self.view
        if run_modal(CorrectionRequestDialog(view.session, view.pupil.id, self._selected(),
                                             self.parent)):
            view.reload()

    def answer_request(self, request_id: int | None = None) -> PdfPreviewDialog | None:
        """Answer an open correction request: that one (Vandaag), or the one the IB
        picks when several are open."""
        view = self.view
        open_requests = self._open_requests(request_id)
        if not open_requests:
            return None
        request = self._choose_request(
            open_requests, "Welk verzoek beantwoordt u?",
            f"Er staan {len(open_requests)} verzoeken van ouders open. Kies het verzoek dat "
            "u nu beantwoordt (pijltjestoetsen en Enter).")
        if request is None:
            return None
        dialog = AnswerRequestDialog(view.session, request, self.parent)
        answered = run_modal(dialog) and dialog.answered_id  # a plain value, read after
        if not answered:
            return None
        view.reload()
        return self.show_answer_letter(answered)

    def show_answer_letter(self, request_id: int | None = None) -> PdfPreviewDialog | None:
        """The written answer to the parents (the last answered request by default)."""
        session, pupil = self.view.session, self.view.pupil
        if request_id is None:
            answered = [r for r in session.parents.correction_requests(pupil.id)
                        if not r.is_open]
            chosen = self._choose_request(
                answered[::-1], "Welke antwoordbrief?",
                "Kies het beantwoorde verzoek waarvan u de brief wilt zien (pijltjestoetsen "
                "en Enter).") if answered else None
            if chosen is None:
                return None
            request_id = int(chosen.request_id)
        pdf = session.request_answers.letter_pdf(request_id)
        request = session.parents.correction_request(request_id)
        # Printed or saved, the letter leaves the vault: into the sharing trail (what by
        # kind and date only), addressed to who asked, on the parents' request.
        dialog = preview_with_sharing(
            session, pupil.id,
            f"Antwoordbrief op het verzoek om correctie of verwijdering van "
            f"{request.received:%d-%m-%Y}", "Antwoord aan de ouders", pdf,
            f"antwoord-verzoek-{pupil.display_name}.pdf", self.parent,
            shared_with=request.requested_by, basis=LETTER_BASIS)
        open_dialog(dialog)
        return dialog

    def evaluate_agreement(self) -> None:
        entry_id = self.view.current_entry_id()
        if entry_id is None or not self.view.agreement_to_evaluate():
            return
        if run_modal(AgreementEvaluationDialog(self.view.session, entry_id, self.parent)):
            self.view.show_current()

    def _choose_request(self, requests: list, title: str, question: str):
        """The only request, or the one the IB picks from several (None: cancelled)."""
        if len(requests) == 1:
            return requests[0]
        dialog = RequestChoiceDialog(requests, title, question, self.parent)
        run_modal(dialog)
        chosen = dialog.chosen_id  # a plain value, read after the dialog is gone
        return next((r for r in requests if int(r.request_id) == chosen), None)

    def _open_requests(self, request_id: int | None = None) -> list:
        view = self.view
        return [r for r in view.session.parents.correction_requests(view.pupil.id)
                if r.is_open and (request_id is None or str(r.request_id) == str(request_id))]

    def open_step(self, record_id: int, step: str) -> None:
        """Vandaag: open the record itself (the answer form of a correction request, or
        the evaluation form of the agreement with parents the row is about)."""
        view = self.view
        if view.session is None or view.pupil is None:
            return
        if step == AGREEMENT_EVALUATION:
            if not view.show_record(record_id):
                tell(self.parent, "Deze notitie staat niet in de lijst: wis eerst de zoek- en "
                                  "filtervelden van het logboek.")
            elif view.agreement_to_evaluate():
                self.evaluate_agreement()
            else:
                tell(self.parent, "Deze afspraak met de ouders is al geëvalueerd.")
            return
        if step != CORRECTION_REQUEST:
            return
        if not self._open_requests(record_id):
            tell(self.parent, "Dit verzoek om correctie is al beantwoord.")
            return
        self.answer_request(record_id)

    def record_sharing(self) -> None:
        run_modal(SharingDialog(self.view.session, self.view.pupil.id, parent=self.parent))

    def dossier_pdf(self) -> bytes:
        """Read and rendered in a worker on its own read-only connection (a big dossier
        takes seconds)."""
        return read_in_background(self.parent, "Dossier afdrukken",
                                  "Het dossier wordt opgemaakt…", self.view.session,
                                  functools.partial(_dossier_pdf, self.view.pupil.id))

    def print_dossier(self) -> PdfPreviewDialog | None:
        session, pupil = self.view.session, self.view.pupil
        if session is None or pupil is None:
            return None
        try:
            pdf = self.dossier_pdf()
        except Cancelled:
            return None
        # Handing the dossier out is a disclosure: it belongs in the sharing trail.
        dialog = preview_with_sharing(
            session, pupil.id, "Inzage dossier logboek", f"Dossier {pupil.display_name}", pdf,
            f"dossier-{pupil.display_name}.pdf", self.parent, print_title="Dossier logboek")
        return open_dialog(dialog)


def _dossier_pdf(pupil_id: int, reader, progress: Progress) -> bytes:
    render = reader.logbook.dossier.renderer(pupil_id)
    progress.check()
    return _checked(render(), progress)


def _checked(pdf: bytes, progress: Progress) -> bytes:
    progress.check()  # cancelled while it was made: nothing is shown
    return pdf
