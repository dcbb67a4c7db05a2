"""Names and nicknames by Dutch grammar (session 31): each rule with the leak it closes AND
ordinary Dutch of the same shape that must stay. Written before the rules; through the
real engine with the shipped word lists."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise

KNOWN = [KnownName("Lotte Bakker", "leerling", "Lotte", "", "Bakker"),
         KnownName("Sandra Bakker", "moeder"),
         KnownName("Jip de Wit", "medeleerling", "Jip", "de", "Wit"),
         KnownName("Ben Smit", "medeleerling", "Ben", "", "Smit"),
         KnownName("Karin Smit", "moeder")]


def _out(text: str, detector, known=KNOWN) -> str:
    return anonymise(text, known, detector).text


# -- 2. an insult in a passive "genoemd" is what happened: a fact ----------------------

@pytest.mark.parametrize("text", [
    "Hij wordt de dikke genoemd.",
    "Sinds de zomer wordt ze door twee jongens de lelijke genoemd.",
    "Lotte werd op het plein steeds de stille genoemd.",
    "Ze worden door de groep de vieze genoemd en buitengesloten.",
])
def test_an_insult_in_a_passive_genoemd_stays(text, detector):
    assert _out(text, detector) == text.replace("Lotte", "[leerling]")


@pytest.mark.parametrize(("text", "expected"), [
    # set off as an apposition (no "wordt"), it names an adult otherwise unnamed
    ("De vriend van moeder, de poolse genoemd door Ben, belt vaak.",
     "De vriend van moeder, [naam] genoemd door [medeleerling], belt vaak."),
    # in quotes after a verb of calling it is a name
    ("Ze noemt de vriend van mama 'de dikke'.", "Ze noemt de vriend van mama '[naam]'."),
])
def test_a_nickname_before_genoemd_still_goes(text, expected, detector):
    assert _out(text, detector) == expected


# -- 3. an interjection that is also a pet form of a known name ----------------------

@pytest.mark.parametrize("text", [
    "Jippie, riep hij toen hij won.",
    "'Jippie!' riep Ben. 'We hebben vrij!'",
    "Jippie, we gaan op schoolreis, zei ze.",
    "Jippie! Eindelijk vakantie.",
])
def test_an_interjection_stays(text, detector):
    assert _out(text, detector) == text.replace("Ben", "[medeleerling]")


@pytest.mark.parametrize(("text", "expected"), [
    ("'jippie kom je spelen?' appte Lotte.", "'[medeleerling] kom je spelen?' appte [leerling]."),
    ("Jippie, kom je ook naar het veld?", "[medeleerling], kom je ook naar het veld?"),
    ("Lotte speelt vaak met jippie.", "[leerling] speelt vaak met [medeleerling]."),
    ("Jippie zei dat het niet waar was.", "[medeleerling] zei dat het niet waar was."),
])
def test_the_pet_form_addressed_or_talked_about_goes(text, expected, detector):
    assert _out(text, detector) == expected


# -- 4. an apposition after a lone initial says who it is ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("K. belde, de tante van Ben.", "[naam] belde, de tante van [medeleerling]."),
    ("K., de tante van Ben, belde.", "[naam], de tante van [medeleerling], belde."),
    ("S. kwam langs, een buurvrouw.", "[naam] kwam langs, een buurvrouw."),
])
def test_an_apposition_that_contradicts_the_role_makes_it_naam(text, expected, detector):
    assert _out(text, detector) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("K. belde, de moeder van Ben.", "[moeder] belde, de moeder van [medeleerling]."),
    ("K. belde, de juf was er niet.", "[moeder] belde, de juf was er niet."),
    ("K. belde op maandag.", "[moeder] belde op maandag."),
])
def test_an_apposition_that_fits_or_a_new_clause_keeps_the_role(text, expected, detector):
    assert _out(text, detector) == expected
