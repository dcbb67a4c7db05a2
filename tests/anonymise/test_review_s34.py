"""Review of session 34 (issue 16): identifiers a new rule let through, written as pairs
before the fix (each failed on main 2b0b758).

A moving holiday (Pasen, Hemelvaart, Pinksteren, carnaval) falls on some date between
February and June in one of the years 2000-2050, so the rule "a date in a sentence that
names its holiday is the holiday's date" kept nearly every spring date written in a
sentence with such a word: "Na Pasen, op 14 april, vertelde Daan dat vader hem sloeg"
kept the day of a disclosure. A moving holiday's date stays only written right beside it,
as its date ("Pasen (5 april)", "2e Pinksterdag, 25 mei"), not after "na", "voor",
"rond" ("na Hemelvaart" is another day).
"""

from __future__ import annotations

from tests.anonymise.pairs import goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Daan de Vries", "leerling", "Daan", "de", "Vries")]
STAYS: list = []
GOES: list = []

GOES += goes("a_spring_date_in_a_sentence_with_a_moving_holiday_goes", KNOWN, [
    ("Na Pasen, op 14 april, vertelde Daan dat vader hem sloeg.",
     "Na Pasen, op [datum], vertelde [leerling] dat vader hem sloeg."),
    ("Op 3 mei, vlak na Hemelvaart, kwam vader dronken op school.",
     "Op [datum], vlak na Hemelvaart, kwam vader dronken op school."),
    ("In de week voor Pinksteren, op 20 mei, had Daan een blauwe plek.",
     "In de week voor Pinksteren, op [datum], had [leerling] een blauwe plek."),
    ("Op 28 maart (rond Pasen) meldde moeder het incident.",
     "Op [datum] (rond Pasen) meldde moeder het incident."),
    ("Op 12 mei was hij weer op school, maar Pinksteren was hij bij oom.",
     "Op [datum] was hij weer op school, maar Pinksteren was hij bij oom."),
    ("In de paasvakantie, op 15 april, sliep hij bij de buren.",
     "In de paasvakantie, op [datum], sliep hij bij de buren."),
    ("Vanaf Hemelvaart (na 29 mei) woont hij bij vader.",
     "Vanaf Hemelvaart (na [datum]) woont hij bij vader."),
])
STAYS += stays("a_moving_holiday_s_own_date_beside_it_stays", KNOWN, [
    "Met Pasen (5 april) was de school dicht.",
    "Hemelvaart (14 mei) en 2e Pinksterdag, 25 mei, zijn vrije dagen.",
    "Koningsdag 26 april viel op zaterdag.",
    "Tweede Paasdag, 6 april, is de school dicht.",
    "Op 14 mei (Hemelvaart) is er geen school.",
    "Goede Vrijdag 3 april is een studiedag.",
    "Op 25 december was hij bij zijn vader, met kerst.",
])

# The nickname rules of 7637017 (clause_subjects.py) removed these (all stay on 84e827b):
# a noun after a kin word in an inverted clause is the infinitive's object, and an animal
# that bit or kicked is no person.
STAYS += stays("a_noun_before_an_infinitive_after_kin_stays", KNOWN, [
    "Woensdag komt zijn oma koffie drinken.",
    "Daarom mag zijn broer film kijken.",
    "Morgen komt zijn opa taart brengen.",
])
STAYS += stays("an_animal_that_bit_or_kicked_stays", KNOWN, [
    "Hij zei dat hond hem had gebeten in zijn been.",
    "Ze zag dat kat haar had gekrabd.",
    "Hij zei dat paard hem had geschopt.",
])

test_the_fact_stays, test_the_identifier_goes, _ = pair_tests(STAYS, GOES)
