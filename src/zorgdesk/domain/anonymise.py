"""Remove identifying data from free text before it leaves the laptop.

Two layers, in this order:
1. Names the vault knows (pupil, family, staff, other pupils, school, place) in every
   form: full name, given name, surname with/without tussenvoegsel, possessive
   ("Sanne's", "Sannes"), initials ("S.", "S.d.V.", "SdV"), any case, with or without
   diacritics. These always win: a known name is never left in, even when it is also
   an ordinary Dutch word ("Roos", "Bram", "Jong", "Wit"). One leaked name defeats the
   purpose of an anonymous consultation; a removed ordinary word only costs readability.
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

from zorgdesk.domain.detectors import Detection, detect_all
from zorgdesk.domain.replacements import (
    TAGS,
    TUSSENVOEGSELS,
    AnonymisedText,
    Replacement,
    merge_detections,
)
from zorgdesk.domain.replacements import render as _render
from zorgdesk.domain.text import fold

__all__ = [
    "AnonymisedText", "Detection", "KnownName", "Replacement", "anonymise", "fold_with_map",
    "name_variants", "remove_span", "undo_replacement", "TAGS",
]

# Letters that NFKD does not decompose but people routinely type without the mark.
_EXTRA_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe",
                             "ð": "d", "þ": "th", "’": "'", "‘": "'", "`": "'", "´": "'"})
_SEP = r"[\s\-\u00a0]+"           # between the parts of a name
# Possessive and diminutive endings: Sanne's, Sannes, Thijs', Daantje, Brammetje, Zoëtje.
_POSSESSIVE = r"(?:'s?|s|'?(?:[mnlrkp]?etje|tje|pje|je|ie)s?)?"
Detector = Callable[[str], Iterable[Detection]]


@dataclass(frozen=True)
class KnownName:
    """A name (or other literal) the vault knows, with the role it is replaced by.

    Give ``first``/``tussenvoegsel``/``last`` when known (pupils); otherwise the parts
    are derived from ``name``. ``literal`` matches the text exactly (phone numbers,
    e-mail addresses, school name) without name variants.
    """

    name: str
    role: str = ""
    first: str = ""
    tussenvoegsel: str = ""
    last: str = ""
    literal: bool = False

    @property
    def tag(self) -> str:
        return f"[{self.role}]" if self.role else TAGS["naam"]


# -- folding with an index map -----------------------------------------------------

def _strip_marks(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_with_map(text: str, keep_case: bool = False) -> tuple[str, list[int]]:
    """Folded text plus, for every folded character, the index of its source character."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = (_strip_marks(ch) if keep_case else fold(ch)).translate(_EXTRA_FOLD)
        out.append(folded)
        index.extend([i] * len(folded))
    index.append(len(text))
    return "".join(out), index


def _f(text: str) -> str:
    return fold(text).translate(_EXTRA_FOLD)


# -- name variants ---------------------------------------------------------------

def _split(known: KnownName) -> tuple[list[str], list[str], list[str]]:
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


def _initials(words: Sequence[str]) -> list[str]:
    return [w[0] for w in words if w]


def name_variants(known: KnownName) -> list[tuple[str, bool | str, str]]:
    """Regex sources for every written form: (source, case-sensitive, form key).

    The form key (folded words) lets the caller see when two people share a form
    ("Berg" of the pupil and of the mother) and then use a neutral tag.
    """
    if known.literal:
        literal = _f(known.name).strip()
        return [(re.escape(literal).replace(r"\ ", r"\s+"), False, "")] if literal else []
    given, tussen, last = _split(known)
    surname_parts = [p for w in last for p in w.split("-") if p]
    forms: set[tuple[str, ...]] = set()
    forms.add(tuple(given + tussen + last))
    forms.add(tuple(given + last))
    if last:
        forms.add(tuple(tussen + last))
        forms.add(tuple(last))
        forms.update((p,) for p in surname_parts if p.casefold() not in TUSSENVOEGSELS)
        # Particle that belongs to the surname itself ("El Idrissi" -> "Idrissi").
        bare = [w for w in last if w.casefold() not in TUSSENVOEGSELS]
        if bare:
            forms.add(tuple(bare))
            forms.add(tuple(given + bare))
    for g in given:
        forms.add((g,))
        if last:
            forms.add((g, *tussen, *last))
    surname_forms = {tuple(last), tuple(tussen + last), *((p,) for p in surname_parts)}
    sources: list[tuple[str, bool | str, str]] = []
    for form in forms:
        parts = [re.escape(_f(p)) for p in form if p]
        if len(form) == 1 and form[0].casefold() in TUSSENVOEGSELS:
            # A given name that is also a particle ("Van Minh Nguyen"): only as written
            # with a capital, or every "van" in the text would go.
            word = re.escape(_f(form[0]))
            sources.append((f"(?:{word.capitalize()}|{word.upper()})" + _POSSESSIVE, "asis",
                            "naam:" + _f(form[0])))
            continue
        if parts:
            key = ("achternaam:" if form in surname_forms else "naam:") + " ".join(
                _f(p) for p in form)
            sources.append((_SEP.join(parts) + _POSSESSIVE, False, key))
    if tussen and last:
        # "v.d. Berg", "vd Berg", "v/d Berg"
        abbrev = r"[./\s]*".join(re.escape(_f(w[0])) for w in tussen) + r"[./]?\s*"
        sources.append((abbrev + r"\s*" + _SEP.join(re.escape(_f(w)) for w in last)
                        + _POSSESSIVE, False, "achternaam:" + " ".join(_f(w) for w in last)))
    sources.extend(_initial_variants(given, tussen, last))
    return sources


