"""Small anonymiser faults left open after session 33 (issue 16, session 34).

Pair tests (``pairs.py``): the fact that must leave exactly as written beside the name in
a sentence of the same shape that must go. Written before the fixes; each failed on main
7858a53 where this file says so.
"""

from __future__ import annotations

import pytest

from tests.anonymise.pairs import assert_gone, assert_stays, goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise

STEPFATHER = KnownName("Kees Bakker", "stiefvader", "Kees", "", "Bakker", nicknames=("Beer",))
MOTHER = KnownName("Ellen de Vries", "moeder", "Ellen", "de", "Vries")
PUPIL = KnownName("Mirthe Jansen", "leerling", "Mirthe", "", "Jansen")
KNOWN = [PUPIL, STEPFATHER, MOTHER]

STAYS: list = []
GOES: list = []


# -- 1. the closing quote after a quoted name ---------------------------------------------
# "'beer'." was taken for a possessive ("Thijs'") and the closing quote went with the
# name: "'[stiefvader]." (main). A bare apostrophe is a possessive only after a name that
# ends in a hissing sound (Thijs', Max', Fritz', Alice'), and never when a quote opened
# right before the name.

QUOTES = [("'", "'"), ('"', '"'), ("‘", "’"), ("’", "’"), ("“", "”"), ("„", "”"), ("«", "»"),
          ("‹", "›"), ("`", "'")]

GOES += goes("a_quoted_nickname_keeps_its_closing_quote", KNOWN, [
    *(((f"Ze noemen hem {a}beer{b}.", f"Ze noemen hem {a}[stiefvader]{b}.") for a, b in QUOTES)),
    *(((f"Ze noemen hem {a}Beer{b}, zei Mirthe.",
        f"Ze noemen hem {a}[stiefvader]{b}, zei [leerling].") for a, b in QUOTES)),
    ("Mama riep 'Ellen' door de gang.", "Mama riep '[moeder]' door de gang."),
    ("Hij zei: 'Kees'. Toen ging hij.", "Hij zei: '[stiefvader]'. Toen ging hij."),
    ("Hij zei: ‘Kees’ en liep weg.", "Hij zei: ‘[stiefvader]’ en liep weg."),
])

GOES += goes("a_possessive_apostrophe_still_goes_with_the_name", KNOWN, [
    ("Kees' auto stond er.", "[stiefvader] auto stond er."),
    ("Kees’ auto stond er.", "[stiefvader] auto stond er."),
    ("Ellen's fiets en Beer's auto.", "[moeder] fiets en [stiefvader] auto."),
    ("Beer’s auto stond er.", "[stiefvader] auto stond er."),
    ("Dat is van Kees'.", "Dat is van [stiefvader]."),
])
GOES += goes("a_possessive_apostrophe_after_sh", [KnownName("Josh Smit", "vader")], [
    ("Josh' fiets stond er. Ze noemen hem 'Josh'.",
     "[vader] fiets stond er. Ze noemen hem '[vader]'."),
])


# -- 2. a recorded name in a hyphen compound with an ordinary word -------------------------
# "Beer-achtig" -> "[stiefvader]-[naam]" (main): the name detector took the whole compound
# for a name and the ordinary part went as an unknown name. The person goes; the ordinary
# word is a fact about him and stays.

GOES += goes("a_name_in_a_compound_goes_its_ordinary_part_stays", KNOWN, [
    ("Hij deed Beer-achtig.", "Hij deed [stiefvader]-achtig."),
    ("Ze is Ellen-achtig stil.", "Ze is [moeder]-achtig stil."),
    ("Het was een Kees-moment.", "Het was een [stiefvader]-moment."),
    ("Het Ellen-gevoel kwam terug.", "Het [moeder]-gevoel kwam terug."),
    ("Beer-achtig gedrag, zei juf.", "[stiefvader]-achtig gedrag, zei juf."),
    ("Dat is mama-Ellen.", "Dat is mama-[moeder]."),
    ("Ze speelt met papa-Beer.", "Ze speelt met papa-[stiefvader]."),
    ("Een anti-Kees-actie.", "Een anti-[stiefvader]-actie."),
])

