"""Incidents between pupils on the vault: each incident's state is replayed from its events.

Every action loads the incident, lets the domain (:mod:`zorgdesk.domain.peer_incident`)
decide (a refusal is a Dutch :class:`PeerIncidentError`) and appends one event row plus
an audit row in one transaction. An event about one pupil stores that pupil's id in its
own column, so retention finds it (see :mod:`.retention`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from zorgdesk.domain.anonymise.anonymiser import KnownName
from zorgdesk.domain.peer_incident import (
    FLAGS,
    NAME_FORMS_HINT,
    EventKind,
    IncidentEvent,
    IncidentState,
    PeerIncident,
    PeerIncidentError,
    names_in_text,
    open_deadlines,
)
from zorgdesk.domain.peer_incident.descriptions import event_date
from zorgdesk.domain.peer_incident.next_step import STEP_KINDS, DueStep, blocked_reason
from zorgdesk.domain.peer_incident.next_step import next_step as due_step
from zorgdesk.domain.signals.check import FlagDraft
from zorgdesk.reports.incident_letter_pdf import IncidentLetter, render_incident_letter
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.services.event_rows import event_json, read_events
from zorgdesk.services.export_names import person_name, pupil_name
from zorgdesk.services.peer_incident import group_letters
from zorgdesk.services.private_files import replace_private
from zorgdesk.services.signals.service import SignalService
from zorgdesk.store.audit import now_utc
from zorgdesk.store.vault import Vault

__all__ = ["ACTIONS", "DueStep", "IncidentDeadline", "PeerIncidentError", "PeerIncidentService",
           "StoredIncident"]

# Domain methods the UI may run by name (start and the flag have their own methods).
ACTIONS = frozenset({
    "add_pupil", "record_consultation", "record_parents_conversation", "estimate",
    "record_actieplan", "record_communicated", "record_support", "set_rules",
    "evaluate_rules", "end_rules", "record_follow_up", "close"})


@dataclass(frozen=True)
class StoredIncident:
    id: int
    incident: PeerIncident

    @property
    def state(self) -> IncidentState:
        return self.incident.state

    @property
    def pupil_ids(self) -> tuple[int, ...]:
        return tuple(self.state.pupils)


@dataclass(frozen=True)
class IncidentDeadline:
    due: date
    what: str  # Dutch, without names
    pupil_id: int
    incident_id: int


class PeerIncidentService:
    def __init__(self, vault: Vault, clock: Clock = SYSTEM_CLOCK, *,
                 basedata: BaseDataService, signals: SignalService) -> None:
        self.vault = vault
        self.clock = clock
        self.basedata = basedata
        self._signals = signals

    def _now(self) -> datetime:
        return self.clock.now()

    # -- reading -----------------------------------------------------------------

    def load(self, incident_id: int) -> StoredIncident:
        events = read_events(self.vault.read(), "peer_incident_event", "incident_id",
                             incident_id, IncidentEvent.from_record)
        if not events:
            raise PeerIncidentError("Dit incident bestaat niet (meer).")
        return StoredIncident(incident_id, PeerIncident.from_events(events))

    def all(self, include_closed: bool = True) -> list[StoredIncident]:
        """Every incident, oldest first."""
        ids = [r[0] for r in self.vault.read().execute(
            "SELECT id FROM peer_incident ORDER BY occurred_on, id")]
        found = [self.load(i) for i in ids]
        return [s for s in found if include_closed or not s.state.closed]

    def for_pupil(self, pupil_id: int) -> list[StoredIncident]:
        ids = [r[0] for r in self.vault.read().execute(
            "SELECT DISTINCT incident_id FROM peer_incident_event WHERE pupil_id = ?"
            " ORDER BY incident_id", (pupil_id,))]
        return [self.load(i) for i in ids]

    def names(self, stored: StoredIncident) -> dict[int, str]:
        """Display names of the pupils involved (for the screen; never in a letter)."""
        names = {}
        for pupil_id in stored.pupil_ids:
            try:
                names[pupil_id] = self.basedata.pupil(pupil_id).display_name
            except LookupError:
                names[pupil_id] = "(verwijderde leerling)"
        return names

    def next_step(self, stored: StoredIncident) -> DueStep | None:
        """The step that is due in this incident (today's evaluation of the
        omgangsregels first), its pupil and why, in Dutch with the pupils' names."""
        return due_step(stored.state, self.names(stored), self.clock.today())

    def blocked_steps(self, stored: StoredIncident, pupil_id: int | None
                      ) -> dict[EventKind, str | None]:
        """Every step (event kind) with the Dutch reason it cannot be recorded now
        (per pupil: for ``pupil_id``), or None."""
        return {kind: blocked_reason(stored.state, kind, pupil_id) for kind in STEP_KINDS}

    def deadlines(self) -> list[IncidentDeadline]:
        """Every dated obligation of the open incidents; incident-wide ones (the evaluation
        of the omgangsregels) under the pupil(s) who took the initiative."""
        found = []
        for stored in self.all(include_closed=False):
            initiators = [p.pupil_id for p in stored.state.pupils.values()
                          if p.role.value == "initiatief"] or list(stored.pupil_ids)[:1]
            for due, what, pupil_id in open_deadlines(stored.state):
                for pid in ([pupil_id] if pupil_id is not None else initiators):
                    if pid > 0:  # a pupil removed at retention keeps no deadline
                        found.append(IncidentDeadline(due, what, pid, stored.id))
        return found

    # -- writing -----------------------------------------------------------------

    def start(self, *, occurred_on: date, reported_on: date, location: str,
              description: str, reported_by: str, leader: str | None = None
              ) -> StoredIncident:
        now = self._now()
        incident = PeerIncident.start(
            occurred_on=occurred_on, reported_on=reported_on, location=location,
            description=description, reported_by=reported_by,
            leader=leader if leader is not None else self.vault.user.name,
            author=self.vault.user.name, at=now)
        with self.vault.transaction() as cur:
            cur.execute("INSERT INTO peer_incident (occurred_on, created_at) VALUES (?,?)",
                        (occurred_on.isoformat(), now_utc()))
            incident_id = cur.lastrowid
            self.vault.audit(cur, "incident.gestart", "peer_incident", incident_id,
                             {"occurred_on": occurred_on.isoformat()})
            self._insert(cur, incident_id, 0, incident.events[-1])
        return StoredIncident(incident_id, incident)

    def perform(self, incident_id: int, action: str, /, *args: Any, **kwargs: Any
                ) -> StoredIncident:
        """Run one domain action (see ACTIONS) and store its event."""
        if action not in ACTIONS:
            raise ValueError(f"unknown incident action: {action}")
        if action == "add_pupil":
            self.basedata.pupil(int(args[0]))  # LookupError for an unknown pupil
        stored = self.load(incident_id)
        method = getattr(stored.incident, action)
        return self._store(stored, method(*args, **kwargs, author=self.vault.user.name,
                                          at=self._now()))

    def assess_flag(self, incident_id: int, pupil_id: int, draft: FlagDraft
                    ) -> StoredIncident:
        """Weigh a pupil's behaviour with the Vlaggensysteem (stored with the pupil's
        signalenlijsten, as every flag assessment) and record the flag in the incident."""
        stored = self.load(incident_id)
        suggested = self._signals.suggest(draft.scores).flag.id
        flag = draft.confirmed_flag or suggested
        # Let the domain refuse first, so no assessment is saved for a refused step.
        stored.incident.record_flag(pupil_id, flag=flag, behaviour=draft.behaviour,
                                    author=self.vault.user.name, at=self._now())
        assessment_id = self._signals.save_flag_assessment(pupil_id, draft)
        return self.link_flag(incident_id, pupil_id, assessment_id)

    def link_flag(self, incident_id: int, pupil_id: int, assessment_id: int
                  ) -> StoredIncident:
        """Record an existing Vlaggensysteem assessment of this pupil in the incident."""
        found = [a for a in self._signals.flag_assessments(pupil_id) if a.id == assessment_id]
        if not found:
            raise PeerIncidentError("Deze vlaggenbeoordeling hoort niet bij deze leerling.")
        assessment = found[0]
        flag = assessment.confirmed_flag or assessment.suggested_flag
        if flag not in FLAGS:
            raise PeerIncidentError("Deze vlaggenbeoordeling heeft geen geldige vlag.")
        stored = self.load(incident_id)
        return self._store(stored, stored.incident.record_flag(
            pupil_id, flag=flag, behaviour=assessment.behaviour, assessment_id=assessment_id,
            author=self.vault.user.name, at=self._now()))

    def record_letter(self, incident_id: int, pupil_id: int, *, on: date, told: str,
                      extra: str = "") -> StoredIncident:
        """A letter to this pupil's parents; refused if a text that goes into it names any
        other pupil of the incident or their parents (each letter names only its own child).
        """
        stored = self.load(incident_id)
        plan = stored.state.actieplan or {}
        texts = {"told": ("Wat aan de leerlingen verteld is", told),
                 "extra": ("Aanvulling", extra),
                 "maatregelen": ("Maatregelen (actieplan)", plan.get("maatregelen", "")),
                 "aanspreekpunt": ("Aanspreekpunt (actieplan)", plan.get("aanspreekpunt", ""))}
        others, own = self._other_people(stored, pupil_id)
        for field, (label, text) in texts.items():
            if names_in_text(text, others, own):
                raise PeerIncidentError(
                    f"{label} noemt een andere betrokken leerling of diens ouders "
                    f"({NAME_FORMS_HINT}). Een brief noemt alleen het eigen kind: haal de "
                    "naam weg.", field)
        return self._store(stored, stored.incident.record_letter(
            pupil_id, on=on, told=told, extra=extra, author=self.vault.user.name,
            at=self._now()))

    def letter_pdf(self, incident_id: int, pupil_id: int) -> bytes:
        """The latest letter to this pupil's parents, as PDF bytes (nothing on disk).

        It names only this pupil and its own parents; every text that goes in is checked
        again for the other pupils of the incident and their parents (base data may have
        changed since the letter was recorded)."""
        stored = self.load(incident_id)
        involvement = stored.state.pupils.get(pupil_id)
        letters = [e for e in stored.incident.events
                   if e.kind is EventKind.BRIEF and e.pupil_id == pupil_id]
        if involvement is None or not letters:
            raise PeerIncidentError("Voor de ouders van deze leerling is nog geen brief "
                                    "vastgelegd.")
        event, plan = letters[-1], stored.state.actieplan or {}
        texts = (event.text("told"), event.text("extra"), plan.get("maatregelen", ""),
                 plan.get("aanspreekpunt", ""), stored.state.leader)
        others, own = self._other_people(stored, pupil_id)
        if any(names_in_text(text, others, own) for text in texts):
            raise PeerIncidentError("Een tekst voor de brief noemt een andere betrokken "
                                    "leerling of diens ouders; de brief wordt niet gemaakt.")
        letter = IncidentLetter(
            self.basedata.printed_pupil(pupil_id),
            tuple(g.name for g in self.basedata.guardians(pupil_id)),
            stored.state.occurred_on, involvement.parents_spoken_on,
            plan.get("maatregelen", ""), event.text("told"), event.text("extra"),
            plan.get("aanspreekpunt", ""), stored.state.leader, event_date(event))
        return render_incident_letter(letter, self.basedata.printed_school(), self.clock.today())

    def record_group_letter(self, incident_id: int, audience: str, *, on: date,
                            reasoning: str, **texts) -> StoredIncident:
        """A letter to the parents of a group (seed 003 l.6721-6885); refused when any
        text names a pupil of the school or a parent of a pupil involved."""
        return group_letters.record_group_letter(self, incident_id, audience, on=on,
                                                 reasoning=reasoning, **texts)

    def group_letter_pdf(self, incident_id: int, index: int = -1) -> bytes:
        return group_letters.group_letter_pdf(self, incident_id, index)

    def save_group_letter(self, incident_id: int, path: Path, index: int = -1) -> None:
        group_letters.save_group_letter(self, incident_id, path, index)

    def save_letter(self, incident_id: int, pupil_id: int, path: Path) -> None:
        """Write the letter where the IB chose (0600); ExportWriteError in Dutch."""
        replace_private(Path(path), self.letter_pdf(incident_id, pupil_id))

    def _other_people(self, stored: StoredIncident, pupil_id: int
                      ) -> tuple[dict[str, KnownName], list[KnownName]]:
        """(every other pupil of the incident and their parents, by label; this pupil and
        its own parents): the own names may be in its letter, the others never."""
        people: dict[str, KnownName] = {}
        for other in stored.pupil_ids:
            if other == pupil_id or other <= 0:
                continue
            try:
                p = self.basedata.pupil(other)
            except LookupError:
                continue
            people[p.display_name] = pupil_name(p)
            for g in self.basedata.guardians(other, include_inactive=True):
                people[g.name] = person_name(g)
        own = [pupil_name(self.basedata.pupil(pupil_id))]
        own += [person_name(g)
                for g in self.basedata.guardians(pupil_id, include_inactive=True)]
        return people, own

    def now(self) -> datetime:
        return self._now()

    def store(self, stored: StoredIncident, updated: PeerIncident) -> StoredIncident:
        """Append the newest event of ``updated`` (for the helper modules)."""
        return self._store(stored, updated)

    def _store(self, stored: StoredIncident, updated: PeerIncident) -> StoredIncident:
        with self.vault.transaction() as cur:
            self._insert(cur, stored.id, len(stored.incident.events), updated.events[-1])
        return StoredIncident(stored.id, updated)

    def _insert(self, cur, incident_id: int, seq: int, event: IncidentEvent) -> None:
        cur.execute(
            "INSERT INTO peer_incident_event (incident_id, seq, pupil_id, event, author,"
            " created_at) VALUES (?,?,?,?,?,?)",
            (incident_id, seq, event.pupil_id,
             event_json(event.to_record()),
             event.author, now_utc()))
        self.vault.audit(cur, f"incident.{event.kind.value}", "peer_incident_event",
                         cur.lastrowid, {"incident_id": incident_id, "seq": seq,
                                         "pupil_id": event.pupil_id})
