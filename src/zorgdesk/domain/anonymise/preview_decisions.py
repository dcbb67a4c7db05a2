"""The IB's own decisions in the preview, kept when the preview is rebuilt.

"Voorbeeld bijwerken" builds the summary again (the question or the actions changed).
What the IB removed by hand, or put back as a false positive, are decisions: they are
applied again to the new text. Each decision remembers the original words it applied to
and where; in the new text the same words are found again (the occurrence nearest to
the old place). A decision whose words are no longer in the text is reported, not
silently dropped.

The flags under the preview (possible names, recognisable descriptions) are decided
either way (issue 16): removed (``NAME_REMOVED``, ``PHRASE_REMOVED``) or kept as written
(``KEPT``: the IB read it and judged it harmless). A keep changes no text; it is kept on
a rebuild while its words are still in the text, and a flag with the same words (in any
case, with or without accents) counts as decided.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from zorgdesk.domain.anonymise.anonymiser import remove_original, remove_span, undo_replacement
from zorgdesk.domain.anonymise.name_flags import (
    NAME_KIND,
    occurrences,
    put_name_back,
    remove_name,
)
from zorgdesk.domain.anonymise.replacements import AnonymisedText
from zorgdesk.domain.text import fold

REMOVED, PUT_BACK = "verwijderd", "teruggezet"
# A word the preview flagged as a possible name, removed everywhere it occurs (one decision).
NAME_REMOVED = "naam verwijderd"
# A flagged description removed from the list: a REMOVED that also decides its flag.
PHRASE_REMOVED = "omschrijving verwijderd"
# A flagged word or description the IB read and leaves as written.
KEPT = "laten staan"
ACTIONS = (REMOVED, PUT_BACK, NAME_REMOVED, PHRASE_REMOVED, KEPT)
_REMOVALS = (REMOVED, PHRASE_REMOVED)


@dataclass(frozen=True)
class Decision:
    action: str   # one of ACTIONS
    text: str     # the original words it applied to
    at: int       # their offset in the original text the decision was made on


def remove(result: AnonymisedText, out_start: int, out_end: int, action: str = REMOVED
           ) -> tuple[AnonymisedText, Decision | None]:
    """``remove_span`` plus the decision to keep (offsets in ``result.text``);
    ``action`` PHRASE_REMOVED for a flagged description."""
    new = remove_span(result, out_start, out_end)
    if new is result:
        return result, None
    start = result.to_original(out_start)
    made = next((r for r in new.replacements
                 if r.kind == REMOVED and r.start <= start < max(r.end, start + 1)), None)
    return new, (Decision(action, made.original, made.start) if made else None)


def put_back(result: AnonymisedText, index: int) -> tuple[AnonymisedText, Decision]:
    """``undo_replacement`` plus the decision (PermissionError for a known name)."""
    target = result.replacements[index]
    return undo_replacement(result, index), Decision(PUT_BACK, target.original, target.start)


def remove_every(result: AnonymisedText, word: str
                 ) -> tuple[AnonymisedText, Decision | None]:
    """Every occurrence of a flagged ``word`` as "[naam]", and the one decision to keep."""
    new = remove_name(result, word)
    if new is result:
        return result, None
    first = next(r.start for r in new.replacements if r.kind == NAME_KIND
                 and r not in result.replacements)
    return new, Decision(NAME_REMOVED, word, first)


def put_name_back_at(result: AnonymisedText, decisions: Sequence[Decision], index: int
                     ) -> tuple[AnonymisedText, list[Decision]] | None:
    """Put back the word of the name decision that made replacement ``index``: all its
    occurrences come back and the decision goes (None: no name decision made it)."""
    target = result.replacements[index]
    if target.kind != NAME_KIND:
        return None
    for decision in reversed(decisions):
        if decision.action == NAME_REMOVED and (target.start, target.end) in occurrences(
                result.original, decision.text):
            rest = [d for d in decisions if d is not decision]
            return put_name_back(result, decision.text), rest
    return None


def _nearest(original: str, words: str, at: int) -> int | None:
    best, position = None, original.find(words)
    while position >= 0:
        if best is None or abs(position - at) < abs(best - at):
            best = position
        position = original.find(words, position + 1)
    return best


def reapply(result: AnonymisedText, decisions: Sequence[Decision]
            ) -> tuple[AnonymisedText, list[Decision], list[Decision]]:
    """(result with the decisions applied, decisions kept, decisions that no longer fit)."""
    kept: list[Decision] = []
    lost: list[Decision] = []
    for decision in decisions:
        if decision.action == NAME_REMOVED:
            if occurrences(result.original, decision.text):
                result = remove_name(result, decision.text)
                kept.append(decision)
            else:
                lost.append(decision)
            continue
        if decision.action == KEPT:  # no text to change: decided while its words are there
            (kept if occurrences(result.text, decision.text) else lost).append(decision)
            continue
        start = _nearest(result.original, decision.text, decision.at) if decision.text else None
        if start is None:
            lost.append(decision)
            continue
        end = start + len(decision.text)
        if decision.action in _REMOVALS:
            result = remove_original(result, start, end)
            kept.append(Decision(decision.action, decision.text, start))
            continue
        index = next((i for i, r in enumerate(result.replacements)
                      if r.start == start and r.end == end and not r.known), None)
        if index is None:
            # Not found again as a detector hit: nothing to put back (a known name never is).
            if not any(r.start < end and start < r.end for r in result.replacements):
                kept.append(Decision(PUT_BACK, decision.text, start))
            else:
                lost.append(decision)
            continue
        result = undo_replacement(result, index)
        kept.append(Decision(PUT_BACK, decision.text, start))
    # A keep is one decision per mention (``toggle_keep``): gone, it is one lost change.
    return result, kept, list(dict.fromkeys(lost))


# -- the flags under the preview: decided either way -------------------------------------

def flag_key(words: str) -> str:
    """What a flag and a keep are matched on: the words in any case and spacing, with or
    without accents ("Noël", "noel")."""
    return fold(" ".join(words.split())).lower()


def kept_keys(decisions: Sequence[Decision], text: str | None = None) -> frozenset[str]:
    """The flags the IB leaves as written (``flag_key`` of their words). With ``text`` (the
    preview's): only while it has no more mentions of them than when she decided (one
    KEPT per mention she saw). A mention typed later, maybe in a new and identifying place
    ('bang voor spijker' kept, then 'Spijker, zijn oom, haalt hem op'), is hers to decide
    again: a keep never decides words she has not read (review s38)."""
    keeps = Counter(flag_key(d.text) for d in decisions if d.action == KEPT)
    if text is None:
        return frozenset(keeps)
    words = {flag_key(d.text): d.text for d in decisions if d.action == KEPT}
    return frozenset(key for key, count in keeps.items()
                     if len(occurrences(text, words[key])) <= count)


def toggle_keep(decisions: Sequence[Decision], words: str, at: int,
                text: str | None = None) -> list[Decision]:
    """'Laten staan' on a flag: recorded for each of its mentions in ``text`` (the
    preview's), or taken back when it was kept (the undo)."""
    if flag_key(words) in kept_keys(decisions, text):
        return without_keep(decisions, words)
    mentions = max(1, len(occurrences(text, words))) if text is not None else 1
    return [*without_keep(decisions, words), *[Decision(KEPT, words, at)] * mentions]


def without_keep(decisions: Sequence[Decision], words: str) -> list[Decision]:
    """``decisions`` without a keep of ``words`` (undone, or removed after all)."""
    key = flag_key(words)
    return [d for d in decisions if not (d.action == KEPT and flag_key(d.text) == key)]


def removed_flags(decisions: Sequence[Decision]) -> int:
    """How many flags the IB decided by removing them (they left the list)."""
    return sum(d.action in (NAME_REMOVED, PHRASE_REMOVED) for d in decisions)
