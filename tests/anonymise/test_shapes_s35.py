"""Shapes of the tenth/eleventh corpora's leaks other than nicknames (issue 16, session
35): each identifier that must go beside the ordinary Dutch of the same shape that must
stay. Written before the rules; own-cases-11-shapes.jsonl holds the longer cases.

Classes: a city's district glued with a hyphen to the city ("Rotterdam-Charlois"), a
house number with its letter glued before a full stop ("Pleinweg 118B. Mail ..."), a
chat handle going on after a dot or underscore ("r4ven.0:"), a Belgian phone number in
its written shape ("0470/12.34.56") and a weekday glued to its date ("di2/2")."""

from __future__ import annotations

from tests.anonymise.pairs import goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Kenzo Regeer", "leerling", "Kenzo", "", "Regeer"),
         KnownName("Patricia Regeer", "moeder")]
STAYS: list = []
GOES: list = []

STAYS += stays("regions_routes_and_matches_of_two_places_stay", KNOWN, [
    "Contact met Veilig Thuis Rotterdam-Rijnmond.",
    "Politie Amsterdam-Amstelland belde terug.",
    "De trein Amsterdam-Utrecht had vertraging.",
    "Ze gaan naar Noord-Holland en het Midden-Oosten.",
    "De wedstrijd Nederland-België keken ze samen.",
    "Veiligheidsregio Rotterdam-Rijnmond gaf een bericht uit.",
])
GOES += goes("a_district_glued_to_its_city_goes", KNOWN, [
    ("Moeder meldt zich bij het wijkteam in Rotterdam-Charlois.",
     "Moeder meldt zich bij het wijkteam in [plaats]."),
    ("Tante woont in Almere-Buiten.", "Tante woont in [plaats]."),
    ("Ze verhuizen naar Amsterdam-Osdorp.", "Ze verhuizen naar [plaats]."),
    ("Hij voetbalt in Utrecht-Overvecht.", "Hij voetbalt in [plaats]."),
    ("Oma (Eindhoven-Woensel) past op.", "Oma ([plaats]) past op."),
    ("Het gezin komt uit Groningen-Beijum.", "Het gezin komt uit [plaats]."),
])

STAYS += stays("a_group_lesson_or_line_with_a_letter_before_a_full_stop_stays", KNOWN, [
    "Hij zit in groep 5B. De juf is nieuw.",
    "Lokaal 14C. Daar is het gesprek.",
])
GOES += goes("a_house_number_with_its_letter_before_a_full_stop_goes", KNOWN, [
    ("Ze wonen in de flat aan de Pleinweg 118B. Mail van moeder volgt.",
     "Ze wonen in de flat aan de [adres]. Mail van moeder volgt."),
    ("Ze woont Dorpsstraat 12-B. Vader weet het.", "Ze woont [adres]. Vader weet het."),
    ("Nieuw adres: Kerkstraat 7C. Vader weet het niet.",
     "Nieuw adres: [adres]. Vader weet het niet."),
    ("Oma woont aan de Molenweg 3a. Daar slaapt hij.",
     "Oma woont aan de [adres]. Daar slaapt hij."),
])

STAYS += stays("versions_pages_scores_and_names_with_a_dot_stay", KNOWN, [
    "Versie 2.0 van het plan is klaar.",
    "Zie blz.14 van het verslag.",
    "Ze scoorde 4.5 op de toets.",
    "Hij zit in groep8a. Morgen gym.",
    "Moeder: ja.\nJuf: goed.",
])
GOES += goes("a_chat_handle_going_on_after_a_dot_or_underscore_goes_whole", KNOWN, [
    ("r4ven.0: morgen na school", "[account]: morgen na school"),
    ("k3nzo.x: nee", "[account]: nee"),
    ("xx_lina.07: kom je", "[account]: kom je"),
    ("m4rtijn_.x: wat", "[account]: wat"),
    ("Hij kreeg een bericht van d4rkw0lf.99 op Snapchat.",
     "Hij kreeg een bericht van [account] op Snapchat."),
])

