"""A capitalised common noun where only a person stands is a name: "Gisteren gooide
Knikker een steen", "bang voor Knikker", "door Bobbel geslagen", "Ravi en Knikker zitten",
"noemt zichzelf Knikker", "met de bijnaam Knikker".

Mid-sentence Dutch capitalises names, not nouns. A capital on an ordinary word is mostly
emphasis or a title where a thing stands ("op het Plein", "Sport en Cultuur", "speelt hij
Fortnite"), so the name detector leaves such words alone (``names._looks_like_name``).
Where grammar leaves room only for a person, the capital makes the nickname plain:

- the subject after a verb only a person does in an inverted clause, before an object, a
  pronoun or an adverb ("Gisteren gooide Knikker een steen", "wachtte Spekkie hem op";
  "Daarna ging Zwemles niet door", "kwam Wijkagent langs" stay); not after a
  subject ("Hij speelt Minecraft") and not after a verb that takes a title ("leest
  Kruimeltje voor", "speelt Fortnite");
- after a preposition that selects a person ("bang voor", "naast", "door" with a
  participle of hurting, "een klap van", "ruzie met", "spelen met"); not "vertelde over",
  which takes topics ("over Corona", "over Oorlog en Vrede");
- joined by "en" to a name;
- after a word that announces a name ("bijnaam", "genaamd", "alias").
Holidays, languages, brands and games are on the allow list and stay; so are words for a
person or kin ("Oma"), which a writer may capitalise.
"""

from __future__ import annotations

import re

from zorgdesk.domain.anonymise.detectors import RELATION_WORDS
from zorgdesk.domain.anonymise.person_nouns import (
    BARE_OK,
    COMPANY,
    HURT,
    human_action,
    institution,
)
from zorgdesk.domain.anonymise.person_slots import (
    ADVERBS,
    DETERMINERS,
    PERSON_HEADS,
    PRONOUNS,
    finite_verb,
    starts_message,
)
from zorgdesk.domain.anonymise.vocatives import ADDRESS_WORDS, is_noun
from zorgdesk.domain.text import fold

__all__ = ["capitalised_nouns_in_person_slots"]

Token = tuple[int, int, str]

_SUBJECT_PRONOUNS = frozenset(["hij", "zij", "ze", "ik", "we", "wij", "jij", "je", "u",
                               "jullie", "men", "iedereen", "niemand"])
# Verbs whose object may be a title or a brand with a capital ("leest Kruimeltje voor").
_TITLE_VERBS = frozenset(["leest", "las", "lazen", "lezen", "speelt", "speelde", "speelden",
                          "spelen", "kijkt", "keek", "keken", "kijken", "zingt", "zong",
                          "tekent", "tekende", "luistert", "luisterde", "won", "wint", "heet",
                          "heette", "noemt", "noemde", "eet", "at", "drinkt", "dronk"])
# Words after which only a name stands.
# ("heet" only with a person as its subject: ``naming_clauses``; "Zijn knuffel heet Bobbel")
_ANNOUNCING = frozenset(["genaamd", "bijnaam", "roepnaam", "alias", "bijgenaamd", "koosnaam"])
# Weather does what a person does ("Toen sloeg Onweer in").
_WEATHER = frozenset(["onweer", "bliksem", "storm", "regen", "sneeuw", "hagel", "wind", "zon",
                      "mist", "donder"])
# Heads of words for a profession or role a writer may capitalise ("Wijkagent").
_ROLE_HEADS = ("agent", "arts", "docent", "coach", "trainer", "werker", "kundige", "leider",
               "hulp", "begeleider", "medewerker", "consulent", "voogd", "ouder", "mentor")
_PHRASE_OPENERS = frozenset(["volgens", "van", "met", "bij", "voor", "na", "tegen", "door"])
_PARTICLES = frozenset(["op", "af", "uit", "aan", "in", "mee", "weg", "terug", "na", "toe",
                        "om", "door", "over", "bij", "naar", "voor"])


def _capital_noun(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                  i: int, lexicon) -> bool:
    """Token ``i`` is an ordinary noun written with a capital mid-sentence."""
    tok, word = tokens[i][2], words[i]
    return (len(tok) >= 3 and tok[0].isupper() and tok[1:].islower() and tok.isalpha()
            and word in lexicon.words and fold(word) not in lexicon.allow
            and word not in RELATION_WORDS and word not in ADDRESS_WORDS
            and word not in DETERMINERS and word not in PRONOUNS and word not in ADVERBS
            and not institution(word) and not finite_verb(word, lexicon)
            and not word.endswith(PERSON_HEADS) and word not in BARE_OK
            and not word.endswith(_ROLE_HEADS) and word not in _WEATHER
            and not (i + 1 < len(tokens) and is_name[i + 1])  # "Buurjongen Daan": a title
            and not (i and words[i - 1] in DETERMINERS and not _person_prep_de(words, i))
            and not starts_message(text, tokens, i) and is_noun(word, lexicon))


