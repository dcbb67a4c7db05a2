"""Nicknames in narrative text (session 32): pair tests per principle, written before the
rules, with sentences of my own (no word of any corpus). Each principle has the nickname
that must go AND nearly the same sentence whose word is a fact and must stay."""

from __future__ import annotations

import re

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise

KNOWN = [KnownName("Mirthe Kok", "leerling", "Mirthe", "", "Kok"),
         KnownName("Ravi Kok", "broer", "Ravi", "", "Kok"),
         KnownName("Olga Kok", "moeder")]


def _out(text: str, detector) -> str:
    return anonymise(text, KNOWN, detector).text


def _gone(word: str, text: str, detector) -> str:
    out = _out(text, detector)
    assert not re.search(rf"(?i)\b{re.escape(word)}\b", out), out
    return out


def _kept(text: str, detector) -> None:
    out = _out(text, detector)
    expected = text
    for name, tag in (("Mirthe", "[leerling]"), ("Ravi", "[broer]"), ("Olga", "[moeder]")):
        expected = expected.replace(name, tag)
    assert out == expected


# -- 1. the name a clause of calling gives ---------------------------------------------
# "noemen", "roepen" (to call someone something), "heten" and the participle "genoemd"
# end their clause with the name; adverbials may stand between. After "de" an adjective
# is inflected ("de stille"), so an uninflected word there is a noun: the name.

@pytest.mark.parametrize(("word", "text"), [
    ("pruim", "De jongens noemen hem op het plein de pruim."),
    ("bijl", "Zijn neven noemen hem sinds de zomer de bijl."),
    ("pan", "In de bus noemen ze haar de pan."),
    ("knol", "Mirthe wordt door de jongens uit groep 8 knol genoemd."),
    ("vlo", "Sinds de zomer wordt ze op straat vlo genoemd."),
    ("pudding", "Ravi werd in groep 6 al pudding genoemd."),
    ("Haas", "Haar oom wordt door iedereen de Haas genoemd, zegt Mirthe."),
    ("Beitel", "De vriend van moeder werd op de camping de Beitel genoemd."),
    ("wortel", "Op de club roept iedereen Ravi wortel."),
    ("kwast", "In de klas roepen de meiden Mirthe kwast."),
    ("bes", "De buurvrouw heet volgens Mirthe tante bes; ze past soms op."),
    ("gum", "Die man heet bij hen thuis ome gum."),
    ("pier", "Mirthe, thuis pier genoemd, zag de berichten."),
])
def test_the_name_of_a_calling_clause_goes(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize("text", [
    "De jongens noemen hem op het plein een held.",
    "Zijn neven noemen hem sinds de zomer een held.",
    "Mirthe wordt door de jongens uit groep 8 lui genoemd.",
    "Ravi werd in groep 6 al een doorzetter genoemd.",
    "Het spel wordt op het plein tikkertje genoemd.",
    "Dat werd vroeger gewoon huiswerk genoemd.",
    "Hij wordt door iedereen de oudste genoemd.",
    "Op het plein roept de juf hem binnen.",
    "De juf roept Mirthe terug.",
    "Moeder roept Ravi naar binnen.",
    "Om 12 uur roept de juf iedereen bij elkaar.",
    "Ze noemen het op school gewoon pesten.",
])
def test_what_a_clause_of_calling_says_stays(text, detector):
    _kept(text, detector)


# -- 2. a nickname given with its article is used with it --------------------------------

@pytest.mark.parametrize(("word", "text"), [
    ("pruim", "Ze noemen hem op het plein de pruim. De pruim duwde Mirthe van de glijbaan."),
    ("Haas", "Oom wordt door iedereen de Haas genoemd. de Haas heeft een mes, zei Ravi."),
])
def test_a_nickname_with_its_article_goes_everywhere(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize("text", [
    "Ze noemen hem een held. Hij at een pruim in de pauze.",
    "Ravi at de pruim op. Ze noemen hem een held.",
])
def test_the_same_word_as_a_thing_stays(text, detector):
    _kept(text, detector)


# -- 3. a name in brackets after a name, with where it is used ---------------------------

@pytest.mark.parametrize(("word", "text"), [
    ("kwast", "Ravi (in de klas kwast) gooide de bal weg."),
    ("vlo", "Mirthe (thuis vlo) huilde bij de juf."),
    ("pruim", "Een jongen uit groep 8, Sem (op het plein pruim), lachte."),
])
def test_an_alias_in_brackets_goes(word, text, detector):
    _gone(word, text, detector)


@pytest.mark.parametrize("text", [
    "Ravi (in de klas stil) gooide de bal weg.",
    "Mirthe (thuis vaak alleen) huilde bij de juf.",
    "Ravi (in groep 5) gooide de bal weg.",
    "Mirthe (op school vooraan) huilde bij de juf.",
    "Ravi (thuis Arabisch) vertaalt voor moeder.",
])
def test_a_bracket_that_describes_stays(text, detector):
    _kept(text, detector)
