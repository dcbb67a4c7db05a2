"""Unknown nicknames in lower case that reach past one word, or stand after a title of
another language (issue 16, category F). One pass over the name detector's decisions
(``is_name`` per token), after the single-word rules of ``names`` and ``person_slots``:

- **A name of two words no dictionary has** ("yonas tesfay haalt haar op", "abba tekle"):
  a word no Dutch dictionary, name list or allow list has, right after a lower-case name,
  is the rest of that name (a surname or the second part of a nickname), and two such words
  opening a clause before a finite verb are its subject. Dutch has no bare unknown words
  next to each other; a run of three or more unknown words is a sentence of another
  language ("zeynep bugun hasta"), which is left alone.
- **A nickname adjective joins the name it describes** ("die ze kale kees noemen", "dikke
  dries"): the adjective is part of the nickname, and alone it points at the same person.
- **A quoted nickname after a verb of calling** ("noemt hem 'ome rinus'"): the quote is
  the whole name, title and all, once a word in it is a name.
- **After a kinship title of another language** ("door dayı memo en", "khalti zina zegt"):
  Dutch text borrows these words (dayı, teyze, wujek, khalti, jiddo ...) only as titles
  before a name, so the next word is the name even when it is a Dutch word ("memo"),
  unless grammar makes it something else: a verb, an adverb, a pronoun, an article, a
  preposition, an adjective, or an object before a closing participle or infinitive
  ("heeft dayı geld gegeven").
"""

from __future__ import annotations

import re

from zorgdesk.domain.anonymise.capital_nouns import capitalised_nouns_in_person_slots
from zorgdesk.domain.anonymise.epithets import two_word_nicknames
from zorgdesk.domain.anonymise.first_chars import compile_fast
from zorgdesk.domain.anonymise.naming_clauses import (
    clause_names_a_person,
    names_after_als,
    names_after_bijnaam,
    names_after_oftewel,
    names_before_a_bracketed_cue,
    names_before_as_called,
    names_before_bijnaam,
    names_before_echte_naam,
    names_before_final_calling,
    names_before_genoemd,
    names_fronted_before_calling,
    names_of_calling_clauses,
    names_said_to,
)
from zorgdesk.domain.anonymise.person_nouns import (
    agents_opening_a_sentence,
    bare_nouns_in_person_slots,
    coordinated_with_a_person,
    speaking_subjects,
    subjects_said_to_be_persons,
)
from zorgdesk.domain.anonymise.person_slots import (
    ADVERBS,
    CLAUSE_OPENERS,
    DETERMINERS,
    NICKNAME_ADJECTIVES,
    PERSON_PREPOSITIONS,
    PRONOUNS,
    adjective,
    finite_verb,
    long_stem,
    opens_clause,
    strict_adjective,
    unknown_word,
)
from zorgdesk.domain.anonymise.subject_nicknames import diminutive_subjects
from zorgdesk.domain.anonymise.vocatives import ADDRESS_WORDS, insult, is_noun, nouns_spoken_to

__all__ = ["extend_nicknames"]

Token = tuple[int, int, str]

# Borrowed kinship titles that are no Dutch word: in Dutch text only a title before a name.
# ("ome", "opa", "mama" and the like are Dutch and also stand alone as nouns: not here.)
_BORROWED_TITLES = frozenset([
    "wujek", "ciocia", "babcia", "dziadek", "dziadzio", "stryj", "teyze", "amca", "dayı",
    "dayi", "hala", "yenge", "abi", "abla", "enişte", "ammi", "ammo", "khali", "khalti",
    "khalto", "jeddi", "jedda", "sido", "teta", "adeer", "abti", "eedo", "habo", "ayeeyo",
    "awoowe", "tio", "tia", "tanta", "omoe", "onkel", "oncle", "nonna", "nonno", "dyadya",
    "tyotya", "babushka", "dedushka", "vovo", "vovó", "vovô", "wela", "welo", "avó", "avô",
    "khaleh", "khala", "khalo", "amme", "amu", "chacha", "chachi", "dyado", "babusya", "didus",
    "shushu", "nainai", "yeye", "laolao", "laoye", "gege", "jiejie", "jiddo"])
# Honorifics written AFTER a given name in Turkish, Persian, Urdu and Japanese ("Karim
# bey", "Ali agha", "Ayşe hanım", "Raj ji", "Kenji san"): part of how the person is
# called, so part of the name.
_HONORIFICS_AFTER_A_NAME = frozenset(["bey", "efendi", "hanım", "hanim", "khanum", "khanom",
                                      "khanim", "agha", "aga", "ağa", "sahib", "saab", "ji",
                                      "san", "kun"])
# "junior" after a nickname in lower case is part of it ("mo en mo junior"); after a
# written name ("De Vries senior") it says which of two people, the father: it stays.
_GENERATIONS = frozenset(["junior", "jr", "senior", "sr"])
# Adjectives that make a nickname with the name after them ("kale kees", "dikke dries");
# size alone ("kleine sem", "grote Bas") describes the child, it is no nickname.
_JOINING_ADJECTIVES = NICKNAME_ADJECTIVES - {"kleine", "grote"}
# A participle: "gespeeld", "opgehaald", "betaald", "verteld".
_PARTICIPLE = compile_fast(r"(?:(?:op|af|aan|uit|in|mee|terug|weg|toe|over|na|bij|thuis)?ge"
                           r"|be|ver|ont|her)\w{2,}(?:d|t|en)")
_CALLING = re.compile(r"(?i)\bnoem(?:t|en|de|den)?\b")
_QUOTED = re.compile(r"['\"‘“„«]([a-zà-ÿ][\w-]*(?: [A-Za-zà-ÿ][\w-]*){0,2})['\"’”»]")
# After a verb of calling a quote may also be a name of capitalised words ("noemen hem
# "Dikke Tank"", "'Kleine Muis'"); a quoted sentence has lower-case words after its first.
_QUOTED_AFTER_CALL = re.compile(r"['\"‘“„«]((?:[a-zà-ÿ][\w-]*(?: [A-Za-zà-ÿ][\w-]*){0,2})"
                                r"|(?:[A-ZÀ-Þ][\w-]*(?: [A-ZÀ-Þ][\w-]*)?))['\"’”»]")
# "de bijnaam 'de Beer'": a quote right after a word for a nickname names the one who has it.
_NICKNAME_WORD = re.compile(r"(?i)\b(?:bij|roep|schuil|koos)naam\b")


