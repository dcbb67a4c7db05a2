"""Vandaag at a large school: deadlines filtered, grouped per pupil, oldest first (issue 23).

Plain Python (no Qt), so the dialog's model only shows what this module decided. A
large school has thousands of deadlines (1,500 pupils, 3,839 rows in the benchmark);
one line per pupil with counts, the pupil with the oldest deadline on top, and the
first ``SHOWN_GROUPS`` pupils only until the IB asks for the rest ("en N meer").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from zorgdesk.domain.text import fold_name
from zorgdesk.services.today.deadlines import Deadline

SHOWN_GROUPS = 50  # pupils listed before "… en N meer"
EXPAND_UP_TO = 40  # with this many deadlines or fewer every pupil is open


@dataclass(frozen=True)
class Filter:
    words: tuple[str, ...] = ()  # folded; every word in the pupil's name, kind or text
    kind: str | None = None
    overdue_only: bool = False

    @classmethod
    def typed(cls, text: str, kind: str | None = None, overdue_only: bool = False) -> Filter:
        return cls(tuple(fold_name(text).split()), kind or None, overdue_only)

    @property
    def active(self) -> bool:
        return bool(self.words or self.kind or self.overdue_only)

    def narrows(self, earlier: Filter) -> bool:
        """Whatever passes this filter passes ``earlier`` too (typing on: "da" -> "dan",
        "dan v"; or a kind or "over tijd" added), so only its matches need a look."""
        return ((earlier.kind is None or earlier.kind == self.kind)
                and (self.overdue_only or not earlier.overdue_only)
                and all(any(old in new for new in self.words) for old in earlier.words))


@dataclass
class PupilGroup:
    pupil_id: int
    pupil_name: str
    deadlines: list[Deadline] = field(default_factory=list)  # soonest (oldest) first
    overdue: int = 0

    @property
    def oldest(self) -> Deadline:
        return self.deadlines[0]

    def kinds(self) -> list[str]:
        return list(dict.fromkeys(d.kind for d in self.deadlines))


@dataclass(frozen=True)
class Grouped:
    groups: list[PupilGroup]  # the shown ones
    hidden_groups: int  # pupils after the shown ones ("en N meer")
    hidden_deadlines: int
    matching: int  # deadlines that pass the filter
    matching_overdue: int

    @property
    def open_all(self) -> bool:
        return self.matching <= EXPAND_UP_TO


class DeadlineIndex:
    """The deadlines of one refresh with what filtering needs, made once."""

    def __init__(self, deadlines: Sequence[Deadline], today: date) -> None:
        self.deadlines = list(deadlines)  # soonest first, as the service sorts them
        self.today = today
        self._folded: list[str] | None = None
        self._last: tuple[Filter, list[int]] | None = None  # a filter and its matches

    def kinds(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for d in self.deadlines:
            counts[d.kind] = counts.get(d.kind, 0) + 1
        return dict(sorted(counts.items()))

    def _haystacks(self) -> list[str]:
        if self._folded is None:  # only once the IB types in the filter
            self._folded = [fold_name(f"{d.pupil_name} {d.kind} {d.what}")
                            for d in self.deadlines]
        return self._folded

    def matching(self, chosen: Filter) -> list[Deadline]:
        """The deadlines that pass, in their order. A keystroke that narrows the last
        filter looks only at its matches (a large school: 3,839 texts per keystroke)."""
        today, deadlines, found = self.today, self.deadlines, []
        haystacks = self._haystacks() if chosen.words else None
        last = self._last
        candidates = last[1] if last is not None and chosen.narrows(last[0]) \
            else range(len(deadlines))
        for n in candidates:
            d = deadlines[n]
            if chosen.kind and d.kind != chosen.kind:
                continue
            if chosen.overdue_only and not d.due < today:
                continue
            if haystacks is not None and not all(w in haystacks[n] for w in chosen.words):
                continue
            found.append(n)
        self._last = (chosen, found)
        return [deadlines[n] for n in found]

    def grouped(self, chosen: Filter, show_all: bool = False) -> Grouped:
        """Per pupil, the pupil whose oldest deadline is oldest first (ties by name)."""
        by_pupil: dict[tuple[int, str], PupilGroup] = {}
        overdue = 0
        found = self.matching(chosen)
        for d in found:  # soonest first, so each group is too and the first is the oldest
            group = by_pupil.get((d.pupil_id, d.pupil_name))
            if group is None:
                group = by_pupil[(d.pupil_id, d.pupil_name)] = PupilGroup(d.pupil_id,
                                                                          d.pupil_name)
            group.deadlines.append(d)
            if d.due < self.today:
                group.overdue += 1
                overdue += 1
        groups = list(by_pupil.values())  # in order of their oldest deadline already
        shown = groups if show_all else groups[:SHOWN_GROUPS]
        hidden = groups[len(shown):]
        return Grouped(shown, len(hidden), sum(len(g.deadlines) for g in hidden), len(found),
                       overdue)
