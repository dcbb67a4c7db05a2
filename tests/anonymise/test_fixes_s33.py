"""Misattributions and over-removals left on main after session 32 (issue 16, session 33).

Pair tests: the fact that must stay exactly as written, and the identifier in a sentence
of the same shape that must still go. New sentences, written before the rules; every
"stays" case failed on main (0c4fe43) but the guards "De juf riep haar terug" and "De
meisjes schreeuwden hem uit"; the "goes" cases passed there but "in D-52525 en" (a leak on
main) and "De baas van vader" (the thing again).
"""

from __future__ import annotations

from tests.anonymise.pairs import goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

# Known people whose given names are also Dutch words (mees, roos, storm, jade) or whose
# pet forms are (Ben for Bernardus, lies for Elisabeth).
KNOWN = [KnownName("Mirthe de Vries", "leerling", "Mirthe", "de", "Vries"),
         KnownName("Mees Jansen", "stiefvader", "Mees", "", "Jansen"),
         KnownName("Roos Bakker", "zus", "Roos", "", "Bakker"),
         KnownName("Storm van Dijk", "medeleerling", "Storm", "van", "Dijk"),
         KnownName("Jade Bakker", "nicht", "Jade", "", "Bakker"),
         KnownName("Bernardus Smit", "oom", "Bernardus", "", "Smit"),
         KnownName("Elisabeth Kok", "tante", "Elisabeth", "", "Kok")]

# Every pair below is registered in one of two tables and run once at the end of the file.
STAYS: list = []
GOES: list = []


# -- 1. a known name that is a word, lower case after "dat" ----------------------------

STAYS += stays("a_word_after_dat_without_a_person_s_predicate_stays", KNOWN, [
    "Vader vertelde dat mees op het voerhuisje zat.",
    "Moeder zei dat roos in de tuin bloeide.",
    "Juf merkte dat storm de ramen deed trillen.",
    "Ik weet dat storm komt.",
    "Hij zei dat jade een steen is.",
])


GOES += goes("a_known_word_name_after_dat_with_a_person_s_predicate_goes", KNOWN, [
    ("Moeder zei dat mees haar sloeg.", "Moeder zei dat [stiefvader] haar sloeg."),
    ("Juf zei dat roos boos was.", "Juf zei dat [zus] boos was."),
    ("Ik hoorde dat storm huilde in de gang.", "Ik hoorde dat [medeleerling] huilde in de gang."),
    ("Moeder vertelde dat jade niet wilde eten.", "Moeder vertelde dat [nicht] niet wilde eten."),
    ("Hij weet, dat mees vaak drinkt.", "Hij weet, dat [stiefvader] vaak drinkt."),
    ("Oma zei dat roos bang is voor hem.", "Oma zei dat [zus] bang is voor hem."),
    # a person's places and marks
    ("Juf zag dat storm een blauwe plek had.", "Juf zag dat [medeleerling] een blauwe plek had."),
    ("Moeder vertelde dat mees niet op school was.",
     "Moeder vertelde dat [stiefvader] niet op school was."),
    ("Juf merkte dat jade op het plein stond.", "Juf merkte dat [nicht] op het plein stond."),
])


# -- 2. over-removals ---------------------------------------------------------------------

STAYS += stays("a_form_code_with_a_country_letter_stays", KNOWN, [
    "Zie het formulier B-2018. Zie de bijlage (A-1234).",
    "Ze vulde formulier A-1234 in en bijlage D-2019.",
])


GOES += goes("a_country_postcode_where_someone_lives_goes", KNOWN, [
    ("Ze verhuisden naar B-3500.", "Ze verhuisden naar [postcode]."),
    ("Vader woont nu in Luik (B-4020).", "Vader woont nu in Luik ([postcode])."),
    ("Oma woont in D-52525 en komt zelden.", "Oma woont in [postcode] en komt zelden."),
])


STAYS += stays("a_verb_before_je_stays_beside_a_known_pet_form", KNOWN, [
    "Ben je er?",
    "Ben jij dat, vroeg ze.",
    "Mirthe at niet. Ben je ziek, vroeg de juf.",
], {"Mirthe": "[leerling]"})


