"""Review s34: a topic noun after "<preposition> <name> en" is a subject, not a second
person ("Zorgen over Noor en taal." lost "taal" on main 8a4e167 to the stop-34 rule for
nickname pairs, names._noun_after_a_name); a pair of nicknames that are both words still
goes ("met Vlo en mot.")."""

from __future__ import annotations

import pytest

from tests.anonymise.pairs import assert_goes, goes
from zorgdesk.domain.anonymise.anonymiser import KnownName

KNOWN = [KnownName("Daan de Vries", "leerling", "Daan", "de", "Vries")]

CASES = goes("a_topic_noun_after_a_name_and_en_stays", KNOWN, [
    ("Zorgen over Noor en taal.", "Zorgen over [naam] en taal."),
    ("Observatie van Daan en gedrag.", "Observatie van [leerling] en gedrag."),
    ("Zorgen om Liam en thuissituatie.", "Zorgen om [naam] en thuissituatie."),
    ("Aandacht voor Sem en werkhouding.", "Aandacht voor [naam] en werkhouding."),
    ("Gesprek over Mohammed en huiswerk.", "Gesprek over [naam] en huiswerk."),
    ("Hulpvraag rond Yara en concentratie.", "Hulpvraag rond [naam] en concentratie."),
    ("Overleg met Sem en school.", "Overleg met [naam] en school."),
]) + goes("two_nicknames_that_are_words_still_go", KNOWN, [
    ("Daan speelde met Vlo en mot.", "[leerling] speelde met [naam] en [naam]."),
])


@pytest.mark.parametrize(("known", "text", "expected"), CASES)
def test_topic_noun_stays_nickname_pair_goes(known, text, expected, detector):
    assert_goes(text, expected, known, detector)
