"""Review s33: a form label opening a line or sentence before a colon is no name
("Tijd: 10.15 uur. Plaats: gymzaal." lost "Plaats", found by the flags helper); a name in
the same place still goes. Each "stays" case failed on main 3288198."""

from __future__ import annotations

from tests.anonymise.pairs import goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Daan de Vries", "leerling", "Daan", "de", "Vries")]

STAYS = stays("a_form_label_before_a_colon_stays", KNOWN, [
    "Tijd: 10.15 uur. Plaats: gymzaal.",
    "Verslag van het gesprek\nPlaats: gymzaal\nAanwezig: juf en moeder",
    "Uitleg: hij viel van de trap.",
    "Stelling: pesten mag nooit.",
    "Hij stuurde een foto. Caption: lekker weer.",
])

GOES = goes("a_name_in_that_place_still_goes", KNOWN, [
    ("Tijd: 10.15 uur.\nBakker: kom je naar het plein?",
     "Tijd: 10.15 uur.\n[naam]: kom je naar het plein?"),
    ("Daan zei dat meneer Plaats hem sloeg.", "[leerling] zei dat meneer [naam] hem sloeg."),
    ("Plaats sloeg Daan op het plein.", "[naam] sloeg [leerling] op het plein."),
])

test_the_fact_stays, test_the_identifier_goes, _ = pair_tests(STAYS, GOES)


# "Plaats: gymzaal\nAanwezig: ..." took the next line's label for the gymzaal's name.
LABEL_STAYS = stays("the_next_line_s_label_is_no_place_name", KNOWN, [
    "Plaats: gymzaal\nAanwezig: juf en moeder",
    "Waar: het zwembad\nWanneer: na school",
])
LABEL_GOES = goes("a_place_name_on_the_next_line_still_goes", KNOWN, [
    ("Hij zit op basisschool\nDe Regenboog sinds groep 3.",
     "Hij zit op basisschool\n[plaats] sinds groep 3."),
])

test_the_next_line_label_stays, test_the_wrapped_place_goes, _ = pair_tests(
    LABEL_STAYS, LABEL_GOES)
