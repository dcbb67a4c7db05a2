"""A Dutch noun as the subject of a reported clause is a nickname: "Daan zegt dat Tijger
hem in de gang duwde", "zei dat kikker zijn fiets had gepakt".

After a verb of saying and "dat", a singular countable noun without an article cannot be
the clause's subject in Dutch ("dat de kikker ..."); where it stands before what was done
to someone (an object pronoun or a possessive: "hem", "haar", "zijn") and the clause says
what only a person does ("duwde", "gepakt", "geslagen"), it is what someone is called.
Guards, so ordinary Dutch stays: no mass noun ("dat geld haar zorgen geeft", "dat eten
hem misselijk maakt"), no word for a person, kin, role or institution ("dat school hem
belde"), no plural, no verb, adjective or adverb; the clause must have a person's verb.
"""

from __future__ import annotations

from zorgdesk.domain.anonymise.detectors import RELATION_WORDS
from zorgdesk.domain.anonymise.person_nouns import (
    HURT,
    human_action,
    institution,
    word_for_a_person,
)
from zorgdesk.domain.anonymise.person_slots import (
    ADVERBS,
    DETERMINERS,
    PERSON_HEADS,
    PRONOUNS,
    adjective,
    finite_verb,
)
from zorgdesk.domain.anonymise.role_fit import is_title_word
from zorgdesk.domain.anonymise.vocatives import ADDRESS_WORDS, is_noun
from zorgdesk.domain.text import fold

__all__ = ["kin_named_by_a_noun", "nouns_as_clause_subjects"]

Token = tuple[int, int, str]

_SAYING = frozenset(["zei", "zegt", "zeggen", "zeiden", "vertelde", "vertelt", "vertelden",
                     "schreef", "schrijft", "appte", "appt", "meldde", "meldt", "beweert",
                     "beweerde", "denkt", "dacht", "weet", "wist", "hoorde", "zag", "ziet"])
_OBJECTS = frozenset(["hem", "haar", "mij", "me", "ons", "hen", "zijn", "jou", "jouw", "mijn"])
# Nouns Dutch does use bare as a subject: mass nouns and abstracts.
_MASS = frozenset(["geld", "eten", "water", "drinken", "werk", "school", "huiswerk", "tijd",
                   "drank", "alcohol", "drugs", "muziek", "sport", "spelen", "gamen", "pijn",
                   "angst", "stress", "ruzie", "geweld", "honger", "dorst", "slaap", "koorts",
                   "liefde", "hulp", "zorg", "straf", "regen", "lawaai", "geluid", "licht",
                   "vuur", "rook", "bloed", "snoep", "suiker", "medicatie", "thuis", "gym",
                   "zwemmen", "voetbal", "televisie", "tv", "internet", "social", "nieuws"])
# Participles of taking and hurting ("had gepakt", "heeft hem geslagen").
_DONE = HURT | frozenset(["gepakt", "afgepakt", "gestolen", "gejat", "weggepakt", "gegooid",
                          "kapotgemaakt", "vernield", "gestoken", "gebeten"])
_CLAUSE_ENDS = frozenset(".,;:!?()\n\"“”")
# Animals that bite, scratch and kick, written bare in a hurried note ("zei dat hond hem
# had gebeten"): read as a name the summary says a person bit him (review s34). Insects
# and wild animals stay candidates: "Mug", "Vlo", "Tijger" are nicknames in the corpora.
_ANIMALS = frozenset(["hond", "kat", "poes", "paard", "pony", "koe", "geit", "ezel",
                      "konijn", "cavia", "hamster", "rat", "muis", "kip", "haan", "gans",
                      "schaap", "varken", "slang", "vogel", "papegaai", "parkiet", "hondje",
                      "katje", "poesje", "puppy", "kitten"])


def _candidate(word: str, tok: str, lexicon) -> bool:
    return (len(word) >= 3 and tok.isalpha() and (tok.islower() or tok[1:].islower())
            and word in lexicon.words and fold(word) not in lexicon.allow
            and word not in _MASS and word not in _ANIMALS and word not in RELATION_WORDS
            and word not in ADDRESS_WORDS and word not in DETERMINERS
            and word not in PRONOUNS and word not in ADVERBS and not institution(word)
            and not word_for_a_person(word) and not is_title_word(word)
            and not word.endswith(PERSON_HEADS) and not word.endswith(("en", "s"))
            and not finite_verb(word, lexicon) and is_noun(word, lexicon)
            and not (adjective(word, lexicon) and not _diminutive(word, lexicon)))


