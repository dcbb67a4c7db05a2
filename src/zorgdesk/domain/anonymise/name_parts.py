"""The rest of a name the rules found only in part (heldout10 dev, stop 34). (A WhatsApp
display name, "~Mamavan3:", is read by ``detectors._tilde_senders`` alone.)

- an initial after a lower-case name ("vriend van timo t, ken je toch"): one letter
  between a name and a comma or a full stop is the surname's initial;
- an English word of size before a name ("samen met big J", "lil Sem") belongs to the
  nickname (Dutch "kleine Daan" is the child described and stays);
- a two-word quote of which one word is a name ('een vriend van mama, "kees kanon"') is
  the nickname whole; a quote that says something ('"Daan, kom"') has a verb and stays.
"""

from __future__ import annotations

import re

from zorgdesk.domain.anonymise.detectors import FOREIGN_KINSHIP, RELATION_WORDS
from zorgdesk.domain.anonymise.person_nouns import word_for_a_person
from zorgdesk.domain.anonymise.person_slots import (
    ADVERBS,
    DETERMINERS,
    PERSON_PREPOSITIONS,
    PRONOUNS,
    finite_verb,
)
from zorgdesk.domain.anonymise.role_fit import is_title_word
from zorgdesk.domain.anonymise.vocatives import ADDRESS_WORDS

__all__ = ["rest_of_names"]

Token = tuple[int, int, str]

_SIZE_WORDS = frozenset(["big", "lil", "little", "yung", "young", "lille", "tiny"])
_QUOTES = "\"“”„'‘’"
_PREPOSITIONS = frozenset(["in", "op", "uit", "aan", "om", "onder", "over", "achter", "naast",
                           "tussen", "zonder", "tot", "sinds", "na", "via", "te"])


def _initial_after_name(text: str, tokens: list[Token], is_name: list[bool]) -> None:
    for i in range(1, len(tokens)):
        tok = tokens[i][2]
        if is_name[i] or len(tok) != 1 or not tok.isalpha() or not is_name[i - 1] \
                or text[tokens[i - 1][1]:tokens[i][0]] != " " or tok in "uiU":
            continue
        end = tokens[i][1]
        # "met jayla b en mij" too; "heb timo t gedaan" is "het"
        closes = text[end:end + 1] in tuple(",.;:!?)") or re.match(r" (?:en|of)\b", text[end:])
        if end < len(text) and closes and tokens[i - 1][2].islower() and tok.islower():
            is_name[i] = True  # "timo t, ken je toch": no capital rule reads it


def _size_before_name(text: str, tokens: list[Token], words: list[str],
                      is_name: list[bool]) -> None:
    for i in range(1, len(tokens)):
        if is_name[i] and not is_name[i - 1] and words[i - 1] in _SIZE_WORDS \
                and tokens[i - 1][2].islower() and text[tokens[i - 1][1]:tokens[i][0]] == " ":
            is_name[i - 1] = True


def _plain_word(word: str, lexicon) -> bool:
    """A word that says something rather than names: a verb, pronoun, article, adverb,
    word of address or for a person."""
    return (word in DETERMINERS or word in PRONOUNS or word in ADVERBS
            or word in ADDRESS_WORDS or word_for_a_person(word) or finite_verb(word, lexicon)
            or word in PERSON_PREPOSITIONS or word in _PREPOSITIONS or is_title_word(word)
            or word in RELATION_WORDS or word in FOREIGN_KINSHIP or len(word) < 3)


def _quoted_pairs(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                  lexicon) -> None:
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if text[a[1]:b[0]] != " " or text[a[0] - 1:a[0]] not in _QUOTES or a[0] == 0 \
                or text[b[1]:b[1] + 1] not in _QUOTES or is_name[i] == is_name[i + 1] \
                or not (a[2].isalpha() and a[2].islower() and b[2].isalpha()
                        and b[2].islower()):
            continue  # only a nickname in lower case: capitals are the capital rules' work
        other = i + 1 if is_name[i] else i
        if not _plain_word(words[other], lexicon):
            is_name[other] = True


def rest_of_names(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                  lexicon) -> None:
    """Mark the rest of the names described above in ``is_name``."""
    _initial_after_name(text, tokens, is_name)
    _size_before_name(text, tokens, words, is_name)
    _quoted_pairs(text, tokens, words, is_name, lexicon)
