"""The meldcode dossier leaves with a pupil whose retention period has passed; the
departing pupil's name leaves the meldcode events of pupils who stay.

Listed parent-first (the retention service deletes children-first). The state
is replayed from the events, so only free text is rewritten: codes, dates, ids and
the author stay exactly as stored and the replay gives the same steps and decisions.
"""

from __future__ import annotations

from zorgdesk.services.name_rewrite import TextColumns, rewrite_all
from zorgdesk.services.retention import PupilTable, RetentionPlan

_CODES = frozenset({"step", "kind", "timestamp", "author", "__date", "__datetime", "value",
                    "question", "to_step", "reason_category", "pupil_id",
                    "signal_check_ids", "logboek_ids", "zorggesprek_id"})

TEXT_COLUMNS = (
    TextColumns(
        "meldcode_event",
        "(SELECT t.pupil_id FROM meldcode_trajectory t"
        " WHERE t.id = meldcode_event.trajectory_id)",
        json=("event",), skip_keys=_CODES),
)


def remove_from_other_trajectories(vault, cur, pupil) -> None:
    rewrite_all(vault, cur, pupil, TEXT_COLUMNS)


RETENTION_PLAN = RetentionPlan(
    tables=(
        PupilTable("meldcode_trajectory", "pupil_id = :pupil_id", append_only=True),
        PupilTable(
            "meldcode_event",
            "trajectory_id IN (SELECT id FROM meldcode_trajectory WHERE pupil_id = :pupil_id)",
            append_only=True)),
    before_delete=(remove_from_other_trajectories,))
