"""The signals of one list over time, as the matrix and its PDF show them."""

from __future__ import annotations

from dataclasses import dataclass

from zorgdesk.domain.signals.check import SignalCheck
from zorgdesk.domain.signals.history import SignalHistory

__all__ = ["OverTime"]


@dataclass(frozen=True)
class OverTime:
    """The matrix plus what is needed to label it (rows may outlive the catalogue)."""

    catalogue_id: str
    catalogue_title: str
    checks: tuple[SignalCheck, ...]
    history: SignalHistory
    labels: dict[str, str]  # item id -> signal text
    groups: dict[str, str]  # item id -> group title
    contra: frozenset[tuple[str, int]] = frozenset()  # (item id, column) marked contra

    def is_contra(self, item_id: str, index: int) -> bool:
        return (item_id, index) in self.contra
