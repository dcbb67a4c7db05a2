"""Unsaved input of the 'Invullen' page: per signal its tick, note, contra and logbook ids."""

from __future__ import annotations

from dataclasses import dataclass, field

from zorgdesk.domain.signals.catalogue import Catalogue
from zorgdesk.domain.signals.check import SignalCheck, TickDraft, parse_logbook_ids
from zorgdesk.domain.validation import FieldProblem


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

    def tick_drafts(self, catalogue: Catalogue, problems: list[FieldProblem]) -> list[TickDraft]:
        """The ticked signals in catalogue order; a bad list of logboek numbers adds a
        problem for its signal (field ``logbook:<item id>``)."""
        ticks = []
        for item in catalogue.items:
            state = self.items.get(item.id)
            if state is None or not state.ticked:
                continue
            ids = parse_logbook_ids(state.logbook, f"logbook:{item.id}", problems)
            ticks.append(TickDraft(item.id, state.note, state.contra, ids))
        return ticks
