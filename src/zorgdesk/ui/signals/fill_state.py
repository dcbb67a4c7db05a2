"""Unsaved input of the 'Invullen' page: per signal its tick, note, contra and logbook ids."""

from __future__ import annotations

from dataclasses import dataclass, field

from zorgdesk.domain.signals.check import SignalCheck


@dataclass
class ItemState:
    ticked: bool = False
    note: str = ""
    contra: bool = False
    logbook: str = ""


@dataclass
class Draft:
    items: dict[str, ItemState] = field(default_factory=dict)
    corrects: SignalCheck | None = None

    def state(self, item_id: str) -> ItemState:
        return self.items.setdefault(item_id, ItemState())
