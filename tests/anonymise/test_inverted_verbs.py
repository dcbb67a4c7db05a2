"""A sentence opening on a verb form the word list also has as a proper noun ("Kunnen",
"Melden", "Hebben") is a question or a choice, not a surname (walk s29: the consultation
question "Melden of eerst hulp?" reached Veilig Thuis as "[naam] of eerst hulp?").
The whole pipeline with the shipped word lists."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise
from zorgdesk.services.name_lexicon import default_detector

PUPIL = [KnownName("Lieke Verhoeven", "leerling", "Lieke", "", "Verhoeven")]


@pytest.fixture(scope="module")
def detector():
    return default_detector()


def _out(text: str, detector) -> str:
    return anonymise(text, PUPIL, detector).text


@pytest.mark.parametrize("text", [
    "Melden of eerst hulp?",
    "Kunnen wij als school hier iets mee?",
    "Kunnen we Lieke's moeder eerst zelf spreken?",
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
    ("Lieke kwam te laat. Melden belde de school.", "Melden"),
])
def test_the_same_word_as_a_name_still_goes(text, gone, detector):
    assert gone not in _out(text, detector)


def test_the_known_pupil_after_the_verb_still_goes(detector):
    out = _out("Kunnen wij Lieke morgen spreken?", detector)
    assert out.startswith("Kunnen wij [leerling]")
