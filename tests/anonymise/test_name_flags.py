"""Words the removal rules leave that may be a (nick)name are flagged for the IB, never
removed (domain/anonymise/name_flags.py). The sentences are the developer's own, written
before the rules: nicknames of children and adults, and ordinary text that must not be
flagged (pets, toys, brands, places, titles, capitals opening a sentence)."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise
from zorgdesk.domain.anonymise.name_flags import NAME_KIND, name_flags, occurrences
from zorgdesk.domain.anonymise.preview_decisions import (
    NAME_REMOVED,
    put_name_back_at,
    reapply,
    remove_every,
)
from zorgdesk.domain.anonymise.replacements import AnonymisedText
from zorgdesk.services.name_lexicon import default_detector, default_lexicon

KNOWN = [KnownName("Daan de Vries", "leerling", "Daan", "de", "Vries"),
         KnownName("Sanne de Vries", "moeder")]


def _flags(text: str):
    result = anonymise(text, KNOWN, default_detector())
    return result, name_flags(result, default_lexicon())


@pytest.mark.parametrize(("text", "word"), [
    ("In de pauze kwam Kruimel naar hem toe en duwde hem.", "Kruimel"),
    ("De Beer sloeg hem tegen de muur, vertelde Daan.", "Beer"),
    ('De jongens noemen hem "tank" omdat hij zo groot is.', "tank"),
    ("Zijn oom heet bij hen thuis gewoon Beer.", "Beer"),
    ("hey knikker kom je straks?", "knikker"),
    ("Volgens Pluk komt de vriend van moeder vaak dronken thuis.", "Pluk"),
    ("Daan wil niet naar huis als Tank er is.", "Tank"),
    ("Gisteren riep de Reus dat hij Daan zou slaan.", "Reus"),
    ("Daan vertelde dat Knikker en Spekkie hem uitlachten.", "Spekkie"),
    ("Het meisje dat ze Prinses noemen huilde de hele ochtend.", "Prinses"),
    ("Hij liet zien:\nkruimel: waar ben je\nspijker: bij de brug", "spijker"),
])
def test_a_nickname_the_rules_left_is_flagged_with_a_dutch_reason(text, word):
    result, flags = _flags(text)
    assert word in result.text, "left by the rules (else there is nothing to flag)"
    flag = next(f for f in flags if f.word == word)
    assert result.text[flag.start:flag.end] == word
    assert flag.reason.startswith("mogelijk een")


@pytest.mark.parametrize("text", [
    "Daan heeft thuis een hond en een kat; de hond beet hem in zijn been.",
    "Moeder doet boodschappen bij de Albert Heijn en de Lidl.",
    "Rekenen gaat goed, Taal blijft achter.",
    "Met Kerst en Sinterklaas krijgt hij weinig cadeautjes.",
    "De GGD en Veilig Thuis zijn op de hoogte.",
    "Hij speelt met zijn Lego en zijn knuffel beer.",
    "Het konijn heet Snuffie en woont in de tuin.",
    "Daan is dol op zijn knuffel, een beer die Bruintje heet.",
    "Hij keek naar Peppa Pig en Paw Patrol op de tablet.",
    "Op woensdag gaat hij naar Voetbal en op vrijdag naar Zwemles.",
    "School belde moeder over het verzuim.",
    "Toen sloeg vader hem met een riem.",
    "Volgens de leerkracht is hij vaak moe.",
    "Met de Kanjertraining leert de groep omgaan met ruzie.",
    "Daan tekende een beer en een prinses.",
    'Hij zei: "Ik wil niet naar huis."',
    "Tijdens Koningsdag was hij bij opa.",
    "Juf zei dat Daan stil was in de kring.",
])
def test_ordinary_text_is_not_flagged(text):
    assert _flags(text)[1] == []


@pytest.mark.parametrize(("text", "word"), [
    ("Daan vertelde dat buurvrouw mevrouw Vink vaak schreeuwt.", "Vink"),
    ("In de app zei hij tegen bolle: je bent dood.", "bolle"),
    ("Snapchat van Daan aan vlinder: laat me met rust.", "vlinder"),
    ("In de chat: spin (een speler) schreef dat hij Daan zou pakken.", "spin"),
    ('In de app stond: "kom je buiten, bever?"', "bever"),
    ("Moeders vriend heet volgens Daan rambo.", "rambo"),
    ("mopje, het zusje van een vriendin, zag het.", "mopje"),
    ('Hij liet zien:\nkapper terug: "kom maar naar het plein"\ndaan: nee', "kapper"),
    ("12-03 21:03 - tijger: ik maak je dood", "tijger"),
    ("Anouk wordt door een jongen uit groep 8 vlekje genoemd.", "vlekje"),
    ("Die jongen heet Tim, bijnaam stuiter.", "stuiter"),
    ('Ze appten de hele avond: "kom je?". druppel: "nee".', "druppel"),
    ("Een man die de kinderen bolle noemen, staat bij het hek.", "bolle"),
])
def test_a_name_in_a_strong_slot_is_flagged_where_the_rules_would_miss_it(text, word):
    """The rules remove these; should one slip (a new shape), the flag is the net. The
    text as if nothing was removed."""
    flags = name_flags(AnonymisedText(text, [], text), default_lexicon())
    assert word in [f.word for f in flags]


@pytest.mark.parametrize("text", [
    "In de klas: de juf (een invaller) zei dat hij stil was.",
    "Hij schreef aan oma een kaart.",
    "Zij zei tegen school dat ze ziek was.",
    'In de app stond: "kom je buiten, jongens?"',
    "De kat, het huisdier van oma, is weg.",
    "In de app: ok, tot morgen.",
    "Datum: 3 maart   Tijd: 10.15 uur   Locatie: gymzaal",
    "Hij stuurde een bericht aan de mentor: hij wil praten.",
    'Toen schreef hij "haha" in de groep.',
    "Gesprek met moeder. Tweede gesprek volgt.",
    "De IB noemde de signalen concreet: hij is bang.",
    "Moeder wil niet dat haar naam genoemd wordt.",
    "Het Leger des Heils en de Voedselbank helpen het gezin.",
    "Klasgenoten zeggen dat hij slaat; sportclub zegt dat hij elke training komt.",
    "Hij liet zien:\nmorgen: school\nlater: zwemmen",
    "In de game zei hij tegen speler: stop.",
])
def test_ordinary_text_in_those_slots_is_not_flagged(text):
    assert name_flags(AnonymisedText(text, [], text), default_lexicon()) == []


def test_one_flag_per_word_form():
    _, flags = _flags("Volgens Pluk sloeg hij. Later kwam Pluk terug, zei pluk.")
    assert [f.word for f in flags] == ["Pluk"]


def test_every_occurrence_goes_as_one_decision_and_comes_back_as_one():
    text = ("In de pauze kwam Kruimel naar hem toe. Kruimels moeder keek; een kruimel viel. "
            "Daan huilde.")
    result, flags = _flags(text)
    assert [f.word for f in flags] == ["Kruimel"]
    removed, decision = remove_every(result, "Kruimel")
    assert decision.action == NAME_REMOVED and decision.text == "Kruimel"
    assert "kruimel" not in removed.text.lower() and removed.text.count("[naam]") == 3
    assert "Daan" not in removed.text  # what the rules removed stays removed
    assert {r.kind for r in removed.replacements if r.replacement == "[naam]"} == {NAME_KIND}
    again, kept, lost = reapply(result, [decision])
    assert again.text == removed.text and kept == [decision] and lost == []
    index = next(i for i, r in enumerate(again.replacements) if r.original == "Kruimels")
    back, rest = put_name_back_at(again, kept, index)
    assert back.text == result.text and rest == []


def test_a_name_decision_without_the_word_in_the_new_text_is_reported():
    result, _ = _flags("Volgens Pluk sloeg hij.")
    _, decision = remove_every(result, "Pluk")
    other = anonymise("Hij sliep slecht.", KNOWN, default_detector())
    assert reapply(other, [decision])[2] == [decision]


def test_occurrences_are_whole_words_in_any_case_with_a_possessive():
    text = "Beer, beer's jas, Beers fiets, berenjacht, Beertje, de BEER."
    assert [text[a:b] for a, b in occurrences(text, "beer")] == [
        "Beer", "beer's", "Beers", "Beertje", "BEER"]  # the diminutive too (review s33)
