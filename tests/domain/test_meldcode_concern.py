"""Soort zorg in the meldcode (seed 003 l.7845-7853; seed 003 l.163 and seed 004 l.136):
where the seed gives a different party to consult first, the wizard records and requires it.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.domain.test_meldcode import IB, at, started
from tests.refusals import refused
from tests.seed import seed_lines
from zorgdesk.domain.meldcode import STEP1_QUESTIONS, MeldcodeError, missing_requirements
from zorgdesk.domain.meldcode.concern import (
    CONCERN_STEPS,
    NO_OWN_STEP,
    Concern,
    concern_step,
)


def said(name: str, first: int, last: int) -> str:
    return " ".join(" ".join(seed_lines(name)[first - 1:last]).split())


def step1(concern: str):
    m = started().record_signals(
        logboek_ids=["log-1"], contra_signalen="Komt verzorgd op school.",
        answers={k: "antwoord" for k in STEP1_QUESTIONS}, concern=concern, author=IB,
        at=at(0, 1))
    m = m.record_kindcheck(done=True, note="gedaan", author=IB, at=at(0, 1))
    m = m.record_siblings(siblings=[], note="geen broers of zussen op school", author=IB,
                          at=at(0, 1))
    m = m.complete_step(author=IB, at=at(0, 2))
    return m.record_collegial_consultation(with_whom="directeur", on=date(2026, 3, 3),
                                           advice="VT raadplegen", author=IB, at=at(1))


@pytest.mark.parametrize("concern", [Concern.EERGERELATEERD_GEWELD, Concern.HUWELIJKSDWANG])
def test_egg_and_huwelijksdwang_consult_veilig_thuis_before_the_conversation(concern):
    text = said("003_9a54ac296a9565ce.txt", 7845, 7853)
    assert "zonder goede voorbereiding, met ouders/ pleger bespreken" in text
    assert "huwelijksdwang, eergerelateerd geweld" in text
    assert "afstemming over vervolgacties tussen de beroepskracht, Veilig Thuis" in text
    m = step1(concern.value)
    assert m.state.concern is concern
    assert any("raadpleeg Veilig Thuis vóór het gesprek" in x for x in missing_requirements(
        m.state))
    with pytest.raises(MeldcodeError):
        m.complete_step(author=IB, at=at(1, 1))
    m = m.record_vt_consultation(on=date(2026, 3, 3), anonymous=True, contact_person="VT",
                                 question="Hoe bereiden we het gesprek voor?",
                                 advice="Niet zonder afstemming met de ouders spreken",
                                 next_steps="Samen plannen", responsibilities="IB en VT",
                                 author=IB, at=at(1, 1))
    assert missing_requirements(m.state) == []
    m.complete_step(author=IB, at=at(1, 2))
    assert concern_step(concern, 2).lines == (7845, 7853)
    assert "Veilig Thuis" in concern_step(concern, 3).text


def test_the_generic_route_does_not_require_veilig_thuis_in_step_2():
    m = step1("algemeen")
    assert m.state.concern is Concern.ALGEMEEN and missing_requirements(m.state) == []


@pytest.mark.parametrize("concern", [Concern.VGV, Concern.RADICALISERING])
def test_vgv_and_radicalisering_get_no_invented_step(concern):
    assert "radicalisering" in said("003_9a54ac296a9565ce.txt", 163, 163)
    assert "Tegengaan van radicalisering" in said("004_d09eac76a2215b80.txt", 136, 136)
    full = " ".join(seed_lines("003_9a54ac296a9565ce.txt")).lower()
    assert "genitale" not in full and "lec" not in full.split()  # the seeds name neither
    assert concern not in CONCERN_STEPS and concern_step(concern, 2) is None
    assert "geen eigen stap" in NO_OWN_STEP
    m = step1(concern.value)
    assert m.state.concern is concern and missing_requirements(m.state) == []


def test_an_unknown_concern_is_refused_in_dutch():
    with refused(MeldcodeError, match="soort zorg"):
        step1("iets anders")


def test_old_records_without_the_field_replay_as_algemeen():
    from zorgdesk.domain.meldcode import MeldcodeEvent, replay

    m = step1("huwelijksdwang")
    records = [e.to_record() for e in m.state.events]
    for r in records:
        r["answer"].pop("soort_zorg", None)
    assert replay(MeldcodeEvent.from_record(r) for r in records).concern is Concern.ALGEMEEN
