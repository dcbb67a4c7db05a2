"""Drafts of the signalenlijst 'Invullen' page (ui/form_drafts.py does the keeping).

Draft form "signalenlijst", key "<pupil id>:<catalogue id>" (a correction's check id is
in the fields).
"""

from __future__ import annotations

from zorgdesk.ui.form_drafts import DraftKeeper
from zorgdesk.ui.signals.fill import Draft, FillPage, ItemState


class FillDrafts:
    """The fill page keeps a draft per pupil and list in memory; this stores it."""

    def __init__(self, page: FillPage) -> None:
        self.page = page
        self.keeper = DraftKeeper(page, "signalenlijst", page.layout(), 0,
                                  self._state, self._restore)

    @staticmethod
    def _state(page: FillPage) -> dict:
        page._store_detail()
        draft = page.draft()
        return {
            "items": {item_id: [s.ticked, s.note, s.contra, s.logbook]
                      for item_id, s in draft.items.items()
                      if s.ticked or s.note or s.contra or s.logbook},
            "checked_on": page.checked_on.text(), "checked_by": page.checked_by.text(),
            "corrects": draft.corrects.id if draft.corrects else None}

    @staticmethod
    def _restore(page: FillPage, state: dict) -> None:
        draft = Draft()
        for item_id, (ticked, note, contra, logbook) in state.get("items", {}).items():
            draft.items[item_id] = ItemState(bool(ticked), str(note), bool(contra), str(logbook))
        if state.get("corrects") is not None:
            try:
                draft.corrects = page.service.check(int(state["corrects"]))
            except (LookupError, ValueError):
                draft.corrects = None  # the corrected list is gone: keep the ticks anyway
        page._drafts[(page.pupil_id, page.catalogue.id)] = draft
        page.checked_on.setText(str(state.get("checked_on", "")))
        page.checked_by.setText(str(state.get("checked_by", "")))
        page._rebuild()

    def leave(self) -> None:
        """Before the page switches pupil or list, or is wiped on lock: store."""
        self.keeper.unbind()

    def follow(self, session, pupil, catalogue) -> None:
        if session is not None and pupil is not None and catalogue is not None:
            self.keeper.bind(session.drafts, f"{pupil.id}:{catalogue.id}", pupil.id)

    def saved(self, session, pupil, catalogue) -> None:
        self.keeper.saved()
        self.follow(session, pupil, catalogue)  # the empty page for the next list
