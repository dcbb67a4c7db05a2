"""Drafts of the zorggesprek plan/record dialog (ui/form_drafts.py does the keeping).

Draft form "gesprek", key "nieuw:<pupil id>" for a new zorggesprek, "gesprek:<id>" for an
existing one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from zorgdesk.ui.form_drafts import DraftKeeper, restore, snapshot

if TYPE_CHECKING:
    from zorgdesk.ui.conversations.dialog import ConversationDialog


def keep_conversation_draft(dialog: ConversationDialog) -> DraftKeeper:
    """The plan/record dialog; the number of SMART rows is part of the state."""
    # The state functions get the dialog as an argument: the keeper is the dialog's child
    # and must not hold it (ui/dialogs.py, rule 3).
    keeper = DraftKeeper(dialog, "gesprek", dialog.layout(), 0,
                         _conversation_state, _restore_conversation_state)
    key = (f"gesprek:{dialog.conversation_id}" if dialog.conversation_id is not None
           else f"nieuw:{dialog.pupil.id}")
    keeper.bind(dialog.session.drafts, key, dialog.pupil.id)
    return keeper


def _conversation_state(dialog: ConversationDialog) -> dict:
    return {"smart_rows": len(dialog.smart.rows), **snapshot(dialog)}


def _restore_conversation_state(dialog: ConversationDialog, state: dict) -> None:
    wanted = state.get("smart_rows", len(dialog.smart.rows))
    while isinstance(wanted, int) and len(dialog.smart.rows) < min(wanted, 50):
        dialog.smart.add()
    while isinstance(wanted, int) and len(dialog.smart.rows) > wanted:
        dialog.smart._remove(dialog.smart.rows[-1])
    restore(dialog, state)


def show_conversation_drafts(label: QLabel, session, pupil) -> None:
    """In the Zorggesprekken tab: which conversations have unsaved text waiting (also
    after a restart, when the app has no memory of what was open)."""
    waiting = ([d for d in session.drafts.for_pupil(pupil.id) if d.form == "gesprek"]
               if session is not None and pupil is not None and session.vault.is_open else [])
    which = []
    for draft in waiting:
        if draft.key.startswith("nieuw:"):
            which.append("een nieuw gesprek (kies Nieuw gesprek…)")
        else:
            try:
                stored = session.conversations.get(int(draft.key.split(":")[1]))
                which.append(f"het gesprek van {stored.gesprek.on:%d-%m-%Y} (kies Openen…)")
            except (LookupError, ValueError):
                continue
    label.setText("Er staat een niet opgeslagen concept klaar voor " + " en ".join(which)
                  + "." if which else "")
    label.setVisible(bool(which))
