"""Nicknames the naming rules of stop 36 still let through (issue 16, stop 37), as pairs
written before the fix: the sentence whose nickname must go beside one of the same shape
where the word is ordinary.

- "noemen" + a named object + an adverb + a capitalised word: the capital is the name
  ("Ze noemt Daan altijd Muis"; "noemt Daan altijd als eerste" names nobody).
- A quoted nickname of two capitalised words after "noemen hem" is one name ("Dikke Tank").
- An inverted "heet hij" with an adverb before the name ("Op school heet hij gewoon Tank").
- "de bijnaam 'de Beer'": a quoted name after "bijnaam" with its article.
- A title-like word before a capitalised word is one nickname ("Kapitein Haak").
- A word a cue named stays where the text uses it as the common noun: in a list with
  another bare common noun ("Storm en regen"), after an indefinite article ("een spijker").
- What a toy is called is no person's name ("Ze noemt haar knuffel Beer").
- A recorded nickname ("Ook genoemd") that is an ordinary word goes where the sentence
  makes it a person (a person's verb: "Het musje huilde", "De prinses huilde"; a diminutive
  of it without "een"; "dat kruimeltje 'te dik' wordt") and stays where it is the thing
  ("een mus die tegen het raam vloog", "geen kruimel", "De kapitein van het voetbalteam").
"""

from __future__ import annotations

from tests.anonymise.pairs import goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

DAAN = KnownName("Daan de Vries", "leerling", "Daan", "de", "Vries")

KNOWN = [DAAN]
STAYS: list = []
GOES: list = []


def recorded(nickname: str) -> list[KnownName]:
    return [DAAN, KnownName("Sem Bakker", "medeleerling", "Sem", "", "Bakker",
                            nicknames=(nickname,))]


GOES += goes("a_capital_after_a_named_object_and_an_adverb_goes", KNOWN, [
    ("Ze noemt Daan altijd Muis.", "Ze noemt [leerling] altijd [naam]."),
])
STAYS += stays("calling_a_named_object_as_something_stays", KNOWN, [
    "Ze noemt Daan altijd als eerste.",
], {"Daan": "[leerling]"})
GOES += goes("a_quoted_two_word_nickname_goes_whole", KNOWN, [
    ('Ze noemen hem "Dikke Tank".', 'Ze noemen hem "[naam]".'),
])
STAYS += stays("a_quoted_thing_after_noemen_stays", KNOWN, [
    'Moeder noemt het "een fase".',
])
GOES += goes("an_inverted_heet_with_an_adverb_goes", KNOWN, [
    ("Op school heet hij gewoon Tank.", "Op school heet hij gewoon [naam]."),
])
STAYS += stays("an_inverted_heet_of_a_thing_stays", KNOWN, [
    "Op die school heet het gewoon de pauze.",
])
GOES += goes("a_quoted_bijnaam_with_its_article_goes", KNOWN, [
    ("Hij kreeg de bijnaam 'de Beer'.", "Hij kreeg de bijnaam 'de [naam]'."),
])
STAYS += stays("a_bijnaam_without_a_name_stays", KNOWN, [
    "Hij kreeg de bijnaam pas in groep 6.",
])
GOES += goes("a_title_like_word_and_a_name_are_one_nickname", KNOWN, [
    ("Kapitein Haak pakte zijn tas.", "[naam] pakte zijn tas."),
    ("Daarna kwam Koning Kaas erbij staan.", "Daarna kwam [naam] erbij staan."),
    ("Hij was bang voor Kapitein Haak.", "Hij was bang voor [naam]."),
])
STAYS += stays("a_captain_and_a_hook_stay", KNOWN, [
    "De kapitein van het team pakte zijn tas.",
    "Hij speelde Kapitein Haak in de musical.",
    "Hij las over Kapitein Haak uit Peter Pan.",
    "Op Koningsdag at hij kaas bij oma.",
])
GOES += goes("a_word_a_cue_named_goes_where_it_is_the_person", KNOWN, [
    ("Hij heet Storm. Storm en zijn broer wachtten hem op.",
     "Hij heet [naam]. [naam] en zijn broer wachtten hem op."),
])
GOES += goes("a_word_a_cue_named_stays_where_it_is_the_common_noun", KNOWN, [
    ("Hij heet Storm. Storm en regen hielden ons binnen.",
     "Hij heet [naam]. Storm en regen hielden ons binnen."),
])
STAYS += stays("what_a_toy_is_called_stays", KNOWN, [
    "Ze noemt haar knuffel Beer.",
])
GOES += goes("a_kin_object_called_by_a_nickname_goes", KNOWN, [
    ("Ze noemt haar broertje Beer.", "Ze noemt haar broertje [naam]."),
])
for nickname, text, expected in [
        ("Musje", "Het musje huilde.", "Het [medeleerling] huilde."),
        ("Kruimeltje", "Ze zegt dat kruimeltje 'te dik' wordt.",
         "Ze zegt dat [medeleerling] 'te dik' wordt."),
        ("Kapitein", "De kapitein had een bloedneus.", "De [medeleerling] had een bloedneus."),
        ("Prinses", "De prinses huilde de hele ochtend.",
         "De [medeleerling] huilde de hele ochtend."),
        ("Tijger", "Het tijgertje lachte hem uit.", "Het [medeleerling] lachte hem uit.")]:
    GOES += goes("a_recorded_nickname_that_is_a_word_goes_as_a_person", recorded(nickname),
                 [(text, expected)])
