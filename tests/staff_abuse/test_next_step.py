"""The due step of a staff-abuse dossier and why a step is not possible yet, in every
state the route can reach (explored exhaustively, with every party and both findings)."""

from __future__ import annotations

from datetime import date, datetime

from zorgdesk.domain.staff_abuse import StaffAbuseCase, StaffAbuseError, StaffAbuseState
from zorgdesk.domain.staff_abuse.next_step import STEP_KINDS, blocked_reason, next_step

DAY = date(2026, 3, 2)
WHO = {"author": "IB", "at": datetime(2026, 3, 2, 9, 0)}
STEPS = {
    "overleg": [lambda c, p=p: c.consult(p, on=DAY, advice="advies", **WHO)
                for p in ("vertrouwensinspecteur", "zedenpolitie", "gemeente")],
    "vaststelling": [lambda c, v=v: c.establish(v, on=DAY, reasoning="inspecteur", **WHO)
                     for v in (True, False)],
    "betrokkenen_geinformeerd": [lambda c: c.inform_involved(
        on=DAY, by="bevoegd_gezag", whom="ouders van beiden", **WHO)],
    "aangifte": [lambda c: c.report_to_police(on=DAY, where="politie", **WHO)],
    "afgesloten": [lambda c: c.close(on=DAY, reasoning="afgerond", **WHO)],
}


def _start() -> StaffAbuseCase:
    return StaffAbuseCase.start(7, on=DAY, informant="medewerker", to_bevoegd_gezag=True,
                                bevoegd_gezag="bestuurder", staff_member="invaller",
                                facts="vertelde over vasthouden", **WHO)


def _key(case: StaffAbuseCase) -> tuple:
    s = case.state
    return (s.consulted, s.inspector_on is not None, s.reasonable_suspicion,
            s.involved_informed, s.aangifte_on is not None, s.closed)


def _apply(case, make):
    try:
        return make(case)
    except StaffAbuseError:
        return None


def _every_state() -> list[StaffAbuseCase]:
    found, todo = {_key(_start()): _start()}, [_start()]
    while todo:
        case = todo.pop()
        for makes in STEPS.values():
            for make in makes:
                after = _apply(case, make)
                if after is not None and _key(after) not in found:
                    found[_key(after)] = after
                    todo.append(after)
    return list(found.values())


STATES = _every_state()


def test_every_state_is_reached():
    assert len(STATES) > 20
    assert {c.state.reasonable_suspicion for c in STATES if c.state.closed} == {True, False}


def test_a_step_is_refused_exactly_when_a_reason_is_given():
    assert set(STEPS) == set(STEP_KINDS)
    for case in STATES:
        for kind, makes in STEPS.items():
            reason = blocked_reason(case.state, kind)
            for make in makes:
                assert (_apply(case, make) is not None) == (reason is None), \
                    (kind, reason, _key(case))
            if reason is not None:
                assert reason[0].isupper() and reason.endswith("."), reason


def test_the_due_step_is_allowed_and_nothing_is_due_when_closed():
    for case in STATES:
        due = next_step(case.state)
        if case.state.closed:
            assert due is None
            continue
        assert blocked_reason(case.state, due.kind) is None, (due, _key(case))
        assert due.why.endswith(".")
    assert next_step(StaffAbuseState()) is None
    assert blocked_reason(StaffAbuseState(), "overleg").startswith("Leg eerst de melding")


def _follow(finding: bool) -> list[str]:
    case, taken = _start(), []
    while (due := next_step(case.state)) is not None:
        taken.append(due.kind)
        if due.kind == "overleg":
            assert due.preset == {"party": "vertrouwensinspecteur"}
            case = STEPS["overleg"][0](case)
        elif due.kind == "vaststelling":
            case = STEPS["vaststelling"][0 if finding else 1](case)
        else:
            case = STEPS[due.kind][0](case)
    assert case.state.closed
    return taken


def test_following_the_due_step_takes_the_seed_order():
    # l.5200-5212: inspecteur, vaststelling, informeren, aangifte; without a reasonable
    # suspicion there is no aangifte.
    assert _follow(True) == ["overleg", "vaststelling", "betrokkenen_geinformeerd",
                             "aangifte", "afgesloten"]
    assert _follow(False) == ["overleg", "vaststelling", "afgesloten"]


def test_a_consultation_with_the_police_alone_leaves_the_inspector_due():
    case = STEPS["overleg"][1](_start())
    assert next_step(case.state).kind == "overleg"
    assert "vertrouwensinspecteur" in blocked_reason(case.state, "vaststelling")
