"""General rules added after the third independent corpus (heldout3, dev split only).

Each case is written here by the developer (none is copied from the corpus): dates before a
word that merely starts like a unit, number labels before dotted numbers, initials with an
abbreviated tussenvoegsel, kinship words of other languages, nicknames in a group, places
with a founding year or a trade, known names that are also words, and large cities.
Real word lists (the default detector), no mocks.
"""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise


@pytest.mark.parametrize(("text", "expected"), [
    # a short date before a word that starts like a unit ("m", "min") is still a date
    ("Sinds 4/3 mist hij de gymles.", "Sinds [datum] mist hij de gymles."),
    ("Nagesprek 18-10 met de ouders.", "Nagesprek [datum] met de ouders."),
    ("Hij liep 3-4 m verder en bleef 2-3 min staan.",
     "Hij liep 3-4 m verder en bleef 2-3 min staan."),
    # a dotted number after a label is the number, not a street with a house number
    ("Polisnummer ziektekostenverzekering 5512.309.71 ontbreekt.",
     "Polisnummer ziektekostenverzekering [nummer] ontbreekt."),
    ("Leerlingnummer 30125577. 2 van de 4 formulieren ontbreken.",
     "Leerlingnummer [nummer]. 2 van de 4 formulieren ontbreken."),
    # a token with a digit is no name (a percentile, a level)
    ("Gewicht op P25, lengte op P50; leesniveau M4.", "Gewicht op P25, lengte op P50; "
                                                     "leesniveau M4."),
    # a capitalised word right before a name is its given name, a title stays
    ("Daarna vertaalde tolk Mehari Tekle het gesprek.",
     "Daarna vertaalde tolk [naam] het gesprek."),
    ("Gesprek met Juf Bakker en Meester Jansen.", "Gesprek met Juf [naam] en Meester [naam]."),
    # kinship words of other languages, nicknames in a group, reduplicated nicknames
    ("Ze logeert bij hala meryem en haar baba komt later.",
     "Ze logeert bij hala [naam] en haar baba komt later."),
    ("De jongens skippy en knakworst wachten bij het hek.",
     "De jongens [naam] en [naam] wachten bij het hek."),
    ("Volgens hem regelt jo-jo de spullen.", "Volgens hem regelt [naam] de spullen."),
    # places: a club with its founding year, a business named by its trade in -erij
    ("Hij traint bij voetbalvereniging Blauw Wit '34 op dinsdag.",
     "Hij traint bij voetbalvereniging [plaats] op dinsdag."),
    ("Vader werkt bij drukkerij De Vries in de nachtdienst.",
     "Vader werkt bij drukkerij [plaats] in de nachtdienst."),
    # a large city identifies nobody; a small town still goes
    ("Vader werkte die week in Rotterdam.", "Vader werkte die week in Rotterdam."),
])
def test_context_rules(text, expected, detector):
    assert anonymise(text, [], detector).text == expected


def test_an_initial_before_an_abbreviated_tussenvoegsel_is_the_known_person(detector):
    known = [KnownName("Fenna van der Veen", "leerling", "Fenna", "van der", "Veen")]
    for written in ("F. v.d. Veen", "F. vd Veen", "F.v.d. Veen"):
        out = anonymise(f"Toen zei {written} niets.", known, detector).text
        assert out == "Toen zei [leerling] niets.", written


STORM = [KnownName("Storm de Boer", "leerling", "Storm", "de", "Boer"),
         KnownName("Petra de Boer", "moeder")]
HOOP = [KnownName("Floor Hoop", "leerling", "Floor", "", "Hoop"),
        KnownName("Ingrid Hoop", "moeder")]


@pytest.mark.parametrize(("known", "text", "expected"), [
    # a known name that is also a word stays the word where the sentence makes it one
    (STORM, "Door storm en regen bleven ze binnen.", "Door storm en regen bleven ze binnen."),
    (STORM, "De boer bracht melk.", "De boer bracht melk."),
    (HOOP, "Er is hoop: ze komt op tijd.", "Er is hoop: ze komt op tijd."),
    # ... and goes where it names the person
    (STORM, "ik ging met storm en mama naar huis", "ik ging met [leerling] en mama naar huis"),
    (STORM, "Toen kwam mevrouw de boer binnen.", "Toen kwam mevrouw [achternaam] binnen."),
    (HOOP, '"hoop is me vriendin" stond er.', '"[achternaam] is me vriendin" stond er.'),
    (STORM, "op de lijst staat de boer met kleine letters",
     "op de lijst staat [achternaam] met kleine letters"),
])
def test_a_known_name_that_is_a_word(known, text, expected, detector):
    assert anonymise(text, known, detector).text == expected
