"""Replacements in a text and the ONE rule for adding detector hits on top of them.

Used by ``anonymise`` for its own detectors and by ``extra_detections`` for the later
deduce hits, so both treat a hit that overlaps what is already replaced the same way:

- a name-like hit (kind "naam", "plaats", ...) that reaches past a replacement adds only
  the part outside it, as its own undoable replacement. "Klasgenoot Sem Visser" where
  "Sem Visser" is a known classmate becomes "[naam] [medeleerling]": the known name keeps
  its role tag and stays final; a wrongly taken "Klasgenoot" can be put back alone.
  A leftover of tussenvoegsels only ("van der" before a known "Berg") is not a name of
  its own: it joins the replacement right after it, so no half surname stays behind;
- a structured hit (e-mail, url, phone, postcode, BSN, date, address) is one identifier:
  it replaces everything it overlaps as a whole ("ingrid@voorbeeld.nl" with a known
  "Ingrid" inside becomes "[e-mail]"), and when a known name is swallowed it can never
  be put back. Nothing may be half-removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

__all__ = ["TAGS", "AnonymisedText", "Replacement", "merge_detections", "render"]

TAGS = {
    "naam": "[naam]", "adres": "[adres]", "postcode": "[postcode]",
    "telefoonnummer": "[telefoonnummer]", "e-mail": "[e-mail]", "BSN": "[BSN]",
    "datum": "[datum]", "url": "[url]", "verwijderd": "[verwijderd]", "plaats": "[plaats]",
    "account": "[account]", "nummer": "[nummer]", "iban": "[rekeningnummer]",
}
# One identifier each: never split around what they overlap.
STRUCTURED_KINDS = frozenset(["e-mail", "url", "telefoonnummer", "postcode", "BSN", "datum",
                              "adres", "account", "nummer", "iban"])
TUSSENVOEGSELS = frozenset([
    "van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op", "aan", "bij", "uit",
    "'t", "d'", "da", "di", "du", "le", "la", "el", "al", "von", "zu", "del", "della", "dos",
    "das", "do",
])
# Stripped from the edges of a leftover piece: "Klasgenoot " -> "Klasgenoot".
_PUNCT = " \t\n\u00a0.,;:!?\"'()[]-"


@dataclass(frozen=True)
class Replacement:
    start: int          # offsets in the ORIGINAL text
    end: int
    original: str
    replacement: str
    kind: str           # "naam", "postcode", ..., or the role for known names
    known: bool         # True: the vault knows it; can never be undone


@dataclass(frozen=True)
class AnonymisedText:
    text: str
    replacements: list[Replacement]
    original: str = field(default="", repr=False)

    def output_spans(self) -> list[tuple[int, int]]:
        """Where each replacement tag sits in ``text`` (for highlighting)."""
        spans, shift = [], 0
        for r in self.replacements:
            start = r.start + shift
            spans.append((start, start + len(r.replacement)))
            shift += len(r.replacement) - (r.end - r.start)
        return spans

    def to_original(self, offset: int) -> int:
        """Map an offset in ``text`` back to the original (tags map to their start/end)."""
        shift = 0
        for r in self.replacements:
            out_start = r.start + shift
            out_end = out_start + len(r.replacement)
            if offset < out_start:
                break
            if offset < out_end:
                return r.start if offset == out_start else r.end
            shift += len(r.replacement) - (r.end - r.start)
        return offset - shift


def render(original: str, replacements: list[Replacement]) -> str:
    parts, pos = [], 0
    for r in replacements:
        parts.append(original[pos:r.start])
        parts.append(r.replacement)
        pos = r.end
    parts.append(original[pos:])
    return "".join(parts)


def merge_detections(original: str, chosen: Iterable[Replacement], detections: Iterable
                     ) -> tuple[list[Replacement], int]:
    """(replacements sorted by start, number added): ``detections`` (objects with
    start/end/kind, offsets in ``original``) on top of ``chosen``, by the rule above.

    One sweep in start order, O(n log n): ``done`` holds the replacements that start
    before the current detection (sorted, non-overlapping, so their ends rise too) and
    ``pending`` those still ahead; a detection can only overlap the tail of ``done``
    and the head of ``pending``.
    """
    pending = sorted(chosen, key=lambda r: r.start)
    pending.reverse()  # pop() takes the next one
    done: list[Replacement] = []
    added = 0
    for d in sorted(detections, key=lambda d: (d.start, d.start - d.end)):
        if not 0 <= d.start < d.end <= len(original):
            continue
        while pending and pending[-1].start < d.end:
            _append_sorted(done, pending.pop())
        tail = _overlapping_tail(done, d.start, d.end)
        overlapping = done[len(done) - tail:] if tail else []
        overlapping = [c for c in overlapping if c.start < d.end]
        tag = TAGS.get(d.kind, TAGS["naam"])
        if any(c.start <= d.start and d.end <= c.end for c in overlapping):
            continue  # already covered (a known name wins over an equal detection)
        if not overlapping:
            _append_sorted(done, Replacement(d.start, d.end, original[d.start:d.end], tag,
                                             d.kind, False))
            added += 1
            continue
        if d.kind in STRUCTURED_KINDS:
            keep = [c for c in done[len(done) - tail:] if c not in overlapping]
            del done[len(done) - tail:]
            swallowed = _swallow(original, overlapping, d.start, d.end, tag, d.kind)
            for item in sorted([*keep, swallowed], key=lambda r: r.start):
                _append_sorted(done, item)
            added += 1
            continue
        local = done[len(done) - tail:]
        del done[len(done) - tail:]
        for start, end in _uncovered(original, d.start, d.end, local):
            following = next((c for c in local if c.start >= end), None)
            if following is None and pending and pending[-1].start >= end:
                following = pending[-1]
            if following is not None and _only_particles(original, start, end, following):
                moved = replace(following, start=start, original=original[start:following.end])
                if following in local:
                    local = [moved if c is following else c for c in local]
                else:
                    pending[-1] = moved
                continue
            local.append(Replacement(start, end, original[start:end], tag, d.kind, False))
            added += 1
        for item in sorted(local, key=lambda r: r.start):
            _append_sorted(done, item)
    done.extend(reversed(pending))
    return done, added


def _append_sorted(items: list[Replacement], item: Replacement) -> None:
    """Append, keeping start order (the new item is nearly always the last one)."""
    position = len(items)
    while position and items[position - 1].start > item.start:
        position -= 1
    items.insert(position, item)


def _overlapping_tail(done: list[Replacement], start: int, end: int) -> int:
    """How many items at the end of ``done`` may overlap [start, end): those ending
    after ``start`` (ends rise with starts, as items never overlap)."""
    count = 0
    while count < len(done) and done[len(done) - 1 - count].end > start:
        count += 1
    return count


def _swallow(original: str, overlapping: list[Replacement], start: int, end: int, tag: str,
             kind: str) -> Replacement:
    start = min(start, *(c.start for c in overlapping))
    end = max(end, *(c.end for c in overlapping))
    known_inside = any(c.known for c in overlapping)
    return Replacement(start, end, original[start:end], tag, kind, known_inside)


def _only_particles(original: str, start: int, end: int, following: Replacement) -> bool:
    """"van der" with only spaces between it and the replacement that follows."""
    words = original[start:end].split()
    gap = original[end:following.start]
    return (bool(words) and all(w.casefold() in TUSSENVOEGSELS for w in words)
            and gap.strip(" \u00a0") == "" and len(gap) <= 2)


def _uncovered(original: str, start: int, end: int, chosen: list[Replacement]
               ) -> list[tuple[int, int]]:
    """Parts of [start, end) outside every existing replacement, trimmed of spaces and
    punctuation at their edges; parts without a letter or digit are dropped."""
    pieces, position = [], start
    for r in chosen:
        if r.end <= position or r.start >= end:
            continue
        if r.start > position:
            pieces.append((position, r.start))
        position = max(position, r.end)
    if position < end:
        pieces.append((position, end))
    return [span for span in (_trim(original, s, e) for s, e in pieces) if span]


def _trim(original: str, start: int, end: int) -> tuple[int, int] | None:
    part = original[start:end]
    left = len(part) - len(part.lstrip(_PUNCT))
    right = len(part.rstrip(_PUNCT))
    if right <= left or not re.search(r"\w", part[left:right]):
        return None
    return start + left, start + right
