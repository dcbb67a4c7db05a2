"""A count noun without its article where a person stands: a (nick)name (issue 16, s38).

The principle, from Dutch grammar rather than from the words of a corpus: a singular
count noun needs a determiner (article, possessive, demonstrative, number) when it fills
a person's slot - the subject of a clause, the object of a preposition of company, a
conjunct next to a person. A word that stands bare there is used as a proper name:
"omdat gieter hem uitlachte", "In de pauze pakte druppel zijn bal af", "Mama en hengel
kwamen", "Ze heeft gisteren bij knoopje geslapen", "heeft spons geslagen".

Grammar's own exceptions, each kept by a predicate rather than a word list of the cue:
mass and abstract nouns and plurals take no article (only a noun with a plural or a
diminutive, or a word no dictionary has, is a count noun here: ``count_noun``); fixed
phrases of a preposition and a bare noun ("naar huis", "met vakantie", "op school") are
outside these slots (the places' prepositions are not in them, "met" and "tegen" are
left out because a note writes instruments and walls bare: "met riem geslagen", "tegen
kast geduwd"); telegraph style drops articles in fragments and main clauses ("Jas kwijt.",
"Fiets stond buiten"), so a subject counts only in a subordinate clause or after a
fronted phrase, where a note keeps its articles, and only when the clause goes on with
what a person does. Words for persons, roles, activities and infinitives are the
caller's ``noun`` test (``name_flags``).

Pure functions over the tokens of ``name_flags`` ((start, end, word) outside the tags).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from zorgdesk.domain.anonymise.person_nouns import HURT, human_action, word_for_a_person
from zorgdesk.domain.anonymise.person_predicates import a_person_follows, conjunction_dat
from zorgdesk.domain.anonymise.person_slots import (
    SPEECH_VERBS,
    adjective,
    finite_verb,
    unknown_word,
)
from zorgdesk.domain.anonymise.role_fit import is_title_word

__all__ = ["ARTICLE_MISSING", "addressed_in_quote", "article_slot", "count_noun",
           "titled_name"]

ARTICLE_MISSING = "mogelijk een bijnaam: staat zonder lidwoord waar een persoon staat"

Token = tuple[int, int, str]

# Conjunctions that open a subordinate clause; its first word is the subject. Not "als"
# ("als kind", "als straf": a role) and not "dat" unless it follows saying or knowing.
_SUBORDINATORS = frozenset(["omdat", "toen", "nadat", "voordat", "terwijl", "zodat", "zodra",
                            "wanneer", "totdat", "doordat", "hoewel", "tenzij", "waarna",
                            "dat"])
# After the subject of a subordinate clause: its object or an adverb (not "en": "dat
# brood en de melk op zijn" lists things in telegraph style).
# ... but "en" and a person is a joined subject: "dat gieter en zijn broer hem opwachten".
_JOINED_PERSON = re.compile(r" en (?:\[|(?:(?:zijn|haar|mijn|z'n|d'r|de) )?(?:" + "|".join(
    ["broer", "zus", "vader", "moeder", "vriend", "vriendin", "neef", "nicht", "oom",
     "tante", "opa", "oma", "mama", "papa", "hij", "zij", "ze"]) + r")\b)")
_SUBJECT_NEXT = frozenset(["hem", "haar", "mij", "me", "jou", "ons", "hen", "hun", "zijn",
                           "mijn", "jouw", "z'n", "d'r", "niet", "weer", "ook", "altijd",
                           "steeds", "vaak", "nooit", "elke", "iedere"])
_OBJECTS = frozenset(["hem", "haar", "mij", "me", "jou", "ons", "hen", "hun", "zijn",
                      "mijn", "jouw", "z'n", "d'r", "de", "het", "een"])
# A fronted phrase that is no subject: a preposition's phrase or a time adverb.
_FRONT_PREPOSITIONS = frozenset(["in", "op", "na", "voor", "tijdens", "bij", "onder",
                                 "achter", "naast", "buiten", "binnen", "om", "rond",
                                 "volgens", "sinds", "vanaf", "tot", "aan", "uit", "van"])
_FRONT_ADVERBS = frozenset(["gisteren", "vandaag", "vanochtend", "vanmiddag", "vanavond",
                            "daarna", "later", "toen", "soms", "vaak", "ook", "nu", "dan",
                            "daarom", "thuis", "buiten", "eerst", "opeens", "ineens",
                            "vorige", "afgelopen", "elke", "iedere", "laatst", "net"])
_COPULAS = frozenset(["is", "was", "wordt", "werd", "blijft", "bleef", "lijkt", "leek",
                      "heet", "heette", "ben", "bent", "zijn", "waren"])
# Prepositions of company after which a singular count noun takes its article
# ("logeert bij [naam]", "zit naast de kast"); "met" and "tegen" are left out (above), and
# "zonder", which takes a bare noun for what is missing ("zonder jas", "zonder helm").
_COMPANY = frozenset(["bij", "naast", "achter", "volgens"])
# Participles that end a phrase of company ("bij knoopje geslapen").
_STRONG_PARTICIPLES = frozenset(["geslapen", "gezeten", "gebleven", "gegeten", "gelopen",
                                 "gekomen", "gegaan", "geweest", "gelegen", "gestaan"])
_JOINS = frozenset(["en", "of"])
_PERSONS = frozenset(["mama", "papa", "moeder", "vader", "mam", "pap", "oma", "opa", "broer",
                      "zus", "broertje", "zusje", "juf", "meester", "oom", "tante", "ome",
                      "neef", "nicht", "buurman", "buurvrouw", "hij", "zij", "ze", "ik", "jij",
                      "wij", "we", "stiefvader", "stiefmoeder", "vriend", "vriendin"])
_HAVE = frozenset(["heeft", "had", "hebben", "hadden", "hebt"])
_CLAUSE_END = ".,;:!?)\n"
# A sentence ends at . ! ? before a space (not in "23.00 uur"), a line, a colon or ";".
_SENTENCE_GAP = re.compile(r"[.!?](?:\s|$)|[\n:;]")
# Where a word no dictionary has is a person: after these, and joined to one after them.
_PERSON_PREPOSITIONS = frozenset(["met", "door", "tegen", "bij", "naast", "achter",
                                  "volgens", "samen"])
# Endings that make an adjective, which never needs an article ("bij aanwezig").
_ADJECTIVE_ENDS = ("ig", "lijk", "isch", "baar", "zaam", "loos")


@lru_cache(maxsize=16384)
def count_noun(word: str, lexicon) -> bool:
    """A noun that counts: a plural or a diminutive in the word list ("kurken", "stenen",
    "gieters", "mugje"), or a word no dictionary has ("flimp"). Mass nouns and abstracts
    have neither, so they go bare in every slot ("met moed", "omdat geld ...")."""
    words = lexicon.words
    if word not in words:
        return True
    stems = {word}
    if len(word) >= 4 and word[-3] == word[-2] and word[-2] in "aeou":
        stems.add(word[:-2] + word[-1])          # steen -> sten(en), boom -> bom(en)
    soft = {s[:-1] + {"s": "z", "f": "v"}[s[-1]] for s in stems if s[-1] in "sf"}
    # "-en" is also an infinitive ("melken", "gedulden"): a plural only of no verb stem
    verb = word + "t" in words or word.endswith(("t", "d"))
    forms = [] if verb else [s + "en" for s in stems | soft] + [word + word[-1] + "en"]
    forms += [word + "s", word + "'s"]
    forms += [word + end for end in ("je", "tje", "pje", "etje", "jes", "tjes", "pjes")]
    return any(form in words for form in forms)


def _gap(text: str, toks: list[Token], a: int, b: int) -> str:
    return text[toks[a][1]:toks[b][0]]


def _lower(toks: list[Token], k: int) -> str:
    return toks[k][2].lower() if 0 <= k < len(toks) else ""


def _subordinate_subject(text: str, toks: list[Token], i: int) -> bool:
    """"omdat gieter hem uitlachte", "toen wasknijper haar achterna rende": the first
    word of a subordinate clause is its subject, and the clause says what a person does."""
    before = _lower(toks, i - 1)
    if before not in _SUBORDINATORS or _gap(text, toks, i - 1, i) != " ":
        return False
    if before == "dat" and not conjunction_dat(text, toks[i][0], "dat"):
        return False
    nxt = _lower(toks, i + 1)
    return a_person_follows(text, toks[i][1]) or _JOINED_PERSON.match(text, toks[i][1]) \
        is not None or (_gap(text, toks, i, i + 1) == " " and nxt in _SUBJECT_NEXT)


def _fronted_subject(text: str, toks: list[Token], i: int, lexicon) -> bool:
    """"Na de gymles duwde schroef hem", "In de pauze pakte druppel zijn bal af": after a
    fronted phrase and the finite verb comes the subject, then the object."""
    verb = _lower(toks, i - 1)
    if i < 2 or _gap(text, toks, i - 1, i) != " " or verb in _COPULAS \
            or not (finite_verb(verb, lexicon) or human_action(verb)):
        return False
    nxt = _lower(toks, i + 1)
    said = nxt == "dat" and (verb in SPEECH_VERBS or verb == "riep")
    if not (nxt in _OBJECTS or said) or _gap(text, toks, i, i + 1) != " ":
        return False
    first = i - 1
    while first > 0 and not _SENTENCE_GAP.search(_gap(text, toks, first - 1, first)):
        first -= 1
    if first == i - 1:
        return False  # the verb opens the sentence: a question or a command
    opener = _lower(toks, first)
    fronted_clause = "," in _gap(text, toks, i - 2, i - 1)
    return opener in _FRONT_PREPOSITIONS or opener in _FRONT_ADVERBS or fronted_clause


def _person_conjunct(text: str, toks: list[Token], i: int, lexicon) -> bool:
    """"Mama en hengel kwamen", "hengel en mama kwamen", "kwamen hij en deurklink":
    joined to a person as the subject of a plural verb."""
    for other, join, nxt in ((i - 2, i - 1, i + 1), (i + 2, i + 1, i + 3)):
        if _lower(toks, join) not in _JOINS or _lower(toks, other) not in _PERSONS:
            continue
        first = min(other, i)
        if other < i and first > 1 and finite_verb(_lower(toks, first - 1), lexicon) \
                and _gap(text, toks, first - 1, first) == " ":
            return True  # inverted: "Volgens moeder kwamen hij en deurklink te laat"
        if first > 0 and _lower(toks, first - 1) not in _SUBORDINATORS \
                and not any(c in _gap(text, toks, first - 1, first) for c in ".!?\n:;,"):
            continue  # "met mama en hengel": another slot
        verb = _lower(toks, nxt)
        if verb.endswith("en") and (finite_verb(verb[:-2] + "t", lexicon)
                                    or verb in lexicon.words and len(verb) > 4) \
                and all(_gap(text, toks, k, k + 1) == " " for k in range(first, first + 3)):
            return True
    return False


def _participle(word: str) -> bool:
    return word in _STRONG_PARTICIPLES or word.startswith("ge") and word.endswith(("d", "t"))


def _sentence_has_verb(text: str, toks: list[Token], i: int, lexicon) -> bool:
    """A finite verb in the sentence of token ``i``: a bullet of symptoms ("jeuk bij
    ..."), a fragment of telegraph style, has none and drops its articles."""
    start = max(text.rfind(c, 0, toks[i][0]) for c in ".!?;\n") + 1
    ends = [e for e in (text.find(c, toks[i][1]) for c in ".!?;\n") if e >= 0]
    end = min(ends) if ends else len(text)
    return any(finite_verb(w.lower(), lexicon) for a, b, w in toks
               if start <= a and b <= end and b != toks[i][1])


def _company(text: str, toks: list[Token], i: int, lexicon) -> bool:
    """"heeft bij knoopje geslapen", "zit naast paraplu en ...": a bare count noun after
    a preposition of company, where the phrase ends (no noun, no name follows), in a
    sentence with a finite verb."""
    if _lower(toks, i - 1) not in _COMPANY or _gap(text, toks, i - 1, i) != " ":
        return False
    after = text[toks[i][1]:toks[i][1] + 2]
    if after[:1] in ("", *_CLAUSE_END):
        ends = True
    elif after != " [" and i + 1 < len(toks) and _gap(text, toks, i, i + 1) == " ":
        nxt = _lower(toks, i + 1)
        closes = text[toks[i + 1][1]:toks[i + 1][1] + 1] in ("", *_CLAUSE_END)
        ends = nxt in _JOINS or _participle(nxt) and closes
    else:
        ends = False
    return ends and _sentence_has_verb(text, toks, i, lexicon)


def _hurt_object(text: str, toks: list[Token], i: int) -> bool:
    """"Ze heeft spons gisteren geslagen": the bare object of hurting is a person."""
    if _lower(toks, i - 1) not in _HAVE or _gap(text, toks, i - 1, i) != " ":
        return False
    for k in range(i + 1, min(i + 8, len(toks))):
        if any(c in _gap(text, toks, k - 1, k) for c in _CLAUSE_END):
            return False
        if _lower(toks, k) in HURT:
            return True
    return False


def _unknown_in_slot(text: str, toks: list[Token], i: int, lexicon) -> bool:
    """"hangt rond met mo en saiid", "verstuurd door wobbo", "vlinko komt zo": a word no
    dictionary has can be no bare thing in telegraph style or an instrument; after a
    preposition of a person, joined to one there, or opening a clause before a finite
    verb, it is somebody."""
    word = toks[i][2]
    if not unknown_word(word, lexicon) or _gap(text, toks, i - 1, i) != " ":
        return False
    before = _lower(toks, i - 1)
    return before in _PERSON_PREPOSITIONS or (
        before in _JOINS and i > 2 and _lower(toks, i - 3) in _PERSON_PREPOSITIONS
        and _gap(text, toks, i - 2, i - 1) == " ")


def _unknown_subject(text: str, toks: list[Token], i: int, lexicon) -> bool:
    """"Bericht: "vlinko komt zo"", "en lolo past op": a word no dictionary has opening
    a clause, before a finite verb, is its subject."""
    word = toks[i][2]
    if not unknown_word(word, lexicon) or i + 1 >= len(toks) \
            or _gap(text, toks, i, i + 1) != " ":
        return False
    opens = i == 0 or _lower(toks, i - 1) in _JOINS or any(
        c in _gap(text, toks, i - 1, i) for c in ".!?:;,\n\"“'‘")
    return opens and finite_verb(_lower(toks, i + 1), lexicon)


_QUOTE_OPEN = re.compile(r"[\"“„]")


def _in_quote(text: str, pos: int) -> bool:
    """Inside a quotation on its line: an odd number of straight quotes before ``pos``,
    or an opening curly one not closed yet."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return line.count('"') % 2 == 1 or line.rfind("“") > line.rfind("”") \
        or line.rfind("„") > max(line.rfind("”"), line.rfind("“"))


def _quoted_subject(text: str, toks: list[Token], i: int, lexicon) -> bool:
    """'Bericht: "kurk heeft weer buikpijn"': a count noun opening a quoted clause before
    a finite verb, where the clause says what only a person does or has. Speech is terse
    too ('Zei "wekker was stuk"'), so the verb alone proves nothing."""
    if i + 1 >= len(toks) or _gap(text, toks, i, i + 1) != " " \
            or not _in_quote(text, toks[i][0]):
        return False
    gap = _gap(text, toks, i - 1, i)
    opens = _QUOTE_OPEN.search(gap) is not None or "," in gap or _SENTENCE_GAP.search(gap) \
        or (gap == " " and _lower(toks, i - 1) in ("en", "maar", "want"))
    verb = _lower(toks, i + 1)
    return bool(opens) and (finite_verb(verb, lexicon) or human_action(verb)) \
        and a_person_follows(text, toks[i][1])


def _joined_to_a_person(text: str, toks: list[Token], i: int) -> bool:
    """"met kurk en haar vader naar de markt", "dat kurk en zijn broer", "ik en kurk": a
    bare count noun joined to a person in a person's slot."""
    before = _lower(toks, i - 1)
    if _gap(text, toks, i - 1, i) != " ":
        return False
    if before in _PERSON_PREPOSITIONS or before in _SUBORDINATORS:
        return _JOINED_PERSON.match(text, toks[i][1]) is not None
    ends = text[toks[i][1]:toks[i][1] + 1] in ("", *_CLAUSE_END)
    return before in _JOINS and _lower(toks, i - 2) in ("ik", "jij") and ends \
        and _gap(text, toks, i - 2, i - 1) == " "


def article_slot(text: str, toks: list[Token], i: int, lexicon,
                 noun: Callable[[str], bool]) -> str | None:
    """``ARTICLE_MISSING`` when token ``i``, a lower-case count noun without a determiner
    (``noun`` is the caller's test for a word that can be a nickname), fills a person's
    slot; ``None`` otherwise."""
    word = toks[i][2]
    if i == 0 or not word.islower() or word.endswith(("'s", "’s")) or not noun(word) \
            or adjective(word, lexicon) or word.endswith(_ADJECTIVE_ENDS) \
            or not count_noun(word, lexicon) or word in SPEECH_VERBS:
        return None
    if _subordinate_subject(text, toks, i) or _fronted_subject(text, toks, i, lexicon) \
            or _person_conjunct(text, toks, i, lexicon) or _company(text, toks, i, lexicon) \
            or _hurt_object(text, toks, i) or _unknown_in_slot(text, toks, i, lexicon) \
            or _unknown_subject(text, toks, i, lexicon) or _quoted_subject(text, toks, i, lexicon) \
            or _joined_to_a_person(text, toks, i):
        return ARTICLE_MISSING
    return None


# After a title and its noun: what shows the noun belongs to the title (an object, an
# adverb, an aside) - not a verb, for "dat opa brood bakt" is opa baking bread.
_AFTER_TITLED_NOUN = frozenset(["hem", "haar", "mij", "me", "ons", "hen", "vaak", "ook",
                                "altijd", "nooit", "weer", "steeds", "soms", "niet", "al",
                                "nog", "elke", "iedere"])


def _titled_noun(text: str, toks: list[Token], i: int, lexicon) -> bool:
    """"dat ome kurk vaak blijft slapen", "buurjongen kurk hem slaat", "De buurvrouw, kurk,
    ziet": a count noun right after a title, before an object or an adverb, or set
    between commas before the verb, is the titled person's name ("de leerkracht,
    case-management, ..." is a list: no verb follows)."""
    after = text[toks[i][1]:toks[i][1] + 2]
    nxt = _lower(toks, i + 1)
    if _gap(text, toks, i - 1, i) == ", ":  # an apposition between commas, then the verb
        return after == ", " and _lower(toks, i - 2) in ("de", "het") \
            and (finite_verb(nxt, lexicon) or human_action(nxt))
    return after[:1] == " " and (
        nxt in _AFTER_TITLED_NOUN or _JOINED_PERSON.match(text, toks[i][1]) is not None)


def _noun_form(word: str, lexicon) -> bool:
    """A diminutive or an "-s" plural in the word list: a noun, where a plain "-en" may
    be a verb's ("hielp", "hielpen")."""
    words = lexicon.words
    return any(word + end in words for end in ("je", "tje", "pje", "etje", "jes", "tjes",
                                               "pjes", "s", "'s"))


def titled_name(text: str, toks: list[Token], i: int, lexicon,
                noun: Callable[[str], bool] = lambda w: False) -> bool:
    """"ome sjonnie", "bij tante wimke", "haar man dolf", "klasgenoot pietje appte": the
    same grammar from the other side. A kin word or a role without its article is a
    title, and a lower-case word after it that no dictionary has (or a given name that is
    no Dutch word) is the name it stands before; a Dutch count noun is, where an object,
    an adverb or an aside follows (``_titled_noun``): what a kinsman has or makes after
    him is a Dutch word before the verb ("dat opa brood bakt", "oom thuis")."""
    word = toks[i][2]
    if i == 0 or not word.islower() or len(word) < 3 \
            or _gap(text, toks, i - 1, i) not in (" ", ", "):
        return False
    title = _lower(toks, i - 1)
    if not (is_title_word(title) or word_for_a_person(title)):
        return False
    if _gap(text, toks, i - 1, i) == " " and (unknown_word(word, lexicon) or (
            word not in lexicon.words and word.capitalize() in lexicon.proper)):
        return True
    return noun(word) and _noun_form(word, lexicon) and not adjective(word, lexicon) \
        and _titled_noun(text, toks, i, lexicon)


_SECOND_PERSON = frozenset(["je", "jij", "jou", "jouw", "jullie", "u"])
_CLOSING = "\"”’'"


_QUOTE_MARKS = "\"“”‘’'„"


def _open_quote(text: str, pos: int) -> int:
    """Where the quotation around ``pos`` opens on its line, or -1: a quote mark after a
    space or colon before a letter opens one ("'kom nou'", '"kom je"'), one after a
    letter before a space closes it; an apostrophe inside a word ("zo'n") does neither."""
    line_start = text.rfind("\n", 0, pos) + 1
    opened = -1
    for k in range(line_start, pos):
        if text[k] not in _QUOTE_MARKS:
            continue
        prev = text[k - 1] if k > line_start else " "
        nxt = text[k + 1] if k + 1 < len(text) else " "
        if opened < 0 and (prev.isspace() or prev in "(:") and nxt.isalpha():
            opened = k
        elif opened >= 0 and not prev.isspace() and (nxt.isspace() or nxt in ",.;:!?)"):
            opened = -1
    return opened


def addressed_in_quote(text: str, toks: list[Token], i: int, lexicon,
                       noun: Callable[[str], bool]) -> bool:
    """"'kom nou kurk,' zei de man", '"kom je naar de brug, kurk"', "'kurk je bent een
    loser'": a bare count noun at the edge of a quoted utterance that speaks to someone
    (you, or a command) is the one spoken to; a vocative takes no article."""
    word = toks[i][2]
    start, end = toks[i][0], toks[i][1]
    quote = _open_quote(text, start)
    if quote < 0 or not word.islower() or not noun(word) or not _noun_form(word, lexicon) \
            or adjective(word, lexicon):
        return False
    before = text[quote + 1:start]
    first = re.match(r"\s*([^\W\d_]+)", before)
    if quote == start - 1:  # opens the quote before "je" and a verb: "kurk je bent ..."
        return _lower(toks, i + 1) in _SECOND_PERSON and i + 2 < len(toks) \
            and finite_verb(_lower(toks, i + 2), lexicon)
    closes = re.match(r"[,.!?]?[" + _CLOSING + "]", text[end:end + 2]) is not None
    speaks = any(w.lower() in _SECOND_PERSON for w in re.findall(r"[^\W\d_]+", before)) \
        or (first is not None and first.group(1).lower() in _COMMANDS)
    gap = text[toks[i - 1][1]:start] if i else ""
    after_command = gap == " " and _lower(toks, i - 1) in _AFTER_COMMAND
    return closes and speaks and (gap == ", " or after_command)


# Words that end a command before the one spoken to ("kom nou kurk", "hou op kurk").
_AFTER_COMMAND = frozenset(["nou", "eens", "ff", "even", "op", "hier", "mee", "weg"])
# Imperatives a quoted command opens with ("kom nou", "ga weg", "hou op").
_COMMANDS = frozenset(["kom", "ga", "hou", "stop", "doe", "geef", "luister", "wacht", "pas",
                       "let", "blijf", "laat", "rot", "sta", "zeg", "ren", "loop"])
