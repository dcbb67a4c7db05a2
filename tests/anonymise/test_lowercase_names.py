"""Lower-case names that are also ordinary words, only where the context marks a name.

"zei roos" (after a verb of speaking no bare noun stands), "de buurjongen storm", "wujek
tomek", "dikke dirk"; but "ze tekende een roos" (a known Roos too), "hij kwam met bus",
"met storm en regen", "zei sorry" and "zei sinterklaas" keep their words. Real word lists
(the default detector), no mocks.
"""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise

ROOS = [KnownName("Roos Visser", "leerling", "Roos", "", "Visser")]


@pytest.mark.parametrize(("text", "expected"), [
    ('"Stop," zei roos tegen hem.', '"Stop," zei [naam] tegen hem.'),
    ("Toen vroeg iris of ze mocht.", "Toen vroeg [naam] of ze mocht."),
    ("De buurjongen storm past op.", "De buurjongen [naam] past op."),
    ("Bij wujek tomek slapen ze.", "Bij wujek [naam] slapen ze."),
    ("Hij heet volgens haar dikke dirk.", "Hij heet volgens haar [naam]."),
    ("Haar zoon kees rookt binnen.", "Haar zoon [naam] rookt binnen."),
])
def test_a_word_where_only_a_name_stands_goes(text, expected, detector):
    assert anonymise(text, [], detector).text == expected


@pytest.mark.parametrize("text", [
    "Hij kwam met bus en ging met fiets naar huis.",
    "Met storm en regen speelden ze binnen; hij kwam met hoop op beterschap.",
    "Toen zei sorry niemand iets; hij riep boos dat het stom was.",
    "Zij zei sinterklaas niet te geloven. De oppas kunnen ze niet betalen.",
    "In de kring tekende ze een zon, een ster en een vis.",
])
def test_ordinary_words_stay(text, detector):
    assert anonymise(text, [], detector).text == text


def test_a_known_name_that_is_a_word_stays_a_word_after_an_article(detector):
    result = anonymise("Ze tekende een roos. Roos lachte; roos ook.", ROOS, detector)
    assert result.text == "Ze tekende een roos. [leerling] lachte; [leerling] ook."


# Given names from deduce's first-name list (resources/lexicon/voornamen.txt) that no Dutch
# word list has: in lower case they are names anywhere, also without a title or verb.
@pytest.mark.parametrize(("text", "expected"), [
    ("Hij heeft met jibbe gespeeld.", "Hij heeft met [naam] gespeeld."),
    ("Toen zei redouane dat hij honger had.", "Toen zei [naam] dat hij honger had."),
    ("In de pauze speelde kubilay met roos.", "In de pauze speelde [naam] met roos."),
    ("Ze kreeg een mees van dalila.", "Ze kreeg een mees van [naam]."),
])
def test_a_lower_case_given_name_that_is_no_word_goes(text, expected, detector):
    assert anonymise(text, [], detector).text == expected


def test_a_given_name_that_is_a_word_stays_unless_the_vault_knows_it(detector):
    text = "Hij heeft met roos gespeeld, met bos en hoop; er zat een mees op het dak."
    assert anonymise(text, [], detector).text == text
    assert anonymise("Hij heeft met roos gespeeld.", ROOS, detector).text \
        == "Hij heeft met [leerling] gespeeld."


def test_the_first_name_list_only_adds_names_that_are_no_words():
    from zorgdesk.domain.anonymise.names import NameLexicon

    lexicon = NameLexicon.from_sections(
        ["Visser"], ["roos", "bos", "de"], allow=["Turks"], openers=["Daarna"],
        first_names=["Roos", "Bos", "Jibbe", "Turks", "Daarna", "Al", "Kubilay"])
    assert {"Jibbe", "Kubilay"} <= lexicon.proper
    assert not {"Roos", "Bos", "Turks", "Daarna", "Al"} & lexicon.proper
