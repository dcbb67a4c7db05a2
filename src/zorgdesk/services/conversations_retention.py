"""Which zorggesprek rows leave with a pupil whose retention period has passed.

Registered parent-first (the retention service deletes children-first).
"""

from __future__ import annotations

from zorgdesk.services.retention import register_pupil_table

_OWN = "conversation_id IN (SELECT id FROM conversation WHERE pupil_id = :pupil_id)"


def register() -> None:
    register_pupil_table("conversation", "pupil_id = :pupil_id", append_only=True)
    for child in ("conversation_status_event", "conversation_addendum", "conversation_scan",
                  "conversation_action_event"):
        register_pupil_table(child, _OWN, append_only=True)


register()
