"""Remove identifying data from free text before it leaves the laptop.

Two layers, in this order:
1. Names the vault knows (pupil, family, staff, other pupils, school, place) in every
   form: full name, given name, surname with/without tussenvoegsel, possessive
   ("Sanne's", "Sannes"), initials ("S.", "S.d.V.", "SdV"), any case, with or without
   diacritics. These always win: a known name is never left in, even when it is also
   an ordinary Dutch word ("Roos", "Bram", "Jong", "Wit"). One leaked name defeats the
   purpose of an anonymous consultation; a removed ordinary word only costs readability.
   One exception: written in lower case right after an article or a possessive ("ze
   tekende een roos"), the word is the word, not the pupil Roos.
2. Detectors for the kinds the vault does not know (see ``detectors.py``), plus an
   optional extra detector passed in by the caller (e.g. a library for unknown names).

Matching runs on a folded copy of the text (case and diacritics removed) with an
index map back to the original, so every offset is valid against the original text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from zorgdesk.domain.anonymise.compound_words import without_compound_words
from zorgdesk.domain.anonymise.detectors import Detection, detect_all
from zorgdesk.domain.anonymise.first_chars import compile_fast
from zorgdesk.domain.anonymise.glued_names import glued_names
from zorgdesk.domain.anonymise.name_index import (
    NameIndex,
    fold_with_map,
    known_hits,
    nickname_words,
)
from zorgdesk.domain.anonymise.name_index import f as fold_part
from zorgdesk.domain.anonymise.name_variants import name_variants
from zorgdesk.domain.anonymise.names import VERBS_BEFORE_JE
from zorgdesk.domain.anonymise.person_predicates import (
    a_feeling,
    a_person_acts,
    a_person_follows,
    a_thing_name,
    conjunction_dat,
)
from zorgdesk.domain.anonymise.person_slots import (
    RUN_ON_OPENERS,
    before_a_noun,
    verb_later_in_sentence,
)
from zorgdesk.domain.anonymise.public_sites import known_words, public_site
from zorgdesk.domain.anonymise.replacements import (
    STRUCTURED_KINDS,
    TAGS,
    TUSSENVOEGSELS,
    AnonymisedText,
    Replacement,
    merge_detections,
)
from zorgdesk.domain.anonymise.replacements import render as _render
from zorgdesk.domain.anonymise.role_fit import fit_roles, title_before
from zorgdesk.domain.anonymise.short_forms import short_forms

__all__ = [
    "AnonymisedText", "Detection", "KnownName", "NameIndex", "Replacement", "anonymise",
    "fold_with_map", "remove_original", "remove_span", "undo_replacement", "TAGS",
]

Detector = Callable[[str], Iterable[Detection]]


@dataclass(frozen=True)
class KnownName:
    """A name (or other literal) the vault knows, with the role it is replaced by.

    Give ``first``/``tussenvoegsel``/``last`` when known (pupils); otherwise the parts
    are derived from ``name``. ``literal`` matches the text exactly (phone numbers,
    e-mail addresses, school name) without name variants. ``nicknames``: what the IB
    recorded as "Ook genoemd" ("Kruimel", "de Beer"); each is a form of this person's
    name (with possessive and diminutive, any case, no initials), so it gets the
    person's tag and is kept, replaced or put back exactly as the name is.
    """

    name: str
    role: str = ""
    first: str = ""
    tussenvoegsel: str = ""
    last: str = ""
    literal: bool = False
    nicknames: tuple[str, ...] = ()

    @property
    def tag(self) -> str:
        return f"[{self.role}]" if self.role else TAGS["naam"]


# -- matching --------------------------------------------------------------------

def _known_hits(text: str, known: Sequence[KnownName]) -> list[Replacement]:
    """Every known name in ``text`` through the one index for this list (built once)."""
    return known_hits(text, [NameIndex.of(tuple(known))])


# Between the two halves of a place named as an elided compound: "Hei- en Boeicop".
_ELIDED_JOIN = re.compile(r"-[ \t]+(?:en|of)[ \t]+")


def merge_adjacent(text: str, items: list[Replacement]) -> list[Replacement]:
    """"[leerling] [leerling]" -> one tag when two parts of one name sit side by side;
    "[plaats]- en [naam]" -> one place when both halves of "Hei- en Boeicop" went."""
    merged: list[Replacement] = []
    for r in items:
        if merged:
            prev = merged[-1]
            gap = text[prev.end:r.start]
            if (prev.known and r.known and prev.replacement == r.replacement
                    and gap.strip() == "" and len(gap) <= 2):
                merged[-1] = replace(prev, end=r.end, original=text[prev.start:r.end])
                continue
            place = TAGS["plaats"]
            if (not prev.known and not r.known and _ELIDED_JOIN.fullmatch(gap)
                    and place in (prev.replacement, r.replacement)):
                merged[-1] = replace(prev, end=r.end, original=text[prev.start:r.end],
                                     replacement=place, kind="plaats")
                continue
        merged.append(r)
    return merged


# Before a noun, never before a name: "een roos", "de bakker", "haar storm".
_DETERMINERS = frozenset(["een", "de", "het", "die", "deze", "dit", "dat", "zo'n", "geen",
                          "elke", "iedere", "mijn", "zijn", "haar", "onze", "ons", "hun",
                          "jullie", "uw"])


# After these a lower-case word that is also a word is the word: "werd wit", "er is hoop".
_COPULAS = frozenset(["is", "was", "werd", "wordt", "worden", "werden", "blijft", "bleef",
                      "lijkt", "leek", "raakte", "raakt"])
# A capitalised article opening a sentence with a lower-case word: "De boer bracht melk".
_ARTICLE_WORD = re.compile(r"(?:De|Het) ([a-zà-ÿ]+)$")


def _without_ordinary_nouns(text: str, hits: list[Replacement],
                            is_word: Callable[[str], bool] | None = None,
                            nicknames: frozenset[str] = frozenset()) -> list[Replacement]:
    """A known name that is also a word, written in lower case right after an article or
    a possessive, is the word: "ze tekende een roos" keeps "roos" when a pupil is called
    Roos ("Roos", "roos" alone and "een Roos" still go).

    With a word list (``is_word``, from the name detector) also, for real Dutch words only:
    after a copula ("werd wit", "er is hoop"), joined by "en"/"of" to another lower-case
    word that is no name ("door storm en regen"), and an article with a lower-case word
    that together form a surname, without a title before ("De boer bracht melk"; "mevrouw
    de wit" still goes, and so does "met roos gespeeld" or "visser is me vriend").

    A recorded nickname (``nicknames``: ``name_index.nickname_words``) after an article
    is still the person when its clause says what only a person does or feels: "de beer
    slaat mama weer" (as the index decides in its ``_the_word``)."""
    spans = {(h.start, h.end) for h in hits}
    out = []
    for h in hits:
        word = h.original
        before = text[max(0, h.start - 12):h.start].rsplit(None, 1) if h.start else []
        previous = before[-1].casefold() if before and text[h.start - 1:h.start] == " " else ""
        if previous not in _DETERMINERS and is_word is not None:
            previous = _article_before_adjective(text, h.start, is_word) or previous
        if is_word is not None and _a_plural(text, h, is_word, nicknames):
            continue
        if (word.isalpha() and word.islower() and previous in _DETERMINERS
                # a name no dictionary has is no noun ("mijn kacper is ziek"), nor the
                # one a relative clause of naming gives ("de jongen die sem heet")
                and (is_word is None or is_word(word)) and not _named(text, h.end, previous)
                # "zei dat mees haar sloeg" is the person; "zei dat mees op het huisje
                # zat" the bird: a name that is a word for a thing needs a person's predicate
                and not (conjunction_dat(text, h.start, previous) and (
                    is_word is None or not a_thing_name(word)
                    or a_person_follows(text, h.end)))
                and not (fold_part(word) in nicknames and a_person_acts(text, h.end))):
            continue
        if is_word is not None and _the_word(text, h, previous, spans, is_word):
            continue
        if is_word is not None and _interjection(text, h, is_word):
            continue
        if _verb_before_je(text, h):
            continue
        out.append(h)
    return out



# "de laatste kruimel", "een rode roos": an inflected adjective between the article and
# the word (its base has a comparative or superlative in the word list: "rood" - "roder").
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])([A-Za-z']+) ([a-zà-ÿ]{3,}e) $")


def _article_before_adjective(text: str, start: int, is_word: Callable[[str], bool]) -> str:
    """The article before an adjective right before ``start``, or "": then the word after
    them is the noun that article opens, as right after it (review s37)."""
    m = _ADJECTIVE_BEFORE.search(text, max(0, start - 30), start)
    if not m or m.group(1).casefold() not in _DETERMINERS or m.group(2) in _PERSON_WORDS:
        return ""
    stem = m.group(2)[:-1]
    stems = {stem, stem[:-1] + stem[-2] + stem[-1] if len(stem) >= 2 else stem}
    stems |= {s[:-1] + {"z": "s", "v": "f"}[s[-1]] for s in list(stems) if s[-1:] in "zv"}
    if stem.endswith("st") and is_word(stem):
        return m.group(1).casefold()  # "laatste", "grootste": a superlative
    return m.group(1).casefold() if any(
        is_word(s + "er") or is_word(s + "der") or is_word(s + "st") for s in stems) else ""


# A possessive stands before its noun ("Kruimels moeder"); a place word follows a plural.
_PLACE_WORDS = frozenset(["in", "op", "onder", "boven", "achter", "naast", "tussen", "voor",
                          "bij", "uit", "aan", "over", "langs", "rond", "om", "van", "met"])


def _a_plural(text: str, h: Replacement, is_word: Callable[[str], bool],
              nicknames: frozenset[str]) -> bool:
    """"Er zaten kruimels in zijn bed": a recorded nickname that is a word, in lower case
    with "-s" and no noun after it, is the word's plural, not the person's possessive
    (review s37: "Er zaten [leerling] in zijn bed" said the child was there)."""
    word = h.original
    if not (word.isalpha() and word.islower() and word.endswith("s") and is_word(word)
            and fold_part(word[:-1]) in nicknames):
        return False
    after = re.match(r" ([a-zà-ÿ]+)", text[h.end:h.end + 30])
    if before_a_noun(text, h.end, is_word) and not (after and after.group(1) in _PLACE_WORDS):
        return False
    return not a_person_acts(text, h.end)

def _the_word(text: str, h: Replacement, previous: str, spans: set[tuple[int, int]],
              is_word: Callable[[str], bool]) -> bool:
    word = h.original
    article = _ARTICLE_WORD.fullmatch(word)
    if article and is_word(article.group(1)):
        return title_before(text, h.start) is None and _opens_sentence(text, h.start)
    if not (word.isalpha() and word.islower() and is_word(word)):
        return False
    if (previous in _COPULAS and h.kind == "achternaam") or _existential(text, h.start):
        return True  # a surname two people share: "er is hoop", "werd wit"; "er was storm"
    if _joined_to_a_person(text, h):
        return False  # "mama en visser ruzie": joined to a person, it is the person
    if before_a_noun(text, h.end, is_word) and _an_adjective(word, is_word) \
            and not _feeling_next(text, h.end):
        return True  # an adjective before its noun: "stond wit krijt" ("adam boos" is none)
    # "storm en regen", "regen of storm": two words of one kind (never "roos en mama").
    # "jade en andere edelstenen": "andere" before a noun for things, not people.
    other = re.match(r" (?:en|of) (?:andere|ander|meer) ([a-zà-ÿ]{3,})\b", text[h.end:h.end + 50])
    if other and other.group(1) not in _PERSON_WORDS and is_word(other.group(1)):
        return True
    after = re.match(r" (?:en|of) ([a-zà-ÿ]{3,})\b", text[h.end:h.end + 40])
    if after and _a_plain_word(after.group(1), h.end + after.start(1), spans, is_word):
        return True
    offset = max(0, h.start - 40)
    before = re.search(r"(?<![\w-])([a-zà-ÿ]{3,}) (?:en|of) $", text[offset:h.start])
    return bool(before) and _a_plain_word(before.group(1), offset + before.start(1), spans,
                                          is_word)


def _named(text: str, end: int, previous: str) -> bool:
    """"die sem heet": "die" is a relative pronoun there, before a verb of naming."""
    return previous == "die" and bool(re.match(r"\s+(?:heet|heette|heten)\b",
                                              text[end:end + 12]))


def _existential(text: str, start: int) -> bool:
    """"er was storm", "was er storm", "er is ook storm": after "er" and a copula (and an
    adverb or two) comes a thing, no person. The same in a clause, with its verb last:
    "dat er storm was", "of er storm op komst is" (a person there is "dat storm er was")."""
    m = re.search(r"(?i)\b(?:er\s+(\w+)|(\w+)\s+er)(?:\s+\w+){0,2}?\s+$",
                  text[max(0, start - 40):start])
    if m and (m.group(1) or m.group(2)).casefold() in _COPULAS:
        return True
    return bool(_CLAUSE_ER.search(text, max(0, start - 20), start)) and bool(
        _CLAUSE_VERB.match(text, start))


# "dat er storm was": a clause opened by a conjunction and "er", its verb of being last.
_CLAUSE_ER = compile_fast(r"(?i)\b(?:dat|of|omdat|toen|als|terwijl|zodat|wanneer|nadat|"
                          r"voordat|doordat)\s+er\s+$")
_CLAUSE_VERB = re.compile(r"\w+(?:\s+[a-zà-ÿ]+){0,4}?\s+(?:is|was|waren|zijn|komt|kwam|"
                          r"kwamen|komen|wordt|werd|geweest)\b")


def _feeling_next(text: str, end: int) -> bool:
    """"dat frank boos was", "dat wen ziek thuis bleef": a feeling after the word is said
    of it, no noun for it to qualify (session 34: 4 leaks of 6,768 generated sentences)."""
    m = re.match(r" ([a-zà-ÿ]+)", text[end:end + 30])
    return bool(m) and a_feeling(m.group(1))


def _an_adjective(word: str, is_word: Callable[[str], bool]) -> bool:
    """A word with a superlative in the word list ("wit" - "witst", "groen" - "groenst",
    "rood" - "roodst"): only an adjective stands before a noun without its article, a
    given name never ("toen adam boos werd"). Not the comparative: too many names plus
    "-er" are words ("bo" - "boer", "wout" - "wouter", "mei" - "meier")."""
    return len(word) >= 3 and is_word(word + "st")


# A pet form in -ie with a doubled consonant ("Jippie" for Jip, "Timmie") that is also a
# word is an interjection ("Jippie, riep hij", "Jippie! Vrij!") where it stands alone: an
# exclamation mark, or a comma and then a verb of speaking or a subject that is no "je".
_PET_SHAPE = re.compile(r"(?i)[^\W\d_]*([^\W\d_aeiou])\1ie")
_ALONE = re.compile(r"\s*(?:!|,\s*(?:riep|roept|zei|zegt|schreeuwde|gilde|juichte|lachte|"
                    r"we|wij|ik|hij|zij|ze|het|er|dat|dit|eindelijk)\b)", re.IGNORECASE)
_SPOKEN_TO = re.compile(r"(?i)^\W*(?:\w+\W+){0,3}?(?:je|jij|jullie)\b")


def _interjection(text: str, h: Replacement, is_word: Callable[[str], bool]) -> bool:
    word = h.original
    if not (_PET_SHAPE.fullmatch(word) and is_word(word.lower())):
        return False
    alone = _ALONE.match(text, h.end)
    return bool(alone) and not _SPOKEN_TO.match(text[alone.end():alone.end() + 40])


_PERSON_BEFORE = re.compile(r"(?<![\w-])([a-zà-ÿ]{2,}) (?:en|of) $")


def _joined_to_a_person(text: str, h: Replacement) -> bool:
    """"mama en visser", "visser of papa": "en"/"of" join words of one kind, so a known
    name joined to a word for a person is that person, whatever follows it."""
    before = _PERSON_BEFORE.search(text, max(0, h.start - 20), h.start)
    after = re.match(r" (?:en|of) ([a-zà-ÿ]{2,})\b", text[h.end:h.end + 30])
    return bool((before and before.group(1) in _PERSON_WORDS)
                # "jade en andere edelstenen": "andere" is the next noun's, not a person
                or (after and after.group(1) in _PERSON_WORDS and after.group(1) != "andere"))


_JE_CLAUSE = re.compile(r" (?:je|jij)\b")


def _verb_before_je(text: str, h: Replacement) -> bool:
    """"Wil je koffie?", "Toon je kaart.": a known name that is also a verb, opening a
    sentence before "je"/"jij", is the verb, unless a verb follows the "je" ("Wil je bent
    lief", "Wil je jas ligt daar" speak to her)."""
    word = h.original.lower()
    clause = _JE_CLAUSE.match(text, h.end)
    if not (clause and h.original.istitle() and _opens_sentence(text, h.start)
            and (word in VERBS_BEFORE_JE or word in _MODALS)):
        return False
    return not verb_later_in_sentence(text, h.end)


# Modal and auxiliary forms that open a question before "je" ("Wil je ...", "Kan je ...").
_MODALS = frozenset(["wil", "kan", "mag", "moet", "zal", "heb", "bent", "hebt", "wilt",
                     "kunt", "zult", "mocht", "wou", "kon", "zou", "was"])


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 8):start].rstrip(" \t\"'“‘(")
    return (not before and start <= 8) or (bool(before) and before[-1] in ".!?:;\n")


