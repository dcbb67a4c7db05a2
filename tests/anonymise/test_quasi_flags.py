"""Quasi-identifier flags (issue 16), session 29: the kinds of rare descriptor an IB writes
are flagged, and the ordinary sentences that share their words are not. Through the real
anonymiser with the real name lexicon, as the preview runs it."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import anonymise
from zorgdesk.domain.anonymise.quasi_identifiers import quasi_identifiers


def _flagged(text: str, detector) -> tuple[list[str], list[str], str]:
    result = anonymise(text, [], detector)
    flags = quasi_identifiers(result)
    return [result.text[f.start:f.end] for f in flags], [f.reason for f in flags], result.text


@pytest.mark.parametrize(("text", "phrase", "reason_word"), [
    ("Hij spreekt alleen Pasjtoe sinds de zomer.", "spreekt alleen Pasjtoe", "taal"),
    ("Zij is de enige die Tigrinya spreekt in groep 4.", "de enige", "enige"),
    ("Het gezin is jezidi en woont hier sinds maart.", "jezidi", "geloof"),
    ("Hij draagt een keppeltje op school.", "keppeltje", "geloof"),
    ("Opa was jarenlang burgemeester van deze gemeente.", "jarenlang burgemeester", "beroep"),
    ("Vader is oud-wethouder en kent iedereen.", "oud-wethouder", "beroep"),
    ("Vader is de bakker van het dorp.", "de bakker van het dorp", "beroep"),
    ("Moeder is trainer bij de hockeyclub.", "trainer bij", "beroep"),
    ("Ze heeft leukemie en is vaak afwezig.", "leukemie", "ziekte"),
    ("Hij heeft een insulinepomp en eet apart.", "insulinepomp", "ziekte"),
    ("Hij woont met zijn moeder en zus op een woonboot.", "woonboot", "woonsituatie"),
    ("Zij is de oudste van zeven kinderen.", "de oudste van zeven", "gezin"),
    ("De woningbrand in Oosterwolde stond overal.", "woningbrand", "gebeurtenis"),
    ("Ze gaat in de zomer naar Kankan om besneden te worden.", "besneden", "reis"),
])
def test_a_rare_descriptor_is_flagged_with_a_dutch_reason(text, phrase, reason_word,
                                                          detector):
    flagged, reasons, out = _flagged(text, detector)
    hit = [r for f, r in zip(flagged, reasons, strict=True) if phrase in f]
    assert hit, (flagged, out)
    assert reason_word in hit[0]


@pytest.mark.parametrize("text", [
    "Het enige wat hij vandaag at was een krentenbol.",
    "Dit was de enige keer deze maand dat ze huilde.",
    "Ze zegt dat ze als enige thuis de hond uitlaat.",
    "Ze is de oudste van twee.",
    "Vader is bakker en oom is visser.",
    "Moeder werkt als schoonmaker en is vaak moe.",
    "Hij zit op zwemles en speelt in de pauze met een vriendje.",
    "Kind spreekt Arabisch en Nederlands door elkaar.",
    "Vader spreekt nog weinig Nederlands, het gesprek was in het Engels.",
    "Na het ongeluk op het schoolplein had hij een bult.",
    "Uitgelegd is dat meisjesbesnijdenis in Nederland strafbaar is.",
])
def test_an_ordinary_sentence_raises_no_flag(text, detector):
    flagged, _, out = _flagged(text, detector)
    assert flagged == [], (flagged, out)


def test_a_cleaner_at_this_school_is_flagged(detector):
    flagged, _, _ = _flagged("Moeder werkt als schoonmaker op onze school.", detector)
    assert flagged


@pytest.mark.parametrize(("text", "name"), [
    ("Na de dienst in de Sint-Jozefkerk zag de koster het.", "Sint-Jozefkerk"),
    ("Het gezin bezoekt de Ulu Camii elke vrijdag.", "Ulu Camii"),
    ("Vader is koster van de Martinikerk.", "Martinikerk"),
    ("Hij speelt rolstoelbasketbal bij Only Friends in de stad.", "Only Friends"),
])
def test_a_removed_building_or_club_reads_as_a_place(text, name, detector):
    result = anonymise(text, [], detector)
    assert name not in result.text
    assert "[plaats]" in result.text and "[naam]" not in result.text, result.text


def test_playing_at_a_friend_keeps_the_person(detector):
    result = anonymise("Hij speelt vaak bij Kacper na school.", [], detector)
    assert "Kacper" not in result.text and "[naam]" in result.text, result.text


@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("Hij zat eerst op cbs De Wegwijzer.", "cbs [plaats]", "Wegwijzer"),
    ("Bij kinderdagverblijf Het Kabouterhuis vertelde ze het.", "kinderdagverblijf [plaats]",
     "Kabouterhuis"),
])
def test_a_named_school_or_creche_goes_and_its_kind_stays(text, kept, gone, detector):
    result = anonymise(text, [], detector)
    assert kept in result.text and gone not in result.text, result.text
