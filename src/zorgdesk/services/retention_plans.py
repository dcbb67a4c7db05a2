"""Every feature's retention plan, in the order retention works through them.

Tables are emptied children-first, so in the reverse of this order (each plan lists its
own parents first; the base data with the pupil row comes first and goes last). The
hooks run in this order. A new feature with pupil data adds its plan here; the inzage
export must cover its tables too (tests/services/test_inzage.py checks that).
"""

from __future__ import annotations

from zorgdesk.services import drafts, sharing
from zorgdesk.services.attachments import retention as attachments
from zorgdesk.services.conversations import retention as conversations
from zorgdesk.services.logbook import retention as logbook
from zorgdesk.services.meldcode import retention as meldcode
from zorgdesk.services.peer_incident import retention as peer_incident
from zorgdesk.services.retention import BASE_PLAN, PupilTable, RetentionPlan
from zorgdesk.services.signals import retention as signals
from zorgdesk.services.staff_abuse import retention as staff_abuse

RETENTION_PLANS: tuple[RetentionPlan, ...] = (
    BASE_PLAN,
    sharing.RETENTION_PLAN,
    conversations.RETENTION_PLAN,
    logbook.RETENTION_PLAN,
    meldcode.RETENTION_PLAN,
    peer_incident.RETENTION_PLAN,
    staff_abuse.RETENTION_PLAN,
    drafts.RETENTION_PLAN,
    signals.RETENTION_PLAN,
    attachments.RETENTION_PLAN,  # last: emptied first, before the records they hang on
)


def pupil_tables(plans: tuple[RetentionPlan, ...] = RETENTION_PLANS) -> list[PupilTable]:
    """Every table that holds pupil data, parents first."""
    return [table for plan in plans for table in plan.tables]