def _a_plain_word(word: str, start: int, spans: set[tuple[int, int]],
                  is_word: Callable[[str], bool]) -> bool:
    return (is_word(word) and word not in _PERSON_WORDS and word not in _DETERMINERS
            and not any(s <= start < e for s, e in spans))


# Words for people: "met roos en mama" joins a name to a person, not two things.
_PERSON_WORDS = frozenset([
    "mama", "papa", "mam", "pap", "oma", "opa", "tante", "oom", "juf", "meester", "moeder",
    "vader", "broer", "zus", "zusje", "broertje", "vriend", "vriendin", "vriendje", "hem",
    "haar", "hen", "hun", "mij", "jou", "jij", "ons", "jullie", "die", "iemand", "niemand",
    "iedereen", "anderen", "andere", "zichzelf", "elkaar", "buurman", "buurvrouw", "neef",
    "nicht", "kinderen", "kind", "jongen", "meisje", "man", "vrouw", "ouders", "leerkracht",
    # plurals: "jade en andere meisjes" is a girl, "jade en andere edelstenen" the stone
    "meisjes", "jongens", "leerlingen", "klasgenoten", "klasgenootjes", "vriendjes",
    "vriendinnen", "vriendinnetjes", "vrienden", "broers", "zussen", "broertjes", "zusjes",
    "neven", "nichten", "nichtjes", "neefjes", "buren", "mannen", "vrouwen", "volwassenen",
    "leerkrachten", "juffen", "meesters", "mensen", "kids", "tieners", "jongeren"])



