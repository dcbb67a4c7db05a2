"""Nicknames of two words: an English nickname word before a name ("big mike", "lil kev")
and an epithet after one ("teun de tank"), in lower case.

- **An English word that makes a nickname** ("big", "lil", "little", "young", "baby" ...):
  Dutch text borrows them only as part of a nickname, so before a name, or before a word
  no Dutch dictionary has where a person stands ("volgens lil kev"), they belong to it.
  Before a Dutch word they stay ("een big deal").
- **"name + de + word"** ("teun de tank", as "Willem de Zwijger"): the epithet belongs to
  the name where grammar allows only one constituent: before the finite verb of a main
  clause that the name opens ("teun de tank slaat hem"; V2 leaves room for one subject),
  or closing a phrase after a preposition where no object is missing ("bang voor teun de
  tank."). An object after an indirect object stays ("Ze gaf teun de bal",
  "kreeg van teun de bal", "dat teun de tank vult"). With a capital ("Teun de Tank")
  the word after "de" is part of the name anywhere, as a surname would be.
"""

from __future__ import annotations

import re

from zorgdesk.domain.anonymise.person_slots import (
    ADVERBS,
    DETERMINERS,
    PERSON_PREPOSITIONS,
    PRONOUNS,
    closes_phrase,
    finite_verb,
    no_object_slot,
    person_place,
    starts_message,
    unknown_word,
)

__all__ = ["two_word_nicknames"]

Token = tuple[int, int, str]

_ENGLISH = frozenset(["big", "lil", "little", "young", "baby", "fat", "crazy", "mad",
                      "skinny", "tiny", "king", "mister", "miss", "lady", "sweet", "uncle",
                      "don", "boss", "dirty", "lucky", "pretty", "smokey", "sneaky"])


def _space(text: str, tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and text[tokens[i][1]:tokens[i + 1][0]] == " "


def two_word_nicknames(text: str, tokens: list[Token], words: list[str],
                       is_name: list[bool], lexicon) -> None:
    """Mark both words of the nicknames described above in ``is_name``."""
    for i in range(1, len(tokens)):
        if words[i - 1] not in _ENGLISH or not tokens[i - 1][2].islower() \
                or not tokens[i][2].islower() or not _space(text, tokens, i - 1):
            continue
        if is_name[i] or (_bare_unknown(words[i], lexicon)
                          and person_place(text, tokens, words, i - 1, lexicon)):
            is_name[i - 1] = is_name[i] = True  # "big mike", "volgens lil kev"
    for i in range(len(tokens) - 2):
        if is_name[i] and _epithet(text, tokens, words, i, lexicon):
            is_name[i + 1] = is_name[i + 2] = True  # "teun de tank"


# A bracket that says the words before it are a person.
_EXPLAINED_PERSON = re.compile(
    r"\s*\(\s*(?:iemand\s+(?:uit|van)|(?:een|de)(?:\s+[a-zà-ÿ]+)?\s+"
    r"(?:meisje|jongen|man|vrouw|buurjongen|buurmeisje|buurman|buurvrouw|kind|neef|nicht|"
    r"vriend|vriendin|klasgenoot|leerling|speler)\b)")


def _bare_unknown(word: str, lexicon) -> bool:
    """A word no dictionary has, also a short one ("kev", "dre")."""
    return len(word) >= 2 and word.isalpha() and (
        unknown_word(word, lexicon) or (len(word) < 4 and word not in lexicon.words))


def _epithet(text: str, tokens: list[Token], words: list[str], i: int, lexicon) -> bool:
    if words[i + 1] != "de" or not (_space(text, tokens, i) and _space(text, tokens, i + 1)):
        return False
    k = i + 2
    word = words[k]
    if tokens[k][2].istitle() and tokens[i + 1][2] == "de" and word not in lexicon.openers:
        return True  # "Teun de Tank": a capital after the name is part of it
    if tokens[k][2].islower() and _EXPLAINED_PERSON.match(text, tokens[k][1]) \
            and word not in DETERMINERS and word not in PRONOUNS:
        return True  # "Kiki de kat (een meisje uit de straat)": the whole is the person
    if not tokens[i][2].islower():
        return False
    if (not tokens[k][2].islower() or len(word) < 3 or word in ADVERBS or word in DETERMINERS
            or word in PRONOUNS or word in PERSON_PREPOSITIONS
            or finite_verb(word, lexicon)):
        return False
    if starts_message(text, tokens, i):
        return _space(text, tokens, k) and finite_verb(words[k + 1], lexicon)
    return (i >= 1 and (words[i - 1] in PERSON_PREPOSITIONS or words[i - 1] in ("op", "over"))
            and closes_phrase(text, tokens, k)
            and no_object_slot(text, tokens, words, i - 1, lexicon))
