"""Vandaag: every deadline across pupils from the real services, and the .ics export."""

from __future__ import annotations

import stat
from datetime import date, timedelta

from icalendar import Calendar

from tests.conftest import TODAY
from tests.services.test_meldcode_service import pupil_id, service_for, walk_to_step4
from zorgdesk.domain.meldcode import Answer, Question
from zorgdesk.domain.people import PupilDraft
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.services.today.calendar_export import deadlines_ics
from zorgdesk.services.today.deadlines import Record, initials


def _rows(vault, today=TODAY):
    return Session(vault, FixedClock(today)).today_overview.deadlines()


def test_demo_deadlines_from_every_source_sorted_by_date(demo_vault):
    rows = _rows(demo_vault)
    kinds = {(r.kind, r.pupil_name) for r in rows}
    assert ("Verzoek om correctie", "Zoë van der Berg") in kinds  # 4 weeks after 01-11
    assert ("Terugkoppeling Veilig Thuis", "Bram de Jong") in kinds  # 5 werkdagen
    assert ("Handtekening niet retour", "Daniëlle van Dijk") in kinds
    assert ("Vervolgcontact / evaluatie", "Daan van der Berg") in kinds
    assert [r.due for r in rows] == sorted(r.due for r in rows)
    request = next(r for r in rows if r.kind == "Verzoek om correctie")
    assert request.due == date(2026, 11, 29) and request.record is Record.LOGBOOK
    vt = next(r for r in rows if r.kind == "Terugkoppeling Veilig Thuis")
    assert vt.due == date(2026, 11, 30) and vt.record is Record.MELDCODE
    late = next(r for r in rows if r.kind == "Handtekening niet retour")
    assert late.overdue(TODAY) and not request.overdue(TODAY)
    # Handed out 05-11, counted as not returned after the setting's 14 days.
    assert late.due == date(2026, 11, 19)


def test_overdue_actiepunten_appear_when_their_date_passed(demo_vault):
    assert not any(r.kind == "Actiepunt over tijd" for r in _rows(demo_vault))
    later = _rows(demo_vault, date(2026, 12, 10))
    points = [r for r in later if r.kind == "Actiepunt over tijd"]
    assert {r.pupil_name for r in points} == {"Zoë van der Berg", "Daniëlle van Dijk"}
    assert all(r.overdue(date(2026, 12, 10)) and r.record is Record.CONVERSATION
               and r.pupil_id for r in points)


def test_help_term_of_question_4(demo_vault):
    svc = service_for(demo_vault)
    t = walk_to_step4(svc, pupil_id(demo_vault))
    term = TODAY + timedelta(days=42)
    svc.perform(t.id, "answer_question", Question.VERMOEDEN, Answer.JA,
                reasoning="Herhaalde verwondingen.", bevoegd_gezag_informed=True)
    svc.perform(t.id, "answer_question", Question.VEILIGHEID, Answer.NEE,
                reasoning="Geen acute onveiligheid.")
    svc.perform(t.id, "answer_question", Question.HULP, Answer.JA,
                reasoning="School kan opvoedondersteuning organiseren.")
    svc.perform(t.id, "answer_question", Question.HULP_ACCEPTEREN, Answer.JA,
                reasoning="Ouders gaan akkoord.", help_description="Opvoedondersteuning",
                help_term=term, help_responsible="IB")
    svc.perform(t.id, "complete_step")
    svc.perform(t.id, "decide_melden", False, reasoning="Hulp wordt aanvaard.")
    svc.perform(t.id, "decide_hulp", True, reasoning="Hulp via het wijkteam.")
    rows = [r for r in _rows(demo_vault) if r.kind == "Termijn hulp (meldcode)"]
    assert [(r.pupil_name, r.due) for r in rows] == [("Noor Bouzid", term)]


def test_pupils_due_for_retention(demo_vault):
    session = Session(demo_vault)
    # Left school in 2020: the default term of 2 years after leaving has passed.
    session.basedata.add_pupil(PupilDraft("Oud", "Leerling", "01-02-2008", "01-09-2012",
                                          leave_date="15-07-2020"))
    rows = [r for r in Session(session.vault, FixedClock(TODAY)).today_overview.deadlines()
            if r.kind == "Bewaartermijn verstreken"]
    assert [r.pupil_name for r in rows] == ["Oud Leerling"]
    assert rows[0].record is Record.RETENTION and rows[0].overdue(TODAY)


