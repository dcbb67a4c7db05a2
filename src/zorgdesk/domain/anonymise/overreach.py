"""Guards against overreach: facts the unknown-name detector would otherwise take for an
identifier. Each guard reads one signal of grammar or word formation; the word lists stay
in resources/lexicon (``niet-namen.txt``: games, apps, series and national employers).

- ``ordinary_compound``: "ouderportaal", "schoolapp" are Dutch compounds of two dictionary
  words; after "account" such a word says what the account is for, not who holds it
  ("darkwolfie", "gijsvrml", "daan_2014" are no compounds and still go, nor is
  "lotjedanst", whose head is a verb). A first part
  that is an inflected adjective ("stoerejongen") makes no Dutch compound (that would be
  "stoerjongen"), so it stays a user name.
- ``caps_abbreviation``: capitals with a version in Roman numerals ("WISC-V", "DSM-IV"),
  or without a vowel after an article ("de SDQ"), are an abbreviation; initials ("PJK")
  follow no article, and a name in capitals has a vowel ("BRYN").
- ``emphasis``: an ordinary word in capitals that no name list has ("NOOIT", "DOOD") is
  shouted, not a name ("ROOS" and "KACPER" are names too and still go).
- ``letter_compound``: a capital letter and a hyphen before an ordinary word ("T-shirt",
  "X-benen", "U-bocht") is a word; the word list files them with the proper nouns.
- ``things_named``: what someone eats, drinks, smokes or takes, with the subject right before
  the verb ("Vader drinkt Heineken", "hij eet alleen Nutella en Pringles"), and one brand
  word between "een" and a noun ("een Samsung telefoon") are things; a person stands after a
  preposition ("drinkt met Kevin"), before "als" ("een Kowalczyk als buurman"), or after
  the verb when a phrase opens the sentence ("Thuis eet Sanne Smit niets": the subject).
  A character dressed up as is no person either ("verkleed als Elsa uit Frozen").
- ``before_a_dose``: a capitalised word right before a dose ("Concerta 36 mg") is a medicine.
- ``listed_with_a_noun``: a capitalised word opening a sentence, listed with an ordinary
  noun ("Roos, tulp en lelie", "Koning en Koningin", "Bakker en visser") is one of the
  nouns; beside a person ("Roos en moeder", "Roos en klasgenoot Sem"), a determiner
  ("Bakker en zijn vrouw") or a name ("Visser en Bakker") it stays a name.
- ``noun_before_voor``: a capitalised ordinary noun opening a sentence right before "voor"
  ("Post voor vader", "Brood voor de pauze") heads a noun phrase; a surname there would be
  followed by a verb ("Post belde").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zorgdesk.domain.anonymise.first_chars import compile_fast

__all__ = ["ACCOUNT_KINDS", "HEAD_PREPOSITIONS", "before_a_dose", "caps_abbreviation",
           "emphasis", "letter_compound", "listed_with_a_noun", "noun_before_voor",
           "ordinary_compound", "things_named"]

# Dutch linking sounds between the parts of a compound ("ouder-s-avond", "pann-en-koek").
_LINKS = ("", "s", "en")


# Heads of compounds that say what an account is for ("ouderportaal", "schoolapp"). A
# compound with another head after "account" is a user name made of words
# ("paardenmeisje", "voetbalkoning"; review s31: they leaked).
ACCOUNT_KINDS = ("portaal", "app", "mail", "site", "omgeving", "account", "programma",
                 "platform", "systeem", "agenda", "rooster", "dossier", "module", "pagina")


def ordinary_compound(word: str, is_word: Callable[[str], bool],
                      is_verb: Callable[[str], bool]) -> bool:
    """Whether ``word`` (lower case, letters only) splits into two dictionary words of at
    least three letters, optionally with a linking s or en, its head no finite verb
    ("lotjedanst" is a sentence run together, a user name) and its first part no
    inflected adjective (a word in -e whose stem is a word too)."""
    if not word.isalpha() or not word.islower() or len(word) < 7:
        return False
    for cut in range(3, len(word) - 2):
        first, head = word[:cut], word[cut:]
        if not is_word(head) or is_verb(head):
            continue
        for link in _LINKS:
            stem = first[:len(first) - len(link)] if link else first
            if len(stem) < 3 or (link and not first.endswith(link)) or not is_word(stem):
                continue
            if stem.endswith("e") and is_word(stem[:-1]):
                continue  # "stoere" + "jongen": an adjective, inflected as before a noun
            return True
    return False


# After a noun that heads a phrase: "Post voor vader". Not "van" or "met": a surname is
# often followed by them ("Bakker van het wijkteam", "Visser met zijn dochter").
HEAD_PREPOSITIONS = frozenset(["voor"])


_FOR_SOMEONE = re.compile(
    r"\s+(?:(?:de|het|zijn|haar|hun|mijn|alle)\s+)?(?:vader|moeder|papa|mama|ouders|oma|opa|"
    r"broer|zus|juf|meester|kinderen|kind|leerlingen|gezin|familie)\b")


def noun_before_voor(token: str, following: str, gap: str,
                     is_word: Callable[[str], bool], rest: str = "") -> bool:
    """A capitalised token opening a sentence that is an ordinary word in lower case, followed
    by one of ``HEAD_PREPOSITIONS`` after a single space and then by whom it is for ("voor
    vader", "voor de kinderen"): "Bakker voor de derde keer te laat" and "Roos voor de klas
    gezet" open on a name (a place before others, "voor de klas", is no one it is for)."""
    return (gap == " " and following in HEAD_PREPOSITIONS and token[:1].isupper()
            and token[1:].islower() and is_word(token.lower())
            and bool(_FOR_SOMEONE.match(rest)))


# A dose right after the word: "Concerta 36 mg", "Equasym 10 mg", "Melatonine 1,5 mg".
_DOSE = re.compile(r"\s\d+(?:[.,]\d+)?\s?(?:mg|milligram|ml|mcg|microgram|µg|gram)\b")


def before_a_dose(text: str, end: int) -> bool:
    """Whether a dose follows the word that ends at ``end``: a medicine's brand, no name
    (a person is followed by an age or an amount, "36 jaar", "10 euro")."""
    return bool(_DOSE.match(text, end))


_VOWELS = frozenset("AEIOUYÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ")
_ROMAN = frozenset(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "R"])


