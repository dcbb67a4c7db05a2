"""Which draft belongs to which form: the form-specific part of ui/form_drafts.py.

Kept here so the forms themselves grow by a line or two only.
Draft forms and keys (DraftService):
- "gesprek": "nieuw:<pupil id>" for a new zorggesprek, "gesprek:<id>" for an existing one;
- "signalenlijst": "<catalogue id>" (the pupil is the draft's pupil_id; "correctie:<check
  id>" is stored inside the fields);
- "meldcode": "<pupil id>:<EventKind name>", one per step form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zorgdesk.ui.form_drafts import DraftKeeper, restore, snapshot

if TYPE_CHECKING:
    from zorgdesk.ui.conversation_dialog import ConversationDialog
    from zorgdesk.ui.meldcode_tab import MeldcodeTab
    from zorgdesk.ui.signal_fill import FillPage

FORM_TITLES = {"gesprek": "Zorggesprek", "signalenlijst": "Signalenlijst",
               "meldcode": "Meldcode", "logboek": "Logboek"}


# -- zorggesprek ------------------------------------------------------------------------

def keep_conversation_draft(dialog: ConversationDialog) -> DraftKeeper:
    """The plan/record dialog; the number of SMART rows is part of the state."""
    def get_state() -> dict:
        return {"smart_rows": len(dialog.smart.rows), **snapshot(dialog)}

    def set_state(state: dict) -> None:
        wanted = state.get("smart_rows", len(dialog.smart.rows))
        while isinstance(wanted, int) and len(dialog.smart.rows) < min(wanted, 50):
            dialog.smart.add()
        while isinstance(wanted, int) and len(dialog.smart.rows) > wanted:
            dialog.smart._remove(dialog.smart.rows[-1])
        restore(dialog, state)

    keeper = DraftKeeper(dialog, "gesprek", dialog.layout(), 0, get_state, set_state)
    key = (f"gesprek:{dialog.conversation_id}" if dialog.conversation_id is not None
           else f"nieuw:{dialog.pupil.id}")
    keeper.bind(dialog.session.drafts, key, dialog.pupil.id)
    return keeper


def waiting_drafts_hint(session, pupil_id: int) -> str:
    """After unlocking: which forms of this pupil have input waiting (no content)."""
    forms = sorted({FORM_TITLES.get(d.form, d.form)
                    for d in session.drafts.for_pupil(pupil_id) if d.form == "gesprek"})
    if not forms:
        return ""
    return (f"Er staat een concept klaar ({', '.join(forms)}). Open het formulier opnieuw; "
            "de niet opgeslagen tekst staat er dan weer in.")
