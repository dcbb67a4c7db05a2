"""Names a naming cue introduces (issue 16, stop 36), as pairs written before the fix: the
sentence whose nickname must go beside one of the same shape where the word is ordinary.

- A naming place beats every word list: an allowed word (a hero, a book's monster:
  "Batman", "Gruffalo") or an ordinary word with a capital ("Bommel") after "heet", before
  "genoemd" or "is zijn bijnaam" is the name someone goes by. Where no cue ties the word to
  a person it stays ("Hij was Batman met Carnaval", "een bommel aan zijn muts").
- A capitalised insult after "heet"/"noemen hem" is a name ("Dombo"); a lower-case word
  after "noemen hem" that says what he is ("dik", "dombo") is what they call him by way of
  abuse, a fact of the record, and stays.
- Once a cue makes a word a name, every other mention of it in the same text goes too, in
  any case, with a possessive or as a diminutive ("Batman sloeg hem", "TANK duwde hem",
  "Tijgers moeder", "Muisje huilde").
- A list of words before a kin predicate ("Kees en Beer zijn haar broers") names people.
"""

from __future__ import annotations

from tests.anonymise.pairs import goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Daan de Vries", "leerling", "Daan", "de", "Vries")]
STAYS: list = []
GOES: list = []

GOES += goes("an_allowed_word_in_a_naming_place_goes", KNOWN, [
    ("Gruffalo is zijn bijnaam.", "[naam] is zijn bijnaam."),
    ("Hij heet Batman op school.", "Hij heet [naam] op school."),
    ("Hij wordt Batman genoemd.", "Hij wordt [naam] genoemd."),
    ("Zijn bijnaam is Batman.", "Zijn bijnaam is [naam]."),
    ("Ze noemen hem Batman.", "Ze noemen hem [naam]."),
    ("Hij heet Bommel.", "Hij heet [naam]."),
])
STAYS += stays("an_allowed_word_without_a_cue_stays", KNOWN, [
    "Hij was Batman met Carnaval.",
    "Hij keek Batman op tv.",
    "Hij leest de Gruffalo.",
    "Aan zijn muts hangt een bommel.",
    "Hij heeft geen bijnaam.",
])
GOES += goes("a_capitalised_insult_in_a_naming_place_goes", KNOWN, [
    ("Hij heet Dombo.", "Hij heet [naam]."),
    ("Ze noemen hem Dombo.", "Ze noemen hem [naam]."),
])
STAYS += stays("what_they_call_him_by_way_of_abuse_stays", KNOWN, [
    "Ze noemen hem dik.",
    "Ze noemen hem dombo.",
    "Hij noemt het een ongeluk.",
])
GOES += goes("every_mention_of_a_word_a_cue_named_goes", KNOWN, [
    ("Hij heet Batman op school. Batman sloeg hem.",
     "Hij heet [naam] op school. [naam] sloeg hem."),
    ("Ze noemen hem Batman. Batman: ik pak je.", "Ze noemen hem [naam]. [naam]: ik pak je."),
    ("Zijn bijnaam is Tank. TANK duwde hem.", "Zijn bijnaam is [naam]. [naam] duwde hem."),
    ("Zijn bijnaam is Tijger. Tijgers moeder belde.",
     "Zijn bijnaam is [naam]. [naam] moeder belde."),
    ("Ze noemen haar Muis. Muisje huilde in de gang.",
     "Ze noemen haar [naam]. [naam] huilde in de gang."),
    ("Ze noemen hem Beer. Daan is bang voor beer.",
     "Ze noemen hem [naam]. [leerling] is bang voor [naam]."),
])
GOES += goes("an_adjective_a_cue_named_goes_with_its_article_elsewhere", KNOWN, [
    ("Ze noemen hem de lange. De lange sloeg hem.", "Ze noemen hem [naam]. [naam] sloeg hem."),
    ("Ze noemen hem de lange. Hij heeft een lange broek.",
     "Ze noemen hem [naam]. Hij heeft een lange broek."),
])
STAYS += stays("a_thing_named_after_heet_stays", KNOWN, [
    "Zijn knuffel heet Nijntje.",
    "Discord server heet Groep 8 chill.",
    "Hij speelt een spel genaamd Tikkertje.",
    "Vader heet iedereen welkom bij de deur.",
    "Het heet een spreekbeurt, zegt de juf.",
])
GOES += goes("a_name_after_heet_and_an_adverb_goes", KNOWN, [  # review s36
    ("Hij heet eigenlijk Batman.", "Hij heet eigenlijk [naam]."),
    ("Hij heet voluit Batman.", "Hij heet voluit [naam]."),
])
STAYS += stays("a_thing_or_no_name_after_heet_and_an_adverb_stays", KNOWN, [
    "Hij heet eigenlijk anders.",
    "Zijn knuffel heet eigenlijk Nijntje.",
    "Het feest heet officieel Suikerfeest.",
])
GOES += goes("a_plural_of_a_named_word_before_a_verb_or_preposition_stays", KNOWN, [
    # review s36: read as the name's possessive ("Tijgers moeder" goes, above)
    ("Hij heet Bommel. Bommels aan mutsen zijn verboden.",
     "Hij heet [naam]. Bommels aan mutsen zijn verboden."),
    ("Ze noemt hem Tijger. Tijgers zijn gevaarlijk, zei hij.",
     "Ze noemt hem [naam]. Tijgers zijn gevaarlijk, zei hij."),
])
STAYS += stays("the_same_word_in_another_text_stays", KNOWN, [
    "Daan is bang voor de tijger in de dierentuin.",
    "Hij tekende een beer en een muisje.",
], {"Daan": "[leerling]"})
GOES += goes("a_list_before_a_kin_predicate_goes", KNOWN, [
    ("Kees en Beer zijn haar broers.", "[naam] en [naam] zijn haar broers."),
    ("Tank en Bolle zijn zijn neven.", "[naam] en [naam] zijn zijn neven."),
])
STAYS += stays("a_list_of_things_before_a_noun_stays", KNOWN, [
    "Brood en melk zijn haar boodschappen.",
    "Kaas en brood zijn zijn lievelingseten.",
])

