"""Session 29: facts the anonymiser removed by mistake (the reviewer's overreach) and the
identifiers next to them that must still go; the whole pipeline with the shipped word lists.

Each group is one cause: a numeral or word of degree that is also a woonplaats or a
surname; a street written with ordinary words only and no house number; the full stop
after a date."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise

PUPIL = [KnownName("Daan Visser", "leerling", "Daan", "", "Visser")]


def _out(text: str, detector) -> str:
    return anonymise(text, PUPIL, detector).text


@pytest.mark.parametrize("text", [
    "In Drie weken is er veel gebeurd.",
    "In Een gesprek met moeder bleek dat het slecht ging.",
    "In Acht van de tien gevallen komt hij te laat.",
    "Het was Best gezellig in de klas.",
    "Hij is Echt verdrietig over de scheiding.",
    "Met Kerst gaat het thuis Heel slecht.",
    "Ze vond het Erg spannend en Vooral lastig.",
    "Over Honderd dagen is het zomervakantie.",
])
def test_a_numeral_or_word_of_degree_before_its_word_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Oma woont in Best en komt elke week.", "Best"),
    ("In Best woont de oom van de leerling.", "Best"),
    ("Vader is verhuisd naar Echt.", "Echt"),
    ("De familie woont in Een, vlak bij Norg.", "Een"),
    ("Ze logeert in Drie bij opa.", "Drie"),
    ("In Best werkte vader bij de bakker.", "Best"),
])
def test_the_same_word_as_a_village_still_goes(text, gone, detector):
    out = _out(text, detector)
    assert gone not in out.split("[")[0] + out.split("]")[-1] and "[plaats]" in out


@pytest.mark.parametrize("text", [
    "Daan speelde op het Schoolplein met een bal.",
    "Op het Marktplein is elke zaterdag de markt.",
    "Ze liep over het Stationsplein naar huis.",
])
def test_a_street_written_with_ordinary_words_and_no_number_stays(text, detector):
    assert _out(text, detector).endswith(text.split(" ", 1)[1])


@pytest.mark.parametrize(("text", "tag"), [
    ("Oma woont aan de Dorpsstraat.", "[adres]"),
    ("Hij woont in de Kerkstraat.", "[adres]"),
    ("Daan speelde op het Schoolplein 4 met een bal.", "[adres]"),
    # a count after the house number: the street still goes, the count stays
    ("Kerkstraat 12 is het adres van oma.", "[adres] is"),
    ("Hij woonde Kerkstraat 3 jaar lang.", "[adres] 3 jaar"),
])
def test_a_street_where_someone_lives_or_with_a_number_goes(text, tag, detector):
    assert tag in _out(text, detector)


@pytest.mark.parametrize(("text", "expected"), [
    ("Laatst op 12 maart.", "Laatst op [datum]."),
    ("Het gesprek was op 12 maart. Moeder kwam ook.",
     "Het gesprek was op [datum]. Moeder kwam ook."),
    ("Op 3 nov. was er een gesprek.", "Op [datum] was er een gesprek."),
    ("Het was op 3 nov.\nDaarna niet.", "Het was op [datum].\nDaarna niet."),
    ("Op 4 sept. Moeder belde.", "Op [datum]. Moeder belde."),
    ("Op 12 jan. 2026 kwam hij.", "Op [datum] kwam hij."),
])
def test_a_date_keeps_the_full_stop_that_ends_the_sentence(text, expected, detector):
    assert _out(text, detector) == expected


# -- identifier shapes not handled before (session 29) ---------------------------------

@pytest.mark.parametrize(("text", "gone", "tag"), [
    ("Adres: Kerkstraat 12-II, 1012 ab Amsterdam.", "1012 ab", "[postcode]"),
    ("Ze wonen in de flat, 2512 xk.", "2512 xk", "[postcode]"),
    ("Vader woont op Dorpsstraat 8 zw in de achterbouw.", "8 zw", "[adres]"),
    ("Moeder woont op de Kerkstraat 12 hs sinds mei.", "12 hs", "[adres]"),
    ("Het gezin woont op een woonboot aan de Amstelkade t/o 12.", "t/o 12", "[adres]"),
    ("Ze wonen op huisnr. 7 van de flat.", "7", "[adres]"),
    ("Het dossier ligt bij huisnr. 7 in de kast.", "7", "[nummer]"),
    ("Afspraak op 3-XI met de jeugdarts.", "3-XI", "[datum]"),
    ("Hij is geboren op 3-XI-2019 in het ziekenhuis.", "3-XI-2019", "[datum]"),
    ("Sinds begin nov. '25 slaapt hij slecht.", "nov. '25", "[datum]"),
    ("Op TikTok heet ze lotje.dansjes en ze danst.", "dansjes", "[account]"),
    ("Postcode 1012-AB, Amsterdam.", "1012-AB", "[postcode]"),
    ("Ze woont op Kerkstraat 12 III.", "III", "[adres]"),
    ("Ze woont op nr. 14a, driehoog.", "14a", "[adres]"),
    ("Woonboot Prinsengracht t.o. 263.", "263", "[adres]"),
])
def test_more_identifier_shapes_go(text, gone, tag, detector):
    out = _out(text, detector)
    assert gone not in out and tag in out


@pytest.mark.parametrize("text", [
    "In 2025 de beste van de klas.",
    "Hij reed 1500 km met de bus.",
    "Ze kreeg 1000 mg paracetamol.",
    "Hij scoorde 1500 pt; in 2023 had hij 1300 pt.",
    # a count after a place at school, a page: no house number
    "Hij zat in de kring 2 keer te huilen.",
    "Hij werd op het schoolplein 2 keer geduwd.",
    "Op het speelveld 3 kinderen tegelijk.",
    "Ze bleef op bladzijde 12 hangen.",
    # the same at a sentence start, where the street word has a capital
    "Schoolplein 2 keer geduwd, daarna gehuild.",
    "Bladzijde 12 van het werkboek had hij niet af.",
    "Kring 2 keer onderbroken door een klasgenoot.",
    "Hij had er 1100 ok van de 1200.",
    "Sinds 2019 al in Nederland.",
    "In groep 3-II zit hij goed.",
    "Het was 12-II koud.",
    "Hij zit in groep 7 en woont er nu 3 jaar.",
    "Het lied nummer 12 zongen ze samen.",
])
def test_numbers_followed_by_short_words_stay(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize("text", [
    "Ze kreeg van oma brood.",
    "Ze kreeg van oma brood en van opa koek.",
    "Hij mocht van opa snoep, zei hij.",
    "Ze kreeg van oma thee.",
])
def test_the_thing_received_from_a_family_member_stays(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Ze kreeg van opa bakker een fiets.", "bakker"),
    ("Ze kreeg een fiets van opa bakker.", "bakker"),
    ("Ze logeert bij tante roos.", "roos"),
    ("Ze at bij oma roos.", "roos"),
])
def test_a_family_members_name_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


@pytest.mark.parametrize("text", [
    "Spellingscore 32/40, in lijn met groep 4.",
    "Vlaggensysteem: gedrag naar de kleuter rood.",
    "Klassenapp: de juf stuurde een bericht.",
    "Luizencontrole: niets gevonden.",
    "DMT kaart 3: 42 woorden per minuut.",
    "Contact moeder via Viber.",
])
def test_a_schools_own_things_opening_a_sentence_stay(text, detector):
    assert _out(text, detector) == text


@pytest.mark.parametrize("text", ["Nieuwenhuis belde om 9 uur.", "Groenhuis kwam binnen.",
                                  "Timmerhuis zei dat het goed ging."])
def test_a_compound_surname_opening_a_sentence_still_goes(text, detector):
    assert _out(text, detector).startswith("[naam]")


# A sentence opening on a verb form the word list also has as a proper noun ("Kunnen",
# "Melden", "Hebben") is a question or a choice, not a surname (walk s29: the consultation
# question "Melden of eerst hulp?" reached Veilig Thuis as "[naam] of eerst hulp?").
@pytest.mark.parametrize("text", [
    "Melden of eerst hulp?",
    "Kunnen wij als school hier iets mee?",
    "Kunnen we Daan's moeder eerst zelf spreken?",
    "Hebben jullie advies over de volgende stap?",
    "Melden we nu al of wachten we het gesprek af?",
])
def test_a_verb_opening_a_question_or_choice_stays(text, detector):
    out = _out(text, detector)
    assert out.split()[0] == text.split()[0]
    assert "[naam]" not in out


@pytest.mark.parametrize(("text", "gone"), [
    ("Kunnen belde gisteren over de afspraak.", "Kunnen"),   # no subject after it
    ("Roos je bent lief, zei oma.", "Roos"),                 # a name spoken to stays a name
    ("Daan kwam te laat. Melden belde de school.", "Melden"),
])
def test_the_same_verb_as_a_name_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


def test_the_known_pupil_after_the_verb_still_goes(detector):
    assert _out("Kunnen wij Daan morgen spreken?", detector).startswith("Kunnen wij [leerling]")
