"""Property test: random event sequences are either refused or lead to a consistent state."""

from __future__ import annotations

import contextlib
import os
from datetime import date, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import event as hyp_event
from hypothesis import strategies as st

from zorgdesk.domain.meldcode import (
    STEP1_QUESTIONS,
    Answer,
    EventKind,
    Meldcode,
    MeldcodeError,
    MeldcodeEvent,
    MeldcodeState,
    Outcome,
    Question,
    Step,
    allowed_kinds,
    apply_event,
    replay,
)


def _load_scenarios():
    # Load the scenario builders of test_meldcode.py by path: works whether or not
    # tests/ is a package.
    import importlib.util
    from pathlib import Path

    path = Path(__file__).with_name("test_meldcode.py")
    spec = importlib.util.spec_from_file_location("_meldcode_scenarios", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_sc = _load_scenarios()
at_step4, hulp_decided, melden_decided = _sc.at_step4, _sc.hulp_decided, _sc.melden_decided
started, step2_done, full_melding = _sc.started, _sc.step2_done, _sc.full_melding

TODAY = "<today>"
LATER = "<later>"

_Q = EventKind.AFWEGINGSVRAAG
HELP = {"help_description": "hulp", "help_term": LATER, "help_responsible": "IB"}

# (kind, answer, reasoning) templates; valid and invalid variants on purpose.
TEMPLATES: list[tuple[EventKind, dict[str, Any], str]] = [
    (
        EventKind.GESTART,
        {"pupil_id": "p", "leader": "AF", "start_date": TODAY},
        "",
    ),
    (
        EventKind.SIGNALEN_VASTGELEGD,
        {"logboek_ids": ("l1",), "contra_signalen": "c", **{k: "a" for k in STEP1_QUESTIONS}},
        "",
    ),
    (EventKind.SIGNALEN_VASTGELEGD, {"contra_signalen": "c"}, ""),
    (EventKind.KINDCHECK, {"done": True, "note": "n"}, ""),
    (EventKind.KINDCHECK, {"done": "ja", "note": "n"}, ""),
    (EventKind.BROERS_ZUSSEN, {"siblings": (), "note": "geen"}, ""),
    (EventKind.COLLEGIALE_CONSULTATIE, {"with_whom": "dir", "date": TODAY, "advice": "a"}, ""),
    (EventKind.COLLEGIALE_CONSULTATIE, {"with_whom": "dir", "date": LATER, "advice": "a"}, ""),
    (
        EventKind.VT_CONSULTATIE,
        {
            "date": TODAY,
            "anonymous": True,
            "contact_person": "c",
            "question": "q",
            "advice": "a",
            "next_steps": "n",
            "responsibilities": "r",
        },
        "",
    ),
    (EventKind.VT_CONSULTATIE, {"date": TODAY, "anonymous": True}, ""),
    (EventKind.GESPREK_GEKOPPELD, {"zorggesprek_id": "z1"}, ""),
    (EventKind.GESPREK_OVERGESLAGEN, {"reason_category": "veiligheid_anderen"}, "reden"),
    (EventKind.GESPREK_OVERGESLAGEN, {"reason_category": "veiligheid_anderen"}, ""),
    (EventKind.GESPREK_OVERGESLAGEN, {"reason_category": "geen zin"}, "reden"),
    (EventKind.STAP_AFGEROND, {}, ""),
    (EventKind.STAP_AFGEROND, {}, ""),
    (_Q, {"question": 1, "value": "ja", "bevoegd_gezag_informed": True}, "r"),
    (_Q, {"question": 1, "value": "ja"}, "r"),
    (_Q, {"question": 1, "value": "nee"}, "r"),
    (_Q, {"question": 1, "value": "nee"}, ""),
    (_Q, {"question": 2, "value": "nee"}, "r"),
    (_Q, {"question": 2, "value": "ja"}, "r"),
    (_Q, {"question": 2, "value": "twijfel"}, "r"),
    (_Q, {"question": 2, "value": "ja", "disclosure": True}, "r"),
    (_Q, {"question": 2, "value": "nee", "disclosure": True}, "r"),
    (_Q, {"question": 3, "value": "ja"}, "r"),
    (_Q, {"question": 3, "value": "nee"}, "r"),
    (_Q, {"question": 3, "value": "twijfel"}, "r"),
    (_Q, {"question": 3, "value": "ja", "with_veilig_thuis": True}, "r"),
    (_Q, {"question": 4, "value": "ja", **HELP}, "r"),
    (_Q, {"question": 4, "value": "ja"}, "r"),
    (_Q, {"question": 4, "value": "nee"}, "r"),
    (_Q, {"question": 4, "value": "ja", "with_veilig_thuis": True, **HELP}, "r"),
    (_Q, {"question": 5, "value": "ja", "monitoring_agreements": "m"}, "r"),
    (_Q, {"question": 5, "value": "nee"}, "r"),
    (EventKind.BESLUIT_MELDEN, {"value": True}, "r"),
    (EventKind.BESLUIT_MELDEN, {"value": False}, "r"),
    (EventKind.BESLUIT_MELDEN, {"value": True}, ""),
    (EventKind.BESLUIT_HULP, {"value": True}, "r"),
    (
        EventKind.BESLUIT_HULP,
        {"value": True, "description": "d", "term": LATER, "responsible": "IB"},
        "r",
    ),
    (EventKind.BESLUIT_HULP, {"value": False}, "r"),
    (EventKind.OUDERS_GEINFORMEERD, {"date": TODAY, "how": "telefonisch"}, ""),
    (EventKind.OUDERS_NIET_GEINFORMEERD, {"reason_category": "vertrouwensrelatie"}, "r"),
    (EventKind.OUDERS_NIET_GEINFORMEERD, {"reason_category": "vertrouwensrelatie"}, ""),
    (EventKind.MELDING_GEDAAN, {"date": TODAY, "by_whom": "dir", "vt_reference": "VT1"}, ""),
    (EventKind.VT_TERUGKOPPELING, {"date": TODAY, "summary": "s"}, ""),
    (EventKind.NAZORG_EVALUATIE, {"date": TODAY, "text": "t"}, ""),
    (EventKind.MONITORING, {"agreements": "a"}, ""),
    (EventKind.TERUG_NAAR_STAP, {"to_step": 1}, "nieuw"),
    (EventKind.TERUG_NAAR_STAP, {"to_step": 4}, "nieuw"),
    (EventKind.TERUG_NAAR_STAP, {"to_step": 3}, ""),
    (EventKind.AFGESLOTEN, {"monitoring_agreements": "m"}, "r"),
    (EventKind.AFGESLOTEN, {"monitoring_agreements": "m"}, ""),
]

PREFIXES = [Meldcode, started, step2_done, at_step4, melden_decided, hulp_decided, full_melding]

GO_ON = {
    Question.VERMOEDEN: Answer.JA,
    Question.VEILIGHEID: Answer.NEE,
    Question.HULP: Answer.JA,
    Question.HULP_ACCEPTEREN: Answer.JA,
}


def _materialise(value: Any, ts: datetime) -> Any:
    if value == TODAY:
        return ts.date()
    if value == LATER:
        return ts.date() + timedelta(days=30)
    return value


def _event(template_index: int, step_choice: int, ts: datetime, current: Step) -> MeldcodeEvent:
    kind, answer, reasoning = TEMPLATES[template_index]
    answer = {k: _materialise(v, ts) for k, v in answer.items()}
    # mostly the "right" step, sometimes a wrong one
    if step_choice == 0:
        step = Step(1 + (int(current) % 5))
    elif kind is _Q:
        step = Step.AFWEGEN
    else:
        from zorgdesk.domain.meldcode import KIND_STEP

        step = KIND_STEP.get(kind, current)
    return MeldcodeEvent(step, kind, answer, reasoning, "IB", ts)


def check_invariants(s: MeldcodeState) -> None:
    assert replay(s.events) == s
    assert s.completed_steps == {st for st in Step if st < s.current_step}
    # afwegingskader answers form an unbroken chain of "go on" answers
    qs = sorted(s.answers)
    assert qs == list(Question)[: len(qs)]
    for q in qs[:-1]:
        qa = s.answers[q]
        assert qa.answer is GO_ON[q] and not qa.disclosure
    for qa in s.answers.values():
        assert qa.reasoning
        if qa.disclosure:
            assert qa.answer is not Answer.NEE
    if s.answers:
        assert s.current_step >= Step.AFWEGEN
    if s.vt_answers:
        q2 = s.answers[Question.VEILIGHEID]
        assert q2.answer is not Answer.NEE
    if s.decision_melden is not None or s.decision_hulp is not None:
        assert s.current_step is Step.BESLISSEN
        assert s.outcome is not Outcome.OPEN
    assert not (s.decision_melden is False and s.decision_hulp is False)
    if s.melding_done:
        assert s.decision_melden is True
        assert s.parents_informed is not None or s.parents_not_informed is not None
        assert s.vt_response_due is not None and s.vt_response_due > s.melding_date
    if s.closed:
        last = s.events[-1]
        assert last.kind is EventKind.AFGESLOTEN and last.reasoning
        assert s.outcome in (Outcome.AFSLUITEN, Outcome.AFSLUITEN_NA_HULP) or s.melding_done
        if s.melding_done:
            assert s.vt_response_date is not None and s.nazorg
    if s.outcome is Outcome.MELDEN and s.decision_melden is not None and s.melding_done:
        assert s.decision_melden
    for e in s.events:
        if e.kind in (
            EventKind.AFWEGINGSVRAAG,
            EventKind.BESLUIT_MELDEN,
            EventKind.BESLUIT_HULP,
            EventKind.GESPREK_OVERGESLAGEN,
            EventKind.OUDERS_NIET_GEINFORMEERD,
            EventKind.TERUG_NAAR_STAP,
            EventKind.AFGESLOTEN,
        ):
            assert e.reasoning


@settings(
    max_examples=int(os.environ.get("MELDCODE_EXAMPLES", "400")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(prefix=st.sampled_from(PREFIXES), data=st.data())
def test_random_sequences_refused_or_consistent(prefix, data):
    state = prefix().state
    ts = state.events[-1].timestamp if state.events else datetime(2026, 3, 2, 9)
    accepted = 0
    n_moves = data.draw(st.integers(0, 40), label="moves")
    for _ in range(n_moves):
        allowed = set(allowed_kinds(state))
        candidates = [i for i, t in enumerate(TEMPLATES) if t[0] in allowed]
        if candidates and data.draw(st.integers(0, 4), label="bias"):
            template_index = data.draw(st.sampled_from(candidates), label="template")
        else:
            template_index = data.draw(st.integers(0, len(TEMPLATES) - 1), label="template")
        step_choice = data.draw(st.integers(0, 9), label="step")  # 0 = deliberately wrong
        hours = data.draw(st.sampled_from([0, 1, 5, 24, 24 * 40]), label="hours")
        ts = ts + timedelta(hours=hours)
        event = _event(template_index, step_choice, ts, state.current_step)
        before = state
        try:
            new = apply_event(state, event)
        except MeldcodeError as err:
            assert err.message  # a message for the user
            assert state == before
            continue
        accepted += 1
        assert new.events[-1] is event
        assert new.events[:-1] == state.events
        state = new
        check_invariants(state)
    hyp_event(f"outcome={state.outcome.value}")
    hyp_event(f"step={int(state.current_step)} melding={state.melding_done} closed={state.closed}")
    hyp_event(f"accepted>={min(accepted, 10) // 5 * 5}")


def test_refusal_leaves_state_unchanged():
    m = at_step4()
    before = m.state
    with contextlib.suppress(MeldcodeError):
        m.answer_question(3, "ja", reasoning="r", author="IB", at=datetime(2026, 3, 9))
    assert m.state == before
    assert date(2026, 3, 2) == m.start_date


def test_seeded_random_walks_reach_every_ending():
    """Complement to hypothesis: long biased random walks, deterministic by seed."""
    import random

    rng = random.Random(20260302)
    endings: set[str] = set()
    for walk in range(250):
        state = PREFIXES[walk % len(PREFIXES)]().state
        ts = state.events[-1].timestamp if state.events else datetime(2026, 3, 2, 9)
        for _ in range(60):
            if state.closed:
                break
            allowed = set(allowed_kinds(state))
            candidates = [i for i, t in enumerate(TEMPLATES) if t[0] in allowed]
            if candidates and rng.random() < 0.85:
                index = rng.choice(candidates)
            else:
                index = rng.randrange(len(TEMPLATES))
            ts += timedelta(hours=rng.choice([0, 1, 5, 24, 24 * 40]))
            event = _event(index, rng.randrange(10), ts, state.current_step)
            try:
                state = apply_event(state, event)
            except MeldcodeError:
                continue
            check_invariants(state)
        if state.closed:
            endings.add("na melding" if state.melding_done else state.outcome.value)
    assert endings == {"na melding", "afsluiten", "afsluiten_na_hulp"}