def _diminutive(word: str, lexicon) -> bool:
    """"vliegje", "spinnetje": a noun, though "vlieger" makes "vlieg" look like an
    adjective ("ziek" has no "ziekje")."""
    return any(form in lexicon.words for form in (
        word + "je", word + "tje", word + "pje", word + "etje", word + word[-1] + "etje"))


# A module-level docstring covers both rules; this one is "zei dat kikker zijn fiets".


def _person_acts_in_clause(text: str, tokens: list[Token], words: list[str], i: int) -> bool:
    """A verb only a person does after token ``i``, before the clause ends."""
    for k in range(i + 1, min(len(tokens), i + 10)):
        if any(c in _CLAUSE_ENDS for c in text[tokens[k - 1][1]:tokens[k][0]]):
            return False
        if human_action(words[k]) or words[k] in _DONE:
            return True
    return False


def nouns_as_clause_subjects(text: str, tokens: list[Token], words: list[str],
                             is_name: list[bool], lexicon) -> None:
    """Mark such nouns as names in ``is_name`` (see the module doc)."""
    for i in range(2, len(tokens) - 1):
        if is_name[i] or words[i - 1] != "dat" or words[i - 2] not in _SAYING:
            continue
        # "zegt dat friet en sjakie hem hebben geschopt": over "en" and a name
        nxt = i + 3 if words[i + 1] in ("en", "of") and i + 3 < len(tokens) \
            and is_name[i + 2] else i + 1
        if words[nxt] not in _OBJECTS \
                or any(text[tokens[k][1]:tokens[k + 1][0]] != " " for k in range(i - 2, nxt)):
            continue
        if _candidate(words[i], tokens[i][2], lexicon) \
                and _person_acts_in_clause(text, tokens, words, nxt):
            is_name[i] = True


_OWNERS = frozenset(["zijn", "haar", "hun", "mijn", "onze", "jouw", "je"])
_KIN = frozenset(["broer", "zus", "broertje", "zusje", "neef", "nicht", "oom", "tante",
                  "vriend", "vriendin", "vriendje", "stiefvader", "stiefbroer", "stiefzus",
                  "halfbroer", "halfzus", "buurjongen", "buurmeisje", "opa", "oma"])
# A subordinate clause puts the object before the verb ("dat haar broer vis eet").
_SUBORDINATORS = frozenset(["dat", "omdat", "als", "toen", "terwijl", "nadat", "voordat",
                            "zodat", "wanneer", "of", "die", "wie", "waar", "waardoor",
                            "hoewel", "tenzij", "zodra", "sinds", "totdat", "doordat"])


def _verb(word: str, lexicon) -> bool:
    """A finite verb, also a plural ("hangen": "hangt" is a word)."""
    return finite_verb(word, lexicon) or (
        word.endswith("en") and len(word) > 4 and word[:-2] + "t" in lexicon.words)


def _main_clause(text: str, tokens: list[Token], words: list[str], i: int, lexicon) -> bool:
    """Token ``i`` opens the main clause: no subordinating word and no finite verb
    between the sentence's start and it ("Woensdag komt zijn oma koffie drinken": after
    the verb the kin group is the subject, the noun the object of "drinken", review s34)."""
    k = i - 1
    while k >= 0 and not any(c in ".!?\n:;" for c in text[tokens[k][1]:tokens[k + 1][0]]):
        if words[k] in _SUBORDINATORS or finite_verb(words[k], lexicon):
            return False
        k -= 1
    return True


def kin_named_by_a_noun(text: str, tokens: list[Token], words: list[str],
                        is_name: list[bool], lexicon) -> None:
    """"Buurmeisje Kim en haar broer vlieg hangen rond": a possessive, a kin word, then a
    bare noun before the main clause's verb names that kinsman ("haar broer slaapt",
    "dat zijn vader bier drinkt", "haar broer Kees" stay or are the capital rules')."""
    for i in range(2, len(tokens) - 1):
        if is_name[i] or words[i - 2] not in _OWNERS or words[i - 1] not in _KIN \
                or not tokens[i][2].islower():
            continue
        if any(text[tokens[k][1]:tokens[k + 1][0]] != " " for k in (i - 2, i - 1, i)):
            continue
        if _verb(words[i + 1], lexicon) and _candidate(words[i], tokens[i][2], lexicon) \
                and _main_clause(text, tokens, words, i - 2, lexicon):
            is_name[i] = True