def _someone_else(text: str, chosen: list[Replacement]) -> list[Replacement]:
    """"Tante Fenna Bakker" when only Ingrid Bakker is known: an unknown given name right
    before one known word is another person with that surname, so the known word gets no
    role ("[naam]"); it stays final (known) all the same. The same for a known given name
    before an unknown surname ("Rik Hoekstra" when the father is Rik Jansen)."""
    out = list(chosen)

    def other_person(known: Replacement, unknown: Replacement, gap: str) -> bool:
        return (known.known and not unknown.known and unknown.kind == "naam" and gap == " "
                and " " not in known.original.strip() and known.original[:1].isupper()
                and unknown.original[:1].isupper() and known.replacement != TAGS["naam"])

    for i in range(1, len(out)):
        before, r = out[i - 1], out[i]
        gap = text[before.end:r.start]
        if other_person(r, before, gap):
            out[i] = replace(r, replacement=TAGS["naam"])  # "Fenna Bakker"
        elif other_person(before, r, gap):
            out[i - 1] = replace(before, replacement=TAGS["naam"])  # "Rik Hoekstra"
    return out


def _without_public_sites(text: str, detections: list[Detection],
                          known: Sequence[KnownName], detector: Detector | None
                          ) -> list[Detection]:
    """Drop the url hits that are public institutions' sites ("www.thuisarts.nl"): facts.
    Needs the word list of the name detector; without it every url goes."""
    is_word = getattr(detector, "is_word", None)
    if is_word is None or not any(d.kind == "url" for d in detections):
        return list(detections)
    allowed = getattr(detector, "is_allowed", None)
    words = known_words(k.name for k in known)

    def named_by(word: str) -> bool:
        return is_word(word) or (allowed is not None and (allowed(word)
                                                           or allowed(word.upper())))

    return [d for d in detections
            if d.kind != "url" or not public_site(text[d.start:d.end], named_by, words)]


