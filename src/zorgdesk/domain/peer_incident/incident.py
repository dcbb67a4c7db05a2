"""The :class:`PeerIncident` facade: one method per action, each returning a new incident."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from zorgdesk.domain.peer_incident.events import IncidentEvent
from zorgdesk.domain.peer_incident.reducer import apply_event, replay
from zorgdesk.domain.peer_incident.state import IncidentState
from zorgdesk.domain.peer_incident.vocabulary import Consultation, EventKind, Role, Scale


@dataclass(frozen=True)
class PeerIncident:
    events: tuple[IncidentEvent, ...]
    state: IncidentState

    @classmethod
    def from_events(cls, events: Iterable[IncidentEvent]) -> PeerIncident:
        events = tuple(events)
        return cls(events, replay(events))

    def add(self, event: IncidentEvent) -> PeerIncident:
        return PeerIncident((*self.events, event), apply_event(self.state, event))

    def _add(self, kind: EventKind, answer: Mapping[str, Any], author: str, at: datetime,
             pupil_id: int | None = None, reasoning: str = "") -> PeerIncident:
        return self.add(IncidentEvent(kind, answer, author, at, pupil_id, reasoning))

    @classmethod
    def start(cls, *, occurred_on: date, reported_on: date, location: str, description: str,
              reported_by: str, leader: str, author: str, at: datetime) -> PeerIncident:
        return cls((), IncidentState())._add(EventKind.GEMELD, {
            "occurred_on": occurred_on, "reported_on": reported_on, "location": location,
            "description": description, "reported_by": reported_by, "leader": leader},
            author, at)

    def add_pupil(self, pupil_id: int, role: Role | str, what: str, *, author: str,
                  at: datetime) -> PeerIncident:
        return self._add(EventKind.LEERLING, {"role": str(role), "what": what}, author, at,
                         pupil_id)

    def record_consultation(self, kind: Consultation | str, *, on: date, with_whom: str,
                            advice: str, organisation: str = "", author: str,
                            at: datetime) -> PeerIncident:
        return self._add(EventKind.CONSULTATIE, {
            "kind": str(kind), "date": on, "with_whom": with_whom, "advice": advice,
            "organisation": organisation}, author, at)

    def record_parents_conversation(self, pupil_id: int, *, on: date, summary: str,
                                    agreements: str, author: str, at: datetime
                                    ) -> PeerIncident:
        return self._add(EventKind.OUDERGESPREK, {"date": on, "summary": summary,
                                                  "agreements": agreements},
                         author, at, pupil_id)

    def record_flag(self, pupil_id: int, *, flag: str, behaviour: str,
                    assessment_id: int | None = None, author: str, at: datetime
                    ) -> PeerIncident:
        return self._add(EventKind.VLAG, {"flag": flag, "behaviour": behaviour,
                                          "assessment_id": assessment_id},
                         author, at, pupil_id)

    def estimate(self, scale: Scale | str, *, reasoning: str, author: str, at: datetime
                 ) -> PeerIncident:
        return self._add(EventKind.INSCHATTING, {"scale": str(scale)}, author, at,
                         reasoning=reasoning)

    def record_actieplan(self, *, on: date, maatregelen: str, afspraken: str,
                         aanspreekpunt: str, extern: str = "", author: str, at: datetime
                         ) -> PeerIncident:
        return self._add(EventKind.ACTIEPLAN, {
            "date": on, "maatregelen": maatregelen, "afspraken": afspraken,
            "aanspreekpunt": aanspreekpunt, "extern": extern}, author, at)

    def record_communicated(self, *, on: date, parents: bool, colleagues: bool, how: str,
                            author: str, at: datetime) -> PeerIncident:
        return self._add(EventKind.GECOMMUNICEERD, {
            "date": on, "parents": parents, "colleagues": colleagues, "how": how}, author, at)

    def record_support(self, *, for_whom: Iterable[str], what_support: str, author: str,
                       at: datetime) -> PeerIncident:
        return self._add(EventKind.OPVANG, {"for_whom": tuple(for_whom),
                                            "what_support": what_support}, author, at)

    def record_letter(self, pupil_id: int, *, on: date, told: str, extra: str = "",
                      author: str, at: datetime) -> PeerIncident:
        return self._add(EventKind.BRIEF, {"date": on, "told": told, "extra": extra},
                         author, at, pupil_id)

    def record_group_letter(self, audience: str, *, on: date, incident_group: str,
                            reasoning: str, situation: str = "", to_groups: str = "",
                            in_class: str = "", partners: str = "", told_by: str = "",
                            kept_home: bool = False, signed_by: str = "", author: str,
                            at: datetime) -> PeerIncident:
        """A letter to the parents of a group (group_letter.py); names no pupil."""
        return self._add(EventKind.GROEPSBRIEF, {
            "audience": str(audience), "date": on, "incident_group": incident_group,
            "to_groups": to_groups, "situation": situation, "in_class": in_class,
            "partners": partners, "told_by": told_by, "kept_home": bool(kept_home),
            "signed_by": signed_by}, author, at, reasoning=reasoning)

    def set_rules(self, *, start: date, rules: Mapping[str, str], author: str,
                  at: datetime) -> PeerIncident:
        return self._add(EventKind.OMGANGSREGELS, {"start": start, "rules": dict(rules)},
                         author, at)

    def evaluate_rules(self, *, on: date, with_whom: Iterable[str], outcome: str,
                       adjustments: str, other_parents_informed: bool,
                       next_date: date | None = None, deviation_reason: str = "",
                       author: str, at: datetime) -> PeerIncident:
        return self._add(EventKind.EVALUATIE_REGELS, {
            "date": on, "parties": tuple(with_whom), "outcome": outcome,
            "adjustments": adjustments, "other_parents_informed": other_parents_informed,
            "next_date": next_date, "deviation_reason": deviation_reason}, author, at)

    def end_rules(self, *, on: date, reason: str, author: str, at: datetime) -> PeerIncident:
        return self._add(EventKind.REGELS_BEEINDIGD, {"date": on, "reason": reason},
                         author, at)

    def record_follow_up(self, *, on: date, afspraken_check: str, signals: str, policy: str,
                         author: str, at: datetime) -> PeerIncident:
        return self._add(EventKind.VERVOLG, {"date": on, "afspraken_check": afspraken_check,
                                             "signals": signals, "policy": policy},
                         author, at)

    def close(self, *, on: date, reason: str, author: str, at: datetime) -> PeerIncident:
        return self._add(EventKind.AFGESLOTEN, {"date": on, "reason": reason}, author, at)
