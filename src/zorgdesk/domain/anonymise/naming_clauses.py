"""The name a clause of calling gives, with other words between: "Moeders vriend heet
volgens Daan tonijn", "Op de club heet ze pluis", "Zijn zus noemt hem thuis de beer", "De
jongens noemen haar sinds de zomer ook spriet".

"heten" and "noemen" end their clause with the name they give (the predicate after the
subject and the object); an adverbial may stand between ("volgens Daan", "thuis", "sinds
de zomer ook"). So the last word of such a clause is the name when:

- the clause calls a person: "noemen" has a person as its object ("hem", "haar", a name;
  "Ze noemen het op school pesten" calls a thing), "heten" a person as its subject ("Moeders
  vriend", "hij"; inverted "heet ze"; "Het spel heet tikkertje" names a game);
- the word is a bare noun or a noun after "de" ("de beer"): no adjective ("noemen hem
  thuis lief", "de beste"), no infinitive or plural in -en ("samenwerken"), no adverb
  ("Hoe heet ze eigenlijk?"), and no "een" or possessive before it ("een loser": what he
  is, not what he is called).
The words right after the verb (``names._strong_name_place``) are found already; this
module adds the clauses with words between.
"""

from __future__ import annotations

from zorgdesk.domain.anonymise.detectors import FOREIGN_KINSHIP, RELATION_WORDS
from zorgdesk.domain.anonymise.person_slots import (
    ADVERBS,
    DETERMINERS,
    PERSON_PREPOSITIONS,
    PRONOUNS,
    adjective,
    finite_verb,
    strict_adjective,
)

__all__ = ["MORE_ADVERBS", "names_of_calling_clauses"]

Token = tuple[int, int, str]

_CALLING = frozenset(["noemt", "noemen", "noemde", "noemden", "noem"])
_NAMED = frozenset(["heet", "heette", "heten", "heetten"])
_OBJECTS = frozenset(["hem", "haar", "hen", "elkaar", "zichzelf", "mij", "me", "jou", "ons"])
_SUBJECTS = frozenset(["hij", "zij", "ze", "ik", "jij", "je", "u"])
# Adverbs a calling clause often has that the slot lists lack.
MORE_ADVERBS = frozenset([
    "daarom", "daarna", "sindsdien", "stiekem", "gewoon", "eigenlijk", "expres", "weleens",
    "allemaal", "steeds", "nog", "inmiddels", "tegenwoordig", "vroeger", "graag", "liever",
    "officieel", "eens", "nu", "ook", "soms", "vaak", "altijd", "nooit", "echt", "zelf"])
# Words for a person, as subject of "heten".
_PEOPLE = frozenset([
    "vriend", "vriendin", "vriendje", "vriendinnetje", "broer", "broertje", "zus", "zusje",
    "neef", "neefje", "nicht", "nichtje", "oom", "ome", "tante", "opa", "oma", "buurman",
    "buurvrouw", "buurjongen", "buurmeisje", "man", "vrouw", "jongen", "meisje", "vader",
    "moeder", "stiefvader", "stiefmoeder", "klasgenoot", "klasgenootje", "oppas", "kind",
    "baby", "partner", "hond", "kat", "poes"])
_MAX_BETWEEN = 6


def _ends_clause(text: str, tokens: list[Token], k: int) -> bool:
    after = text[tokens[k][1]:tokens[k + 1][0]] if k + 1 < len(tokens) else text[tokens[k][1]:]
    return not after.strip() and k + 1 >= len(tokens) or after.strip()[:1] in tuple(".,;:!?)")


def _name_word(word: str, lexicon) -> bool:
    return (len(word) >= 3 and word not in ADVERBS and word not in MORE_ADVERBS
            and word not in _PEOPLE and word not in RELATION_WORDS
            and word not in FOREIGN_KINSHIP  # "noemt hem dziadzio": what he is to her
            and word not in DETERMINERS and word not in PRONOUNS
            and word not in PERSON_PREPOSITIONS and not word.endswith(("en", "ste"))
            and not finite_verb(word, lexicon)
            and not (adjective(word, lexicon) and strict_adjective(word, lexicon)))


def _person_subject(tokens: list[Token], words: list[str], is_name: list[bool], verb: int,
                    text: str) -> bool:
    """A person before "heet" in its clause ("Moeders vriend heet"), or right after it
    ("heet ze")."""
    if verb + 1 < len(tokens) and words[verb + 1] in _SUBJECTS:
        return True
    for k in range(verb - 1, max(-1, verb - 5), -1):
        if words[k] in _PEOPLE or words[k] in _SUBJECTS or is_name[k]:
            return True
        if text[tokens[k][1]:tokens[k + 1][0]].strip():
            return False
    return False


def names_of_calling_clauses(text: str, tokens: list[Token], words: list[str],
                             is_name: list[bool], lexicon) -> None:
    """Mark the name that ends a clause of calling (see the module doc) in ``is_name``."""
    for v, word in enumerate(words):
        if word in _CALLING:
            if v + 1 >= len(tokens) or not (words[v + 1] in _OBJECTS or is_name[v + 1]):
                continue
            first = v + 2
        elif word in _NAMED and _person_subject(tokens, words, is_name, v, text):
            first = v + 2 if v + 1 < len(tokens) and words[v + 1] in _SUBJECTS else v + 1
        else:
            continue
        end = _clause_end(text, tokens, words, first, lexicon)
        if end is None or is_name[first]:
            continue  # the name is found already ("heet Tomasz Nowak volgens moeder")
        k = _before_a_phrase(words, first, end)
        before = words[k - 1] if k > first else ""
        owner = k - 2 >= first and words[k - 2] in DETERMINERS and words[k - 2] != "de"
        if (before in DETERMINERS and before != "de") or owner:
            continue  # "een loser", "zijn (kleine) maatje": what he is
        if (tokens[k][2].islower() and not is_name[k] and _name_word(words[k], lexicon)
                and not (before == "de" and adjective(words[k], lexicon))):
            is_name[k] = True


def _clause_end(text: str, tokens: list[Token], words: list[str], first: int,
                lexicon) -> int | None:
    """The last token of the clause from ``first`` on (a few words at most), or None
    where a new verb begins first."""
    for k in range(first, min(len(tokens), first + _MAX_BETWEEN)):
        if text[tokens[k - 1][1]:tokens[k][0]].strip() or (
                k > first and finite_verb(words[k - 1], lexicon)):
            return None  # the clause ended or a new verb began
        if _ends_clause(text, tokens, k):
            return k
    return None


_PHRASE_PREPOSITIONS = frozenset(["bij", "van", "voor", "door", "op", "in", "met", "onder"])


def _before_a_phrase(words: list[str], first: int, end: int) -> int:
    """"heet ze lieveling bij hem": the name before a closing phrase of a preposition and
    a pronoun or noun (with its article); else the last word."""
    if end - 2 >= first and words[end - 1] in _PHRASE_PREPOSITIONS:
        return end - 2
    if end - 3 >= first and words[end - 2] in _PHRASE_PREPOSITIONS \
            and words[end - 1] in DETERMINERS:
        return end - 3
    return end