STAYS += stays("fractions_groups_and_amounts_with_a_slash_stay", KNOWN, [
    "Groep 3/4 gaat op 12.30 naar huis.",
    "Hij had 12/20 goed, 0,5/1 punt.",
])
GOES += goes("a_belgian_number_in_its_written_shape_goes", KNOWN, [
    ("Moeder: 0470/12.34.56.", "Moeder: [telefoonnummer]."),
    ("Oma in Antwerpen belt vanaf 03/234.56.78 als het mis gaat.",
     "Oma in Antwerpen belt vanaf [telefoonnummer] als het mis gaat."),
    ("Vader (0495 / 12 34 56) is in België.", "Vader ([telefoonnummer]) is in België."),
])

STAYS += stays("a_weekday_cut_beside_a_number_of_no_date_stays", KNOWN, [
    "Op di 14.30 gesprek.",
    "Groep 7/8 heeft vrij.",
    "Zo 2 keer per week.",
])
GOES += goes("a_weekday_glued_to_its_date_goes", KNOWN, [
    ("Gesprek op di2/2 met moeder.", "Gesprek op [datum] met moeder."),
    ("wo4-2: wil niet naar huis.", "[datum]: wil niet naar huis."),
    ("Gebeld vr.6/3 en ma9/3.", "Gebeld [datum] en [datum]."),
])

STAYS += stays("a_name_before_a_file_ending_a_site_or_a_full_stop_stays", KNOWN, [
    "Het verslag Kenzo.pdf staat in de map.",
    "Kenzo. Moeder belde daarna.",
    "Kenzo.Moeder belde daarna.",
], {"Kenzo": "[leerling]"})
GOES += goes("a_name_going_on_as_a_handle_after_a_dot_or_underscore_goes_whole", KNOWN, [
    # stop 37: a user name may have one letter after its dot, so this is an [account] now
    ("Op Snapchat stuurde lina.x een foto.", "Op Snapchat stuurde [account] een foto."),
    ("kenzo.r: hoi\nlina_07: doei", "[leerling]: hoi\n[account]: doei"),
    ("Snapchat van Kenzo: kenzo_.2014", "Snapchat van [leerling]: [account]"),
])

STAYS += stays("numbers_listed_before_a_month_that_are_no_days_stay", KNOWN, [
    "Hij kreeg 3 keer een 8, maart was beter.",
    "Kerst 25/26 dec bij oma.",
    "Tafels van 2, 3 en 4 geoefend; in maart de tafel van 5.",
])
GOES += goes("days_listed_before_their_month_go_whatever_joins_them", KNOWN, [
    ("Ze was er 3x niet (12, 13, 19 maart).", "Ze was er 3x niet ([datum])."),
    # one number and a comma may be anything: only the day with its month goes
    ("Groep 7, 8 maart op schoolreis.", "Groep 7, [datum] op schoolreis."),
    ("Op 2 & 3 februari weg.", "Op [datum] weg."),
    ("Ziek (2+3 feb).", "Ziek ([datum])."),
    ("Afwezig 2, 9 of 16 maart, dat weet juf niet meer.",
     "Afwezig [datum], dat weet juf niet meer."),
])

STAYS += stays("numbers_like_a_mobile_that_are_no_phone_stay", KNOWN, [
    "Score 6-1234 in het spel.",
    "Uitslag tennis: 6-1, 6-4 en 7-6.",
    "In 2026-2027 gaat hij naar groep 6.",
])
GOES += goes("a_mobile_number_a_digit_off_or_without_its_0_goes", KNOWN, [
    ("Moeder: 06-1234567 (mist een cijfer).", "Moeder: [telefoonnummer] (mist een cijfer)."),
    ("Moeder: 06-123456789.", "Moeder: [telefoonnummer]."),
    ("Vader belt vanaf 6-12345678.", "Vader belt vanaf [telefoonnummer]."),
    ("Oma: 061234567, alleen 's avonds.", "Oma: [telefoonnummer], alleen 's avonds."),
])
GOES += goes("a_date_with_its_year_and_hour_is_no_mobile_number_the_hour_kept", KNOWN, [
    ("Gesprek 06-12-2025 14.30 uur, 06-12 om 9 uur.",
     "Gesprek [datum] 14.30 uur, [datum] om 9 uur."),
    ("Gebeld 6.12.2025 14 uur.", "Gebeld [datum] 14 uur."),
])

test_the_fact_stays, test_the_identifier_goes, _ = pair_tests(STAYS, GOES)