def caps_abbreviation(word: str, after_article: bool) -> bool:
    """``word`` in capitals (hyphens allowed) that no name can be: a version after a hyphen
    ("WISC-V", "DSM-IV", "WPPSI-R"), or no vowel at all right after an article ("de SDQ",
    "het KNVB"); elsewhere capitals without a vowel are initials ("de buurman (PJK)")."""
    parts = word.split("-")
    if not all(p.isupper() for p in parts if p):
        return False
    if len(parts) > 1 and parts[-1] in _ROMAN and len(parts[0]) >= 2:
        return True
    return after_article and not any(c in _VOWELS for c in word)


# Nouns for what someone does ("visser", "bakker", "schilder", "kapster"): listed beside
# another noun they are that work, also where the word list has them as a surname too.
_AGENT_ENDINGS = ("er", "ster", "aar", "eur", "ist", "in")


def listed_with_a_noun(tokens: list[tuple[int, int, str]], text: str, i: int,
                       is_word: Callable[[str], bool], is_proper: Callable[[str], bool],
                       is_other: Callable[[str], bool]) -> bool:
    """Whether token ``i`` (a capitalised ordinary word opening a sentence) is listed with
    an ordinary noun right after it: ", y" or " en y" / " of y". ``y`` is no name: in lower
    case a word no name list has, or a word for a trade ("visser"); with a capital a word
    the lists have only as a noun ("Koningin"). ``is_other`` tells a person word,
    determiner, pronoun or function word, which names stand beside."""
    tok = tokens[i][2]
    if not (tok[:1].isupper() and tok[1:].islower() and is_word(tok.lower())) \
            or is_other(tok.lower()):
        return False
    j = i + 1
    if j < len(tokens) and tokens[j][2].lower() in ("en", "of") \
            and text[tokens[i][1]:tokens[j][0]] == " ":
        j += 1
        gap = text[tokens[j - 1][1]:tokens[j][0]] if j < len(tokens) else ""
    else:
        gap = text[tokens[i][1]:tokens[j][0]] if j < len(tokens) else ""
        if gap != ", ":
            return False
    if j >= len(tokens) or gap not in (" ", ", "):
        return False
    other = tokens[j][2]
    low = other.lower()
    if not is_word(low) or is_other(low):
        return False
    if other.islower():
        return not is_proper(other.capitalize()) or low.endswith(_AGENT_ENDINGS)
    return other[:1].isupper() and other[1:].islower() and not is_proper(other)