for nickname, text in [
        ("Musje", "Er was een mus die tegen het raam vloog."),
        ("Kruimeltje", "Er lag geen kruimel op haar bord."),
        ("Kapitein", "De kapitein van het voetbalteam was er ook."),
        ("Kapitein", "De kapitein van het voetbalteam had een bloedneus."),
        ("Kapitein", "Hij is kapitein van het voetbalteam."),
        ("Prinses", "Met carnaval wil ze een prinses zijn."),
        ("Tijger", "Op de foto stond een tijger uit de dierentuin."),
        ("Tijger", "Hij kreeg een tijgertje van oma."),
        ("Beer", "Hij zag dat de beer sliep."),
        # the verb at the end of the clause is the subject's, not the bear's
        ("Beer", "Hij vertelde dat hij de beer in de dierentuin wilde zien.")]:
    STAYS += stays("a_recorded_nickname_that_is_a_word_stays_as_the_thing", recorded(nickname),
                   [text])

test_the_fact_stays, test_the_identifier_goes, _ = pair_tests(STAYS, GOES)


def test_a_quoted_name_after_noemen_hem_goes_and_the_animal_stays(detector):
    from tests.anonymise.pairs import assert_goes
    assert_goes("De jongens noemen hem 'Beer'. Hij zag de beer in de dierentuin.",
                "De jongens noemen hem '[naam]'. Hij zag de beer in de dierentuin.",
                KNOWN, detector)

# Coordination with a person (brief part 2): a bare count noun or adjective joined by "en"
# to a name or to "de" + a nickname adjective is a person too; kin, roles, mass nouns, a
# predicate and lists without a person stay.
STAYS2: list = []
GOES2: list = []
GOES2 += goes("a_bare_word_joined_to_a_person_goes", KNOWN, [
    ("Hij was die middag bij Jesse en kikker.", "Hij was die middag bij [naam] en [naam]."),
    ("Na school wachten sloom en de kale hem op.", "Na school wachten [naam] en [naam] hem op."),
    ("Na school wachten Sam en de kale hem op.", "Na school wachten [naam] en [naam] hem op."),
])
STAYS2 += stays("a_list_without_a_person_or_with_kin_stays", KNOWN, [
    "Ze is lief en sloom, zegt de juf.",
    "Hij kreeg water en brood. Hij eet brood en kaas mee naar school.",
    "Hij had honger en dorst toen hij binnenkwam.",
    "Moeder kwam met zus en de kleine.",
])
GOES2 += goes("kin_roles_and_mass_nouns_beside_a_name_stay", KNOWN, [
    ("Met Sam en zus speelt hij in de pauze.", "Met [naam] en zus speelt hij in de pauze."),
    ("Hij speelt na school met Sam en opa.", "Hij speelt na school met [naam] en opa."),
    ("Hij speelt met Sam en lego.", "Hij speelt met [naam] en lego."),
    ("Hij eet met Sam en brood.", "Hij eet met [naam] en brood."),
    ("Hij praat met Sam en mentor.", "Hij praat met [naam] en mentor."),
    ("Moeder kwam met Sam en de kleine.", "Moeder kwam met [naam] en de kleine."),
    ("Hij speelt met Sam en knikkers.", "Hij speelt met [naam] en knikkers."),
])

GOES2 += goes("a_word_before_an_aside_calling_a_person_goes", KNOWN, [
    ("Met gieter (zo noemt ze de buurman) gaat ze vissen.",
     "Met [naam] (zo noemt ze de buurman) gaat ze vissen."),
])
STAYS2 += stays("a_word_before_an_aside_calling_a_thing_stays", KNOWN, [
    "Hij speelt met lego (zo noemt ze het speelgoed) in de klas.",
])

test_the_list_stays, test_the_person_in_a_list_goes, _ = pair_tests(STAYS2, GOES2)


TITLED = [DAAN, KnownName("Ruben Zwart", "leerkracht", nicknames=("Meester Boef",)),
          KnownName("Henk Jansen", "vader", nicknames=("Ome Knoest",))]


def test_a_recorded_nickname_after_a_title_goes_alone_too(detector):
    """"Meester Boef" recorded: "Boef" written alone is him; "geen boef", "een knoest in
    de plank" are the words."""
    from tests.anonymise.pairs import assert_goes
    assert_goes('Daan noemt deze meester "Boef". "Boef is lief, geen boef", zegt hij.',
                '[leerling] noemt deze meester "[leerkracht]". "[leerkracht] is lief, geen '
                'boef", zegt hij.', TITLED, detector)
    assert_goes("Ome Knoest haalde hem op. Knoest was boos. Er zat een knoest in de plank.",
                "[vader] haalde hem op. [vader] was boos. Er zat een knoest in de plank.",
                TITLED, detector)
