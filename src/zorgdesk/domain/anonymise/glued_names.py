"""A known name glued into a longer word: a hashtag ("#teamDaan", "#bentemoetweg"), a
camel-case word ("AdamHaters", "DaanTV") or letters with digits ("daan2014").

The name index walks whole words, so a name inside one is never seen there. Children
and parents write these in chats and on bags and walls; the glued word names the child
as surely as the name alone, so the whole word goes (a hashtag keeps its "#"), as
"[naam]": the word is named after the person, it is not the person. Found by
cutting the word where its case changes or digits start and asking the same index about
the parts; a hashtag in lower case has no such cut, so there a known name must open or
close it, with a Dutch word (or a longer name) for the rest ("#teamsem", "#bentemoetweg";
"#samen", "#teamwork" stay).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from itertools import accumulate

from zorgdesk.domain.anonymise.name_index import known_hits
from zorgdesk.domain.anonymise.replacements import TAGS, Replacement

__all__ = ["glued_names"]

# A hashtag's body, or a word with a capital after a lower-case letter or digits after
# letters (Latin Extended letters either way: "teamŁukasz"; ``_parts`` decides).
_CANDIDATE = re.compile(
    r"(?<=#)[^\W_]\w*"
    r"|(?<![\w#@.])\w*(?:[a-zß-ÿ\u0100-\u024f][A-ZÀ-Þ\u0100-\u024f]|[^\W\d_]\d)\w*(?![\w@])")


def _parts(body: str) -> list[str]:
    """``body`` cut where a lower-case letter is followed by a capital or letters by
    digits; str methods, so "#teamŁukasz" and "#teamÇağla" cut like "#teamAdam"."""
    out: list[str] = []
    start = 0
    for i in range(1, len(body)):
        a, b = body[i - 1], body[i]
        if (a.islower() and b.isupper()) or (a.isalpha() != b.isalpha()):
            out.append(body[start:i])
            start = i
    out.append(body[start:])
    return out


_MIN_NAME = 3   # a glued name this short only with a Dutch word beside it


def _whole(found: str, index) -> Replacement | None:
    """The known name that ``found`` is, whole (with its tag), or None."""
    hits = known_hits(found, [index])
    return hits[0] if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(found) \
        else None


def _in_parts(body: str, index) -> Replacement | None:
    parts = _parts(body)
    if len(parts) < 2:
        return None
    for part in parts:
        if len(part) >= 2 and not part.isdigit():
            hit = _whole(part, index)
            if hit is not None:
                return hit
    return None


def _at_an_end(body: str, index, is_word: Callable[[str], bool] | None) -> Replacement | None:
    """"teamsem", "bentemoetweg": a known name opening or closing a lower-case hashtag."""
    if is_word is None or is_word(body):
        return None
    for cut in range(_MIN_NAME, len(body) - _MIN_NAME + 1):
        for name, rest in ((body[:cut], body[cut:]), (body[cut:], body[:cut])):
            hit = _whole(name, index)
            if hit is not None and (is_word(rest) or len(name) > _MIN_NAME):
                return hit
    return None


def glued_names(text: str, index, is_word: Callable[[str], bool] | None,
                taken: Sequence) -> list[Replacement]:
    """Replacements for glued words holding a known name, not overlapping ``taken``
    (anything with ``start`` and ``end``: replacements, detections)."""
    out: list[Replacement] = []
    spans = sorted((r.start, r.end) for r in taken)
    starts = [a for a, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))  # furthest end so far
    for m in _CANDIDATE.finditer(text):
        k = bisect_left(starts, m.end())  # the spans starting before the word ends
        if k and reach[k - 1] > m.start():
            continue  # overlaps something already found
        body = m.group()
        hit = _in_parts(body, index)
        if hit is None and text[m.start() - 1:m.start()] == "#" and body.islower():
            hit = _at_an_end(body, index, is_word)
        if hit is not None:
            # The glued word is named after the person, it is not the person ("AdamHaters
            # sloeg hem" is no act of the pupil): a name, without the role.
            out.append(Replacement(m.start(), m.end(), body, TAGS["naam"], "naam", True))
    return out