GOES += goes("a_known_pet_form_as_a_person_still_goes", KNOWN, [
    ("Ben kwam gisteren te laat.", "[naam] kwam gisteren te laat."),
    ("Daarna zei Ben dat hij wegging.", "Daarna zei [naam] dat hij wegging."),
])


# the same with a known person whose given name or pet form is the verb ("Wil", "Toon")
VERBS = [KnownName("Wil Meijer", "oma"), KnownName("Antonius Smit", "opa", "Antonius", "", "Smit")]
STAYS += stays("a_verb_before_je_stays_beside_a_known_name", VERBS, [
    "Wil je koffie?",
    "Toon je kaart.",
])
GOES += goes("a_known_name_that_is_a_verb_still_goes", VERBS, [
    ("Wil kwam gisteren te laat.", "[oma] kwam gisteren te laat."),
    ("Wil je bent lief, zei ze.", "[oma] je bent lief, zei ze."),
    ("Wil je jas ligt daar.", "[oma] je jas ligt daar."),
])
# a name before "je" + a noun is spoken to: it goes (no verb opens the sentence)
GOES += goes("a_name_spoken_to_before_je", [], [
    ("Mees je jas ligt daar.", "[naam] je jas ligt daar."),
    ("Roos je tas is weg.", "[naam] je tas is weg."),
    ("Ben je jas ligt daar.", "[naam] je jas ligt daar."),
])


STAYS += stays("a_body_part_after_bij_stays", KNOWN, [
    "Ze had een blauwe plek bij lies.",
    "De huisarts zag een wondje bij lies en knie.",
])


GOES += goes("a_pet_form_after_bij_is_still_the_person", KNOWN, [
    ("Ze logeert bij lies.", "Ze logeert bij [naam]."),
    ("Ze speelde de hele middag bij lies.", "Ze speelde de hele middag bij [naam]."),
])


STAYS += stays("a_rank_asked_about_in_a_chat", KNOWN, ["In de app: wie is baas?"])
GOES += goes("a_nickname_asked_about_in_a_chat", KNOWN, [
    ("In de app: wie is kroket?", "In de app: wie is [naam]?"),
])
# a nickname given with "de" recurs as the thing where a complement follows
GOES += goes("a_nickname_given_with_de", KNOWN, [
    ("Ze noemen hem de baas. De baas van vader is boos.",
     "Ze noemen hem de [naam]. De baas van vader is boos."),
    ("Ze noemen hem de baas. De baas duwde hem.", "Ze noemen hem de [naam]. De [naam] duwde hem."),
])


STAYS += stays("a_verb_after_a_word_for_people_stays", KNOWN, [
    "De jongens riepen haar hoer.",
    "De meisjes schreeuwden hem uit.",
    "De juf riep haar terug.",
])


GOES += goes("a_lower_case_name_after_a_word_for_people", KNOWN, [
    ("De buurjongen dikkie sloeg haar.", "De buurjongen [naam] sloeg haar."),
])


STAYS += stays("a_public_holiday_s_date_stays", KNOWN, [
    "Op Sinterklaas op 5 december kreeg ze niets.",
    "Met Koningsdag (27 april) was hij bij oma.",
    "Op 4 mei, bij de dodenherdenking, was hij stil.",
    "Met kerst, 25 december, was vader er niet.",
])


GOES += goes("a_date_that_is_no_holiday_s_still_goes", KNOWN, [
    ("Ze is jarig op 5 december.", "Ze is jarig op [datum]."),
    ("Op 6 december kreeg ze niets.", "Op [datum] kreeg ze niets."),
    ("Op Sinterklaas, 5 december 2019, kreeg ze niets.",
     "Op Sinterklaas, [datum], kreeg ze niets."),
    ("Ze is jarig op 5 december, met Sinterklaas.", "Ze is jarig op [datum], met Sinterklaas."),
])


test_the_fact_stays, test_the_identifier_goes, _ = pair_tests(STAYS, GOES)
