"""Review s37 of the stop's nickname rules (naming2): a story's figure read or watched is
the story, not a nickname ("Hij las Kapitein Haak voor" lost the book as "[naam]"), and a
recorded nickname that is a word, named first as a thing with "een", is that thing when
"de" takes it up again ("een boek over een beer. De beer wilde naar huis": the bear of the
book, not the pupil). Each has its twin that still goes.
"""

from __future__ import annotations

from tests.anonymise.pairs import goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Lina Bakker", "leerling", "Lina", "", "Bakker")]
BEER = [KnownName("Daan de Vries", "leerling", "Daan", "de", "Vries", nicknames=("Beer",))]

STAYS = [
    *stays("a_story_read_or_watched_is_the_story", KNOWN, [
        "Hij las Kapitein Haak voor.",
        "We keken naar Kapitein Haak op tv.",
        "Ze leest Kapitein Haak voor aan haar broertje.",
    ]),
    *stays("the_thing_named_with_een_taken_up_with_de", BEER, [
        "Ze las een boek over een beer. De beer wilde naar huis.",
        "Op tv zag hij een beer. De beer lachte naar de camera.",
    ]),
]

GOES = [
    *goes("a_story_title_as_a_nickname_still_goes", KNOWN, [
        ("Kapitein Haak pakte zijn tas.", "[naam] pakte zijn tas."),
        ("Hij was bang voor Kapitein Haak.", "Hij was bang voor [naam]."),
    ]),
    *goes("without_een_before_the_recorded_word_is_the_person", BEER, [
        ("De beer slaat mama weer.", "De [leerling] slaat mama weer."),
    ]),
]

test_the_fact_stays, test_the_identifier_goes, _ = pair_tests(STAYS, GOES)