def test_initials_only():
    assert initials("Zoë van der Berg") == "Z.B."
    assert initials("Noor Bouzid") == "N.B."


def test_ics_has_initials_kinds_and_dates_but_no_names(demo_vault, tmp_path):
    session = Session(demo_vault)
    service = Session(session.vault, FixedClock(TODAY)).today_overview
    rows = service.deadlines()
    target = tmp_path / "termijnen.ics"
    assert service.export_ics(target) == len(rows)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    data = target.read_bytes()
    calendar = Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(rows)
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    assert "Verzoek om correctie: Z.B." in summaries
    assert "Handtekening niet retour: D.D. (over tijd)" in summaries
    request = next(e for e in events if str(e["SUMMARY"]).startswith("Verzoek"))
    assert request.decoded("DTSTART") == date(2026, 11, 29)  # an all-day DATE value
    assert request.decoded("DTEND") == date(2026, 11, 30)
    text = data.decode("utf-8")
    everyone = [p for p in session.basedata.pupils(include_inactive=True)]
    for pupil in everyone:  # no first or last name of any pupil
        assert pupil.first_name not in text and pupil.last_name not in text
    for row in rows:  # nor the free text (parents' names, conversation subjects)
        assert row.what not in text
    assert "Ingrid" not in text and "Petra" not in text
    # Exporting again gives the same events (stable UIDs update a subscribed calendar).
    again = Calendar.from_ical(deadlines_ics(rows, TODAY))
    assert sorted(str(e["UID"]) for e in again.walk("VEVENT")) == sorted(
        str(e["UID"]) for e in events)


def test_evaluation_dates_of_agreements_with_parents_from_the_logboek(demo_vault):
    """Issue 21: the evaluation moment of an agreement with parents is a deadline."""
    [row] = [r for r in _rows(demo_vault) if r.kind == "Evaluatie afspraak met ouders"]
    assert (row.pupil_name, row.record) == ("Zoë van der Berg", Record.LOGBOOK)
    assert "boterham" in row.what and not row.overdue(TODAY) and row.due > TODAY
    later = row.due + timedelta(days=3)
    assert any(r.kind == "Evaluatie afspraak met ouders" and r.overdue(later)
               for r in _rows(demo_vault, later))
    # Four weeks past its date it leaves the overview (nothing marks it done yet).
    gone = row.due + timedelta(weeks=4, days=1)
    assert not any(r.kind == "Evaluatie afspraak met ouders" for r in _rows(demo_vault, gone))


def test_follow_ups_read_light_are_those_of_the_built_conversations(demo_vault):
    """Vandaag reads date, subject and follow-up of each pupil's latest conversation
    without building conversations (issue 23): the same as the first of all() per pupil."""
    conversations = Session(demo_vault).conversations
    built = conversations.all()
    latest: dict[int, object] = {}
    for c in built:
        latest.setdefault(c.pupil_id, c)
    expected = sorted((c.id, c.pupil_id, c.gesprek.on, c.gesprek.subject,
                       c.gesprek.follow_up_on) for c in latest.values())
    light = sorted((h.id, h.pupil_id, h.on, h.subject, h.follow_up_on)
                   for h in conversations.latest_per_pupil())
    assert light == expected and any(row[4] for row in light)
    assert conversations.pupil_of() == {c.id: c.pupil_id for c in built}


def test_evaluation_dates_are_read_through_the_partial_index(demo_vault):
    """Vandaag on unlock: the evaluation query reads only versions naming an evaluation
    date (m0018), not every logboek version of the school (issue 23)."""
    from zorgdesk.services.session import Session

    conn = demo_vault.read().connection
    run: list[str] = []
    conn.set_trace_callback(run.append)  # each statement, with its values filled in
    try:
        found = Session(demo_vault).deadlines.logbook_evaluations(date(2026, 1, 1),
                                                                  date(2026, 12, 31))
    finally:
        conn.set_trace_callback(None)
    assert found
    query = next(q for q in run if "logbook_version v" in q)
    plan = demo_vault.read().execute("EXPLAIN QUERY PLAN " + query).fetchall()
    assert "SCAN v USING INDEX logbook_version_with_evaluation" in [r[-1] for r in plan]
