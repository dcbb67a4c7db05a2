"""A staff-abuse dossier is about one pupil and leaves with that pupil."""

from __future__ import annotations

from zorgdesk.services.retention import PupilTable, RetentionPlan

RETENTION_PLAN = RetentionPlan(tables=(
    PupilTable("staff_abuse_case", "pupil_id = :pupil_id", append_only=True),
    PupilTable("staff_abuse_event",
               "case_id IN (SELECT id FROM staff_abuse_case WHERE pupil_id = :pupil_id)",
               append_only=True),
))
