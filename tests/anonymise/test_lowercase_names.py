"""Lower-case names that are also ordinary words, only where the context marks a name.

"zei roos" (after a verb of speaking no bare noun stands), "de buurjongen storm", "wujek
tomek", "dikke dirk"; but "ze tekende een roos" (a known Roos too), "hij kwam met bus",
"met storm en regen", "zei sorry" and "zei sinterklaas" keep their words. Real word lists
(the default detector), no mocks.
"""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise
from zorgdesk.services.anonymise.name_lexicon import default_detector

ROOS = [KnownName("Roos Visser", "leerling", "Roos", "", "Visser")]


@pytest.fixture(scope="module")
def detector():
    return default_detector()


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
