"""Shapes of the ninth corpus's unseen leaks (issue 16, session 34): each identifier that
must go beside the ordinary Dutch of the same shape that must stay. Written before the
rules (own-cases-10-shapes.jsonl holds the longer cases)."""

from __future__ import annotations

from tests.anonymise.pairs import goes, pair_tests, stays
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Samuel Okafor", "leerling", "Samuel", "", "Okafor"),
         KnownName("Isa Bos", "medeleerling", "Isa", "", "Bos"),
         KnownName("Peter van Os", "leerkracht"),
         KnownName("Femke de Vries-Mulder", "moeder"),
         KnownName("Rana El-Khatib", "medeleerling", "Rana", "", "El-Khatib")]
STAYS: list = []
GOES: list = []

STAYS += stays("a_school_abbreviation_that_is_someone_s_initials_stays", KNOWN, [
    "De IB belt moeder.",
    "IB belt moeder vandaag.",
    "Via IB loopt de aanvraag.",
    "Misschien gaat hij naar het SO.",
    "Het SO is vol. SO-indicatie aangevraagd.",
    "Overstap PO-VO in groep 8.",
])
GOES += goes("run_together_initials_where_a_person_stands_go", KNOWN, [
    ("Gisteren kwam SO te laat binnen.", "Gisteren kwam [leerling] te laat binnen."),
    ("Juf zei dat SO boos was.", "Juf zei dat [leerling] boos was."),
    ("IB (klasgenoot) zag het ook.", "[medeleerling] (klasgenoot) zag het ook."),
    ("PO was ziek.", "[leerkracht] was ziek."),
    ("Juf zei dat FV boos was.", "Juf zei dat [moeder] boos was."),
    ("Gisteren kwam RE te laat.", "Gisteren kwam [medeleerling] te laat."),
])

STAYS += stays("a_date_beside_its_named_holiday_stays_moving_ones_too", KNOWN, [
    "Met Pasen (5 april) was de school dicht.",
    "Goede Vrijdag 3 april is iedereen vrij.",
    "Hemelvaart (14 mei) en 2e Pinksterdag, 25 mei, zijn vrije dagen.",
    "Koningsdag 26 april viel op zaterdag.",
    "Op Koningsdag 27/4 was hij bij oma.",
])
GOES += goes("a_date_beside_a_holiday_it_is_not_still_goes", KNOWN, [
    ("Met Pasen, op 2 juni, was hij weg.", "Met Pasen, op [datum], was hij weg."),
    ("Ze is jarig op 5 april, met Pasen.", "Ze is jarig op [datum], met Pasen."),
    ("Op 26 april kreeg hij een klap.", "Op [datum] kreeg hij een klap."),
])

STAYS += stays("times_scores_weeks_and_labels_of_the_same_shape_stay", KNOWN, [
    "Gesprek verzet naar dinsdag 14.30 uur.",
    "Aangifte gedaan om 13.20 bij de politie.",
    "Wk 7: projectweek. Llnr staat op het formulier.",
    "Goede Vrijdag is vrij.",
    "Het kost 25.10 euro; versie 24.04 draait.",
    "Hij was de 3e keer te laat.",
])
GOES += goes("hurried_dates_plates_and_references_go", KNOWN, [
    ("Gesprek op di 10 feb 14.30 uur.", "Gesprek op [datum] 14.30 uur."),
    ("Verslag gesprek woe 8/4, aanwezig: juf.", "Verslag gesprek [datum], aanwezig: juf."),
    ("gebeld dond. 5/3 en vrijd 6/3.", "gebeld [datum] en [datum]."),
    ("zaterdg 14 maart was hij alleen.", "[datum] was hij alleen."),
    ("In de nacht van 14 op 15 maart kwam de politie.",
     "In de nacht van [datum] kwam de politie."),
    ("Terugkoppeling ontvangen 24.03.", "Terugkoppeling ontvangen [datum]."),
    ("Het gebeurde de 3e na school.", "Het gebeurde de [datum] na school."),
    ("Auto: TJ 34 56 of VK 612 T.", "Auto: [nummer] of [nummer]."),
    ("Auto: hz-471-k.", "Auto: [nummer]."),
    ("Ticket bij de gemeente: #2026-3312.", "Ticket bij de gemeente: [nummer]."),
])

