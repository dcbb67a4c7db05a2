"""A replacement carries only the role of the person it replaces.

"meester Bram" is a teacher, so a classmate called Bram must not turn it into "meester
[medeleerling]"; "Huisarts dr. Jansen" is a doctor, not the teacher Jansen; "Oom Mehmet"
is an uncle, not the father Mehmet. When the title or profession written right before a
known name does not fit the role of the person the vault knows by that name, the name
is still removed (it is a known name, never put back) but as "[naam]": the title stays
and says who it is ("dr. [naam]", "meester [naam]", "Oom [naam]").

Only a single word (a given name or surname alone) is re-tagged: a full name ("meester
Bram Visser") is that person, whatever the title says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from zorgdesk.domain.anonymise.detectors import FOREIGN_KINSHIP
from zorgdesk.domain.anonymise.first_chars import compile_fast
from zorgdesk.domain.anonymise.replacements import TAGS, Replacement

_PUPIL_ROLES = frozenset(["leerling", "medeleerling", "broer", "zus", "broer/zus", "halfbroer",
                          "halfzus", "stiefbroer", "stiefzus"])
_FAMILY = {
    "moeder": {"moeder"}, "mama": {"moeder"}, "mam": {"moeder"}, "vader": {"vader"},
    "papa": {"vader"}, "pap": {"vader"}, "stiefvader": {"stiefvader"},
    "stiefmoeder": {"stiefmoeder"}, "oom": {"oom"}, "ome": {"oom"}, "tante": {"tante"},
    "opa": {"opa"}, "oma": {"oma"}, "broer": {"broer", "halfbroer", "stiefbroer"},
    "broertje": {"broer", "halfbroer", "stiefbroer"}, "zus": {"zus", "halfzus", "stiefzus"},
    "zusje": {"zus", "halfzus", "stiefzus"}, "neef": {"neef"}, "nicht": {"nicht"},
    "buurman": {"buurman"}, "buurvrouw": {"buurvrouw"}, "oppas": {"oppas"},
}
_SCHOOL = frozenset(["juf", "juffrouw", "meester", "meneer", "leerkracht", "ib", "ib'er",
                     "ib-er", "directeur", "conciërge", "concierge", "gymdocent", "gymjuf",
                     "gymmeester", "invaljuf", "invalmeester", "stagiair", "stagiaire"])
_EXTERNAL = {  # professions outside the school: only a person with that role fits
    "dr": ("arts", "dokter", "huisarts", "psycholoog", "psychiater", "tandarts"),
    "dokter": ("arts", "dokter"), "huisarts": ("huisarts",), "arts": ("arts",),
    "jeugdarts": ("jeugdarts",), "schoolarts": ("schoolarts", "jeugdarts"),
    "wijkagent": ("agent",), "agent": ("agent",), "politieagent": ("agent",),
    "advocaat": ("advocaat",), "mr": ("advocaat", "notaris", "rechter"),
    "notaris": ("notaris",), "tolk": ("tolk",), "trainer": ("trainer",),
    "coach": ("coach",), "jeugdverpleegkundige": ("verpleegkundige",),
    "verpleegkundige": ("verpleegkundige",), "psycholoog": ("psycholoog",),
    "logopedist": ("logopedist",), "fysiotherapeut": ("fysiotherapeut",),
}
# Any other profession by its ending: "jeugdconsulent", "gezinscoach", "orthopedagoog",
# "ambulant hulpverlener": only a person whose role has the same ending fits.
_PROFESSION = re.compile(r"(consulent|verpleegkundige|therapeut|werker|coach|trainer|agent|"
                         r"arts|docent|pedagoog|psycholoog|deskundige|medewerker|hulpverlener|"
                         r"mentor|begeleider|regisseur|voogd|jurist|logopedist|ambtenaar)$")
_ADULT_ADDRESS = frozenset(["mevrouw", "mevr", "mw", "meneer", "mijnheer", "dhr", "heer"])
_KNOWN_TITLES = frozenset([*_FAMILY, *_SCHOOL, *_EXTERNAL, *_ADULT_ADDRESS])


def _is_title(title: str) -> bool:
    return title in _KNOWN_TITLES or bool(_PROFESSION.search(title))
_TITLE_BEFORE = re.compile(r"([\w'’-]+)\.?\s+$")


def _fits(title: str, role: str) -> bool:
    role = role.casefold()
    if title in _FAMILY:
        return role in _FAMILY[title]
    if title in _SCHOOL:
        return role not in _PUPIL_ROLES and not any(role in r for r in _FAMILY.values())
    if title in _EXTERNAL:
        return any(word in role for word in _EXTERNAL[title])
    if title in _ADULT_ADDRESS:
        return role not in _PUPIL_ROLES
    profession = _PROFESSION.search(title)
    if profession:
        return profession.group(1) in role
    return True


def fit_roles(text: str, chosen: Sequence[Replacement],
              shared: dict[int, set[str]] | None = None) -> list[Replacement]:
    """``chosen`` with every role tag that contradicts the title before it made "[naam]".

    ``shared``: for a form several people share (neutral tag), the tags it may stand
    for. A title that fits exactly one of them decides ("vader Pinas" when the father
    and a brother are both Pinas -> "[vader]"); a title that fits none ("mr. Van der
    Meulen" for a lawyer) makes it "[naam]"."""
    shared = shared or {}
    out: list[Replacement] = []
    for r in chosen:
        if r.known and _another(text, r):
            out.append(replace(r, replacement=TAGS["naam"], kind="naam"))
            continue
        title = _title_before(text, r.start) if r.known else None
        if title is None:
            out.append(_fit_after(text, r) if r.known and r.start not in shared else r)
            continue
        if r.start in shared:
            roles = [t[1:-1] for t in shared[r.start]]
            fitting = [role for role in roles if _fits(title, role)]
            if title in _ADULT_ADDRESS or not _is_title(title):
                pass  # "mevrouw De Vries" says nothing about which one
            elif len(fitting) == 1:
                r = replace(r, replacement=f"[{fitting[0]}]", kind=fitting[0])
            elif not fitting:
                r = replace(r, replacement=TAGS["naam"], kind="naam")
        elif r.replacement == f"[{r.kind}]" and not re.search(r"[\s-]", r.original) \
                and not _fits(title, r.kind):
            r = replace(r, replacement=TAGS["naam"], kind="naam")
        out.append(r)
    return out


# "Een andere Olivier uit groep 8", "nog een Sem": someone else with the known name.
_ANOTHER = compile_fast(r"(?i)(?<![\w'’-])(?:(?:een|de|die|nog een) andere|nog een)\s+$")


def _another(text: str, r: Replacement) -> bool:
    """A single name word after "een andere", "de andere", "nog een": another person with
    that name, so no role ("[naam]"); a full name is that person all the same."""
    return (not re.search(r"[\s-]", r.original)
            and _ANOTHER.search(text, max(0, r.start - 20), r.start) is not None)


# "J. (buurman) zag het", "R. (vriend van moeder) was erbij": a word for a person in
# brackets right after a name says who it is, as a title before it does.
_BRACKET_AFTER = re.compile(r"\s*\(\s*(?:(?:de|een|haar|zijn)\s+)?([\w'’-]+)")
_FRIENDS = frozenset(["vriend", "vriendin", "vriendje", "vriendinnetje"])
# The same with commas: "K., de tante van Ben, belde" (right after the name), and "K.
# belde, de tante van Ben." (closing the sentence the name opens after a verb or two,
# nothing but "van ..." after the person word: ", de juf was er niet" is a new clause,
# and "Mila vertelt over pietje, een vriend van mama die ..." explains "pietje").
_APPOSITION_AFTER = re.compile(r",\s*(?:de|een|haar|zijn|hun)\s+([\w'’-]+)\s*(?:,|van\b)")
_CLOSING_APPOSITION = re.compile(
    r"(?:\s+[\w'’-]+){1,2},\s*(?:de|een|haar|zijn|hun)\s+([\w'’-]+)"
    r"(?:\s+van\s+(?:(?!\b(?:die|dat|wie)\b)[^.,;:!?\n()]){1,40})?\s*(?:[.;!?]|$)")


def _opens_a_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:;\n"


def _fit_after(text: str, r: Replacement) -> Replacement:
    """``r`` as "[naam]" when the person word in brackets after it contradicts its role
    (a lone initial or one name part only: a full name is that person)."""
    if r.replacement != f"[{r.kind}]" or re.search(r"[\s-]", r.original):
        return r
    m = _BRACKET_AFTER.match(text, r.end) or _APPOSITION_AFTER.match(text, r.end)
    if m is None and _opens_a_sentence(text, r.start):
        m = _CLOSING_APPOSITION.match(text, r.end)
    word = m.group(1).casefold() if m else ""
    if word in _FRIENDS:
        fits = "vriend" in r.kind.casefold()
    elif word and _is_title(word):
        fits = _fits(word, r.kind)
    else:
        return r
    return r if fits else replace(r, replacement=TAGS["naam"], kind="naam")


# Forms of address and kinship words that say "a person's name follows" but no role
# that a known person must fit ("drs. Kramer", "familie Yilmaz", "pake Jelle").
_OTHER_TITLES = frozenset(["drs", "ir", "ing", "prof", "familie", "vriend", "vriendin",
                           "vriendje", "vriendinnetje", "juffrouw", *FOREIGN_KINSHIP])


def is_title_word(word: str) -> bool:
    """"Juf", "Mevrouw", "Huisarts", "jeugdconsulent", "pake": a title or profession."""
    title = word.casefold().rstrip(".")
    return _is_title(title) or title in _OTHER_TITLES


_ANY_TITLE = re.compile(
    r"(?i)(?<![\w'’-])(?:" + "|".join(re.escape(t) for t in sorted(
        {*_KNOWN_TITLES, *_OTHER_TITLES}, key=len, reverse=True))
    + r"|[\w'’-]*" + _PROFESSION.pattern.rstrip("$") + r")\.?(?=\s)")


def has_title(text: str) -> bool:
    """Whether ``text`` holds any title or profession followed by a space (a quick test
    before looking for names after one: most texts of a dossier have none)."""
    return _ANY_TITLE.search(text) is not None


def title_before(text: str, start: int) -> str | None:
    """The title or profession written right before ``start`` ("Mevrouw S. Kramer",
    "dhr. P. de Vries", "tolk Amal", "jeugdconsulent Sanne"), folded; else None."""
    title = _title_before(text, start)
    if title is None or not (_is_title(title) or title in _OTHER_TITLES):
        return None
    return title


def _title_before(text: str, start: int) -> str | None:
    m = _TITLE_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1).casefold() if m and m.end() == start else None
