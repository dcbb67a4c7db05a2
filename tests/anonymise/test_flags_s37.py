"""Name flags, stop 37 (issue 16): the flags must land on the leaks themselves.

On unseen text the flags mostly marked names the rules had already taken (68/120 if
left), but only 2 of the 39 real leaks. The first cue here is certain by construction:
a nickname the vault knows ("Ook genoemd", or typed by the IB for this summary) that
the rules kept because it is also an ordinary word is a doubt at every kept mention,
in any case and as a diminutive; the IB clicks the ordinary ones away.

Each flag that must appear has twins of ordinary text that must not be flagged. The
texts are written as the rules would leave them ("[tag]" is a replacement); the
nicknames are the developer's own, in the shapes the seen corpora leaked.
"""

from __future__ import annotations

import re

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise
from zorgdesk.domain.anonymise.name_flags import RECORDED, name_flags, remove_name
from zorgdesk.domain.anonymise.replacements import AnonymisedText, Replacement
from zorgdesk.services.name_lexicon import default_detector, default_lexicon


def _flags(text: str, recorded: tuple[str, ...] = ()) -> list:
    tags = [Replacement(m.start(), m.end(), m.group(), m.group(), "naam", False)
            for m in re.finditer(r"\[[^\]\[]+\]", text)]
    return name_flags(AnonymisedText(text, tags, text), default_lexicon(), recorded=recorded)


def _flagged(text: str, recorded: tuple[str, ...] = ()) -> list[str]:
    return [f.word for f in _flags(text, recorded)]


# -- a recorded nickname kept as an ordinary word ---------------------------------------

@pytest.mark.parametrize(("text", "recorded", "words"), [
    # the nickname and its ordinary use after "de": both asked (the IB keeps the crumb)
    ("De kruimel lag op haar bord. Oma zegt dat kruimeltje 'te dik' wordt.",
     ("Kruimel",), ["kruimel", "kruimeltje"]),
    # with a capital after an article, and lower case
    ("[leerling] en de [medeleerling] vochten. De kapitein had een bloedneus.",
     ("Kapitein",), ["kapitein"]),
    ("Het musje huilde. Ze ruzieden over de mus.", ("Mus",), ["musje", "mus"]),
    # a recorded nickname with an article: the word is what is kept
    ("De knuffel heet gewoon beer, zegt ze.", ("de Beer",), ["beer"]),
    # a possessive: flagged as written (each form is one decision)
    ("Hij pakte snoeps fiets af.", ("Snoep",), ["snoeps"]),
    # two words: one flag for the whole nickname, as it is written there
    ("ga met zwarte kat naar huis he", ("Zwarte Kat",), ["zwarte kat"]),
    # without accents in the text
    ("De pasa van de klas zei niets.", ("Paşa",), ["pasa"]),
])
def test_a_kept_recorded_nickname_is_flagged(text, recorded, words) -> None:
    flags = _flags(text, recorded)
    assert [f.word.lower() for f in flags if f.reason == RECORDED] == words


@pytest.mark.parametrize(("text", "recorded"), [
    # not recorded: ordinary words stay unflagged
    ("Er lag geen kruimel op haar bord.", ()),
    ("De kapitein van het voetbalteam was er niet bij.", ()),
    ("Ze ruzieden over een mus die tegen het raam vloog.", ("Kruimel",)),
    # a word that merely starts like the nickname is another word
    ("Hij at een kruimeltaart en een musket.", ("Kruimel", "Mus")),
    # one word of a two-word nickname alone is not the nickname
    ("Er liep een zwarte hond en een kat.", ("Zwarte Kat",)),
    # after an indefinite article the word is a common noun, never the person
    ("Er lag geen kruimel op haar bord. Het was een kleine mus.", ("Kruimel", "Mus")),
    ("Hij tekende een tijger en zo'n kapitein.", ("Tijger", "Kapitein")),
    # inside a replacement nothing is left to flag
    ("[leerling] zei het.", ("Kruimel",)),
])
def test_no_recorded_flag_where_none_is_kept(text, recorded) -> None:
    assert [f for f in _flags(text, recorded) if f.reason == RECORDED] == []