STAYS += stays("regions_and_brackets_of_no_person_stay", KNOWN, [
    "Opdracht:\n~10 min: lezen\n~ 5 min: pauze",
    "In Noord-Holland en Zuid-Holland is de vakantie later.",
    "Besproken met de IB (session 33).",
    "SO (speciaal onderwijs) is een optie.",
    "De BRIN-code staat op het formulier.",
    "Hij woont in Rotterdam. De laan van de school is dicht.",
])
GOES += goes("districts_prefixed_streets_chat_names_and_school_numbers_go", KNOWN, [
    ("Opa woont in Rotterdam-Zuid.", "Opa woont in [plaats]."),
    ("Nieuw adres: Laan van Meerdervoort 212-c.", "Nieuw adres: [adres]."),
    ("Oma woont Weg naar de Bron 4 sinds mei.", "Oma woont [adres] sinds mei."),
    ("Adres Laan van Nieuw Oosteinde 113-b, 2274 EA.", "Adres [adres], [postcode]."),
    ("Appgroep:\n~Mama van 2: wie weet het?\n~Supermam4: ik", "Appgroep:\n~[naam]: wie weet "
     "het?\n~[naam]: ik"),
    ("Vorige school BRIN 27GH.", "Vorige school BRIN [nummer]."),
    # the role a sender chose stays, as the chat rules read it (review of stop 34: this
    # detector took "~moeder:" and the whole "~Mama van Sem:" in every text)
    ("Appgroep:\n~moeder: is er gym?\n~juf: ja\n~Mama van Sem: top",
     "Appgroep:\n~moeder: is er gym?\n~juf: ja\n~Mama van [naam]: top"),
    ("~oma: kom je?", "~oma: kom je?"),
    ("Zaak VT 2025 04417 3 keer besproken.", "Zaak [nummer] 3 keer besproken."),
    ("Polisnummer van de verzekering na de val: POL 8831 204 7.",
     "Polisnummer van de verzekering na de val: [nummer]."),
])

STAYS += stays("groups_and_lower_case_sentences_after_a_school_word_stay", KNOWN, [
    "Groep 5/6 - 7/8 gaat samen op kamp.",
    "School: De kinderen waren blij.",
    "Hij had 3/4 goed.",
])
GOES += goes("year_glued_ranges_of_slashed_dates_school_names_and_register_order_go", [
    KnownName("Timo van den Berg", "leerling", "Timo", "van den", "Berg")], [
    ("Moeder kwam 7 feb.'26 langs.", "Moeder kwam [datum] langs."),
    ("Wk 12: 16/3-20/3 toetsen.", "Wk 12: [datum] toetsen."),
    ("Geb. 3-6-2015.", "Geb. [datum]."),
    ("Vorige school: De Vlindertuin.", "Vorige school: [plaats]."),
    ("Na school naar bso 't Kasteeltje.", "Na school naar bso [plaats]."),
    ("Register: Berg, van den (groep 6).", "Register: [leerling] (groep 6)."),
])

STAYS += stays("an_illness_round_numbers_and_years_stay", [
    KnownName("Mohamed El Idrissi", "medeleerling", "Mohamed", "El", "Idrissi")], [
    "Moeder heeft ME en is vaak moe.",
    "In 2019 2020 2021 was hij ziek.",
    "Hij liep 1200 1500 1800 meter.",
])
GOES += goes("card_numbers_and_particle_initials_go", [
    KnownName("Mohamed El Idrissi", "medeleerling", "Mohamed", "El", "Idrissi")], [
    ("Pasje van de bibliotheek: 2100 4432 9981.", "Pasje van de bibliotheek: [nummer]."),
    ("Juf zei dat ME boos was.", "Juf zei dat [medeleerling] boos was."),
])

