"""The sociale kaart keeps the row being edited as a draft of no pupil (m0023; ui/form_drafts):
the idle lock closed the window and lost what was typed (s32).

One draft per vault: which row was edited (its id, or None for a new row) and what its
fields held. It comes back on that row (a new row when that one is gone) under
'Concept hersteld'; the guard then counts it as typed, so Escape, Sluiten, Nieuw or
another row ask first. Showing another row, a save or 'Weggooien' ends it. The state
functions get the dialog as an argument and never hold it (ui/dialogs.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zorgdesk.ui.form_drafts import DraftKeeper

if TYPE_CHECKING:
    from zorgdesk.services.session import Session
    from zorgdesk.ui.social_map.dialog import SocialMapDialog

DRAFT_FORM, DRAFT_KEY = "sociale_kaart", "regel"


def keep_entry_draft(dialog: SocialMapDialog, session: Session) -> DraftKeeper:
    keeper = DraftKeeper(dialog, DRAFT_FORM, dialog.layout(), 1, entry_state,
                         restore_entry_state)  # under the introduction
    keeper.bind(session.drafts, DRAFT_KEY, None)
    return keeper


def entry_state(dialog: SocialMapDialog) -> dict:
    return {"entry": dialog._current, "category": dialog.category.currentData(),
            "note": dialog.note.toPlainText(),
            **{key: edit.text() for key, edit in dialog.fields.items()}}


def restore_entry_state(dialog: SocialMapDialog, state: dict) -> None:
    """The row the draft was typed on (when it still exists), then the typed fields."""
    entry_id = state.get("entry")
    ids = {e.id: e for e in dialog._service.entries(include_inactive=True)}
    if isinstance(entry_id, int) and entry_id in ids:
        dialog._select_row_of(entry_id)
        dialog.show_entry(ids[entry_id])
    else:
        dialog._select_row_of(None)
        dialog.show_new()
    dialog.category.setCurrentIndex(max(dialog.category.findData(state.get("category")), 0))
    for key, edit in dialog.fields.items():
        edit.setText(str(state.get(key, "")))
    dialog.note.setPlainText(str(state.get("note", "")))


def drop_entry_draft(dialog: SocialMapDialog) -> None:
    """Weggooien (Escape, Sluiten, the window's X): the typing and its draft go."""
    if dialog.drafts is not None:
        dialog.drafts.settled()
