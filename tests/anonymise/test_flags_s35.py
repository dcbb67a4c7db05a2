"""Name flags, stop 35 (issue 16): classes of person slot the rules leave.

Each flag that must appear has a twin of ordinary text that must not be flagged. The
texts are written as the rules would leave them (no replacements), as the bench's
"names flagged if left" measures.
"""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.name_flags import name_flags
from zorgdesk.domain.anonymise.replacements import AnonymisedText
from zorgdesk.services.name_lexicon import default_lexicon


def _flagged(text: str) -> list[str]:
    return [f.word for f in name_flags(AnonymisedText(text, [], text), default_lexicon())]


@pytest.mark.parametrize(("text", "word"), [
    # WhatsApp shows an unsaved sender as "~name": the speaker label of a chat line
    ("[21:04] Marta: waar ben je\n[21:06] ~kropka: ze is bij mij\n", "kropka"),
    ("Sabine: laat ons met rust\n~Mamavan3: bij het voetballen ja ja\n", "Mamavan3"),
    # two bare words joined by "en" before an object pronoun: persons doing it to him
    ("Op het schoolplein pesten bolle en snuffie hem al weken.", "bolle"),
    ("Op het schoolplein pesten bolle en snuffie hem al weken.", "snuffie"),
    ("Joep zegt dat kapsalon en flippie hem 2x hebben geduwd.", "kapsalon"),
    ("Hij wil niet omdat tanky en boef hem opwachten bij de brug.", "tanky"),
    ("Met dikkie en flits speelt hij wel.", "dikkie"),
    # a capital word the word list does not know, after a word for a person or a role
    ("Huisarts is gebeld, assistente Mariska zegt dat hij vorige maand kwam.", "Mariska"),
    ("Het nummer van haar contactpersoon Samira staat in het dossier.", "Samira"),
])
def test_flag_appears(text: str, word: str) -> None:
    assert word in _flagged(text)


@pytest.mark.parametrize("text", [
    # a tilde that is no chat line's sender
    "Gewicht ~kilo: ongeveer 30.\n",
    # ordinary nouns joined by "en" before a pronoun
    "Op het schoolplein geven brood en melk hem energie.",
    "Hij zegt dat pijn en angst hem wakker houden.",
    "Ze zegt dat school en thuis haar veel stress geven.",
    "Omdat regen en wind hem hinderen, blijft hij binnen.",
    "Hij fietst door weer en wind naar school.",
    "Met pen en papier maakt hij de toets.",
    # a capital word after a person noun that the word list knows
    "Het gesprek met de moeder Turks en Nederlands door elkaar.",
    "De tolk Arabisch was er niet.",
])
def test_twin_not_flagged(text: str) -> None:
    assert _flagged(text) == []