def _initial_variants(given: list[str], tussen: list[str], last: list[str]
                      ) -> list[tuple[str, bool, str]]:
    g, t, s = _initials(given), _initials(tussen), _initials(
        [w for w in last if w.casefold() not in TUSSENVOEGSELS] or last)
    out: list[tuple[str, bool, str]] = []
    letters_options = [g, g[:1]] if len(g) > 1 else [g]
    for first_letters in letters_options:
        for mid in ([t, []] if t else [[]]):
            seq = [re.escape(_f(c)) for c in (*first_letters, *mid, *s)]
            if len(seq) < 2:
                continue
            key = "initialen:" + "".join(seq)
            out.append((r"\.\s?".join(seq) + r"\.?", False, key))  # S.d.V. / s. d. v.
            out.append(("".join(seq), len(seq) == 2, key))           # SdV; "ZB" exact case
    for letter in g[:1]:
        # A lone initial "S." only when written as a capital with a dot.
        out.append((re.escape(_f(letter)) + r"\.", True, "initialen:" + _f(letter)))
    return out


# -- matching --------------------------------------------------------------------

def _known_hits(text: str, known: Sequence[KnownName]) -> list[Replacement]:
    folded, index = fold_with_map(text)
    cased, cased_index = fold_with_map(text, keep_case=True)
    variants = [(person, name_variants(person)) for person in known]
    tags_by_key: dict[str, set[str]] = {}
    for person, sources in variants:
        for _, _, key in sources:
            tags_by_key.setdefault(key, set()).add(person.tag)
    hits: list[tuple[int, int, int, str, str]] = []  # (start, -length, priority, tag, kind)
    for priority, (person, sources) in enumerate(variants):
        for source, case_sensitive, key in sources:
            tag, kind = person.tag, person.role or "naam"
            if key and len(tags_by_key[key]) > 1:
                # Shared by people with different roles: say only what kind of word it was.
                kind = key.split(":")[0]
                tag = "[achternaam]" if kind == "achternaam" else TAGS["naam"]
            if case_sensitive:
                # Case-sensitive forms (initials) run on marks-stripped, case-kept text.
                exact = source if case_sensitive == "asis" else _unfold_initial(source)
                # "4 °C." is a temperature, not the initial of a "C." in the school.
                pattern = re.compile(r"(?<![\w°])" + exact + r"(?!\w)")
                for m in pattern.finditer(cased):
                    start, end = cased_index[m.start()], cased_index[m.end() - 1] + 1
                    hits.append((start, start - end, priority, tag, kind))
                continue
            pattern = re.compile(r"(?<!\w)" + source + r"(?!\w)")
            for m in pattern.finditer(folded):
                start, end = index[m.start()], index[m.end() - 1] + 1
                hits.append((start, start - end, priority, tag, kind))
    hits.sort()
    chosen: list[Replacement] = []
    for start, neg_len, _, tag, kind in hits:
        end = start - neg_len
        if chosen and start < chosen[-1].end:
            continue
        chosen.append(Replacement(start, end, text[start:end], tag, kind, True))
    return chosen


def _unfold_initial(source: str) -> str:
    """Case-sensitive initials: accept the upper-case letter in original text."""
    return re.sub(r"(?<!\\)([a-z])", lambda m: m.group(1).upper(), source)


def _merge_adjacent(text: str, items: list[Replacement]) -> list[Replacement]:
    """"[leerling] [leerling]" -> one tag when two parts of one name sit side by side."""
    merged: list[Replacement] = []
    for r in items:
        if merged:
            prev = merged[-1]
            gap = text[prev.end:r.start]
            if (prev.known and r.known and prev.replacement == r.replacement
                    and gap.strip() == "" and len(gap) <= 2):
                merged[-1] = replace(prev, end=r.end, original=text[prev.start:r.end])
                continue
        merged.append(r)
    return merged


def anonymise(text: str, known: Sequence[KnownName], detector: Detector | None = None
              ) -> AnonymisedText:
    """Replace known names by role and detected identifiers by neutral tags.

    ``detector`` is an optional extra detector (e.g. a Dutch de-identification library);
    the built-in detectors always run as well. A detection that reaches past a known
    name adds only its own part (``replacements.merge_detections``, the same rule as the
    later deduce hits): the known name keeps its role tag and can never be put back.
    """
    text = text or ""
    detections = list(detect_all(text))
    if detector is not None:
        detections.extend(detector(text))
    # Known names first; every detection goes on top by the shared rule, so a hit that
    # reaches past a known name never costs it its role tag (see replacements.py).
    chosen, _ = merge_detections(text, _known_hits(text, known), detections)
    chosen = _merge_adjacent(text, chosen)
    return AnonymisedText(_render(text, chosen), chosen, text)


# -- manual edits in the preview --------------------------------------------------

def remove_span(result: AnonymisedText, out_start: int, out_end: int) -> AnonymisedText:
    """Mark more text as [verwijderd]; offsets are in ``result.text`` (a selection)."""
    if out_end <= out_start:
        return result
    start, end = result.to_original(out_start), result.to_original(out_end)
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
