"""Stop 38 (shapes5, issue 16): the leaks of identifiers with a form left on the seen corpora
and the reviewer's leftovers of stop 37, each written before the fix beside the ordinary
Dutch of the same shape that must stay as written."""

from __future__ import annotations

from tests.anonymise.pairs import goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Kenzo Regeer", "leerling", "Kenzo", "", "Regeer"),
         KnownName("Patricia Regeer", "moeder")]
STAYS: list = []
GOES: list = []


# heldout13 dev J03: "5 avonden per week.\n- 12/11: ..." kept the date: the label "week"
# of the line before read the list item's date as a week number ("week 12/13").
STAYS += stays("a_label_in_the_same_sentence_keeps_its_number", KNOWN, [
    "Toets in week 12/13.",
    "Zie blz. 12/13 van het boek.",
    "Hij haalde voor de toets 7/10.",
])
GOES += goes("a_date_after_the_sentence_with_a_label_goes", KNOWN, [
    ("Zij werkt 5 avonden per week.\n- 12/11: Kenzo belt.",
     "Zij werkt 5 avonden per week.\n- [datum]: [leerling] belt."),
    ("Hij is er elke week.\n12/11: moeder belt.", "Hij is er elke week.\n[datum]: moeder belt."),
    ("Hij komt 3 dagen per week. 4/12 belde moeder.",
     "Hij komt 3 dagen per week. [datum] belde moeder."),
])

# heldout13 dev A04: "ma 23 /11" (a space before the slash) kept.
STAYS += stays("a_spaced_pair_without_a_weekday_stays", KNOWN, [
    "Groep 5 /6 gaat op kamp.",
    "Hij at 2 /3 van zijn brood.",
    "Op ma 3 / 4 keer per week te laat.",
])
GOES += goes("a_weekday_and_a_spaced_date_go", KNOWN, [
    ("ma 23 /11 plek geel.", "[datum] plek geel."),
    ("Buikpijn op vr 6 /2, moeder gebeld.", "Buikpijn op [datum], moeder gebeld."),
    ("Gezien wo 4 / 11 om 8.30.", "Gezien [datum] om 8.30."),
])

# Review s37 S3: "huis.s avonds" (the apostrophe of "'s avonds" typed as the sentence's dot
# without a space) became an [account].
STAYS += stays("a_part_of_the_day_after_the_dot_is_no_handle", KNOWN, [
    "Hij was de hele dag thuis.s avonds huilde hij.",
    "Hij kwam naar huis.s avonds was het stil.",
    "Ze ging naar school.s middags was ze moe.",
])
GOES += goes("a_one_letter_user_name_still_goes", KNOWN, [
    ("Snap van Kenzo is daaan.s en hij", "Snap van [leerling] is [account] en hij"),
    ("Hij ging naar huis.s", "Hij ging naar [account]"),
])

# Review s37 (struct): "Betrokkenen: J.B., S., en K." kept the last initial.
STAYS += stays("lettered_options_stay", KNOWN, [
    "Opties: A., B. en C. zijn goed.",
])
GOES += goes("a_lone_initial_after_a_comma_and_en_goes", KNOWN, [
    ("Betrokkenen: J.B., S., en T.", "Betrokkenen: [naam], [naam]., en [naam]."),
    ("Aanwezig: P.W., L., en M.", "Aanwezig: [naam], [naam]., en [naam]."),
])


# Review s37 S5: a professional club named after a big city or a region is what a child is a
# fan of, like Ajax and PSV; a club named after a village or small town stays a place.
STAYS += stays("a_professional_club_stays", KNOWN, [
    "Hij is fan van fc Utrecht en Ajax.",
    "Hij is fan van FC Utrecht.",
    "Vader is supporter van FC Groningen en neemt hem mee naar het stadion.",
])
GOES += goes("a_club_named_after_a_village_goes", KNOWN, [
    ("Hij is fan van FC Volendam.", "Hij is fan van [plaats]."),
    ("Hij is fan van vv Dokkum.", "Hij is fan van vv [plaats]."),
])

# Review s37: the lower-case forms of what goes capitalised ("bij vv hoofddorp", "r. de graaf").
STAYS += stays("lower_case_lists_and_words_stay", KNOWN, [
    "Opties: a. de ouders bellen.",
    "Opties:\na. de ouders bellen\nb. de GGD vragen",
])
GOES += goes("a_lower_case_club_or_initial_and_surname_goes", KNOWN, [
    ("Hij voetbalt bij vv hoofddorp.", "Hij voetbalt bij vv [plaats]."),
    ("Hij voetbalt bij vv ijlst '31 sinds groep 4.", "Hij voetbalt bij vv [plaats] sinds groep 4."),
    ("De wijkagent r. de graaf belde.", "De wijkagent [naam] belde."),
    ("Gesprek met m. de jong van het wijkteam.", "Gesprek met [naam] van het wijkteam."),
])

# heldout13 dev J05: "woont ... op De Wieken 88 in Nijverdal" -> "[plaats] 88": after a verb
# of living, "op", a capitalised name and a house number are an address.
STAYS += stays("living_at_a_distance_or_a_floor_stays", KNOWN, [
    "De familie woont op 2 kilometer van school en vader woont op 3 hoog.",
    "Hij woont op de boot, al 3 jaar.",
])
GOES += goes("a_street_without_a_street_word_after_living_goes", KNOWN, [
    ("Vader woont sinds de scheiding op De Wieken 88 in Nijverdal.",
     "Vader woont sinds de scheiding op [adres] in [plaats]."),
    ("Oma woont op Hoge Akker 7 in Aalten.", "Oma woont op [adres] in [plaats]."),
])

test_the_fact_stays, test_the_identifier_goes, _ = pair_tests(STAYS, GOES)
