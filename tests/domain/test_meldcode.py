"""Tests for the dossier meldcode state machine (steps 1-5 and the afwegingskader)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from tests.refusals import refused
from zorgdesk.domain.meldcode import (
    STEP1_QUESTIONS,
    Answer,
    ConversationSkipReason,
    EventKind,
    Meldcode,
    MeldcodeError,
    MeldcodeEvent,
    Outcome,
    ParentsNotInformedReason,
    Question,
    Step,
    allowed_kinds,
    missing_requirements,
    replay,
)

IB = "J. de Vries (IB)"
T0 = datetime(2026, 3, 2, 9, 0)  # Monday


def at(days: int = 0, hours: int = 0) -> datetime:
    return T0 + timedelta(days=days, hours=hours)


def started() -> Meldcode:
    return Meldcode.start("leerling-1", IB, date(2026, 3, 2), author=IB, at=at())


def step1_done(m: Meldcode | None = None) -> Meldcode:
    m = m or started()
    m = m.record_signals(
        signal_check_ids=["sig-1"],
        logboek_ids=["log-1", "log-2"],
        contra_signalen="Komt verzorgd op school; gaat graag naar opa.",
        answers={k: f"antwoord {k}" for k in STEP1_QUESTIONS},
        author=IB,
        at=at(0, 1),
    )
    m = m.record_kindcheck(
        done=True, note="Moeder in behandeling; kindcheck gedaan.", author=IB, at=at(0, 1)
    )
    m = m.record_siblings(
        siblings=["leerling-2"], note="Zusje in groep 3: geen signalen.", author=IB, at=at(0, 1)
    )
    return m.complete_step(author=IB, at=at(0, 2))


def step2_done(m: Meldcode | None = None) -> Meldcode:
    m = m or step1_done()
    m = m.record_collegial_consultation(
        with_whom="directeur", on=date(2026, 3, 3), advice="VT raadplegen", author=IB, at=at(1)
    )
    return m.complete_step(author=IB, at=at(1, 1))


def with_vt_consultation(m: Meldcode, day: int = 1) -> Meldcode:
    return m.record_vt_consultation(
        on=(T0 + timedelta(days=day)).date(),
        anonymous=True,
        contact_person="adviseur VT",
        question="Is dit reden tot zorg?",
        advice="Gesprek met ouders voeren",
        next_steps="IB voert gesprek",
        responsibilities="School: gesprek; VT: meedenken",
        author=IB,
        at=at(day, 2),
    )


def at_step4() -> Meldcode:
    m = step2_done()
    m = m.link_conversation("zorggesprek-7", author=IB, at=at(2))
    return m.complete_step(author=IB, at=at(2, 1))


def q(m: Meldcode, question: int, value: str, day: int = 3, **kw) -> Meldcode:
    return m.answer_question(
        question, value, reasoning=f"onderbouwing {question}", author=IB, at=at(day), **kw
    )


def q1_yes(m: Meldcode) -> Meldcode:
    return q(m, 1, "ja", bevoegd_gezag_informed=True)


HELP = {
    "help_description": "Opvoedondersteuning via CJG",
    "help_term": date(2026, 4, 30),
    "help_responsible": "IB",
}


def to_help(m: Meldcode | None = None) -> Meldcode:
    m = q1_yes(m or at_step4())
    m = q(m, 2, "nee")
    m = q(m, 3, "ja")
    return q(m, 4, "ja", **HELP)


# ------------------------------------------------------------------------ basics


def test_start_and_history_are_events():
    m = started()
    assert m.pupil_id == "leerling-1"
    assert m.leader == IB
    assert m.start_date == date(2026, 3, 2)
    assert m.current_step is Step.SIGNALEN
    assert len(m.events) == 1
    ev = m.events[0]
    assert ev.kind is EventKind.GESTART and ev.author == IB and ev.timestamp == T0


def test_events_are_frozen():
    ev = started().events[0]
    with pytest.raises(AttributeError):
        ev.reasoning = "anders"  # type: ignore[misc]
    with pytest.raises(TypeError):
        ev.answer["pupil_id"] = "x"  # type: ignore[index]


def test_methods_do_not_mutate_original():
    m = started()
    m2 = m.record_kindcheck(done=False, note="n.v.t.", author=IB, at=at())
    assert len(m.events) == 1 and len(m2.events) == 2
    assert m.kindcheck_done is None and m2.kindcheck_done is False


def test_state_access_returns_copies():
    m = to_help()
    answers = m.answers
    answers.clear()
    assert len(m.answers) == 4


def test_record_roundtrip_and_replay_determinism():
    m = to_help()
    records = [e.to_record() for e in m.events]
    events = [MeldcodeEvent.from_record(r) for r in records]
    assert events == list(m.events)
    assert replay(events) == replay(m.events) == m.state
    assert Meldcode(events).state == m.state


def test_cannot_start_twice_or_act_before_start():
    m = started()
    with refused(MeldcodeError, match="al gestart"):
        m.record(
            EventKind.GESTART,
            {"pupil_id": "x", "leader": "y", "start_date": T0.date()},
            author=IB,
            at=at(),
        )
    with refused(MeldcodeError, match="Start eerst"):
        Meldcode().record_kindcheck(done=True, note="x", author=IB, at=at())


def test_author_required_and_time_monotonic():
    m = started()
    with refused(MeldcodeError, match="auteur"):
        m.record_kindcheck(done=True, note="x", author="  ", at=at())
    with refused(MeldcodeError, match="vóór de vorige"):
        m.record_kindcheck(done=True, note="x", author=IB, at=at(-1))


def test_dates_in_future_refused():
    with refused(MeldcodeError, match="toekomst"):
        Meldcode.start("p", IB, date(2026, 3, 5), author=IB, at=at())


# ------------------------------------------------------------------------ step 1-3


def test_step1_requirements_listed_in_dutch():
    m = started()
    missing = missing_requirements(m.state)
    assert any("signalenlijst of logboekregel" in s for s in missing)
    assert any("kindcheck" in s for s in missing)
    assert any("broertjes en zusjes" in s for s in missing)
    assert any("Hoe vaak komt dit voor?" in s for s in missing)
    with refused(MeldcodeError, match="Stap 1 is nog niet af"):
        m.complete_step(author=IB, at=at())


def test_step1_needs_at_least_one_link_and_contra_signals():
    m = started()
    with refused(MeldcodeError, match="minstens een"):
        m.record_signals(contra_signalen="x", author=IB, at=at())
    with refused(MeldcodeError, match="contra-signalen"):
        m.record_signals(logboek_ids=["l"], contra_signalen=" ", author=IB, at=at())


def test_step1_complete_moves_to_step2():
    m = step1_done()
    assert m.current_step is Step.CONSULTATIE
    assert m.logboek_ids == ("log-1", "log-2")
    assert m.siblings == ("leerling-2",)


def test_step2_needs_collegial_consultation():
    m = step1_done()
    with refused(MeldcodeError, match="collegiale consultatie"):
        m.complete_step(author=IB, at=at(1))
    assert m.missing() == ["Leg de collegiale consultatie vast (met wie, datum, advies)."]


def test_vt_consultation_record_requires_fields():
    m = step1_done()
    with refused(MeldcodeError, match="advies van Veilig Thuis"):
        m.record_vt_consultation(
            on=date(2026, 3, 3),
            anonymous=True,
            contact_person="a",
            question="v",
            advice="",
            next_steps="n",
            responsibilities="r",
            author=IB,
            at=at(1),
        )
    m = with_vt_consultation(m)
    assert len(m.vt_consultations) == 1
    ev = m.events[-1]
    assert ev.step is Step.CONSULTATIE and ev.answer["anonymous"] is True


def test_step3_skip_requires_category_and_reason():
    m = step2_done()
    with refused(MeldcodeError, match="Kies een reden"):
        m.record(EventKind.GESPREK_OVERGESLAGEN, {}, author=IB, at=at(2), reasoning="x")
    with refused(MeldcodeError, match="onderbouwing"):
        m.skip_conversation(
            ConversationSkipReason.VEILIGHEID_KIND, reasoning=" ", author=IB, at=at(2)
        )
    with refused(MeldcodeError, match="Stap 3 is nog niet af"):
        m.complete_step(author=IB, at=at(2))
    m = m.skip_conversation(
        ConversationSkipReason.VEILIGHEID_KIND,
        reasoning="Kind vertelde dat vader dreigt bij 'verraad'.",
        author=IB,
        at=at(2),
    )
    m = m.complete_step(author=IB, at=at(2, 1))
    assert m.current_step is Step.AFWEGEN
    assert m.conversation_skipped is ConversationSkipReason.VEILIGHEID_KIND


def test_step_bound_records_refused_in_other_step():
    m = step1_done()
    with refused(MeldcodeError, match="hoort bij stap 3"):
        m.link_conversation("z", author=IB, at=at(1))
    with refused(MeldcodeError, match="hoort bij stap 1"):
        m.record_kindcheck(done=True, note="x", author=IB, at=at(1))


# ------------------------------------------------------------------------ afwegingskader


def test_question_before_step4_refused():
    with refused(MeldcodeError, match="pas na de stappen 1 tot en met 3"):
        q(step2_done(), 1, "ja", bevoegd_gezag_informed=True)


def test_deciding_without_afwegingskader_refused():
    m = at_step4()
    with refused(MeldcodeError, match="Beslissen .*afwegingskader"):
        m.decide_melden(True, reasoning="zeker", author=IB, at=at(3))
    with refused(MeldcodeError, match="Stap 4 is nog niet af"):
        m.complete_step(author=IB, at=at(3))


def test_questions_in_order_only():
    m = at_step4()
    with refused(MeldcodeError, match="in volgorde"):
        q(m, 2, "nee")
    m = q1_yes(m)
    with refused(MeldcodeError, match="Beantwoord eerst vraag 2"):
        q(m, 3, "ja")


def test_every_answer_needs_reasoning():
    m = at_step4()
    with refused(MeldcodeError, match="onderbouwing"):
        m.answer_question(1, "nee", reasoning="   ", author=IB, at=at(3))


def test_twijfel_only_for_question_2():
    with refused(MeldcodeError, match="alleen een antwoord bij vraag 2"):
        q(at_step4(), 1, "twijfel")


def test_q1_yes_requires_bevoegd_gezag_informed():
    with refused(MeldcodeError, match="bevoegd gezag"):
        q(at_step4(), 1, "ja")


def test_path_q1_no_close_and_monitor():
    m = q(at_step4(), 1, "nee")
    assert m.outcome is Outcome.AFSLUITEN
    assert any("geen vermoeden" in s for s in m.missing())
    with refused(MeldcodeError, match="geen vermoeden"):
        q(m, 2, "nee")
    with refused(MeldcodeError, match="Stap 4 is nog niet af"):
        m.complete_step(author=IB, at=at(3))
    with refused(MeldcodeError, match="onderbouwing"):
        m.close(
            reasoning="", monitoring_agreements="Leerkracht blijft observeren", author=IB, at=at(3)
        )
    with refused(MeldcodeError, match="monitoren"):
        m.close(reasoning="Geen vermoeden", monitoring_agreements="", author=IB, at=at(3))
    m = m.close(
        reasoning="Zorg weggenomen in gesprek",
        monitoring_agreements="Leerkracht blijft observeren; evaluatie over 6 weken",
        author=IB,
        at=at(3),
    )
    assert m.closed and m.missing() == []
    with refused(MeldcodeError, match="afgesloten"):
        m.record_monitoring("x", author=IB, at=at(4))


@pytest.mark.parametrize("value", ["ja", "twijfel"])
def test_path_q2_yes_or_doubt_melden(value):
    m = q(q1_yes(at_step4()), 2, value)
    assert m.outcome is Outcome.MELDEN
    assert m.meldnorm == 1
    assert m.next_question() is None


def test_disclosure_counts_as_acute():
    m = q1_yes(at_step4())
    with refused(MeldcodeError, match="disclosure"):
        q(m, 2, "nee", disclosure=True)
    m = q(m, 2, "ja", disclosure=True)
    assert m.outcome is Outcome.MELDEN and m.meldnorm == 1
    assert m.answers[Question.VEILIGHEID].disclosure


def test_q3_after_q2_melden_refused_unless_with_vt():
    m = q(q1_yes(at_step4()), 2, "ja")
    with refused(MeldcodeError, match="al tot melden geleid"):
        q(m, 3, "ja")
    with refused(MeldcodeError, match="geen contact met Veilig Thuis"):
        q(m, 3, "ja", with_veilig_thuis=True)
    m = with_vt_consultation(m, day=3)
    m = q(m, 3, "ja", day=4, with_veilig_thuis=True)
    with refused(MeldcodeError, match="in volgorde"):
        q(m, 5, "ja", day=4, with_veilig_thuis=True, monitoring_agreements="x")
    m = q(m, 4, "ja", day=4, with_veilig_thuis=True, **HELP)
    assert m.outcome is Outcome.MELDEN  # remaining questions don't undo the meldplicht
    assert set(m.vt_answers) == {Question.HULP, Question.HULP_ACCEPTEREN}


def test_with_vt_only_after_q2_melden():
    m = q(
        q1_yes(
            with_vt_consultation(step1_done())
            .record_collegial_consultation(
                with_whom="dir", on=date(2026, 3, 3), advice="a", author=IB, at=at(1, 3)
            )
            .complete_step(author=IB, at=at(1, 4))
            .link_conversation("z", author=IB, at=at(2))
            .complete_step(author=IB, at=at(2, 1))
        ),
        2,
        "nee",
    )
    with refused(MeldcodeError, match="Alleen als vraag 2 tot melden leidde"):
        q(m, 3, "ja", with_veilig_thuis=True)


def test_path_q3_no_melden():
    m = q(q(q1_yes(at_step4()), 2, "nee"), 3, "nee")
    assert m.outcome is Outcome.MELDEN and m.meldnorm == 2
    with refused(MeldcodeError, match="al tot melden geleid"):
        q(m, 4, "ja", **HELP)


def test_path_q4_no_melden():
    m = q(q(q(q1_yes(at_step4()), 2, "nee"), 3, "ja"), 4, "nee")
    assert m.outcome is Outcome.MELDEN and m.meldnorm == 2


def test_q4_yes_requires_term_and_responsible():
    m = q(q(q1_yes(at_step4()), 2, "nee"), 3, "ja")
    with refused(MeldcodeError, match="termijn"):
        q(m, 4, "ja", help_description="x", help_responsible="IB")
    with refused(MeldcodeError, match="verantwoordelijke"):
        q(m, 4, "ja", help_description="x", help_term=date(2026, 4, 1))
    m = q(m, 4, "ja", **HELP)
    assert m.outcome is Outcome.HULP
    assert m.help_term == date(2026, 4, 30) and m.help_responsible == "IB"


def hulp_decided() -> Meldcode:
    m = to_help().complete_step(author=IB, at=at(3, 1))
    assert m.current_step is Step.BESLISSEN
    m = m.decide_melden(False, reasoning="Hulp is geaccepteerd", author=IB, at=at(3, 2))
    return m.decide_hulp(True, reasoning="CJG", author=IB, at=at(3, 2))


def test_path_q5_needs_help_started_and_term():
    m = to_help()
    with refused(MeldcodeError, match="hulp bieden of organiseren: ja"):
        q(m, 5, "ja", monitoring_agreements="x")
    m = hulp_decided()
    assert m.next_question() is Question.RESULTAAT
    assert any("afwegingsvraag 5" in s for s in m.missing())
    with refused(MeldcodeError, match="na afloop van de termijn"):
        q(m, 5, "ja", day=10, monitoring_agreements="x")


def test_path_q5_yes_close_with_monitoring():
    m = hulp_decided()
    with refused(MeldcodeError, match="monitoren"):
        q(m, 5, "ja", day=60)
    m = q(m, 5, "ja", day=60, monitoring_agreements="Maandelijks gesprek")
    assert m.outcome is Outcome.AFSLUITEN_NA_HULP
    with refused(MeldcodeError, match="resultaat"):
        m.decide_melden(True, reasoning="x", author=IB, at=at(60))
    m = m.close(
        reasoning="Hulp werkt", monitoring_agreements="Maandelijks gesprek", author=IB, at=at(60)
    )
    assert m.closed


def test_path_q5_no_melden_even_before_term():
    m = q(hulp_decided(), 5, "nee", day=10)  # unsafety recurs: meldnorm 3
    assert m.outcome is Outcome.MELDEN and m.meldnorm == 3
    assert any("melden: ja" in s for s in m.missing())
    with refused(MeldcodeError, match="geen besluit om te melden"):
        m.record_parents_informed(on=date(2026, 3, 12), how="telefonisch", author=IB, at=at(10))
    with refused(MeldcodeError, match="niet melden"):
        m.decide_melden(False, reasoning="x", author=IB, at=at(10))
    m = m.decide_melden(True, reasoning="Meldnorm 3", author=IB, at=at(10))
    assert m.decision_melden is True


# ------------------------------------------------------------------------ step 5


def melden_decided() -> Meldcode:
    m = q(q1_yes(at_step4()), 2, "twijfel").complete_step(author=IB, at=at(3, 1))
    return m.decide_melden(True, reasoning="Twijfel over veiligheid", author=IB, at=at(3, 2))


def test_melden_outcome_forbids_not_melden():
    m = q(q1_yes(at_step4()), 2, "ja").complete_step(author=IB, at=at(3, 1))
    with refused(MeldcodeError, match="meldnorm 1"):
        m.decide_melden(False, reasoning="liever niet", author=IB, at=at(3, 2))
    with refused(MeldcodeError, match="onderbouwing"):
        m.decide_melden(True, reasoning="", author=IB, at=at(3, 2))


def test_both_decisions_no_refused():
    m = to_help().complete_step(author=IB, at=at(3, 1))
    m = m.decide_melden(False, reasoning="Hulp loopt", author=IB, at=at(3, 2))
    with refused(MeldcodeError, match="beide 'nee'"):
        m.decide_hulp(False, reasoning="x", author=IB, at=at(3, 2))


def test_hulp_yes_needs_term_when_not_from_q4():
    m = melden_decided()
    with refused(MeldcodeError, match="welke hulp"):
        m.decide_hulp(True, reasoning="x", author=IB, at=at(3, 2))
    m = m.decide_hulp(
        True,
        reasoning="Samen met VT",
        description="Schoolmaatschappelijk werk",
        term=date(2026, 5, 1),
        responsible="IB",
        author=IB,
        at=at(3, 2),
    )
    assert m.help_term == date(2026, 5, 1)


def test_melding_requires_parents_informed_or_reason():
    m = melden_decided()
    with refused(MeldcodeError, match="open, tenzij"):
        m.record_melding(
            on=date(2026, 3, 5), by_whom=IB, vt_reference="VT-1", author=IB, at=at(3, 3)
        )
    with refused(MeldcodeError, match="onderbouwing"):
        m.record_parents_not_informed(
            ParentsNotInformedReason.VEILIGHEID_KIND, reasoning="", author=IB, at=at(3, 3)
        )
    m2 = m.record_parents_not_informed(
        ParentsNotInformedReason.VEILIGHEID_KIND, reasoning="Vader dreigde", author=IB, at=at(3, 3)
    )
    m2 = m2.record_melding(
        on=date(2026, 3, 5), by_whom=IB, vt_reference="VT-1", author=IB, at=at(3, 4)
    )
    assert m2.melding_done
    m3 = m.record_parents_informed(
        on=date(2026, 3, 5), how="gesprek op school", author=IB, at=at(3, 3)
    )
    with refused(MeldcodeError, match="vóór het informeren"):
        m3.record_melding(
            on=date(2026, 3, 4), by_whom=IB, vt_reference="VT-1", author=IB, at=at(3, 4)
        )


def full_melding() -> Meldcode:
    m = melden_decided().decide_hulp(False, reasoning="VT neemt over", author=IB, at=at(3, 2))
    m = m.record_parents_informed(on=date(2026, 3, 5), how="telefonisch", author=IB, at=at(3, 3))
    # Friday 6 March 2026
    return m.record_melding(
        on=date(2026, 3, 6), by_whom="directeur", vt_reference="VT-2026-1", author=IB, at=at(4, 1)
    )


def test_vt_due_date_and_reminder():
    m = full_melding()
    assert m.vt_response_due == date(2026, 3, 13)  # Friday + 5 working days = next Friday
    assert not m.vt_response_overdue(date(2026, 3, 13))
    assert m.vt_response_overdue(date(2026, 3, 16))
    assert any("13-03-2026" in s for s in m.missing())


def test_close_after_melding_needs_response_and_nazorg():
    m = full_melding()
    with refused(MeldcodeError, match="terugkoppeling van Veilig Thuis en nazorg"):
        m.close(reasoning="klaar", monitoring_agreements="m", author=IB, at=at(5))
    with refused(MeldcodeError, match="al vastgelegd"):
        m.record_melding(on=date(2026, 3, 6), by_whom="d", vt_reference="x", author=IB, at=at(5))
    m = m.record_vt_response(
        on=date(2026, 3, 12), summary="Onderzoek gestart", author=IB, at=at(10)
    )
    assert not m.vt_response_overdue(date(2026, 4, 1))
    m = m.record_nazorg(on=date(2026, 3, 20), text="Evaluatie met team", author=IB, at=at(18))
    m = m.record_monitoring("Leerkracht blijft signaleren", author=IB, at=at(18))
    assert m.missing() == []
    m = m.close(
        reasoning="VT heeft het overgenomen",
        monitoring_agreements="Blijven monitoren",
        author=IB,
        at=at(20),
    )
    assert m.closed


def test_close_refused_when_melden_pending_or_kader_open():
    with refused(MeldcodeError, match="leidt tot melden"):
        melden_decided().close(reasoning="x", monitoring_agreements="y", author=IB, at=at(4))
    with refused(MeldcodeError, match="pas worden afgesloten"):
        at_step4().close(reasoning="x", monitoring_agreements="y", author=IB, at=at(4))


# ------------------------------------------------------------------------ going back


def test_going_back_keeps_history_and_resets_weighing():
    m = q(q1_yes(at_step4()), 2, "ja").complete_step(author=IB, at=at(3, 1))
    m = m.decide_melden(True, reasoning="acuut", author=IB, at=at(3, 2))
    n_events = len(m.events)
    with refused(MeldcodeError, match="onderbouwing"):
        m.go_back(Step.SIGNALEN, reasoning="", author=IB, at=at(4))
    with refused(MeldcodeError, match="eerdere stap"):
        m.go_back(Step.BESLISSEN, reasoning="x", author=IB, at=at(4))
    m = m.go_back(Step.SIGNALEN, reasoning="Nieuwe signalen binnengekomen", author=IB, at=at(4))
    assert m.current_step is Step.SIGNALEN
    assert len(m.events) == n_events + 1
    assert m.events[-1].kind is EventKind.TERUG_NAAR_STAP
    # the old answers are still in history
    old = [e for e in m.events if e.kind is EventKind.AFWEGINGSVRAAG]
    assert [e.answer["question"] for e in old] == [1, 2]
    assert m.answers == {} and m.decision_melden is None
    assert m.completed_steps == set()
    # step-1 facts stay: step can be completed again after adding new signals
    m = m.record_signals(logboek_ids=["log-3"], contra_signalen="geen nieuwe", author=IB, at=at(4))
    assert m.logboek_ids == ("log-1", "log-2", "log-3")
    m = m.complete_step(author=IB, at=at(4)).complete_step(author=IB, at=at(4))
    m = m.complete_step(author=IB, at=at(4))
    assert m.current_step is Step.AFWEGEN
    m = q(m, 1, "nee", day=5)
    assert m.outcome is Outcome.AFSLUITEN
    assert replay(m.events) == m.state


def test_no_going_back_after_melding():
    with refused(MeldcodeError, match="teruggedraaid"):
        full_melding().go_back(Step.AFWEGEN, reasoning="toch niet", author=IB, at=at(6))


def test_allowed_kinds_for_ui():
    assert allowed_kinds(Meldcode().state) == [EventKind.GESTART]
    kinds = allowed_kinds(started().state)
    assert EventKind.KINDCHECK in kinds and EventKind.BESLUIT_MELDEN not in kinds
    kinds = allowed_kinds(melden_decided().state)
    assert EventKind.MELDING_GEDAAN in kinds and EventKind.STAP_AFGEROND not in kinds


def test_answer_enum_values():
    assert Answer("twijfel") is Answer.TWIJFEL
    assert Question.VEILIGHEID.text.startswith("Veiligheid")
    assert Step.AFWEGEN.title.startswith("Stap 4")


# ------------------------------------------------------------------------ UI helpers


def test_reminders_vt_overdue_and_help_term():
    from zorgdesk.domain.meldcode import reminders

    m = full_melding()
    assert reminders(m.state, date(2026, 3, 13)) == []
    (msg,) = reminders(m.state, date(2026, 3, 16))
    assert "13-03-2026" in msg and "Veilig Thuis" in msg
    h = hulp_decided()
    assert reminders(h.state, date(2026, 4, 29)) == []
    (msg,) = reminders(h.state, date(2026, 4, 30))
    assert "afwegingsvraag 5" in msg


def test_vt_due_date_with_holidays():
    # melding on Thursday 2 April 2026; Tweede Paasdag (6 April) is skipped on request
    m = melden_decided().record_parents_informed(
        on=date(2026, 3, 5), how="gesprek", author=IB, at=at(3, 3)
    )
    m = m.record_melding(
        on=date(2026, 4, 2), by_whom="dir", vt_reference="VT-9", author=IB, at=at(31)
    )
    assert m.vt_response_due == date(2026, 4, 9)
    assert m.vt_response_due_date(use_dutch_holidays=True) == date(2026, 4, 10)
    assert m.vt_response_overdue(date(2026, 4, 10))
    assert not m.vt_response_overdue(date(2026, 4, 10), use_dutch_holidays=True)


def test_describe_event_history_lines():
    from zorgdesk.domain.meldcode import describe_event

    m = q(q1_yes(at_step4()), 2, "twijfel")
    lines = [describe_event(e) for e in m.events]
    assert lines[0].startswith("Stap 1 - Meldcodetraject gestart")
    assert lines[-1] == "Stap 4 - Vraag 2 (Veiligheid): twijfel. Onderbouwing: onderbouwing 2"
    s = step2_done().skip_conversation(
        ConversationSkipReason.VEILIGHEID_ANDEREN, reasoning="dreiging", author=IB, at=at(2)
    )
    assert "Veiligheid van anderen" in describe_event(s.events[-1])


def test_rapportage_prefill():
    from zorgdesk.domain.meldcode.rapportage import RAPPORTAGE_FIELDS, rapportage_meldcode

    m = with_vt_consultation(step1_done())
    m = m.record_collegial_consultation(
        with_whom="dir", on=date(2026, 3, 3), advice="a", author=IB, at=at(1, 3)
    ).complete_step(author=IB, at=at(1, 4))
    m = m.link_conversation("z", author=IB, at=at(2)).complete_step(author=IB, at=at(2, 1))
    m = q(q1_yes(m), 2, "ja").complete_step(author=IB, at=at(3, 1))
    m = m.decide_melden(True, reasoning="acuut", author=IB, at=at(3, 2))
    m = m.record_parents_not_informed(
        ParentsNotInformedReason.VERTROUWENSRELATIE, reasoning="r", author=IB, at=at(3, 3)
    )
    m = m.record_melding(
        on=date(2026, 3, 5), by_whom="dir", vt_reference="VT-5", author=IB, at=at(3, 4)
    )
    r = rapportage_meldcode(m.state)
    assert tuple(r) == RAPPORTAGE_FIELDS
    assert r["Datum"] == "02-03-2026" and r["Contactpersoon"] == IB
    assert r["Melding gedaan"].startswith("Ja, op 05-03-2026") and "VT-5" in r["Melding gedaan"]
    assert "vertrouwensrelatie" in r["Informeren betrokkenen"]
    assert r["Extern consult"].startswith("Ja: Veilig Thuis (anoniem), 03-03-2026: ")
    assert "Terugkoppeling van Veilig Thuis uiterlijk 12-03-2026" in r["Melding gedaan"]
    # Every recorded step is an activity, with its date.
    for line in ("Collegiale consultatie: 03-03-2026 met dir", "Melding gedaan bij Veilig "
                 "Thuis: 05-03-2026", "Ouders niet vooraf geïnformeerd: "):
        assert line in r["Uitgevoerde activiteiten"]
    # The typed fields are not there until the IB fills in the rapportage.
    assert r["Onderwerp"] == "Nog niet ingevuld."
    m = m.record_rapportage(onderwerp="Mishandeling", omschrijving="Striemen gezien.",
                            maatschappelijke_onrust="Geen.", betrokkenen="Opa (vervoer)",
                            author=IB, at=at(3, 5))
    r = rapportage_meldcode(m.state, ["Leerling: Noor"])
    assert r["Onderwerp"] == "Mishandeling" and r["Omschrijving"] == "Striemen gezien."
    assert r["Betrokkenen (niet professionals)"] == (
        "Leerling: Noor\nBroer/zus op school: leerling-2\nOpa (vervoer)")
    assert r["Knelpunten"] == "Geen knelpunten genoemd." and r["Opmerkingen"] == "Geen opmerkingen."
    assert all(r[name] for name in RAPPORTAGE_FIELDS)


def test_rapportage_needs_its_three_judgement_fields_and_is_allowed_after_closing():
    m = q(at_step4(), 1, "nee")
    with refused(MeldcodeError, match="onderwerp, maatschappelijke onrust"):
        m.record_rapportage(onderwerp=" ", omschrijving="o", maatschappelijke_onrust="",
                            author=IB, at=at(3, 1))
    m = m.close(reasoning="geen vermoeden", monitoring_agreements="volgen", author=IB,
                at=at(3, 2))
    assert allowed_kinds(m.state) == [EventKind.RAPPORTAGE]
    m = m.record_rapportage(onderwerp="Verwaarlozing", omschrijving="o",
                            maatschappelijke_onrust="geen", author=IB, at=at(3, 3))
    assert m.state.closed and m.state.rapportage["onderwerp"] == "Verwaarlozing"
    with refused(MeldcodeError, match="afgesloten"):
        m.record_monitoring("nog iets", author=IB, at=at(3, 4))


def test_reanswering_refused_but_weighing_can_restart():
    m = q(q1_yes(at_step4()), 2, "nee")
    with refused(MeldcodeError, match="al beantwoord"):
        q(m, 1, "nee")
    m = m.go_back(Step.AFWEGEN, reasoning="Vraag 2 verkeerd ingeschat", author=IB, at=at(3, 1))
    assert m.current_step is Step.AFWEGEN and m.answers == {}
    m = q(q(m, 1, "ja", day=4, bevoegd_gezag_informed=True), 2, "ja", day=4)
    assert m.outcome is Outcome.MELDEN
    assert [e.answer["value"] for e in m.events if e.kind is EventKind.AFWEGINGSVRAAG] == [
        "ja",
        "nee",
        "ja",
        "ja",
    ]
    with refused(MeldcodeError, match="eerdere stap"):
        step2_done().go_back(Step.GESPREK, reasoning="x", author=IB, at=at(2))


def test_blank_help_details_count_as_not_given():
    m = melden_decided()
    with refused(MeldcodeError, match="welke hulp"):
        m.decide_hulp(True, reasoning="x", description="  \x00 ", term=date(2026, 5, 1),
                      responsible="IB", author=IB, at=at(3, 2))
    with refused(MeldcodeError, match="verantwoordelijk"):
        m.decide_hulp(True, reasoning="x", description="SMW", term=date(2026, 5, 1),
                      responsible="   ", author=IB, at=at(3, 2))
    # A blank field on a later decision keeps what the earlier decision recorded.
    m = m.decide_hulp(True, reasoning="x", description="SMW", term=date(2026, 5, 1),
                      responsible="IB", author=IB, at=at(3, 2))
    m = m.decide_hulp(True, reasoning="y", description=" ", responsible="", author=IB,
                      at=at(3, 3))
    assert (m.help_description, m.help_responsible) == ("SMW", "IB")


def test_kenmerk_format_is_checked_for_new_entries_but_old_dossiers_still_load():
    m = melden_decided().decide_hulp(False, reasoning="VT neemt over", author=IB, at=at(3, 2))
    m = m.record_parents_informed(on=date(2026, 3, 5), how="telefonisch", author=IB, at=at(3, 3))
    for wrong, message in (("VT-2026-04817VT-2026-04817", "twee keer"),
                           ("", "Vul het kenmerk van Veilig Thuis in."),
                           ("per mail", "geen cijfer"),
                           ("VT-2026-0481" * 3, "twee keer|te lang"), ("VT#1", "alleen letters")):
        with refused(MeldcodeError, match=message):
            m.record_melding(on=date(2026, 3, 6), by_whom="IB", vt_reference=wrong, author=IB,
                             at=at(4, 1))
    tidy = m.record_melding(on=date(2026, 3, 6), by_whom="IB", vt_reference="  VT 2026 / 04817 ",
                            author=IB, at=at(4, 1))
    assert tidy.vt_reference == "VT 2026 / 04817"
    # A dossier stored before the check (with the doubled kenmerk of the bug) still replays.
    old = m.record(EventKind.MELDING_GEDAAN, {"date": date(2026, 3, 6), "by_whom": "IB",
                                              "vt_reference": "VT-2026-04817VT-2026-04817"},
                   author=IB, at=at(4, 1))
    assert Meldcode(old.events).vt_reference == "VT-2026-04817VT-2026-04817"