# Where a street is someone's address: after a word of living, moving or address.
_LIVES_AT = compile_fast(r"(?i)\b(?:woon\w*|wonen|verhuis\w*|adres\w*|logeer\w*|logeren|"
                         r"verblijf\w*|post|brief|brieven)\b[^.;:!?\n]{0,30}$")


# Squares and paths every town has take "het" or stand alone ("op het Schoolplein", "over
# het Fietspad", "Speelplein, kleine pauze"); a named street takes "de" ("bij de Aldi op de
# Hoofdstraat", "aan de Kerkstraat") and is an address where someone lives or works.
_STREET_ARTICLE = re.compile(r"\bde\s+$")


def _without_word_streets(text: str, detections: list[Detection],
                          detector: Detector | None) -> list[Detection]:
    """Drop a street without a house number that is written with ordinary Dutch words
    only, not after "de" ("op het Schoolplein", "over het Fietspad"), unless a word of
    living or address stands before it ("woont aan de Dorpsstraat"). Such a street is
    found in hundreds of towns and the capital is often only emphasis; with a number, or
    where someone lives, it stays an address. Needs the name detector's word list;
    without it every street goes."""
    is_word = getattr(detector, "is_word", None)
    if is_word is None:
        return detections

    def a_word_street(d: Detection) -> bool:
        words = text[d.start:d.end].split()  # "Op het Marktplein" opening a sentence
        return (d.kind == "adres" and all(w.isalpha() and is_word(w.lower()) for w in words)
                and not _STREET_ARTICLE.search(text, max(0, d.start - 4), d.start)
                and not _LIVES_AT.search(text, max(0, d.start - 50), d.start))
    return [d for d in detections if not a_word_street(d)]