def extend_nicknames(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                     lexicon) -> set[int]:
    """Mark the further words of the nicknames described above in ``is_name``; return the
    tokens a naming cue marked (a clause of calling, "bijnaam", "alias", a quote after
    "noemt"), which no later rule may take back."""
    cued: set[int] = set()

    def naming(rule) -> None:
        _record(cued, rule, text, tokens, words, is_name, lexicon)

    for i in range(len(tokens)):
        if not is_name[i] and _borrowed_title_name(text, tokens, words, i, lexicon):
            is_name[i] = True
    _unknown_pairs(text, tokens, words, is_name, lexicon)
    _story_title_nicknames(text, tokens, words, is_name, lexicon)
    nouns_spoken_to(text, tokens, words, is_name, lexicon)
    diminutive_subjects(text, tokens, words, is_name, lexicon)
    bare_nouns_in_person_slots(text, tokens, words, is_name, lexicon)
    coordinated_with_a_person(text, tokens, words, is_name, lexicon)
    for i in range(1, len(tokens) - 1):
        if not is_name[i] and _subject_nickname(text, tokens, words, i, lexicon):
            is_name[i] = True
    for i in range(1, len(tokens)):
        if (is_name[i] and tokens[i][2].islower() and words[i - 1] in _JOINING_ADJECTIVES
                and tokens[i - 1][2].islower() and _space(text, tokens, i - 1)):
            is_name[i - 1] = True  # "kale kees": the adjective belongs to the nickname
    naming(_quoted_after_calling)
    for i in range(1, len(tokens) - 2):
        if not is_name[i] and _joined_to_a_name(text, tokens, words, i, is_name):
            is_name[i] = True
    for i in range(2, len(tokens) - 1):
        if not is_name[i] and _apposition_nickname(text, tokens, words, i):
            is_name[i - 1] = is_name[i] = True
    _explained_by_apposition(text, tokens, words, is_name, lexicon)
    _explained_in_brackets(text, tokens, words, is_name, lexicon)
    naming(_alias_in_brackets)
    _explained_by_a_name(text, tokens, words, is_name, lexicon)
    naming(_rest_of_what_they_call)
    _joined_nickname_adjective(text, tokens, words, is_name, lexicon)
    for rule in _CALLING_RULES:
        naming(rule)
    _named_in_a_list(text, tokens, words, is_name, lexicon)
    speaking_subjects(text, tokens, words, is_name, lexicon)
    agents_opening_a_sentence(text, tokens, words, is_name, lexicon)
    capitalised_nouns_in_person_slots(text, tokens, words, is_name, lexicon)
    subjects_said_to_be_persons(text, tokens, words, is_name, lexicon)
    _adjectives_with_de(text, tokens, words, is_name, lexicon)
    for i in range(4, len(tokens)):
        if not is_name[i] and _parallel_title_name(text, tokens, words, i, is_name, lexicon):
            is_name[i] = True
    _said_to_be_a_person(text, tokens, words, is_name, lexicon)
    for i in range(1, len(tokens)):
        if (not is_name[i] and is_name[i - 1] and _space(text, tokens, i - 1) and (
                words[i] in _HONORIFICS_AFTER_A_NAME
                or (words[i] in _GENERATIONS and tokens[i - 1][2].islower()))):
            is_name[i] = True  # "Karim bey", "jan agha", "mo junior"
    _set_off_after_a_person(text, tokens, words, is_name, lexicon)
    two_word_nicknames(text, tokens, words, is_name, lexicon)
    return cued


def _record(cued: set[int], rule, text: str, tokens: list[Token], words: list[str],
            is_name: list[bool], lexicon) -> None:
    """Run a naming rule and add the tokens it marked to ``cued``."""
    before = is_name.copy()
    rule(text, tokens, words, is_name, lexicon)
    cued.update(i for i, hit in enumerate(is_name) if hit and not before[i])


def _space(text: str, tokens: list[Token], i: int) -> bool:
    """Only one space between token ``i`` and the next."""
    return text[tokens[i][1]:tokens[i + 1][0]] == " "


def _unknown(tokens: list[Token], words: list[str], i: int, lexicon) -> bool:
    return 0 <= i < len(tokens) and tokens[i][2].islower() and unknown_word(words[i], lexicon)


def _unknown_pairs(text: str, tokens: list[Token], words: list[str], is_name: list[bool],
                   lexicon) -> None:
    for i in range(len(tokens) - 1):
        if not (_unknown(tokens, words, i, lexicon) and _space(text, tokens, i)):
            continue
        nxt = i + 1
        if _unknown(tokens, words, nxt, lexicon):
            if _unknown(tokens, words, nxt + 1, lexicon) or (
                    i and _unknown(tokens, words, i - 1, lexicon)):
                continue  # three unknown words in a row: another language's sentence
            if is_name[i] and tokens[i][2].islower():
                is_name[nxt] = True  # "abba tekle", "met yonas tesfay"
            elif (opens_clause(text, tokens, i) and nxt + 1 < len(tokens)
                  and _space(text, tokens, nxt) and finite_verb(words[nxt + 1], lexicon)):
                is_name[i] = is_name[nxt] = True  # ", yonas tesfay haalt haar op"


# Words for a person that a name may follow directly ("de buurjongen tijger", "zijn broer
# bolle", "klasgenoot duifje").
_PERSON_NOUNS = frozenset([
    "broer", "broertje", "zus", "zusje", "neef", "neefje", "nicht", "nichtje", "buurjongen",
    "buurmeisje", "buurman", "buurvrouw", "vriend", "vriendje", "vriendin", "vriendinnetje",
    "klasgenoot", "klasgenootje", "oom", "ome", "tante", "opa", "oma", "juf", "meester",
    "coach", "trainer", "oppas", "stiefvader", "stiefmoeder", "stiefbroer", "stiefzus",
    "halfbroer", "halfzus", "maatje", "collega", "man", "vrouw", "partner", "vriendinnetje",
    *_BORROWED_TITLES])
_NP_START = frozenset(["de", "het", "een", "mijn", "zijn", "haar", "hun", "onze", "ons",
                       "m'n", "z'n", "d'r", "die", "deze"])


