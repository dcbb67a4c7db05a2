"""The due step of an incident and why a step is not possible yet, in every state.

Every state the route can reach with two pupils is explored (states that only differ in
repeated records are one state); in each, every step is tried with a valid answer: the
step is refused exactly when :func:`blocked_reason` gives a reason, and the due step is
never one that is refused. Following the due step always ends in a closed incident.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest

from zorgdesk.domain.peer_incident import EventKind, PeerIncident, PeerIncidentError
from zorgdesk.domain.peer_incident.next_step import STEP_KINDS, blocked_reason, next_step
from zorgdesk.domain.peer_incident.vocabulary import PUPIL_KINDS

DAY = date(2026, 3, 2)
AT = datetime(2026, 3, 2, 9, 0)
WHO = {"author": "IB", "at": AT}
INITIATOR, OTHER, LATE = 1, 2, 3
ROLES = {INITIATOR: "initiatief", OTHER: "overkomt", LATE: "overkomt"}


def _start() -> PeerIncident:
    return PeerIncident.start(occurred_on=DAY, reported_on=DAY, location="plein",
                              description="duwde", reported_by="juf", leader="IB", **WHO)


# A valid answer for every step: (incident, pupil, variant) -> incident with the step.
STEP: dict[EventKind, Callable[..., PeerIncident]] = {
    EventKind.LEERLING: lambda i, p, v: i.add_pupil(p, ROLES[p], "duwde", **WHO),
    EventKind.CONSULTATIE: lambda i, p, v: i.record_consultation(
        v or "intern", on=DAY, with_whom="directeur", advice="ouders bellen", **WHO),
    EventKind.OUDERGESPREK: lambda i, p, v: i.record_parents_conversation(
        p, on=DAY, summary="zorg gedeeld", agreements="samen plan", **WHO),
    EventKind.VLAG: lambda i, p, v: i.record_flag(p, flag="rood", behaviour="duwen", **WHO),
    EventKind.INSCHATTING: lambda i, p, v: i.estimate(v or "klein", reasoning="twee", **WHO),
    EventKind.ACTIEPLAN: lambda i, p, v: i.record_actieplan(
        on=DAY, maatregelen="toezicht", afspraken="evaluatie", aanspreekpunt="directeur",
        **WHO),
    EventKind.GECOMMUNICEERD: lambda i, p, v: i.record_communicated(
        on=DAY, parents=True, colleagues=True, how="brief en teamoverleg", **WHO),
    EventKind.OPVANG: lambda i, p, v: i.record_support(for_whom=["team"],
                                                       what_support="gesprek", **WHO),
    EventKind.BRIEF: lambda i, p, v: i.record_letter(p, on=DAY, told="het is besproken",
                                                     **WHO),
    EventKind.GROEPSBRIEF: lambda i, p, v: i.record_group_letter(
        "betrokken_groep", on=DAY, incident_group="groep 4", situation="twee leerlingen",
        partners="de GGD", signed_by="de directeur", reasoning="onrust in de groep", **WHO),
    EventKind.OMGANGSREGELS: lambda i, p, v: i.set_rules(
        start=DAY, rules={"speelkwartier": "binnen zicht"}, **WHO),
    EventKind.EVALUATIE_REGELS: lambda i, p, v: i.evaluate_rules(
        on=DAY, with_whom=["ib"], outcome="gaat goed", adjustments="niets",
        other_parents_informed=False, **WHO),
    EventKind.REGELS_BEEINDIGD: lambda i, p, v: i.end_rules(on=DAY, reason="klaar", **WHO),
    EventKind.VERVOLG: lambda i, p, v: i.record_follow_up(
        on=DAY, afspraken_check="ja", signals="geen", policy="niets", **WHO),
    EventKind.AFGESLOTEN: lambda i, p, v: i.close(on=DAY, reason="afgerond", **WHO),
}
VARIANTS = {EventKind.CONSULTATIE: ("intern", "calamiteitenteam"),
            EventKind.INSCHATTING: ("klein", "groot")}


def _key(incident: PeerIncident) -> tuple:
    """What the rules look at; repeated consultations or letters are the same state."""
    s = incident.state
    rules = s.rule_sets[-1] if s.rule_sets else None
    return (tuple(sorted((p.pupil_id, p.parents_spoken_on is not None, p.flag is not None,
                          bool(p.letters)) for p in s.pupils.values())),
            frozenset(c.kind for c in s.consultations), s.scale, s.actieplan is not None,
            s.parents_informed_of_measures, s.colleagues_informed_of_measures,
            bool(s.support_for), bool(s.group_letters),
            None if rules is None else (rules.ended_on is not None, bool(rules.evaluations)),
            s.follow_up_done, s.closed)


def _tries(incident: PeerIncident, pupils=(INITIATOR, OTHER)):
    """(kind, pupil, variant) of every step worth trying here."""
    involved = incident.state.pupils
    for kind in STEP_KINDS:
        if kind is EventKind.LEERLING:
            targets = [p for p in pupils if p not in involved][:1] or [LATE]
        elif kind in PUPIL_KINDS:
            targets = list(involved) or [INITIATOR]
        else:
            targets = [None]
        for pupil in targets:
            for variant in VARIANTS.get(kind, (None,)):
                yield kind, pupil, variant


def _apply(incident: PeerIncident, kind, pupil, variant) -> PeerIncident | None:
    try:
        return STEP[kind](incident, pupil, variant)
    except PeerIncidentError:
        return None


def _every_state() -> list[PeerIncident]:
    found = {_key(_start()): _start()}
    todo = [_start()]
    while todo:
        incident = todo.pop()
        for kind, pupil, variant in _tries(incident):
            if pupil == LATE:
                continue  # a third pupil is only tried, not explored further
            after = _apply(incident, kind, pupil, variant)
            if after is not None and _key(after) not in found:
                found[_key(after)] = after
                todo.append(after)
    return list(found.values())


STATES = _every_state()


def test_the_exploration_reaches_the_whole_route():
    assert len(STATES) > 500
    assert any(i.state.closed for i in STATES)
    assert any(i.state.active_rules and i.state.active_rules.evaluations for i in STATES)
    assert any(i.state.scale and i.state.scale.value == "groot" and i.state.actieplan
               for i in STATES)


def test_a_step_is_refused_exactly_when_a_reason_is_given():
    checked = 0
    for incident in STATES:
        for kind, pupil, variant in _tries(incident):
            reason = blocked_reason(incident.state, kind, pupil)
            allowed = _apply(incident, kind, pupil, variant) is not None
            assert allowed == (reason is None), (kind, pupil, reason, _key(incident))
            checked += 1
    assert checked > 5000


def test_every_reason_is_dutch_and_names_no_internal_key():
    reasons = {blocked_reason(i.state, kind, pupil) for i in STATES
               for kind, pupil, _ in _tries(i)} - {None}
    assert len(reasons) >= 8
    for reason in reasons:
        assert reason[0].isupper() and reason.endswith("."), reason
        assert not any(word in reason for word in ("EventKind", "None", "_")), reason


def test_the_due_step_is_allowed_and_names_its_pupil():
    for incident in STATES:
        due = next_step(incident.state, {INITIATOR: "Daan", OTHER: "Noor"})
        if incident.state.closed:
            assert due is None
            continue
        assert due is not None
        assert blocked_reason(incident.state, due.kind, due.pupil_id) is None, \
            (due, _key(incident))
        assert (due.pupil_id is not None) == (due.kind in PUPIL_KINDS - {EventKind.LEERLING})
        if due.pupil_id is not None:
            assert {INITIATOR: "Daan", OTHER: "Noor"}[due.pupil_id] in due.why
        assert due.why.endswith(".")


def test_nothing_is_due_before_the_incident_is_recorded():
    from zorgdesk.domain.peer_incident import IncidentState

    assert next_step(IncidentState()) is None
    assert blocked_reason(IncidentState(), EventKind.LEERLING) == "Leg eerst het incident vast."


def _follow(incident: PeerIncident, scale: str, with_rules: bool, limit: int = 40):
    """Take the due step each time (with the given scale); the kinds taken, in order."""
    taken = []
    for _ in range(limit):
        due = next_step(incident.state)
        if due is None:
            return incident, taken
        if with_rules and due.kind is EventKind.ACTIEPLAN and not incident.state.rule_sets:
            incident = STEP[EventKind.OMGANGSREGELS](incident, None, None)  # optional step
        taken.append((due.kind, due.pupil_id))
        variant = due.preset.get("kind") or (scale if due.kind is EventKind.INSCHATTING
                                             else None)
        if due.kind is EventKind.REGELS_BEEINDIGD:
            variant = None
        pupil = due.pupil_id if due.pupil_id is not None else \
            next(p for p in (INITIATOR, OTHER) if p not in incident.state.pupils) \
            if due.kind is EventKind.LEERLING else None
        incident = STEP[due.kind](incident, pupil, variant)
    raise AssertionError(f"no end after {limit} steps: {taken}")


@pytest.mark.parametrize("scale", ["klein", "groot"])
@pytest.mark.parametrize("with_rules", [False, True])
def test_following_the_due_step_closes_the_incident_in_the_seed_order(scale, with_rules):
    incident, taken = _follow(_start(), scale, with_rules)
    assert incident.state.closed
    kinds = [k for k, _ in taken]
    expected = [EventKind.LEERLING, EventKind.LEERLING, EventKind.CONSULTATIE,
                EventKind.OUDERGESPREK, EventKind.OUDERGESPREK, EventKind.VLAG,
                EventKind.INSCHATTING,
                *([EventKind.CONSULTATIE] if scale == "groot" else []),
                EventKind.ACTIEPLAN, EventKind.GECOMMUNICEERD, EventKind.BRIEF,
                EventKind.BRIEF, EventKind.VERVOLG,
                *([EventKind.EVALUATIE_REGELS, EventKind.REGELS_BEEINDIGD]
                  if with_rules else []), EventKind.AFGESLOTEN]
    assert kinds == expected
    assert taken[5] == (EventKind.VLAG, INITIATOR)  # only the pupil who took the initiative


def test_a_large_case_presets_the_team_consultation():
    incident = _start()
    for kind, pupil in ((EventKind.LEERLING, INITIATOR), (EventKind.LEERLING, OTHER)):
        incident = STEP[kind](incident, pupil, None)
    due = next_step(incident.state)
    assert due.kind is EventKind.CONSULTATIE and due.preset == {"kind": "intern"}
    incident = STEP[EventKind.CONSULTATIE](incident, None, "intern")
    for pupil in (INITIATOR, OTHER):
        incident = STEP[EventKind.OUDERGESPREK](incident, pupil, None)
    incident = STEP[EventKind.VLAG](incident, INITIATOR, None)
    incident = STEP[EventKind.INSCHATTING](incident, None, "groot")
    due = next_step(incident.state)
    assert due.preset == {"kind": "calamiteitenteam"} and "groot" in due.why
    assert "team" in blocked_reason(incident.state, EventKind.ACTIEPLAN)


def test_an_evaluation_whose_date_has_come_goes_first():
    incident = _start()
    for pupil in (INITIATOR, OTHER):
        incident = STEP[EventKind.LEERLING](incident, pupil, None)
    incident = STEP[EventKind.OMGANGSREGELS](incident, None, None)
    due_on = incident.state.active_rules.next_evaluation
    assert due_on == DAY + timedelta(days=14)
    assert next_step(incident.state, today=due_on - timedelta(days=1)).kind \
        is EventKind.CONSULTATIE
    due = next_step(incident.state, today=due_on)
    assert due.kind is EventKind.EVALUATIE_REGELS and "16-03-2026" in due.why
