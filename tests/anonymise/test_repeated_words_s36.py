"""Words a long text repeats (session 36, speed): ``short_forms`` and ``name_variants``
remember the words that can never be a form of a known name and skip them the next time.
A word remembered in one spelling must not decide another: the lower-case word is no
name, the same word capitalised where a person stands still is."""

from __future__ import annotations

from tests.anonymise.pairs import goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Sven de Graaf", "leerling", "Sven", "de", "Graaf"),
         KnownName("Rodrigo Alves", "medeleerling", "Rodrigo", "", "Alves")]
STAYS: list = []
GOES: list = []

STAYS += stays("a_repeated_word_stays_every_time", KNOWN, [
    "Het graf van opa. Het graf is oud. Bij het graf staan bloemen.",
])
GOES += goes("the_word_once_in_lower_case_still_goes_capitalised_where_a_person_stands", KNOWN, [
    ("Het graf van opa is oud. Gisteren kwam Graf te laat. Het graf is ver.",
     "Het graf van opa is oud. Gisteren kwam [leerling] te laat. Het graf is ver."),
    ("Rodri zegt dat hij moe is. Later zegt Rodri het weer. Rodri huilt.",
     "[medeleerling] zegt dat hij moe is. Later zegt [medeleerling] het weer. "
     "[medeleerling] huilt."),
])

test_the_fact_stays, test_the_identifier_goes, _ = pair_tests(STAYS, GOES)
