"""Review s38 (shapes5's dates in list items): a range of two dates is written on one line
("12/11 - 19/11"). Two list items with a date each ("- 12/11\n- 19/11") are two facts:
read as one range they became ONE [datum] and the list lost a line (how often she was
late, how many days he was absent). Written before the fix beside the ranges that still
go as one."""

from __future__ import annotations

from tests.anonymise.pairs import goes, gone, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Kenzo Regeer", "leerling", "Kenzo", "", "Regeer")]

GOES = goes("dates_in_list_items_stay_one_per_line", KNOWN, [
    ("Te laat op:\n- 12/11\n- 19/11\n- 26/11",
     "Te laat op:\n- [datum]\n- [datum]\n- [datum]"),
    ("Afwezig:\n- 12/11\n- 13/11", "Afwezig:\n- [datum]\n- [datum]"),
    ("Afwezig:\n– 12/11\n– 13/11", "Afwezig:\n– [datum]\n– [datum]"),
    ("Ziek:\n- 12-13/11\n- 20/11", "Ziek:\n- [datum]\n- [datum]"),
    ("Ziek: 12/11\n- 20/11 weer op school", "Ziek: [datum]\n- [datum] weer op school"),
])
GOES += goes("a_range_on_one_line_still_goes_as_one", KNOWN, [
    ("Ziek van 12/11 - 19/11.", "Ziek van [datum]."),
    ("Ziek van 12/11-19/11.", "Ziek van [datum]."),
    ("Logeerde 14 - 16/3 bij oma.", "Logeerde [datum] bij oma."),
])

STAYS = stays("two_scores_on_one_line_stay", KNOWN, [
    "Dictee: 3/4 - 2/3 goed.",
])

# Review s38 of shapes5's capitals (8da3d85): 'de' is an article and a surname's particle;
# a shouted family word + 'DE' + surname still names the person ("OPA DE HAAN").
GONE = gone("a_shouted_surname_with_de_goes", KNOWN, [
    ("HAAN", "OPA DE HAAN DOET PIJN"),
    ("JONG", "OMA DE JONG GAF MIJ EEN KLAP"),
    ("VRIES", "TANTE DE VRIES SLAAT MIJ"),
    ("BOER", "IK BEN BANG VOOR DE BOER"),
])
STAYS += stays("the_childs_shouted_words_stay", KNOWN, [
    "MAMA GAF MIJ EEN KLAP",
    "OOM KOMT VANAVOND",
])

test_the_fact_stays, test_the_identifier_goes, test_the_name_is_gone = pair_tests(
    STAYS, GOES, GONE)