def emphasis(token: str, is_word: Callable[[str], bool], is_proper: Callable[[str], bool]
             ) -> bool:
    return (len(token) >= 3 and token.isupper() and token.isalpha() and is_word(token.lower())
            and not is_proper(token.capitalize()) and not is_proper(token))


_LETTER_COMPOUND = re.compile(r"[A-Z]-([a-z]{3,})")


def letter_compound(token: str, is_word: Callable[[str], bool]) -> bool:
    m = _LETTER_COMPOUND.fullmatch(token)
    return bool(m) and is_word(m.group(1))


_RUN = r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2}"
# The subject stands right before the verb ("Vader drinkt Heineken", "hij eet alleen ..."):
# after a fronted phrase the run after the verb is its subject ("Thuis eet Sanne Smit
# niets", "Op school drinkt Fleur Jansen niets"), a person.
_CONSUMED = compile_fast(
    r"(?i:\b(?:hij|zij|ze|ik|we|wij|jij|je|u|men|vader|moeder|papa|mama|oma|opa|broer|zus|"
    r"oom|tante|het\s+kind|de\s+leerling)\s+)"
    r"\b(?:eet|at|aten|eten|drinkt|dronk|dronken|drinken|rookt|rookte|rookten|roken|snoept|"
    r"snoepte|slikt|slikte|gebruikt|gebruikte)\s+"
    r"(?:(?:elke|iedere)\s+[a-z]+\s+|(?:alleen|veel|vaak|graag|soms|nog|ook|weer|te)\s+)*"
    rf"(?P<run>{_RUN}(?:\s+(?:en|of)\s+{_RUN})*)")
# One capitalised word between "een"/"geen" and a noun: "een Samsung telefoon". Not after a
# possessive, and not two words: "een Sanne Smit gevoel" is a person's name.
_BRAND_BEFORE_NOUN = re.compile(
    r"\b(?:een|geen)\s+(?P<run>[A-Z][\w'’&-]*)\s+(?P<noun>[a-z]{3,})\b")


# A costume is a character: "verkleed als Spiderman", "verkleed als Elsa uit Frozen".
_COSTUME = re.compile(rf"\bverkle(?:e|ed)d(?:e|en)?(?:\s+zich)?\s+als\s+(?P<run>{_RUN}"
                      rf"(?:\s+uit\s+{_RUN})?)")


def things_named(text: str, is_noun: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of brands named as things and characters dressed up as (see the module's
    docstring); ``is_noun`` tells an ordinary word that is no verb, preposition, adverb or
    other function word."""
    spans = [(m.start("run"), m.end("run")) for m in _CONSUMED.finditer(text)]
    spans += [(m.start("run"), m.end("run")) for m in _COSTUME.finditer(text)]
    spans += [(m.start("run"), m.end("run")) for m in _BRAND_BEFORE_NOUN.finditer(text)
              if is_noun(m.group("noun"))]
    return spans
