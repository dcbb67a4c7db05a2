"""Does the clause after a word say something only a person does or is? (issue 16, s33)

A known given name that is also a Dutch word for a thing in nature ("Mees", "Roos",
"Storm", "Jade": a bird, a flower, the weather, a stone) written in lower case after
"dat" may be the person ("zei dat mees haar sloeg") or the thing ("zei dat mees op het
voerhuisje zat", "weet dat storm komt"). In a clause after "dat" the subject comes first
and its verb last, so the rest of the clause tells which: a feeling or state only people
have ("boos", "bang"), a verb only people do ("huilde", "sloeg", "wilde"), a person's
places and marks ("op school", "te laat", "een blauwe plek"). Verbs and states a thing
shares ("zat", "komt", "was groot") prove nothing.

Only those names ask for it: the word list has most given names as words ("peter",
"sara", "adam", "kees" are in it), and a clause after "zei dat" is about a person far
more often than about a thing, so for them the name stays the person (session 32: 74 ->
2 leaks of lower-case given names in generated sentences).

Pure functions over text.
"""

from __future__ import annotations

import re

from zorgdesk.domain.anonymise.person_nouns import human_action
from zorgdesk.domain.anonymise.person_slots import SPEECH_VERBS

__all__ = ["a_feeling", "a_person_acts", "a_person_follows", "a_person_verb", "a_thing_name",
           "conjunction_dat"]

# Given names that are Dutch words for a thing in nature: flowers and trees, birds and
# animals, weather and sky, stones, months.
_THING_NAMES = frozenset([
    "roos", "iris", "jasmijn", "lelie", "madelief", "linde", "els", "berk", "merel", "mees",
    "vink", "valk", "vos", "wolf", "beer", "storm", "zon", "sneeuw", "ster", "sterre", "maan",
    "lente", "zomer", "jade", "amber", "robijn", "parel", "saffier", "mei", "april", "juni"])


def a_thing_name(word: str) -> bool:
    """A lower-case given name that is a word for a thing in nature ("mees", "roos")."""
    return word in _THING_NAMES


# States and feelings said of people (and animals, which are no known people's words).
_FEELINGS = frozenset([
    "boos", "kwaad", "bang", "verdrietig", "blij", "ziek", "moe", "stil", "jaloers",
    "zenuwachtig", "ongerust", "gelukkig", "eenzaam", "dronken", "zwanger", "agressief",
    "onrustig", "brutaal", "stout", "gemeen", "afwezig", "misselijk", "jarig", "verliefd",
    "geschrokken", "overstuur", "teleurgesteld", "gespannen", "angstig", "nerveus",
    "somber", "wakker", "ongelukkig", "beledigd", "gekwetst", "bezorgd"])
_PERSON_STATES = _FEELINGS | frozenset([
    "thuis",
    # a person's places, times and marks: "niet op school was", "te laat kwam", "een
    # blauwe plek had"
    "school", "klas", "groep", "juf", "meester", "laat", "gym", "pauze", "huiswerk", "plein",
    "plek", "wond", "wondje", "gewond", "pijn", "meedoet", "meedeed", "meedoen"])


def a_feeling(word: str) -> bool:
    """A state or feeling said of a person ("boos", "ziek"): an adjective that stands
    after its subject, no noun an adjective before it could qualify ("dat frank boos
    was" is Frank, not a frank anger)."""
    return word in _FEELINGS
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
    "rookt", "rookte", "spijbelt", "spijbelde", "vertelt",
    # being allowed, picking up and bringing someone (s34, heldout10 dev: "zeggen dat els
    # haar niet mag ophalen"); acting on purpose ("dat mees het expres deed")
    "mag", "mocht", "mochten", "ophalen", "ophaalt", "ophaalde", "haalt", "haalde",
    "brengt", "bracht", "brengen", "expres", "opzettelijk", "opzet"])
# The clause ends at punctuation or where another clause starts.
_CLAUSE = re.compile(r"[^.,;:!?()\n\"“”]*")
_CLAUSE_STOPS = frozenset(["en", "maar", "want", "omdat", "toen", "terwijl", "of", "dus"])


def a_person_verb(word: str) -> bool:
    """A finite verb of what a person does (feeling, reading, working): "Juf leest voor"
    has no teacher called "leest" though the surname list has Leest."""
    return word in _PERSON_VERBS


