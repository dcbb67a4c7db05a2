"""A run of capitals in a lower-case text hides the mark of a name (issue 16, stop 38).

Dutch writes a name with a capital and an ordinary word without; the capital cue of
``name_flags`` and the rules read that mark. A writer who types a run in capitals in an
otherwise lower-case note ("en daaronder DE ZWARTE KAT EN KNOERT") takes the mark away
from every word in it, so no word of the run is proven ordinary: its nouns are doubts.

What a run in capitals also is, and is left alone: a heading or a label (the run opens
its line, stands before ":", or the rest of its line is capitals too), a shouted sentence (a
pronoun or a finite verb in the run: "IK MAAK JE AF"), a single word in capitals
("NOOIT", "HEEL", "IBAN", "EA-MATCH": most often emphasis or an acronym), a noun
written loud after its article ("had een MES bij zich"), an allowed word, and a text
written mostly in capitals (its capitals mark nothing).

Pure functions over the tokens of ``name_flags``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zorgdesk.domain.anonymise.person_nouns import human_action
from zorgdesk.domain.anonymise.person_slots import DETERMINERS, listed_finite_verb

__all__ = ["IN_CAPITALS", "capital_run_flags"]

IN_CAPITALS = "mogelijk een (bij)naam: in hoofdletters, dus zonder de hoofdletter van een naam"

Token = tuple[int, int, str]

# A pronoun makes a run a clause, said or shouted ("IK MAAK JE AF", "WIJ ZIJN ER").
_PRONOUNS = frozenset(["ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "jullie", "u",
                       "mij", "me", "jou", "hem", "haar", "ons", "hen", "hun", "dit", "dat"])

_TAG = re.compile(r"\[[^\]\[\n]*\]")


def _lower_share(text: str) -> float:
    """The share of lower-case letters outside the rules' tags ("[leerling]")."""
    letters = [c for c in _TAG.sub("", text) if c.isalpha()]
    return sum(c.islower() for c in letters) / len(letters) if letters else 0.0


def _runs(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """Index ranges [a, b) of tokens in capitals (two letters or more) joined by spaces."""
    out, a = [], None
    for k, (_s, _e, word) in enumerate(toks):
        upper = len(word) >= 2 and word.isupper()
        if upper and a is not None and text[toks[k - 1][1]:toks[k][0]] != " ":
            out.append((a, k))
            a = None
        if upper and a is None:
            a = k
        elif not upper and a is not None:
            out.append((a, k))
            a = None
    if a is not None:
        out.append((a, len(toks)))
    return out


def _heading(text: str, toks: list[Token], a: int, b: int) -> bool:
    """A heading or a label: the run opens its line ("IBAN vader ...", "INZAGE
    LEERLINGDOSSIER - afdruk"), stands before ":", or the rest of its line is mostly
    capitals too ("[naam] ERNSTIG INCIDENT (BETROKKEN GROEP)")."""
    line_start = text.rfind("\n", 0, toks[a][0]) + 1
    line_end = text.find("\n", toks[a][0])
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    opens = text[line_start:toks[a][0]].strip(" \t-•*#0123456789.)[]") == "" \
        or re.fullmatch(r"[\s\W\d]*(?:\[[^\]\n]*\][\s\W\d]*)*", text[line_start:toks[a][0]])
    rest = line[:toks[a][0] - line_start] + line[toks[b - 1][1] - line_start:]
    return bool(opens) or text[toks[b - 1][1]:].lstrip(" \t")[:1] == ":" \
        or _lower_share(rest) < 0.5


def _loud(toks: list[Token], a: int, b: int, lexicon) -> bool:
    """A shouted sentence ("IK MAAK JE AF": a pronoun or a finite verb from the lists)
    or a noun written loud after its (lower-case) article."""
    words = [toks[k][2].lower() for k in range(a, b)]
    if any(w in _PRONOUNS or listed_finite_verb(w) or human_action(w) for w in words):
        return True
    before = toks[a - 1][2] if a > 0 else ""
    return before in DETERMINERS


def capital_run_flags(text: str, toks: list[Token], lexicon,
                      noun: Callable[[str], bool]) -> dict[int, str]:
    """Token index -> ``IN_CAPITALS`` for the nouns of each run of capitals that is no
    heading, no shouting and no emphasis, in a text not written in capitals. ``noun`` is the
    caller's test for a lower-case word that can be a nickname."""
    if _lower_share(text) < 0.3:
        return {}  # a text in capitals: its capitals mark nothing
    out: dict[int, str] = {}
    for a, b in _runs(text, toks):
        if b - a < 2 or not any(len(toks[k][2]) >= 4 for k in range(a, b)) \
                or _heading(text, toks, a, b) or _loud(toks, a, b, lexicon):
            continue
        for k in range(a, b):
            word = toks[k][2]
            if len(word) >= 3 and any(c in "AEIOUY" for c in word) and noun(word):
                out[k] = IN_CAPITALS
    return out
