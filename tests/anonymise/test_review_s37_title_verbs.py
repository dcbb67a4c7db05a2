"""Review s37: a verb right after a bare title is what the teacher does, not her name.
"Juf leest voor." printed "Juf [naam] voor." because the surname list has Leest; a name in
lower case after a title ("juf bakker", "meester visser") still goes."""

from __future__ import annotations

from tests.anonymise.pairs import goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Kenzo Regeer", "leerling", "Kenzo", "", "Regeer")]

STAYS = stays("a_verb_after_a_title_stays", KNOWN, [
    "Juf leest voor.",
    "De juf leest voor en de klas luistert.",
    "Meester leest voor uit een boek.",
    "Juf werkt vandaag niet.",
    "Juf mist hem.",
])
GOES = goes("a_lower_case_name_after_a_title_still_goes", KNOWN, [
    ("Juf bakker belde.", "Juf [naam] belde."),
    ("meester visser zei het", "meester [naam] zei het"),
    ("Juf Anna leest voor.", "Juf [naam] leest voor."),
])

test_the_verb_stays, test_the_name_goes, _ = pair_tests(STAYS, GOES)