def a_person_follows(text: str, end: int) -> bool:
    """The clause after the word ending at ``end`` has a person's state or verb: "dat
    mees haar sloeg", "dat roos boos was", "dat storm huilde"; not "dat mees op het
    voerhuisje zat", "dat storm komt". Being there or not is a person's too: "dat roos
    er niet was", "dat mees er ook bij is", "dat storm aanwezig was" (a flower or bird
    after "dat" has its article: "dat de roos er niet meer stond")."""
    clause = _CLAUSE.match(text, end)
    words = re.findall(r"[a-zà-ÿ]+", clause.group().lower() if clause else "")[:10]
    there = False
    for k, word in enumerate(words):
        if word in _CLAUSE_STOPS:
            break
        if word in _PERSON_STATES or word in _PERSON_VERBS or human_action(word):
            return True
        if word in _PRESENT:
            return True
        there = there or word == "er"
        # "zijn" is also "his" ("dat mees er zijn nest bouwde"): only as the clause's end
        if there and (word in _BEING or (word == "zijn" and k == len(words) - 1)):
            return True
    return False


# Forms of "zijn" after "er" in a clause after "dat": being there ("dat roos er niet was").
_BEING = frozenset(["is", "was", "waren", "ben", "bent", "geweest"])
_PRESENT = frozenset(["aanwezig", "present"])


def a_person_acts(text: str, end: int) -> bool:
    """Like ``a_person_follows``, but only what a person does to others, does that no
    animal does, or how a person feels: "de beer slaat mama", "de beer was weer boos",
    "het musje huilde", "de kapitein had een bloedneus"; not the eating, sleeping and
    playing an animal shares ("de beer sliep", "de beer at een vis")."""
    clause = _CLAUSE.match(text, end)
    for k, word in enumerate(re.findall(r"[a-zà-ÿ]+",
                                        clause.group().lower() if clause else "")[:10]):
        if word in _CLAUSE_STOPS:
            break
        if word in _PERSON_STATES or human_action(word) or (
                k == 0 and word in _ONLY_PEOPLE) or (k <= 3 and word in _PERSON_MARKS):
            return True
    return False


# Of the verbs of ``_PERSON_VERBS`` those no animal does (crying, laughing, wanting,
# thinking, reading, lying), and a person's marks: what makes a recorded nickname that is
# an animal's or a thing's word the person ("Het musje huilde", "De kapitein had een
# bloedneus", s37). The verb only right after the word, where the word is its subject:
# in "dat hij de beer in de dierentuin wilde zien" the verb at the end is his.
_ONLY_PEOPLE = frozenset([
    "huilt", "huilde", "huilden", "lacht", "lachte", "lachten", "wil", "wilde", "wilden",
    "durft", "durfde", "durfden", "denkt", "dacht", "weet", "wist", "vindt", "vond",
    "schrijft", "schreef", "leest", "las", "werkt", "werkte", "fietst", "fietste", "snapt",
    "snapte", "begrijpt", "begreep", "liegt", "loog", "rookt", "rookte", "spijbelt",
    "spijbelde", "vertelt", "vertelde", "antwoordt", "antwoordde"])
_PERSON_MARKS = frozenset(["bloedneus", "bloedlip", "hersenschudding"])


# After these "dat" opens a clause ("merkte dat adam stil was"), it is no article.
_SAYING = SPEECH_VERBS | frozenset([
    "vertelt", "denkt", "dacht", "weet", "wist", "vindt", "vond", "hoorde", "hoort", "merkte",
    "merkt", "beweert", "beweerde", "zeggen", "zeiden", "vertelden", "bleek", "blijkt",
    "meldt", "meldde", "ziet", "zag", "zagen", "hoopt", "hoopte", "vreest", "vreesde"])


def conjunction_dat(text: str, start: int, previous: str) -> bool:
    """"dat" before a lower-case known name opens a clause after a verb of saying or
    knowing, or after a comma ("weet, dat frank vaak drinkt"); elsewhere it may be the
    article of a noun ("zag dat groen shirt")."""
    if previous != "dat":
        return False
    m = re.search(r"(\S+)\s+dat\s+$", text[max(0, start - 40):start], re.IGNORECASE)
    return bool(m) and (m.group(1).endswith(",") or m.group(1).casefold() in _SAYING)