def _person_prep_de(words: list[str], i: int) -> bool:
    """"ruzie met de Boeman": a capital after "de" in a person's slot is a name (the
    article is part of such a nickname; "op het Plein" is no person's slot)."""
    return words[i - 1] == "de" and i >= 2 and _after_preposition(words, i - 1)


def _spaced(text: str, tokens: list[Token], a: int, b: int) -> bool:
    return all(text[tokens[k][1]:tokens[k + 1][0]] == " " for k in range(a, b))


def _inverted_subject(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                      i: int, lexicon) -> bool:
    """After the finite verb of a clause that a non-subject opens, before the rest."""
    if i >= 3 and _reported_possession(text, tokens, words, i):
        return True
    if i < 2 or not _spaced(text, tokens, i - 1, i) or words[i - 1] in _TITLE_VERBS \
            or not human_action(words[i - 1]):
        return False  # only a verb a person does: "Daarna ging Zwemles niet door" stays
    before = words[i - 2]
    in_phrase = i >= 3 and words[i - 3] in _PHRASE_OPENERS  # "Volgens Ravi heeft X"
    if before in _SUBJECT_PRONOUNS or (is_name[i - 2] and not in_phrase) \
            or before in DETERMINERS:
        return False  # "Hij speelt Minecraft", "Ravi heeft Lego": an object
    nxt = words[i + 1] if i + 1 < len(tokens) else ""
    return bool(nxt) and _spaced(text, tokens, i, i + 1) and (
        nxt in DETERMINERS or nxt in PRONOUNS or nxt in ADVERBS or nxt in _PARTICLES)


_HAVE = frozenset(["heeft", "had", "hebben", "hadden"])
# What only a person has: a weapon, a friend, a fight, a punishment. A lesson or a club has
# "een nieuwe tijd", "een nieuwe trainer"; a school finds a knife ("heeft School een mes
# gevonden": an institution, never taken).
_PERSON_HAS = frozenset(["mes", "messen", "zakmes", "stanleymes", "wapen", "wapens",
                         "pistool", "vuurwapen", "boksbeugel", "vriendin", "vriendinnetje",
                         "vriendje", "verkering", "ruzie", "straf", "heimwee", "drugs", "wiet"])
_CLAUSE_REST = re.compile(r"[^.,;:!?()\n\"“”]*")


def _reported_possession(text: str, tokens: list[Token], words: list[str], i: int) -> bool:
    """"Volgens Ravi heeft Knikker een mes", "Volgens de juf had Spekkie hem geslagen":
    "heeft" is no verb only a person does ("Nu heeft Zwemles een nieuwe tijd"), but after
    "volgens" + someone the clause reports a person, when what follows is what only a
    person has or did (a weapon, a friend, a fight; a participle of hurting)."""
    if words[i - 1] not in _HAVE:
        return False
    opener = next((k for k in range(i - 3, max(-1, i - 6), -1) if words[k] == "volgens"), None)
    if opener is None or not _spaced(text, tokens, opener, i):
        return False
    rest = _CLAUSE_REST.match(text, tokens[i][1]).group().lower().split()[:8]
    return any(w in _PERSON_HAS or w in HURT for w in rest)


def _after_preposition(words: list[str], i: int) -> bool:
    """"bang voor X", "naast X", "door X geslagen", "een klap van X", "spelen met X"."""
    prep = words[i - 1]
    before = words[max(0, i - 5):i - 1]
    after = words[i + 1:i + 4]
    if prep == "voor":
        return bool(before) and before[-1] in ("bang", "banger", "bangst")
    if prep == "naast":
        return True
    if prep == "door":
        return any(w in HURT for w in before + after)
    if prep == "met":
        return any(w in COMPANY or w.startswith("speel") or w.startswith("spel")
                   for w in before + after)
    return prep == "van" and len(before) >= 1 and before[-1] in (
        "klap", "duw", "schop", "trap", "stomp", "mep", "moeder", "vader")


def capitalised_nouns_in_person_slots(text: str, tokens: list[Token], words: list[str],
                                      is_name: list[bool], lexicon) -> None:
    """Mark capitalised common nouns in a person's slot (see the module doc)."""
    for i in range(1, len(tokens)):
        if is_name[i] or not tokens[i][2][:1].isupper() or tokens[i][2].isupper():
            continue
        slot = (words[i - 1] in _ANNOUNCING and _spaced(text, tokens, i - 1, i)) \
            or (_spaced(text, tokens, i - 1, i) and _after_preposition(words, i)) \
            or (i >= 2 and _spaced(text, tokens, i - 2, i) and _person_prep_de(words, i)) \
            or (words[i - 1] == "en" and i >= 2 and is_name[i - 2]) \
            or (i + 2 < len(tokens) and words[i + 1] == "en" and is_name[i + 2]) \
            or _inverted_subject(text, tokens, words, is_name, i, lexicon)
        if slot and _capital_noun(text, tokens, words, is_name, i, lexicon):
            is_name[i] = True
