"""The anonymous case keeps what the IB typed as a draft in the vault (ui/form_drafts.py):
the question to Veilig Thuis, what the school already did, the nicknames to remove and
her own removals and put-backs in the preview. The idle lock closed the window and lost
them (s32).

The draft belongs to the pupil the case is about (retention takes it along), one per
pupil (key: her id). An export (PDF or clipboard) uses what was typed: the draft goes.
The state functions get the dialog as an argument and never hold it (ui/dialogs.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zorgdesk.domain.anonymise.preview_decisions import ACTIONS, Decision
from zorgdesk.ui.form_drafts import DraftKeeper

if TYPE_CHECKING:
    from zorgdesk.ui.anonymise.dialog import AnonymiseDialog

DRAFT_FORM = "anonieme_casus"


def keep_case_draft(dialog: AnonymiseDialog) -> DraftKeeper:
    """Watch the dialog (its note on top); a stored draft comes back now."""
    keeper = DraftKeeper(dialog, DRAFT_FORM, dialog.layout(), 0, case_state,
                         restore_case_state)
    keeper.bind(dialog.session.drafts, str(dialog.pupil_id), dialog.pupil_id)
    return keeper


def case_state(dialog: AnonymiseDialog) -> dict:
    return {"question": dialog.question.toPlainText(),
            "actions": dialog.actions.toPlainText(),
            "nicknames": dialog.nicknames.toPlainText(),
            "decisions": [[d.action, d.text, d.at] for d in dialog.decisions]}


def restore_case_state(dialog: AnonymiseDialog, state: dict) -> None:
    """The typed texts and decisions back, then the preview built from them."""
    dialog.question.setPlainText(str(state.get("question", "")))
    dialog.actions.setPlainText(str(state.get("actions", "")))
    dialog.nicknames.setPlainText(str(state.get("nicknames", "")))
    dialog.decisions = [Decision(action, text, at)
                        for action, text, at in _triples(state.get("decisions"))
                        if action in ACTIONS and isinstance(text, str)
                        and isinstance(at, int)]
    dialog.rebuild()


def _triples(value) -> list:
    return [v for v in value if isinstance(v, list) and len(v) == 3] \
        if isinstance(value, list) else []
