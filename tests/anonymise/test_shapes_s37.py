"""Review s37's findings on identifiers with a form (issue 16, session 37), written
before the fix: a year before one of the IB's own abbreviations is no postcode ("Sinds
2022 IB gesprekken" lost the year), and abbreviations of countries listed together are
no initials of people ("de V.S., U.K. en Nederland"); and the later findings of the same
review below (adverbs after "heet hij", missed trainings, quoted names, verbs after a title)."""

from __future__ import annotations

from tests.anonymise.pairs import goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Kenzo Regeer", "leerling", "Kenzo", "", "Regeer"),
         KnownName("Patricia Regeer", "moeder")]
STAYS: list = []
GOES: list = []

STAYS += stays("a_year_before_a_care_abbreviation_stays", KNOWN, [
    "Sinds 2022 IB gesprekken gevoerd.",
    "In 2023 VT gebeld over de broer.",
    "Vanaf 2024 OT uitgesproken door de rechter.",
    "Tot 2021 ZT besprekingen elke maand.",
    "Sinds 2023 VT Amsterdam gebeld.",
])
GOES += goes("a_postcode_with_those_letters_still_goes", KNOWN, [
    ("Adres: Dorpsstraat 4, 2022 IB Haarlem.", "Adres: [adres], [postcode] [plaats]."),
    ("Postcode 2023 VT.", "Postcode [postcode]."),
])

STAYS += stays("countries_abbreviated_in_a_list_stay", KNOWN, [
    "Familie woont deels in de V.S., U.K. en Nederland.",
    "Vader werkte in de V.S. en de U.K. voor een bank.",
])
GOES += goes("a_lone_initial_beside_initials_still_goes", KNOWN, [
    ("Betrokkenen in logboek: J.B. en S.", "Betrokkenen in logboek: [naam] en [naam]."),
])


# Review s37 L1: more than one adverb between "heet hij" and the name (naming2's rule took one).
STAYS += stays("heet_with_adverbs_and_no_name_stays", KNOWN, [
    "Op school heet hij nog steeds anders.",
    "Thuis heet het nog steeds de pauze.",
    "Het feest heet nog steeds Suikerfeest.",
])
GOES += goes("heet_hij_with_adverbs_then_a_capital_goes", KNOWN, [
    ("Op school heet hij nog steeds Tank.", "Op school heet hij nog steeds [naam]."),
    ("Op school heet hij altijd al Tank.", "Op school heet hij altijd al [naam]."),
    ("Thuis heet ze nu eigenlijk Muis.", "Thuis heet ze nu eigenlijk [naam]."),
])


# Review s37 S2: a list of pairs after a sport is scores, unless the clause says the days
# were missed (struct's list rule kept them as written).
STAYS += stays("scores_after_a_sport_stay", KNOWN, [
    "Tennis: 6-1, 6-4 en daarna naar huis.",
    "Hockey 2-1.",
    "Voetbal: 3-1, 2-2.",
])
GOES += goes("days_of_missed_trainings_go", KNOWN, [
    ("Voetbal: 6-4, 13-4 afgezegd door moeder.", "Voetbal: [datum], [datum] afgezegd door moeder."),
    ("Voetbal 6-4, 7-4 niet geweest.", "Voetbal [datum], [datum] niet geweest."),
    ("Hockey 2-3, 9-3 gemist door ziekte.", "Hockey [datum], [datum] gemist door ziekte."),
])


# Review s37 L2: a quote after calling a named person is the name too, as without quotes.
STAYS += stays("a_quote_that_describes_a_named_person_stays", KNOWN, [
    "Ze noemt hem altijd 'lief'.",
    "Ze noemt het altijd 'een fase'.",
])
GOES += goes("a_quoted_name_after_a_named_person_goes", KNOWN, [
    ("Ze noemt Daan altijd 'Muis'.", "Ze noemt [naam] altijd '[naam]'."),
    ('Ze noemt Daan "Muis".', 'Ze noemt [naam] "[naam]".'),
    ("Moeder noemt Kenzo thuis 'Bolletje'.", "Moeder noemt [leerling] thuis '[naam]'."),
    # only the name goes where the quote describes the named person
    ("Ze noemt Daan altijd 'lief'.", "Ze noemt [naam] altijd 'lief'."),
    ("Ze noemt Daan 'een schat'.", "Ze noemt [naam] 'een schat'."),
    ("Moeder noemt Daan thuis 'canım'.", "Moeder noemt [naam] thuis 'canım'."),
    ("Ze noemt Daan 'lieverd'.", "Ze noemt [naam] 'lieverd'."),
    ("Ze noemt Daan altijd 'sukkel'.", "Ze noemt [naam] altijd 'sukkel'."),
])


# Review s37: a verb right after a bare title is what the teacher does, not her name
# ("Juf leest voor." printed "Juf [naam] voor.": the surname list has Leest).
STAYS += stays("a_verb_after_a_title_stays", KNOWN, [
    "Juf leest voor.",
    "De juf leest voor en de klas luistert.",
    "Meester leest voor uit een boek.",
    "Juf werkt vandaag niet.",
    "Juf mist hem.",
])
GOES += goes("a_lower_case_name_after_a_title_still_goes", KNOWN, [
    ("Juf bakker belde.", "Juf [naam] belde."),
    ("meester visser zei het", "meester [naam] zei het"),
    ("Juf Anna leest voor.", "Juf [naam] leest voor."),
])

test_the_fact_stays, test_the_identifier_goes, _ = pair_tests(STAYS, GOES)
