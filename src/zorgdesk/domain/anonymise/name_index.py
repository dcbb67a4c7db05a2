"""One index of every written form of every known name, built once, matched in linear time.

The index is a dictionary of token sequences (a trie walked through a prefix set): the
text is folded (case and diacritics removed, with an index map back to the original),
cut into word tokens, and at each token the longest known form starting there is looked
up. The cost is linear in the text (times the longest form, a handful of tokens) and
does not grow with the number of known names; building the index is linear in the
number of names and is done once per list of names (``NameIndex.of`` caches it).

Forms of a name (see ``forms``): full name, given name(s), surname with and without
tussenvoegsel, each part of a double surname, given name + surname, initial + surname
("M. Hoekstra"), abbreviated tussenvoegsels ("v.d. Berg", "vd Berg", "v/d Berg"),
initials ("S.d.V.", "S. d. V.", "SdV", "R.J."), possessives and diminutives ("Sanne's",
"Sannes", "Thijs'", "Daantje", "Brammetje"), any case, with or without diacritics.
Case-sensitive forms: a lone initial ("S." as a capital with a dot), two letters run
together ("ZB", not "zb"), and a given name that is also a particle ("Van", not "van").

Between the parts of a name the text may have any run of spaces or hyphens; an
apostrophe ("D'Souza") or a dot (initials) must be written as in the form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from zorgdesk.domain.anonymise.person_predicates import (
    a_person_acts,
    a_person_follows,
    conjunction_dat,
)
from zorgdesk.domain.anonymise.replacements import TAGS, TUSSENVOEGSELS, Replacement
from zorgdesk.domain.text import fold

__all__ = ["NameIndex", "fold_with_map", "known_hits"]

# Letters that NFKD does not decompose but people routinely type without the mark.
_EXTRA_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe",
                             "ð": "d", "þ": "th",
                             # the capitals too: the case-kept view folds "ŁM" to "LM"
                             "Ł": "L", "Ø": "O", "Đ": "D", "Æ": "AE", "Œ": "OE", "Ð": "D",
                             "Þ": "TH", "’": "'", "‘": "'", "`": "'", "´": "'"})
_TOKEN = re.compile(r"\w+")
# An apostrophe opening the next word ("van 't Hof", "v. 't Hof") is part of the gap.
_SPACE_GAP = re.compile(r"[\s\-\u00a0]+['’]?")
_DOT_GAP = re.compile(r"\.[\s-]?['’]?")
# Possessive or diminutive written after the name: Sanne's, Thijs', Sem'etje. Also any
# short ending after the apostrophe: Turkish writes every case ending of a proper noun
# that way ("Kerem'in", "kerem'e", "Esra'yla", "Büşra'nın"), so a known name glued by an
# apostrophe to up to five letters is that name in some case, in whatever language.
_AFTER = re.compile(r"'(?:(?:[mnlrkp]?etje|tje|pje|je|ie)?s?|[a-z]{1,5})(?!\w)")
# Glued to the name's last token: Sannes, Daantje, Brammetje, roosjes.
_DIMINUTIVES = [*(c + "etje" for c in "mnlrkp"), "etje", "tje", "pje", "je", "ie"]
_GLUED = {last: sorted((x for x in {*_DIMINUTIVES, *(d + "s" for d in _DIMINUTIVES), "s"}
                       if x.endswith(last)), key=len) for last in "es"}
# Abbreviations a school writes every day: run together they are someone's initials only
# where a person stands (``_abbreviation_is_person``; with dots, "I.B.", always).
SCHOOL_ABBREVIATIONS = frozenset([
    "IB", "VT", "OT", "GGD", "JGZ", "CJG", "BSO", "KDV", "SMW", "AMW", "RT", "MR", "PO", "VO",
    "SO", "SBO", "HA", "LVB", "ADHD", "ASS", "OPP", "GVO", "HVO", "NT2", "TOS", "ZAT"])
# After a run of initials that is also a school abbreviation: the person only where a person
# stands (``_abbreviation_is_person``).
ABBREVIATION = "abbr"
# Gap classes inside a form: " " (spaces/hyphens), "'" , "." (dot, one optional space), "/".
SPACE, APOS, DOT, SLASH, COMMA = " ", "'", ".", "/", ","


def _fold_char(ch: str, keep_case: bool) -> str:
    if keep_case:
        decomposed = unicodedata.normalize("NFKD", ch)
        out = "".join(c for c in decomposed if not unicodedata.combining(c))
    else:
        out = fold(ch)
    return out.translate(_EXTRA_FOLD)


_FOLD_MEMO: dict[tuple[str, bool], str] = {}


def fold_with_map(text: str, keep_case: bool = False) -> tuple[str, list[int]]:
    """Folded text plus, for every folded character, the index of its source character."""
    table: dict[int, str] = {}
    same_length = True
    memo = _FOLD_MEMO
    for ch in set(text):  # the distinct characters: a few dozen, whatever the length
        folded = memo.get((ch, keep_case))
        if folded is None:
            folded = memo.setdefault((ch, keep_case), _fold_char(ch, keep_case))
        if folded != ch:
            table[ord(ch)] = folded
            same_length = same_length and len(folded) == 1
    if same_length:  # the usual case: one folded character per source character (in C)
        return text.translate(table), list(range(len(text) + 1))
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = memo[(ch, keep_case)]
        out.append(folded)
        index.extend([i] * len(folded))
    index.append(len(text))
    return "".join(out), index


def f(text: str) -> str:
    """Folded form of a name part (case and diacritics removed)."""
    return fold(text).translate(_EXTRA_FOLD)


def rough_fold(text: str) -> str:
    """Case-folded and decomposed, marks left in place (all in C): for pre-filters only,
    where "zoe" must find "Zoë" but exact offsets do not matter."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    if folded.isascii() and "`" not in folded:  # nothing to translate (the usual case)
        return folded
    return folded.translate(_EXTRA_FOLD)


def _spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text)


_COMMA_GAP = re.compile(r",[ \u00a0]?")


def _gap_class(gap: str) -> str | None:
    if gap in (APOS, SLASH):
        return gap
    if _COMMA_GAP.fullmatch(gap):
        return COMMA  # only the surname-first forms have one: "Berg, Tess"
    if _SPACE_GAP.fullmatch(gap):
        return SPACE
    if _DOT_GAP.fullmatch(gap):
        return DOT
    return None


_GAP_MEMO: dict[str, str | None] = {}


def _tokens(folded: str) -> tuple[list[tuple[int, int, str]], list[str | None]]:
    """Word tokens of a folded text and the class of the gap after each."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded)]
    memo = _GAP_MEMO
    gaps: list[str | None] = []
    for a, b in zip(toks, toks[1:], strict=False):
        gap = folded[a[1]:b[0]]
        if gap not in memo:
            if len(memo) > 10_000:
                memo.clear()
            memo[gap] = _gap_class(gap)
        gaps.append(memo[gap])
    gaps.append(None)
    return toks, gaps


def _key_of(written: str) -> tuple[str, ...]:
    """A written form ("boer-wijnstra", "d'souza", "s.d.v") as a token/gap tuple."""
    toks, gaps = _tokens(written)
    key: list[str] = []
    for (_, _, tok), gap in zip(toks, gaps, strict=True):
        key.append(tok)
        key.append(gap or SPACE)
    return tuple(key[:-1])


# -- the forms of one name ---------------------------------------------------------

@dataclass(frozen=True)
class Form:
    key: tuple[str, ...]  # tokens with gap classes between them
    name_key: str         # "naam:sanne", "achternaam:berg", "initialen:sdv" (shared forms)
    cased: bool = False   # match on case-kept text
    after: str = "poss"   # "poss": possessive may follow; "dot?": a dot may; "dot!": must;
    #                       "part": as "poss", but no hyphen glues it to another word
    nickname: bool = False  # a recorded nickname: lower case after an article is the word


def split_name(known) -> tuple[list[str], list[str], list[str]]:
    """(given names, tussenvoegsel words, surname words) of a known name."""
    if known.first or known.last:
        return known.first.split(), known.tussenvoegsel.split(), known.last.split()
    words = known.name.split()
    if len(words) == 1:
        return words, [], []
    # The first word is always a given name, even when it looks like a particle
    # ("Van Minh Nguyen"). A particle run after it starts the surname.
    for i in range(1, len(words) - 1):
        if words[i].casefold() in TUSSENVOEGSELS:
            j = i
            while j < len(words) - 1 and words[j].casefold() in TUSSENVOEGSELS:
                j += 1
            return words[:i], words[i:j], words[j:]
    return words[:-1], [], words[-1:]


_ROLE_WORDS = frozenset(["ouder", "ouders", "moeder", "vader", "verzorger", "verzorgster",
                         "voogd", "pleegouder", "pleegmoeder", "pleegvader", "oma", "opa",
                         "gezinsvoogd", "contactpersoon"])


def is_placeholder(name: str) -> bool:
    """"Ouder van Sem", "Moeder van Noor": a description typed where no name was known,
    not a name (its forms would remove every "ouder" from the text)."""
    words = name.casefold().split()
    return len(words) >= 2 and words[0] in _ROLE_WORDS and words[1] == "van"


def forms(known) -> list[Form]:
    """Every written form of one known (non-literal) name."""
    given, tussen, last = split_name(known)
    surname_parts = [p for w in last for p in w.split("-") if p]
    word_forms: set[tuple[str, ...]] = {tuple(given + tussen + last), tuple(given + last)}
    if last:
        word_forms |= {tuple(tussen + last), tuple(last)}
        word_forms.update((p,) for p in surname_parts if p.casefold() not in TUSSENVOEGSELS)
        bare = [w for w in last if w.casefold() not in TUSSENVOEGSELS]
        if bare:  # a particle that belongs to the surname itself ("El Idrissi")
            word_forms |= {tuple(bare), tuple(given + bare)}
    for g in given:
        word_forms.add((g,))
        if last:
            word_forms.add((g, *tussen, *last))
    surname_forms = {tuple(last), tuple(tussen + last), *((p,) for p in surname_parts)}
    out: list[Form] = []
    for words in word_forms:
        words = tuple(w for w in words if w)
        if not words:
            continue
        folded = " ".join(f(w) for w in words)
        if len(words) == 1 and words[0].casefold() in TUSSENVOEGSELS:
            # A given name that is also a particle ("Van Minh Nguyen"): only as written
            # with a capital, or every "van" in the text would go.
            plain = _key_of(unicodedata.normalize("NFKD", words[0]))[0]
            for cased in {plain.capitalize(), plain.upper()}:
                out.append(Form((cased,), "naam:" + folded, cased=True))
            continue
        kind = "achternaam:" if words in surname_forms else "naam:"
        key = _key_of(folded)
        if key:  # "R.J." written as a given name: its last dot belongs to it
            out.append(Form(key, kind + folded, after="dot?" if folded.endswith(".") else
                            "poss"))
    if tussen and last:
        out.extend(_tussenvoegsel_forms(given, tussen, last))
    if given and last:
        # A list's order, surname first: "Berg, Tess van den", "Berg, Tess".
        surname = _key_of(" ".join(f(w) for w in last))
        first = _key_of(" ".join(f(w) for w in given))
        person = "naam:" + " ".join(f(w) for w in (*given, *tussen, *last))
        out.append(Form((*surname, COMMA, *first), person))
        if tussen:
            particles = _key_of(" ".join(f(w) for w in tussen))
            out.append(Form((*surname, COMMA, *first, SPACE, *particles), person))
            # a register's order without the given name: "Berg, van den"
            out.append(Form((*surname, COMMA, *particles), person))
    out.extend(_initial_forms(given, tussen, last))
    out.extend(_syllable_forms(given))
    out.extend(_double_parts(given))
    out.extend(nickname_forms(getattr(known, "nicknames", ())))
    return out


# An article the IB may write before a nickname ("de Beer", "'t Kuiken"): the nickname is
# the word after it; the article in a text stays as written ("de [vader]").
_NICKNAME_ARTICLES = frozenset(["de", "het", "'t", "t"])


def _nickname_words(nickname: str) -> list[str]:
    """The folded words of one recorded nickname, without the article the IB may type."""
    words = [f(w) for w in nickname.split() if _TOKEN.search(f(w))]
    return words[1:] if len(words) > 1 and words[0] in _NICKNAME_ARTICLES else words


def nickname_words(nicknames: Iterable[str]) -> frozenset[str]:
    """Every folded word of these recorded nicknames ("de Beer" -> "beer"), as the index
    keys them (compare ``f(word)``), also with a possessive or diminutive glued on as the
    index finds them ("tijgertje", "beers")."""
    words = {word for nickname in nicknames for word in _nickname_words(nickname)}
    glued = {x for suffixes in _GLUED.values() for x in suffixes}
    return frozenset(words | {w + x for w in words for x in glued})


def nickname_forms(nicknames: Iterable[str]) -> list[Form]:
    """The forms of recorded nicknames: the words as written, any case, with a possessive
    or diminutive glued on ("Kruimels", "Kruimeltje"), never as initials (a nickname's
    first letter says nothing). Keyed as a name ("naam:mo"), so a nickname one person has
    that is another person's name is a shared form (neutral tag). ``nickname``: written
    in lower case after an article or possessive it is the word ("de beer in de
    dierentuin"), see ``NameIndex._scan``."""
    out: list[Form] = []
    for nickname in nicknames:
        words = _nickname_words(nickname)
        # "Meester Boef", "Ome Knoest": the name after a title is written alone too
        # ("deze meester "Boef"", "Boef is lief"); the title alone says nothing
        rest = words[1:] if len(words) > 1 and words[0] in _NICKNAME_TITLES \
            and len("".join(words[1:])) >= 3 else []
        for folded in filter(None, (" ".join(words), " ".join(rest))):
            key = _key_of(folded)
            if key and not (len(key) == 1 and key[0] in TUSSENVOEGSELS):
                out.append(Form(key, "naam:" + folded, nickname=True))
    return out


# Titles an IB may record as part of a nickname: "Meester Boef", "Ome Knoest", "Kapitein
# Haak" (a school title, kin, or a rank of a story).
_NICKNAME_TITLES = frozenset([
    "meester", "juf", "juffrouw", "meneer", "mevrouw", "ome", "oom", "tante", "opa", "oma",
    "opi", "omi", "kapitein", "koning", "koningin", "prins", "prinses", "generaal", "baas",
    "dokter", "coach", "buurman", "buurvrouw"])


def _tussenvoegsel_forms(given: list[str], tussen: list[str], last: list[str]) -> list[Form]:
    """"v.d. Berg", "F. v.d. Veen", "vant Hof", "Vandenberg": a surname with its particles
    abbreviated, glued or after an initial."""
    out = list(_abbreviated(tussen, last))
    surname_key = "achternaam:" + " ".join(f(w) for w in (*tussen, *last))
    for initial in {f(g)[:1] for g in given[:1] if f(g)}:
        # "F. v.d. Veen", "F.vd Veen": the whole person, like "F. van der Veen".
        person = "naam:" + initial + ". " + " ".join(f(w) for w in (*tussen, *last))
        out.extend(Form((initial, DOT, *a.key), person) for a in _abbreviated(tussen, last))
    glued = "".join(f(w).replace("'", "") for w in tussen)
    if any("'" in w or "’" in w for w in tussen):
        # "van 't Hof" typed as "vant Hof" or "van t Hof".
        out.append(Form((glued, SPACE, *_key_of(" ".join(f(w) for w in last))), surname_key))
    whole = glued + "".join(f(w) for w in last)
    if whole.isalpha():  # "Vandenberg", "vandenberg", "Elamrani": written as one word
        out.append(Form((whole,), surname_key))
    return out


def _double_parts(given: list[str]) -> list[Form]:
    """"Anne-Fleur" is called "Anne" or "Fleur" as well: each part a form of its own, but
    not glued by a hyphen to another name ("Gerrit-Jan" is no "Jan" of Robert-Jan)."""
    out: list[Form] = []
    for g in given:
        parts = [p for p in g.split("-") if len(p) > 1]
        if len(parts) > 1:
            out.extend(Form((f(p),), "naam:" + f(p), after="part") for p in parts
                       if p.casefold() not in TUSSENVOEGSELS and f(p).isalpha())
    return out


# Chinese given names of short syllables ("Ka Ming", "Wing-Yan"): children are called by
# one syllable with "Ah"/"A" (Cantonese) or "Siu"/"Xiao" (little) before it, "jai"/"zai"
# (boy) after it, or the syllable doubled ("Mingming").
_SYLLABLE_BEFORE = ("ah", "a", "siu", "xiao")
_SYLLABLE_AFTER = ("jai", "zai", "tsai")


def _syllable_forms(given: list[str]) -> list[Form]:
    parts = [f(p) for g in given for p in re.split(r"[\s-]+", g) if p]
    if len(parts) < 2 or any(len(p) > 4 or not p.isalpha() for p in parts):
        return []
    person = "naam:" + " ".join(parts)
    out: list[Form] = []
    for p in parts:
        if len(p) < 2:
            continue
        keys = [(p + p,), ("ah" + p,), (p, SPACE, p)]
        keys += [(b, SPACE, p) for b in _SYLLABLE_BEFORE]
        keys += [(p, SPACE, a) for a in _SYLLABLE_AFTER]
        out.extend(Form(key, person) for key in keys)
    return out


def _abbreviated(tussen: list[str], last: list[str]) -> list[Form]:
    """"v.d. Berg", "v. d. Berg", "v/d Berg", "vd Berg", "d. Vries", "vt Hof", "v. 't Hof"
    (the first particle abbreviated, the rest written out)."""
    letters = [c for c in (next((ch for ch in f(w) if ch.isalpha()), "") for w in tussen) if c]
    surname = _key_of(" ".join(f(w) for w in last))
    name_key = "achternaam:" + " ".join(f(w) for w in last)
    out = [Form(("".join(letters), gap, *surname), name_key) for gap in (DOT, SPACE)
           if len(letters) > 1]
    if len(tussen) > 1 and letters:
        written = f"{letters[0]}. " + " ".join(f(w) for w in (*tussen[1:], *last))
        out.append(Form(_key_of(written), name_key))
    for inner in product((DOT, SLASH, SPACE), repeat=len(letters) - 1):
        for gap in (DOT, SPACE):
            key: list[str] = [letters[0]]
            for g, letter in zip(inner, letters[1:], strict=True):
                key += [g, letter]
            out.append(Form((*key, gap, *surname), name_key))
    return out


def _letters(words: Sequence[str]) -> list[str]:
    """Initials of name words: "R.J." written as a given name gives each of its letters,
    "Robert-Jan" gives r and j."""
    return [c for w in words for c in (
        _key_of(f(w))[::2] if "." in w else [f(p)[:1] for p in w.split("-") if p])
        if c][:8]


def _dotted(letters: Sequence[str]) -> tuple[str, ...]:
    """("s", "d", "v") -> ("s", ".", "d", ".", "v"): "S.d.V." without its last dot."""
    out: list[str] = []
    for letter in letters:
        out += [letter, DOT]
    return tuple(out[:-1])


def _initial_forms(given: list[str], tussen: list[str], last: list[str]) -> list[Form]:
    g, t = _letters(given), _letters(tussen)
    s = _letters([w for w in last if w.casefold() not in TUSSENVOEGSELS] or last)
    out = _initial_runs(g, t, s)
    parts = [f(p)[:1] for w in last for p in w.split("-")
             if p and p.casefold() not in TUSSENVOEGSELS]
    if len(parts) > len(s):
        # A double surname gives each part: "M.d.V.-K." for Marieke de Vries-Kok.
        for seq in ([*g[:1], *t, *parts], [*t, *parts], [*g, *t, *parts]):
            out.append(Form(_dotted(seq), "initialen:" + "".join(seq), after="dot?"))
    out.extend(_given_initials(g))
    out.extend(_double_surname_runs(g, tussen, last))
    if t and s and g:
        out.extend(_initials_around_tussenvoegsel(g, t, s, tussen))
    if t and s:
        # Tussenvoegsel + surname as initials: "mw. d.V." for De Vries.
        out.append(Form(_dotted((*t, *s)), "initialen:" + "".join((*t, *s)), after="dot?"))
    if g and last:
        # Initial + surname: "M. Hoekstra", "J. de Vries" (the whole person, one tag).
        for surname in {tuple(tussen + last), tuple(last)}:
            folded = " ".join(f(w) for w in surname)
            out.append(Form((g[0], DOT, *_key_of(folded)), "naam:" + g[0] + ". " + folded))
    for letter in g[:1]:
        # A lone initial "S." only when written as a capital with a dot.
        out.append(Form((letter.upper(),), "initialen:" + letter, cased=True, after="dot!"))
    return out


def _initial_runs(g: list[str], t: list[str], s: list[str]) -> list[Form]:
    """All initials in a row, with or without the tussenvoegsel's and the second given
    names': "S.d.V.", "s. d. v.", "SdV", "S.V."; two letters run together ("ZB") only in
    capitals, and never a school abbreviation ("IB" is the intern begeleider)."""
    out: list[Form] = []
    for first_letters in ([g, g[:1]] if len(g) > 1 else [g]):
        for mid in ([t, []] if t else [[]]):
            seq = [*first_letters, *mid, *s]
            if len(seq) < 2:
                continue
            name_key = "initialen:" + "".join(seq)
            out.append(Form(_dotted(seq), name_key, after="dot?"))  # S.d.V. / s. d. v.
            joined = "".join(seq)
            if len(seq) == 2 or joined.upper() in SCHOOL_ABBREVIATIONS:
                # "ZB" exact case only: "zb" is an ordinary abbreviation
                out.append(_run_form(joined, name_key))
            else:
                out.append(Form((joined,), name_key, after=""))
    return out


def _run_form(joined: str, name_key: str, weak: bool = False) -> Form:
    """Initials run together in capitals ("ZB"); a school abbreviation ("SO", "MR", "IB")
    or a ``weak`` form only where a person stands (``ABBREVIATION``: "kwam SO te laat",
    not "naar het SO")."""
    upper = joined.upper()
    return Form((upper,), name_key, cased=True,
                after=ABBREVIATION if weak or upper in SCHOOL_ABBREVIATIONS else "")


def _double_surname_runs(g: list[str], tussen: list[str], last: list[str]) -> list[Form]:
    """The given name's initial with the first letter of a double or hyphenated surname as
    written ("FV" for Femke de Vries-Mulder, "RE" for Rana El-Khatib) or of a capitalised
    particle ("ME" for Mohamed El Idrissi): forms fewer people use, so only where a person
    stands ("moeder heeft ME" is an illness)."""
    if g and tussen and tussen[0][:1].isupper():
        # a particle written with a capital is read as the surname's start: "ME" for
        # Mohamed El Idrissi
        return [_run_form(g[0] + f(tussen[0])[:1], "initialen:" + g[0] + f(tussen[0])[:1],
                          weak=True)]
    words = [w for w in last if w.casefold() not in TUSSENVOEGSELS]
    if not g or not words or "-" not in words[0]:
        return []
    return [_run_form(g[0] + f(words[0])[:1], "initialen:" + g[0] + f(words[0])[:1],
                      weak=True)]


def _given_initials(g: list[str]) -> list[Form]:
    """Given names written as initials, run together: "RJ" (exact case), or with a hyphen
    or space as the name has it: "J-W" for Jan-Willem."""
    if len(g) < 2:
        return []
    out: list[Form] = []
    out.append(_run_form("".join(g), "initialen:" + "".join(g)))
    spaced: list[str] = []
    for letter in g:
        spaced += [letter.upper(), SPACE]
    out.append(Form(tuple(spaced[:-1]), "initialen:" + "".join(g), cased=True, after=""))
    return out


def _initials_around_tussenvoegsel(g: list[str], t: list[str], s: list[str],
                                   tussen: list[str]) -> list[Form]:
    """The tussenvoegsel written out between initials: "N. de H.", "M. van der M."."""
    words = list(_key_of(" ".join(f(w) for w in tussen)))
    out: list[Form] = []
    for first_letters in ([g, g[:1]] if len(g) > 1 else [g]):
        spelled = [*_dotted(first_letters), DOT, *words, SPACE, *_dotted(s)]
        out.append(Form(tuple(spelled), "initialen:" + "".join((*first_letters, *t, *s)),
                        after="dot?"))
    return out


# -- the index ---------------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    priority: int
    tag: str
    kind: str      # the role, or "naam"
    name_key: str
    after: str
    nickname: bool = False


@dataclass(frozen=True)
class Hit:
    start: int     # offsets in the original text
    end: int
    priority: int
    entry: Entry


class NameIndex:
    """Every form of every known name, for linear-time matching (see module doc)."""

    def __init__(self, people: Sequence) -> None:
        self.people = tuple(people)
        self._forms: list[dict[tuple[str, ...], Entry]] = [{}, {}]  # folded, cased
        self._prefixes: list[set[tuple[str, ...]]] = [set(), set()]
        self.tags_by_key: dict[str, set[str]] = {}
        # Tables other modules derive from these people, built once with the index
        # (``short_forms``: the cut forms of the given names).
        self.derived: dict[str, object] = {}
        literals: list[tuple[str, Entry]] = []
        for priority, person in enumerate(self.people):
            tag = person.tag
            kind = person.role or "naam"
            if person.literal:
                literal = f(person.name).strip()
                if literal:
                    literals.append((literal, Entry(priority, tag, kind, "", "")))
                continue
            for form in forms(person):
                self.tags_by_key.setdefault(form.name_key, set()).add(tag)
                table = self._forms[form.cased]
                if form.key not in table:  # the first (most specific) person wins
                    table[form.key] = Entry(priority, tag, kind, form.name_key, form.after,
                                            form.nickname)
                    prefixes = self._prefixes[form.cased]
                    for i in range(1, len(form.key), 2):
                        prefixes.add(form.key[:i])
        self._literals = {_spaces(lit): entry for lit, entry in reversed(literals)}
        self._literal_re = (re.compile(r"(?<!\w)(?:" + "|".join(
            re.escape(lit).replace(r"\ ", r"\s+")
            for lit in sorted(self._literals, key=len, reverse=True)) + r")(?!\w)")
            if self._literals else None)

    @staticmethod
    @lru_cache(maxsize=8)
    def of(people: tuple) -> NameIndex:
        """The index for this list of names, built once and kept (for the vault's list)."""
        return NameIndex(people)

    def hits(self, text: str | Prepared) -> list[Hit]:
        """For every place where a known form starts, the longest one (unresolved).
        ``text`` may be a ``Prepared`` text, folded and cut into tokens once for every
        index that looks at it."""
        prepared = text if isinstance(text, Prepared) else Prepared(text)
        out: list[Hit] = []
        if not prepared.text:
            return out
        out.extend(self._scan(prepared, cased=False))
        if self._forms[True]:
            out.extend(self._scan(prepared, cased=True))
        if self._literal_re is not None:
            folded, index = prepared.folded, prepared.index
            for m in self._literal_re.finditer(folded):
                entry = self._literals[_spaces(m.group())]
                out.append(Hit(index[m.start()], index[m.end() - 1] + 1, entry.priority,
                               entry))
        return out

    def _scan(self, prepared: Prepared, cased: bool) -> list[Hit]:
        table, prefixes = self._forms[cased], self._prefixes[cased]
        folded, index, toks, gaps = prepared.view(cased)
        out: list[Hit] = []
        n = len(toks)
        for i in range(n):
            key: tuple[str, ...] = (toks[i][2],)
            best: tuple[int, Entry] | None = None
            j = i
            while True:
                found = table.get(key)
                end = toks[j][1]
                if found is None:
                    found, end = self._glued(table, key, toks[j])
                if found is not None:
                    best = (end, found)
                if key not in prefixes or j + 1 >= n or gaps[j] is None:
                    break
                key = (*key, gaps[j], toks[j + 1][2])
                j += 1
            if best is None:
                continue
            end, entry = best
            start = toks[i][0]
            if cased and entry.after == "dot!":
                before = folded[start - 1:start]
                if folded[end:end + 1] != "." or before == "°":
                    continue
                if _IN_INITIALS.match(folded, end + 1) or (
                        start >= 2 and folded[start - 1] == "." and folded[start - 2].isalpha()):
                    continue  # "T." inside "T.K." or "K.T.": somebody else's initials
                end += 1
            elif entry.after == "dot?" and folded[end:end + 1] == ".":
                end += 1
            elif entry.after == "part" and "-" in (folded[start - 1:start], folded[end:end + 1]):
                continue  # a part of somebody else's double name ("Gerrit-Jan")
            elif entry.after == ABBREVIATION and not _abbreviation_is_person(
                    prepared.text, index[start], index[end - 1] + 1):
                continue
            if entry.after in ("poss", "part") and end < len(folded) and folded[end] == "'":
                m = _AFTER.match(folded, end)
                if m and (m.end() > end + 1 or _bare_possessive(folded, start, end)):
                    end = m.end()
            if start > 0 and folded[start - 1] == "'" and key[0] == "t":
                start -= 1  # "'t Hart"
            if entry.nickname and _the_word(prepared, folded, index, start, end):
                continue
            out.append(Hit(index[start], index[end - 1] + 1, entry.priority, entry))
        return out

    @staticmethod
    def _glued(table: dict, key: tuple[str, ...], token: tuple[int, int, str]
               ) -> tuple[Entry | None, int]:
        """A possessive or diminutive glued to the last word ("Sannes", "Daantje")."""
        word = token[2]
        for suffix in _GLUED.get(word[-1], ()):
            if not word.endswith(suffix):
                continue
            stem = word[:-len(suffix)]
            entry = table.get((*key[:-1], stem)) if stem else None
            if entry is None and suffix.startswith("ie") and len(stem) >= 4 \
                    and stem[-1] == stem[-2] and stem[-1] not in "aeiouy":
                # "Jippie", "Timmie", "Bassie": the pet form in -ie doubles the last
                # consonant of a short name (as "Brammetje" does with -etje)
                entry = table.get((*key[:-1], stem[:-1]))
            if entry is not None and entry.after in ("poss", "part"):
                return entry, token[1]
        return None, token[1]

    def matches_whole(self, found: str) -> bool:
        """Is ``found`` exactly one written form of someone in this index?"""
        return any(h.start == 0 and h.end == len(found) for h in self.hits(found))


def _bare_possessive(folded: str, start: int, end: int) -> bool:
    """An apostrophe with nothing after it is a possessive only after a hissing sound
    ("Thijs' fiets", "Max'", "Fritz'", "Alice'", "Josh'") and not where a quote opened right
    before the name: "noemen hem 'beer'." and "zei: 'Kees'." end a quote (the quotes
    fold to "'"), which went with the name ("'[stiefvader].", found in session 33)."""
    hissing = folded[end - 1] in "sxz" or folded[end - 2:end] in ("ce", "sh")
    return hissing and not (start > 0 and folded[start - 1] == "'") \
        and not _OPEN_QUOTE.search(folded, max(0, start - 80), start)


# A quote opened earlier in the line and not closed before the name: "'onze kleine prins'
# genoemd" (a recorded Prins) ends the quote, no possessive (review s37 P4).
_OPEN_QUOTE = re.compile(r"(?:^|[\s(:])'(?=\w)[^'\n]*$")


_IN_INITIALS = re.compile(r"[^\W\d_]\.")
# Before a school abbreviation, the words that make it the school's: "het SO", "naar SO",
# "via IB", "de MR", "geen RT".
_ABBREVIATION_BEFORE = re.compile(
    r"(?i)(?:^|\W)(?:de|het|'t|een|geen|naar|in|op|bij|voor|van|via|uit|met|aan|door|over|"
    r"tot|zoals|richting|vanuit|binnen|ons|onze|hun|jullie|uw|welk|welke|dit|deze|heeft|"
    r"had|haar|zijn|mijn|je|jouw|"
    r"\w+s)\s+$")
# After it: a compound or list of school words ("SO-school", "RT'er", "SO/SBO"), a
# school's name ("SO De Brug").
_ABBREVIATION_AFTER = re.compile(r"[-/'’]|\s+[A-Z]")
# Who the initials are, in brackets: "IB (klasgenoot)", "SO (groep 5)", "MR (7 jaar)".
_BRACKETED_WHO = re.compile(
    r"(?i)\s*\(\s*(?:klasgeno\w+|medeleerling|leerling|groep|gr\b|klas|broer\w*|zus\w*|"
    r"vader|moeder|stief\w+|pleeg\w+|oom|tante|opa|oma|neef|nicht|buur\w*|vriend\w*|\d)")


def _abbreviation_is_person(text: str, start: int, end: int) -> bool:
    """Initials that are also a school abbreviation, written where a person stands: a
    bracket says who ("IB (klasgenoot)"), or no article, preposition or compound makes it
    the school's and the clause after it says what a person does or is ("Gisteren kwam SO
    te laat", "dat MR boos was"). "IB belt moeder" stays: the intern begeleider writes
    her own role so every day, and a person's verb cannot tell her apart."""
    if _BRACKETED_WHO.match(text, end):
        return True
    if text[start:end] == "IB" or _ABBREVIATION_AFTER.match(text, end):
        return False
    if _ABBREVIATION_BEFORE.search(text, max(0, start - 20), start) or \
            text[max(0, start - 1):start] in ("-", "/"):
        return False
    return a_person_follows(text, end)
# Before a noun, never before somebody called by a nickname: "de beer", "een kruimel".
_BEFORE_A_NOUN = frozenset(["een", "de", "het", "die", "deze", "dit", "dat", "zo'n", "geen",
                            "elke", "iedere", "mijn", "zijn", "haar", "onze", "ons", "hun",
                            "jullie", "uw", "'t"])


def _the_word(prepared: Prepared, folded: str, index: list[int], start: int,
              end: int) -> bool:
    """A recorded nickname that is also a word ("Beer", "Kruimel", "Prins"), written in
    lower case right after an article or a possessive, is that word: "de beer in de
    dierentuin", "een kruimel op tafel" - unless its clause says what only a person does
    or feels ("de beer slaat mama weer", "de beer was boos": the stepfather called "de
    Beer", written the way a child says it; "Het musje huilde"). With a complement it is
    the word again ("De kapitein van het voetbalteam had een bloedneus"). Capitalised ("de
    Beer", "Beer sloeg") it is the person; lower case elsewhere too ("kruimel duwde zoë", a
    chat, "zegt dat kruimeltje 'te dik' wordt": "dat" opening a clause is no article)."""
    original = prepared.text[index[start]:index[end - 1] + 1]
    if not original[:1].islower():
        return False
    before = folded[max(0, start - 8):start]
    if not before.endswith(" "):
        return False
    words = before.split()
    after = index[end - 1] + 1
    if words and words[-1] in _COPULAS and _COMPLEMENT.match(prepared.text, after):
        return True  # "Hij is kapitein van het voetbalteam": a role he has
    if not words or words[-1] not in _BEFORE_A_NOUN:
        return False
    if conjunction_dat(prepared.text, index[start], words[-1]):
        return False  # "zegt dat kruimeltje 'te dik' wordt": "dat" opens a clause
    if _COMPLEMENT.match(prepared.text, after):
        return True  # "De kapitein van het voetbalteam": the role, with its complement
    if _named_as_a_thing(prepared.text, original, index[start]):
        return True  # "een boek over een beer. De beer wilde naar huis": that bear
    return not a_person_acts(prepared.text, after)


def _named_as_a_thing(text: str, word: str, start: int) -> bool:
    """The word written before with "een" or "geen" (and maybe an adjective): the text
    brought it in as a thing or an animal, and "de" takes that one up again (review s37:
    the bear of a picture book became the pupil called "Beer")."""
    return re.search(rf"(?i)\b(?:een|geen)\s+(?:[a-zà-ÿ]+e\s+)?{re.escape(word)}\b",
                     text[:start]) is not None


# Before a role with its complement: "Hij is kapitein van het voetbalteam".
_COPULAS = frozenset(["is", "was", "ben", "bent", "wordt", "werd", "blijft", "bleef"])
# A noun's complement: "de kapitein van het team", "de prinses uit het verhaal".
_COMPLEMENT = re.compile(r"(?i)\s+(?:van|uit)\s+(?:de|het|een|'t|dit|die|deze|dat)\b")


class Prepared:
    """One text, folded and cut into tokens once (the case-kept view only when needed)."""

    def __init__(self, text: str) -> None:
        self.text = text or ""
        self.folded, self.index = fold_with_map(self.text)
        self._views: dict[bool, tuple] = {}

    def view(self, cased: bool) -> tuple[str, list[int], list, list]:
        if cased not in self._views:
            if not cased:
                self._views[False] = (self.folded, self.index, *_tokens(self.folded))
            else:
                folded, index = fold_with_map(self.text, keep_case=True)
                plain = self.view(False)
                if index == plain[1]:
                    # Same characters, case aside: the same tokens and gaps, cased.
                    toks = [(a, b, folded[a:b]) for a, b, _ in plain[2]]
                    self._views[True] = (folded, index, toks, plain[3])
                else:
                    self._views[True] = (folded, index, *_tokens(folded))
        return self._views[cased]


def known_hits(text: str, indexes: Iterable[NameIndex],
               shared: dict[int, set[str]] | None = None) -> list[Replacement]:
    """Known names in ``text``: longest match first, then the earliest index and person.

    A form shared by people with different tags (the surname of the pupil and of the
    mother) gets a neutral tag: it says only what kind of word it was. ``shared``, when
    given, receives for each such hit (by start) the tags it could stand for.
    """
    indexes = list(indexes)
    prepared = Prepared(text)
    hits: list[tuple[int, int, int, int, Entry]] = []
    for order, idx in enumerate(indexes):
        hits.extend((h.start, h.start - h.end, order, h.priority, h.entry)
                    for h in idx.hits(prepared))
    hits.sort(key=lambda h: h[:4])
    chosen: list[Replacement] = []
    for start, neg_len, _order, _priority, entry in hits:
        end = start - neg_len
        if chosen and start < chosen[-1].end:
            continue
        tag, kind = entry.tag, entry.kind
        if entry.name_key:
            tags: set[str] = set()
            for idx in indexes:
                tags |= idx.tags_by_key.get(entry.name_key, set())
            if len(tags) > 1:
                kind = entry.name_key.split(":")[0]
                tag = "[achternaam]" if kind == "achternaam" else TAGS["naam"]
                if shared is not None:
                    shared[start] = tags  # who it may be: a title can decide (role_fit)
        chosen.append(Replacement(start, end, text[start:end], tag, kind, True))
    return chosen
