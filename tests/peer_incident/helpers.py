"""A vault with three pupils and their parents, and an incident walked to a given point."""

from __future__ import annotations

from datetime import date, timedelta

from zorgdesk.domain.people import GuardianDraft, PupilDraft
from zorgdesk.domain.signals.check import FlagDraft
from zorgdesk.services.session import Session

DAY = date(2026, 11, 2)
SCORES_RED = {"toestemming": "ernstig", "vrijwilligheid": "licht", "gelijkwaardigheid": "licht",
              "ontwikkeling": "voldaan", "context": "licht", "zelfrespect": "voldaan"}


def add_pupils(session: Session) -> dict[str, int]:
    ids = {}
    for first, last, parent in (("Daan", "Visser", "Karin Visser"),
                                ("Noor", "Bakker", "Peter Bakker"),
                                ("Sem", "de Jong", "Fatima de Jong")):
        pid = session.basedata.add_pupil(PupilDraft(first, last, date(2018, 5, 1),
                                                    date(2022, 8, 29)))
        session.basedata.add_guardian(pid, GuardianDraft(parent, "moeder"))
        ids[first] = pid
    return ids


def criteria_ids(session: Session) -> list[str]:
    return [c.id for c in session.signals.vlaggensysteem().criteria]


def flag_draft(session: Session, worst: str = "ernstig") -> FlagDraft:
    ids = criteria_ids(session)
    scores = {cid: "voldaan" for cid in ids}
    scores[ids[0]] = worst
    return FlagDraft(DAY + timedelta(days=1), "Ineke Test", "trok de broek naar beneden",
                     scores)


def walk_to_plan(session: Session, ids: dict[str, int]):
    s = session.peer_incidents
    stored = s.start(occurred_on=DAY, reported_on=DAY, location="speelplein",
                     description="Op het plein trok D. de broek van N. naar beneden.",
                     reported_by="juf Anja")
    iid = stored.id
    s.perform(iid, "add_pupil", ids["Daan"], "initiatief", "trok de broek naar beneden")
    s.perform(iid, "add_pupil", ids["Noor"], "overkomt", "broek werd naar beneden getrokken")
    s.perform(iid, "record_consultation", "intern", on=DAY, with_whom="directeur",
              advice="ouders vandaag uitnodigen")
    for name in ("Daan", "Noor"):
        s.perform(iid, "record_parents_conversation", ids[name], on=DAY + timedelta(days=1),
                  summary="zorg gedeeld", agreements="actieplan samen maken")
    s.assess_flag(iid, ids["Daan"], flag_draft(session))
    s.perform(iid, "estimate", "klein", reasoning="twee leerlingen, geen onrust")
    s.perform(iid, "record_actieplan", on=DAY + timedelta(days=2),
              maatregelen="Extra toezicht op het plein; vaste speelplek binnen zicht.",
              afspraken="Evaluatie over twee weken met ouders.", aanspreekpunt="de directeur")
    return iid