# A relative's word before capitals: what follows may be shouted ("papa NOOIT"); after a
# formal title it is a surname however it is written ("mevrouw GROOT", "meneer Pool").
_FAMILY_TITLE = compile_fast(r"(?i)\b(?:papa|mama|pap|mam|oma|opa|vader|moeder|oom|ome|tante)\s+$")


def _without_titled_words(text: str, detections: list[Detection],
                          detector: Detector | None) -> list[Detection]:
    """Drop a name after a family word that is an ordinary word shouted in capitals, which
    no name list has ("papa NOOIT", "OMA IS DOOD"). An allowed word after a title stays a
    name ("Buurman Pool", "mevrouw Engels"). Needs the name detector's word lists."""
    is_word = getattr(detector, "is_word", None)
    is_proper = getattr(detector, "is_proper", None)
    if is_word is None or is_proper is None:
        return detections

    def shouted(word: str) -> bool:
        return word.isalpha() and word.isupper() and is_word(word.lower()) \
            and not is_proper(word.capitalize()) \
            and not (len(word) > 2 and is_proper(word))  # "IS" (a group) is no name
    out: list[Detection] = []
    for d in detections:
        titled = d.kind == "naam" and _SHOUTED_TITLE.search(text, max(0, d.start - 12), d.start)
        if d.kind == "naam" and _FAMILY_TITLE.search(text, max(0, d.start - 8), d.start):
            start = _after_shouted(text, d, shouted)
            if start is None:
                continue
            d = replace(d, start=start)
        if titled:
            d = replace(d, end=_shouted_name_end(text, d, shouted))
        out.append(d)
    return out