# a nickname made of a name and a word names someone as a whole (the word goes too)
GOES += goes("a_nickname_made_of_a_name_and_a_word_goes_whole", KNOWN, [
    ("Ze noemen hem Beer-knuffel.", "Ze noemen hem [stiefvader]-[naam]."),
    ("Hij riep: 'ga maar naar Ellen-lief'.", "Hij riep: 'ga maar naar [moeder]-[naam]'."),
])

# a second given name in a double name is a name, not an ordinary word
GOES += goes("a_double_name_with_a_known_part_goes_whole", KNOWN, [
    ("Ellen-Marie kwam niet.", "[moeder]-[naam] kwam niet."),
    ("Anne-Ellen kwam niet.", "[naam]-[moeder] kwam niet."),
])

STAYS += stays("a_compound_without_a_known_name_stays", KNOWN, [
    "Ze woont in Noord-Holland.",
    "Het was een Sinterklaas-achtig feest.",
])


# -- 3. "dat" + a known name that is a word for a thing in nature, then presence ----------
# "Ze zei dat roos er niet was" with a known Roos: the s33 rule asks a thing-named person
# for a person's predicate and "er (niet) was" had none (13 of 6,768 generated sentences
# leaked). Being somewhere or not ("er", "thuis", "ziek", "op school") is said of a person:
# a flower or a bird after "dat" has its article ("dat de roos er niet meer stond").

NATURE = [KnownName("Roos Bakker", "zus", "Roos", "", "Bakker"),
          KnownName("Mees Jansen", "stiefvader", "Mees", "", "Jansen"),
          KnownName("Storm van Dijk", "medeleerling", "Storm", "van", "Dijk")]

GOES += goes("a_thing_name_that_is_there_or_not_is_the_person", NATURE, [
    ("Ze zei dat roos er niet was.", "Ze zei dat [zus] er niet was."),
    ("Ze zei dat roos er was.", "Ze zei dat [zus] er was."),
    ("Juf zei dat mees er ook was.", "Juf zei dat [stiefvader] er ook was."),
    ("Ik hoorde dat storm er gisteren niet bij was.",
     "Ik hoorde dat [medeleerling] er gisteren niet bij was."),
    ("Moeder zei dat roos thuis was.", "Moeder zei dat [zus] thuis was."),
    ("Moeder zei dat mees er niet is.", "Moeder zei dat [stiefvader] er niet is."),
    ("Vader zei dat roos ziek was.", "Vader zei dat [zus] ziek was."),
    ("Ze zei dat storm niet op school was.", "Ze zei dat [medeleerling] niet op school was."),
    ("Ze zei dat roos aanwezig was.", "Ze zei dat [zus] aanwezig was."),
])

# a given name that is also an adjective (frank) or has a word + "st" (wen - wenst) was read
# as an adjective before a noun ("stond wit krijt"); a feeling after it is said of it
WORDS = [KnownName("Frank Timmermans", "vader", "Frank", "", "Timmermans"),
         KnownName("Wen Ho", "leerling", "Wen", "", "Ho")]
GOES += goes("a_feeling_after_a_name_that_looks_like_an_adjective", WORDS, [
    ("Juf zei dat frank boos was.", "Juf zei dat [vader] boos was."),
    ("Vader zei dat wen ziek thuis bleef.", "Vader zei dat [leerling] ziek thuis bleef."),
    ("Hij vond frank verdrietig.", "Hij vond [vader] verdrietig."),
])
STAYS += stays("an_adjective_before_its_noun_stays", WORDS, [
    "Hij gaf een frank en vrij antwoord.",
    "Op het bord stond frank krijt.",
])

