"""Identifier shapes of session 32 (forms helper): scores that look like dates, a count
taken for a number, postcodes with their country letter, villages that are compounds of
words, and a club named with its village.

Pair tests with new sentences: the identifier that must go and the fact of the same
shape that must stay; each failed on main (a3ad529) where marked.
"""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise

KNOWN = [KnownName("Mila Brouwer", "leerling", "Mila", "", "Brouwer")]


@pytest.mark.parametrize(("text", "kept"), [
    # a score after a verb of scoring and its subject, or a test after it (main: [datum])
    ("Bij het dictee scoorde ze 8/10, een mooie vooruitgang.", "8/10"),
    ("Ze haalde gisteren 9/12 voor de spellingtoets.", "9/12"),
    ("Mila had 6/8 goed op het dictee.", "6/8"),
    # a result after a weekday: a match, no date (main: "[datum] gewonnen")
    ("De hockeywedstrijd van zaterdag 3-2 gewonnen, ze was trots.", "3-2"),
    ("Zondag 2-1 verloren, daarna huilde ze in de auto.", "2-1"),
    # a count after a number label's words is no number (main: "[nummer]")
    ("Kenteken auto die 3x voor school stond: 12-ABC-3.", "3x"),
])
def test_facts_of_date_or_number_shape_stay(text, kept, detector):
    assert kept in anonymise(text, KNOWN, detector).text


@pytest.mark.parametrize(("text", "gone"), [
    # the same shapes where they are dates: a word that dates, a weekday with no result
    ("Op 8/10 was ze er niet; een toets had ze niet.", "8/10"),
    ("Zaterdag 3-2 kwam ze bij oma logeren.", "3-2"),
    ("Ma 3/11 gesprek, do 6/11 de uitslag van de toets.", "6/11"),
    # postcodes with their country letter, also before a comma or bracket (main kept them)
    ("Vader woont in Gent (B-9000, Veldstraat 12).", "9000"),
    ("Post naar D-52525, Heinsberg.", "52525"),
    ("Oma woont in BE-2018 Antwerpen.", "2018"),
    # a woonplaats that is a compound of two words (main kept "Nieuwveen": "nieuw" + "veen")
    ("Ze woont sinds de zomer in Nieuwveen bij haar tante.", "Nieuwveen"),
    ("De familie verhuist naar Zuidbroek.", "Zuidbroek"),
    # a club named with its village after "bij" (main kept "Budo Sport")
    ("Ze zit op turnen bij Turn Groep Nieuwveen.", "Turn Groep"),
    ("Hij traint bij Budo Sport Kockengen op maandag.", "Budo Sport"),
])
def test_identifiers_go(text, gone, detector):
    assert gone not in anonymise(text, KNOWN, detector).text


@pytest.mark.parametrize("text", [
    "In 2018 verhuisden ze naar een kleiner huis.",
    "Groep B-2 gaat eerst, dan groep A-1.",
    "Ze zit bij Sport en Spel op woensdag.",  # ordinary capitals, no village after them
    "Het was in Nieuw en Oud een drukte van belang.",
    "Na Oud en Nieuw bij Opa in Utrecht gelogeerd.",  # a big city stays
])
def test_ordinary_text_stays(text, detector):
    assert anonymise(text, KNOWN, detector).text == text


@pytest.mark.parametrize(("text", "expected"), [
    # an ordinal after "na"/"tot" before a noun counts the things of a series (main: a date)
    ("Na de 2e bel stond hij nog buiten.", "Na de 2e bel stond hij nog buiten."),
    ("Na de 3e waarschuwing ging hij de gang op.", "Na de 3e waarschuwing ging hij de gang op."),
    # ... and is a day closing the phrase or before a verb
    ("Na de 14e belde moeder niet meer.", "Na de [datum] belde moeder niet meer."),
    ("Ziek tot de 21ste.", "Ziek tot de [datum]."),
    # a grade after an article (main: "een [datum]")
    ("Voor spelling haalde hij een 7/10.", "Voor spelling haalde hij een 7/10."),
])
def test_ordinals_and_grades(text, expected, detector):
    assert anonymise(text, KNOWN, detector).text == expected


@pytest.mark.parametrize(("text", "gone"), [
    # a foreign postcode after its label or with its country letter closing the sentence
    # (main kept these)
    ("Postcode 3500 (België), verder onbekend.", "3500"),
    ("Postcode: 52525 (Duitsland).", "52525"),
    ("Ze verhuisden naar B-3500.", "3500"),
])
def test_labelled_foreign_postcodes_go(text, gone, detector):
    assert gone not in anonymise(text, KNOWN, detector).text


def test_a_computer_number_is_no_postcode(detector):
    assert anonymise("De pc 1234 in de klas was stuk.", KNOWN, detector).text \
        == "De pc 1234 in de klas was stuk."


@pytest.mark.parametrize("text", [
    "Oma woont al jaren in 's-Gravendeel.",   # main kept the village
    "Ze logeert in ’s-Heerenberg bij een tante.",
])
def test_villages_with_a_genitive_s(text, detector):
    out = anonymise(text, KNOWN, detector).text
    assert "Gravendeel" not in out and "Heerenberg" not in out and "[plaats]" in out


def test_a_big_city_with_a_genitive_s_stays(detector):
    text = "Het ziekenhuis in 's-Hertogenbosch belde."
    assert anonymise(text, KNOWN, detector).text == text


@pytest.mark.parametrize(("text", "gone"), [
    # a day written as a word, a day glued to its month (main kept these)
    ("Moeder belde op twaalf november terug.", "twaalf november"),
    ("Afspraak eenentwintig maart om 9 uur.", "eenentwintig maart"),
    ("Gesprek 3nov met de jeugdarts.", "3nov"),
])
def test_dates_in_words(text, gone, detector):
    assert gone not in anonymise(text, KNOWN, detector).text


@pytest.mark.parametrize("text", [
    "Hij was twaalf in november, nu dertien.",   # an age, no day
    "Er waren twee mei-activiteiten.",
])
def test_number_words_stay(text, detector):
    assert anonymise(text, KNOWN, detector).text == text