# A title in capitals before a name in capitals: a shouted sentence, where case no longer
# marks where the name ends ("OPA VAN DIJK SLAAT MIJ." printed "OPA [naam].").
_SHOUTED_TITLE = re.compile(r"\b(?:PAPA|MAMA|OMA|OPA|VADER|MOEDER|OOM|OME|TANTE|JUF|MEESTER|"
                            r"BUURMAN|BUURVROUW|MEVROUW|MENEER)\s+$")


def _shouted_name_end(text: str, d: Detection, shouted: Callable[[str], bool]) -> int:
    """Where a shouted name ends: before the first ordinary word after a name word that no
    particle leads into ("OPA VAN DIJK | SLAAT MIJ", "JUF DE VRIES | IS LIEF"; "MEESTER
    BRAM DE GROOT | ZAG HET": 'GROOT' after 'DE' is the surname)."""
    if not text[d.start:d.end].isupper():
        return d.end
    name_end, after_particle = None, False  # name_end: the end of the last name word
    for m in re.finditer(r"\S+", text[d.start:d.end]):
        word = m.group()
        if word.casefold() in TUSSENVOEGSELS:
            after_particle = True
            continue
        if name_end is not None and not after_particle and shouted(word.strip(".,!?")):
            return name_end
        name_end, after_particle = d.start + m.end(), False
    return d.end


_COPULAS = frozenset(["is", "was", "wordt", "werd", "blijft", "bleef", "lijkt", "leek"])


