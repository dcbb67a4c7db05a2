"""The anonymous summary keeps the facts as recorded (issue 16, walk of session 27):
the meldcode's step-1 answers and contra-signals, the steps the school already took,
and the notes of ticked signals - through the real demo vault and the real services."""

from __future__ import annotations

import functools
import io
import re
from datetime import timedelta

import pypdf
import pytest

from tests.conftest import TODAY
from zorgdesk.domain.anonymise.case_summary import HEADINGS
from zorgdesk.domain.meldcode.vocabulary import STEP1_QUESTIONS
from zorgdesk.domain.signals.check import CheckDraft, TickDraft
from zorgdesk.domain.text import fold
from zorgdesk.services.demo import case as demo_case


@pytest.fixture
def daan(session):
    return next(p for p in session.basedata.pupils() if p.display_name == demo_case.PUPIL)


def sections(text: str) -> dict[str, list[str]]:
    """Heading -> its lines (the summary's headings are lines of their own)."""
    out: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        if line in HEADINGS:
            current = out.setdefault(line, [])
        elif current is not None and line.strip():
            current.append(line)
    return out


def _trajectory(session, pupil_id):
    return session.meldcode.current(pupil_id)


def test_step1_answers_and_contra_signals_are_in_the_summary(session, daan):
    state = _trajectory(session, daan.id).state
    assert len(state.step1_answers) == len(STEP1_QUESTIONS)  # the demo answered them all
    part = sections(session.case_summary.build(daan.id).text)
    signals = "\n".join(part["Signalen"])
    assert "Meldcode stap 1, signalen in kaart gebracht:" in signals
    for key, question in STEP1_QUESTIONS.items():
        assert f"- {question} " in signals, key
    # As recorded, word for word where no name is in it.
    assert (f"- {STEP1_QUESTIONS['hoe_vaak']} {state.step1_answers['hoe_vaak']}"
            in part["Signalen"])
    assert "vertelt over schreeuwen in het huis van vader." in signals
    # The contra-signal of step 1 prints as the IB recorded it, under Contra-signalen.
    assert state.contra_signalen == "Moeder herkent de zorgen en komt op elke afspraak."
    assert f"- {state.contra_signalen}" in part["Contra-signalen"]
    assert state.contra_signalen not in signals


def test_step1_answers_go_through_the_same_name_removal(session, daan):
    trajectory = _trajectory(session, daan.id)
    session.meldcode.perform(trajectory.id, "go_back", 1, reasoning="Aanvulling op stap 1.")
    session.meldcode.perform(trajectory.id, "record_signals", logboek_ids=list(
        trajectory.state.logboek_ids), contra_signalen="Ingrid van der Berg komt op elke "
        "afspraak; Daan vertelt graag over opa.", answers={
            "situaties": "Als Daan bij Maarten is, belt hij 06-98765432."})
    text = session.case_summary.build(daan.id).text
    words = set(re.findall(r"\w+", fold(text)))
    assert not words & {"daan", "ingrid", "maarten", "berg", "98765432"}
    part = sections(text)
    assert ("- [moeder] komt op elke afspraak; [leerling] vertelt graag over opa."
            in part["Contra-signalen"])
    assert (f"- {STEP1_QUESTIONS['situaties']} Als [leerling] bij [vader] is, belt hij "
            "[telefoonnummer]." in part["Signalen"])


