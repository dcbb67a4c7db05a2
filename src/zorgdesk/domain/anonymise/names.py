"""Find UNKNOWN names in Dutch text with a word list instead of a language model.

Dutch does not capitalise nouns, so a capitalised word is a strong hint of a name:

- mid-sentence, a capitalised word is a name or place unless it is on the allowlist
  (institutions, nationalities, languages, holidays, months, school terms);
- at the start of a sentence (text start, after . ! ? : ; a newline, a quote, a bullet
  or an opening bracket) a capitalised word is a name when it is not an ordinary word
  (not in the lower-case word list), OR when the word list also has it as a proper
  noun ("Roos", "Bas", "Iris", "Mees", "Visser") and it is not a common sentence opener.
  This is biased to removing: "Boos kwam hij binnen" loses "Boos"; the benchmark
  reports what that costs;
- all-caps words (ROOS, KACPER) count like names unless they are known abbreviations
  (in the word list as written, or on the allowlist: GGD, ADHD);
- a name keeps its hyphens, apostrophes and diacritics (El-Amrani, D'Souza, Öztürk),
  possessives (Kacper's, Anouks) and tussenvoegsels between or before name words
  ("Anouk van der Meer", "'t Hart", "Jansen-de Vries");
- consistency: once a word is a name somewhere in the text, every capitalised
  occurrence of it goes too, also at the start of a sentence.

After a title or kinship word ("juf hanna", "tante roos", "oma truus") a lower-case
word is a name when it is not an ordinary word or is also a proper noun.

A lower-case word no dictionary has is a name where grammar needs a person ("toen
kacper binnenkwam", "zei zhenka"; ``person_slots``).

Known gaps (documented, not hidden):
- a lower-case name that is also a Dutch word, without a title or a person's place
  ("toen beer binnenkwam");
- an unknown name that is on the allowlist: surnames such as "Pool", "Fries", "Engels"
  are nationalities/languages there ("Frans" is left off on purpose: it is a common
  first name, so "spreekt Frans" loses "Frans");
- at the start of a sentence, a bare surname that is a common opener word on
  zinsbegin-woorden.txt ("Klein belde", "Groot zei"; "De Groot" and mid-sentence
  "Klein" are found);
- the other way round: an unknown compound opening a sentence
  ("Luizencontrole: ...") is taken for a name (a false positive; the IB can put it
  back in the preview). Names the vault knows are
removed by ``anonymise`` itself, in every case and form, before this detector runs.

Pure stdlib: the word lists come in as data (``NameLexicon``); reading them from disk
is the service layer's job (``zorgdesk.services.name_lexicon``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from zorgdesk.domain.anonymise.abbreviations import defines
from zorgdesk.domain.anonymise.chat_names import CHAT_SLANG, chat_names, user_names
from zorgdesk.domain.anonymise.clause_subjects import (
    kin_named_by_a_noun,
    nouns_as_clause_subjects,
)
from zorgdesk.domain.anonymise.detectors import (
    FOREIGN_KINSHIP,
    RELATION_WORDS,
    Detection,
    preposition_van,
)
from zorgdesk.domain.anonymise.first_chars import compile_fast
from zorgdesk.domain.anonymise.identifier_detectors import NOT_INITIALS
from zorgdesk.domain.anonymise.modifiers import MODIFIERS, modifies_next
from zorgdesk.domain.anonymise.name_parts import rest_of_names
from zorgdesk.domain.anonymise.naming_clauses import MORE_ADVERBS, a_person_word
from zorgdesk.domain.anonymise.nicknames import adjective_form, extend_nicknames
from zorgdesk.domain.anonymise.overreach import (
    ACCOUNT_KINDS,
    before_a_dose,
    caps_abbreviation,
    emphasis,
    letter_compound,
    listed_with_a_noun,
    noun_before_voor,
    ordinary_compound,
    things_named,
)
from zorgdesk.domain.anonymise.person_nouns import human_action, word_for_a_person
from zorgdesk.domain.anonymise.person_predicates import a_person_verb, a_thing_name
from zorgdesk.domain.anonymise.person_slots import (
    ADVERBS,
    DETERMINERS,
    NICKNAME_ADJECTIVES,
    PERSON_HEADS,
    PERSON_PREPOSITIONS,
    PRONOUNS,
    SPEECH_VERBS,
    adjective,
    bare_adjective_name,
    bare_subject,
    finite_verb,
    long_stem,
    person_compound,
    person_place,
    title_nickname,
    unknown_word,
    verb_later_in_sentence,
)
from zorgdesk.domain.anonymise.places import (
    PLACE_PREPOSITIONS,
    capitalised_runs,
    city_districts,
    gazetteer_places,
    lower_case_places,
    place_names,
    work_titles,
)
from zorgdesk.domain.anonymise.role_fit import is_title_word
from zorgdesk.domain.anonymise.vocatives import insult, is_noun, slur
from zorgdesk.domain.text import fold

__all__ = ["NameLexicon", "detect_names", "labelled_lists", "name_detector"]

# A word: letters, then letters/digits/apostrophes/hyphens inside ("D'Souza", "El-Amrani").
_TOKEN = re.compile(r"[^\W\d_](?:\w|['’](?=\w)|-(?=\w))*")
# Particles that belong to a surname when they stand before or between name words.
_PARTICLES = frozenset([
    "van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "’t", "t", "el", "al",
    "ben", "bin", "da", "dos", "das", "do", "di", "du", "le", "la", "von", "vom", "zu",
    "del", "della", "abu", "ibn", "bou", "ait", "op", "in", "aan", "uit", "vd", "v",
])
_SURNAME_PARTICLES = frozenset(["van", "der", "den", "ter", "ten", "t", "vd", "von", "zu"])
# Weak particles: only inside a name run, never as the first word before a name
# ("woont in Utrecht" keeps "in"; "Anouk op den Akker" keeps the whole run).
_WEAK = frozenset(["op", "in", "aan", "uit", "te"])
_OPENERS = set(" \t\u00a0\"'“”‘’«»„([{-–—•*·>")
_ENDERS = set(".!?:;…")
_POSSESSIVE = re.compile(r"(?:['’]s?|s)$")


# eq=False: the lexicon is a key of lru_caches (person_slots._unknown); compared by value,
# a second copy of the same lists (read again) made every cache hit compare two sets
# of 356k words, 50 ms per word checked. One object is one lexicon.
@dataclass(frozen=True, eq=False)
class NameLexicon:
    """Word lists as data: ordinary words, proper nouns, allowlist, sentence openers."""

    words: frozenset[str]            # lower-case ordinary words ("roos", "boer")
    proper: frozenset[str]           # capitalised entries as written ("Roos", "GGD")
    allow: frozenset[str]            # folded words that are never a name
    openers: frozenset[str]          # folded words never a name at sentence start
    allow_caps: frozenset[str] = frozenset()   # abbreviations, exactly as written
    phrases: frozenset[tuple[str, ...]] = frozenset()  # folded word runs never a name
    places: frozenset[str] = frozenset()  # folded Dutch woonplaatsen ("de meern")
    # The given-name list as written ("Bram", "Roos"); unlike ``proper`` it holds no
    # surname or place ("Vossen", "Leeuwen"). Empty when the lexicon was built without it.
    given: frozenset[str] = frozenset()

    @classmethod
    def from_lines(cls, lexicon: Iterable[str], allow: Iterable[str] = (),
                   openers: Iterable[str] = (), extra_names: Iterable[str] = ()
                   ) -> NameLexicon:
        """``extra_names``: first names the word list only has as ordinary words
        ("Storm", "Zon"); they count as proper nouns too."""
        entries = frozenset(line.strip() for line in lexicon) - {""}
        proper = frozenset(w for w in entries if w[0].isupper())
        return cls.from_sections(proper, entries - proper, allow, openers, extra_names)

    @classmethod
    def from_sections(cls, proper: Iterable[str], words: Iterable[str],
                      allow: Iterable[str] = (), openers: Iterable[str] = (),
                      extra_names: Iterable[str] = (), first_names: Iterable[str] = (),
                      places: Iterable[str] = ()) -> NameLexicon:
        """Proper nouns and ordinary words already apart (the fast path for the file).
        ``first_names``: a list of given names (deduce's, resources/lexicon/voornamen.txt);
        only those that are no ordinary word, no allowed word and no sentence opener count
        as proper nouns, so "ahmed" in lower case is a name but "roos" stays a flower."""
        proper, entries = frozenset(proper), frozenset(words)
        extra = frozenset(w for line in extra_names for w in line.split("#", 1)[0].split())
        allowed = _words(allow)
        # "OT" (ondertoezichtstelling) allows "OT", not the name "Ot": caps match exactly.
        caps = frozenset(w for w in allowed if len(w) > 1 and w.isupper())
        allow_folded = frozenset(fold(w) for w in allowed - caps)
        opener_words = frozenset(fold(w) for w in _words(openers))
        listed = frozenset(name for name in (line.strip() for line in first_names)
                           if len(name) >= 3 and name[0].isupper())
        given = frozenset(
            name for name in listed
            if name not in proper
            and name.lower() not in entries and name not in entries
            and fold(name) not in allow_folded and fold(name) not in opener_words)
        return cls(entries, proper | extra | given, allow_folded, opener_words, caps,
                   _phrases(allow), place_names(places), listed)


def _words(lines: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for line in lines:
        if not line.lstrip().startswith("="):
            out.update(line.split("#", 1)[0].split())
    return frozenset(out)


def _phrases(lines: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """Lines "= Albert Heijn": a fixed expression, kept whole (its words are not allowed
    on their own: "Albert" alone is still a name)."""
    out: set[tuple[str, ...]] = set()
    for line in lines:
        body = line.split("#", 1)[0].strip()
        if body.startswith("="):
            words = tuple(fold(m.group()) for m in _TOKEN.finditer(body[1:]))
            if words:
                out.add(words)
    return frozenset(out)


_ABBREVIATION = re.compile(
    r"(?i)(?<![\w.])(?:dr|drs|mr|mw|mevr|dhr|ir|ing|prof|ds|st|ca|bijv|evt|resp|jr|sr|"
    r"[a-z])\.$")


def _at_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    if i >= 0 and text[i] == "." and _ABBREVIATION.search(text, max(0, i - 8), i + 1):
        return False  # "dr. S. Öztürk", "mw. Jansen": a title's dot ends no sentence
    if i < 0 or text[i] in _ENDERS or text[i] in "\n\r":
        return True
    # A newline among the skipped openers ("\n- Kacper") also starts a sentence, and so
    # does an opening quote: direct speech ('zei "Papa slaat"') starts a new sentence.
    skipped = text[i + 1:start]
    return "\n" in skipped or any(q in skipped for q in "\"“‘„«")


def _base(token: str) -> str:
    """"Kacper's" -> "Kacper", "Roos'" -> "Roos"; a bare trailing s stays (Anouks)."""
    if token.endswith(("'s", "’s")):
        return token[:-2]
    return token.rstrip("'’")


def _is_ordinary_word(word: str, lexicon: NameLexicon) -> bool:
    lower = word.lower()
    return lower in lexicon.words or word in lexicon.words


# First parts of place names that are allowed words on their own ("Oud en Nieuw", "Sint").
_PLACE_PREFIXES = frozenset(["nieuw", "nieuwe", "oud", "oude", "sint", "noord", "zuid", "oost",
                             "west", "groot", "klein", "hoog", "laag", "st"])


def _is_allowed(token: str, lexicon: NameLexicon) -> bool:
    head, _, tail = token.partition("-")
    if tail and fold(head) in _PLACE_PREFIXES and not (
            _is_ordinary_word(_base(tail), lexicon) or fold(_base(tail)) in lexicon.allow):
        head = token  # "Nieuw-Lekkerland", "Sint-Oedenrode": a place, not "Nieuw" + word
    # "SMW'er", "IB'ers", "GGD'er": someone from an allowed institution.
    role = re.sub(r"['’]?ers?$", "", token) if re.search(r"['’]ers?$", token) else token
    for word in {token, _base(token), head, role}:
        # "GGD-verpleegkundige", "Turks-Nederlandse": the allowed head decides.
        if fold(word) in lexicon.allow or word in lexicon.allow_caps:
            return True
    return _allowed_compound(_base(token), lexicon)


def _allowed_compound(word: str, lexicon: NameLexicon) -> bool:
    """"Koranles", "Instagramprofiel", "WhatsAppgroep": an allowed word with an ordinary
    word glued to it (never a surname: the head is on the allow list). A woonplaats so made
    is the place ("Nieuwveen", "Nieuwkoop": "Nieuw" is allowed, "veen" a word)."""
    folded = fold(word)
    if folded.lower() in lexicon.places:
        return False
    for cut in range(3, len(word) - 2):
        if (fold(word[:cut]) in lexicon.allow or word[:cut] in lexicon.allow_caps) \
                and (folded[cut:] in lexicon.words or word[cut:] in lexicon.words):
            return True
    return False


def _abbreviation_compound(word: str, lexicon: NameLexicon) -> bool:
    """An ordinary word joined by a hyphen to a short all-caps part ("ID-nummer",
    "Leerling-ID"): abbreviations are written in capitals, names are not."""
    parts = word.split("-")
    if len(parts) < 2 or "" in parts:
        return False
    caps = [p for p in parts if p.isupper() and 2 <= len(p) <= 4]
    return bool(caps) and all(p in caps or (_is_ordinary_word(p, lexicon)
                                            and p not in lexicon.proper) for p in parts)


def _looks_like_name(token: str, sentence_start: bool, lexicon: NameLexicon) -> bool:
    if not token[0].isupper() or _is_allowed(token, lexicon) or _has_digit(token):
        return False  # "P10" (a percentile), "A2": names have no digits
    base = _base(token)
    if base not in lexicon.proper and person_compound(base, lexicon, prefixes_only=True):
        return False  # "Overbuurjongen", "Pleegopa": no word list has them, no name
    if _abbreviation_compound(base, lexicon):
        return False  # "ID-nummer", "Leerling-ID", "VT-melding": a word with an abbreviation
    if base not in lexicon.proper and _thing_compound(base, lexicon):
        return False  # "Spellingscore 32/40", "Vlaggensysteem:", "de Kanjertraining"
    if len(base) >= 2 and base.isupper():
        # All caps: an abbreviation when the word list has it as written (ADHD, GGD), or
        # when no name can be spelt so ("SDQ", "WISC-V").
        if base in lexicon.proper or len(base) <= 2 or caps_abbreviation(base, False):
            return False
        base = base.capitalize()
    elif not sentence_start:
        # "op het Plein", "Sport en Cultuur": a capital on an ordinary word that the word
        # list does not know as a name is emphasis, not a name ("Bakker", "Roos" are).
        return not (_is_ordinary_word(base, lexicon) and base not in lexicon.proper)
    if fold(base) in lexicon.openers:
        return False
    if _is_ordinary_word(base, lexicon) and base not in lexicon.proper:
        return False
    # Each part of "Contra-signalen" / "Visser-Bakker" / "El-Amrani" on its own.
    for part in filter(None, base.split("-")):
        if not _is_ordinary_word(part, lexicon):
            return True
        if part[0].isupper() and part in lexicon.proper and fold(part) not in lexicon.openers:
            return True   # "Roos", "Bas", "Visser": also a name -> remove (bias)
    return False


def _word_before_name(token: str, lexicon: NameLexicon) -> bool:
    """Whether a capitalised ``token`` right before a name is a word, not a given name:
    an ordinary word no name list has ("Pleegvader", "Buurjongen"; "Mehari" and "Roos"
    are names too), or a compound for a person ("Overbuurjongen", "Pleegopa")."""
    if token in lexicon.proper or token.capitalize() in lexicon.proper:
        return False
    return _is_ordinary_word(token, lexicon) or person_compound(token, lexicon)


# Heads of the compounds a school writes for its own things (tests, lists, meetings,
# systems): no Dutch surname or place ends in one, unlike -huis, -kamp, -berg or -veld
# ("Nieuwenhuis", "Houtkamp"), which are left to the name rules.
_THING_HEADS = ("score", "scores", "systeem", "controle", "resultaat", "resultaten", "plan",
                "avond", "middag", "ochtend", "niveau", "toets", "toetsen", "gesprek",
                "gesprekken", "lijst", "overleg", "verslag", "rapport", "app", "formulier",
                "traject", "melding", "afspraak", "afspraken", "moment", "week", "dag",
                "les", "lessen", "groep", "kaart", "schrift", "bericht", "berichten",
                "protocol", "vragen", "uitslag", "planning", "overzicht", "contact",
                "administratie", "registratie", "dossier", "notitie", "notities",
                "observatie", "observaties", "bespreking", "analyse", "nummer", "nr",
                "profiel", "spelen", "verslagen",
                # a programme or a helper a school calls in ("Kanjertraining", "Kindcoach")
                "training", "trainingen", "coach", "coaching", "therapie")


def _thing_compound(word: str, lexicon: NameLexicon) -> bool:
    """"Spellingscore", "Vlaggensysteem", "Klassenapp": a Dutch word of at least four
    letters glued to the head of a school thing, opening a sentence; no name."""
    folded = fold(word)
    first, dash, head = folded.rpartition("-")
    if dash and len(first) >= 2 and head in _THING_HEADS:
        return True  # "Smartschool-bericht", "Vinted-profiel": a brand or a word, then the thing
    for head in _THING_HEADS:
        first = folded[:-len(head)]
        if folded.endswith(head) and len(first) >= 3 and (
                first in lexicon.words or first.rstrip("s") in lexicon.words
                or ordinary_compound(first, lexicon.words.__contains__, _no_verb)):
            return True  # "Buurtsport|coach": the first part may be a compound itself
    return False


def _no_verb(_word: str) -> bool:
    return False


def _has_digit(token: str) -> bool:
    return any(c.isdigit() for c in token)


def _lowercase_name_after_title(token: str, lexicon: NameLexicon) -> bool:
    base = _base(token)
    if fold(base) in lexicon.openers or base in _PARTICLES or len(base) < 2 \
            or base in _FUNCTION_WORDS:
        return False
    return not _is_ordinary_word(base, lexicon) or base.capitalize() in lexicon.proper


# "kreeg van oma brood.", "mocht van opa snoep": a verb of receiving with "van" and the
# giver; no article between verb and "van" (else "een fiets" is the thing received).
_RECEIVING = compile_fast(r"(?i)\b(?:kreeg|kregen|krijgt|krijgen|gekregen|kocht|kochten|"
                          r"gekocht|leende|leenden|geleend|mocht|mochten)"
                          r"(?:\s+(?!(?:een|de|het|die|dat|deze|dit|zijn|haar|hun|mijn|geen)\b)"
                          r"[a-zà-ÿ]+){0,2}"
                          # "kreeg van oma brood en van opa koek": a second giver
                          r"(?:\s+van\s+[a-zà-ÿ]+\s+[a-zà-ÿ]+,?\s+en)?\s+van\s+$")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$|\s(?:en|of|maar|mee|want|omdat)\b)")


def _thing_given(text: str, tokens: list[Token], words: list[str], i: int,
                 lexicon: NameLexicon) -> bool:
    """"Ze kreeg van oma brood." - an ordinary word after "van" + a family word that ends
    the clause of a verb of receiving is the thing received, not the family member's
    name: the clause has no other object ("kreeg van opa bakker een fiets" and "kreeg een
    fiets van opa bakker" keep the name)."""
    return (i > 1 and words[i - 1] in RELATION_WORDS
            and _is_ordinary_word(words[i], lexicon)
            and bool(_CLAUSE_END.match(text, tokens[i][1]))
            and bool(_RECEIVING.search(text, max(0, tokens[i][0] - 50), tokens[i - 1][0])))


def _adjective_as_name(text: str, tokens: list[Token], words: list[str], i: int,
                       lexicon: NameLexicon) -> bool:
    """"Zijn broer rooie, 16, rijdt", "woont ook oom dikke.": an inflected nickname
    adjective right after a title, with no noun after it, is what the person is called: a
    predicate after a noun is never inflected ("oom is dik"), and "dikke" needs a noun or
    an article to be one."""
    if words[i] not in NICKNAME_ADJECTIVES or not tokens[i][2].islower():
        return False
    after = text[tokens[i][1]:tokens[i + 1][0]] if i + 1 < len(tokens) else ""
    return after.strip()[:1] in tuple(",.;:!?)") or (
        i + 1 >= len(tokens) or (after == " " and finite_verb(words[i + 1], lexicon)))


def _named_before_relative(text: str, tokens: list[Token], words: list[str], i: int,
                           lexicon: NameLexicon) -> bool:
    """"een oom bul die vaak komt": a word between a title and the relative pronoun that
    opens a clause about the person is that person's name; an adverb ("een oom thuis
    die"), a preposition or an adjective stays."""
    word = words[i]
    return (i + 2 < len(tokens) and words[i + 1] in ("die", "wie")
            and text[tokens[i][1]:tokens[i + 1][0]] == " " and tokens[i][2].islower()
            and len(word) >= 3 and word not in ADVERBS and word not in PERSON_PREPOSITIONS
            and word not in _PARTICLES and word not in _FUNCTION_WORDS
            and word not in DETERMINERS and word not in PRONOUNS
            and not finite_verb(word, lexicon) and not adjective(word, lexicon))


def _adjective_before_noun(text: str, tokens: list[Token], words: list[str], i: int,
                           lexicon: NameLexicon) -> bool:
    """"Oma kreeg grote zorgen en opa lange dagen": an inflected adjective right before an
    ordinary word that is no verb, function word or name is that noun's adjective, even
    after a title ("kale kees" keeps its name: "kees" is a name too)."""
    if i + 1 >= len(tokens) or not tokens[i][2].islower() or not words[i].endswith("e") \
            or words[i] not in NICKNAME_ADJECTIVES \
            or text[tokens[i][1]:tokens[i + 1][0]] != " ":
        return False
    nxt = words[i + 1]
    return (tokens[i + 1][2].islower() and _is_ordinary_word(nxt, lexicon)
            and nxt.capitalize() not in lexicon.proper and nxt not in _FUNCTION_WORDS
            and nxt not in ADVERBS and nxt not in PERSON_PREPOSITIONS and nxt not in PRONOUNS
            and nxt not in DETERMINERS and nxt not in ("en", "of") and nxt not in _NAME_AFTER
            and not finite_verb(nxt, lexicon)
            and not (nxt.startswith(("ge", "be", "ver", "ont", "her"))
                     and nxt.endswith(("d", "t"))))


def _hyphenated_name(token: str, lexicon: NameLexicon) -> bool:
    """A lower-case hyphenated word that no list has, each part a name and no word."""
    parts = token.split("-")
    return (not _is_ordinary_word(token, lexicon) and len(parts) > 1
            and all(len(p) >= 2 and p.capitalize() in lexicon.proper
                    and not _is_ordinary_word(p, lexicon) for p in parts))


def _plausible_single_letter(text: str, start: int, end: int) -> bool:
    """A lone capital is an initial only as "K." and not in "4 °C." or "5B"."""
    if end - start > 1:
        return True
    before = text[start - 1:start]
    return text[end:end + 1] == "." and not (before.isdigit() or before in "°/")


def _key(token: str) -> str:
    return fold(_POSSESSIVE.sub("", token) or token)


Token = tuple[int, int, str]


def detect_names(text: str, lexicon: NameLexicon) -> list[Detection]:
    """Spans of likely names (kind "naam"), with tussenvoegsels merged into the span.

    One decision per token (``is_name``), made in passes that each read one signal:
    capitals, places where only a name stands, coordination, name runs, then the
    exceptions, then consistency over the text; named places and handles come last."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    # A capital first: only then does the sentence start count (lower case is no name here)
    is_name = [tok[0].isupper() and _looks_like_name(tok, _at_sentence_start(text, s), lexicon)
               and _plausible_single_letter(text, s, e) for s, e, tok in tokens]
    words = [t[2].lower() for t in tokens]
    listed = _drop_listed_nouns(text, tokens, words, is_name, lexicon)
    cued: set[int] = set()  # named by a naming cue ("heet X", "noemen hem X", "bijnaam")
    _lowercase_names(text, tokens, words, is_name, lexicon, cued)
    _coordinated_names(text, tokens, words, is_name, lexicon)
    _bare_adjective_names(text, tokens, words, is_name, lexicon)
    cued |= extend_nicknames(text, tokens, words, is_name, lexicon)
    nouns_as_clause_subjects(text, tokens, words, is_name, lexicon)  # "zei dat kikker hem"
    kin_named_by_a_noun(text, tokens, words, is_name, lexicon)  # "haar broer vlieg hangt"
    chat_names(text, tokens, words, is_name, lexicon)  # "kroket: ...", "hoi pinda,"
    _capitals_after_names(text, tokens, is_name, lexicon)
    _given_names_before(text, tokens, is_name, lexicon)
    _initials_before_names(text, tokens, is_name, lexicon)
    _listed_initials(text, tokens, is_name)
    _initials_explained(text, tokens, is_name)
    _drop_house_letters(text, tokens, words, is_name, lexicon)
    _drop_routes(tokens, words, is_name, lexicon)
    _drop_article_nouns(tokens, is_name, lexicon)
    degree = _drop_modifiers(text, tokens, words, is_name)
    _drop_fixed_phrases(text, tokens, is_name, lexicon)
    _drop_abbreviations(text, tokens, is_name)
    _drop_defined_abbreviations(text, tokens, is_name)
    _drop_roman_numerals(text, tokens, is_name)
    _drop_inverted_verbs(text, tokens, words, is_name, lexicon)
    _drop_verbs_before_je(text, tokens, words, is_name, lexicon)
    _drop_heading_nouns(text, tokens, words, is_name, lexicon)
    _drop_opening_words(text, tokens, words, is_name, lexicon)
    _drop_listed_labels(text, tokens, is_name, lexicon)
    _drop_form_labels(text, tokens, words, is_name)
    _drop_shouted_words(tokens, words, is_name, lexicon)
    for i in cued:  # a naming place beats every word list and every drop above
        is_name[i] = True
    _spread_found_names(text, tokens, is_name, lexicon, degree | listed)
    _nouns_after_names(text, tokens, words, is_name, lexicon)
    rest_of_names(text, tokens, words, is_name, lexicon)  # "~Mamavan3:", "timo t", "big J"
    _spread_lowercase_names(tokens, words, is_name, lexicon)
    _spread_cued_names(text, tokens, words, is_name, cued, lexicon, listed)
    titles = [t for t in work_titles(text) if not _a_name_run(text[t[0]:t[1]], lexicon)] \
        + things_named(text, lambda w: _plain_noun(w, lexicon)) \
        + _article_titles(text, tokens, words, lexicon)
    names = [d for d in _merge(text, tokens, is_name)
             if not any(a <= d.start and d.end <= b for a, b in titles)]
    found = _with_places(text, names, lexicon, tokens, words)
    return [d for d in found if d.kind not in ("plaats", "naam")
            or not any(a <= d.start and d.end <= b for a, b in titles)] if titles else found


def _article_titles(text: str, tokens: list[Token], words: list[str],
                    lexicon: NameLexicon) -> list[tuple[int, int]]:
    """"Ze lazen De Kleine Prins", "Het Gouden Ei": "De"/"Het" with a capital and two or
    more capitalised ordinary words, the first an adjective, is a title; after
    a preposition of place it is a place's name and judged as one ("bij De Gouden Leeuw")."""
    out = []
    for i, (start, _end, tok) in enumerate(tokens):
        if tok not in ("De", "Het") or (i and (words[i - 1] in PLACE_PREPOSITIONS
                                               or words[i - 1] in PERSON_PREPOSITIONS)):
            continue
        j = i + 1
        while j < len(tokens) and text[tokens[j - 1][1]:tokens[j][0]] == " " \
                and tokens[j][2][:1].isupper() and tokens[j][2][1:].islower() \
                and _is_ordinary_word(words[j], lexicon):
            j += 1
        if j - i >= 3 and _title_opening(words[i + 1], lexicon) \
                and not _PLACE_AFTER.match(text, start) and not any(
                m.start("name") == start for m in _PLACE_NOUN.finditer(
                    text, max(0, start - 40), tokens[j - 1][1])):
            # not "kwekerij De Bonte Koe", "vakantiepark De Zeven Linden": a place
            out.append((start, tokens[j - 1][1]))
    return out


# Inflected adjectives that are common surnames after "de" ("De Jonge Visser" is a person).
_DE_SURNAMES = frozenset(["jonge", "lange", "wilde"])
# Adjectives of material that open titles ("Het Gouden Ei"); no inflected form.
_MATERIALS = frozenset(["gouden", "zilveren", "houten", "ijzeren", "stenen", "glazen",
                        "wollen", "koperen", "papieren"])


def _title_opening(word: str, lexicon: NameLexicon) -> bool:
    """A title after "De"/"Het" opens on an adjective ("De Kleine Prins", "Het Gouden
    Ei"); a noun or a plain adjective there is a surname ("De Boer Visser", "De Groot
    Bakker": review s35, those leaked as titles)."""
    return word in _MATERIALS or (_opening_adjective(word, lexicon)
                                  and word not in _DE_SURNAMES)


def _a_name_run(run: str, lexicon: NameLexicon) -> bool:
    """"Kees Bakker", "Emmen": a given name with a surname, or a woonplaats, is who or
    where, no book title ("las voor uit Dolfje Weerwolfje" keeps the title). Given names
    alone ("Spel: Daan en Tim.", "lievelingsliedje is Zoë.") are who played or sang
    (review s35 R3); "Jip en Janneke", "Nijntje" are on the allow list."""
    parts = run.split()
    if _given_names_only(parts, lexicon):
        return True
    if len(parts) == 1:
        return fold(run) in lexicon.places and not _is_ordinary_word(run.lower(), lexicon)
    return (parts[0] in lexicon.proper and parts[-1] in lexicon.proper and "en" not in parts
            and all(p.lower() in _PARTICLES for p in parts[1:-1]))  # not "Kikker en Pad"


def _given_names_only(parts: list[str], lexicon: NameLexicon) -> bool:
    """Every word of the run a proper name that is no ordinary or allowed word, joined by
    "en" only: "Daan en Tim", "Zoë" (not "Dikkie Dik", "Harry Potter", "Nijntje")."""
    names = [p for p in parts if p != "en"]
    if not names or parts[0] == "en" or parts[-1] == "en" \
            or tuple(fold(p) for p in parts) in lexicon.phrases:
        return False
    return all(p in lexicon.proper and not _is_ordinary_word(p, lexicon)
               and fold(p) not in lexicon.allow for p in names)


# Subjects that follow a finite verb opening a question or a proposal ("Kunnen wij",
# "Melden we"). "je"/"jij" are left out: "Roos je bent lief" is a name spoken to.
_SUBJECTS_AFTER_VERB = frozenset({"wij", "we", "ik", "hij", "zij", "ze", "jullie", "u",
                                  "het", "er"})


def _drop_inverted_verbs(text: str, tokens: list[Token], words: list[str],
                         is_name: list[bool], lexicon: NameLexicon) -> None:
    """"Kunnen wij als school iets doen?", "Melden of eerst hulp?": a sentence that opens
    on a verb form in -en which the word list also has as a proper noun ("Kunnen",
    "Melden", "Hebben") is a question or a choice, not a surname, when a subject
    pronoun follows, or "of" with a lower-case word after it. A surname that is such a
    word ("Hoven", "Bergen") does not stand before "wij" or "of eerst"."""
    for i, (start, end, tok) in enumerate(tokens[:-1]):
        if not is_name[i] or tok != tok.capitalize() or not words[i].endswith("en") \
                or words[i] not in lexicon.words or not _at_sentence_start(text, start) \
                or not _gap_ok(text, end, tokens[i + 1][0]):
            continue
        after = words[i + 1]
        if after in _SUBJECTS_AFTER_VERB or (
                after == "of" and i + 2 < len(tokens)
                and tokens[i + 2][2][0].islower()
                and _gap_ok(text, tokens[i + 1][1], tokens[i + 2][0])):
            is_name[i] = False


# Verb forms that open a question or a request before "je" ("Ben je er?", "Toon je kaart")
# which ``finite_verb`` does not know; not a stem + "t" from the word list ("Roos je tas":
# "roost", "Mees je jas": "meest" are words, and there the name is spoken to).
VERBS_BEFORE_JE = frozenset(["ben", "heb", "kom", "ga", "doe", "zie", "hoor", "toon", "geef",
                             "pak", "kijk", "hou", "zeg", "vind", "weet"])


def _drop_verbs_before_je(text: str, tokens: list[Token], words: list[str],
                          is_name: list[bool], lexicon: NameLexicon) -> None:
    """"Ben je er?", "Toon je kaart.", "Ben jij dat?": a capitalised verb opening a
    question or a request before "je"/"jij" is no given name (Ben, Toon), unless a verb
    follows the "je" ("Roos je bent lief", "Ben jij komt ook" speak to someone)."""
    for i, (start, end, tok) in enumerate(tokens[:-1]):
        if not is_name[i] or tok != tok.capitalize() or words[i + 1] not in ("je", "jij") \
                or not _at_sentence_start(text, start) \
                or not _gap_ok(text, end, tokens[i + 1][0]) \
                or not (finite_verb(words[i], lexicon) or words[i] in VERBS_BEFORE_JE):
            continue
        if verb_later_in_sentence(text, end):
            continue
        is_name[i] = False


def _verb_second(tokens: list[Token], words: list[str], i: int, lexicon: NameLexicon) -> bool:
    """A finite verb followed by its subject ("kent de juf", "weet hij"): no name."""
    return (i + 1 < len(tokens) and finite_verb(words[i], lexicon)
            and (words[i + 1] in DETERMINERS or words[i + 1] in _SUBJECTS_AFTER_VERB))


def _lowercase_names(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                     lexicon: NameLexicon, cued: set[int]) -> None:
    """"juf hanna", "tante roos", "de buurjongen dikkie", "wordt gj genoemd", "die
    kinderen kiki noemen": a lower-case word in a place where a name stands. A word in
    a naming place ("heet X", "noemt hem X") goes into ``cued``, capitalised too."""
    for i in range(len(tokens)):
        tok = tokens[i][2]
        if not tok[0].islower():
            if not is_name[i] and tok[:1].isupper() and not tok.isupper() \
                    and _strong_name_place(text, tokens, i, words) \
                    and _capital_in_naming_place(words, is_name, i) \
                    and _name_in_strong_place(tokens, words, i, lexicon, capital=True):
                is_name[i] = True  # "Hij heet Batman", "Hij heet Bommel": even an allowed word
                cued.add(i)
            continue
        if is_name[i]:
            continue
        if _name_place(text, tokens, i):
            is_name[i] = (_lowercase_name_after_title(tok, lexicon)
                          or _adjective_as_name(text, tokens, words, i, lexicon)
                          or _named_before_relative(text, tokens, words, i, lexicon)) \
                and not _thing_given(text, tokens, words, i, lexicon) \
                and not _adjective_before_noun(text, tokens, words, i, lexicon) \
                and not _verb_second(tokens, words, i, lexicon) \
                and not human_action(words[i]) and not a_person_verb(words[i]) \
                and not insult(words[i]) and words[i] not in CHAT_SLANG
            # "Haar bijnaam kent de juf", "werd kankerhoer genoemd", "noemen hem gwn X"
        elif (i > 0 and words[i - 1] in _NICKNAME_ADJECTIVES and tokens[i - 1][2].islower()
              and words[i] not in _NICKNAME_ADJECTIVES  # "dikke vette pech": two adjectives
              and _gap_ok(text, tokens[i - 1][1], tokens[i][0])
              and _lowercase_name_after_title(tok, lexicon)
              # "een lange broek", "zijn dikke jas": a noun after an article's adjective
              and not (_article_before(words, i - 1)
                       and _is_ordinary_word(words[i], lexicon))):
            is_name[i] = is_name[i - 1] = True  # "dikke dirk": one nickname
        if not is_name[i] and _strong_name_place(text, tokens, i, words):
            is_name[i] = _name_in_strong_place(tokens, words, i, lexicon)
            if is_name[i]:
                cued.add(i)
        if not is_name[i] and _word_used_as_name(text, tokens, i, words, lexicon):
            is_name[i] = True  # "zei roos", "speelt met roos."
        if not is_name[i] and len(tok) >= 2 and not _is_ordinary_word(_base(tok), lexicon) \
                and tok not in _FUNCTION_WORDS \
                and _base(tok).capitalize() in lexicon.proper and not _is_title(tok) \
                and tok not in _ABBREVIATED_TITLES and not _is_allowed(_base(tok), lexicon):
            # "buurman ouwe hein", "met mo", "de kevin": no Dutch word, but a name the list
            # knows; a brand on the allow list is a thing ("zijn chromebook").
            is_name[i] = True
        if not is_name[i] and "-" in tok and _hyphenated_name(_base(tok), lexicon):
            is_name[i] = True  # "mo-mo heeft de spullen", "jan-willem"
        if not is_name[i] and tok not in _FUNCTION_WORDS and unknown_word(_base(tok), lexicon) \
                and person_place(text, tokens, words, i, lexicon):
            is_name[i] = True  # "zei zhenka", "dat brodjak hem ophaalt", "met tolikko"
        if not is_name[i] and title_nickname(text, tokens, words, i, lexicon, _BARE_TITLES) \
                and not _thing_given(text, tokens, words, i, lexicon):
            is_name[i] = True  # "Ome knoest slaat hem", "bij tante snoes."


def _capital_in_naming_place(words: list[str], is_name: list[bool], i: int) -> bool:
    """A capitalised word in a naming place names a person only where the clause is about
    one: "heet" and "genaamd" right after a person ("Hij heet Batman", "Zijn neef heet
    Bommel", "een jongen genaamd Spin"; "Zijn knuffel heet Bobbel", "Het boek dat ze
    noemde heet Kruimeltje" name things), "noemen" with "hem"/"haar" ("Het spel noemen ze
    Tikkertje": "ze" is who calls it)."""
    if i >= 2 and words[i - 1] in MORE_ADVERBS:
        i -= 1  # "Hij heet eigenlijk Batman": the adverb between
    before = words[i - 1]
    if before in ("heet", "heette", "genaamd"):
        return a_person_word(words, is_name, i - 2)
    return before not in ("ze", "hen")


def _name_in_strong_place(tokens: list[Token], words: list[str], i: int, lexicon: NameLexicon,
                          capital: bool = False) -> bool:
    """Token ``i`` after "heet", "noemt hem", "noemt zijn oom" is the name given: here even
    an ordinary or allowed word is a name ("heet kees", "heet Batman"). An adjective there is
    what they call someone, no name ("noemen hem lief"): a word with a superlative
    ("liefst"); "keef" (kijven) has none. A finite verb there ends a subordinate clause ("die
    ze X noemen hem sloeg"). An insult in lower case there is what they call someone by way
    of abuse, a fact ("noemen haar slet"); with a capital it is the name ("heet Dombo"). A
    thing after "haar" is hers ("noemde haar klantnummer niet")."""
    tok, word = tokens[i][2], words[i]
    if capital and (word in ("het", "de", "een") or word in DETERMINERS or word in PRONOUNS):
        return False
    return fold(tok) not in lexicon.openers and word not in _PARTICLES \
        and word not in _FUNCTION_WORDS and word not in MORE_ADVERBS \
        and not (insult(word) and (not capital or slur(word))) \
        and not _hers(words, i, lexicon, tokens) and word != "welkom" \
        and not _named_before(tokens, words, i) \
        and not (word in _SLOT_VERBS or finite_verb(word, lexicon) and (
            not word.endswith("t")  # "kat" is no "ka" + t, but "kent de juf":
            or i + 1 < len(tokens) and words[i + 1] in DETERMINERS)) and not (
            not capital and (_is_ordinary_word(tok + "st", lexicon)
                             or _is_ordinary_word(tok + "ste", lexicon)))


# Before an adjective these make the next word its noun; "de dikke dirk" may name one.
_INDEFINITE = frozenset(["een", "geen", "elke", "mijn", "onze", "jouw", "z'n", "d'r"])


def _article_before(words: list[str], i: int) -> bool:
    """An article or a possessive before the adjective at ``i`` ("een lange broek", "zijn
    dikke jas"); "volgens haar dikke dirk" has an object pronoun there."""
    if i < 1:
        return False
    before = words[i - 1]
    return before in _INDEFINITE or (before in ("zijn", "haar", "hun") and not (
        i > 1 and words[i - 2] in _TOPIC_PREPOSITIONS))


# Labels of a note's form that the name list also has as surnames or the detector takes
# for an unknown capital ("van der Plaats", "Stelling"). Never given names: "Les:" or
# "Dan:" opening a chat line may be who writes.
_FORM_LABELS = frozenset(["plaats", "locatie", "tijdstip", "onderwerp", "uitleg", "stelling",
                          "caption", "emoji", "story", "nb", "ps", "bijlage", "toelichting"])
_COLON_AFTER = re.compile(r"[ \t]*:(?:[ \t]|$)", re.M)


def _drop_form_labels(text: str, tokens: list[Token], words: list[str],
                      is_name: list[bool]) -> None:
    """"Tijd: 10.15 uur. Plaats: gymzaal.": a form label opening a line or sentence
    before a colon is the label, no name (review s33; "meneer Plaats" still goes)."""
    for i, (start, end, _) in enumerate(tokens):
        if is_name[i] and words[i] in _FORM_LABELS and _at_sentence_start(text, start) \
                and _COLON_AFTER.match(text, end):
            is_name[i] = False


def _drop_heading_nouns(text: str, tokens: list[Token], words: list[str],
                        is_name: list[bool], lexicon: NameLexicon) -> None:
    """"Post voor vader komt op school": an ordinary noun opening a sentence before
    "voor" heads a noun phrase, it is no surname (``overreach.noun_before_voor``); a word
    before a dose is a medicine ("Concerta 36 mg", ``overreach.before_a_dose``), and so
    is capitals no name is spelt with after an article ("de SDQ", ``caps_abbreviation``)."""
    for i, (start, end, tok) in enumerate(tokens[:-1]):
        if is_name[i] and _at_sentence_start(text, start) and noun_before_voor(
                tok, words[i + 1], text[end:tokens[i + 1][0]], lexicon.words.__contains__,
                text[tokens[i + 1][1]:tokens[i + 1][1] + 30]):
            is_name[i] = False
    for i, (_, end, tok) in enumerate(tokens):
        if is_name[i] and before_a_dose(text, end) and tok not in lexicon.proper \
                and not (i and is_name[i - 1] and text[tokens[i - 1][1]:tokens[i][0]] == " "):
            # "Concerta 36 mg": a medicine; not a name the lists know, nor the end of a
            # name ("Moeder gaf Sanne 5 ml", "gaf Fleur Jansen 10 mg": review s31, leaked)
            is_name[i] = False
        elif is_name[i] and (emphasis(tok, lexicon.words.__contains__,
                                      lexicon.proper.__contains__)
                             or letter_compound(tok, lexicon.words.__contains__)):
            is_name[i] = False  # "papa NOOIT", "een T-shirt": shouted, or a word
        elif is_name[i] and caps_abbreviation(tok, i > 0 and words[i - 1] in ("de", "het", "een")
                                              and text[tokens[i - 1][1]:tokens[i][0]] == " "):
            is_name[i] = False  # "op de SDQ": a test, not initials


def _drop_opening_words(text: str, tokens: list[Token], words: list[str],
                        is_name: list[bool], lexicon: NameLexicon) -> None:
    """A sentence opening on an insult ("Tyfuslijer, zei hij"): what someone was called, a
    fact. One opening on an inflected adjective before a plural noun ("Goede vrienden
    heeft hij niet", "Rode striemen op zijn rug"): the noun's adjective, no surname
    ("Lange belde" has a verb after it, and a singular subject takes no plural).
    Anywhere: a numbered thing ("met Bus 612") and a service's region ("Jeugdbescherming
    West")."""
    for i, (start, end, tok) in enumerate(tokens):
        if is_name[i] and words[i] in _NUMBERED and _NUMBER_NEXT.match(text, end) \
                and not (i and _is_title(words[i - 1])):
            is_name[i] = False  # "met Bus 612", "Les 3:", "Hoofdstuk 5": a thing's number
        if is_name[i] and words[i] in _REGIONS and i and text[tokens[i - 1][1]:start] == " " \
                and _is_allowed(tokens[i - 1][2], lexicon):
            is_name[i] = False  # "Jeugdbescherming West", "GGD Noord": a service's region
        if not is_name[i] or not _at_sentence_start(text, start):
            continue
        adjective_first = i + 1 < len(tokens) and text[end:tokens[i + 1][0]] == " " \
            and tok[0].isupper() and _opening_adjective(words[i], lexicon) \
            and _plural_noun(tokens[i + 1][2], lexicon)
        # The insult said to someone ("Tyfuslijer, zei hij"); as a subject or a chat's
        # sender it is the nickname a child goes by ("Vetzak zei ...": review s35).
        said = insult(words[i]) and tok not in lexicon.proper and text[end:end + 1] in ",!"
        that_clause = _THAT_CLAUSE.match(text, end) and _is_ordinary_word(words[i], lexicon)
        if adjective_first or said or that_clause:
            is_name[i] = False


# "Zomer, Winter en Lente zijn de namen van de groepjes", "Baas en Kok is een spel": the
# capitalised words listed right before name groups, roles, themes or a game, nobody.
_LABELLED_LIST = compile_fast(
    r"(?<![\w'’-])(?P<list>(?:[A-Z][\w'’-]*(?:,\s*|\s+(?:en|of)\s+))+[A-Z][\w'’-]*)"
    r"\s+(?:(?:zijn|waren|heten)\s+de\s+(?:groepsnamen|teamnamen|thema's|themas|rollen|"
    r"namen\s+van\s+de\s+(?:groepjes|groepen|tafelgroepen|tafels|teams|klassen|rollen|"
    r"spellen|thema's))|is\s+een\s+(?:spel|spelletje|lied|liedje|boek|film))\b")


def labelled_lists(text: str, is_word) -> list[tuple[int, int]]:
    """Spans of such lists whose words are all ordinary words (``is_word``, lower case):
    "Roos en Sem zijn de namen van de groepjes" keeps "Sem" a name."""
    return [(m.start("list"), m.end("list")) for m in _LABELLED_LIST.finditer(text)
            if all(is_word(w.lower()) for w in re.findall(r"[A-Z][\w'’-]*", m.group("list")))]


def _drop_listed_labels(text: str, tokens: list[Token], is_name: list[bool],
                        lexicon: NameLexicon) -> None:
    if " de " not in text and " een " not in text:
        return
    for a, b in labelled_lists(text, lambda w: _is_ordinary_word(w, lexicon)):
        for i, (start, end, tok) in enumerate(tokens):
            if a <= start and end <= b and not _a_given_name_label(tok, lexicon):
                is_name[i] = False


# Trades, ranks and figures of a game or play that are surnames too ("Kok", "Visser",
# "Prins"): as a label in a list the sentence calls roles or groups, the trade.
_ROLE_LABELS = frozenset([
    "kok", "visser", "bakker", "smid", "boer", "slager", "schilder", "timmerman", "molenaar",
    "kapper", "jager", "schipper", "koopman", "kramer", "herder", "ridder", "prins",
    "prinses", "graaf", "gravin", "hertog", "koning", "koningin", "keizer", "heks", "baas",
    "knecht", "dief", "agent", "piraat", "kapitein", "reus", "dwerg", "tovenaar", "soldaat"])
_SEASONS = frozenset(["lente", "zomer", "herfst", "winter"])


def _a_given_name_label(token: str, lexicon: NameLexicon) -> bool:
    """A listed label that reads as a child's given name ("Bram", "Kees": review s35 R7),
    not as a thing in nature, a season or a trade ("Roos", "Winter", "Kok"); a careful
    reader removes it even where the sentence calls the list group names or roles."""
    word = token.lower()
    # A surname, place or colour of the word list ("Vossen", "Leeuwen", "Geel") is no
    # child's name; a lexicon built without the given-name list falls back to proper nouns.
    given = token in lexicon.given if lexicon.given else token in lexicon.proper
    return given and not a_thing_name(word) \
        and word not in _SEASONS and word not in _ROLE_LABELS


# "Hoop is dat het rustiger wordt", "Doel was dat hij ...": a noun whose content the
# clause after "is dat" gives; a person is not "is dat het" ("Bas is dat vergeten" has no
# subject after "dat").
_THAT_CLAUSE = re.compile(r" (?:is|was) dat (?:het|hij|zij|ze|er|we|wij|ik|je|jij|u|de|"
                          r"die|dit|zijn|haar|hun|mijn|men)\b")
_REGIONS = frozenset(["noord", "oost", "zuid", "west", "noordoost", "noordwest", "zuidoost",
                      "zuidwest", "midden", "centraal", "centrum", "regio"])
# Things a school or a town numbers, also surnames in the word list ("Bus", "Les", "Kamer").
_NUMBERED = frozenset(["bus", "buslijn", "lijn", "tram", "metro", "trein", "les", "hoofdstuk",
                       "blok", "week", "kamer", "lokaal", "tafel", "bladzijde", "pagina",
                       "opdracht", "vraag", "stap", "fase", "niveau", "deel", "thema", "unit",
                       "ronde", "level", "seizoen", "aflevering", "spoor", "perron", "halte",
                       "werkblad", "toets", "module", "sessie", "bijeenkomst"])
# Not a count after it: "Bus 4 keer te laat" is a person called Bus (review s35). A
# letter glued on is the thing's letter ("Les 3A", "Bus 12B"), "3x" a count.
_NUMBER_NEXT = re.compile(r" \d{1,4}(?:(?![xX]\b)[A-Za-z])?\b"
                          r"(?!\s*(?:x|keer|maal|dag|dagen|week|weken|maand|"
                          r"maanden|jaar|uur|minuten|min|kwartier)\b)")


def _opening_adjective(word: str, lexicon: NameLexicon) -> bool:
    """"goede", "lange", "rode": an inflected adjective (the uninflected form an opener
    word or an adjective with a comparative)."""
    return word.endswith("e") and len(word) > 3 and (
        adjective_form(word, lexicon) or fold(word[:-1]) in lexicon.openers
        or fold(long_stem(word[:-1])) in lexicon.openers)


def _plural_noun(token: str, lexicon: NameLexicon) -> bool:
    """A lower-case plural of the word list ("vrienden", "cijfers"), no verb or function
    word ("is", "was")."""
    word = token.lower()
    return (token.islower() and word.endswith(("en", "s")) and len(word) > 3
            and token.capitalize() not in lexicon.proper  # "Kale kees"
            and _is_ordinary_word(word, lexicon) and word not in _FUNCTION_WORDS
            and word not in ADVERBS and word not in PERSON_PREPOSITIONS
            and not finite_verb(word, lexicon))


def _plain_noun(word: str, lexicon: NameLexicon) -> bool:
    """An ordinary word that can be a noun after a brand ("een Samsung telefoon"): no
    verb, preposition, adverb, pronoun or other function word."""
    return (_is_ordinary_word(word, lexicon) and word not in _FUNCTION_WORDS
            and word not in ADVERBS and word not in PERSON_PREPOSITIONS
            and word not in PRONOUNS and word not in DETERMINERS
            and fold(word) not in lexicon.openers and not finite_verb(word, lexicon))


def _drop_listed_nouns(text: str, tokens: list[Token], words: list[str],
                       is_name: list[bool], lexicon: NameLexicon) -> set[int]:
    """"Roos, tulp en lelie staan op het werkblad": a word opening a sentence in a list of
    ordinary nouns is one of them (``overreach.listed_with_a_noun``). Returns those tokens:
    no spread of a name takes them back ("Hij heet Storm. Storm en regen hielden ons
    binnen": the list makes it the weather)."""
    def other(word: str) -> bool:
        # An adjective or a participle is no noun of the list: "Iris, stil en
        # teruggetrokken, zat alleen", "Roos, huilend en boos, liep weg" describe her
        # (review s31: those names leaked).
        return (word in RELATION_WORDS or word in _FUNCTION_WORDS or word in DETERMINERS
                or word in PRONOUNS or _is_title(word) or word in lexicon.openers
                or any(word.endswith(head) for head in PERSON_HEADS)
                or adjective_form(word, lexicon) or word.endswith("end"))

    listed: set[int] = set()
    for i, (start, _, _tok) in enumerate(tokens):
        if is_name[i] and _at_sentence_start(text, start) and listed_with_a_noun(
                tokens, text, i, lexicon.words.__contains__,
                lexicon.proper.__contains__, other):
            is_name[i] = False
            listed.add(i)
    return listed


def _bare_adjective_names(text: str, tokens: list[Token], words: list[str],
                          is_name: list[bool], lexicon: NameLexicon) -> None:
    """"met dikke en Jayden", "dikke zei": an adjective alone is a nickname."""
    for i in range(len(tokens)):
        if not is_name[i] and bare_adjective_name(text, tokens, words, i, is_name, lexicon):
            is_name[i] = True


def _spread_lowercase_names(tokens: list[Token], words: list[str], is_name: list[bool],
                            lexicon: NameLexicon) -> None:
    """A lower-case name found in a name's place goes everywhere in the text ("noemt hem
    knoest. knoest rookt"), except right after an article or possessive ("de knoest").
    A nickname given with its article ("noemen hem de pruim", "wordt de Haas genoemd") is
    used with it: "de pruim"/"De Haas" is that person elsewhere too (not "een pruim")."""
    found = {words[i] for i in range(len(tokens)) if is_name[i] and tokens[i][2].islower()
             and len(words[i]) >= 3 and words[i] not in _FUNCTION_WORDS
             and words[i] not in _PARTICLES
             # "bolle" of "bolle bas" is a name only with "bas": "bolle wangen" stays
             and words[i] not in _NICKNAME_ADJECTIVES} | _capitalised_words_named(
                 tokens, words, is_name, lexicon)
    with_article = {words[i] for i in range(1, len(tokens)) if is_name[i]
                    and words[i - 1] == "de" and tokens[i - 1][2] in ("de", "De")
                    and len(words[i]) >= 3 and words[i].capitalize() not in lexicon.proper
                    and _is_ordinary_word(words[i], lexicon)}
    if not found and not with_article:
        return
    for i in range(len(tokens)):
        bare = words[i] in found and tokens[i][2].islower() and (
            i == 0 or words[i - 1] not in DETERMINERS or _conjunction_dat(words, i))
        is_name[i] = is_name[i] or bare or (
            words[i] in with_article and i > 0 and words[i - 1] == "de"
            and tokens[i][2] in (words[i], words[i].capitalize())
            # "De baas van vader": a noun with its complement is the thing again
            and not (i + 1 < len(tokens) and words[i + 1] == "van"))


def _spread_cued_names(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                       cued: set[int], lexicon: NameLexicon, listed: set[int]) -> None:
    """A word a naming cue made a name ("Ze noemen hem Batman", "Zijn bijnaam is Tank")
    is that name in every other mention in the text, whatever the word lists say: in any
    case ("TANK duwde hem", "bang voor beer"), with a possessive ("Tijgers moeder") or as a
    diminutive ("Muisje huilde"). Not a lower-case word after an article or possessive
    ("een beer", "zijn tijger": the thing), nor an adjective of a nickname alone ("kale")."""
    named = {words[i] for i in cued if len(words[i]) >= 3 and words[i] not in _FUNCTION_WORDS
             and words[i] not in _NICKNAME_ADJECTIVES and words[i] not in DETERMINERS
             and not adjective(words[i], lexicon)}
    # "noemen hem de lange. De lange sloeg": an adjective made a name goes with its "de"
    with_de = {words[i] for i in cued if i and words[i - 1] == "de" and len(words[i]) >= 3}
    if not named and not with_de:
        return
    for i, (_, end, tok) in enumerate(tokens):
        if not is_name[i] and i and words[i - 1] == "de" and words[i] in with_de \
                and tokens[i - 1][2] in ("de", "De") and tok in (words[i], words[i].capitalize()) \
                and not (i + 1 < len(tokens) and words[i + 1] == "van"):
            is_name[i] = True  # "De baas van vader": with its complement the thing again
        if is_name[i] or i in listed or (tok.islower() and i and words[i - 1] in DETERMINERS
                                         and not _conjunction_dat(words, i)):
            continue  # "Storm en regen": listed with ordinary nouns, the noun itself
        if _GROUP_AFTER.match(text, end):
            continue  # "De Tijgers van groep 7": the class, not "Tijger"
        plural = tok[:1].isupper() and words[i].endswith("s") and i + 1 < len(tokens) \
            and _no_possessed_noun(words[i + 1], lexicon)  # "Tanks rijden op rupsen"
        if any(form in named for form in _forms_of(tok, words[i])) and not (
                plural and words[i] not in named):
            is_name[i] = True


def _no_possessed_noun(following: str, lexicon: NameLexicon) -> bool:
    """After "Tijgers" a verb or a preposition, no noun: the plural of the word, not the
    name's possessive ("Tijgers zijn gevaarlijk", "Bommels aan mutsen"; review s36)."""
    return finite_verb(following, lexicon) or following in ("zijn", "waren") \
        or following in PERSON_PREPOSITIONS or following in PLACE_PREPOSITIONS


_DIMINUTIVE = re.compile(r"(?:([bdfgklmnprst])\1etje|tje|pje|je)$")


def _forms_of(token: str, word: str) -> set[str]:
    """The word a mention may be of: itself, without a possessive on a capitalised word
    ("Tijgers", "Tijger's"), without a diminutive ending ("muisje", "bolletje")."""
    forms = {word}
    if token[:1].isupper():
        forms.add(_POSSESSIVE.sub("", word))
    m = _DIMINUTIVE.search(word)
    if m and len(word) - len(m.group()) >= 3:
        forms.add(word[:m.start()] + (m.group(1) or ""))
    return forms


def _capitalised_words_named(tokens: list[Token], words: list[str], is_name: list[bool],
                             lexicon: NameLexicon) -> set[str]:
    """"Stuurde Mug het filmpje? ... met mug": a Dutch noun the rules took for a name
    with its capital is that name in lower case too (bare: "een mug" stays). Only nouns
    no list has as a name ("Roos", "Storm" are also flowers and weather) and only a hit
    standing alone (a run of capitals is a title or a heading)."""
    out = set()
    for i, (_, _, tok) in enumerate(tokens):
        word = words[i]
        if not is_name[i] or not tok[:1].isupper() or tok.isupper() or len(word) < 3 \
                or word not in lexicon.words or tok in lexicon.proper \
                or fold(word) in lexicon.openers or word in _FUNCTION_WORDS \
                or word in _NICKNAME_ADJECTIVES or word in _BARE_NOUNS \
                or not is_noun(word, lexicon) or adjective(word, lexicon):
            continue  # "Huiselijk geweld" (a capital the rules misread) spreads nowhere
        if any(0 <= k < len(tokens) and is_name[k] for k in (i - 1, i + 1)):
            continue
        out.add(word)
    return out


# Verbs of saying and knowing: "dat" after them opens a clause ("vertelde dat sproetje zijn
# fiets pakte"), it is no article ("zag dat huis").
_SAYING = frozenset([*SPEECH_VERBS, "vertelt", "denkt", "dacht", "weet", "wist", "vindt",
                     "vond", "hoorde", "hoort", "merkte", "merkt", "beweert", "beweerde",
                     "zeggen", "zeiden", "vertelden", "denken", "dachten", "bleek", "blijkt",
                     "meldt", "meldde", "ziet"])


def _conjunction_dat(words: list[str], i: int) -> bool:
    return words[i - 1] == "dat" and i >= 2 and words[i - 2] in _SAYING


def _coordinated_names(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                       lexicon: NameLexicon) -> None:
    """"mo en saiid", "met sjonnie en ene Ricky": a lower-case word joined to a name by
    "en"/"of" is a name too when it is no Dutch word or also a known name; joined to a
    nickname in a name's place ("jongens tweety en spekkie") any word is. Also a name
    explained by an apposition ("pietje, een vriend van mama")."""
    slot_names = {i for i in range(len(tokens)) if is_name[i] and tokens[i][2][0].islower()
                  and _name_place(text, tokens, i)}
    for i in range(len(tokens)):
        tok = tokens[i][2]
        if (is_name[i] or not tok[0].islower() or len(tok) < 2 or tok in _PARTICLES
                or tok in _FUNCTION_WORDS or fold(tok) in lexicon.openers
                or tok in _BARE_NOUNS):
            continue
        if _is_ordinary_word(tok, lexicon) and tok.capitalize() not in lexicon.proper and not (
                i >= 2 and words[i - 1] in ("en", "of") and i - 2 in slot_names):
            continue
        for step in (-1, 1):
            b = i + step
            a = b + step
            if 0 <= a < len(tokens) and words[b] in ("en", "of"):
                if step == 1 and words[a] == "ene" and a + 1 < len(tokens):
                    a += 1
                if is_name[a]:
                    is_name[i] = True
        if (not is_name[i] and tok.capitalize() in lexicon.proper and i + 2 < len(tokens)
                and text[tokens[i][1]:tokens[i + 1][0]].strip() == ","
                and words[i + 1] in ("een", "de") and words[i + 2] in _APPOSITION_NOUNS):
            is_name[i] = True


def _nouns_after_names(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                       lexicon: NameLexicon) -> None:
    """After consistency (a name opening a sentence is known by then): see below."""
    for i in range(2, len(tokens)):
        if not is_name[i] and _noun_after_a_name(text, tokens, words, is_name, i, lexicon):
            is_name[i] = True


# Verbs of drawing and making: their objects are what a child made, also beside a name.
_DEPICTING = frozenset(["tekent", "tekende", "tekenden", "tekenen", "getekend", "schildert",
                        "schilderde", "kleurt", "kleurde", "boetseerde", "knutselde", "bouwde",
                        "maakte", "fotografeerde"])
_TOPIC_PREPOSITIONS = PERSON_PREPOSITIONS | {"over", "om", "rond", "rondom", "omtrent",
                                             "op", "in", "tussen", "na"}


def _noun_after_a_name(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                       i: int, lexicon: NameLexicon) -> bool:
    """"Vlo en mot zitten op een andere school": a singular noun without an article after
    "en" and a name no dictionary has, before a verb or the end of the clause, is a name
    (Dutch puts an article before a countable noun; "Vlo en de mot" stays)."""
    if i < 2 or words[i - 1] not in ("en", "of") or not is_name[i - 2] \
            or not tokens[i - 2][2][:1].isupper() or tokens[i - 2][2].isupper() \
            or not _gap_ok(text, tokens[i - 2][1], tokens[i - 1][0]):
        return False
    if _is_ordinary_word(words[i - 2], lexicon) and not any(
            is_name[k] and words[k] == words[i - 2] and not _at_sentence_start(text, s)
            for k, (s, _e, _t) in enumerate(tokens)):
        return False  # "Mug en ..." opening a sentence is a name only if named mid-sentence
    word = words[i]
    if word in RELATION_WORDS or word.endswith(("en", "s")) or not is_noun(word, lexicon) \
            or adjective(word, lexicon) or word in _BARE_NOUNS or word in _FUNCTION_WORDS \
            or is_title_word(word) or word_for_a_person(word) or not tokens[i][2].islower():
        return False
    if i >= 3 and words[i - 3] in _DEPICTING:
        return False  # "Hij tekende Sam en hond.": what he drew (review s37 N1)
    after = text[tokens[i][1]:tokens[i][1] + 1]
    if after in (".", ",", "!", "?", ";", ":", ")") or i + 1 == len(tokens):
        # "Zorgen over Noor en taal.", "Overleg met Sem en school.": after a preposition a
        # given name and a bare noun ending the clause are a person and a topic; two
        # nicknames that are both words ("met Vlo en mot.") still go together.
        return (i < 3 or words[i - 3] not in _TOPIC_PREPOSITIONS
                or _is_ordinary_word(words[i - 2], lexicon)
                and words[i - 2].capitalize() not in lexicon.proper)
    nxt = words[i + 1]
    return after == " " and (finite_verb(nxt, lexicon) or nxt.endswith("en")
                             and _is_ordinary_word(nxt, lexicon) and len(nxt) > 4)


def _capitals_after_names(text: str, tokens: list[Token], is_name: list[bool],
                          lexicon: NameLexicon) -> None:
    """"Gerrit-Jan Bouwhuis", "Anja Zwart": a capitalised word right after a name belongs
    to it, even when it is also an ordinary word; so does one after a surname particle
    ("'t Hart", "van Dam", "ter Horst"; not the articles)."""
    for i in range(1, len(tokens)):
        tok = tokens[i][2]
        after_particle = tokens[i - 1][2] in _SURNAME_PARTICLES
        if (not is_name[i] and (is_name[i - 1] or after_particle) and tok[0].isupper()
                and not _is_allowed(tok, lexicon) and fold(tok) not in lexicon.openers
                and _gap_ok(text, tokens[i - 1][1], tokens[i][0])):
            is_name[i] = True


def _given_names_before(text: str, tokens: list[Token], is_name: list[bool],
                        lexicon: NameLexicon) -> None:
    """"Tolk Mehari Woldu": a capitalised word (here also a word, a camel, but a given
    name too) right before a name, mid-sentence, is its given name; never a title ("met
    Juf Bakker"), an ordinary word no name list has ("dat Pleegvader Henk") or a word for
    a relative or neighbour ("met Overbuurjongen Daan")."""
    for i in range(len(tokens) - 2, -1, -1):
        s0, e0, tok = tokens[i]
        if (not is_name[i] and is_name[i + 1] and tok[0].isupper() and len(tok) > 1
                and tokens[i + 1][2][0].isupper() and not tok.isupper()
                and not _at_sentence_start(text, s0) and not _is_allowed(tok, lexicon)
                and fold(tok) not in lexicon.openers and not is_title_word(tok)
                and (not _word_before_name(_base(tok), lexicon)
                     or _after_a_person(text, tokens, i))
                and not _has_digit(tok) and _gap_ok(text, e0, tokens[i + 1][0])
                and not _ABBREVIATION.search(text, max(0, s0 - 1), min(len(text), e0 + 1))):
            is_name[i] = True


def _after_a_person(text: str, tokens: list[Token], i: int) -> bool:
    """"De andere oma, Riek Kalsbeek", "tante Riek Kalsbeek": after a word for a person (and
    a comma) the capitalised word before a name is the given name, even when it is also
    an ordinary word and no name list has it."""
    if i == 0 or text[tokens[i - 1][1]:tokens[i][0]] not in (" ", ", "):
        return False
    before = tokens[i - 1][2].lower()
    return before in _NAME_BEFORE or before in _APPOSITION_NOUNS or before in RELATION_WORDS


def _initials_before_names(text: str, tokens: list[Token], is_name: list[bool],
                           lexicon: NameLexicon) -> None:
    """"dr. S. Öztürk": a single capital with its dot right before a name is an initial;
    so before lower-case particles and a capital ("R. de Graaf", "K. van der Wit"): a
    capital after "de" or "van" inside a sentence is a surname, even one that is a place
    or a word. Written all in lower case ("De wijkagent r. de graaf belde", review s37)
    the surname must be one the word list has as a name, the letter inside a sentence
    (not a lettered list's "a. de ouders bellen")."""
    for i in range(len(tokens) - 2, -1, -1):
        s0, e0, tok = tokens[i]
        if not is_name[i] and len(tok) == 1 and tok.isalpha() and text[e0:e0 + 1] == ".":
            k = i + 1
            while k < len(tokens) - 1 and tokens[k][2] in _SURNAME_PARTICLES | {"de"} \
                    and _gap_ok(text, tokens[k - 1][1], tokens[k][0]):
                k += 1
            if k == len(tokens) or not _gap_ok(text, tokens[k - 1][1], tokens[k][0]):
                continue
            if tok.isupper() and (is_name[k] if k == i + 1 else tokens[k][2][:1].isupper()) \
                    or tok.islower() and k > i + 1 and _lower_initial_name(
                        text, tokens, i, k, lexicon):
                is_name[i] = is_name[k] = True


def _lower_initial_name(text: str, tokens: list[Token], i: int, k: int,
                        lexicon: NameLexicon) -> bool:
    line = text[:tokens[i][0]].rsplit("\n", 1)[-1]
    return tokens[k][2].islower() and tokens[k][2].capitalize() in lexicon.proper \
        and re.search(r"\w", line) is not None and not line.rstrip().endswith(":")


# What joins two members of a list without a word: "T.V., R.", "A & B".
_LIST_JOIN = re.compile(r"\.?\s*[,&]\s*")


def _lone_capital(text: str, token: Token) -> bool:
    return len(token[2]) == 1 and token[2].isupper() and text[token[1]:token[1] + 1] == "."


def _list_neighbours(text: str, tokens: list[Token], i: int) -> list[int]:
    """The members of a list right before and after token ``i`` ("J.B. en S.": B)."""
    out = []
    for step in (-1, 1):
        j = i + step
        if not 0 <= j < len(tokens):
            continue
        a, b = (tokens[j][1], tokens[i][0]) if step < 0 else (tokens[i][1], tokens[j][0])
        if _LIST_JOIN.fullmatch(text, a, b):
            out.append(j)
        # "J.B. en S.", also with a comma before "en": "J.B., S., en T."
        elif tokens[j][2] in ("en", "of") and 0 <= j + step < len(tokens) \
                and text[a:b].strip(". ,") == "" \
                and text[min(tokens[j][1], tokens[j + step][1]):max(tokens[j][0],
                                                                  tokens[j + step][0])
                         ].strip(". ,") == "":
            out.append(j + step)
    return out


def _listed_initials(text: str, tokens: list[Token], is_name: list[bool]) -> None:
    """A lone capital with its dot listed beside initials is one more person's initial
    ("Betrokkenen: J.B. en S.", "T.V., R. en K.D."); capitals listed in the alphabet's order
    with no name among them are options, answers or appendices ("koos A. of B.", "bijlage
    A, B en C"), no people."""
    for i in range(len(tokens)):
        if not is_name[i] and _lone_capital(text, tokens[i]) and any(
                is_name[j] and _lone_capital(text, tokens[j])
                for j in _list_neighbours(text, tokens, i)):
            is_name[i] = True
    _drop_lettered_options(text, tokens, is_name)


def _next_member(text: str, tokens: list[Token], i: int) -> int | None:
    return next((j for j in _list_neighbours(text, tokens, i) if j > i), None)


def _drop_lettered_options(text: str, tokens: list[Token], is_name: list[bool]) -> None:
    """"koos A. of B.", "bijlage A, B en C": lone capitals listed in the alphabet's order,
    no name after the last ("A. en B. de Boer" are two people)."""
    seen: set[int] = set()
    for i, tok in enumerate(tokens):
        if i in seen or len(tok[2]) != 1 or not tok[2].isupper():
            continue
        members = [i]
        while (j := _next_member(text, tokens, members[-1])) is not None \
                and len(tokens[j][2]) == 1 \
                and ord(tokens[j][2]) == ord(tokens[members[-1]][2]) + 1:
            members.append(j)
        seen.update(members)
        last = members[-1]
        if len(members) > 1 and not (last + 1 < len(tokens) and _gap_ok(
                text, tokens[last][1], tokens[last + 1][0]) and (
                is_name[last + 1] or tokens[last + 1][2] in _PARTICLES)):
            for j in members:
                is_name[j] = False


_SHOUTED_SUBJECTS = frozenset(["ik", "je", "jij", "hij", "ze", "zij", "we", "wij", "jullie",
                               "u", "men", "het", "dat", "die"])


def _drop_shouted_words(tokens: list[Token], words: list[str], is_name: list[bool],
                        lexicon: NameLexicon) -> None:
    """A note in capitals ("IK BEN BANG", "MAMA GAF MIJ EEN KLAP"; review s38): every word
    there looks like the surname or given name it spells. An ordinary word right after a
    subject pronoun (the verb: "IK BEN", "IK HOOP") or an article or possessive (a noun:
    "EEN KLAP"), or a pronoun or adverb itself ("NIKS"), is that word; a name in capitals
    elsewhere still goes ("HOU JE BEK BAKKER", "IK HAAT BEN")."""
    for i in range(1, len(tokens)):
        tok = tokens[i][2]
        if not is_name[i] or not tok.isupper() or len(tok) < 2 \
                or not tokens[i - 1][2].isupper() or not _is_ordinary_word(words[i], lexicon):
            continue
        # 'de' is an article and a surname's particle: "OPA DE HAAN" names him (review s38)
        if words[i - 1] in _SHOUTED_SUBJECTS \
                or words[i - 1] in DETERMINERS and words[i - 1] not in _PARTICLES \
                or words[i] in PRONOUNS or words[i] in ADVERBS or words[i] in ("ben", "bent") \
                and not finite_verb(words[i - 1], lexicon) \
                and any(w in ("ik", "je", "jij") for w in words[max(0, i - 4):i]):
            is_name[i] = False  # "DAT IK STOUT BEN" ("IK HAAT BEN" names him)


def _drop_house_letters(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                        lexicon: NameLexicon) -> None:
    """"Dorpsstraat 12 B. Morgen komt hij.": a capital after a house number, its dot and a
    word that opens sentences ("Morgen", "Daarna") is the house's letter ending the
    sentence, no initial of a surname "Morgen" (review s35); "12 J. Jansen" stays a name."""
    for i in range(1, len(tokens) - 1):
        start, end, tok = tokens[i]
        if len(tok) == 1 and tok.isupper() and is_name[i] and text[end:end + 2] == ". " \
                and tokens[i + 1][0] == end + 2 and start >= 2 and text[start - 1] == " " \
                and text[start - 2].isdigit() and fold(words[i + 1]) in lexicon.openers:
            is_name[i] = is_name[i + 1] = False


# Words for a line between two places: "de bus Leiden-Katwijk", "trein Utrecht-Zwolle".
_ROUTE_WORDS = frozenset(["bus", "buslijn", "lijn", "trein", "tram", "metro", "route", "rit",
                          "traject", "pont", "veerpont", "boot", "busrit", "treinrit"])


def _drop_routes(tokens: list[Token], words: list[str], is_name: list[bool],
                 lexicon: NameLexicon) -> None:
    """"De trein Amsterdam-Utrecht": two places joined after a word for a line are its
    route, no double surname (review s35); each town is judged as the place rule judges it
    alone: big cities stay (as in "van Amsterdam naar Utrecht"), a route with a smaller town
    goes as a place ("De bus Leiden-Katwijk", as "van Leiden naar Katwijk";
    ``place_kinds.is_place``). "in Venlo-Blerick" is a district and stays a place."""
    for i in range(1, len(tokens)):
        if is_name[i] and "-" in words[i] and words[i - 1] in _ROUTE_WORDS \
                and all(fold(p) in lexicon.places for p in words[i].split("-")) \
                and all(_is_allowed(p, lexicon) for p in tokens[i][2].split("-")):
            is_name[i] = False


_EXPLAINED_INITIAL = re.compile(r"\. ?\(\s*(?:de |een |haar |zijn )?([a-zà-ÿ]+)")


def _initials_explained(text: str, tokens: list[Token], is_name: list[bool]) -> None:
    """"R. (vriend van moeder)": a lone capital with its dot, explained by a bracket that
    opens on a word for a person, is that person's initial ("bijlage B. (kopie)" and
    "een C. (voldoende)" are explained by no person)."""
    for i, (_s, e, tok) in enumerate(tokens):
        if is_name[i] or len(tok) != 1 or not tok.isupper():
            continue
        m = _EXPLAINED_INITIAL.match(text, e)
        if m and (m.group(1) in _APPOSITION_NOUNS or m.group(1) in RELATION_WORDS
                  or m.group(1) in _NAME_BEFORE):
            is_name[i] = True


# Street words and the nouns of a town's places: "op de Markt", "in de Haven", "op de
# Hoofdstraat" name a place, never a person ("de Boer", "de Vries" end in none of them).
_STREET_WORD_END = re.compile(r"(?:straat|laan|weg|plein|markt|haven|gracht|kade|dijk|singel|"
                              r"steeg|dreef|plantsoen|brink|boulevard|promenade)$")


def _drop_article_nouns(tokens: list[Token], is_name: list[bool],
                        lexicon: NameLexicon) -> None:
    """"op het Plein", "een Kerk": an article before an ordinary word is no surname; nor is
    "de" before an ordinary street word ("op de Markt"), unless a title stands before
    ("mevrouw de Haven")."""
    for i in range(1, len(tokens)):
        article = tokens[i - 1][2]
        street = article == "de" and _STREET_WORD_END.search(fold(_base(tokens[i][2])))
        if (is_name[i] and (article in ("het", "een") or street)
                and _is_ordinary_word(_base(tokens[i][2]), lexicon)
                and (i < 2 or not (is_name[i - 2] or _is_title(tokens[i - 2][2].lower())))):
            is_name[i] = False


def _drop_defined_abbreviations(text: str, tokens: list[Token], is_name: list[bool]) -> None:
    """"Sociaal wijkteam (SWT)", "ondersteuningsteam (OT)": capitals in brackets right after
    the words they abbreviate are no initials (``abbreviations.defines``)."""
    for i, (start, end, tok) in enumerate(tokens):
        if is_name[i] and tok.isupper() and 2 <= len(tok) <= 6 \
                and text[start - 1:start] == "(" and text[end:end + 1] == ")" \
                and defines(tok, text[max(0, start - 80):start - 1]):
            is_name[i] = False


def _drop_modifiers(text: str, tokens: list[Token], words: list[str],
                    is_name: list[bool]) -> set[int]:
    """"Het was Best gezellig", "Hij is Echt verdrietig": a numeral or word of degree
    right before the word it modifies is emphasis, not a name (``modifiers.py``). A
    title before it keeps the person ("meneer Best zei")."""
    dropped = set()
    for i, (_, end, _) in enumerate(tokens):
        if words[i] in MODIFIERS and tokens[i][2][:1].isupper() and modifies_next(
                text, end, False) and not (i > 0 and _is_title(words[i - 1])):
            is_name[i] = False
            dropped.add(i)
    return dropped  # never made a name again by consistency ("Best gezellig in Best")


_GROUP_AFTER = re.compile(r"\s+(?:van|uit)\s+(?:groep|klas|gr\.?)\s*\d")


def _spread_found_names(text: str, tokens: list[Token], is_name: list[bool],
                        lexicon: NameLexicon, exempt: set[int] = frozenset()) -> None:
    """Consistency: "Roos" found mid-sentence also goes at the start of a sentence.
    "Het" inside "OBS Het Klaverblad" is part of a name, but "Het" opening a sentence is
    not: sentence openers never spread."""
    found: set[str] = set()
    for (_, _, tok), hit in zip(tokens, is_name, strict=True):
        if hit and fold(_base(tok)) not in lexicon.openers:
            found.update((_key(tok), fold(_base(tok))))
    for i, (_, end, tok) in enumerate(tokens):
        if _GROUP_AFTER.match(text, end) and tok.endswith(("s", "en")):
            continue  # "De Tijgers van groep 7": the class, not "Tijger" (a nickname)
        if not is_name[i] and i not in exempt and tok[0].isupper() \
                and not _is_allowed(tok, lexicon) and (
                    fold(_base(tok)) in found
                    or (_key(tok) in found and not _a_plural(tokens, i, lexicon))):
            is_name[i] = True


def _a_plural(tokens: list[Token], i: int, lexicon: NameLexicon) -> bool:
    """"Bommels aan mutsen" after "Hij heet Bommel": a bare s before a verb or a
    preposition makes a plural, not the name's possessive ("Bommels moeder")."""
    tok = tokens[i][2]
    return tok.endswith("s") and i + 1 < len(tokens) \
        and _no_possessed_noun(tokens[i + 1][2].lower(), lexicon)


def _with_places(text: str, names: list[Detection], lexicon: NameLexicon,
                 tokens: list[Token], words: list[str]) -> list[Detection]:
    """Add named places and plain handles; a name inside a named place ("camping De
    Wielewaal") goes with the place (one sweep: both lists are sorted by start)."""
    places = (_named_places(text, lexicon) + _plain_handles(text, lexicon)
              + _lived_at(text, lexicon) + _places_by_grammar(text, tokens, words, lexicon))
    if not places:
        return names
    places.sort(key=lambda d: d.start)
    kept, k, reach = [], 0, -1
    for n in names:
        while k < len(places) and places[k].start <= n.start:
            reach = max(reach, places[k].end)
            k += 1
        if n.end > reach:
            kept.append(n)
    return sorted([*kept, *places], key=lambda d: d.start)


def _places_by_grammar(text: str, tokens: list[Token], words: list[str],
                       lexicon: NameLexicon) -> list[Detection]:
    """Places named with ordinary words and Dutch woonplaatsen (``places.py``)."""
    def allowed(word: str) -> bool:
        return _is_allowed(word, lexicon)

    def word(w: str) -> bool:
        return _is_ordinary_word(w, lexicon)

    def allowed_name(name: str) -> bool:
        parts = name.split()
        return (len(parts) == 1 and allowed(name)) or tuple(
            fold(w) for w in parts) in lexicon.phrases

    def listed_name(name: str) -> bool:
        # A woonplaats is kept only as a big city on the list itself, never as an allowed
        # word with a word glued to it ("Nieuwveen" is no "Nieuw" + "veen").
        return fold(name) in lexicon.allow or name in lexicon.allow_caps or tuple(
            fold(w) for w in name.split()) in lexicon.phrases

    spans = lower_case_places(text, tokens, words, lexicon.places) + capitalised_runs(
        text, tokens, words, allowed, allowed_name) + gazetteer_places(
        text, tokens, words, lexicon.places, word, listed_name,
        lambda start: _at_sentence_start(text, start)) + city_districts(
        text, tokens, words, lexicon.places, word, allowed)
    return [Detection(a, b, "plaats") for a, b in spans]


# A place named after what it is: "camping De Wielewaal", "distributiecentrum Noordwest",
# "moskee Al Fath", "buurthuis De Schakel". The noun belongs to the name: together they
# point at one place. Compounds of these nouns count too ("sportcentrum", "visclub").
_PLACE_NOUN = re.compile(
    # "Gereformeerde Kerk", "Eritrees-orthodoxe kerk": the adjective belongs to the name
    r"(?<![\w-])(?:[A-Z][a-zë]+(?:e|se)\s+(?=[A-Z])|[A-Z][a-zë]+-[a-zë]+(?:e|se)\s+)?"
    # The head of the compound says what kind of place it is ("basisschool", "sportpark",
    # "vakantiepark", "bloemenhandel", "woonwijk"); whatever is glued before it.
    r"(?P<noun>(?i:[a-zë]*(?:centrum|fabriek|bedrijf|club|vereniging|kliniek|praktijk|erij|"
    r"opvang|supermarkt|winkel|zwembad|sporthal|bibliotheek|school|wijk|buurt|park|flat|"
    r"complex|hal|zaal|bad|baan|kamp|markt|handel|zaak|hotel|pension|huis|kerk|tuin|"
    r"boerderij|parochie|dorp|haven)|camping|moskee|manege|scouting|"
    # shops, eating places, foundations and temples by their kind ("Cafetaria De Smikkel",
    # "Toko Mahabier", "Stichting Hooyo", "mandir Shri Vishnu")
    r"cafetaria|café|cafe|eetcafé|lunchroom|pizzeria|toko|bakkal|kapper|stichting|mandir|"
    r"gurdwara|"
    r"azc|bakkerij|slagerij|kapsalon|snackbar|garage|hotel|restaurant|buurthuis|wijkcentrum|"
    r"kerkgemeente|parochie|kinderopvang|peuterspeelzaal|speeltuin|boerderij|kerk|"
    # a school by its kind's short form: "cbs De Wegwijzer", "obs Het Klaverblad", "ikc ..."
    r"(?i:p?c?bs|obs|rk\.?bs|kbs|ikc|kc|sbo|so|vso)|"
    # childcare by name: "kinderdagverblijf Het Kabouterhuis", "bso De Boomhut"
    r"kinderdagverblijf|kdv|bso|peuteropvang))"
    # the name may stand in quotes: hotel ‘De Gouden Leeuw’
    r"\s+[\"'‘“„«]?(?P<name>(?:(?:de|De|het|Het|'t|’t|van|Van|der|den|ter|ten|al|Al|el|El)\s+){0,3}"
    # the town after it ("in Baarlo") is judged on its own: "in" stays, a big city too
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+['’]\d{2}\b)?)")
_KIND_KEPT = re.compile(r"(?i)p?c?bs|obs|rk\.?bs|kbs|ikc|kc|sbo|so|vso|kinderdagverblijf|kdv|bso|"
                        r"peuteropvang")
# The noun after the name: "de Al-Fath moskee", "de Medhane Alem kerk".
_PLACE_AFTER = compile_fast(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
    r"(?P<noun>moskee|kerk|synagoge|tempel|camping|manege|kliniek|fabriek|kwekerij|bakkerij|"
    r"slagerij|supermarkt|sporthal|buurthuis|azc)\b")
# An employer is a place: "werkt bij Tata Steel", "werkt bij Albert Heijn Nieuw-Buinen".
_EMPLOYER = compile_fast(
    r"\b(?:werkt|werken|werkte|werkten|werkzaam|ploegendienst|in\s+dienst|baan|stage)\b"
    r"[^.;:\n()]{0,30}?\bbij\s+(?P<name>[A-Z][\w'’&-]*(?:\s+(?:(?:van|de|der|den|het|'t|in|"
    r"te|aan)\s+)*(?:['’]s-)?[A-Z][\w'’&-]*)*)")


# "haar insta is lotjex", "TikTok: daantjuh": after a platform word, a word no Dutch
# dictionary has is an account name, also without "@", digits or an underscore.
_PLATFORM_HANDLE = compile_fast(
    r"(?i)\b(?:insta|instagram|snap|snapchat|tiktok|tik\s?tok|roblox|fortnite|discord|twitch|"
    r"youtube|telegram|gamertag|gebruikersnaam|accountnaam|username|spelersnaam|profielnaam)"
    r"\b(?:-?account|-?naam)?\s*(?::|\bis\b|\bheet\b|\bals\b)\s*['\"‘“]?"
    r"(?P<handle>[A-Za-z][A-Za-z0-9_.]{2,30})(?![\w@])")


# "het account gijsvrml", "beheerder darkwolfie", "noemt zich darkwolfie": right after the
# word for an account or its keeper, a word no Dutch dictionary has is its user name.
_ACCOUNT_HANDLE = compile_fast(
    r"(?i)\b(?:account|profiel|beheerder|admin|gebruiker|kanaal|noemt\s+zich|noemde\s+zich)"
    r"\s+['\"‘“]?(?P<handle>(?-i:[a-z][a-z0-9_.]{3,30}))(?![\w@])")


def _plain_handles(text: str, lexicon: NameLexicon) -> list[Detection]:
    out = []
    for m in _ACCOUNT_HANDLE.finditer(text):
        handle = m.group("handle").rstrip(".")
        if not (_is_ordinary_word(handle, lexicon) or handle in _FUNCTION_WORDS
                or _is_allowed(handle, lexicon)
                or handle.endswith(ACCOUNT_KINDS) and ordinary_compound(
                    handle, lexicon.words.__contains__, lambda w: finite_verb(w, lexicon))):
            out.append(Detection(m.start("handle"), m.start("handle") + len(handle), "account"))
    for m in _PLATFORM_HANDLE.finditer(text):
        handle = m.group("handle").rstrip(".")
        if (_is_ordinary_word(handle, lexicon) or handle.lower() in _FUNCTION_WORDS
                or _is_allowed(handle, lexicon) or handle.lower() in CHAT_SLANG):
            continue  # 'Snapchat: "hey kom je"': a greeting, no account
        out.append(Detection(m.start("handle"), m.start("handle") + len(handle), "account"))
    out += [Detection(a, b, "account") for a, b in user_names(text, lexicon)]
    return out


# "in de Rivierenwijk", "de Schilderswijk": a neighbourhood with its article.
_NEIGHBOURHOOD = re.compile(r"\b(?:de|het)\s+[A-Z][\w'’-]*(?:wijk|buurt|kwartier|dorp|polder)\b")


# "Oma woont in Bijlmer-Oost, Kikkenstein 1420": a name with a house number where the
# sentence says where someone lives is an address, whatever its street word.
_LIVES = compile_fast(r"(?i)\b(?:woont|wonen|woonde|woonden|woning|adres|verhuisd|verhuist|"
                      r"verhuizen|ingetrokken|logeert|verblijft|verblijven)\b[^.;!?\n]{0,60}$")
_NAME_NUMBER = compile_fast(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]+\s+){0,2}(?P<last>[A-Z][\w'’-]+)\s+\d{1,5}"
    r"(?:\s?[a-zA-Z]\b|-\d{1,4}\b)?(?![\w.,:/]?\d)"
    r"(?!\s*(?:dagen|dag|keer|weken|week|jaar|jaren|uur|kinderen|personen|maanden|minuten|"
    r"nachten|km|meter|euro|%))")


def _lived_at(text: str, lexicon: NameLexicon) -> list[Detection]:
    out = []
    for m in _NAME_NUMBER.finditer(text):
        last = m.group("last")
        if (_is_allowed(last, lexicon) or _is_ordinary_word(_base(last), lexicon)
                or not _LIVES.search(text, max(0, m.start() - 80), m.start())):
            continue
        out.append(Detection(m.start("last"), m.end(), "adres"))
    return out


# Words that end like a place noun but name none ("thuis", "bad" as in "in bad").
_NO_PLACE_NOUNS = frozenset(["thuis", "bad", "huis", "hal", "zaal", "baan", "kamp", "markt",
                             "handel", "zaak", "tuin", "park", "dorp"])


def _label_on_next_line(text: str, m: re.Match) -> bool:
    """"Plaats: gymzaal\nAanwezig: juf": the capital after a place noun is the next line's
    label, not the place's name (review s33)."""
    return "\n" in text[m.end("noun"):m.start("name")] and text[m.end("name"):].startswith(":")


def _named_places(text: str, lexicon: NameLexicon) -> list[Detection]:
    out = [Detection(m.start(), m.end(), "plaats") for m in _NEIGHBOURHOOD.finditer(text)
           if not _is_allowed(m.group().split()[-1], lexicon)]
    for m in _PLACE_AFTER.finditer(text):
        words = m.group("name").split()
        if any(not _is_allowed(w, lexicon) and fold(w) not in lexicon.openers
               and not _is_ordinary_word(_base(w), lexicon) for w in words):
            out.append(Detection(m.start(), m.end("name"), "plaats"))  # "moskee" stays
    for m in _EMPLOYER.finditer(text):
        words = tuple(fold(w) for w in _TOKEN.findall(m.group("name")))
        if words not in lexicon.phrases and not all(
                _is_allowed(w, lexicon) for w in m.group("name").split()):
            out.append(Detection(m.start("name"), m.end("name"), "plaats"))
    for m in _PLACE_NOUN.finditer(text):
        if m.group("noun").lower() in _NO_PLACE_NOUNS or _label_on_next_line(text, m):
            continue
        words = [w for w in m.group("name").split() if w.lower() not in _PARTICLES]
        if all(_is_allowed(w, lexicon) for w in words):
            continue  # "gemeente Amsterdam" is a place too, but "kinderopvang Jeugdzorg" not
        # A school's or a crèche's kind says nothing of which one ("cbs [plaats]"): it stays,
        # and so does any kind written in lower case ("de moskee [plaats]", "camping
        # [plaats]"): a fact, not part of the name. With a capital it is part of the name
        # ("Cafetaria De Smikkel", "Hotel De Gouden Leeuw", "Gereformeerde Kerk ...").
        noun = m.group("noun")
        kind_kept = _KIND_KEPT.fullmatch(noun) or (noun[:1].islower()
                                                   and m.start() == m.start("noun"))
        start = m.start("name") if kind_kept else m.start()
        if kind_kept and m.group("name").startswith("van "):
            start += 4  # "in de buurt van Nador": the preposition, not the name's particle
        out.append(Detection(start, m.end(), "plaats"))
    return out


def _merge(text: str, tokens: list[tuple[int, int, str]], is_name: list[bool]
           ) -> list[Detection]:
    spans: list[list[int]] = []
    i = 0
    while i < len(tokens):
        if not is_name[i]:
            i += 1
            continue
        start, end = tokens[i][0], tokens[i][1]
        # Particles right before the name ("van der Meer", "'t Hart") when they follow
        # another name word or open the text/sentence; weak ones only inside a run.
        j = i - 1
        while j >= 0 and tokens[j][2].lower() in _PARTICLES and _gap_ok(text, tokens[j][1],
                                                                       start):
            j -= 1
        run_start = j + 1
        if run_start < i and not _place_words(tokens[run_start:i], tokens[i][2]):
            opener = tokens[run_start][2].lower()
            apostrophe_t = opener == "t" and text[tokens[run_start][0] - 1:][:1] in "'’"
            joined_to_name = apostrophe_t or (
                j >= 0 and is_name[j] and _gap_ok(text, tokens[j][1], tokens[run_start][0]))
            article = opener in ("de", "het") and tokens[i][2].islower()  # "de tijger (...)"
            # "camping De Wielewaal"; "De sloper is ..." opens a sentence with an article
            capital = tokens[run_start][2][:1].isupper() and not article
            # "de lange", "de bolle": an adjective is a noun only with its article, which
            # is part of such a nickname
            made_noun = opener == "de" and run_start == i - 1 and tokens[i][2].islower() \
                and tokens[i][2] in _NICKNAME_ADJECTIVES | NICKNAME_ADJECTIVES
            if joined_to_name or capital or made_noun or (opener not in _WEAK and not article and
                                             _at_sentence_start(text, tokens[run_start][0])
                                             ) or (opener not in _WEAK and j >= 0
                                                     and _is_title(tokens[j][2])
                                                     # not across a sentence: 'juf". De'
                                                     and _gap_ok(text, tokens[j][1],
                                                                 tokens[run_start][0])):
                start = _apostrophe_start(text, tokens[run_start][0])
                if j >= 0 and not joined_to_name:
                    # "tante van Kacper": the relation and "van" stay readable.
                    start += preposition_van(tokens[j][2], text[start:end])
        start = _apostrophe_start(text, start)
        # Following name words, possibly with particles between ("Anouk van Dijk").
        k = i + 1
        while k < len(tokens):
            m = k
            while m < len(tokens) and not is_name[m] and tokens[m][2].lower() in _PARTICLES \
                    and _gap_ok(text, tokens[m - 1][1], tokens[m][0]):
                m += 1
            if m > k and _place_words(tokens[k:m], tokens[m][2] if m < len(tokens) else ""):
                break  # "Ulu Camii in Kanaleneiland", "Ria Bakker aan de Boslaan"
            if m < len(tokens) and is_name[m] and _gap_ok(text, tokens[m - 1][1],
                                                          tokens[m][0]):
                end, k = tokens[m][1], m + 1
                continue
            break
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
        i = k
    return [Detection(s, e, "naam") for s, e in spans]


_STREET_END = re.compile(r"(?:straat|laan|weg|plein|singel|gracht|kade|dreef|steeg|plantsoen|"
                         r"hof|dijk|park|pad|ring|markt)$")


def _place_words(particles: list[tuple[int, int, str]], following: str) -> bool:
    """Particles between two capitalised words that say where, not whose: a lone "in",
    "op", "aan", "uit" ("Ulu Camii in Kanaleneiland"), or a run before a street ("aan de
    Boslaan"), or before a lower-case word ("daan aan de draak: ...": a surname after "op
    den" has its capital). "Anouk op den Akker" and "Marie in 't Veld" stay one name."""
    words = [t[2].lower() for t in particles]
    if len(words) == 1 and words[0] in ("in", "op", "aan", "uit"):
        return True
    return words[0] in _WEAK and (bool(_STREET_END.search(following.lower()))
                                  or following[:1].islower())


_TITLES = frozenset(["meneer", "mevrouw", "mevr", "mw", "dhr", "juf", "juffrouw", "meester",
                     "heer", "familie", "mijnheer", "oma", "opa", "tante", "oom", "buurman",
                     "buurvrouw"])


def _is_title(word: str) -> bool:
    return word.lower() in _TITLES


# Words after which a lower-case word is a (nick)name: "de buurjongen dikkie", "kleine
# sem", "heet kiki", "bijnaam gj".
_NAME_BEFORE = _TITLES | frozenset([
    "buurjongen", "buurmeisje", "buurkind", "buurjongetje", "buurmeisje", "vriendje",
    "vriendinnetje", "neefje", "nichtje", "broertje", "zusje", "ome", "kleine", "heet",
    "maatje", "vriend", "vriendin", "oppas", "stiefvader", "stiefmoeder", "stiefbroer",
    "stiefzus", "halfbroer", "halfzus", "neef", "nicht", "zekere", "ene", "klasgenoot",
    "klasgenootje", "buurvrouw", "buurman", "vriendje", "vriendinnetje",
    "heette", "genaamd", "bijnaam", "roepnaam", "alias", "schuilnaam", "nick",
    "coach", "trainer", "trainster",
    "zoon", "zoontje", "dochter", "dochtertje", "partner", "stiefzoon", "stiefdochter",
    # "zijn broer sassie", "haar man zbyszek": a word no dictionary has (or a listed name)
    # after a word for a relative or partner is that person's name
    "broer", "zus", "man", "vrouw",
    # plural: "oudere jongens tweety en spekkie", "zijn broers ali en mo"
    "jongens", "meisjes", "vrienden", "vriendinnen", "broers", "zussen", "neven", "nichten",
    "buurjongens", "buurmeisjes", "klasgenoten",
    # forms of address for a parent, as written in chats: "zegt pappie kees", "noemt hem
    # papa joop" (a parent's name after them; "papa kookt", "mama wil" stay: words)
    "pappie", "mammie", "pappa", "mamma", "paps", "mams", "papa", "mama",
    *FOREIGN_KINSHIP])
# Adjectives that make a nickname with the name after them: "dikke dirk", "lange piet";
# the adjective belongs to the nickname.
_NICKNAME_ADJECTIVES = frozenset(["dikke", "lange", "ouwe", "gekke", "rooie", "kale", "vieze",
                                  "gore", "malle", "rare", "stoere", "dolle", "gouden",
                                  "bolle", "vette"])
# Titles and kinship words used without an article, as part of a name ("ome knoest").
_BARE_TITLES = frozenset(["ome", "oom", "tante", "opa", "oma", "opi", "omi", "coach",
                          "trainer", "trainster", "juf", "meester", "buurman", "buurvrouw",
                          *FOREIGN_KINSHIP])
_CALL_VERBS = frozenset(["noemt", "noemen", "noemde", "noemden", "noem",
                         "call", "calls", "called"])  # "they call him Bullet" (chats)
_SHOUT_VERBS = frozenset(["roept", "roepen", "riep", "riepen"])
_CALLED_OBJECTS = frozenset(["hem", "haar", "hen", "ze", "mij", "me", "zichzelf", "elkaar",
                             "him", "her"])
# Subjects in an inverted "noemen ze haar ster" (the verb first, after a fronted phrase).
_CALLING_SUBJECTS = frozenset(["ze", "zij", "hij", "we", "wij", "jullie", "ik", "je", "men"])
# After a lower-case name: "wordt gj genoemd", "die kinderen kiki noemen".
_NAME_AFTER = frozenset(["genoemd", "noemen", "noemt", "noemde", "noemden"])


def _name_place(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    def joined(a: int, b: int) -> bool:
        return a >= 0 and b < len(tokens) and _gap_ok(text, tokens[a][1], tokens[b][0])

    before = tokens[i - 1][2].lower() if i > 0 else ""
    if before in _NAME_BEFORE and joined(i - 1, i):
        return True
    if (before in _CALLED_OBJECTS and i > 1 and tokens[i - 2][2].lower() in _CALL_VERBS
            and joined(i - 2, i - 1) and joined(i - 1, i)):
        return True  # "noemt hem dziadzio"
    after = tokens[i + 1][2].lower() if i + 1 < len(tokens) else ""
    # "In de bus noemen ze haar de pan": a place opening the clause, no name before the verb
    in_a_place = i > 1 and before in ("de", "het", "'t") \
        and tokens[i - 2][2].lower() in PLACE_PREPOSITIONS
    return after in _NAME_AFTER and joined(i, i + 1) and not in_a_place


_FUNCTION_WORDS = frozenset([
    "diens", "wiens", "wier",  # "Mustafa en diens broer": a pronoun, no nickname
    "him", "her", "they", "them",  # English in a chat: "they call him Bullet"
    "de", "het", "een", "hem", "haar", "hen", "hun", "zijn", "ze", "zij", "hij", "ik", "je",
    "jij", "we", "wij", "u", "niet", "wel", "ook", "nog", "al", "zo", "dat", "die", "dit",
    "deze", "er", "daar", "hier", "en", "of", "maar", "want", "dan", "als", "om", "te",
    "mama", "papa", "oma", "opa", "tante", "oom", "mam", "pap", "meneer", "mevrouw",
    # verbs that follow a noun ("de oppas kunnen ze niet betalen"), never a nickname
    "kunnen", "kan", "kon", "konden", "moeten", "moet", "moest", "willen", "wil", "wilde",
    "mogen", "mag", "mocht", "zullen", "zal", "zou", "zouden", "gaan", "gaat", "ging",
    "komen", "komt", "kwam", "kwamen", "blijven", "blijft", "bleef", "worden", "wordt",
    "werd", "hebben", "heeft", "had", "hadden", "is", "was", "waren", "zijn", "doet",
    "deed", "laten", "laat", "liet", "zegt", "zei", "zeggen", "heeft", "betalen", "helpen",
    "halen", "brengen", "past", "pas", "paste", "en", "of", "met", "bij", "naar", "op",
    *FOREIGN_KINSHIP])
_ABBREVIATED_TITLES = frozenset(["dhr", "mw", "mevr", "dr", "drs", "ir", "ing", "mr", "jr", "fam",
                                 "sr", "ca", "bijv", "evt", "ds", "st", "prof",
                                 # lower-case abbreviations, never a name
                                 "nr", "nrs", "tel", "tst", "blz", "pag", "mbv", "ivm", "nav",
                                 "tav", "mbt", "zgn", "enz", "min", "max", "gr", "vlg"])
_APPOSITION_NOUNS = frozenset([
    "vriend", "vriendin", "man", "vrouw", "jongen", "meisje", "buurman", "buurvrouw",
    "buurjongen", "buurmeisje", "collega", "kennis", "oom", "tante", "neef", "nicht", "oppas",
    "klasgenoot", "vriendje", "vriendinnetje", "broer", "zus", "jongen"])
_STRONG_BEFORE = frozenset(["heet", "heette", "genaamd", "bijnaam", "roepnaam", "alias",
                            "schuilnaam", "koosnaam", "bijgenaamd"])
_POSSESSIVES = frozenset(["zijn", "haar", "hun", "mijn", "de", "die", "ons", "onze"])


# Strong past tenses the stem test of ``finite_verb`` does not know, that may end a
# subordinate clause after "noemen hem" ("die ze Kapitein noemen hem sloeg").
_SLOT_VERBS = frozenset(["sloeg", "schopte", "duwde", "pestte", "beet", "trapte", "kneep"])
# After these verbs a bare noun cannot stand: the word is who speaks ("zei roos").
_SPEECH_VERBS = frozenset(["zei", "zegt", "vroeg", "vraagt", "riep", "roept", "antwoordde",
                           "fluisterde", "schreeuwde", "vertelde", "gilde", "lachte"])
# Nouns that may stand bare ("met storm en regen", "vroeg hoop"?): never a name here.
_BARE_NOUNS = frozenset(["storm", "zon", "hoop", "vis", "ster", "wolk", "dauw", "sky", "regen",
                         "wind", "sneeuw", "liefde", "plezier", "geluk", "pech", "zorg",
                         "moeite", "succes", "rust", "vrede", "water", "brood", "melk", "zand"])


def _word_used_as_name(text: str, tokens: list[tuple[int, int, str]], i: int,
                       words: list[str], lexicon: NameLexicon) -> bool:
    """A lower-case ordinary word that is also a name, where context marks a name: right
    after a verb of speaking ("zei roos"; joined to a name by "en", "met roos en sem" is
    found by the coordination rule). Not after "met" alone: "kwam met bus" is sloppy
    writing, and the word list cannot tell first names from surnames ("Bus")."""
    after = i > 0 and words[i - 1] in _SPEECH_VERBS and _gap_ok(
        text, tokens[i - 1][1], tokens[i][0])
    # Also the bare subject of a verb of speaking, opening a sentence or a quote ("nel zegt
    # dat", "sjaak zei"): a noun there has its article ("de juf zegt"), so a word without
    # one that the lists know as a given name is the name.
    before = (not after and i + 1 < len(tokens) and words[i + 1] in _SPEECH_VERBS
              and _gap_ok(text, tokens[i][1], tokens[i + 1][0])
              and _at_sentence_start(text, tokens[i][0])) or (
        # "'nee joep was het'", "'roos is ziek'": the bare subject opening a chat message
        not after and tokens[i][2].islower() and bare_subject(text, tokens[i][0], tokens[i][1]))
    if not (after or before):
        return False  # the cheap test first: it rules out almost every word
    tok = tokens[i][2]
    base = _base(tok)
    return not (not tok.islower() or len(base) < 3 or base in _FUNCTION_WORDS
                or base in _BARE_NOUNS or fold(base) in lexicon.openers
                or not _is_ordinary_word(base, lexicon)
                or base.capitalize() not in lexicon.proper
                or _is_allowed(base.capitalize(), lexicon))  # "zei sinterklaas"


def _hers(words: list[str], i: int, lexicon: NameLexicon,
          tokens: list[Token] | None = None) -> bool:
    """"Moeder noemde haar klantnummer niet": after "haar" a school thing or a thing one
    mentions of oneself is what she has, not what she is called. So is a lower-case word with
    a capital right after it: "haar" is then a possessive and the capital is the name
    ("noemt haar broertje Beer"; "noemt haar knuffel Beer" names a toy)."""
    if i < 1 or words[i - 1] != "haar":
        return False
    then_capital = tokens is not None and i + 1 < len(tokens) and tokens[i][2].islower() \
        and tokens[i + 1][2].istitle() and tokens[i][1] + 1 == tokens[i + 1][0]
    return words[i] in _MENTIONED or then_capital \
        or _thing_compound(words[i], lexicon)


def _named_before(tokens: list[Token], words: list[str], i: int) -> bool:
    """"een klasgenoot die ook Mohamed heet vochten": the name stands before "heet", the
    word after it is the verb of the sentence around the clause."""
    if i >= 3 and words[i - 1] in ("heet", "heette") and words[i - 3] in ("die", "dat") \
            and words[i].endswith("t") and i + 1 < len(words) and words[i + 1] in (
                "hem", "haar", "hen", "ze", "me", "mij", "ons", "er", "de", "het", "een"):
        return True  # "een die Kapitein heet slaat hem": the main clause's verb
    return i >= 2 and words[i - 1] in ("heet", "heette", "heten") \
        and tokens[i - 2][2][:1].isupper() and words[i].endswith("en")


# What one names ("noemt") of one's own: "noemde haar adres", "noemt zijn naam".
_MENTIONED = frozenset(["naam", "achternaam", "voornaam", "adres", "leeftijd", "woonplaats",
                        "werk", "werkgever", "beroep", "school", "klas", "groep", "reden",
                        "redenen", "zorgen", "wensen", "mening", "nummer", "geboortedatum",
                        "geboorteland", "nationaliteit", "moeder", "vader", "ouders",
                        "kinderen", "man", "vriend", "vriendin", "familie"])


def _strong_name_place(text: str, tokens: list[tuple[int, int, str]], i: int,
                       words: list[str]) -> bool:
    """Places where only a name can stand: "heet X", "noemt zijn oom X", "van ... X
    genoemd"; and after a relation + "van" ("moeder van jayjay"). ``words``: the tokens
    in lower case (made once per text)."""
    def joined(a: int, b: int) -> bool:
        return all(_gap_ok(text, tokens[k][1], tokens[k + 1][0]) for k in range(a, b))

    if i >= 1 and words[i - 1] in _STRONG_BEFORE and joined(i - 1, i):
        return True
    if i >= 2 and words[i - 2] in _STRONG_BEFORE and words[i - 1] in MORE_ADVERBS \
            and joined(i - 2, i):
        return True  # "Hij heet eigenlijk Batman", "heet voluit Tank" (review s36)
    if i >= 2 and words[i - 1] == "naam" and words[i - 2] == "de" and tokens[i][2].istitle() \
            and joined(i - 2, i):
        return True  # "luistert naar de naam Tank" (a capital only: "de naam klopt")
    if (i >= 2 and words[i - 2] in _CALL_VERBS and words[i - 1] in _CALLED_OBJECTS
            and joined(i - 2, i)):
        return True  # "zij noemt hem keef"
    if (i >= 3 and words[i - 3] in _CALL_VERBS and words[i - 2] in _POSSESSIVES
            and words[i - 1] in _NAME_BEFORE and joined(i - 3, i)):
        return True  # "noemt zijn oom memo" (not "noemt de nieuwe vriend": an adjective)
    if (i >= 3 and words[i - 3] in _CALL_VERBS | _SHOUT_VERBS
            and words[i - 2] in _CALLING_SUBJECTS and words[i - 1] in _CALLED_OBJECTS
            and joined(i - 3, i) and words[i] not in ADVERBS
            and words[i] not in RELATION_WORDS and words[i] not in _APPOSITION_NOUNS):
        # "in de klas noemen ze haar ster", "op het plein roepen ze hem vissie": who calls
        # whom what ("de juf roept hem binnen" has no subject between: to come in; "zo
        # noemt ze haar oppas": "haar" owns the person the word is, naming2's note s37)
        return True
    return (i >= 2 and words[i - 1] == "van" and words[i - 2] in RELATION_WORDS
            and joined(i - 2, i))


_DOTTED_ABBREVIATION = compile_fast(
    r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in sorted(NOT_INITIALS, key=len, reverse=True))
    + r")(?!\w)")


def _drop_abbreviations(text: str, tokens: list[tuple[int, int, str]],
                        is_name: list[bool]) -> None:
    """"N.B.", "P.S.", "B.V." are no initials (one regex pass, then one token pass)."""
    spans = [(m.start(), m.end()) for m in _DOTTED_ABBREVIATION.finditer(text)]
    if not spans:
        return
    k = 0
    for i, (start, _end, _tok) in enumerate(tokens):
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        if k < len(spans) and spans[k][0] <= start:
            is_name[i] = False


_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)")
_LEVEL_WORDS = compile_fast(r"(?i)\b(?:niveau|niveaus|cito|score|scores|resultaat|resultaten|"
                            r"toets|toetsen|van|naar)\s*$")


# A test's level as a letter ("Spelling: niveau E.", "scoorde een C"), no initial.
_LETTER_LEVEL = compile_fast(r"(?i)\b(?:niveau|niveaus|cito|score|scores|toets|toetsen|"
                             r"(?:scoort|scoorde|haalde|haalt|kreeg|krijgt)\s+een)\s*:?\s*$")


def _drop_roman_numerals(text: str, tokens: list[Token], is_name: list[bool]) -> None:
    """"zakten van IV naar V", "Cito niveau III": levels, no initials or names. A roman
    numeral counts as one when a level word stands before it or another numeral is near.
    So is a letter A-F after a level word ("niveau E.")."""
    for i, (start, _, tok) in enumerate(tokens):
        if is_name[i] and len(tok) == 1 and tok in "ABCDEF" \
                and _LETTER_LEVEL.search(text, max(0, start - 20), start):
            is_name[i] = False
    numerals = [i for i, (_, _, tok) in enumerate(tokens) if _ROMAN.fullmatch(tok)]
    for i in numerals:
        start, tok = tokens[i][0], tokens[i][2]
        k = i + 1
        while k < len(tokens) - 1 and tokens[k][2].lower() in _PARTICLES:
            k += 1
        if len(tok) == 1 and k < len(tokens) and is_name[k] \
                and _gap_ok(text, tokens[i][1], tokens[i + 1][0]):
            continue  # "V. Jansen", "I. de Boer": an initial
        near = any(j != i and abs(tokens[j][0] - start) <= 20 and len(tokens[j][2]) > 1
                   for j in numerals)
        level = _LEVEL_WORDS.search(text, max(0, start - 12), start)
        if is_name[i] and (near or (level and len(tok) > 1)):
            is_name[i] = False


def _drop_fixed_phrases(text: str, tokens: list[tuple[int, int, str]], is_name: list[bool],
                        lexicon: NameLexicon) -> None:
    """Fixed expressions with a name in them are no names: "Albert Heijn", "Jan en
    alleman", "Zorg- en Adviesteam" (``NameLexicon.phrases``, from the allow list)."""
    if not lexicon.phrases:
        return
    folded = [fold(t[2]) for t in tokens]
    longest = max(len(p) for p in lexicon.phrases)
    for i in range(len(tokens)):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            if tuple(folded[i:i + size]) in lexicon.phrases:
                for k in range(i, i + size):
                    is_name[k] = False
                break


def _gap_ok(text: str, end: int, start: int) -> bool:
    """Only whitespace (or a hyphen) between two parts of one name, no line break; after a
    single letter also its dot ("S. Öztürk", "r. de graaf": a lower-case letter is a name
    part only where ``_initials_before_names`` made it one)."""
    gap = text[end:start]
    if gap.startswith(".") and end >= 1 and text[end - 1].isalpha() and (
            end < 2 or not text[end - 2].isalnum() and (
                text[end - 1].isupper() or text[end - 2].isspace())):  # not "t.n.v. M."
        gap = gap[1:]
    return len(gap) <= 3 and gap.strip(" \u00a0-") == "" and "\n" not in gap


def _apostrophe_start(text: str, start: int) -> int:
    """Include the apostrophe of "'t Hart" / "’t" in the span - but not an opening
    quote before a name ("zei: 'Stefan ..."), which belongs to the sentence."""
    if (start > 0 and text[start - 1] in "'’"
            and text[start:start + 2].lower() == "t "):
        return start - 1
    return start


def name_detector(lexicon: NameLexicon):
    """A ``Detector`` for ``anonymise(..., detector=)`` bound to one lexicon."""
    def detector(text: str) -> list[Detection]:
        return detect_names(text, lexicon)
    detector.is_word = lambda word: _is_ordinary_word(word, lexicon)  # type: ignore[attr-defined]
    # Institutions, platforms, holidays ("ggd", "tiktok"): words that name no one.
    detector.is_allowed = lambda word: _is_allowed(word, lexicon)  # type: ignore[attr-defined]
    # Given names and surnames the lists know ("Marion"): somebody, maybe not the known one.
    detector.is_proper = lambda word: word in lexicon.proper  # type: ignore[attr-defined]
    return detector


# Shared with ``name_flags``, which weighs the same words below the removal threshold.
at_sentence_start = _at_sentence_start
is_allowed = _is_allowed
thing_compound = _thing_compound