def _after_shouted(text: str, d: Detection, shouted: Callable[[str], bool]) -> int | None:
    """Where the name starts after the shouted words that open ``d`` ("MOEDER OVER HET
    VERZUIM VAN DAAN": at "DAAN"; a particle between them is shouted too), or None when
    every word is shouted. A particle opening the name stays its part ("OMA VAN DIJK")."""
    seen_shouted = False
    for m in re.finditer(r"\S+", text[d.start:d.end]):
        word = m.group()
        # ... but not on a particle: "OMA DE JONG GAF MIJ EEN KLAP" names her (review s38)
        opens_a_sentence = m.start() == 0 and m.end() < d.end - d.start \
            and text[d.start:d.end].isupper() and word.casefold() not in TUSSENVOEGSELS
        if shouted(word) and (word.casefold() in _COPULAS or opens_a_sentence):
            # "MAMA IS BOOS", "OOM KOMT VANAVOND", "MAMA GAF MIJ EEN KLAP": a shouted
            # sentence opening on its verb, no name (a name in it is the name rules')
            return None
        if shouted(word):
            seen_shouted = True
        elif not (seen_shouted and word.isupper() and word.casefold() in TUSSENVOEGSELS):
            return d.start + m.start()
    return None


def _unless_named(text: str, detections: Sequence[Detection],
                  is_word: Callable[[str], bool] | None) -> Callable[[str], bool] | None:
    """``is_word``, but False for a word the name detector took for a name here."""
    named = {text[d.start:d.end].lower() for d in detections if d.kind == "naam"}
    if is_word is None or not named:
        return is_word
    return lambda word: is_word(word) and word.lower() not in named


def anonymise(text: str, known: Sequence[KnownName], detector: Detector | None = None
              ) -> AnonymisedText:
    """Replace known names by role and detected identifiers by neutral tags.

    ``detector`` is an optional extra detector (e.g. a Dutch de-identification library);
    the built-in detectors always run as well. A detection that reaches past a known
    name adds only its own part (``replacements.merge_detections``, the same rule as the
    later deduce hits): the known name keeps its role tag and can never be put back.

    The text is composed first (NFC; ``result.original`` is the composed text): pasted
    text may carry "e" + a combining mark (macOS, some PDFs), where the name rules stop
    mid-word and leave a surname ("[naam]\u0308 U\u0308nal"). Every caller (the summary,
    the CLI) gets it here, so none can forget it.
    """
    text = unicodedata.normalize("NFC", text or "")
    detections = _without_titled_words(text, _without_word_streets(
        text, _without_public_sites(text, detect_all(text), known, detector), detector),
        detector)
    if detector is not None:
        detections.extend(detector(text))
    # Known names first; every detection goes on top by the shared rule, so a hit that
    # reaches past a known name never costs it its role tag (see replacements.py).
    shared: dict[int, set[str]] = {}
    is_word = getattr(detector, "is_word", None)
    index = NameIndex.of(tuple(known))
    hits = _without_ordinary_nouns(text, known_hits(text, [index], shared), is_word,
                                   nickname_words(n for person in known
                                                  for n in getattr(person, "nicknames", ())))
    # "Rodri" for Rodrigo: a cut form of a known given name (short_forms.py); a word that
    # is also a Dutch word counts where the name detector found a name ("met wiki en nati").
    hits = sorted([*hits, *short_forms(text, index, _unless_named(text, detections, is_word),
                                       hits)], key=lambda r: r.start)
    # "kacprem", "memet", "lotteee": a declined, misspelt or stretched known name.
    is_proper = getattr(detector, "is_proper", None)
    hits = sorted([*hits, *name_variants(text, index, is_word, is_proper, hits)],
                  key=lambda r: r.start)
    # "#teamDaan", "AdamHaters", "daan2014": a known name glued into a longer word; a
    # handle, address or number the detectors found keeps its own tag ("snap: daan2014").
    structured = [d for d in detections if d.kind in STRUCTURED_KINDS]
    hits = sorted([*hits, *glued_names(text, index, is_word, [*hits, *structured])],
                  key=lambda r: r.start)
    # "Beer-achtig": the ordinary word joined to a known name stays ("[stiefvader]-achtig").
    detections = _without_known_handles(text, without_compound_words(text, detections, hits,
                                                                     is_word), hits)
    chosen, _ = merge_detections(text, fit_roles(text, hits, shared), detections)
    chosen = _with_handle_tails(text, merge_adjacent(text, _someone_else(text, chosen)),
                                is_word, is_proper)
    return AnonymisedText(_render(text, chosen), chosen, text)


