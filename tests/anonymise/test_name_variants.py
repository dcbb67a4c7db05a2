"""Variants of KNOWN names the index of fixed forms cannot hold (issue 16, E and L):
case endings after an apostrophe (Turkish) or glued on (Polish), one letter dropped or
added, letters stretched in a chat (domain/anonymise/name_variants.py, name_index._AFTER).
Through the real engine with the shipped word lists."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise

KNOWN = [KnownName("Kerem Yıldız", "leerling", "Kerem", "", "Yıldız"),
         KnownName("Mehmet Yıldız", "vader"),
         KnownName("Esra Yıldız", "zus", "Esra", "", "Yıldız"),
         KnownName("Wiktoria Nowak", "medeleerling", "Wiktoria", "", "Nowak"),
         KnownName("Kacper Nowak", "broer", "Kacper", "", "Nowak"),
         KnownName("Lotte Bakker", "oppas", "Lotte", "", "Bakker"),
         KnownName("Yassin Amrani", "buurman")]


@pytest.mark.parametrize(("text", "expected"), [
    # Turkish case endings after the apostrophe, in lower case as typed in an app
    ("'hocam kerem'in ateşi var'", "'hocam [leerling] ateşi var'"),
    ("'kerem'e söyledim'", "'[leerling] söyledim'"),
    ("'esra'yla birlikte'", "'[zus] birlikte'"),
    ("Gesprek met Mehmet'le over verzuim.", "Gesprek met [vader] over verzuim."),
    # Polish case endings, lower case (capitalised they go as unknown names anyway)
    ("'wiktorii dziś nie będzie'", "'[medeleerling] dziś nie będzie'"),
    ("'z kacprem idziemy'", "'z [broer] idziemy'"),
    # a letter dropped or added, letters stretched
    ("ik haat wiktria", "ik haat [medeleerling]"),
    ("met kaccper naar huis", "met [broer] naar huis"),
    # a variant that is another name on the lists goes as a name, without a role
    ("ik haat memet", "ik haat [naam]"),
    ("yasin belde aan", "[naam] belde aan"),
    ("'hee lotteee kom je buiten?'", "'hee [oppas] kom je buiten?'"),
])
def test_variants_of_known_names_go(text, expected, detector):
    assert anonymise(text, KNOWN, detector).text == expected


@pytest.mark.parametrize("text", [
    # Dutch words close to a known name stay: keren (Kerem), lotto (Lotte), bakkers
    "We keren terug; de lotto en de bakkers van de wijk.",
    # another given name the lists know is somebody else: no known person's role
    "Ze speelde met marion.",
    # a quote closing after a name is no case ending
    "Hij zei 'Kerem' en liep weg.",
])
def test_close_words_and_other_names_are_no_variants(text, detector):
    out = anonymise(text, KNOWN, detector)
    assert "[oppas]" not in out.text and "[medeleerling]" not in out.text
    if "Kerem" not in text and "marion" not in text:
        assert out.text == text


def test_without_a_word_list_no_variants():
    """Without the word list the engine cannot tell a variant from a word: only the index."""
    assert anonymise("ik haat memet", KNOWN).text == "ik haat memet"


@pytest.mark.parametrize(("text", "expected"), [
    # another child whose name shares the first letters of a known surname is no declined
    # form of it: a name, never the known pupil's role (the act would become his)
    ("Winta sloeg hem op het plein.", "[naam] sloeg hem op het plein."),
    ("Hij speelde met Lamees.", "Hij speelde met [naam]."),
])
def test_an_unknown_name_sharing_a_stem_gets_no_known_role(text, expected, detector):
    known = [*KNOWN, KnownName("Stijn Winter", "leerling", "Stijn", "", "Winter"),
             KnownName("Robin Lamers", "buurman")]
    assert anonymise(text, known, detector).text == expected