def _subject_nickname(text: str, tokens: list[Token], words: list[str], i: int,
                      lexicon) -> bool:
    """"De buurjongen tijger zegt", "Zijn broer bolle haalt hem op", "Klasgenoot duifje
    zei": a main clause opens with its subject and puts the finite verb second, so a word
    between a word for a person and the verb belongs to the subject: the person's name (a
    noun cannot follow a noun there, an adjective stands before its noun). Only in a main
    clause: in "dat zijn broer pizza eet" the verb comes last and "pizza" is its object."""
    title = i - 1
    if words[title] not in _PERSON_NOUNS or not _space(text, tokens, title):
        return False
    start = title - 1 if title and words[title - 1] in _NP_START else title
    if not (_clause_start_only(text, tokens, start) and _space(text, tokens, i)
            and (start == title or _space(text, tokens, start))):
        return False
    word = words[i]
    if (not tokens[i][2].islower() or len(word) < 2 or word in ADVERBS or word in DETERMINERS
            or word in PRONOUNS or word in PERSON_PREPOSITIONS or word in CLAUSE_OPENERS
            or finite_verb(word, lexicon) or _PARTICIPLE.fullmatch(word)
            or adjective(word, lexicon)  # "Oma boos zei niks meer": how she was
            or (word.endswith("en") and word in lexicon.words)):
        return False
    return finite_verb(words[i + 1], lexicon)


def _clause_start_only(text: str, tokens: list[Token], i: int) -> bool:
    """A sentence or quote start (not after a comma: ", dat ..." may follow)."""
    if i == 0:
        return True
    stripped = text[tokens[i - 1][1]:tokens[i][0]].strip()
    return bool(stripped) and stripped[-1] in ".!?:;\n\"'“‘„«"


def _borrowed_title_name(text: str, tokens: list[Token], words: list[str], i: int,
                         lexicon) -> bool:
    if i == 0 or words[i - 1] not in _BORROWED_TITLES or not _space(text, tokens, i - 1):
        return False
    word = words[i]
    if (not tokens[i][2].islower() or len(word) < 3 or word in ADVERBS or word in DETERMINERS
            or word in PRONOUNS or word in PERSON_PREPOSITIONS or word in CLAUSE_OPENERS
            or word.endswith("en") or finite_verb(word, lexicon) or adjective(word, lexicon)
            or _PARTICIPLE.fullmatch(word)):
        return False  # "met vovo gespeeld", "dat babcia ziek is", "bij amca thuis"
    if i + 1 < len(tokens) and _space(text, tokens, i):
        nxt = words[i + 1]
        # "heeft dayı geld gegeven", "wil teyze soep koken": an object before the verb
        if _PARTICIPLE.fullmatch(nxt) or (
                nxt != "en" and nxt.endswith("en") and nxt in lexicon.words):
            return False
    return True


# Ranks and titles of stories and games, no title of anyone at school ("juf", "meester",
# "dokter" are: their name is another word). With a capitalised ordinary word after it
# they make one nickname: "Kapitein Haak", "Koning Kaas", "Prinses Snoep" (s37).
_STORY_TITLES = frozenset([
    "kapitein", "koning", "koningin", "prins", "prinses", "generaal", "sergeant", "majoor",
    "admiraal", "baron", "barones", "graaf", "gravin", "ridder", "keizer", "keizerin",
    "opperhoofd", "professor", "sultan", "kolonel", "piraat", "tovenaar", "heks", "held"])
# Words after such a title that make a public figure or a feast of it, no person's
# nickname: "Prins Carnaval", "Koning Winter", "Koning Voetbal".
_NO_NICKNAME_AFTER_TITLE = frozenset([
    "carnaval", "winter", "zomer", "lente", "herfst", "voetbal", "sinterklaas", "kerst"])


# Before a story's figure played or dressed up as: "Hij speelde Kapitein Haak", "was
# Kapitein Haak met carnaval", "verkleed als".
_PLAYING = frozenset(["speelt", "speelde", "speelden", "spelen", "als", "was", "is", "werd",
                      "wordt", "ben", "bent", "waren", "zijn"])

# Before a story read, read aloud or watched (review s37: "Hij las Kapitein Haak voor",
# "We keken naar Kapitein Haak op tv" lost the book as "[naam]").
_READ_OR_WATCHED = re.compile(r"(?i)\b(?:las|lazen|lees|leest|lezen|voorlezen|voorgelezen|"
                              r"(?:keek|keken|kijk|kijkt|kijken)\s+naar)\s+$")


def _story_title_nicknames(text: str, tokens: list[Token], words: list[str],
                           is_name: list[bool], lexicon) -> None:
    """"Kapitein Haak pakte zijn tas": a capitalised story title and a capitalised
    ordinary noun right after it are one nickname (both go); "De kapitein van het team"
    (lower case), "Prins Carnaval", "Hij speelde Kapitein Haak" (a role played) and
    "Kapitein Haak uit Peter Pan" (the story's figure, written with its book) stay."""
    for i in range(len(tokens) - 1):
        tok, nxt = tokens[i][2], tokens[i + 1][2]
        if words[i] not in _STORY_TITLES or not tok.istitle() or not nxt.istitle() \
                or not _space(text, tokens, i) or len(nxt) < 3 or is_name[i + 1] \
                or words[i + 1] in _NO_NICKNAME_AFTER_TITLE \
                or not is_noun(words[i + 1], lexicon):
            continue
        rest = text[tokens[i + 1][1]:tokens[i + 1][1] + 40]
        if re.match(r"\s+(?:uit|van)\s+[A-Z]", rest) or i and words[i - 1] in _PLAYING:
            continue  # "Kapitein Haak uit Peter Pan", "speelde Kapitein Haak": the figure
        if _READ_OR_WATCHED.search(text, max(0, tokens[i][0] - 20), tokens[i][0]):
            continue  # "Hij las Kapitein Haak voor", "keken naar Kapitein Haak": the story
        is_name[i] = is_name[i + 1] = True


