"""A known name in a hyphen compound with an ordinary word: the person goes, the word stays.

"Hij deed Beer-achtig" (a stepfather recorded as "Beer"), "Ze is Ellen-achtig stil",
"een Kees-moment": the name detector reads the capitalised compound as one name, and
what the known name does not cover went as an unknown name: "[stiefvader]-[naam]"
(found in session 33). The ordinary part is a fact about the person ("-achtig" says he
acted like him) and names nobody, so it stays: "[stiefvader]-achtig".

Only a closed list of such parts: a compound of a name and a word is also how nicknames
are made ("ga huilen bij Wessie-weetje", "Beer-knuffel"), and there the whole compound
names someone. So only the words that say what kind of thing, feeling or time the person
stands for ("-achtig", "-moment", "-gevoel", "-stijl"; "anti-", "ex-") stay, in lower
case; a capitalised part is another given name of a double name ("Ellen-Marie" keeps
"[naam]" for "Marie"). Pure functions over text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from zorgdesk.domain.anonymise.detectors import Detection
from zorgdesk.domain.anonymise.replacements import TUSSENVOEGSELS, Replacement

__all__ = ["without_compound_words"]

# After the name: "Beer-achtig", "een Kees-moment", "het Ellen-gevoel".
_AFTER_WORDS = frozenset(["achtig", "achtige", "achtigs", "loos", "loze", "vormig", "vormige",
                          "gewijs", "waardig", "waardige", "moment", "momenten", "gevoel",
                          "stijl", "gedrag", "sfeer", "actie", "acties", "dag", "dagen",
                          "tijd", "tijdperk", "fan", "fans", "humor", "manier", "imitatie"])
# Before the name: "een anti-Kees-actie", "ex-Beer".
_BEFORE_WORDS = frozenset(["anti", "pro", "ex", "oud", "super", "mega", "niet"])
_AFTER = re.compile(r"-([^\W\d_]+)")
_BEFORE = re.compile(r"([^\W\d_]+)-$")


def without_compound_words(text: str, detections: Sequence[Detection],
                           hits: Sequence[Replacement],
                           is_word: Callable[[str], bool] | None) -> list[Detection]:
    """``detections`` with the ordinary words joined by a hyphen to a known name (``hits``)
    taken out of the name detections that hold both; what else such a detection held
    stays a detection, but for articles and tussenvoegsels ("Het Ellen-gevoel": "Het")."""
    if is_word is None:
        return list(detections)
    out: list[Detection] = []
    for d in detections:
        inside = [h for h in hits if h.start < d.end and d.start < h.end] \
            if d.kind == "naam" else []
        words = [w for h in inside for w in _joined_words(text, d, h, is_word)]
        if not words:
            out.append(d)
            continue
        out.extend(Detection(a, b, d.kind) for a, b in _rest(text, d, [*inside, *words]))
    return out


def _joined_words(text: str, d: Detection, h: Replacement,
                  is_word: Callable[[str], bool]) -> list[Replacement]:
    """The ordinary words right after and before ``h`` across one hyphen, inside ``d``.
    (``is_word`` is not asked: the lists are closed; it only says a word list is there,
    as for the other rules of the summary.)"""
    found = []
    after = _AFTER.match(text, h.end, d.end)
    before = _BEFORE.search(text, d.start, h.start)
    for m, words in ((after, _AFTER_WORDS), (before, _BEFORE_WORDS)):
        if m and m.group(1) in words:  # lower case only: "Ellen-Moment" may be a name
            found.append(Replacement(m.start(1), m.end(1), m.group(1), "", "", False))
    return found


def _rest(text: str, d: Detection, taken: list[Replacement]) -> list[tuple[int, int]]:
    """The parts of ``d`` outside ``taken`` that hold more than hyphens, spaces and
    particles."""
    parts, position = [], d.start
    for t in sorted(taken, key=lambda r: r.start):
        if t.start > position:
            parts.append((position, t.start))
        position = max(position, t.end)
    parts.append((position, d.end))
    kept = []
    for a, b in parts:
        words = list(re.finditer(r"\w+", text[a:b]))
        if words and not all(w.group().casefold() in TUSSENVOEGSELS for w in words):
            kept.append((a + words[0].start(), a + words[-1].end()))  # no edge hyphens
    return kept
