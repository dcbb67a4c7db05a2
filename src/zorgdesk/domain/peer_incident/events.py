"""The immutable event record of one incident and its storage form (see
:mod:`zorgdesk.domain.event_sourcing.route`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from zorgdesk.domain.event_sourcing import RouteEvent
from zorgdesk.domain.peer_incident.vocabulary import EventKind


@dataclass(frozen=True)
class IncidentEvent(RouteEvent):
    """One entry in the incident dossier; ``pupil_id`` is set for events about one pupil."""

    kind: EventKind

    @classmethod
    def coerce_kind(cls, kind: Any) -> EventKind:
        return EventKind(kind)
