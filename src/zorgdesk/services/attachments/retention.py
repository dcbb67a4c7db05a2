"""Attachments leave the vault with their pupil at the end of the retention period.

Listed last in services/retention_plans.py: tables are emptied children-first, so the
attachments go before the records they hang on.
"""

from __future__ import annotations

from zorgdesk.domain.attachments.records import RecordKind
from zorgdesk.services.retention import PupilTable, RecordTable, RetentionPlan

RETENTION_PLAN = RetentionPlan(tables=(
    PupilTable("attachment", "pupil_id = :pupil_id", append_only=True),
    PupilTable("attachment_removal", "attachment_id IN (SELECT id FROM attachment"
               " WHERE pupil_id = :pupil_id)", append_only=True),
))


def record_tables(record_kind: RecordKind) -> tuple[RecordTable, ...]:
    """The attachments of one record, children first: they go with a record that is
    removed on a granted request (services/logbook/request_answers.py)."""
    kind = RecordKind(record_kind).value  # an enum value, never typed text
    mine = f"record_kind = '{kind}' AND record_id = :record_id"
    return (
        RecordTable("attachment_removal",
                    f"attachment_id IN (SELECT id FROM attachment WHERE {mine})",
                    append_only=True),
        RecordTable("attachment", mine, append_only=True),
    )
