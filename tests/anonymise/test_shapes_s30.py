"""Session 30: identifier shapes that leaked on unseen text (handles without "@", streets
named with an adjective or a foreign street word, Belgian and German addresses, foreign
plates, short dates in lists or after "Datum"), each paired with the ordinary Dutch of
the same shape that must stay. Written before the rules; the whole pipeline with the
shipped word lists."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise

PUPILS = [KnownName("Daan Visser", "leerling", "Daan", "", "Visser"),
          KnownName("Esmee Hofstra", "leerling", "Esmee", "", "Hofstra")]


def _out(text: str, detector) -> str:
    return anonymise(text, PUPILS, detector).text


# -- handles -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "gone"), [
    # a digit written for a letter inside a word ("bakk3r", "s4nne"): no Dutch word is
    # spelt so
    ("Beheerder van de server is thijsbakk3r, zegt Daan.", "bakk3r"),
    ("In de groepsapp schreef m4rtijn dat hij komt.", "m4rtijn"),
    # a name with a dot and a cut name: how platforms let you write a user name
    ("BeReal van Esmee: esmee.hfstr.", "hfstr"),
    ("Snap van Daan: laraa.smts.", "laraa.smts"),
    ("Hij volgt jaydennn.vd op Instagram.", "jaydennn.vd"),
    # a game's player tag: a hash with capitals and digits mixed
    ("Brawl Stars tag #2PQ8LVY9C, clan 'Turk Power'.", "2PQ8LVY9C"),
    ("Zijn Clash-tag is #8QYJ2LP0 volgens moeder.", "8QYJ2LP0"),
])
def test_handle_shapes_go(text, gone, detector):
    out = _out(text, detector)
    assert gone not in out and "[account]" in out


@pytest.mark.parametrize("text", [
    "Discordserver 'groep8 gang' is verwijderd.",
    "Ze luisterde naar een mp3 en keek naar een 4x4 op tv.",
    "Hij zit in groep8a volgens het rooster.",
    "Zie o.a. het verslag en blz. 14 van het dossier.",
    "Het verslag.pdf staat in de map.",
    "Graag de geb.datum en tel.nummer van moeder.",
    "Hij tekende op een A4tje en een a5tje.",
    "Het was ca. 10 minuten, d.w.z. kort.",
    "De stand was #1 in de klas en #12 op de lijst.",
    "De a12 was dicht en de A2-toets ging goed.",
])
def test_ordinary_text_of_handle_shape_stays(text, detector):
    assert _out(text, detector) == text


# -- addresses ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "gone"), [
    # a street named with an adjective and the street word alone
    ("Gezin staat ingeschreven op Oude Haven 31-III, Rotterdam.", "Oude"),
    ("Nieuw adres: Oude Gracht 112-II.", "Oude"),
    ("Oma woont op Lange Markt 4.", "Lange"),
    ("Ze wonen op de Nieuwe Gracht 12.", "Nieuwe"),
    # Belgian "bus" and a room in a shelter are part of the address
    ("Vader woont in België: Kiezelstraat 118 bus 2, Hasselt.", "bus 2"),
    ("Opvang: Burgemeester Roelenweg 11 k. 214, Zwolle.", "214"),
    ("Moeder woont op Dorpsweg 3 kamer 12 in de opvang.", "kamer 12"),
    # foreign street words
    ("Ze gaan naar Rue de la Station 14 in Luik.", "Station"),
    ("Vader woont op 14 rue des Fleurs in Lille.", "Fleurs"),
    ("Oma woont in Duitsland, Hauptstraße 12.", "Hauptstraße"),
    ("Opa woont op Avenue Louise 231 in Brussel.", "Louise"),
    # a name with a house number before a postcode, or after "Adres:", is an address,
    # whatever its street word ("Boeier 14", "Kikkenstein 1420")
    ("Adres nu: Boeier 14, 8303 GM Emmeloord.", "14"),
    ("Nieuw adres: Kikkenstein 1420 in Amsterdam.", "1420"),
    ("Post naar Molenwerf 3a, 1014 AG.", "3a"),
    # a shop's or a work's street, also without a number ("bij de Aldi op de ...")
    ("Moeder werkt bij de Aldi op de Hoofdstraat.", "Hoofdstraat"),
    ("Tante woont op ul. Długa 14 in Gdańsk.", "Długa"),
])
def test_address_shapes_go(text, gone, detector):
    out = _out(text, detector)
    assert gone not in out and "[adres]" in out


@pytest.mark.parametrize("text", [
    "Polisnummer zorgverzekering staat in het dossier.",
    "Na de vergadering 3 keer gebeld.",
    "Bij de opening 12 kinderen aanwezig.",
    "Oude boeken op de tafel in de klas.",
    "De Nieuwe Kerk ligt in het centrum.",
    "Hij nam bus 2 naar school.",
    "Adresgegevens: Groep 7 heeft de lijst nagekeken.",
    "Groep 7 en groep 8, 1234 leerlingen in de regio.",
])
def test_ordinary_text_near_address_shapes_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "kept"), [
    ("Hij nam bus 2 naar school, daarna lijn 4.", "bus 2"),
    ("Na de vergadering 3 keer gebeld.", "vergadering 3 keer"),
])
def test_a_bus_or_a_meeting_is_no_address(text, kept, detector):
    out = _out(text, detector)
    assert kept in out and "[adres]" not in out


# -- postcodes abroad, numbers, plates -----------------------------------------------------

@pytest.mark.parametrize(("text", "gone", "tag"), [
    ("Vader woont in België: Kiezelstraat 118, 3500 Hasselt.", "3500", "[postcode]"),
    ("Oma woont in Duitsland, Hauptstraße 12, 52525 Heinsberg.", "52525", "[postcode]"),
    ("Adres vader: B-2000 Antwerpen.", "2000", "[postcode]"),
    ("Adres oma: D-52525 Heinsberg.", "52525", "[postcode]"),
    ("Polisnummer zorgverzekering 188 244 901.", "244 901", "[nummer]"),
    ("Vader rijdt een Duitse auto, K-LM 4471.", "4471", "[nummer]"),
    ("Kenteken oma HS-KM 714.", "HS-KM", "[nummer]"),
    ("Moeder rijdt een Belgische, 1-HGT-238.", "HGT", "[nummer]"),
    ("De auto met DO-HS 2231 stond bij het hek.", "2231", "[nummer]"),
])
def test_foreign_postcodes_numbers_and_plates_go(text, gone, tag, detector):
    out = _out(text, detector)
    assert gone not in out and tag in out


@pytest.mark.parametrize(("text", "kept"), [
    ("In 2019 Amsterdam verlaten, daarna Utrecht.", "2019 Amsterdam"),
    ("Hij rende 3500 meter, oma liep 2000 Meter.", "3500 meter"),
    ("Ze kwam in 2024, Utrecht was toen te duur.", "2024, Utrecht"),
    ("Ze scoorde in de JO-11 3 doelpunten.", "JO-11 3"),
    ("Groep 3-B en NT-2 niveau A2.", "NT-2"),
    ("Bij de GGD-JGZ 3 keer geweest.", "GGD-JGZ 3"),
])
def test_ordinary_numbers_near_those_shapes_stay(text, kept, detector):
    out = _out(text, detector)
    assert kept in out and "[postcode]" not in out and "[nummer]" not in out


# -- short dates and phone numbers ---------------------------------------------------------

@pytest.mark.parametrize(("text", "gone"), [
    ("Citotoets 23-01: rekenen III.", "23-01"),
    ("Incident 23-01 10.20-10.35 (pauze): Daan sloeg.", "23-01"),
    ("Daan mist huiswerk steeds na vaders week: 14-2, 28-2, 14-3.", "14-2"),
    ("Datum 14.03. Contactpersoon: IB.", "14.03"),
    ("Het weekend van 24/25 jan sliep ze bij oma.", "24/"),
    ("Oma 0048 22 614 38 70.", "38 70"),
])
def test_short_dates_and_phones_go(text, gone, detector):
    out = _out(text, detector)
    assert gone not in out


@pytest.mark.parametrize(("text", "kept"), [
    ("Incident 23-01 10.20-10.35 (pauze): Daan sloeg.", "10.20-10.35"),
    ("Rekentoets 14-20 goed, dictee 7-10.", "14-20"),
    ("Week 6: 3-4 keer te laat.", "3-4 keer"),
    ("De wedstrijd eindigde in 2-1, daarna 3-2.", "2-1"),
    ("Tafeltoets 40/50 en 28/50.", "40/50"),
    ("Hij zit in groep 5/6 en 3/4.", "5/6"),
    ("Hij had 24/7 honger.", "24/7"),
    ("DMT 3-4, Citotoets 5-6 gemaakt.", "DMT 3-4, Citotoets 5-6"),
])
def test_facts_of_date_shape_stay(text, kept, detector):
    assert kept in _out(text, detector)


# -- clubs ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Hij speelt cricket bij HCC Den Haag met zijn neven.",
     "Hij speelt cricket bij [plaats] met zijn neven."),
])
def test_a_cricket_club_goes(text, expected, detector):
    assert _out(text, detector) == expected


# -- a user name without digits after the word for an account or its keeper ---------------

@pytest.mark.parametrize(("text", "gone"), [
    ("Het account gijsvrml plaatste filmpjes van de klas.", "gijsvrml"),
    ("In de groep is beheerder darkwolfie de baas.", "darkwolfie"),
    ("Hij noemt zich darkwolfie in de chat.", "darkwolfie"),
    ("Het profiel lotjedanst volgt haar.", "lotjedanst"),
])
def test_a_plain_user_name_after_account_words_goes(text, gone, detector):
    out = _out(text, detector)
    assert gone not in out and "[account]" in out


@pytest.mark.parametrize("text", [
    "Het account is verwijderd door de school.",
    "De beheerder van de groep heeft het gemeld.",
    "Ze heeft een account aangemaakt op de computer.",
    "Hij noemt zich de baas van de klas.",
    "Het profiel van haar moeder is openbaar.",
])
def test_account_words_in_ordinary_sentences_stay(text, detector):
    assert _out(text, detector) == text
