"""Merge the hits of a later, slower detector into a preview the IB may already have edited.

The extended check (deduce in a child process) finishes seconds after the preview is
shown; by then the IB may have removed text by hand or put a false positive back. Its
hits are added on top of the CURRENT result, so nothing she did is lost. Offsets are in
``result.original`` (the text the child was given).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from zorgdesk.domain.anonymise import TAGS, AnonymisedText, Replacement, _render
from zorgdesk.domain.detectors import Detection

# Stripped from the edges of a leftover piece: "Klasgenoot " -> "Klasgenoot".
_PUNCT = " \t\n\u00a0.,;:!?\"'()[]-"


def add_detections(result: AnonymisedText, detections: Iterable[Detection]
                   ) -> tuple[AnonymisedText, int]:
    """(new result, number of replacements added).

    A hit inside an existing replacement changes nothing. A hit that reaches beyond one
    ("Klasgenoot Sem Visser" where "Sem Visser" is a known classmate) adds only the
    part outside it, as its own undoable replacement: the known name keeps its role tag
    and stays final, and a wrongly taken ordinary word can be put back on its own.
    """
    original = result.original
    chosen = list(result.replacements)
    added = 0
    for d in sorted(detections, key=lambda d: (d.start, d.start - d.end)):
        if not 0 <= d.start < d.end <= len(original):
            continue
        for start, end in _uncovered(original, d.start, d.end, chosen):
            chosen.append(Replacement(start, end, original[start:end],
                                      TAGS.get(d.kind, TAGS["naam"]), d.kind, False))
            added += 1
        chosen.sort(key=lambda r: r.start)
    return AnonymisedText(_render(original, chosen), chosen, original), added


def _uncovered(original: str, start: int, end: int, chosen: list[Replacement]
               ) -> list[tuple[int, int]]:
    """Parts of [start, end) outside every existing replacement, trimmed of spaces and
    punctuation at their edges; parts without a letter or digit are dropped."""
    pieces, position = [], start
    for r in sorted(chosen, key=lambda r: r.start):
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
