"""Unknown lower-case nicknames (issue 16, category F): greetings and second person in a
quote (person_slots._vocative), two unknown words as one name, a nickname adjective with
its name, a quoted nickname after a verb of calling, a borrowed kinship title before a
name that is also a Dutch word (domain/anonymise/nicknames.py). Each rule with the
ordinary Dutch it must leave alone; through the real engine with the shipped word lists."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise

KNOWN = [KnownName("Lotte Bakker", "leerling", "Lotte", "", "Bakker"),
         KnownName("Sandra Bakker", "moeder")]


@pytest.mark.parametrize(("text", "expected"), [
    # greetings and calls open a direct address
    ("'hee kimbo, kom je vanavond?'", "'hee [naam], kom je vanavond?'"),
    ("'kom nou mupke,' zei de man.", "'kom nou [naam],' zei de man."),
    ("'hoi zuzka!' stond er.", "'hoi [naam]!' stond er."),
    # a bare unknown word before "je"/"jij" opening a quote is the one spoken to
    ("'pwokkie je bent dom' stond in de chat.", "'[naam] je bent dom' stond in de chat."),
    # two unknown words: one name
    ("De oppas is een vriendin, yonas tesfay haalt haar op.",
     "De oppas is een vriendin, [naam] haalt haar op."),
    ("Ze noemt hem 'abba tekle'; hij geeft geld.", "Ze noemt hem '[naam]'; hij geeft geld."),
    # a nickname adjective goes with its name
    ("Een man die ze kale kees noemen geeft bier.", "Een man die ze [naam] noemen geeft bier."),
    # a quoted nickname after a verb of calling, title and all
    ("Lotte noemt de vriend van moeder 'ome rinus'.",
     "[leerling] noemt de vriend van moeder '[naam]'."),
    # a borrowed kinship title before a name that is also a Dutch word
    ("Opgehaald door dayı memo en soms door teyze fatma.",
     "Opgehaald door dayı [naam] en soms door teyze [naam]."),
    # a word between a word for a person and the finite verb of a main clause
    ("De buurjongen tijger zegt dat het zo is.", "De buurjongen [naam] zegt dat het zo is."),
    ("Zijn broer bolle haalt hem op.", "Zijn broer [naam] haalt hem op."),
    ("Klasgenoot duifje zei dat.", "Klasgenoot [naam] zei dat."),
    # a word no dictionary has after a word for a relative or partner
    ("Ze logeert bij haar man zbyszek.", "Ze logeert bij haar man [naam]."),
    ("Zijn zus sassie past op.", "Zijn zus [naam] past op."),
    # a bare word joined to a lower-case name after a preposition of persons
    ("verstuurd door bam en jayden.", "verstuurd door [naam] en [naam]."),
    # an adjective with "de" as an apposition to a person
    ("een vriend van vader, de lange, rijdt dan.", "een vriend van vader, [naam], rijdt dan."),
    # "je" two words on: the one spoken to opens the quote
    ("'skiba kom je morgen?'", "'[naam] kom je morgen?'"),
])
def test_lower_case_nicknames_go(text, expected, detector):
    assert anonymise(text, KNOWN, detector).text == expected


@pytest.mark.parametrize("text", [
    "'hee juf, mag ik naar de wc?' vroeg ze. 'Ja schat, ga maar.'",
    "'kom nou jongen,' zei de meester. 'lieverd, je bent laat.'",
    "Gisteren heeft dayı geld gegeven voor de schoolreis.",
    "Ze heeft met vovo gespeeld en bij amca thuis gegeten.",
    "De kinderen noemen hem lief.",
    "kleine sem uit de flat zegt dat het goed gaat.",
    "Ze noemt dat 'gewoon spelen' en lacht.",
    # a sentence of another language is no name of three words
    "'bugun hasta, yarin gelmiyor' schreef moeder.",
    # a main clause's subject with an adverb, a subordinate clause's object
    "Zijn broer ook zegt dat het goed gaat. Haar zus thuis was ziek.",
    "Hij zei dat zijn broer pizza eet. Hij gaf zijn vriendje snoep.",
    "Opa vaak ziek, zegt moeder. Oma kookt en de buurjongen helpt.",
    "Het is bij oma ziek en bij opa stil.",
    "Ze kwam door regen en wind te laat; met mama en papa gaat het goed.",
    "De man, de lange weg, de dikke pil: niets bijzonders.",
])
def test_ordinary_dutch_in_the_same_places_stays(text, detector):
    out = anonymise(text, KNOWN, detector).text
    if text.startswith("kleine"):
        assert out.startswith("kleine ")  # only the name goes, not the size word
    else:
        assert out == text