def test_the_recorded_reason_wins_over_another_cue() -> None:
    flags = _flags("Daarna sloeg de kale hem.", ("Kale",))
    assert [(f.word, f.reason) for f in flags] == [("kale", RECORDED)]


def test_through_the_rules_a_recorded_nickname_kept_is_flagged_and_removed() -> None:
    """The whole way: the rules keep "de kapitein" (an article before the word), the flag
    asks, the IB's one click takes every kept form (the flag never removes by itself)."""
    known = [KnownName("Kerem Aydın", "medeleerling", "Kerem", "", "Aydın",
                       nicknames=("Kapitein",))]
    # s37 (naming2): "De kapitein had een bloedneus" is removed by the rules now (a
    # person's mark); a clause an animal or thing shares keeps the word
    text = "Emir en Kapitein vochten. De kapitein zat op de bank."
    result = anonymise(text, known, default_detector())
    assert "De kapitein zat" in result.text
    flags = name_flags(result, default_lexicon(), recorded=("Kapitein",))
    assert [f.word for f in flags if f.reason == RECORDED] == ["kapitein"]
    assert "De kapitein zat" in result.text  # flagging removed nothing
    removed = remove_name(result, "kapitein")
    assert "kapitein" not in removed.text.lower()


def test_without_recorded_nicknames_the_flags_are_as_before() -> None:
    text = "Er lag geen kruimel op haar bord. De kapitein had een bloedneus."
    assert _flagged(text) == []


# -- cues from the sentence: where Dutch needs an article or a person ---------------------

@pytest.mark.parametrize(("text", "word"), [
    # a bare word in a company list after a preposition, before the verb
    ("Met [naam] en plons speelt hij wel.", "plons"),
    ("Door [medeleerling] en knal wordt hij gepest.", "knal"),
    # a bare adjective joined to a flagged "de ...", as the subject after "dat"
    ("Hij vertelde dat traag en de kale hem opwachten.", "traag"),
    ("Hij zegt dat gek en de lange hem opwachten.", "gek"),  # also a word children call
    # an age: a bare word that "is 15" is a person
    ("[leerling] zegt dat lange 16 is en geld vraagt.", "lange"),
    ("Volgens hem is knoest 14 jaar en rookt hij.", "knoest"),
    # a bare noun said to be a person ("... is de buurjongen"): the phrase with its adjective
    ("rode vos is volgens [leerling] de buurjongen.", "rode vos"),
    ("mol is een jongen uit groep 8.", "mol"),
    # a kin word used as a name: "the cousin is no family"
    ("Thuis is de neef weer. Navraag: de neef is geen familie maar een vriend van moeder.",
     "neef"),
    ("De oom komt vaak, echte naam onbekend.", "oom"),
    # a chat threat: whom one tells, from whom one fetches
    ("[account]: geef je code\n[account]: anders zeg ik het tegen de bakker\n[account]: nee",
     "bakker"),
    ("[account]: waar is mijn skin\n[account]: kom maar halen bij de breekijzer\n", "breekijzer"),
    ("[[naam]] [account]: waar is mijn skin\n[[naam]] [account]: kom halen bij de hamer\n",
     "hamer"),
    # the subject after the verb in a sentence that opens with something else
    ("Volgens [leerling] komt nootje ’s avonds langs.", "nootje"),
    ("Gisteren kwam banaan weer aan het hek.", "banaan"),
    # the rest of a name: a word no dictionary has right after a person tag, before a verb
    ("baba: [naam] hamadi brengt haar morgen", "hamadi"),
    # who signed a note
    ('Het briefje was ondertekend met "groetjes van" de sterrenbende.', "sterrenbende"),
])
def test_a_leak_shape_is_flagged(text: str, word: str) -> None:
    assert word in _flagged(text)


