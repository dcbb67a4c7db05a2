"""Which zorggesprek rows leave with a pupil whose retention period has passed, and
how the departing pupil's name leaves the zorggesprekken of pupils who stay.

Listed parent-first (the retention service deletes children-first).

A handed-out report is frozen by a trigger (m0006). Its stored text is still
rewritten here: ``name_rewrite`` drops the freeze trigger and recreates it in the
same transaction, the seal trigger re-seals the row, and the row stays frozen. The
signed paper (and its scan, an image) is the legal original and is not touched.
"""

from __future__ import annotations

from zorgdesk.services.name_rewrite import TextColumns, rewrite_all
from zorgdesk.services.retention import PupilTable, RecordTable, RetentionPlan

_OWN = "conversation_id IN (SELECT id FROM conversation WHERE pupil_id = :pupil_id)"


def _owner(table: str) -> str:
    return f"(SELECT c.pupil_id FROM conversation c WHERE c.id = {table}.conversation_id)"


TEXT_COLUMNS = (
    TextColumns("conversation", "pupil_id", text=("subject", "place"),
                json=("attendees_json", "signals_json", "phase_notes_json",
                      "agreements_json"),
                skip_keys=frozenset({"source", "id", "by_when"})),
    TextColumns("conversation_status_event", _owner("conversation_status_event"),
                text=("signer", "place", "parents_view")),
    TextColumns("conversation_addendum", _owner("conversation_addendum"), text=("text",)),
    TextColumns("conversation_action_event", _owner("conversation_action_event"),
                text=("note",)),
    # The scan itself is an image: its file name can be rewritten, its pixels cannot.
    TextColumns("conversation_scan", _owner("conversation_scan"), text=("filename",)),
)


def remove_from_other_conversations(vault, cur, pupil) -> None:
    rewrite_all(vault, cur, pupil, TEXT_COLUMNS)


RETENTION_PLAN = RetentionPlan(
    tables=(PupilTable("conversation", "pupil_id = :pupil_id", append_only=True),
            *(PupilTable(child, _OWN, append_only=True)
              for child in ("conversation_status_event", "conversation_addendum",
                            "conversation_scan", "conversation_action_event"))),
    before_delete=(remove_from_other_conversations,))


# What leaves the vault when the IB grants the removal of one zorggesprek, children
# first: its signatures, addenda, scans, action-point events and its waiting drafts (the
# freeze trigger of a handed-out report is dropped and recreated like the append-only
# ones). Attachments are added by the caller.
CONVERSATION_REMOVAL = (
    # The plan/record dialog's draft and those of the small forms about the report.
    RecordTable("form_draft", "(form = 'gesprek' AND draft_key = 'gesprek:' || :record_id)"
                " OR (form = 'verslag' AND draft_key IN ('uitreiken:' || :record_id,"
                " 'ondertekening:' || :record_id, 'aanvulling:' || :record_id))"),
    *(RecordTable(child, "conversation_id = :record_id", append_only=True)
      for child in ("conversation_status_event", "conversation_addendum",
                    "conversation_scan", "conversation_action_event")),
    RecordTable("conversation", "id = :record_id", append_only=True),
)
