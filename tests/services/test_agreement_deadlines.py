"""Evaluation dates of agreements become deadlines (the query the Vandaag overview uses)."""

from __future__ import annotations

from datetime import date

from tests.services.test_logbook import draft
from zorgdesk.domain.logbook.entry import ParentAgreement

START, END = date(2026, 11, 1), date(2027, 1, 31)


def _pupil(session, name):
    return next(p for p in session.basedata.pupils() if p.display_name == name)


def test_every_evaluation_date_of_the_current_versions_is_a_deadline(session, demo_vault):
    zoe, emre = _pupil(session, "Zoë van der Berg"), _pupil(session, "Emre Çelik")
    before = session.deadlines.logbook_evaluations(START, END)
    entry = session.logbook.add_entry(draft(
        [zoe.id, emre.id], demo_vault, parent_agreements=(
            ParentAgreement("Dagelijks ontbijt", "18-12-2026"),
            ParentAgreement("Zwemles elke week", "08-01-2027"))))
    found = [d for d in session.deadlines.logbook_evaluations(START, END)
             if d.record_id == entry]
    assert [(d.due, d.text) for d in found] == [(date(2026, 12, 18), "Dagelijks ontbijt"),
                                                (date(2027, 1, 8), "Zwemles elke week")]
    assert all(d.pupil_ids == tuple(sorted((zoe.id, emre.id))) for d in found)
    assert len(session.deadlines.logbook_evaluations(START, END)) == len(before) + 2
    only_emre = session.deadlines.logbook_evaluations(START, END, pupil_id=emre.id)
    assert entry in {d.record_id for d in only_emre}
    # A correction moves the evaluation: the old date is no deadline any more.
    session.logbook.correct_entry(entry, draft(
        [zoe.id, emre.id], demo_vault, parent_agreements=(
            ParentAgreement("Dagelijks ontbijt", "04-12-2026"),)), "Datum verschoven")
    found = [d for d in session.deadlines.logbook_evaluations(START, END)
             if d.record_id == entry]
    assert [(d.due, d.text) for d in found] == [(date(2026, 12, 4), "Dagelijks ontbijt")]
    assert found[0].overdue(date(2026, 12, 5)) and not found[0].overdue(date(2026, 12, 4))
    assert session.deadlines.logbook_evaluations(date(2026, 12, 5), END) == [
        d for d in session.deadlines.logbook_evaluations(date(2026, 12, 5), END)
        if d.record_id != entry]


def test_one_list_with_the_open_action_points_of_zorggesprekken(session):
    points = [p for p in session.action_points.action_points()
              if p.due is not None and START <= p.due <= END]
    assert points  # the demo has handed-out reports with agreements
    combined = session.deadlines.due_between(START, END)
    conversation = [d for d in combined if d.source == "zorggesprek"]
    assert [(d.due, d.record_id, d.text) for d in conversation] == sorted(
        ((p.due, p.conversation_id, p.agreement.what) for p in points),
        key=lambda row: row[:2])  # same day and report: in the report's own order
    assert [d.due for d in combined] == sorted(d.due for d in combined)
    assert {d.source for d in combined} <= {"logboek", "zorggesprek"}