# "dat er storm was" is the weather ("er" before the word; main: "[medeleerling]")
STAYS += stays("a_thing_after_dat_stays", NATURE, [
    "Vader vertelde dat mees op het voerhuisje zat.",
    "Ik weet dat storm komt.",
    "Ze zag dat er storm was.",
    "Hij zei dat er storm op komst was.",
    "Ze zei dat de roos er niet meer stond.",
])


# -- 4. a mark on the body after "bij": kicks, blows and pain too --------------------------
# s33: "een blauwe plek bij lies" keeps the groin (Lies is a pet form of Elisabeth);
# "een schop bij lies" lost it (main: "[naam]"). A visit stays the person.

ELISABETH = [KnownName("Elisabeth Kok", "tante", "Elisabeth", "", "Kok")]

STAYS += stays("a_kick_or_blow_or_pain_at_the_groin_stays", ELISABETH, [
    "Hij kreeg een schop bij lies.",
    "Ze kreeg een trap bij lies en knie.",
    "Hij had pijn bij lies.",
    "Een klap bij lies, zei de huisarts.",
    "Hij kreeg een stomp bij lies.",
    "Ze had een schaafwond bij lies.",
])

GOES += goes("a_visit_or_a_place_at_lies_is_the_person", ELISABETH, [
    ("Ze logeert bij lies.", "Ze logeert bij [naam]."),
    ("Hij kreeg een schop bij lies thuis.", "Hij kreeg een schop bij [naam] thuis."),
    ("Hij speelde bij lies.", "Hij speelde bij [naam]."),
    # "de trap" is the stairs, "de schop" the spade: at her home
    ("Hij viel van de trap bij lies.", "Hij viel van de trap bij [naam]."),
    ("Hij pakte de schop bij lies.", "Hij pakte de schop bij [naam]."),
])


# A pupil whose own given name is Lies (not a pet form): a known name wins over the body
# part, as for every known name that is a word (one leaked name defeats the purpose);
# "een blauwe plek bij lies" can as well be a bruise on Lies.
GOES += goes("a_known_given_name_lies_goes_even_after_a_blow", [
    KnownName("Lies Jansen", "leerling", "Lies", "", "Jansen")], [
    ("Hij kreeg een schop bij lies.", "Hij kreeg een schop bij [leerling]."),
    ("Hij logeert bij lies.", "Hij logeert bij [leerling]."),
])




# -- 5. quotes in the other places that remove recorded names -----------------------------

def test_the_summary_keeps_the_closing_quote(detector):
    """The summary runs the same anonymiser: the quote stays there too."""
    out = anonymise("Ze noemen hem 'beer'. Beer slaat mama.", KNOWN, detector).text
    assert out == "Ze noemen hem '[stiefvader]'. [stiefvader] slaat mama."


@pytest.mark.parametrize("text", ["Ze noemen hem 'Beer-achtig'.", "Hij is 'Ellen-achtig'."])
def test_a_quoted_compound_loses_only_the_name(text, detector):
    out = anonymise(text, KNOWN, detector).text
    assert "achtig'" in out
    assert_gone("Beer", text, KNOWN, detector)
    assert_gone("Ellen", text, KNOWN, detector)


# -- 6. "Volgens Ravi heeft Knikker een mes": the subject after "heeft" -------------------
# "heeft" is no verb only a person does ("Nu heeft Zwemles een nieuwe tijd"), so the s32
# rule for a capitalised noun as an inverted subject left it (a strict xfail in
# test_names_s32). After "volgens" + a person the clause reports what someone did or has;
# a capitalised noun there is a person when the rest of the clause says what only a
# person has or did: a weapon, a friend, a fight, or a participle of hurting.

RAVI = [KnownName("Mirthe Kok", "leerling", "Mirthe", "", "Kok"),
        KnownName("Ravi Kok", "broer", "Ravi", "", "Kok")]

