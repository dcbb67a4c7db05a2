"""How the 'Aanvullingen over het verloop' of a logboek entry are shown (the form is
:class:`zorgdesk.ui.logbook.dialogs.ProgressDialog`)."""

from __future__ import annotations

from html import escape

from zorgdesk.domain.logbook import ProgressNote, SuspicionOutcome
from zorgdesk.services.logbook.progress import OUTCOME_LABELS


def progress_html(notes: list[ProgressNote]) -> str:
    """The additions under an entry in the detail pane, oldest first."""
    if not notes:
        return ""
    parts = ["<h4>Aanvullingen over het verloop</h4>"]
    for note in notes:
        when = f"{note.note_date:%d-%m-%Y}" + (f" {note.note_time:%H:%M}" if note.note_time
                                                else "")
        outcome = (f"<br><i>{escape(OUTCOME_LABELS[note.outcome])}.</i>"
                   if note.outcome is not SuspicionOutcome.NONE else "")
        text = escape(note.text).replace("\n", "<br>")
        parts.append(f"<p><b>{when}</b> — {escape(note.author)}<br>{text}{outcome}</p>")
    return "".join(parts)
