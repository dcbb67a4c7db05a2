"""Corrections and saving of the 'Invullen' page (:class:`zorgdesk.ui.signals.fill.FillPage`).

A mixin: the widgets, drafts and ``_rebuild`` belong to the page itself.
"""

from __future__ import annotations

from zorgdesk.domain.signals.check import CheckDraft, SignalCheck, TickDraft, parse_logbook_ids
from zorgdesk.domain.validation import FieldProblem, ValidationError
from zorgdesk.ui import messages
from zorgdesk.ui.signals.fill_state import Draft, ItemState
from zorgdesk.ui.widgets import show_error, show_first_problem


class FillSavingMixin:
    """Uses the page's widgets, ``field_errors``, ``_item_errors``, ``_drafts``, ``draft()``,
    ``_rebuild()`` and ``item_for()``."""

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
            f"<b>U corrigeert lijst nr. {check.id} van {check.checked_on:%d-%m-%Y}.</b> De oude "
            "lijst blijft bewaard; de nieuwe vervangt hem in het verloop." if check else "")
        self.correction_banner.setVisible(check is not None)
        self.cancel_correction.setVisible(check is not None)

    # -- saving --------------------------------------------------------------------------

    def _clear_errors(self) -> None:
        self._item_errors.clear()
        self.field_errors.clear()
        for label in (self.note_error, self.logbook_error):
            show_error(label, "")

    def _show_item_errors(self) -> None:
        errors = self._item_errors
        show_error(self.note_error, errors.get(f"note:{self._current_id}", ""))
        show_error(self.logbook_error, errors.get(f"logbook:{self._current_id}", ""))

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
        self._clear_errors()
        self.status.clear()
        draft = self.draft()
        problems: list[FieldProblem] = []
        ticks = []
        for item in self.catalogue.items:
            state = draft.items.get(item.id)
            if state is None or not state.ticked:
                continue
            ids = parse_logbook_ids(state.logbook, f"logbook:{item.id}", problems)
            ticks.append(TickDraft(item.id, state.note, state.contra, ids))
        allow_empty = False
        if not problems and not ticks:
            allow_empty = self._confirm_empty()
            if not allow_empty:
                show_error(self.items_error, "Niets opgeslagen: vink minstens één signaal aan, "
                                             "of bevestig dat u een lege lijst wilt opslaan.")
                return None
        try:
            if problems:
                raise ValidationError(problems)
            check_id = self.service.save_check(self.pupil_id, CheckDraft(
                self.catalogue.id, self.checked_on.text(), self.checked_by.text(), tuple(ticks),
                draft.corrects.id if draft.corrects else None), allow_empty=allow_empty)
        except ValidationError as err:
            self._show_problems(err)
            return None
        self._drafts.pop((self.pupil_id, self.catalogue.id), None)
        self._rebuild()
        self.status.setText(f"Lijst opgeslagen (nr. {check_id}).")
        self.saved.emit(check_id)
        return check_id

    def _show_problems(self, err: ValidationError) -> None:
        """Each message at its field (a signal's own at its note or numbers); the cursor
        goes to the first signal with a problem, else to the first field of the list."""
        unplaced = self.field_errors.show(
            ("items" if p.field == "catalogue" else p.field, p.message)
            for p in err.problems if ":" not in p.field)
        if unplaced:
            show_error(self.items_error, " ".join(filter(None, [self.items_error.text(),
                                                                *unplaced])))
        self._item_errors.update({p.field: p.message for p in err.problems if ":" in p.field})
        if self._item_errors:
            kind, first = next(iter(self._item_errors)).split(":", 1)
            item = self.item_for(first)
            if item is not None:
                self.tree.setCurrentItem(item)
            self._show_item_errors()
            show_first_problem(self.logbook_error if kind == "logbook" else self.note_error,
                               self.logbook if kind == "logbook" else self.note)
        else:
            self.field_errors.focus_first()
