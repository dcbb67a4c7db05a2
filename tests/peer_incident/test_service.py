"""Incidents between pupils on a real vault: storage, flags, letters' names, deadlines,
retention."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from tests.conftest import TODAY
from tests.peer_incident.helpers import DAY, add_pupils, flag_draft, walk_to_plan
from tests.refusals import refused
from zorgdesk.domain.peer_incident import PeerIncidentError, Role
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.retention import export_digest
from zorgdesk.services.session import Session


@pytest.fixture
def session(new_vault):
    return Session(new_vault, FixedClock(TODAY))


@pytest.fixture
def ids(session):
    return add_pupils(session)


def test_incident_is_stored_replayed_audited_and_sealed(session, ids):
    iid = walk_to_plan(session, ids)
    again = Session(session.vault, FixedClock(TODAY)).peer_incidents.load(iid)
    assert again.state.actieplan["aanspreekpunt"] == "de directeur"
    assert again.state.pupils[ids["Daan"]].role is Role.INITIATIEF
    assert again.state.pupils[ids["Daan"]].flag == "rood"
    assert [s.id for s in session.peer_incidents.for_pupil(ids["Noor"])] == [iid]
    assert session.peer_incidents.for_pupil(ids["Sem"]) == []
    actions = [r[0] for r in session.vault.read().execute(
        "SELECT action FROM audit_log WHERE action LIKE 'incident.%' ORDER BY seq")]
    assert actions[0] == "incident.gestart" and "incident.actieplan" in actions
    assert session.vault.verify() == []
    with pytest.raises(Exception, match="alleen-toevoegen"), session.vault.transaction() as cur:
        cur.execute("UPDATE peer_incident_event SET author = 'x'")


def test_flag_is_a_vlaggensysteem_assessment_of_that_pupil(session, ids):
    iid = walk_to_plan(session, ids)
    assessments = session.signals.flag_assessments(ids["Daan"])
    assert len(assessments) == 1 and assessments[0].suggested_flag == "rood"
    stored = session.peer_incidents.load(iid)
    assert stored.state.pupils[ids["Daan"]].flag_assessment_id == assessments[0].id
    with refused(PeerIncidentError, match="hoort niet bij", field=""):
        session.peer_incidents.link_flag(iid, ids["Noor"], assessments[0].id)


def test_refused_flag_step_saves_no_assessment(session, ids):
    iid = walk_to_plan(session, ids)
    with refused(PeerIncidentError, match="niet als betrokkene", field=""):
        session.peer_incidents.assess_flag(iid, ids["Sem"], flag_draft(session))
    assert session.signals.flag_assessments(ids["Sem"]) == []


@pytest.mark.parametrize("text", ["Noor is naar huis gegaan.", "Met NOOR gesproken.",
                                  "Mevrouw Bakker belde.", "Peter Bakker is ingelicht.",
                                  "Noors jas lag op de grond.", "NOOR'S tas was weg.",
                                  "Met P. Bakker gebeld.", "Gezien door PB."])
def test_a_letter_refuses_the_name_of_another_pupil_or_their_parent(session, ids, text):
    iid = walk_to_plan(session, ids)
    with refused(PeerIncidentError, match="alleen het eigen kind", field="told"):
        session.peer_incidents.record_letter(iid, ids["Daan"], on=DAY + timedelta(days=3),
                                             told=text)
    session.peer_incidents.record_letter(iid, ids["Noor"], on=DAY + timedelta(days=3),
                                         told=text)  # her own letter may name her


def test_a_refused_letter_says_that_other_forms_of_a_name_count_too(session, ids):
    iid = walk_to_plan(session, ids)
    with refused(PeerIncidentError, field="told") as refusal:
        session.peer_incidents.record_letter(iid, ids["Daan"], on=DAY + timedelta(days=3),
                                             told="Noors jas lag op de grond.")
    message = refusal.value.message
    assert message.startswith("Wat aan de leerlingen verteld is noemt een andere betrokken")
    assert "bezitsvorm ('Daans jas')" in message and "voorletters" in message
    assert "Noor" not in message  # the message names the field, never the child
    assert "Noor" not in str(refusal.value) and "Noor" not in repr(refusal.value)


def test_a_letter_refuses_another_name_in_the_actieplan_it_quotes(session, ids):
    iid = walk_to_plan(session, ids)
    stored = session.peer_incidents.load(iid)
    # An actieplan naming a pupil cannot go into the other family's letter.
    assert "Daan" not in stored.state.actieplan["maatregelen"]
    session.peer_incidents.record_letter(iid, ids["Noor"], on=DAY + timedelta(days=3),
                                         told="In de klas is over veilig spelen gesproken.")


def test_deadlines_for_today(session, ids):
    iid = walk_to_plan(session, ids)
    s = session.peer_incidents
    s.perform(iid, "set_rules", start=DAY + timedelta(days=3),
              rules={"speelkwartier": "speelt binnen het gezichtsveld van de leerkracht"})
    found = {(d.due, d.what, d.pupil_id) for d in s.deadlines()}
    plan_day = DAY + timedelta(days=2)
    assert (plan_day, "Ouders informeren met een brief (zo spoedig mogelijk)",
            ids["Noor"]) in found
    assert (DAY + timedelta(days=17), "Eerste evaluatie tijdelijke omgangsregels "
            "(na twee weken)", ids["Daan"]) in found
    s.perform(iid, "evaluate_rules", on=DAY + timedelta(days=17), with_whom=["ib", "ouders"],
              outcome="gaat goed", adjustments="geen", other_parents_informed=False)
    due = [d.due for d in s.deadlines() if "omgangsregels" in d.what]
    assert due == [date(2026, 12, 19)]


def test_retention_of_one_pupil_keeps_the_incident_for_the_other(session, ids):
    iid = walk_to_plan(session, ids)
    data = session.basedata
    daan = data.pupil(ids["Daan"])
    s = session.peer_incidents
    s.perform(iid, "record_consultation", "extern", on=DAY + timedelta(days=3),
              with_whom="GGD over Daan Visser", advice="Daan krijgt begeleiding")
    data.deactivate_pupil(daan.id, date(2023, 7, 1))
    retention = Session(session.vault, FixedClock(TODAY)).retention
    export = retention.export_json(daan.id)
    exported = json.loads(export)["tables"]["peer_incident_event"]
    assert {r["pupil_id"] for r in exported} == {daan.id}
    retention.delete_after_export(daan.id, export_digest(export))
    stored = Session(session.vault, FixedClock(TODAY)).peer_incidents.load(iid)
    assert ids["Noor"] in stored.state.pupils and daan.id not in stored.state.pupils
    assert stored.state.actieplan is not None  # the history still replays
    raw = " ".join(r[0] for r in session.vault.read().execute(
        "SELECT event FROM peer_incident_event"))
    assert "Daan" not in raw and "Visser" not in raw and "broek naar beneden" not in raw
    assert session.vault.verify() == []
    noor = data.pupil(ids["Noor"])
    data.deactivate_pupil(noor.id, date(2023, 7, 1))
    export = retention.export_json(noor.id)
    retention.delete_after_export(noor.id, export_digest(export))
    assert session.vault.read().execute("SELECT count(*) FROM peer_incident").fetchone() == (0,)
    assert session.vault.verify() == []


def test_vandaag_lists_the_incident_deadlines_under_the_pupils(session, ids):
    from zorgdesk.services.today.deadlines import Record

    iid = walk_to_plan(session, ids)
    session.peer_incidents.perform(iid, "set_rules", start=DAY + timedelta(days=3),
                                   rules={"toilet": "meldt toiletbezoek bij de leerkracht"})
    rows = [d for d in session.today_overview.deadlines() if d.record is Record.INCIDENT]
    assert {(d.due, d.pupil_name) for d in rows} == {
        (DAY + timedelta(days=2), "Daan Visser"), (DAY + timedelta(days=2), "Noor Bakker"),
        (DAY + timedelta(days=17), "Daan Visser")}
    assert all(d.record_id == iid and d.overdue(TODAY) for d in rows)
    assert not any("Noor" in d.what or "Daan" in d.what for d in rows)


def test_inzage_holds_own_and_incident_wide_events_with_other_names_scrubbed(session, ids):
    iid = walk_to_plan(session, ids)
    session.peer_incidents.perform(iid, "record_consultation", "extern",
                                   on=DAY + timedelta(days=3), with_whom="GGD",
                                   advice="begeleiding voor Daan Visser")
    x = session.inzage.collect(ids["Noor"])
    doc = json.loads(session.inzage.to_json(x))
    assert x.counts()["incidents"] == 1
    events = doc["incidents"][0]["events"]
    assert {e["pupil_id"] for e in events} == {None, ids["Noor"]}
    text = json.dumps(events, ensure_ascii=False)
    assert "Daan" not in text and "Visser" not in text and "D.V." in text
    from io import BytesIO

    from pypdf import PdfReader

    pdf = PdfReader(BytesIO(session.inzage.to_pdf(x)))
    printed = " ".join(" ".join(p.extract_text().split()) for p in pdf.pages)
    assert "6. Incidenten" in printed and "Incident 1" in printed
    assert "Gesprek met de ouders van deze leerling" in printed
    assert "Daan" not in printed and "Visser" not in printed
    assert "vlag rood" not in printed  # Daan's flag is Daan's dossier, not Noor's
