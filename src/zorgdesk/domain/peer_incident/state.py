"""The state of one incident, derived by replaying its events (never stored)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from zorgdesk.domain.peer_incident.vocabulary import Consultation, Role, Scale


@dataclass(frozen=True)
class Involvement:
    """One pupil in the incident: role, what happened, flag, parents' conversation, letters."""

    pupil_id: int
    role: Role
    what: str
    flag: str | None = None
    flag_assessment_id: int | None = None
    parents_spoken_on: date | None = None
    letters: tuple[date, ...] = ()

    def with_(self, **changes) -> Involvement:
        return replace(self, **changes)


@dataclass(frozen=True)
class ConsultationRecord:
    kind: Consultation
    on: date
    with_whom: str
    advice: str
    organisation: str = ""


@dataclass(frozen=True)
class RuleSet:
    """Temporary omgangsregels: area -> rule, and their evaluation dates."""

    start: date
    rules: Mapping[str, str]
    next_evaluation: date
    evaluations: tuple[date, ...] = ()
    ended_on: date | None = None


@dataclass(frozen=True)
class IncidentState:
    started: bool = False
    occurred_on: date | None = None
    reported_on: date | None = None
    location: str = ""
    description: str = ""
    reported_by: str = ""
    leader: str = ""
    pupils: Mapping[int, Involvement] = field(default_factory=dict)
    consultations: tuple[ConsultationRecord, ...] = ()
    scale: Scale | None = None
    actieplan: Mapping[str, str] | None = None
    actieplan_on: date | None = None
    parents_informed_of_measures: bool = False
    colleagues_informed_of_measures: bool = False
    support_for: frozenset[str] = frozenset()
    rule_sets: tuple[RuleSet, ...] = ()
    group_letters: tuple = ()  # group_letter.GroupLetter, oldest first
    follow_up_done: bool = False
    closed: bool = False
    closed_on: date | None = None

    @property
    def active_rules(self) -> RuleSet | None:
        if self.rule_sets and self.rule_sets[-1].ended_on is None:
            return self.rule_sets[-1]
        return None

    def with_role(self, role: Role) -> list[Involvement]:
        return [p for p in self.pupils.values() if p.role is role]

    def consulted(self, kind: Consultation) -> bool:
        return any(c.kind is kind for c in self.consultations)