def test_what_the_school_did_is_prefilled_from_the_recorded_steps(session, daan):
    trajectory = _trajectory(session, daan.id)
    start = trajectory.state.start_date
    session.meldcode.perform(
        trajectory.id, "record_vt_consultation", on=start + timedelta(days=3), anonymous=True,
        contact_person="Petronella Bakkenes", vt_dossier_number="VT-2026-44817",
        question="Is dit genoeg voor een melding?", advice="Eerst een gesprek met moeder.",
        next_steps="IB plant het gesprek.", responsibilities="IB en leerkracht.")
    text = session.case_summary.build(daan.id).text
    did = sections(text)["Wat de school al heeft gedaan"]
    assert "Nog niets vastgelegd." not in did
    joined = "\n".join(did)
    assert ": De kindcheck is gedaan. Bij de ouders zijn geen omstandigheden bekend" in joined
    assert ": Collegiale consultatie met [directeur] (directeur). Advies: Veilig Thuis " \
           "anoniem raadplegen met de anonieme casus." in joined
    assert ("Veilig Thuis geraadpleegd (anoniem). Vraag: Is dit genoeg voor een melding? "
            "Advies: Eerst een gesprek met moeder. Vervolg: IB plant het gesprek.") in joined
    # Identifiers of the consultation itself stay home; no calendar date leaves.
    assert "44817" not in text and "Petronella" not in text and "Bakkenes" not in text
    assert not re.search(r"\b\d{1,2}-\d{1,2}-\d{4}\b", text)
    # Relative days, each on its own day: start, one day later, three days later.
    labels = [line[2:].split(":", 1)[0] for line in did]
    # Said relative to what (walks s34/s35: '6 weken en 4 dagen later' did not say).
    assert all(label.endswith((" de eerste waarneming", " het eerste gesprek"))
               for label in labels), labels
    kind = {line.split(": ", 1)[1].split(".")[0]: label for line, label in zip(did, labels,
                                                                              strict=True)}
    start_label = kind["Meldcodetraject gestart"]
    assert kind["Collegiale consultatie met [directeur] (directeur)"] != start_label
    assert labels == sorted(labels, key=lambda lb: _days(lb))
    assert _days(kind["Veilig Thuis geraadpleegd (anoniem)"]) - _days(start_label) == 3
    assert _days(kind["Collegiale consultatie met [directeur] (directeur)"]) \
        - _days(start_label) == 1


def _days(label: str) -> int:
    """'2 weken en 3 dagen na de eerste waarneming' -> 17 (days after day 0)."""
    if label.startswith("op de dag van "):
        return 0
    weeks = re.search(r"(\d+) weke?n?", label)
    days = re.search(r"(\d+) dage?n?", label)
    total = (int(weeks.group(1)) * 7 if weeks else 0) + (int(days.group(1)) if days else 0)
    return -total if " vóór " in label else total


def test_the_ibs_own_list_replaces_the_prefill(session, daan):
    """What the IB kept (edited, or emptied) is her decision: no recorded step comes back."""
    edited = session.case_summary.build(daan.id, school_actions=["Zelf iets anders gedaan."])
    did = sections(edited.text)["Wat de school al heeft gedaan"]
    assert did == ["- Zelf iets anders gedaan."]
    emptied = session.case_summary.build(daan.id, school_actions=[])
    assert sections(emptied.text)["Wat de school al heeft gedaan"] == ["Nog niets vastgelegd."]
    prefilled = session.case_summary.facts(daan.id).school_actions
    assert len(prefilled) == 5 and prefilled[0].endswith("Meldcodetraject gestart.")


def test_a_pupil_without_meldcode_keeps_the_empty_section(session, zoe):
    assert session.meldcode.for_pupil(zoe.id) == []
    did = sections(session.case_summary.build(zoe.id).text)["Wat de school al heeft gedaan"]
    assert did == ["Nog niets vastgelegd."]


def test_notes_of_ticked_signals_are_included_and_anonymised(session, zoe):
    catalogue = session.signals.catalogues()
    check = max(session.signals.checks(zoe.id), key=lambda c: (c.checked_on, c.id))
    items = [i for i in catalogue.get(check.catalogue_id).items][:2]
    session.signals.save_check(zoe.id, CheckDraft(check.catalogue_id, TODAY, "Fatma", (
        TickDraft(items[0].id, note="juf Fatma zag het op het plein"),
        TickDraft(items[1].id, note="moeder komt op elke afspraak", contra=True))))
    part = sections(session.case_summary.build(zoe.id).text)
    assert f"- {items[0].text}: juf [leerkracht] zag het op het plein" in part["Signalen"]
    assert "- moeder komt op elke afspraak" in part["Contra-signalen"]


