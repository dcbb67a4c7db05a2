"""The meldcode dossier leaves with a pupil whose retention period has passed.

Registered parent-first (the retention service deletes children-first).
"""

from __future__ import annotations

from zorgdesk.services.retention import register_pupil_table


def register() -> None:
    register_pupil_table("meldcode_trajectory", "pupil_id = :pupil_id", append_only=True)
    register_pupil_table(
        "meldcode_event",
        "trajectory_id IN (SELECT id FROM meldcode_trajectory WHERE pupil_id = :pupil_id)",
        append_only=True)


register()