@pytest.mark.parametrize("text", [
    # company lists of persons, things and plans
    "Met [moeder] en oma speelt hij wel.",
    "Met [leerling] en zijn broer speelt hij wel.",
    "Met [moeder] en vader besproken.",
    "Hij zag [moeder] en liep weg.",
    "Ze belde [moeder] en ging zitten.",
    # an adjective in a list that is no person
    "Hij vindt dat rood en de blauwe auto mooi zijn.",
    "Ze noemden hem gek en de klas lachte.",
    # numbers that are no age
    "Hij zegt dat toets 3 is gemaakt.",
    "Ze zegt dat de temperatuur 15 is.",
    "Hij zegt dat groep 7 is gegaan.",
    "Het gewicht is 21 kg.",
    "Groep 7, leeftijd 10 jaar.",
    "[naam] is een jongen uit de buurt, ongeveer 13 jaar.",
    # a predicate that is no person, a subject with an article
    "school is de plek waar hij veilig is.",
    "De reden is de moeder, zegt hij.",
    "contactpersoon is de moeder.",
    "Het probleem is een jongen uit groep 8.",
    # kin words with a possessive, or as family
    "Zijn neef is geen familie van de buren.",
    "De neef van moeder komt morgen.",
    # telling and fetching outside a chat, or from persons
    "Hij zei het tegen de bakker dat hij honger had.",
    "[account]: ik zeg het tegen de juf\n[account]: ok",
    "[account]: ik zeg het tegen de politie\n[account]: ok",
    "[account]: kom maar halen bij de snackbar\n[account]: ok",
    "Inzage: vader kwam verhaal halen bij de gymzaal; hij was boos.",
    "Verslag: vader kwam verhaal halen bij de buurvrouw; hij was boos.",
    # inverted subjects that are mass nouns or persons
    "Daarna komt taal aan bod.",
    "Soms komt bezoek ’s avonds langs.",
    "Gisteren kwam moeder weer aan het hek.",
    "Volgens [leerling] komt hulp ’s avonds langs.",
    # a word after a person tag that is a word
    "[leerling] chips eten mag niet.",
    "[moeder] zegt dat het goed gaat.",
    "[leerling] çantası bleef op school.",
    # a signature of a class or a body
    'Het briefje was ondertekend met "groetjes van" de klas.',
    "Groetjes van de ouderraad.",
])
def test_an_ordinary_sentence_is_not_flagged(text: str) -> None:
    assert _flagged(text) == []


@pytest.mark.parametrize(("text", "word"), [
    # a bare adjective joined to a person's tag as the subject
    ("Hij zegt dat traag en [naam] hem opwachten.", "traag"),
    ("Na school wachten [naam] en traag hem op.", "traag"),
    # "de X" where X speaks: a person ("de sloper zei")
    ("Op het plein zei de knaller dat hij hem zou pakken.", "knaller"),
    ("Daarna riep de mol: 'kom hier'.", "mol"),
    # a word and an initial ("big J", "kleine K")
    ("Hij komt vaak langs, samen met dikke K.", "dikke"),
    ("Hij komt vaak langs met lil K, zegt ze.", "lil"),
    # after "[naam]" at the end of a chat line
    ("[account]: yo\n[account]: neem [naam] mee en [naam] friet\n[account]: ok", "friet"),
    # a lower-case word after a bare kin title, in a main clause or before another one
    ("Tante kwast en oom [naam] wonen sinds de zomer bij hen.", "kwast"),
    ("Beppe [naam] en pake wortel passen op; ome stekel ook.", "wortel"),
    ("Beppe [naam] en pake wortel passen op; ome stekel ook.", "stekel"),
])
def test_a_leak_shape_is_flagged_batch3(text: str, word: str) -> None:
    assert word in _flagged(text)


@pytest.mark.parametrize("text", [
    "Hij vindt dat rood en [naam] bij elkaar passen.",
    "Hij is ziek en [naam] ook.",
    "Op het plein zei de juf dat hij moest stoppen.",
    "Daarna riep de buurman de politie.",
    "In de groepsapp zei hij tegen iedereen: 'stop'.",
    "Een man bij de bushalte zei niets.",
    "Het gaat verder met plan B.",
    "Hij kreeg extra vitamine D.",
    "[account]: yo\n[account]: neem [naam] mee en [naam] ook\n[account]: ok",
    "[account]: yo\n[account]: geef [naam] terug\n[account]: ok",
    "Moeder zegt dat opa brood bakt en oma soep kookt.",
    "Ze kreeg van oma brood en van opa koek.",
    "Tante en oom komen morgen.",
    "Oma gaat vaak mee en opa ook.",
])
def test_an_ordinary_sentence_is_not_flagged_batch3(text: str) -> None:
    assert _flagged(text) == []