test_the_fact_stays, test_the_identifier_goes, _ = pair_tests(STAYS, GOES)

# Round 2: more shapes of a naming cue, each beside the same words where nobody is named.
GOES2: list = []
STAYS2: list = []
GOES2 += goes("more_shapes_of_a_naming_cue_go", KNOWN, [
    ("Ze noemen hem ook wel 'de Baas'.", "Ze noemen hem ook wel '[naam]'."),
    ("Hij wil Rambo genoemd worden.", "Hij wil [naam] genoemd worden."),
    ("Hij laat zich Rambo noemen.", "Hij laat zich [naam] noemen."),
    ("Ze kennen hem alleen als Tank.", "Ze kennen hem alleen als [naam]."),
    ("Zijn bijnaam = tank.", "Zijn bijnaam = [naam]."),
    ("Bijnaam: 'tank'.", "Bijnaam: '[naam]'."),
    ("Hij luistert naar de naam Tank.", "Hij luistert naar de naam [naam]."),
    ("Een vriend, Tank genaamd, kwam langs.", "Een vriend, [naam] genaamd, kwam langs."),
    ("Tank, zoals ze hem noemen, sloeg hem.", "[naam], zoals ze hem noemen, sloeg hem."),
    ("Tank (zo noemen ze hem) sloeg hem.", "[naam] (zo noemen ze hem) sloeg hem."),
    ("Vriendje kaka (bijnaam, jongen uit groep 6) zegt dat hij thuis de riem krijgt.",
     "Vriendje [naam] (bijnaam, jongen uit groep 6) zegt dat hij thuis de riem krijgt."),
    ("Tank (roepnaam) kwam langs.", "[naam] (roepnaam) kwam langs."),
    ("Oma zegt dat de lange de nieuwe vriend van moeder is, echte naam onbekend. De lange "
     "rijdt een witte bus.", "Oma zegt dat [naam] de nieuwe vriend van moeder is, echte naam "
     "onbekend. [naam] rijdt een witte bus."),
    ("Op straat zeggen ze: they call him Bullet.", "Op straat zeggen ze: they call him [naam]."),
    ("Zijn roepnaam is Tank maar op school heet hij Bram.",
     "Zijn roepnaam is [naam] maar op school heet hij [naam]."),
])
STAYS2 += stays("the_same_shapes_without_a_name_stay", KNOWN, [
    "Hij wil niet genoemd worden.",
    "Hij laat zich niet kennen.",
    "Ze kennen hem alleen als een rustige jongen.",
    "De naam klopt niet.",
    "Ze noemde de naam niet.",
    "Een vriend, zo genoemd door moeder, kwam langs.",
    "Pesten, zoals ze het noemen, is verboden.",
    "Hij noemt vader de schuldige.",
    "Hij noemt moeder een leugenaar.",
    "Hoe heet het spel?",
    "Wat hij heet weet ik niet.",
    "Hij noemt het spel Tikkertje.",
    "Het formulier (bijnaam, voornaam, achternaam) is ingevuld.",
    "Navraag: de buurman is een vriend van moeder, echte naam onbekend.",
    "Moeder noemt oma de enige steun.",
    "Hij heet eigenlijk anders.",
    "Hij heet welkom.",
])

test_more_facts_stay, test_more_names_go, _ = pair_tests(STAYS2, GOES2)
