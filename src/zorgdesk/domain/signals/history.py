"""What changed between repeated signal checks (signalenlijst over time).

DOMAIN.md section 2: "Repeated checks over time show what is new, what persists,
what disappeared." Each check is compared with the one directly before it only;
the result is a matrix (rows: signal ids, columns: checks) that the UI table and
the PDF report can both render without recomputing anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

__all__ = ["CHANGE_STYLE", "Change", "Check", "SignalHistory", "classify", "signal_history"]


class Change(StrEnum):
    NIEUW = "nieuw"  # ticked now, not in the previous check
    BLIJVEND = "blijvend"  # ticked now and in the previous check
    VERDWENEN = "verdwenen"  # ticked in the previous check, not now


# How a change looks on screen and on paper: symbol, word, pale background (pale so
# black text stays readable in grey print).
CHANGE_STYLE: dict[Change, tuple[str, str, str]] = {
    Change.NIEUW: ("▲", "nieuw", "#FBE3C8"),
    Change.BLIJVEND: ("●", "blijvend", "#F6C9C9"),
    Change.VERDWENEN: ("○", "verdwenen", "#D9EED9"),
}


@dataclass(frozen=True)
class Check:
    date: dt.date
    ticked: frozenset[str]

    @classmethod
    def of(cls, date: dt.date, ticked: Iterable[str]) -> Check:
        return cls(date, frozenset(ticked))


def classify(previous: frozenset[str] | None, current: frozenset[str]) -> dict[str, Change]:
    """Classify one check against the one before it (None for the first check).

    On the first check everything ticked is "nieuw": there is nothing earlier it
    could persist from, and the IB sees it for the first time in the list.
    """
    before = previous or frozenset()
    result = {item: Change.BLIJVEND if item in before else Change.NIEUW for item in current}
    result.update({item: Change.VERDWENEN for item in before - current})
    return result


@dataclass(frozen=True)
class SignalHistory:
    dates: tuple[dt.date, ...]
    item_ids: tuple[str, ...]  # every signal ticked in at least one check
    cells: Mapping[str, tuple[Change | None, ...]]  # item id -> one cell per check (read-only)

    def cell(self, item_id: str, index: int) -> Change | None:
        return self.cells[item_id][index] if item_id in self.cells else None

    def column(self, index: int) -> dict[Change, tuple[str, ...]]:
        """Item ids per kind of change for one check, in row order."""
        return {
            change: tuple(i for i in self.item_ids if self.cells[i][index] is change)
            for change in Change
        }

    def ticked(self, index: int) -> frozenset[str]:
        return frozenset(
            i for i in self.item_ids if self.cells[i][index] in (Change.NIEUW, Change.BLIJVEND)
        )


def signal_history(checks: Sequence[Check], item_order: Sequence[str] = ()) -> SignalHistory:
    """Build the matrix for checks given oldest first.

    item_order is usually the catalogue's item order, so rows follow the paper
    list; ids not in it (e.g. from an older catalogue version) come last, sorted.
    Checks must already be chronological: silently re-sorting would make column
    indices disagree with the caller's list.
    """
    for earlier, later in zip(checks, checks[1:], strict=False):
        if later.date < earlier.date:
            raise ValueError("De signalenlijsten staan niet in volgorde van datum.")
    seen = set().union(*(c.ticked for c in checks)) if checks else set()
    rank = {item: n for n, item in enumerate(dict.fromkeys(item_order))}
    rows = tuple(sorted(seen, key=lambda i: (i not in rank, rank.get(i, 0), i)))
    per_check = [
        classify(checks[n - 1].ticked if n else None, check.ticked)
        for n, check in enumerate(checks)
    ]
    cells = {item: tuple(col.get(item) for col in per_check) for item in rows}
    return SignalHistory(tuple(c.date for c in checks), rows, MappingProxyType(cells))
