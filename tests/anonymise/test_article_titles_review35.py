"""Review s35: "De" + two capitalised ordinary words was taken for a title ("Ze lazen De
Kleine Prins", facts 857dbf9), which let a double surname through: de Boer, de Jong, de
Groot, de Wit and de Bruin are among the commonest Dutch surnames, and each part of "De
Boer Visser" is an ordinary word. A title opens on an adjective ("De Kleine Prins", "Het
Gouden Ei"); a surname after "De" is a noun or a plain adjective ("Boer", "Groot")."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import anonymise
from zorgdesk.services.name_lexicon import default_detector


@pytest.fixture(scope="module")
def detector():
    return default_detector()


@pytest.mark.parametrize(("text", "gone"), [
    ("De Boer Visser kwam binnen.", "Visser"),
    ("De Groot Bakker belde.", "Bakker"),
    ("De Jong Koster zei dat het goed ging.", "Koster"),
    ("De Wit Kok kwam.", "Kok"),
    ("Ik sprak De Boer Visser.", "Visser"),
    ("Vandaag kwam De Bruin Visser langs.", "Visser"),
    ("De Jonge Visser belde de school.", "Visser"),
    ("Het Hart Bakker kwam.", "Bakker"),
])
def test_a_double_surname_after_de_is_removed(detector, text, gone):
    out = anonymise(text, [], detector).text
    assert gone not in out, out


@pytest.mark.parametrize("text", [
    "Ze lazen De Kleine Prins in de klas.",
    "Het Gouden Ei lag op tafel.",
    "De Groene Jongens kwamen langs.",
    "Ze lazen De Vrolijke Bende.",
])
def test_a_title_opening_on_an_adjective_stays(detector, text):
    assert anonymise(text, [], detector).text == text


# An insult opening a sentence was made a fact for the vocative ("Tyfuslijer, zei hij",
# facts 857dbf9); as the subject of a verb it is the nickname a child is known by, and it
# left: "Vetzak zei dat hij thuis werd geslagen" (03d21bb removed it).
@pytest.mark.parametrize("text", ["Vetzak zei dat hij thuis werd geslagen.",
                                  "Vetzak duwde Sanne van de trap."])
def test_an_insult_as_a_subject_is_a_nickname(detector, text):
    assert "Vetzak" not in anonymise(text, [], detector).text


@pytest.mark.parametrize("text", ["Tyfuslijer, zei hij tegen de juf.", "Kankerlijer! riep hij."])
def test_an_insult_said_to_someone_stays(detector, text):
    assert anonymise(text, [], detector).text == text


# "Bus 612", "Les 3": a numbered thing (facts 857dbf9); a number that counts ("3 keer",
# "2 dagen") follows a person, and "Bus" as a nickname left: "Bus 4 keer te laat."
@pytest.mark.parametrize(("text", "gone"), [
    ("Bus 4 keer te laat.", "Bus"),
    ("Ze noemden haar Bus 2 keer.", "Bus"),
    ("Bus 2 dagen niet op school, zegt Sanne.", "Bus"),
])
def test_a_name_before_a_count_is_removed(detector, text, gone):
    assert gone not in anonymise(text, [], detector).text


@pytest.mark.parametrize("text", ["Hij gaat met Bus 612 naar school.", "Les 3: rekenen.",
                                  "Hoofdstuk 5 lazen we samen."])
def test_a_numbered_thing_stays(detector, text):
    assert anonymise(text, [], detector).text == text