def _quoted_after_calling(text: str, tokens: list[Token], words: list[str],
                          is_name: list[bool], lexicon) -> None:
    for call in _CALLING.finditer(text):
        clause_end = re.search(r"[.;!?\n]", text[call.end():call.end() + 80])
        limit = call.end() + (clause_end.start() if clause_end else 80)
        quote = _QUOTED_AFTER_CALL.search(text, call.end(), limit + 1)
        if quote is None:
            continue
        inside = [k for k, (s, e, _t) in enumerate(tokens)
                  if quote.start(1) <= s and e <= quote.end(1)]
        between = [k for k, (s, _e, _t) in enumerate(tokens) if call.end() <= s < quote.start()]
        # "noemt Daan altijd 'Muis'": a name between is the person called (review s37)
        person = _a_person([words[k] for k in between]) or (
            0 < len(between) <= 3 and any(is_name[k] for k in between)
            and not any(words[k] in ADDRESS_WORDS or insult(words[k]) for k in inside))
        if any(is_name[k] for k in inside) or (
                person and _a_name_quote([words[k] for k in inside], lexicon)):
            for k in inside:
                is_name[k] = True  # "noemt hem 'ome rinus'": the whole quote
    for quote in _QUOTED_CALLED.finditer(text):
        inside = [k for k, (s, e, _t) in enumerate(tokens)
                  if quote.start(1) <= s and e <= quote.end(1)]
        # "door Daan 'tolek' genoemd", "op voetbal 'Kanon' genoemd": a name; a lower-case
        # word there may be the insult that is the fact ("'slome' werd genoemd")
        if any(is_name[k] or unknown_word(words[k], lexicon) for k in inside) or (
                any(tokens[k][2].istitle() and is_noun(words[k], lexicon) for k in inside)
                and clause_names_a_person(text, tokens, words, is_name, inside[0])):
            for k in inside:
                is_name[k] = True
    _quoted_after_bijnaam(text, tokens, words, is_name)


def _quoted_after_bijnaam(text: str, tokens: list[Token], words: list[str],
                          is_name: list[bool]) -> None:
    """"Hij kreeg de bijnaam 'de Beer'": the quote right after the word is the nickname;
    its article stays, like a title ("de [naam]")."""
    for cue in _NICKNAME_WORD.finditer(text):
        quote = _QUOTED_AFTER_CALL.match(text, cue.end() + 1)
        if quote is None or text[cue.end():cue.end() + 1] != " ":
            continue
        inside = [k for k, (s, e, _t) in enumerate(tokens)
                  if quote.start(1) <= s and e <= quote.end(1)]
        if len(inside) > 1 and words[inside[0]] in ("de", "het"):
            inside = inside[1:]
        for k in inside:
            is_name[k] = True


# "'tolek' genoemd": a quote right before the participle of calling.
_QUOTED_CALLED = re.compile(_QUOTED.pattern.replace("([a-zà-ÿ]", "([A-Za-zà-ÿ]", 1)
                            + r"\s+genoemd\b")
# The person a verb of calling names: "noemt hem", "noemen elkaar", "noemt de buurman".
_CALLED = frozenset(["hem", "haar", "hen", "elkaar", "zichzelf", "mij", "me", "jou", "ons"])
# A quote that describes rather than names: "een loser", "mijn schat".
_DESCRIBING = frozenset(["een", "mijn", "zijn", "haar", "onze", "je", "jouw", "geen", "het",
                         "heel", "erg", "zo", "te", "niet"])


def _a_person(between: list[str]) -> bool:
    """The words between a verb of calling and its quote name a person ("hem", "de
    vriend van mama", "een oudere man"): a few words, one of them a word for a person."""
    return 0 < len(between) <= 7 and any(
        w in _CALLED or w in _PEOPLE or w in _APPOSITION_PEOPLE for w in between)


def _a_name_quote(inside: list[str], lexicon) -> bool:
    """What a person is called, not how they are described: no article "een" or
    possessive first ("een loser", "mijn schat") and no lone adjective ("dom", "lief")."""
    if not inside or inside[0] in _DESCRIBING:
        return False
    return not (len(inside) == 1 and (adjective(inside[0], lexicon)
                                      or inside[0] + "st" in lexicon.words
                                      or inside[0] + "ste" in lexicon.words))


# More words for a person, for what a quote or an apposition describes.
_APPOSITION_PEOPLE = frozenset(["jongen", "jongens", "meisje", "meisjes", "man", "mannen",
                                "vrouw", "vrouwen", "kennis", "kennissen", "buren", "collega",
                                "vriendin", "vriendinnen", "vrienden", "jongeman", "dame",
                                "heer", "kerel", "gast", "gozer", "buurjongen", "buurmeisje",
                                "oudere", "volwassene", "tiener", "puber", "speler",
                                "spelers", "gamer", "leerling", "leerlingen", "persoon",
                                "knul", "jochie", "vent", "figuur"])
# Words for people that "met X en Jayden" may join to a name without X being one.
_PEOPLE = _PERSON_NOUNS | frozenset(["mama", "papa", "mam", "pap", "moeder", "vader",
                                     "ouders", "kinderen", "iedereen", "anderen", "mij",
                                     "hem", "haar", "jou", "ons", "hen", "zichzelf"])


def _joined_to_a_name(text: str, tokens: list[Token], words: list[str], i: int,
                      is_name: list[bool]) -> bool:
    """"verstuurd door bam en jayden", "met pluk en Sem": a bare word (no article) after a
    preposition of persons, joined by "en"/"of" to a name, names a person too: a thing and
    a person are not joined that way ("door regen en wind" joins two things). Only
    where the name is written in lower case too: who writes "met lego en Sem" capitalises
    names, so "lego" is none."""
    word = words[i]
    return (words[i - 1] in PERSON_PREPOSITIONS and words[i + 1] in ("en", "of")
            and is_name[i + 2] and tokens[i + 2][2].islower()
            and tokens[i][2].islower() and len(word) >= 2
            and _space(text, tokens, i - 1) and _space(text, tokens, i)
            and _space(text, tokens, i + 1) and word not in _PEOPLE
            and word not in DETERMINERS and word not in PRONOUNS and word not in ADVERBS)


def _apposition_nickname(text: str, tokens: list[Token], words: list[str], i: int) -> bool:
    """"een vriend van vader, de lange, rijdt": an adjective with "de" alone between
    commas, right after a word for a person, is what that person is called (Dutch makes
    a noun of an adjective with an article; set off as an apposition it names someone)."""
    return (words[i] in _JOINING_ADJECTIVES and words[i - 1] == "de"
            and tokens[i][2].islower() and _space(text, tokens, i - 1)
            and text[tokens[i - 2][1]:tokens[i - 1][0]].strip() == ","
            and text[tokens[i][1]:tokens[i + 1][0]].strip() == ","
            and words[i - 2] in _PEOPLE)


# Words for a person that open a bracket without their article: "(jongen van 15)".
_BARE_PERSONS = frozenset(["jongen", "meisje", "man", "vrouw", "buurjongen", "buurmeisje",
                           "tiener", "puber", "volwassene", "klasgenoot", "leerling"])
