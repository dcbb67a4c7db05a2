"""The departing pupil's name leaves the signalenlijsten and flag assessments of the
pupils who stay, and the signal tables leave with the pupil.

Catalogue texts copied into a check (item text, group title) are not free text and
stay; the IB's notes per signal and the flag texts are rewritten.
"""

from __future__ import annotations

from zorgdesk.services.name_rewrite import TextColumns, rewrite_all
from zorgdesk.services.retention import PupilTable, RecordTable, RetentionPlan

TEXT_COLUMNS = (
    TextColumns("signal_check_item",
                "(SELECT c.pupil_id FROM signal_check c"
                " WHERE c.id = signal_check_item.check_id)", text=("note",)),
    TextColumns("flag_assessment", "pupil_id",
                text=("behaviour", "suggestion_reasoning", "override_reason")),
)


def remove_from_other_checks(vault, cur, pupil) -> None:
    rewrite_all(vault, cur, pupil, TEXT_COLUMNS)


# Exported and deleted table by table, children first (reverse of this order). Logboek
# links are plain ids, so deleting logboek entries never depends on these tables.
_CHECKS = "SELECT id FROM signal_check WHERE pupil_id = :pupil_id"
RETENTION_PLAN = RetentionPlan(
    tables=(
        PupilTable("signal_check", "pupil_id = :pupil_id", append_only=True),
        PupilTable("signal_check_number", "pupil_id = :pupil_id", append_only=True),
        PupilTable("signal_check_item", f"check_id IN ({_CHECKS})", append_only=True),
        PupilTable(
            "signal_check_item_logbook",
            f"check_item_id IN (SELECT id FROM signal_check_item WHERE check_id IN ({_CHECKS}))",
            append_only=True),
        PupilTable("flag_assessment", "pupil_id = :pupil_id", append_only=True),
        PupilTable(
            "flag_assessment_score",
            "assessment_id IN (SELECT id FROM flag_assessment WHERE pupil_id = :pupil_id)",
            append_only=True)),
    before_delete=(remove_from_other_checks,))


# What leaves the vault when the IB grants the removal of one signalenlijst (each check
# of its correction chain in turn, the correcting ones first), children first. The same
# deletion path as retention (``erase_rows``); attachments are added by the caller.
CHECK_REMOVAL = (
    RecordTable("signal_check_item_logbook", "check_item_id IN (SELECT id FROM"
                " signal_check_item WHERE check_id = :record_id)", append_only=True),
    RecordTable("signal_check_item", "check_id = :record_id", append_only=True),
    RecordTable("signal_check_number", "check_id = :record_id", append_only=True),
    RecordTable("signal_check", "id = :record_id", append_only=True),
)
