"""Does the clause after a word say something only a person does or is? (issue 16, s33)

A known given name that is also a Dutch word ("Mees", "Roos", "Storm", "Jade") written in
lower case after "dat" may be the person ("zei dat mees haar sloeg") or the thing ("zei
dat mees op het voerhuisje zat", "weet dat storm komt"). In a clause after "dat" the
subject comes first and its verb last, so the rest of the clause tells which: a feeling
or state only people have ("boos", "bang"), a verb only people do ("huilde", "sloeg",
"wilde"). Verbs and states a thing shares ("zat", "komt", "was groot") prove nothing.

Pure functions over text.
"""

from __future__ import annotations

import re

from zorgdesk.domain.anonymise.person_nouns import human_action

__all__ = ["a_person_follows"]

# States and feelings said of people (and animals, which are no known people's words).
_PERSON_STATES = frozenset([
    "boos", "kwaad", "bang", "verdrietig", "blij", "ziek", "moe", "stil", "jaloers",
    "zenuwachtig", "ongerust", "gelukkig", "eenzaam", "dronken", "zwanger", "agressief",
    "onrustig", "brutaal", "stout", "gemeen", "afwezig", "misselijk", "jarig", "verliefd",
    "geschrokken", "overstuur", "teleurgesteld", "gespannen", "angstig", "nerveus",
    "somber", "wakker", "thuis", "ongelukkig", "beledigd", "gekwetst", "bezorgd"])
# Finite verbs only a person does that ``human_action`` (hurting, taking, speaking) leaves
# out: feeling, wanting, eating, living, thinking, playing.
_PERSON_VERBS = frozenset([
    "huilt", "huilde", "huilden", "lacht", "lachte", "lachten", "wil", "wilde", "wilden",
    "durft", "durfde", "durfden", "eet", "at", "aten", "drinkt", "dronk", "dronken",
    "slaapt", "sliep", "sliepen", "woont", "woonde", "logeert", "logeerde", "speelt",
    "speelde", "speelden", "denkt", "dacht", "weet", "wist", "vindt", "vond", "ziet", "zag",
    "hoort", "hoorde", "schrijft", "schreef", "leest", "las", "werkt", "werkte", "rende",
    "fietst", "fietste", "snapt", "snapte", "begrijpt", "begreep", "mist", "miste", "voelt",
    "voelde", "kijkt", "keek", "luistert", "luisterde", "antwoordt", "antwoordde", "liegt",
    "rookt", "rookte", "spijbelt", "spijbelde", "vertelt"])
# The clause ends at punctuation or where another clause starts.
_CLAUSE = re.compile(r"[^.,;:!?()\n\"“”]*")
_CLAUSE_STOPS = frozenset(["en", "maar", "want", "omdat", "toen", "terwijl", "of", "dus"])


def a_person_follows(text: str, end: int) -> bool:
    """The clause after the word ending at ``end`` has a person's state or verb: "dat
    mees haar sloeg", "dat roos boos was", "dat storm huilde"; not "dat mees op het
    voerhuisje zat", "dat storm komt"."""
    clause = _CLAUSE.match(text, end)
    for word in re.findall(r"[a-zà-ÿ]+", clause.group().lower() if clause else "")[:10]:
        if word in _CLAUSE_STOPS:
            break
        if word in _PERSON_STATES or word in _PERSON_VERBS or human_action(word):
            return True
    return False
