"""A title after "spel", "game" or a work noun ends where "met" brings in who played or
watched with the child (review s35, R3): "Zijn lievelingsspel is Minecraft met Daan." kept
"Daan" (03d21bb removed it) because the title run took "met" as one of its connectors.
Titles keep their own small words ("Harry Potter en de Steen der Wijzen")."""

from __future__ import annotations

from tests.anonymise.pairs import goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Noor Bakker", "leerling", "Noor", "", "Bakker")]

STAYS = stays("a_title_after_a_work_word_stays", KNOWN, [
    "Zijn lievelingsspel is Minecraft.",
    "Zijn lievelingsliedje is Baby Shark.",
    "Het boek De Kleine Prins lag op tafel.",
])
GOES = goes("a_name_after_met_behind_a_title_goes", KNOWN, [
    ("Zijn lievelingsspel is Minecraft met Daan.",
     "Zijn lievelingsspel is Minecraft met [naam]."),
    ("Game: Fortnite met Daan.", "Game: Fortnite met [naam]."),
    ("Zijn lievelingsspel is Tikkertje met Daan en Tim.",
     "Zijn lievelingsspel is Tikkertje met [naam] en [naam]."),
    ("Het boek Dolfje Weerwolfje met Sanne gelezen.",
     "Het boek Dolfje Weerwolfje met [naam] gelezen."),
])

test_the_fact_stays, test_the_identifier_goes = pair_tests(STAYS, GOES)[:2]
