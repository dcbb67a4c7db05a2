"""Fields that hold people (met wie, wie doet wat, hulp via) print roles only (issue 16):
an outsider's name there goes even where the name detector alone would keep it. Through
the demo vault's summary, and the rule itself on the anonymiser's output."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from tests.anonymise.test_summary_facts import sections
from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise
from zorgdesk.domain.anonymise.case_summary import build_case_summary
from zorgdesk.domain.anonymise.person_fields import is_role, strict_person_fields
from zorgdesk.domain.text import fold
from zorgdesk.services.demo import case as demo_case
from zorgdesk.services.name_lexicon import default_detector

KNOWN = [KnownName("Daan Visser", "leerling", "Daan", "", "Visser"),
         KnownName("Karin Mulder", "intern begeleider"),
         KnownName("Johan de Wit", "directeur")]


def _strict(text: str, detector) -> str:
    return strict_person_fields(anonymise(text, KNOWN, detector), detector.is_word).text


@pytest.mark.parametrize(("text", "expected"), [
    # lower-case names that are Dutch words: the detector keeps them, the field does not
    ("Collegiale consultatie met roos en bas uit het zorgteam.",
     "Collegiale consultatie met [naam] en [naam] uit het zorgteam."),
    ("Collegiale consultatie met Johan de Wit (directeur) en Koster van het wijkteam. "
     "Advies: bespreken met ouders.",
     "Collegiale consultatie met [directeur] (directeur) en [naam] van het wijkteam. "
     "Advies: bespreken met ouders."),
    # roles, organisations, titles and joining words stay; a title keeps its place
    ("Collegiale consultatie met de jeugdarts, de SMW'er en collega van groep 7.",
     "Collegiale consultatie met de jeugdarts, de SMW'er en collega van groep 7."),
    ("Collegiale consultatie met mw. Hoekstra (gezinscoach).",
     "Collegiale consultatie met mw. [naam] (gezinscoach)."),
    # a sentence: its Dutch words stay, a capitalised non-role goes, a known name keeps
    # its role tag
    ("Wie doet wat: Karin belt moeder; Vlieger van het wijkteam start hulp. Daarna "
     "evalueert de IB.",
     "Wie doet wat: [intern begeleider] belt moeder; [naam] van het wijkteam start hulp. "
     "Daarna evalueert de IB."),
    ("Besluit: hulp bieden of organiseren. Welke hulp: opvoedondersteuning. Hulp via: "
     "Sterk Huis en jeugdarts.",
     "Besluit: hulp bieden of organiseren. Welke hulp: opvoedondersteuning. Hulp via: "
     "[naam] en jeugdarts."),
    # a group's letter, a word of manner or time around a role are no name
    ("Collegiale consultatie met de leerkracht van groep 5a en de vorige leerkracht "
     "(telefonisch). Advies: afwachten.",
     "Collegiale consultatie met de leerkracht van groep 5a en de vorige leerkracht "
     "(telefonisch). Advies: afwachten."),
    # outside a people field nothing changes
    ("Daan speelde met roos en bas in de zandbak.",
     "[leerling] speelde met roos en bas in de zandbak."),
])
def test_people_fields_keep_roles_only(text, expected, detector):
    assert _strict(text, detector) == expected


def test_a_strict_removal_can_be_put_back_by_the_ib(detector):
    result = strict_person_fields(anonymise("Collegiale consultatie met roos.", KNOWN,
                                            detector), detector.is_word)
    (hit,) = [r for r in result.replacements if r.original == "roos"]
    assert hit.replacement == "[naam]" and not hit.known


@pytest.mark.parametrize("word", ["jeugdarts", "Wijkteam", "zorgcoördinator", "GGD",
                                  "gezinscoach", "IB'er", "jeugdverpleegkundige"])
def test_role_vocabulary(word):
    assert is_role(word)


@pytest.mark.parametrize("word", ["Roos", "Fatima", "Koster", "truus", "RJ"])
def test_names_are_no_roles(word):
    assert not is_role(word)


@pytest.fixture
def daan(session):
    return next(p for p in session.basedata.pupils() if p.display_name == demo_case.PUPIL)


def test_the_demo_summary_prints_roles_only_in_people_fields(session, daan):
    trajectory = session.meldcode.current(daan.id)
    start = trajectory.state.start_date
    session.meldcode.perform(
        trajectory.id, "record_vt_consultation", on=start + timedelta(days=3), anonymous=True,
        contact_person="Petronella Bakkenes", question="Is dit genoeg voor een melding?",
        advice="Eerst een gesprek met moeder.",
        next_steps="IB plant het gesprek.",
        # Vlieger and Sterk are Dutch words: the name detector alone keeps them
        responsibilities="Johan de Wit belt moeder; gezinscoach Vlieger en Sterk van het "
                         "wijkteam starten hulp; de IB evalueert.")
    text = session.case_summary.build(daan.id).text
    did = "\n".join(sections(text)["Wat de school al heeft gedaan"])
    assert ("Wie doet wat: [directeur] belt moeder; gezinscoach [naam] en [naam] van het "
            "wijkteam starten hulp; de IB evalueert.") in did
    words = set(re.findall(r"\w+", fold(text)))
    assert not words & {"vlieger", "sterk", "johan", "wit"}
    # The demo's own consultation still reads as recorded, with the director's role.
    assert "Collegiale consultatie met [directeur] (directeur). Advies: Veilig Thuis" in did
    # The same text through build_case_summary of the domain: one engine.
    facts = session.case_summary.facts(daan.id)
    names = session.case_summary.known_names(daan.id)
    assert build_case_summary(facts, names, default_detector()).text == text


def test_only_the_school_actions_hold_fields_of_people(detector):
    """An observation or the question that happens to use a field's words is prose: its
    facts stay (they went as '[naam]': 'zij ziet dat hij vaak moe is' -> '[naam] en
    [naam]'); the meldcode's line under Wat de school al heeft gedaan stays strict."""
    from datetime import date

    from zorgdesk.domain.anonymise.case_summary import CaseFacts, DatedNote

    facts = CaseFacts(
        age_years=8, observations=[DatedNote(date(2026, 3, 12), (
            "Collegiale consultatie met de leerkracht gehad; zij ziet dat hij vaak moe is "
            "en blauwe plekken heeft."))],
        school_actions=["dag 0: Collegiale consultatie met roos en de jeugdarts."],
        question="Hulp via: wie kunnen we inschakelen? Moeder wil geen hulp.")
    text = build_case_summary(facts, KNOWN, detector).text
    assert "zij ziet dat hij vaak moe is en blauwe plekken heeft." in text
    assert "Hulp via: wie kunnen we inschakelen? Moeder wil geen hulp." in text
    assert "Collegiale consultatie met [naam] en de jeugdarts." in text


# Session 30: an organisation's own name after the word for its kind stays ("Jeugdzorg
# Karakter", "Stichting Kwadraad", "GGZ Oost Brabant"): an organisation is no person. A
# name after a word for a person ("gezinscoach Vlieger", "jeugdarts Koster") still goes.
@pytest.mark.parametrize(("text", "expected"), [
    ("Hulp via: Jeugdzorg Karakter en de jeugdarts.",
     "Hulp via: Jeugdzorg Karakter en de jeugdarts."),
    ("Collegiale consultatie met Stichting Kwadraad (schoolmaatschappelijk werk).",
     "Collegiale consultatie met Stichting Kwadraad (schoolmaatschappelijk werk)."),
    ("Hulp via: GGZ Oost Brabant en het wijkteam.",
     "Hulp via: GGZ Oost Brabant en het wijkteam."),
    ("Wie doet wat: wijkteam Noord start hulp; de IB belt moeder.",
     "Wie doet wat: wijkteam Noord start hulp; de IB belt moeder."),
    ("Hulp via: Jeugdzorg Karakter, Koster en de jeugdarts.",
     "Hulp via: Jeugdzorg Karakter, [naam] en de jeugdarts."),
    ("Collegiale consultatie met jeugdarts Koster en gezinscoach Vlieger.",
     "Collegiale consultatie met jeugdarts [naam] en gezinscoach [naam]."),
    ("Hulp via: praktijk De Linde, mw. Koster.",
     "Hulp via: praktijk De Linde, mw. [naam]."),
])
def test_an_organisations_name_after_its_kind_stays(text, expected, detector):
    assert _strict(text, detector) == expected