# Words that open an apposition: "een vriend", "de buurman", "twee mannen".
_APPOSITION_DETERMINERS = frozenset(["een", "de", "twee", "drie", "vier", "beide", "die"])
# ... and "het nichtje van de buurvrouw", "haar neefje uit Gouda": only where the word for
# the person ends the phrase or a place or owner follows ("brood, zijn broer ook." is no
# apposition but a second clause without its verb).
_OWNED_DETERMINERS = frozenset(["het", "zijn", "haar", "hun", "mijn", "onze"])
_AFTER_THE_PERSON = frozenset(["van", "uit", "bij", "in", "op", "met", "die", "uit"])


def _person_closes(text: str, tokens: list[Token], words: list[str], k: int) -> bool:
    if k + 1 >= len(tokens):
        return True
    gap = text[tokens[k][1]:tokens[k + 1][0]].strip()
    return bool(gap) or words[k + 1] in _AFTER_THE_PERSON
# Asides set off by commas that are no name ("zijn oom, echter, ...").
_ASIDES = frozenset(["echter", "trouwens", "overigens", "bijvoorbeeld", "namelijk", "immers",
                     "tenminste", "zelfs", "helaas", "gelukkig", "natuurlijk", "inderdaad",
                     "blijkbaar", "kennelijk", "volgens", "weliswaar", "eigenlijk"])


