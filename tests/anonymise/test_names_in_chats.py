"""Names in chat and app messages and in the places Dutch grammar keeps for a person
(issue 16, F/L/J, session 30, second batch): a lower-case given name or a cut of a known
given name as the bare subject opening a message ("'ben is groot genoeg'"), the whole
lower-case complement of "noemen hem", "roepen ze hem X", an elliptic subject ("; maniek
ook."), a nickname adjective joined to a name ("X en de rooie"), "de poolse genoemd", a
lone initial explained by a bracket ("R. (vriend van moeder)") and Cyrillic forms of a
known name. Written before the rules; each with the ordinary Dutch it must keep."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise

KNOWN = [KnownName("Daan Smit", "leerling", "Daan", "", "Smit"),
         KnownName("Ilse Smit", "moeder")]


def _out(text: str, detector, known=KNOWN) -> str:
    return anonymise(text, known, detector).text


# -- a bare given name or a cut of a known given name opening a message -------------

def test_cut_of_a_known_name_opening_a_message_before_its_verb(detector):
    known = [KnownName("Benjamin Groot", "leerling", "Benjamin", "", "Groot")]
    assert _out("Moeder appte: 'ben is weer ziek, ik ben thuis'.", detector, known) == \
        "Moeder appte: '[leerling] is weer ziek, ik ben thuis'."
    known = [KnownName("Sterre Bos", "leerling", "Sterre", "", "Bos")]
    assert _out("'ster wil niet naar school' schreef vader.", detector, known) == \
        "'[leerling] wil niet naar school' schreef vader."


@pytest.mark.parametrize(("known", "text"), [
    (KnownName("Benjamin Groot", "leerling", "Benjamin", "", "Groot"),
     "'ik ben het zat' schreef moeder, 'ben je er morgen?'"),
    (KnownName("Sterre Bos", "leerling", "Sterre", "", "Bos"),
     "Ze kreeg een ster. De ster is van goud."),
])
def test_the_word_stays_where_it_is_no_subject(known, text, detector):
    assert _out(text, detector, [known]) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("'nee koen was het' stond in de klassenapp.", "'nee [naam] was het' stond in de klassenapp."),
    ("In de app: 'roos is ziek'.", "In de app: '[naam] is ziek'."),
])
def test_given_name_as_bare_subject_of_a_chat_message(text, expected, detector):
    assert _out(text, detector) == expected


@pytest.mark.parametrize("text", [
    "In de app: 'water is overal, wie was het?'",
    "'nee dat was het niet' stond in de klassenapp.",
    "'school is stom' zei hij.",
])
def test_ordinary_subject_of_a_chat_message_stays(text, detector):
    assert _out(text, detector) == text


# -- what someone is called, in full -------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Op het plein roepen ze hem vissie.", "Op het plein roepen ze hem [naam]."),
    ("De jongens noemen hem mo boy; hij vindt het stoer.",
     "De jongens noemen hem [naam]; hij vindt het stoer."),
])
def test_what_someone_is_called(text, expected, detector):
    assert _out(text, detector) == expected


@pytest.mark.parametrize("text", [
    "De juf roept hem binnen en hij komt.",
    "Ze roepen hem naar voren.",
    "De jongens noemen hem mo thuis.",
])
def test_calling_someone_in_stays(text, detector):
    out = _out(text, detector)
    assert out.replace("[naam]", "mo") == text


# -- an elliptic subject, a nickname adjective joined to a name ---------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('Hij vertelde: "oom komt elk weekend"; pjotrek ook.',
     'Hij vertelde: "oom komt elk weekend"; [naam] ook.'),
    ("Daan praat over Kevin en de rooie, vrienden van papa.",
     "[leerling] praat over [naam] en [naam], vrienden van papa."),
])
def test_elliptic_and_joined_nicknames(text, expected, detector):
    assert _out(text, detector) == expected


@pytest.mark.parametrize("text", [
    "Hij vertelde het aan oom; thuis ook.",
    "Ze kreeg een rode en een witte, maar de rooie was stuk.",
])
def test_elliptic_and_joined_words_stay(text, detector):
    assert _out(text, detector) == text


# -- a nickname before "genoemd", a lone initial explained by a bracket -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("De vriend van moeder, de poolse genoemd door Daan, belt vaak.",
     "De vriend van moeder, [naam] genoemd door [leerling], belt vaak."),
    ("Betrokkenen: juf, IB, R. (vriend van moeder).",
     "Betrokkenen: juf, IB, [naam]. (vriend van moeder)."),
])
def test_nickname_before_genoemd_and_explained_initial(text, expected, detector):
    assert _out(text, detector) == expected


@pytest.mark.parametrize("text", [
    "Dit wordt de rustige plek genoemd.",
    "Het cijfer was een C. (voldoende)",
])
def test_description_before_genoemd_and_letters_stay(text, detector):
    assert _out(text, detector) == text


# -- a known name written in Cyrillic -----------------------------------------------

def test_known_name_in_cyrillic(detector):
    known = [KnownName("Taras Bondar", "leerling", "Taras", "", "Bondar"),
             KnownName("Oksana Bondar", "moeder")]
    assert _out("Moeder schreef: 'Тарас хворий, тарасик спить'.", detector, known) == \
        "Moeder schreef: '[leerling] хворий, [leerling] спить'."
    # other Cyrillic words stay ("тато" is dad, "тарілка" a plate)
    assert _out("Moeder schreef: 'тато вдома, тарілка тут'.", detector, known) == \
        "Moeder schreef: 'тато вдома, тарілка тут'."
