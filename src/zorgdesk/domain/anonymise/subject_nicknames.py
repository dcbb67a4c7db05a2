"""A bare diminutive as the subject of a subordinate clause: "vertelde dat kruimeltje zijn
jas had verstopt", "omdat bolletje het wil".

Dutch gives a common noun in the subject its article ("dat het meisje", "omdat de hond");
a diminutive is always a count noun, so without one it is a name (pet names are very
often diminutives in -je, -tje, -ie). "dat" is also the article of every diminutive ("zei
dat meisje", "dat stukje tekst"), so after "dat" the word counts only where a clause
follows: after a verb of saying or knowing, and with a word after it that cannot continue
a noun phrase (a pronoun, a possessive, an adverb or a finite verb: "kruimeltje zijn jas",
not "stukje tekst", "huisje van oma", "eitje lekker"). Words for persons and kin stay
("zei dat zusje ziek was": informal, but the sister).
"""

from __future__ import annotations

from zorgdesk.domain.anonymise.person_slots import (
    ADVERBS,
    DETERMINERS,
    PRONOUNS,
    SPEECH_VERBS,
    finite_verb,
)

__all__ = ["diminutive_subjects"]

Token = tuple[int, int, str]

_CONJUNCTIONS = frozenset(["omdat", "toen", "terwijl", "nadat", "zodat", "voordat", "als",
                           "wanneer", "zodra"])
_SAYING = frozenset([*SPEECH_VERBS, "vertelt", "denkt", "dacht", "weet", "wist", "vindt",
                     "vond", "hoorde", "hoort", "merkte", "beweert", "beweerde", "zeggen",
                     "zeiden", "vertelden", "denken", "dachten", "meldt", "meldde"])
_DIMINUTIVE = ("je", "ie", "kie", "pie")
_KIN_AND_PERSONS = frozenset([
    "zusje", "broertje", "meisje", "jongetje", "kindje", "vriendje", "vriendinnetje",
    "neefje", "nichtje", "buurmeisje", "buurjongetje", "klasgenootje", "mannetje",
    "vrouwtje", "baby'tje", "schatje", "liefje", "maatje", "oppasje", "zoontje",
    "dochtertje", "kleintje", "ventje", "jochie", "opaatje", "omaatje", "mammie", "pappie",
    "oudje", "vadertje", "moedertje", "ouwetje", "lieverdje"])


def _subordinate(words: list[str], text: str, tokens: list[Token], i: int) -> bool:
    """Token ``i`` follows a conjunction that opens a subordinate clause."""
    if i == 0 or text[tokens[i - 1][1]:tokens[i][0]] != " ":
        return False
    before = words[i - 1]
    if before in _CONJUNCTIONS:
        return True
    return before == "dat" and i >= 2 and (
        words[i - 2] in _SAYING or text[tokens[i - 2][1]:tokens[i - 1][0]].strip() == ",")


def diminutive_subjects(text: str, tokens: list[Token], words: list[str],
                        is_name: list[bool], lexicon) -> None:
    """Mark bare diminutive subjects (see the module doc) in ``is_name``."""
    for i in range(1, len(tokens) - 1):
        word = words[i]
        if (is_name[i] or not tokens[i][2].islower() or len(word) < 5
                or not word.endswith(_DIMINUTIVE) or word in _KIN_AND_PERSONS
                or not _subordinate(words, text, tokens, i)
                or text[tokens[i][1]:tokens[i + 1][0]] != " "):
            continue
        nxt = words[i + 1]
        if nxt in DETERMINERS or nxt in PRONOUNS or nxt in ADVERBS or finite_verb(nxt, lexicon):
            is_name[i] = True
