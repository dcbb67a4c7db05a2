"""Attachments leave the vault with their pupil at the end of the retention period.

Listed last in services/retention_plans.py: tables are emptied children-first, so the
attachments go before the records they hang on.
"""

from __future__ import annotations

from zorgdesk.services.retention import PupilTable, RetentionPlan

RETENTION_PLAN = RetentionPlan(tables=(
    PupilTable("attachment", "pupil_id = :pupil_id", append_only=True),
    PupilTable("attachment_removal", "attachment_id IN (SELECT id FROM attachment"
               " WHERE pupil_id = :pupil_id)", append_only=True),
))
