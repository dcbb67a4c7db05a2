"""Actions of the Logboek tab (:class:`zorgdesk.ui.logbook.tab.LogbookTab`): the dialogs it opens.

A mixin: new entry, correction, history, progress note, zienswijze, correction requests,
sharing and the inzage dossier. The tab owns the widgets, session and pupil.
"""

from __future__ import annotations

from zorgdesk.domain.progress import Progress
from zorgdesk.services.today.deadlines import AGREEMENT_EVALUATION, CORRECTION_REQUEST
from zorgdesk.ui.background import Cancelled, run_in_background
from zorgdesk.ui.dialogs import open_dialog, run_modal
from zorgdesk.ui.logbook.dialogs import (
    AgreementEvaluationDialog,
    AnswerRequestDialog,
    CorrectionRequestDialog,
    HistoryDialog,
    SharingDialog,
    ZienswijzeDialog,
)
from zorgdesk.ui.logbook.entry_form import EntryDialog
from zorgdesk.ui.logbook.progress_dialog import ProgressDialog
from zorgdesk.ui.logbook.request_choice import RequestChoiceDialog
from zorgdesk.ui.logbook.sharing_prompt import preview_with_sharing
from zorgdesk.ui.pdf_preview import PdfPreviewDialog
from zorgdesk.ui.widgets import tell

LETTER_BASIS = "Verzoek van ouders om correctie of verwijdering (AVG)"


