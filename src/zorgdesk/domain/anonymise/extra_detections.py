"""Merge the hits of a later, slower detector into a preview the IB may already have edited.

The extended check (deduce in a child process) finishes seconds after the preview is
shown; by then the IB may have removed text by hand or put a false positive back. Its
hits are added on top of the CURRENT result, so nothing she did is lost. Offsets are in
``result.original`` (the text the child was given). The rule for overlaps is the same
one ``anonymise`` uses for its own detectors (``replacements.merge_detections``).
"""

from __future__ import annotations

from collections.abc import Iterable

from zorgdesk.domain.anonymise.detectors import Detection
from zorgdesk.domain.anonymise.replacements import AnonymisedText, merge_detections, render


def add_detections(result: AnonymisedText, detections: Iterable[Detection]
                   ) -> tuple[AnonymisedText, int]:
    """(new result, number of replacements added).

    A hit inside an existing replacement changes nothing. A name-like hit that reaches
    beyond one ("Klasgenoot Sem Visser" where "Sem Visser" is a known classmate) adds
    only the part outside it, as its own undoable replacement: the known name keeps its
    role tag and stays final, and a wrongly taken ordinary word can be put back alone.
    """
    original = result.original
    chosen, added = merge_detections(original, result.replacements, detections)
    return AnonymisedText(render(original, chosen), chosen, original), added