def test_the_pdf_carries_the_meldcode_facts(session, daan):
    text = session.case_summary.build(daan.id).text
    reader = pypdf.PdfReader(io.BytesIO(session.case_summary.pdf(text, TODAY)))
    printed = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Meldcode stap 1, signalen in kaart gebracht:" in printed
    assert "Hoe vaak komt dit voor? Vier keer in de afgelopen drie weken." in printed
    assert "Moeder herkent de zorgen en komt op elke afspraak." in printed
    assert "De kindcheck is gedaan." in printed
    assert "Nog niets vastgelegd" not in printed
    assert "Daan" not in printed and "Johan" not in printed
    assert len(reader.pages) <= 3


def test_meldcode_terms_in_the_recorded_steps_stay_words(session):
    """Walk s28: Bram's decision 'Meldnorm 1: acute onveiligheid.' left as '[naam] 1:
    acute onveiligheid.' - the meldcode's own words are no names."""
    bram = session.basedata.pupils("Bram")[0]
    did = "\n".join(sections(session.case_summary.build(bram.id).text)
                    ["Wat de school al heeft gedaan"])
    assert "Onderbouwing: Meldnorm 1: acute onveiligheid." in did
    assert "[naam]" not in did
    for term in ("Meldnormen", "Kindcheck", "Afwegingsvraag", "Afwegingskader",
                 "Meldcodetraject"):
        text = session.case_summary.build(
            bram.id, school_actions=[f"Besproken met de leerkracht: {term} doorgenomen."]).text
        assert f"Besproken met de leerkracht: {term} doorgenomen." in text, term


def test_a_decision_withdrawn_by_going_back_is_not_told_as_standing(session):
    """Going back to an earlier step withdraws the decisions (the meldcode's own state
    forgets them: they are made again). The summary for Veilig Thuis must not print
    'Besluit: melden' as if it still stood: it says the decision was reconsidered and
    shows the going back with its reasoning, oldest first; the new decision stands."""
    from zorgdesk.domain.meldcode.vocabulary import Answer, Question

    emre = next(p for p in session.basedata.pupils() if p.display_name == "Emre Çelik")
    trajectory = _trajectory(session, emre.id)
    do = functools.partial(session.meldcode.perform, trajectory.id)
    do("answer_question", Question.VEILIGHEID, Answer.JA, disclosure=True,
       reasoning="Emre vertelde dat hij thuis geslagen wordt.")
    do("complete_step")
    do("decide_melden", True, reasoning="Meldnorm 1: acute onveiligheid.")
    do("go_back", 4, reasoning="Nieuwe informatie van de huisarts: opnieuw wegen.")
    assert session.meldcode.current(emre.id).state.decision_melden is None
    did = sections(session.case_summary.build(emre.id).text)["Wat de school al heeft gedaan"]
    decision = [line for line in did if "Besluit: melden" in line]
    assert len(decision) == 1 and "later herzien" in decision[0], did
    back = [i for i, line in enumerate(did) if "Teruggegaan naar stap 4" in line]
    assert len(back) == 1 and did.index(decision[0]) < back[0], did
    assert "Nieuwe informatie van de huisarts: opnieuw wegen." in did[back[0]]
    # A decision made after the last going back stands: no 'herzien' on it.
    do("answer_question", Question.VERMOEDEN, Answer.JA, bevoegd_gezag_informed=True,
       reasoning="Herhaalde verwondingen.")
    do("answer_question", Question.VEILIGHEID, Answer.JA, disclosure=True,
       reasoning="Emre vertelde het opnieuw.")
    do("complete_step")
    do("decide_melden", True, reasoning="Meldnorm 1, na opnieuw wegen.")
    did = sections(session.case_summary.build(emre.id).text)["Wat de school al heeft gedaan"]
    decisions = [line for line in did if "Besluit: melden" in line]
    assert len(decisions) == 2
    assert "later herzien" in decisions[0] and "later herzien" not in decisions[1]
