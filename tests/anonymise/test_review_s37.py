"""Review s37: a recorded nickname or a given name that is also a word, used as the word.

"Ook genoemd: Kruimel" made every plural "kruimels" the pupil's possessive ("Er zaten
[leerling] in zijn bed": the text now says the child was in his bed), and an adjective
between the article and the word hid the article ("de laatste [leerling]", "een rode
[zus]"). Each has its twin where the word is the person and still goes.
"""

from __future__ import annotations

from tests.anonymise.pairs import goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Daan de Vries", "leerling", "Daan", "de", "Vries",
                   nicknames=("Kruimel", "Beer")),
         KnownName("Roos Bakker", "zus", "Roos", "", "Bakker")]

STAYS = [
    *stays("a_plural_of_a_recorded_nickname_is_the_plural", KNOWN, [
        "Er lagen kruimels onder zijn tafel na de lunch.",
        "Er zaten kruimels in zijn bed.",
        "Hij had kruimels op zijn trui.",
        "Er lagen veel kruimels op de vloer.",
    ]),
    *stays("an_adjective_between_the_article_and_the_word", KNOWN, [
        "Hij at zijn brood tot de laatste kruimel op.",
        "Ze zagen een grote beer in de dierentuin.",
        "De grote beer in de dierentuin sliep.",
        "Ze tekende een rode roos.",
        "Ze kreeg een mooie roos van oma.",
    ]),
]

GOES = [
    *goes("the_possessive_before_its_noun_is_the_person", KNOWN, [
        ("Kruimels moeder belde.", "[leerling] moeder belde."),
        ("kruimels fiets was kapot.", "[leerling] fiets was kapot."),
    ]),
    *goes("with_an_adjective_the_person_who_acts_still_goes", KNOWN, [
        ("De grote beer slaat mama weer.", "De grote [leerling] slaat mama weer."),
        ("De kleine beer was weer boos.", "De kleine [leerling] was weer boos."),
        ("Roos was ziek.", "[zus] was ziek."),
        ("De tante van roos belde.", "De tante van [zus] belde."),
    ]),
]

test_the_fact_stays, test_the_identifier_goes, _ = pair_tests(STAYS, GOES)