STAYS += stays("money_abroad_and_quoted_things_on_a_platform_stay", KNOWN, [
    "In Duitsland verdiende hij 2500 euro, 12 uur per dag.",
    'Op TikTok zag ze "challenge" filmpjes.',
    "Op insta schreef hij 'je bent lelijk'.",
])
GOES += goes("numbers_written_as_abroad_and_quoted_user_names_go", KNOWN, [
    ("Tante in Duitsland: 0151 23456789.", "Tante in Duitsland: [telefoonnummer]."),
    ("Oom in Polen: 601 234 567.", "Oom in Polen: [telefoonnummer]."),
    ("Hij heet op TikTok 'thejaylen'.", "Hij heet op TikTok '[account]'."),
])

STAYS += stays("regions_of_many_villages_stay", KNOWN, [
    "Hij gaat naar Zuid-Limburg.",
    "Groep 5 gaat op kamp naar de Veluwe.",
    "Oma komt uit Oost-Groningen, opa uit Zeeuws-Vlaanderen.",
])
GOES += goes("a_shouted_heading_keeps_its_words_and_loses_the_name", [
    KnownName("Daan de Vries", "leerling", "Daan", "de", "Vries")], [
    ("GESPREK MET MOEDER OVER HET VERZUIM VAN DAAN",
     "GESPREK MET MOEDER OVER HET VERZUIM [leerling]"),
    ("GESPREK MET OMA VAN DIJK", "GESPREK MET OMA [naam]"),
])

STAYS += stays("verbs_that_are_weekday_cuts_counts_and_floors_stay", KNOWN, [
    "Op de 2de en de 3de verdieping zijn de lokalen.",
    "Hij had 1, 2 en 3 punten.",
])
GOES += goes("dates_in_lists_and_chat_lines_go", KNOWN, [
    ("zat 7 feb: moeder belde", "[datum]: moeder belde"),
    ("(vrij 6/3) niet op school", "([datum]) niet op school"),
    ("Hij zat 7 feb thuis.", "Hij zat [datum] thuis."),
    ("Op 2, 3 en 4 maart ziek.", "Op [datum] ziek."),
    ("Op de 2de en de 3de was ze ziek.", "Op de [datum] en de [datum] was ze ziek."),
    ("Kerstvakantie: 22/12-2/1 bij vader.", "Kerstvakantie: [datum] bij vader."),
])

STAYS += stays("parts_of_the_world_stay", KNOWN, [
    "Kinderen uit West-Europa en Noord-Afrika.",
    "Ze komen uit het Midden-Oosten.",
])
GOES += goes("a_village_named_as_an_elided_compound_goes_whole", KNOWN, [
    ("Ze logeren bij oom in Hei- en Boeicop.", "Ze logeren bij oom in [plaats]."),
])

GOES += goes("abbreviated_street_words_go", KNOWN, [
    ("Adres: Kerkstr. 12, Ottoland.", "Adres: [adres], [plaats]."),
    ("Vader woont v. Goghstraat 14-2.", "Vader woont [adres]."),
])

TYPO_KNOWN = [KnownName("Sven de Graaf", "leerling", "Sven", "de", "Graaf"),
              KnownName("Elske Hulst", "medeleerling", "Elske", "", "Hulst")]
STAYS += stays("words_one_letter_off_a_known_name_stay_where_no_person_stands", TYPO_KNOWN, [
    "Het graf van opa ligt in het dorp.",
    "Een grot is donker. Graf en grot zijn woorden.",
])
GOES += goes("a_known_name_with_one_letter_wrong_goes_where_a_person_stands", TYPO_KNOWN, [
    ("Gisteren kwam Graf te laat.", "Gisteren kwam [leerling] te laat."),
    # one letter wrong may be another name ("Lamees" beside Lamers): no known role
    ("Juf zei dat Halst boos was.", "Juf zei dat [naam] boos was."),
])

test_the_fact_stays, test_the_identifier_goes, _ = pair_tests(STAYS, GOES)