# A name going on as a user name after a dot or an underscore ("lina.x", "kenzo.r",
# "kenzo_.2014"): lower case and digits glued on, no space (a sentence's full stop has one,
# a capital after it is the next sentence run on); a file's ending is no part of a name.
_NAME_HANDLE_TAIL = re.compile(r"(?:[._]+[a-z0-9]+)+_*(?![\w@]|\.\w)")
_FILE_TAILS = frozenset(["pdf", "doc", "docx", "odt", "txt", "jpg", "jpeg", "png", "heic",
                         "mp4", "mov", "xlsx", "pptx", "zip", "nl", "com", "be", "org"])


def _without_known_handles(text: str, detections: list, hits: list[Replacement]) -> list:
    """A user name of a known name and one letter ("kenzo.r"): the name's hit with its
    tail (``_with_handle_tails``) keeps the person's role, as before user names of one
    letter after the dot were found ("hiraaa.q")."""
    starts = {h.start: h.end for h in hits if h.known}
    return [d for d in detections if not (
        d.kind == "account" and d.start in starts and d.end - text.rfind(".", d.start, d.end) == 2
        and _NAME_HANDLE_TAIL.fullmatch(text, starts[d.start], d.end))]


def _with_handle_tails(text: str, chosen: list[Replacement],
                       is_word: Callable[[str], bool] | None = None,
                       is_proper: Callable[[str], bool] | None = None) -> list[Replacement]:
    out = []
    for r in chosen:
        tail = (r.known or r.kind in ("naam", "account")) and _NAME_HANDLE_TAIL.match(
            text, r.end)
        if tail and tail.group().lstrip("._").split(".")[-1] not in _FILE_TAILS \
                and not _run_on_word(tail.group(), is_word, is_proper) \
                and not any(o.start < tail.end() and o.end > r.end for o in chosen):
            r = replace(r, end=tail.end(), original=text[r.start:tail.end()])
        out.append(r)
    return out


def _run_on_word(tail: str, is_word: Callable[[str], bool] | None,
                 is_proper: Callable[[str], bool] | None) -> bool:
    """".daarna" in "Ik zag Lina.daarna ging ze weg": one Dutch word after a dot is the
    next sentence run on, no user name (review s35 R10); ".bakker" (a surname too), ".x",
    "_2014" stay a handle's tail."""
    word = tail[1:]
    if tail[0] == "." and word in RUN_ON_OPENERS:
        return True  # "Daan.morgen komt hij": "Morgen" is a surname too, here it opens
    return (is_word is not None and tail[0] == "." and len(word) >= 3 and word.isalpha()
            and is_word(word)
            and not (is_proper is not None and is_proper(word.capitalize())))


# -- manual edits in the preview --------------------------------------------------

def remove_span(result: AnonymisedText, out_start: int, out_end: int) -> AnonymisedText:
    """Mark more text as [verwijderd]; offsets are in ``result.text`` (a selection)."""
    if out_end <= out_start:
        return result
    return remove_original(result, result.to_original(out_start), result.to_original(out_end))


def remove_original(result: AnonymisedText, start: int, end: int) -> AnonymisedText:
    """Mark [start, end) of ``result.original`` as [verwijderd] (a decision re-applied)."""
    if end <= start:
        return result
    # Swallow every replacement the selection touches so nothing is half-removed.
    for r in result.replacements:
        if r.start < end and start < r.end:
            start, end = min(start, r.start), max(end, r.end)
    inner = [r for r in result.replacements if start <= r.start and r.end <= end]
    rest = [r for r in result.replacements if not (start <= r.start and r.end <= end)]
    known = any(r.known for r in inner)  # a swallowed known name stays un-undoable
    kind = "verwijderd"
    new = Replacement(start, end, result.original[start:end], TAGS["verwijderd"], kind, known)
    items = sorted([*rest, new], key=lambda r: r.start)
    return AnonymisedText(_render(result.original, items), items, result.original)


def undo_replacement(result: AnonymisedText, index: int) -> AnonymisedText:
    """Put a detector hit back (a false positive). Known names can never be put back."""
    target = result.replacements[index]
    if target.known:
        raise PermissionError("Een naam die in de kluis staat kan niet worden teruggezet.")
    items = [r for i, r in enumerate(result.replacements) if i != index]
    return AnonymisedText(_render(result.original, items), items, result.original)
