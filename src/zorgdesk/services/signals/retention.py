"""The departing pupil's name leaves the signalenlijsten and flag assessments of the
pupils who stay (the tables themselves are registered in ``signals``).

Catalogue texts copied into a check (item text, group title) are not free text and
stay; the IB's notes per signal and the flag texts are rewritten.
"""

from __future__ import annotations

from zorgdesk.services.name_rewrite import TextColumns, rewrite_all
from zorgdesk.services.retention import register_before_delete

TEXT_COLUMNS = (
    TextColumns("signal_check_item",
                "(SELECT c.pupil_id FROM signal_check c"
                " WHERE c.id = signal_check_item.check_id)", text=("note",)),
    TextColumns("flag_assessment", "pupil_id",
                text=("behaviour", "suggestion_reasoning", "override_reason")),
)


def remove_from_other_checks(vault, cur, pupil) -> None:
    rewrite_all(vault, cur, pupil, TEXT_COLUMNS)


register_before_delete(remove_from_other_checks)