class LogbookActionsMixin:
    """Uses the tab's session, pupil, buttons, ``current_entry_id()``, ``set_context()``."""

    # -- actions ---------------------------------------------------------------------

    def _selected(self) -> list[int]:
        entry_id = self.current_entry_id()
        return [entry_id] if entry_id is not None else []

    def new_entry(self) -> EntryDialog | None:
        if self.session is None or self.pupil is None:
            return None
        dialog = EntryDialog(self.session, self.pupil, self)
        self._run_entry_dialog(dialog)
        return dialog

    def _run_entry_dialog(self, dialog: EntryDialog) -> None:
        self._entry_dialog = dialog
        accepted = run_modal(dialog)
        self._entry_dialog = None
        if accepted and self.session is not None:
            self.set_context(self.session, self.pupil)

    def correct_entry(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id is None or not self.correct_action.isEnabled():
            return
        current = self.session.logbook.history(entry_id).current.content
        dialog = EntryDialog(self.session, self.pupil, self, entry_id=entry_id, current=current)
        self._run_entry_dialog(dialog)

    def show_history(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id is not None:
            run_modal(HistoryDialog(self.session, entry_id, self))

    def add_progress(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id is None or not self.progress_action.isEnabled():
            return
        if run_modal(ProgressDialog(self.session, entry_id, self)):
            self._show_current()

    def add_zienswijze(self) -> None:
        if run_modal(ZienswijzeDialog(self.session, self.pupil.id, self._selected(), self)):
            self.set_context(self.session, self.pupil)

    def add_request(self) -> None:
        if run_modal(CorrectionRequestDialog(self.session, self.pupil.id, self._selected(),
                                             self)):
            self.set_context(self.session, self.pupil)

    def answer_request(self, request_id: int | None = None) -> PdfPreviewDialog | None:
        """Answer an open correction request: that one (Vandaag), or the one the IB
        picks when several are open."""
        open_requests = self._open_requests(request_id)
        if not open_requests:
            return None
        request = self._choose_request(
            open_requests, "Welk verzoek beantwoordt u?",
            f"Er staan {len(open_requests)} verzoeken van ouders open. Kies het verzoek dat "
            "u nu beantwoordt (pijltjestoetsen en Enter).")
        if request is None:
            return None
        dialog = AnswerRequestDialog(self.session, request, self)
        answered = run_modal(dialog) and dialog.answered_id  # a plain value, read after
        if not answered:
            return None
        self.set_context(self.session, self.pupil)
        return self.show_answer_letter(answered)

    def show_answer_letter(self, request_id: int | None = None) -> PdfPreviewDialog | None:
        """The written answer to the parents (the last answered request by default)."""
        if request_id is None:
            answered = [r for r in self.session.parents.correction_requests(self.pupil.id)
                        if not r.is_open]
            chosen = self._choose_request(
                answered[::-1], "Welke antwoordbrief?",
                "Kies het beantwoorde verzoek waarvan u de brief wilt zien (pijltjestoetsen "
                "en Enter).") if answered else None
            if chosen is None:
                return None
            request_id = int(chosen.request_id)
        pdf = self.session.request_answers.letter_pdf(request_id)
        request = self.session.parents.correction_request(request_id)
        # Printed or saved, the letter leaves the vault: into the sharing trail (what by
        # kind and date only), addressed to who asked, on the parents' request.
        dialog = preview_with_sharing(
            self.session, self.pupil.id,
            f"Antwoordbrief op het verzoek om correctie of verwijdering van "
            f"{request.received:%d-%m-%Y}", "Antwoord aan de ouders", pdf,
            f"antwoord-verzoek-{self.pupil.display_name}.pdf", self,
            shared_with=request.requested_by, basis=LETTER_BASIS)
        open_dialog(dialog)
        return dialog

    def evaluate_agreement(self) -> None:
        entry_id = self.current_entry_id()
        if entry_id is None or not self.evaluate_action.isEnabled():
            return
        if run_modal(AgreementEvaluationDialog(self.session, entry_id, self)):
            self._show_current()

    def _choose_request(self, requests: list, title: str, question: str):
        """The only request, or the one the IB picks from several (None: cancelled)."""
        if len(requests) == 1:
            return requests[0]
        dialog = RequestChoiceDialog(requests, title, question, self)
        run_modal(dialog)
        chosen = dialog.chosen_id  # a plain value, read after the dialog is gone
        return next((r for r in requests if int(r.request_id) == chosen), None)

    def _open_requests(self, request_id: int | None = None) -> list:
        return [r for r in self.session.parents.correction_requests(self.pupil.id)
                if r.is_open and (request_id is None or str(r.request_id) == str(request_id))]

    def open_step(self, record_id: int, step: str) -> None:
        """Vandaag: open the record itself (the answer form of a correction request, or
        the evaluation form of the agreement with parents the row is about)."""
        if self.session is None or self.pupil is None:
            return
        if step == AGREEMENT_EVALUATION:
            if not self.show_record(record_id):
                tell(self, "Deze notitie staat niet in de lijst: wis eerst de zoek- en "
                           "filtervelden van het logboek.")
            elif self.evaluate_action.isEnabled():
                self.evaluate_agreement()
            else:
                tell(self, "Deze afspraak met de ouders is al geëvalueerd.")
            return
        if step != CORRECTION_REQUEST:
            return
        if not self._open_requests(record_id):
            tell(self, "Dit verzoek om correctie is al beantwoord.")
            return
        self.answer_request(record_id)

    def record_sharing(self) -> None:
        run_modal(SharingDialog(self.session, self.pupil.id, parent=self))

    def dossier_pdf(self) -> bytes:
        """Read on this thread, rendered in a worker (a big dossier takes seconds)."""
        render = self.session.logbook.dossier.renderer(self.pupil.id)
        return run_in_background(self, "Dossier afdrukken", "Het dossier wordt opgemaakt…",
                                 lambda progress: _checked(render(), progress))

    def print_dossier(self) -> PdfPreviewDialog | None:
        if self.session is None or self.pupil is None:
            return None
        try:
            pdf = self.dossier_pdf()
        except Cancelled:
            return None
        # Handing the dossier out is a disclosure: it belongs in the sharing trail.
        dialog = preview_with_sharing(
            self.session, self.pupil.id, "Inzage dossier logboek",
            f"Dossier {self.pupil.display_name}", pdf,
            f"dossier-{self.pupil.display_name}.pdf", self)
        return open_dialog(dialog)


def _checked(pdf: bytes, progress: Progress) -> bytes:
    progress.check()  # cancelled while it was made: nothing is shown
    return pdf
