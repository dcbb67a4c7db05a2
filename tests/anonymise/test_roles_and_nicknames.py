"""Roles stay with the person they belong to; lower-case nicknames and initials go;
fixed expressions with a name in them ("Albert Heijn") stay."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise
from zorgdesk.services.name_lexicon import default_detector

KNOWN = [
    KnownName("Tim Bosman", "leerling", "Tim", "", "Bosman"),
    KnownName("Karel Bosman", "vader"),
    KnownName("Bram Kuipers", "medeleerling", "Bram", "", "Kuipers"),
    KnownName("Ellen Jansen", "leerkracht"),
    KnownName("Wendy de Graaf", "intern begeleider"),
    KnownName("P.H. van Loon", "oom"),
]


def _out(text: str) -> str:
    return anonymise(text, KNOWN, default_detector()).text


@pytest.mark.parametrize(("text", "expected"), [
    ("meester Bram las voor.", "meester [naam] las voor."),
    ("Huisarts dr. Jansen belde.", "Huisarts dr. [naam] belde."),
    ("Oom Karel haalde hem op.", "Oom [naam] haalde hem op."),
    ("juf Ellen zag het.", "juf [leerkracht] zag het."),
    ("Vader Karel belde.", "Vader [vader] belde."),
    ("IB W. de Graaf belde.", "IB [intern begeleider] belde."),
    ("meester Bram Kuipers speelde de juf na.", "meester [medeleerling] speelde de juf na."),
])
def test_a_role_goes_only_with_its_own_person(text, expected):
    assert _out(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a person word in brackets after a lone initial or name part says who it is: the
    # pupil T. is not the neighbour, the medeleerling B. is not a friend of mother's
    ("T. (buurman) zag het gebeuren.", "[naam] (buurman) zag het gebeuren."),
    ("B. (vriend van moeder) was erbij.", "[naam] (vriend van moeder) was erbij."),
    ("Karel (oom) belde.", "[naam] (oom) belde."),
    # when it fits, or says no role, the role stays
    ("K. (vader) belde op.", "[vader] (vader) belde op."),
    ("Bram (8 jaar) speelde mee.", "[medeleerling] (8 jaar) speelde mee."),
    ("Tim Bosman (buurman) zag het.", "[leerling] (buurman) zag het."),
])
def test_a_person_word_in_brackets_after_a_name_is_a_title_too(text, expected):
    assert _out(text) == expected


@pytest.mark.parametrize(("text", "gone"), [
    ("Hij speelt bij de buurjongen stijnie na school.", "stijnie"),
    ("Die man wordt door iedereen bolle genoemd.", "bolle"),
    ("De kinderen noemen hem sjonnie.", "sjonnie"),
    ("Zijn nieuwe vriend heet kees.", "kees"),
    ("mw. v.L. belde terug", "v.L."),
    ("P.H. kwam niet.", "P.H."),
])
def test_nicknames_and_initials_go(text, gone):
    assert gone not in _out(text)


@pytest.mark.parametrize("fact", ["bij Albert Heijn", "Jan en alleman", "Zorg- en Adviesteam"])
def test_fixed_expressions_stay(fact):
    assert fact in _out(f"Moeder werkt {fact} en vertelt het aan iedereen.")


def test_albert_alone_is_still_a_name():
    assert "Albert" not in _out("Toen kwam Albert binnen.")


KIN = [
    KnownName("Henk Vos", "vader"),
    KnownName("Ans Vos", "stiefmoeder"),
    KnownName("Tim Bosman", "leerling", "Tim", "", "Bosman"),
]


@pytest.mark.parametrize(("text", "expected"), [
    # a word for a relative or neighbour before a name stays and says who did what;
    # a known person keeps the role, mid-sentence as at the start of a sentence
    ("Pleegvader Henk haar sloeg", "Pleegvader [vader] haar sloeg"),
    ("Tim zegt dat Pleegvader Henk haar sloeg.",
     "[leerling] zegt dat Pleegvader [vader] haar sloeg."),
    ("Halfbroer Mo hem pestte", "Halfbroer [naam] hem pestte"),
    ("Tim zegt dat Halfbroer Mo hem pestte.",
     "[leerling] zegt dat Halfbroer [naam] hem pestte."),
    ("Buurjongen Daan", "Buurjongen [naam]"),
    ("Tim speelt met Buurjongen Daan.", "[leerling] speelt met Buurjongen [naam]."),
    ("Tim speelt met Overbuurjongen Daan.", "[leerling] speelt met Overbuurjongen [naam]."),
    ("Stiefmoeder Ans", "Stiefmoeder [stiefmoeder]"),
    ("Buurman Kees", "Buurman [naam]"),
    ("Stiefmoeder Ans kwam.", "Stiefmoeder [stiefmoeder] kwam."),
    ("Daarna kwam Stiefmoeder Ans.", "Daarna kwam Stiefmoeder [stiefmoeder]."),
    ("Buurman Kees riep hem.", "Buurman [naam] riep hem."),
    ("Tim ging naar Buurman Kees.", "[leerling] ging naar Buurman [naam]."),
    # a capitalised given name that is also a word still goes with the surname
    ("Gisteren belde tolk Mehari Woldu.", "Gisteren belde tolk [naam]."),
])
def test_a_kinship_word_before_a_name_stays(text, expected):
    assert anonymise(text, KIN, default_detector()).text == expected