def _comma_after(text: str, tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and text[tokens[i][1]:tokens[i + 1][0]].strip() == ","


def _bare_word(tokens: list[Token], words: list[str], i: int, lexicon,
               after_conjunction: bool = False) -> bool:
    """A lower-case word without an article that may be a name: no word for a person, no
    function word, adverb, verb or participle."""
    word = words[i]
    return (tokens[i][2].islower() and len(word) >= 2 and word not in _PEOPLE
            and word not in _APPOSITION_PEOPLE and word not in DETERMINERS
            and word not in PRONOUNS and word not in ADVERBS and word not in CLAUSE_OPENERS
            and word not in PERSON_PREPOSITIONS and word not in _ASIDES
            and word not in ("en", "of") and not finite_verb(word, lexicon)
            and not _PARTICIPLE.fullmatch(word)
            and (i == 0 or words[i - 1] not in DETERMINERS or after_conjunction))


def _person_apposition(text: str, tokens: list[Token], words: list[str], j: int,
                       lexicon, closing_copula: bool = False, bare: bool = False) -> bool:
    """Tokens from ``j`` on are an apposition naming a person: "een jongen van de
    overkant", "twee mannen die bij moeder komen", "een vriend van haar vader." - an
    article or numeral, at most two adjectives, a word for a person, and no finite verb
    before the phrase ends (", een vriend van de familie leent het" is a new clause)."""
    if j < len(tokens) and words[j] == "iemand":
        return True  # "(iemand van voetbal)", ", iemand uit groep 8,"
    owned = j < len(tokens) and words[j] in _OWNED_DETERMINERS
    # in brackets notes drop the article: "(jongen van 15)", "(meisje uit groep 6)"
    bare = bare and j < len(tokens) and words[j] in _BARE_PERSONS
    if j >= len(tokens) or (words[j] not in _APPOSITION_DETERMINERS and not owned
                            and not bare) or words[j] == "die":
        return False
    k = j if bare else j + 1
    while k < len(tokens) and k <= j + 2 and words[k] not in _PEOPLE \
            and words[k] not in _APPOSITION_PEOPLE and adjective_form(words[k], lexicon):
        k += 1
    if k >= len(tokens) or any(not _space(text, tokens, m) for m in range(j, k)) \
            or not (words[k] in _PEOPLE or words[k] in _APPOSITION_PEOPLE) \
            or words[k] in ("mama", "papa", "mam", "pap", "hem", "haar", "mij", "jou", "ons",
                            "hen", "zichzelf", "iedereen", "anderen", "oudere"):
        return False
    if owned and not _person_closes(text, tokens, words, k):
        return False  # "brood, zijn broer ook.": no apposition
    for m in range(k + 1, len(tokens)):
        gap = text[tokens[m - 1][1]:tokens[m][0]].strip()
        if gap and gap not in ("-", "'") and not gap.isdigit():  # "uit groep 8 had"
            return True  # the phrase ends at a comma, stop or bracket
        if words[m] in ("die", "dat", "wie", "waar"):
            return True  # a relative clause describes the person
        if words[m] in ("en", "of") and m == k + 1:
            return False  # "school, de juf en ...": a list
        if finite_verb(words[m], lexicon):
            # "dat kikker een vriend van haar vader is": the copula closing the clause
            return closing_copula and words[m] in _COPULAS and (
                m + 1 >= len(tokens) or text[tokens[m][1]:tokens[m + 1][0]].strip() != "")
    return True


def _explained_by_apposition(text: str, tokens: list[Token], words: list[str],
                             is_name: list[bool], lexicon) -> None:
    """"over bolkie, een jongen van de overkant", "over beer en Ravi, twee mannen die
    ...": a bare word right before an apposition that says it is a person is that
    person's name (a noun for a thing has its article, and its apposition is no person:
    "over school, een plek waar ...")."""
    for i in range(len(tokens) - 2):
        if not _comma_after(text, tokens, i) or not _person_apposition(
                text, tokens, words, i + 1, lexicon):
            continue
        if not is_name[i] and _bare_word(tokens, words, i, lexicon) and not (
                adjective(words[i], lexicon) and not unknown_word(words[i], lexicon)):
            is_name[i] = True
        elif not is_name[i] and i and words[i - 1] == "de" and _named_thing(
                tokens, words, i, lexicon):
            is_name[i] = True  # "bang voor de tijger, een jongen uit groep 8"
        first = i - 2
        if (is_name[i] and first >= 0 and words[i - 1] in ("en", "of") and not is_name[first]
                and _bare_word(tokens, words, first, lexicon)):
            is_name[first] = True  # "over beer en Ravi, twee mannen"


def _explained_in_brackets(text: str, tokens: list[Token], words: list[str],
                           is_name: list[bool], lexicon) -> None:
    """"met vlinder (een meisje uit groep 6)", "de tijger (iemand van voetbal)": a word
    explained by a bracket that says it is a person is that person's name; after an
    article only a word that is no word for a person ("de juf (een vrouw van 40)") and
    no adjective ("de nieuwe (een jongen)")."""
    for i in range(len(tokens) - 2):
        if is_name[i] or text[tokens[i][1]:tokens[i + 1][0]].strip() != "(" \
                or not _person_apposition(text, tokens, words, i + 1, lexicon, bare=True):
            continue
        word = words[i]
        if _bare_word(tokens, words, i, lexicon):
            is_name[i] = not (adjective(word, lexicon) and not unknown_word(word, lexicon))
        elif (i and words[i - 1] in ("de", "het") and tokens[i][2].islower() and len(word) >= 3
              and word not in _PEOPLE and word not in _APPOSITION_PEOPLE
              and not _PROFESSION_END.search(word) and not _ROLE_NOUN.search(word)
              # after "de" an adjective made a noun is inflected ("de nieuwe (een ...)")
              and not (word.endswith("e") and adjective_form(word, lexicon))):
            is_name[i] = True


# Where a name is used, opening a bracket after a name: "(thuis vlo)", "(in de klas kwast)".
_WHERE = frozenset(["thuis", "buiten", "online", "binnen", "daar", "hier", "vroeger"])
_WHERE_PREPOSITIONS = frozenset(["in", "op", "bij", "aan", "onder"])
# A known noun there is a name only when short and everyday ("kwast", "vlo", "pruim"): a
# longer one is what the person has, speaks or is there ("(thuis dialect)", "(op school
# rolstoel)", "(thuis mantelzorger)"), a fact.
_ALIAS_NOUN_MAX = 5
# Short nouns for what a child wears or uses there: "(op school bril)" is a fact.
_WORN = frozenset(["bril", "pet", "muts", "jas", "tas", "gips", "stok", "beugel", "sjaal",
                   "mondkapje", "pleister", "laptop", "ipad", "tablet"])


def _alias_in_brackets(text: str, tokens: list[Token], words: list[str],
                       is_name: list[bool], lexicon) -> None:
    """"Ravi (in de klas kwast)", "Mirthe (thuis vlo)": a bracket right after a name that
    says where, and then one bare noun, gives what the person is called there. A word
    that describes stays: an adjective ("(in de klas stil)"), an adverb ("(op school
    vooraan)"), a capitalised language ("(thuis Arabisch)"), a group ("(in groep 5)"),
    a role or a longer known noun ("(thuis mantelzorger)", "(op school rolstoel)")."""
    for i in range(1, len(tokens) - 1):
        if not is_name[i - 1] or text[tokens[i - 1][1]:tokens[i][0]].strip() != "(":
            continue
        k = _after_where(text, tokens, words, i)
        if k is None or k + 1 > len(tokens) or is_name[k]:
            continue
        after = text[tokens[k][1]:tokens[k + 1][0]] if k + 1 < len(tokens) else text[tokens[k][1]:]
        word = words[k]
        if (after.strip()[:1] == ")" and tokens[k][2].islower() and len(word) >= 2
                and _bare_word(tokens, words, k, lexicon)
                and (unknown_word(word, lexicon) or (is_noun(word, lexicon)
                                                      and len(word) <= _ALIAS_NOUN_MAX))
                and not _ROLE_NOUN.search(word) and word not in _WORN
                and not (adjective(word, lexicon) and strict_adjective(word, lexicon))):
            is_name[k] = True


def _explained_by_a_name(text: str, tokens: list[Token], words: list[str],
                         is_name: list[bool], lexicon) -> None:
    """"lotje (Charlotte), thuis ... genoemd": a bare lower-case word explained by a name
    in brackets is what that person is called ("moeder (Olga)", "juf (Mirthe)" name the
    role, and a plural or an infinitive is no person: "rekenen (Ravi)")."""
    for i in range(len(tokens) - 1):
        k = i + 1
        if is_name[i] or not is_name[k] or text[tokens[i][1]:tokens[k][0]].strip() != "(":
            continue
        while k + 1 < len(tokens) and is_name[k + 1] and _space(text, tokens, k):
            k += 1
        if text[tokens[k][1]:tokens[k][1] + 1] != ")" or not all(
                tokens[m][2].istitle() for m in range(i + 1, k + 1)):
            continue  # a name as written ("Charlotte"), no abbreviation ("wijkteam (SWT)")
        if (_bare_word(tokens, words, i, lexicon) and not words[i].endswith("en")
                and not _PROFESSION_END.search(words[i]) and not _ROLE_NOUN.search(words[i])
                and (is_noun(words[i], lexicon) or unknown_word(words[i], lexicon))):
            is_name[i] = True


def _after_where(text: str, tokens: list[Token], words: list[str], i: int) -> int | None:
    """The token after "thuis" or "in de klas" / "op school" opening a bracket at ``i``."""
    if words[i] in _WHERE:
        k = i + 1
    elif words[i] in _WHERE_PREPOSITIONS and i + 2 < len(tokens):
        k = i + 3 if words[i + 1] in ("de", "het") else i + 2
    else:
        return None
    if k >= len(tokens) or any(text[tokens[m][1]:tokens[m + 1][0]] != " " for m in range(i, k)):
        return None
    return k


def _named_thing(tokens: list[Token], words: list[str], i: int, lexicon) -> bool:
    """A lower-case noun after "de" that is no word for a person, a role or a profession
    and no adjective made a noun: explained as a person, it is a nickname ("de tijger,
    een jongen ..."; "de pester", "de conciërge", "de nieuwe", "de tweeling" stay)."""
    word = words[i]
    return (tokens[i][2].islower() and len(word) >= 3 and word not in _PEOPLE
            and word not in _APPOSITION_PEOPLE and not _PROFESSION_END.search(word)
            and not _ROLE_NOUN.search(word) and not _agent_noun(word, lexicon)
            # after "de" an adjective made a noun is inflected ("de nieuwe"): an
            # uninflected word there is a noun whatever the comparative test says
            and not (word.endswith("e") and adjective_form(word, lexicon))
            and (is_noun(word, lexicon) or unknown_word(word, lexicon)))


def _agent_noun(word: str, lexicon) -> bool:
    """"pester", "kapper", "sloper": a verb's stem + "-er" is who does it, a role (a
    verb with a weak past: "tijger" has "tijgen" but no "tijgde")."""
    if not word.endswith("er") or len(word) < 6:
        return False
    stem = word[:-2]
    stems = {stem, long_stem(stem), stem[:-1] if stem[-1] == stem[-2] else stem}
    return any(s + "en" in lexicon.words or s + s[-1] + "en" in lexicon.words
               for s in stems) and any(s + end in lexicon.words for s in stems
                                       for end in ("te", "de"))


# Words for what someone does or is in the story: "de dader (iemand uit groep 8)", "de
# beheerder (een moeder)", "de eigenaar", "de winnaar" describe, they name nobody.
_ROLE_NOUN = re.compile(r"(?:der|ders|aar|aars|eur|ist|ant|ent|ier|ling|ster|slachtoffer|"
                        r"getuige|admin|moderator|baas|chef|leider|speler|keeper|kapitein|"
                        r"oudste|jongste|nieuwe|andere|eerste|laatste)$")
# Words for a profession or a role: "de kapper (een man uit de wijk)" describes him.
_PROFESSION_END = re.compile(r"(?:arts|agent|juf|meester|docent|leraar|lerares|trainer|coach|"
                             r"werker|kapper|bakker|slager|buurman|buurvrouw|oppas|begeleider|"
                             r"medewerker|chauffeur|conciërge|directeur|moeder|vader|ouder)$")


def _set_off_after_a_person(text: str, tokens: list[Token], words: list[str],
                            is_name: list[bool], lexicon) -> None:
    """"Een buurjongen, tjappie, geeft hem snoep", "Haar vriend, big mike, schreeuwt": one
    or two words between commas, after a word for a person and before the finite verb,
    are that person's name. Only a word no dictionary has, a listed name, or a pet form
    ("-ie", "-y": "sjonnie"); an aside ("echter"), an adjective ("boos") or a profession
    ("kok") stays."""
    for i in range(1, len(tokens) - 2):
        before = i - 1
        if not _comma_after(text, tokens, before) or not (
                words[before] in _PEOPLE or words[before] in _APPOSITION_PEOPLE):
            continue
        for width in (1, 2):
            last = i + width - 1
            if last + 1 >= len(tokens) or not _comma_after(text, tokens, last):
                continue
            if not finite_verb(words[last + 1], lexicon):
                continue
            span = range(i, last + 1)
            if width == 2 and not _space(text, tokens, i):
                continue
            if not all(_bare_word(tokens, words, k, lexicon) or is_name[k] for k in span):
                continue
            named = [is_name[k] or unknown_word(words[k], lexicon)
                     or _pet_form(tokens[k][2], lexicon) for k in span]
            if any(named) and all(named[k - i] or (words[k] in NICKNAME_ADJECTIVES
                                                   or unknown_word(words[k], lexicon)
                                                   or words[k] not in lexicon.words)
                                  for k in span):
                for k in span:
                    is_name[k] = True


def _pet_form(token: str, lexicon) -> bool:
    """"sjonnie", "kobie", "jopie": a pet form the name lists know (Dutch pet names end
    in -ie or -y)."""
    return token.islower() and token.endswith(("ie", "y")) and \
        token.capitalize() in lexicon.proper


def adjective_form(word: str, lexicon) -> bool:
    """An adjective, also inflected ("nieuwe", "oudere", "grote")."""
    return adjective(word, lexicon) or (word.endswith("e") and len(word) > 3 and (
        adjective(word[:-1], lexicon) or adjective(long_stem(word[:-1]), lexicon)
        or word[:-1] in lexicon.words and word.endswith("ere")))


_COPULAS = frozenset(["is", "was", "wordt", "werd", "blijkt", "bleek", "lijkt", "leek"])
_SUBORDINATORS = frozenset(["dat", "omdat", "of", "als", "toen", "terwijl", "nu"])


def _said_to_be_a_person(text: str, tokens: list[Token], words: list[str],
                         is_name: list[bool], lexicon) -> None:
    """"Volgens oma is beer de nieuwe vriend van moeder", "dat kikker een vriend van haar
    vader is": a bare word that a copula says is a person (the subject after the fronted
    phrase and the verb, or opening a subordinate clause before a word for a person) is
    that person's name. A thing has its article ("de vader is de contactpersoon"), and a
    predicate that is no person leaves the subject alone ("nu is pesten een probleem")."""
    for i in range(1, len(tokens) - 2):
        if is_name[i] or not _space(text, tokens, i - 1) or not _space(text, tokens, i):
            continue
        before = words[i - 1]
        if not (before in _COPULAS and i >= 2) and before not in _SUBORDINATORS:
            continue
        subordinate = before in _SUBORDINATORS
        if _person_apposition(text, tokens, words, i + 1, lexicon, closing_copula=subordinate
                              ) and _bare_word(tokens, words, i, lexicon, subordinate
                                               ) and not adjective(words[i], lexicon):
            is_name[i] = True



_CALL_FORMS = frozenset(["noemt", "noemen", "noemde", "noemden", "roept", "roepen", "riep",
                         "riepen"])


def _rest_of_what_they_call(text: str, tokens: list[Token], words: list[str],
                            is_name: list[bool], lexicon) -> None:
    """"noemen hem mo boy;": the lower-case word after the name that closes the clause of
    "noemen hem X" is the rest of what he is called ("noemen hem mo en lachen" stays)."""
    for i in range(2, len(tokens) - 1):
        if not (is_name[i] and tokens[i][2].islower() and words[i - 1] in _CALLED
                and (words[i - 2] in _CALL_FORMS or (i >= 3 and words[i - 3] in _CALL_FORMS))):
            continue
        k = i + 1
        after = text[tokens[k][1]:tokens[k + 1][0]] if k + 1 < len(tokens) else text[tokens[k][1]:]
        if (not is_name[k] and _space(text, tokens, i) and tokens[k][2].islower()
                and after.strip()[:1] in tuple(".,;:!?)") and _bare_word(tokens, words, k, lexicon)
                and not adjective(words[k], lexicon)):
            is_name[k] = True


def _joined_nickname_adjective(text: str, tokens: list[Token], words: list[str],
                               is_name: list[bool], lexicon) -> None:
    """"over Kevin en de rooie, vrienden van papa": "en" joins like with like, so a
    nickname adjective made a noun by "de" and joined to a name, with no noun after it,
    is a nickname too ("de rooie was stuk" after "een rode en een witte" stays: no name)."""
    for i in range(3, len(tokens)):
        if (is_name[i] or words[i] not in _JOINING_ADJECTIVES or not tokens[i][2].islower()
                or words[i - 1] != "de" or words[i - 2] not in ("en", "of")
                or not is_name[i - 3]):
            continue
        after = text[tokens[i][1]:tokens[i + 1][0]] if i + 1 < len(tokens) else "."
        if after.strip()[:1] in tuple(".,;:!?)'\"") or (
                after == " " and finite_verb(words[i + 1], lexicon)):
            is_name[i] = True


def _called_before_genoemd(text: str, tokens: list[Token], words: list[str],
                           is_name: list[bool], lexicon) -> None:
    """"de poolse genoemd door Daan": an adjective made a noun by "de", right before
    "genoemd", is what someone is called ("de rustige hoek genoemd" has its noun). Not
    as the predicate of a passive ("Hij wordt de dikke genoemd"): that says what the
    child is called by others, in a bullying record the insult is the fact; set off as
    an apposition without "wordt" it names a person nobody named otherwise."""
    for i in range(1, len(tokens) - 1):
        if (words[i + 1] == "genoemd" and words[i - 1] == "de" and tokens[i][2].islower()
                and _space(text, tokens, i - 1) and _space(text, tokens, i)
                and words[i].endswith("e") and (adjective_form(words[i], lexicon)
                                                 or words[i][:-1] in lexicon.words)
                and not _passive_before(text, tokens, words, i - 1)):
            is_name[i - 1] = is_name[i] = True


def _named_in_a_list(text: str, tokens: list[Token], words: list[str],
                     is_name: list[bool], lexicon) -> None:
    """Capitalised nouns right after a word for a person and a colon or bracket: "De
    oudere jongens (Spin en Mug)", "een vriendje: Pudding." ("Reden: Ziekte" has no
    person; "(rood en blauw)" no capitals). A list with a name alone proves nothing:
    "Zomer, Lente en Herfst", "Inzage, groep 4: Sem" (measured on the corpora)."""
    for i in range(1, len(tokens)):
        if is_name[i] or not tokens[i][2].istitle() or words[i] not in lexicon.words \
                or not is_noun(words[i], lexicon) or words[i] in _PEOPLE \
                or words[i] in PRONOUNS or words[i] in DETERMINERS:
            continue
        gap_before = text[tokens[i - 1][1]:tokens[i][0]].strip()
        after = text[tokens[i][1]:tokens[i + 1][0]].strip() if i + 1 < len(tokens) else "."
        person_before = words[i - 1] in _PEOPLE or words[i - 1] in _APPOSITION_PEOPLE
        if person_before and gap_before in (":", "(") and (
                after[:1] in (".", ")") or (after == "" and words[i + 1] == "en")):
            is_name[i] = True
            if gap_before == "(" and i + 2 < len(tokens) and words[i + 1] == "en" \
                    and tokens[i + 2][2].istitle():
                is_name[i + 2] = True  # "(Spin en Mug)"


# Where "de" + a nickname adjective stands for a person: after a preposition of persons,
# "wie", a verb of speaking ("van de lange gekregen", "Wie de dikke is", "zei de rooie").
_ADJECTIVE_SLOT = PERSON_PREPOSITIONS | {"wie", "zei", "zegt", "vroeg", "riep", "schreeuwde"}


def _adjectives_with_de(text: str, tokens: list[Token], words: list[str],
                        is_name: list[bool], lexicon) -> None:
    """"kreeg een klap van de lange", "Wie de dikke is": a nickname adjective made a noun
    by "de", with no noun after it, where a person stands, is a nickname (the article goes
    with it, ``names._merge``). An object after a verb ("koos de lange") may be a thing
    left out, and a passive insult is a fact ("wordt de dikke genoemd")."""
    for i in range(2, len(tokens)):
        if (is_name[i] or words[i] not in _JOINING_ADJECTIVES or words[i - 1] != "de"
                or not tokens[i][2].islower() or words[i - 2] not in _ADJECTIVE_SLOT
                or not _space(text, tokens, i - 2) or not _space(text, tokens, i - 1)):
            continue
        after = text[tokens[i][1]:tokens[i + 1][0]] if i + 1 < len(tokens) else "."
        nxt = words[i + 1] if i + 1 < len(tokens) else ""
        if after.strip()[:1] in tuple(".,;:!?)'\"") or (after == " " and (
                finite_verb(nxt, lexicon) or _PARTICIPLE.fullmatch(nxt) or nxt in _COPULAS)):
            is_name[i] = True


_PASSIVE_AUXILIARIES = frozenset(["wordt", "werd", "worden", "werden"])


def _passive_before(text: str, tokens: list[Token], words: list[str], i: int) -> bool:
    """A form of "worden" earlier in the clause that ends at token ``i`` (back to the
    last comma, stop, colon or quote)."""
    for k in range(i - 1, -1, -1):
        if text[tokens[k][1]:tokens[k + 1][0]].strip():
            return False
        if words[k] in _PASSIVE_AUXILIARIES:
            return True
    return False



_TITLE_WORDS = frozenset(["ome", "oom", "tante", "opa", "oma", "opi", "omi", "juf", "meester",
                          "buurman", "buurvrouw", "coach", "trainer", *_BORROWED_TITLES])


def _parallel_title_name(text: str, tokens: list[Token], words: list[str], i: int,
                         is_name: list[bool], lexicon) -> bool:
    """"Tante Fatma en oom har passen op": "en" joins like with like, so a word after a
    title, joined to a title and a name, is a name too; a verb, an adverb or a pronoun
    there is no part of the pair ("Tante Fatma en oom kopen snoep", "en opa zelf")."""
    word = words[i]
    if not (words[i - 1] in _TITLE_WORDS and words[i - 2] in ("en", "of") and is_name[i - 3]
            and words[i - 4] in _TITLE_WORDS and tokens[i][2].islower()
            and all(_space(text, tokens, k) for k in range(i - 4, i))):
        return False
    return (len(word) >= 2 and word not in ADVERBS and word not in DETERMINERS
            and word not in PRONOUNS and word not in PERSON_PREPOSITIONS
            and word not in CLAUSE_OPENERS and not word.endswith("en")
            # "gaan", "staan", "doen", "zien": the plural verb of the two
            and not (word.endswith(("aan", "oen", "ien", "ijn")) and word in lexicon.words)
            and not finite_verb(word, lexicon) and not _PARTICIPLE.fullmatch(word))


# The clauses of calling (``naming_clauses``), in this order: each sees what the ones
# before it found.
_CALLING_RULES = (_called_before_genoemd, names_of_calling_clauses, names_before_genoemd,
                  names_before_final_calling, names_after_bijnaam, names_before_bijnaam,
                  names_after_oftewel, names_said_to, names_after_als,
                  names_fronted_before_calling, names_before_as_called,
                  names_before_a_bracketed_cue, names_before_echte_naam)
