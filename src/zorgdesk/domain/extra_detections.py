"""Merge the hits of a later, slower detector into a preview the IB may already have edited.

The extended check (deduce in a child process) finishes seconds after the preview is
shown; by then the IB may have removed text by hand or put a false positive back. Its
hits are added on top of the CURRENT result, so nothing she did is lost. Offsets are in
``result.original`` (the text the child was given).
"""

from __future__ import annotations

from collections.abc import Iterable

from zorgdesk.domain.anonymise import TAGS, AnonymisedText, Replacement, _render
from zorgdesk.domain.detectors import Detection


def add_detections(result: AnonymisedText, detections: Iterable[Detection]
                   ) -> tuple[AnonymisedText, int]:
    """(new result, number of replacements added or widened).

    A hit inside an existing replacement changes nothing. A hit that reaches beyond one
    swallows it (nothing may be half-removed); if a known name is inside, the merged
    replacement stays un-undoable.
    """
    original = result.original
    chosen = list(result.replacements)
    added = 0
    for d in sorted(detections, key=lambda d: (d.start, d.start - d.end)):
        if not (0 <= d.start < d.end <= len(original)) or not original[d.start:d.end].strip():
            continue
        overlapping = [c for c in chosen if d.start < c.end and c.start < d.end]
        if any(c.start <= d.start and d.end <= c.end for c in overlapping):
            continue
        tag = TAGS.get(d.kind, TAGS["naam"])
        start = min([d.start, *(c.start for c in overlapping)])
        end = max([d.end, *(c.end for c in overlapping)])
        known = any(c.known for c in overlapping)
        chosen = [c for c in chosen if c not in overlapping]
        chosen.append(Replacement(start, end, original[start:end], tag, d.kind, known))
        added += 1
    chosen.sort(key=lambda r: r.start)
    return AnonymisedText(_render(original, chosen), chosen, original), added
