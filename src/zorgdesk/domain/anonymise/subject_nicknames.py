"""A bare diminutive where Dutch needs an article before a common noun: the subject of a
subordinate clause ("vertelde dat kruimeltje zijn jas had verstopt", "omdat bolletje het
wil"), after a preposition that takes persons ("volgens kruimeltje", "bij kruimeltje.")
or a verb of speaking ("zei kruimeltje"). Not opening a sentence, nor after "met" or
"zonder": notes drop articles in telegraph style ("Filmpje stond online", "kwam met
briefje", "zonder streepje"). Measures and times that Dutch
uses bare stay ("beetje bij beetje", "stukje bij beetje"); so do words for persons and
kin. Also a count noun as the subject after the finite verb of an inverted main clause,
before its object pronoun ("Tijdens de pauze pestte spijker hem"; "Toen sloeg vader hem",
"Toen belde school haar" stay: kin and institutions go bare).

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

import re

from zorgdesk.domain.anonymise.person_nouns import human_action
from zorgdesk.domain.anonymise.person_slots import (
    ADVERBS,
    DETERMINERS,
    PERSON_PREPOSITIONS,
    PRONOUNS,
    SPEECH_VERBS,
    finite_verb,
    starts_message,
    unknown_word,
)
from zorgdesk.domain.anonymise.vocatives import is_noun

__all__ = ["diminutive_subjects"]

Token = tuple[int, int, str]

_CONJUNCTIONS = frozenset(["omdat", "toen", "terwijl", "nadat", "zodat", "voordat", "als",
                           "wanneer", "zodra"])
_SAYING = frozenset([*SPEECH_VERBS, "vertelt", "denkt", "dacht", "weet", "wist", "vindt",
                     "vond", "hoorde", "hoort", "merkte", "beweert", "beweerde", "zeggen",
                     "zeiden", "vertelden", "denken", "dachten", "meldt", "meldde"])
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


# Diminutives Dutch uses without an article: measures, times, fixed phrases.
_BARE_DIMINUTIVES = frozenset([
    "beetje", "stukje", "momentje", "ietsje", "tikje", "tikkeltje", "pietsje", "dagje",
    "weekje", "uurtje", "kwartiertje", "nachtje", "keertje", "tweetjes", "drietjes",
    "tukje", "dutje", "slokje", "hapje", "kopje", "glaasje", "bordje", "schepje", "plakje",
    "scheutje", "handje", "mondjesmaat", "lepeltje", "snufje", "puntje", "spelletje",
    "toetje", "tussendoortje", "zakcentje", "zakgeld", "cadeautje"])
# Words that go bare as a subject: kin, titles, institutions ("Toen belde school haar").
_BARE_SUBJECTS = frozenset([
    "vader", "moeder", "papa", "mama", "pa", "ma", "opa", "oma", "oom", "tante", "juf",
    "meester", "school", "werk", "kerk", "politie", "gemeente", "thuis", "opvang", "bso",
    "zorg", "jeugdzorg", "wijkteam", "huisarts", "dokter", "broer", "zus", "directie",
    "regen", "sneeuw", "hagel", "zon", "wind", "mist", "onweer"])
_OBJECTS = frozenset(["hem", "haar", "ze", "hen", "mij", "me", "jou", "je", "ons"])
# Prepositions before a person, hardly before a thing without its article: notes write
# "met briefje", "zonder streepje", "op papiertje" in telegraph style, never "volgens
# papiertje".
_PERSONS_ONLY = frozenset(["volgens", "bij", "tegen", "naast"])
_PREPOSITIONS = frozenset(["bij", "in", "op", "aan", "met", "van", "voor", "door", "naar",
                           "uit", "over", "onder", "tegen", "om", "tot", "na", "zonder",
                           "sinds", "tijdens", "achter", "naast", "langs", "binnen", "buiten"])


_PET_IE = re.compile(r".*(?:([bdfgklmnprstvz])\1|(?:oe|ee|aa|oo|ui|ij)[kp])ie")


def _diminutive(word: str) -> bool:
    """"kruimeltje", "stekkie", "snoepie": -je, or the -ie of pet forms after a doubled
    consonant or a long vowel and k/p ("vakantie", "familie", "therapie" are no
    diminutives)."""
    if len(word) < 5 or word in _KIN_AND_PERSONS or word in _BARE_DIMINUTIVES \
            or word in PRONOUNS or word in DETERMINERS:
        return False
    return word.endswith("je") or bool(_PET_IE.fullmatch(word))


def _no_noun_after(text: str, tokens: list[Token], words: list[str], i: int,
                   lexicon) -> bool:
    """Nothing after token ``i`` continues a noun phrase ("met kopje thee" would)."""
    if i + 1 >= len(tokens) or text[tokens[i][1]:tokens[i + 1][0]].strip():
        return True
    nxt = words[i + 1]
    return (nxt in DETERMINERS or nxt in PRONOUNS or nxt in ADVERBS or nxt in ("en", "of")
            or finite_verb(nxt, lexicon))


def _diminutive_place(text: str, tokens: list[Token], words: list[str], i: int,
                      lexicon) -> bool:
    spaced = i > 0 and text[tokens[i - 1][1]:tokens[i][0]] == " "
    if spaced and words[i - 1] in SPEECH_VERBS:
        return True  # "zei kruimeltje"
    if spaced and words[i - 1] in _PERSONS_ONLY:
        return _no_noun_after(text, tokens, words, i, lexicon)  # "volgens kruimeltje."
    if i + 1 >= len(tokens) or text[tokens[i][1]:tokens[i + 1][0]] != " ":
        return False
    nxt = words[i + 1]
    return _subordinate(words, text, tokens, i) and (
        nxt in DETERMINERS or nxt in PRONOUNS or nxt in ADVERBS or finite_verb(nxt, lexicon))


def _inverted_subject(text: str, tokens: list[Token], words: list[str], i: int,
                      is_name: list[bool], lexicon) -> bool:
    """"Tijdens de pauze pestte spijker hem": fronted phrase, finite verb, a bare count
    noun (it has a plural and a diminutive), an object pronoun."""
    if i < 2 or i + 1 >= len(tokens) or words[i + 1] not in _OBJECTS:
        return False
    if words[i + 1] in ("je", "jij") and words[i] + "en" in lexicon.words:
        return False  # "hey schat kom je thuis?": a verb before its subject "je"
    if any(text[tokens[k][1]:tokens[k + 1][0]] != " " for k in (i - 2, i - 1, i)):
        return False
    word, words_ = words[i], lexicon.words
    # the short pronouns PRONOUNS leaves out: "Zo noemt ze haar oppas" ("zes", "zetje")
    if (word in _BARE_SUBJECTS or word in _KIN_AND_PERSONS or word in PRONOUNS
            or word in ("ze", "we", "je", "ik", "u", "me")
            or word in _PREPOSITIONS or word in PERSON_PREPOSITIONS
            or word in DETERMINERS or word in ADVERBS or not finite_verb(words[i - 1], lexicon)
            or is_name[i - 2] or words[i - 2] in PRONOUNS or starts_message(text, tokens, i - 1)
            or word in lexicon.allow or finite_verb(word, lexicon)):
        return False
    return (word + "s" in words_ or word + "en" in words_) and any(
        word + d in words_ for d in ("je", "tje", "pje", "etje", word[-1] + "etje"))


def _agent_subject(text: str, tokens: list[Token], words: list[str], i: int,
                   lexicon) -> bool:
    """"zegt dat worst haar fiets afpakte": any bare count noun as the subject of a
    subordinate clause whose verb only a person does (a mass noun goes bare: "dat brood
    hem misselijk maakte")."""
    word = words[i]
    if not _subordinate(words, text, tokens, i):
        return False  # the cheap test first: it rules out almost every word
    if (word in _BARE_SUBJECTS or word in _KIN_AND_PERSONS or word in _BARE_DIMINUTIVES
            or len(word) < 3 or word in PRONOUNS or word in DETERMINERS or word in ADVERBS
            or finite_verb(word, lexicon) or word in lexicon.allow
            or not _diminutive_place(text, tokens, words, i, lexicon)
            or not (is_noun(word, lexicon) or unknown_word(word, lexicon))):
        return False
    for k in range(i + 1, min(len(tokens), i + 9)):
        if text[tokens[k - 1][1]:tokens[k][0]].strip() or words[k] in ("en", "maar", "of"):
            return False
        if human_action(words[k]):
            return True
    return False


def diminutive_subjects(text: str, tokens: list[Token], words: list[str],
                        is_name: list[bool], lexicon) -> None:
    """Mark bare diminutives and inverted subjects (see the module doc) in ``is_name``."""
    for i in range(len(tokens)):
        word = words[i]
        tok = tokens[i][2]
        if (not is_name[i] and tok[:1].isupper() and tok[1:].islower()
                and not starts_message(text, tokens, i)
                and _inverted_subject(text, tokens, words, i, is_name, lexicon)):
            is_name[i] = True  # "In de pauze duwde Bezem hem": a capital, and a person's place
            continue
        if is_name[i] or not (tokens[i][2].islower() or starts_message(text, tokens, i)):
            continue
        if tokens[i][2].islower() and _agent_subject(text, tokens, words, i, lexicon):
            is_name[i] = True
            continue
        if (_diminutive(word) and _diminutive_place(text, tokens, words, i, lexicon)) or (
                tokens[i][2].islower()
                and _inverted_subject(text, tokens, words, i, is_name, lexicon)):
            is_name[i] = True
