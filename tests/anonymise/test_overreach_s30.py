"""Session 30: facts the anonymiser still removed (the lead's walk and ordinary school texts
written for this session), each with the identifier of the same shape that must still go.
The whole pipeline with the shipped word lists."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise

PUPIL = [KnownName("Daan Visser", "leerling", "Daan", "", "Visser")]


def _out(text: str, detector) -> str:
    return anonymise(text, PUPIL, detector).text


# -- a kind of place in lower case is a fact; its own name goes --------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Hij gaat op zaterdag naar de moskee El Fath in de wijk.",
     "Hij gaat op zaterdag naar de moskee [plaats] in de wijk."),
    ("Het gezin woont op camping De Wielewaal in chalet 14.",
     "Het gezin woont op camping [plaats] in [adres]."),
    ("Moeder werkt bij zorgcentrum De Lindehof in Amsterdam.",
     "Moeder werkt bij zorgcentrum [plaats] in Amsterdam."),
    ("Ze wil niet meer naar zwembad De Bongerd.",
     "Ze wil niet meer naar zwembad [plaats]."),
    ("Vader is voorzitter van moskeevereniging Al Ihsan.",
     "Vader is voorzitter van moskeevereniging [plaats]."),
])
def test_a_lower_case_kind_stays_before_the_named_place(text, expected, detector):
    assert _out(text, detector) == expected


@pytest.mark.parametrize(("text", "gone"), [
    # written with a capital the kind is part of the name ("Cafetaria De Smikkel")
    ("Moeder heeft de snackbar in het dorp, Cafetaria De Smikkel.", "Cafetaria"),
    ("Vader heeft Toko Mahabier aan de markt.", "Toko"),
    ("Ze logeren in Hotel De Gouden Leeuw.", "Hotel"),
])
def test_a_capitalised_kind_goes_with_its_name(text, gone, detector):
    out = _out(text, detector)
    assert gone not in out and "[plaats]" in out


# -- a street word or a place noun after "de" is no person --------------------------------

@pytest.mark.parametrize("text", [
    "We spraken af op de Markt bij de kraam.",
    "Vader werkt in de Haven op zaterdag.",
    "Hij speelde op het Schoolplein met een bal.",
    "Speelplein, kleine pauze.",
])
def test_a_street_word_after_the_article_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Mevrouw de Boer belde om 9 uur.", "Boer"),
    ("Daarna belde de Vries van het wijkteam.", "Vries"),
    ("Moeder woont op de Hoofdstraat sinds mei.", "Hoofdstraat"),
])
def test_a_surname_with_de_and_a_street_where_someone_lives_still_go(text, gone, detector):
    assert gone not in _out(text, detector)


# -- a word of degree stays, the village of the same name goes -----------------------------

def test_best_gezellig_in_best(detector):
    assert _out("Het was Best gezellig in Best.", detector) == "Het was Best gezellig in [plaats]."


# -- an abbreviation defined in brackets is no name ----------------------------------------

@pytest.mark.parametrize("text", [
    "Sociaal wijkteam (SWT) is betrokken.",
    "Het ondersteuningsteam (OT) kwam bijeen.",
    "Jeugdgezondheidszorg (JGZ) doet het onderzoek.",
    "Het Centrum voor Jeugd en Gezin (CJG) belt moeder.",
    "Ze heeft een ontwikkelingsperspectiefplan (OPP) gekregen.",
])
def test_an_abbreviation_defined_in_brackets_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize("text", [
    "De buurman (PJK) zag het gebeuren.",
    "Een vriend van vader (RTV) haalt hem op.",
])
def test_initials_in_brackets_that_define_nothing_still_go(text, detector):
    assert "[" in _out(text, detector)


# -- compounds of a school's own things opening a sentence ---------------------------------

@pytest.mark.parametrize("text", [
    "Leerlingadministratie nagekeken, geen bijzonderheden.",
    "Gymverslag woensdag: Daan deed niet mee.",
    "Personeelsnummer staat op de lijst.",
    "Smartschool-bericht van moeder: hij is ziek.",
    "Vinted-profiel waar kleding verkocht wordt.",
    "Koningsspelen: hij deed alle onderdelen mee.",
])
def test_a_school_thing_compound_opening_a_sentence_stays(text, detector):
    assert _out(text, detector).split()[0] == text.split()[0]


# -- faiths and provinces name nobody -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Het gezin is lid van de Jehova's getuigen.",
    "Ze zijn Jehova's getuigen en vieren geen verjaardagen.",
    "Oma woont in Limburg en opa in Noord-Holland.",
    "Ze verhuizen naar Zeeland of Drenthe.",
])
def test_faiths_and_provinces_stay(text, detector):
    assert _out(text, detector).replace("[leerling]", "Daan") == text


# -- a journey's destination is a place, not a person --------------------------------------

@pytest.mark.parametrize("text", [
    "Ze gaat in de zomer naar Kankan om besneden te worden.",
    "Vader vliegt volgende week naar Kankan.",
    "Het gezin verhuist in maart naar Kankan.",
    "In de kerstvakantie gaan ze naar Kankan.",
])
def test_a_destination_is_tagged_as_a_place(text, detector):
    out = _out(text, detector)
    assert "Kankan" not in out and "[plaats]" in out and "[naam]" not in out


@pytest.mark.parametrize("text", [
    "Na school gaat hij naar Kacper om te spelen.",
    "Hij rende naar Kacper toe.",
])
def test_going_to_a_friend_is_still_a_person(text, detector):
    out = _out(text, detector)
    assert "Kacper" not in out and "[naam]" in out


def test_initials_after_a_full_name_in_brackets_still_go(detector):
    out = _out("Pieter Jan Klaassen (PJK) zag het gebeuren.", detector)
    assert "PJK" not in out and "Klaassen" not in out


@pytest.mark.parametrize(("text", "expected"), [
    ("Vader woont in Marokko, in de buurt van Nador.",
     "Vader woont in Marokko, in de buurt van [plaats]."),
    ("Voorlezen: Dikkie Dik en Nijntje.", "Voorlezen: Dikkie Dik en Nijntje."),
    ("Groep 7 ging op schoolreis naar de Efteling.",
     "Groep 7 ging op schoolreis naar de Efteling."),
    ("Ouders volgen Triple P bij het CJG.", "Ouders volgen Triple P bij het CJG."),
])
def test_a_preposition_books_and_national_things_stay(text, expected, detector):
    assert _out(text, detector) == expected