GONE = [
    ("Knikker", "Volgens Ravi heeft Knikker een mes."),
    ("Bolletje", "Volgens Ravi heeft Bolletje een mes."),
    ("Knikker", "Volgens Ravi had Knikker een mes bij zich."),
    ("Knikker", "Volgens Ravi heeft Knikker hem geslagen."),
    ("Spekkie", "Volgens Mirthe heeft Spekkie haar gisteren geduwd."),
    ("Knikker", "Volgens Ravi heeft Knikker ruzie met zijn broer."),
    ("Knikker", "Volgens Ravi heeft Knikker een vriendin."),
]


@pytest.mark.parametrize(("word", "text"), GONE)
def test_the_subject_of_heeft_after_volgens_goes(word, text, detector):
    assert_gone(word, text, RAVI, detector)


STAYS2 = stays("the_subject_of_heeft_that_is_a_thing_stays", RAVI, [
    "Volgens Ravi heeft school een mes gevonden.",
    "Volgens Ravi heeft Zwemles een nieuwe tijd.",
    "Volgens Ravi heeft Voetbal een nieuwe trainer.",
    "Volgens Ravi heeft Groep een nieuwe juf.",
    "Volgens Ravi heeft Kerst een mooie boom.",
    "Volgens Ravi heeft Gym een nieuwe zaal.",
    "Volgens Ravi heeft School hem gebeld.",
    "Volgens Mirthe heeft Politie een mes gevonden.",
    "Volgens Mirthe heeft Veilig Thuis hem gebeld.",
], {"Ravi": "[broer]", "Mirthe": "[leerling]"})


@pytest.mark.parametrize(("known", "text", "tags"), STAYS2)
def test_the_subject_of_heeft_that_is_a_thing_stays(known, text, tags, detector):
    assert_stays(text, known, detector, tags)


# -- 7. the exports share the index: the closing quote stays there too --------------------

def test_an_export_keeps_the_closing_quote_after_another_person_s_nickname():
    from zorgdesk.domain.anonymise.export_names import scrubber_for

    scrub = scrubber_for([STEPFATHER], [PUPIL])
    assert scrub("Mirthe noemt hem 'Beer'. Ook ‘beer’, zei ze.") == (
        "Mirthe noemt hem 'K.B.'. Ook ‘K.B.’, zei ze.")
    assert scrub("Kees' auto, Beer-achtig.") == "K.B. auto, K.B.-achtig."


# -- 8. more of a person's predicates after "dat" (heldout10 dev, seen: 2 known leaks) -----
# Own sentences of the two shapes: acting on purpose ("het expres deed"), being allowed
# ("mag", "mocht"), picking someone up or bringing them ("ophalen", "brengen").

ALDER = [KnownName("Els Visser", "moeder", "Els", "", "Visser"),
         KnownName("Mees Jansen", "medeleerling", "Mees", "", "Jansen")]
GOES += goes("a_thing_name_that_acts_on_purpose_or_may_is_the_person", ALDER, [
    ("Hij vertelt dat mees het expres deed.", "Hij vertelt dat [medeleerling] het expres deed."),
    ("Ze zei dat mees hem opzettelijk liet vallen.",
     "Ze zei dat [medeleerling] hem opzettelijk liet vallen."),
    ("Vader wil zeggen dat els haar niet mag ophalen.",
     "Vader wil zeggen dat [moeder] haar niet mag ophalen."),
    ("Juf zei dat els hem vandaag ophaalt.", "Juf zei dat [moeder] hem vandaag ophaalt."),
    ("Oma zei dat els hem morgen brengt.", "Oma zei dat [moeder] hem morgen brengt."),
    ("Ze zei dat mees niet mocht komen.", "Ze zei dat [medeleerling] niet mocht komen."),
])
STAYS += stays("a_thing_after_dat_still_stays", ALDER, [
    "Vader zei dat els in de tuin groeit.",
    "Hij zag dat mees op het dak zat.",
    "Ze weet dat els een boom is.",
])


test_the_fact_stays, test_the_identifier_goes, _ = pair_tests(STAYS, GOES)
