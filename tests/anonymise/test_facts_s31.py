"""Session 31 (facts helper): facts the anonymiser removed, each next to the identifier of the
same shape that must still go. Written before the rules changed; the whole pipeline with the
shipped word lists."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise

PUPIL = [KnownName("Daan Visser", "leerling", "Daan", "", "Visser")]


def _out(text: str, detector) -> str:
    return anonymise(text, PUPIL, detector).text


# -- after "account" an ordinary compound is what the account is for, not its user name ------

@pytest.mark.parametrize("text", [
    "Moeder heeft geen account ouderportaal aangemaakt.",
    "Vader vroeg een account schoolapp voor de foto's.",
])
def test_an_ordinary_compound_after_account_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Hij stuurde berichten vanaf het account darkwolfie.", "darkwolfie"),
    ("Het account gijsvrml volgt haar sinds mei.", "gijsvrml"),
    ("Ze heeft een account daan_2014 op TikTok.", "daan_2014"),
    ("Het account stoerejongen stuurde haar foto's.", "stoerejongen"),
    ("Ze heeft een TikTok-account paardenmeisje.", "paardenmeisje"),  # review s31
    ("Het account zonnebloemmeisje volgt haar.", "zonnebloemmeisje"),
])
def test_a_user_name_after_account_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- a brand the word list has as a proper noun is a thing after an article -----------------

@pytest.mark.parametrize("text", [
    "Hij werkt op zijn chromebook in de klas.",
    "De chromebook is kapot.",
    "Ze heeft de ipad van haar broer meegenomen.",
])
def test_a_lower_case_brand_after_an_article_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Ze speelt elke middag met mo.", "mo"),
    ("Buurman ouwe hein komt vaak langs.", "hein"),
])
def test_a_lower_case_name_without_article_still_goes(text, gone, detector):
    assert f" {gone} " not in f" {_out(text, detector)} "


# -- games, apps and children's series name nobody ------------------------------------------

@pytest.mark.parametrize("text", [
    "Hij speelt Brawl Stars tot middernacht.",
    "Hij speelt Clash Royale en Among Us op de telefoon van moeder.",
    "Ze kijkt elke ochtend Paw Patrol op de tablet.",
    "Hij spaart Pokémon kaarten en speelt Mario Kart.",
    "Hij oefent op Squla en Duolingo.",
])
def test_games_apps_and_series_stay(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Hij speelt Brawl Stars met Kevin Smeets uit groep 8.", "Smeets"),
    ("Hij speelt Fortnite met Mario Jansen.", "Jansen"),
    # a brand's word glued to an ordinary word is a surname or a village ("Bol" + "huis")
    ("Gesignaleerd door conciërge Harry Bolhuis.", "Bolhuis"),
    ("Opa woont sinds mei in Bingelrade.", "Bingelrade"),
    ("Hij speelt met Zelda uit groep 6.", "Zelda"),
])
def test_a_person_beside_a_game_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- a national employer is a fact; a local firm can point at the family --------------------

@pytest.mark.parametrize("text", [
    "Vader werkt bij PostNL als bezorger.",
    "Moeder werkt bij de NS op het station.",
    "Vader werkt in ploegendienst bij DHL.",
    "Moeder heeft een baan bij Randstad.",
])
def test_a_national_employer_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Vader werkt bij Bakkerij Jansen in het dorp.", "Jansen"),
    ("Vader werkt bij Transportbedrijf Hooghiemstra.", "Hooghiemstra"),
    ("Moeder werkt bij Van der Meulen Installatietechniek.", "Meulen"),
])
def test_a_local_employer_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- a noun opening a heading-like sentence before "voor"/"aan" is no surname ---------------

@pytest.mark.parametrize("text", [
    "Post voor vader komt op school aan.",
    "Brood voor de pauze had hij niet bij zich.",
])
def test_a_noun_opening_a_sentence_before_voor_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Post belde om 9 uur over de afspraak.", "Post"),
    ("Bakker zei dat hij het niet wist.", "Bakker"),
])
def test_a_surname_opening_a_sentence_before_a_verb_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- a service named by ordinary words is an institution, not a place -----------------------

@pytest.mark.parametrize("text", [
    "Moeder krijgt bijstand via de Sociale Dienst.",
    "Het gezin is bekend bij het Maatschappelijk Werk.",
    "Vader heeft een afspraak bij het Juridisch Loket.",
])
def test_a_service_in_capitals_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Ze woont aan de Lange Dijk, vlak bij school.", "Dijk"),
    ("Hij speelt vaak op de Grote Weide achter het huis.", "Weide"),
])
def test_a_place_in_ordinary_capitals_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- a capitalised word before a dose is a medicine ---------------------------------------

@pytest.mark.parametrize("text", [
    "Hij gebruikt Concerta 36 mg sinds januari.",
    "Ze krijgt 's ochtends Equasym 10 mg van moeder.",
])
def test_a_medicine_before_its_dose_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Hij gebruikt Concerta; Smeets 36 jaar is zijn oom.", "Smeets"),
    ("Meneer Kowalczyk gaf hem 10 euro.", "Kowalczyk"),
])
def test_a_name_before_another_number_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- a compound for a school or care thing is no name, also after an article ----------------

@pytest.mark.parametrize("text", [
    "De Kanjertraining helpt hem in de groep.",
    "Kindcoach komt volgende week langs.",
    "Ze zit sinds maart in de Plusklas.",
    "Buurtsportcoach heeft hem op het plein gezien.",
])
def test_a_compound_for_a_school_thing_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Meneer Schoenmaker belde over de ruzie.", "Schoenmaker"),
    ("Kindermans belde over de ruzie.", "Kindermans"),
    ("Daarna kwam mevrouw Timmerman binnen.", "Timmerman"),
    ("Ze speelt bij de Veldkamp thuis.", "Veldkamp"),
])
def test_a_surname_made_of_words_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- a scale is no date; a date in brackets still is ----------------------------------------

@pytest.mark.parametrize("text", [
    "Het zorgniveau is 3 (van 1-4).",
    "Ze geeft haar stemming een 2 op een schaal van 1-5.",
    "Veiligheid scoort 4 (op 1-10) volgens moeder.",
])
def test_a_scale_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Hij was ziek (van 1-4 tot 5-4).", "1-4"),
    ("Zorgniveau 3 sinds 1-4 volgens de IB.", "1-4"),
    ("Gesprek gepland (op 2-4) met moeder.", "2-4"),
])
def test_a_date_near_a_number_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- an abbreviation in capitals without a vowel, or with a version, names nobody -----------

@pytest.mark.parametrize("text", [
    "Ze kreeg score 12/20 op de SDQ.",
    "Hij heeft IQ 78 (WISC-V).",
    "De KNVB-trainer en de JGZ-arts zagen het ook.",
])
def test_an_abbreviation_without_vowels_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("In de chat schreef KACPER dat hij boos was.", "KACPER"),
    ("BRYN kwam te laat binnen.", "BRYN"),
])
def test_a_name_in_capitals_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- a word opening a sentence in a list of ordinary nouns is one of them -------------------

@pytest.mark.parametrize("text", [
    "Roos, tulp en lelie staan op het werkblad.",
    "Koning en Koningin spelen in het toneelstuk.",
    "Bakker en schilder waren de beroepen van de week.",
])
def test_a_noun_in_a_list_of_nouns_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Roos en moeder kwamen samen binnen.", "Roos"),
    ("Bakker en zijn vrouw belden om 9 uur.", "Bakker"),
    ("Visser en Bakker belden over de ruzie.", "Visser"),
    ("Roos en klasgenoot Sem speelden samen.", "Roos"),
    ("Roos, Sem en Noa speelden samen.", "Roos"),
    ("Moeder en Kok kwamen naar het gesprek.", "Kok"),
    ("Politie en Bakker kwamen langs.", "Bakker"),
])
def test_a_name_beside_a_person_word_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


@pytest.mark.parametrize(("text", "gone"), [
    ("Moeder gaf Sanne 5 ml hoestdrank.", "Sanne"),
    ("Oma gaf Fleur Jansen 10 mg melatonine.", "Jansen"),
])
def test_a_child_given_a_dose_still_goes(text, gone, detector):
    """Review s31: the word before a dose is a medicine only when no name list has it and
    it ends no name."""
    assert gone not in _out(text, detector)


@pytest.mark.parametrize(("text", "gone"), [
    ("Iris, stil en teruggetrokken, zat alleen.", "Iris"),
    ("Roos, verdrietig, liep weg.", "Roos"),
    ("Roos, huilend en boos, liep weg.", "Roos"),
    ("Jasmijn, rustig en vriendelijk, helpt anderen.", "Jasmijn"),
    ("Iris, stil, zat alleen.", "Iris"),
])
def test_a_name_described_by_adjectives_still_goes(text, gone, detector):
    """Review s31: an adjective or participle after the comma describes the child; it is
    no noun of a list ('Roos, tulp en lelie')."""
    assert gone not in _out(text, detector)


# -- what is read aloud is a book's title ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "De leerkracht las voor uit Dolfje Weerwolfje.",
    "Meester las Pluk van de Petteflet.",
    "De juf las elke dag voor uit Kruimeltje, daarna rekenen.",
])
def test_a_book_read_aloud_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Meester las Kevin Smeets een brief voor.", "Smeets"),
    ("Juf las voor aan Kevin Smeets en zijn vriend.", "Smeets"),
    ("Hij las met Kevin Smeets in de bibliotheek.", "Smeets"),
])
def test_a_person_read_to_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


@pytest.mark.parametrize(("text", "gone"), [
    ("Tijdens de les las Sanne Visser.", "Visser"),
    ("In de kring las eerst Daan, daarna las Sanne Visser.", "Visser"),
    ("Bij het voorlezen las Fleur Jansen.", "Jansen"),
    ("Toen las Bram Smit, en Daan luisterde.", "Smit"),
    ("Hardop lezen: eerst las Noor El Amrani, toen las Daan.", "Amrani"),
    ("Juf las voor uit Sanne Visser haar schrift.", "Visser"),
    ("Juf leest voor uit Sanne haar dagboek.", "Sanne"),
])
def test_who_reads_or_whose_writing_is_read_still_goes(text, gone, detector):
    """Review s31: after a fronted word 'las' has its subject behind it, a person; a
    possessive after the run makes it the owner of what is read ('Sanne haar dagboek')."""
    assert gone not in _out(text, detector)



# -- a date in a list of agreements is still a date ------------------------------------------
# Testers disagree here: heldout8 keeps a planned date as a fact, heldout2 and heldout3 mark
# "evaluatie vr 31-1" and "vóór 14 februari" as identifiers. A date links to the school's
# records, so the safer reading wins (only a deadline after "vóór"/"uiterlijk" stays).

@pytest.mark.parametrize(("text", "gone"), [
    ("Afspraken: 1. Ontbijt op school, vanaf 18/1. 2. Evaluatie op 15 maart om 14.00.", "18/1"),
    ("Afspraken: 1. Ontbijt op school, vanaf 18/1. 2. Evaluatie op 15 maart om 14.00.",
     "15 maart"),
    ("Op 18/1 kwam hij zonder jas.", "18/1"),
])
def test_a_planned_date_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- a score after a compound of a score word is no date ------------------------------------

@pytest.mark.parametrize("text", [
    "Voetbaluitslag in de pauze: 4-1.",
    "De eindstand van de voetbalwedstrijd was 3-2, daarna ruzie.",
    "Rekentoetsscore 7/10.",
])
def test_a_score_after_a_compound_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Voetbaltraining op 4-1 ging niet door.", "4-1"),
    ("Op 4-1 kwam hij met een blauwe plek.", "4-1"),
])
def test_a_date_after_a_compound_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- a professional's direct line is a phone number, even in an institution's range ---------

@pytest.mark.parametrize(("text", "gone"), [
    ("Bellen via het directe nummer 088 443 0712 van mw. de Wit (niet openbaar).",
     "443 0712"),
    ("Doorkiesnummer jeugdarts: 088-123 45 67.", "123 45 67"),
])
def test_a_direct_line_goes(text, gone, detector):
    assert gone not in _out(text, detector)


@pytest.mark.parametrize("text", [
    "Veilig Thuis is bereikbaar op 0800-2000.",
    "De Kindertelefoon (0800-0432) is gratis.",
])
def test_a_public_number_stays(text, detector):
    assert _out(text, detector) == text


# -- a user name after "<platform> van <someone>:" ------------------------------------------

@pytest.mark.parametrize(("text", "gone"), [
    ("Snapchat van Daan: ranaa.k", "ranaa.k"),
    ("Instagram van zijn zus: lotje.x", "lotje.x"),
])
def test_a_user_name_after_whose_account_goes(text, gone, detector):
    assert gone not in _out(text, detector)


@pytest.mark.parametrize("text", [
    "Snapchat van zijn zus: zij stuurde de foto door.",
    "Instagram van de school: alleen foto's met toestemming.",
])
def test_a_sentence_after_whose_account_stays(text, detector):
    assert _out(text, detector).replace("[leerling]", "Daan") == text


# -- a day that comes back every month is no date ------------------------------------------

@pytest.mark.parametrize("text", [
    "Op de 3e van de maand krijgt moeder haar uitkering.",
    "Rond de 25ste van elke maand is het geld op.",
])
def test_a_monthly_day_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Sinds de 3e is hij ziek thuis.", "3e"),
    ("Op de 25ste van deze maand kwam de politie.", "25ste"),
])
def test_an_ordinal_day_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- a care organisation with many locations is a fact ------------------------------------
# (resources/lexicon/niet-namen.txt, block made by packaging/build_institutions.py from
# deduce's list of Dutch care providers: five or more locations)

@pytest.mark.parametrize("text", [
    "Hij krijgt behandeling bij Accare.",
    "Moeder is onder behandeling bij Lentis.",
    "Verwezen naar Yulius voor diagnostiek.",
    "Het gezin is aangemeld bij Pluryn en Altrecht.",
])
def test_a_regional_care_organisation_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Hij gaat naar Kinderpraktijk De Vlinder in het dorp.", "Vlinder"),
    ("Moeder gaat naar Fysio Stofberg.", "Stofberg"),
    ("Ze heeft therapie bij Psychologenpraktijk Gorin.", "Gorin"),
    ("Hij speelt met Timon uit groep 5.", "Timon"),
])
def test_a_small_practice_or_a_name_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- a national institution or an academic hospital is a fact ------------------------------

@pytest.mark.parametrize("text", [
    "Hij is opgenomen in het UMCG.",
    "Hij gaat naar het Radboudumc voor onderzoek.",
    "Hij heeft een indicatie van het CIZ.",
    "Hij is bekend bij Kentalis en Auris.",
    "Het Jeugdeducatiefonds betaalt de fiets.",
    "Moeder heeft contact met Sensoor.",
])
def test_a_national_institution_stays(text, detector):
    assert _out(text, detector) == text


# -- a village's water or coast belongs to its name -----------------------------------------

@pytest.mark.parametrize(("text", "gone"), [
    ("Vader woont tegenwoordig in Katwijk aan Zee.", "Zee"),
    ("Oma woont in Ouderkerk aan de Amstel.", "Amstel"),
])
def test_the_water_after_a_village_goes_with_it(text, gone, detector):
    assert gone not in _out(text, detector)


@pytest.mark.parametrize("text", [
    "Ze gaan in de zomer naar Frankrijk aan zee.",
    "Hij woont in Utrecht aan de rand van de stad.",
])
def test_the_sea_after_a_city_or_country_stays(text, detector):
    assert _out(text, detector) == text


def test_an_event_after_a_village_stays(detector):
    assert _out("Ze was in Joure op Koningsdag.", detector) == "Ze was in [plaats] op Koningsdag."


# -- a time range and a count of sessions are no dates -------------------------------------

@pytest.mark.parametrize("text", [
    "Om 12:15-12:45 eet hij alleen in de klas.",
    "Hij heeft 10/12 sessies gevolgd.",
    "Ze kwam naar 3/4 gesprekken en 2/3 afspraken.",
])
def test_a_time_range_or_a_count_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Op 15-12 om 9:00 was het gesprek.", "15-12"),
    ("Hij was 10/12 afwezig, moeder belde niet.", "10/12"),
    ("Gesprek op 3/4 met moeder.", "3/4"),
])
def test_a_date_beside_a_time_or_a_meeting_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- capitals for emphasis, a letter before a word, clubs, brands and interjections --------

@pytest.mark.parametrize("text", [
    "Hij zegt dat papa NOOIT meer terugkomt.",
    "Hij schreef OMA IS DOOD op het bord.",
    "Ze heeft een T-shirt met Hello Kitty aan.",
    "Hij is fan van PSV en Ajax, zijn vader is fan van Feyenoord.",
    "Hij draagt een Real Madrid shirt en schoenen van Adidas.",
    "Hij zegt vaak Wallah en Inshallah.",
])
def test_emphasis_brands_clubs_and_interjections_stay(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Hij zegt dat oma ROOS niet meer komt.", "ROOS"),
    ("In de chat schreef KACPER dat hij boos was.", "KACPER"),
    ("Hij speelt bij Ajax met Kevin Smeets.", "Smeets"),
    ("Hij woont in Heerenveen.", "Heerenveen"),
])
def test_a_name_in_capitals_or_beside_a_club_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- what someone eats, drinks or smokes, and a brand before a noun, is a thing -------------

@pytest.mark.parametrize("text", [
    "Vader drinkt Heineken en moeder rookt Marlboro.",
    "Hij drinkt elke ochtend Red Bull of Monster.",
    "Hij eet alleen Nutella en Pringles.",
    "Ze heeft een Samsung telefoon en slaapt met een Stitch knuffel.",
])
def test_a_brand_consumed_or_before_a_noun_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Vader drinkt met Kevin Smeets in de kroeg.", "Smeets"),
    ("Hij eet bij Jansen na school.", "Jansen"),
    ("Ze heeft een Kowalczyk als buurman.", "Kowalczyk"),
    ("Ze woont in Monster bij haar oma.", "Monster"),
])
def test_a_person_or_village_beside_consumption_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- an event in plural, after-school care, a costume ----------------------------------------

@pytest.mark.parametrize("text", [
    "Bij de Nationale Voorleesdagen las opa voor.",
    "Hij zit op de Naschoolse Opvang.",
    "Met Carnaval was hij verkleed als Spiderman.",
    "Ze was verkleed als Elsa uit Frozen.",
])
def test_an_event_care_or_costume_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Hij speelt vaak bij de Lange Dijk.", "Dijk"),
    ("Ze woont in de Oude Molenwijk.", "Molenwijk"),
    ("Hij kwam verkleed binnen met Kevin Smeets.", "Smeets"),
    ("Ze woont als enige met Elsa Kowalczyk in de straat.", "Kowalczyk"),
])
def test_a_place_or_person_beside_them_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- review of rule 20: after a fronted phrase the name after the verb is its subject ------

@pytest.mark.parametrize(("text", "gone"), [
    ("Thuis eet Sanne Smit bijna niets.", "Smit"),
    ("Op school drinkt Fleur Jansen niets.", "Jansen"),
    ("Tijdens de pauze at Bram Smit alleen.", "Smit"),
    ("Daarna rookte Kevin Smeets achter de school.", "Smeets"),
    ("In de klas gebruikt Noor El Amrani een koptelefoon.", "Amrani"),
    ("Sinds maart slikt Fleur Jansen medicijnen.", "Jansen"),
    ("Hij heeft een Sanne Smit gevoel.", "Smit"),
    ("Hij schreef in zijn Kevin schrift.", "Kevin"),
])
def test_a_subject_after_a_verb_of_eating_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- review of rule 5: only a thing FOR someone heads the sentence --------------------------

@pytest.mark.parametrize(("text", "gone"), [
    ("Bakker voor de derde keer te laat.", "Bakker"),
    ("Roos voor de klas gezet door juf.", "Roos"),
    ("Visser voor het eerst aanwezig.", "Visser"),
])
def test_a_surname_before_voor_and_no_person_still_goes(text, gone, detector):
    assert gone not in _out(text, detector).replace("[leerling]", "")


@pytest.mark.parametrize("text", [
    "Post voor vader komt op school aan.",
    "Brood voor de kinderen lag in de kast.",
])
def test_a_thing_for_someone_stays(text, detector):
    assert _out(text, detector) == text


# -- review of rule 2: a lower-case given name after an article is still a name ------------

@pytest.mark.parametrize(("text", "gone"), [
    ("volgens moeder zei de kevin uit groep 8 dat hij boos was.", "kevin"),
    ("ze speelt met de jayden en de sven.", "jayden"),
])
def test_a_lower_case_name_after_an_article_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- review of rule 19: an allowed word after a title is still a surname -------------------

@pytest.mark.parametrize(("text", "gone"), [
    ("Buurman Pool belde om 9 uur.", "Pool"),
    ("Gesprek met mevrouw Engels over de ruzie.", "Engels"),
    ("Meester Fries zag het gebeuren.", "Fries"),
    ("Tante Hema belde.", "Hema"),
    ("Volgens oma Maart was het druk.", "Maart"),
    ("Gesprek met mevrouw GROOT over de ruzie.", "GROOT"),
])
def test_an_allowed_word_after_a_title_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- review of rule 3: a brand that is also a given name or a surname is no allowed word ----

@pytest.mark.parametrize(("text", "gone"), [
    ("Zara zei dat ze boos was.", "Zara"),
    ("Chelsea kwam te laat binnen.", "Chelsea"),
    ("Nike huilde in de kring.", "Nike"),
    ("Philips belde over de ruzie.", "Philips"),
])
def test_a_brand_that_is_a_name_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


# -- self-review of rule 18: counted meetings after a word that dates are on a date --------

@pytest.mark.parametrize(("text", "gone"), [
    ("Sinds 3/11 afspraken met het wijkteam.", "3/11"),
    ("Op 5/6 lessen gemist door ziekte.", "5/6"),
])
def test_a_date_before_counted_meetings_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)
