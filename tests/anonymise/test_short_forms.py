"""Cut and pet forms of known given names (domain/anonymise/short_forms.py)."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise

KNOWN = [KnownName("Rodrigo Alves", "leerling", "Rodrigo", "", "Alves"),
         KnownName("Maximiliaan van Leeuwen", "broer", "Maximiliaan", "van", "Leeuwen"),
         KnownName("Sterre Hofman", "zus", "Sterre", "", "Hofman"),
         KnownName("Jurdiley Martina", "medeleerling", "Jurdiley", "", "Martina"),
         KnownName("Lotte Verbeek", "oppas")]


@pytest.mark.parametrize(("text", "expected"), [
    ("volgens moeder komt rodri vaak te laat", "volgens moeder komt [leerling] vaak te laat"),
    ("Rodri zegt dat hij moe is.", "[leerling] zegt dat hij moe is."),
    # the cut is found after the title; the title says it is someone else (role_fit)
    ("juf jurdi is moe", "juf [naam] is moe"),
    ("ja sterr huilt altijd", "ja [zus] huilt altijd"),
    ("Broer max past op.", "Broer [broer] past op."),
    ("Vader noemt hem maxie.", "Vader noemt hem [broer]."),
    # the regular diminutive, even where it is also a word (a known name always wins)
    ("zegt dat lotje alleen is", "zegt dat [oppas] alleen is"),
])
def test_cut_forms_of_known_given_names_go(text, expected, detector):
    assert anonymise(text, KNOWN, detector).text == expected


@pytest.mark.parametrize("text", [
    "De ster aan de hemel en max 3 kinderen per groep.",
    "Hij rodde het zand weg en jurk was vies.",   # no cut of a known name
    "Het was een mooie ster.",
])
def test_ordinary_words_that_are_cuts_stay(text, detector):
    assert anonymise(text, KNOWN, detector).text == text


def test_cut_forms_are_final_and_need_a_word_list_otherwise_a_title():
    result = anonymise("rodri en broer max", KNOWN)
    assert result.text == "rodri en broer [broer]"
    assert all(r.known for r in result.replacements)
