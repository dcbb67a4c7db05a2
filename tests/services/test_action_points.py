"""Actiepunten: agreements of handed-out reports, overdue around the due date."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.conftest import TODAY
from tests.refusals import refused
from zorgdesk.domain.conversations.draft import ConversationDraft
from zorgdesk.domain.conversations.smart import SmartAgreement
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session


def _service(vault, today):
    return Session(vault, FixedClock(today)).action_points


def test_demo_action_points_come_from_handed_out_reports_only(demo_vault):
    points = _service(demo_vault, TODAY).action_points()
    assert {p.pupil_name for p in points} == {"Zoë van der Berg", "Daniëlle van Dijk"}
    assert [p.due for p in points] == sorted(p.due for p in points)
    assert not any("Emre" in p.pupil_name for p in points)  # concept: not agreed yet


def test_overdue_around_the_due_date(demo_vault):
    due = _service(demo_vault, TODAY).action_points()[0].due
    assert not _service(demo_vault, due).action_points()[0].overdue(due)
    later = due + timedelta(days=1)
    assert _service(demo_vault, later).action_points()[0].overdue(later)


def test_closing_is_append_only_and_audited(demo_vault):
    service = _service(demo_vault, TODAY)
    first = service.action_points()[0]
    service.close(first.conversation_id, first.agreement_no, "afgerond", note="Gelukt 🎉")
    remaining = service.action_points()
    assert (first.conversation_id, first.agreement_no) not in {
        (p.conversation_id, p.agreement_no) for p in remaining}
    closed = [p for p in service.action_points(include_closed=True) if p.outcome]
    assert [(p.conversation_id, p.outcome) for p in closed] == [
        (first.conversation_id, "afgerond")]
    with pytest.raises(ValidationError):
        service.close(first.conversation_id, 99, "afgerond")
    with pytest.raises(ValidationError):
        service.close(first.conversation_id, 1, "vergeten")
    with pytest.raises(Exception, match="alleen-toevoegen"), demo_vault.transaction() as cur:
        cur.execute("DELETE FROM conversation_action_event")
    assert demo_vault.verify() == []


def test_concept_agreements_cannot_be_closed(demo_vault):
    conversations = Session(demo_vault, FixedClock(TODAY)).conversations
    pid = Session(demo_vault).basedata.pupils("Minh")[0].id
    cid = conversations.plan(pid, ConversationDraft(
        on=TODAY, place="Kamer IB", subject="Gym", staff=(("Pieter Bakker", ""),),
        guardians=(("Thi Lan Nguyen", "moeder"),),
        agreements=(SmartAgreement("Gymtas mee op dinsdag."),)))
    with refused(ValidationError, match="uitgereikt"):
        Session(conversations.vault, conversations.clock).action_points.close(cid, 1, "afgerond")
