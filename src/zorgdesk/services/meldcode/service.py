"""Dossier meldcode on the vault: trajectories whose state is replayed from stored events.

Every action loads the trajectory, lets the domain (:mod:`zorgdesk.domain.meldcode`)
decide whether it is allowed (a refusal is a :class:`MeldcodeError` with a Dutch
message), and appends exactly one event row plus an audit row in one transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from zorgdesk.domain.conversations.conversation import is_held
from zorgdesk.domain.meldcode import (
    Meldcode,
    MeldcodeError,
    MeldcodeEvent,
    MeldcodeState,
    Outcome,
    Step,
    reminders,
    replay,
)
from zorgdesk.domain.meldcode.rapportage import rapportage_meldcode
from zorgdesk.domain.text import clean, quote_short
from zorgdesk.reports.meldcode_pdf import event_details, render_meldcode_dossier
from zorgdesk.reports.pdf_base import load_form
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.services.citations import cite
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.services.event_rows import event_json, read_events
from zorgdesk.services.export_names import MELDCODE, export_scrubber, scrub_value
from zorgdesk.services.record_titles import LinkedRecords
from zorgdesk.store.audit import now_utc
from zorgdesk.store.vault import Vault

# The form "Rapportage meldcode" is seed 003, lines 5273-5318 (cited from forms/bronnen.json).
RAPPORTAGE_FORM_SOURCE = ("003_9a54ac296a9565ce.txt", 5273)

__all__ = ["ACTIONS", "MeldcodeError", "MeldcodeService", "Trajectory", "TrajectorySummary"]

# Domain methods the UI may ask for by name (everything except start, which has its own).
ACTIONS = frozenset({
    "record_signals", "record_kindcheck", "record_siblings", "complete_step",
    "record_collegial_consultation", "record_vt_consultation", "link_conversation",
    "skip_conversation", "answer_question", "decide_melden", "decide_hulp",
    "record_parents_informed", "record_parents_not_informed", "record_melding",
    "record_vt_response", "record_nazorg", "record_monitoring", "go_back", "close",
    "record_rapportage",
})

# Optional link sources built by other features: session attribute -> Dutch noun.
LINK_SOURCES = {"signals": "Signalenlijst", "logbook": "Logboekregel",
                "conversations": "Zorggesprek"}
# The wizard's field (an action's argument) that links records of each source.
LINK_FIELDS = {"signals": "signal_check_ids", "logbook": "logboek_ids",
               "conversations": "zorggesprek_id"}


@dataclass(frozen=True)
class Trajectory:
    id: int
    pupil_id: int
    meldcode: Meldcode

    @property
    def state(self) -> MeldcodeState:
        return self.meldcode.state


@dataclass(frozen=True)
class TrajectorySummary:
    """One line of the overview: where a trajectory is and what is due."""

    id: int
    pupil_id: int
    pupil_name: str
    started: date
    leader: str
    current_step: Step
    outcome: Outcome
    closed: bool
    days_since_start: int
    deadlines: tuple[str, ...]


def _ids(values) -> tuple[str, ...]:
    """Linked record ids are integers in the vault; the domain keeps them as text."""
    out = []
    for value in values or ():
        text = str(value).strip()
        # isdigit() alone lets '²' through, which int() then refuses with a raw error.
        if not (text.isascii() and text.isdigit()):
            raise MeldcodeError(f"Het nummer {quote_short(text)}is geen geldig nummer van "
                                "een vastlegging.")
        out.append(str(int(text)))
    return tuple(out)


class MeldcodeService:
    def __init__(self, vault: Vault, clock: Clock = SYSTEM_CLOCK, *,
                 basedata: BaseDataService, linked: LinkedRecords) -> None:
        self.vault = vault
        self.clock = clock
        self.links = linked  # the services of the records a dossier links
        self.basedata = basedata
        # trajectory id -> (stamp of its stored events, replayed state); see _replayed
        self._states: dict[int, tuple[tuple, MeldcodeState]] = {}

    def _now(self) -> datetime:
        return self.clock.now()

    # -- reading -----------------------------------------------------------------

    def _events(self, trajectory_id: int) -> list[MeldcodeEvent]:
        return read_events(self.vault.read(), "meldcode_event", "trajectory_id", trajectory_id,
                           MeldcodeEvent.from_record)

    def load(self, trajectory_id: int) -> Trajectory:
        row = self.vault.read().execute(
            "SELECT id, pupil_id FROM meldcode_trajectory WHERE id = ?",
            (trajectory_id,)).fetchone()
        if row is None:
            raise MeldcodeError("Dit meldcodetraject bestaat niet (meer).")
        return Trajectory(row[0], row[1], Meldcode(self._events(row[0])))

    def for_pupil(self, pupil_id: int) -> list[Trajectory]:
        """All trajectories of a pupil, oldest first."""
        rows = self.vault.read().execute(
            "SELECT id FROM meldcode_trajectory WHERE pupil_id = ? ORDER BY id",
            (pupil_id,)).fetchall()
        return [self.load(r[0]) for r in rows]

    def current(self, pupil_id: int) -> Trajectory | None:
        """The open trajectory, or else the most recent closed one, or None."""
        trajectories = self.for_pupil(pupil_id)
        open_ones = [t for t in trajectories if not t.state.closed]
        if open_ones:
            return open_ones[-1]
        return trajectories[-1] if trajectories else None

    def trajectories(self, today: date | None = None,
                     include_closed: bool = False) -> list[TrajectorySummary]:
        today = today or self._now().date()
        return [summary for summary, _ in self._replayed(today, include_closed)]

    def open_states(self, today: date | None = None
                    ) -> list[tuple[TrajectorySummary, MeldcodeState]]:
        """Every open trajectory with its replayed state (for dated deadlines)."""
        return self._replayed(today or self._now().date(), include_closed=False)

    def all_states(self, today: date | None = None) -> list[MeldcodeState]:
        """The replayed state of every trajectory, closed ones included (for counting)."""
        return [state for _, state in self._replayed(today or self._now().date(), True)]

    def _replayed(self, today: date, include_closed: bool
                  ) -> list[tuple[TrajectorySummary, MeldcodeState]]:
        """Every trajectory replayed once, from one query for all their events.

        Events are append-only, so a replayed state is kept (in this service) until its
        trajectory's events change: opening the overview again replays only what moved.
        """
        read = self.vault.read()
        rows = read.execute(
            "SELECT t.id, t.pupil_id, p.first_name, p.tussenvoegsel, p.last_name, t.created_at"
            " FROM meldcode_trajectory t JOIN pupil p ON p.id = t.pupil_id"
            " ORDER BY t.started, t.id").fetchall()
        stamps = {tid: (count, last_seq, last_row, last_at) for tid, count, last_seq, last_row,
                  last_at in read.execute(
                      "SELECT trajectory_id, count(*), max(seq), max(rowid), max(created_at)"
                      " FROM meldcode_event GROUP BY trajectory_id")}
        stamp_of = {r[0]: (r[1], r[5], stamps.get(r[0])) for r in rows}
        stale = [tid for tid, stamp in stamp_of.items()
                 if self._states.get(tid, (None,))[0] != stamp]
        events: dict[int, list[MeldcodeEvent]] = {}
        for start in range(0, len(stale), 500):
            chunk = stale[start:start + 500]
            for tid, raw in read.execute(
                    "SELECT trajectory_id, event FROM meldcode_event WHERE trajectory_id IN"
                    f" ({','.join('?' * len(chunk))}) ORDER BY trajectory_id, seq",  # noqa: S608
                    chunk):
                events.setdefault(tid, []).append(MeldcodeEvent.from_record(json.loads(raw)))
        for tid in stale:
            self._states[tid] = (stamp_of[tid], replay(events.get(tid, ())))
        for tid in set(self._states) - set(stamp_of):
            del self._states[tid]  # deleted (retention)
        out = []
        for tid, pupil_id, first, tussen, last, _created in rows:
            state = self._states[tid][1]
            if state.closed and not include_closed:
                continue
            name = " ".join(p for p in (first, tussen, last) if p)
            out.append((TrajectorySummary(
                tid, pupil_id, name, state.start_date, state.leader or "",
                state.current_step, state.outcome, state.closed,
                (today - state.start_date).days, tuple(self.deadlines(state))), state))
        return out

    @staticmethod
    def deadlines(state: MeldcodeState) -> list[str]:
        """Upcoming dates of an open trajectory (VT response, help term)."""
        out = []
        if state.closed:
            return out
        if state.melding_done and state.vt_response_date is None and state.vt_response_due:
            out.append(f"Terugkoppeling Veilig Thuis uiterlijk {state.vt_response_due:%d-%m-%Y}")
        if state.outcome is Outcome.HULP and state.decision_hulp and state.help_term:
            out.append(f"Termijn hulp tot {state.help_term:%d-%m-%Y}: beantwoord vraag 5")
        return out

    def reminders(self, today: date | None = None) -> list[tuple[str, str]]:
        """(pupil name, Dutch text) for every open trajectory: what is overdue or due."""
        return self.overview(today)[1]

    def overview(self, today: date | None = None
                 ) -> tuple[list[TrajectorySummary], list[tuple[str, str]]]:
        """The open trajectories and their reminders from one replay (the overview)."""
        today = today or self._now().date()
        summaries, texts = [], []
        for summary, state in self._replayed(today, include_closed=False):
            summaries.append(summary)
            texts += [(summary.pupil_name, text)
                      for text in reminders(state, today) or self.deadlines(state)]
        return summaries, texts

    def siblings_at_school(self, pupil_id: int) -> list[str]:
        """Names of the siblings at this school (from the sibling links), for step 1."""
        rows = self.vault.read().execute(
            "SELECT p.first_name, p.tussenvoegsel, p.last_name, p.active FROM sibling_link s"
            " JOIN pupil p ON p.id = CASE WHEN s.pupil_a = ? THEN s.pupil_b ELSE s.pupil_a END"
            " WHERE s.pupil_a = ? OR s.pupil_b = ? ORDER BY p.date_of_birth",
            (pupil_id, pupil_id, pupil_id)).fetchall()
        return [" ".join(p for p in r[:3] if p) for r in rows if r[3]]

    def involved(self, pupil_id: int) -> list[str]:
        """The non-professionals the vault knows: the pupil and the guardians (one line
        each) for the field 'Betrokkenen (niet professionals)'."""
        basedata = self.basedata
        pupil = basedata.pupil(pupil_id)
        group = f" ({pupil.group_name})" if pupil.group_name else ""
        lines = [f"Leerling: {pupil.display_name}{group}"]
        for guardian in basedata.guardians(pupil_id):
            relation = guardian.relation if guardian.relation not in ("", "anders") \
                else "verzorger"
            lines.append(f"{relation.capitalize()}: {guardian.name}")
        return lines

    def rapportage(self, trajectory_id: int, today: date | None = None) -> dict[str, str]:
        """All twelve fields of the seed's form 'Rapportage meldcode', as printed."""
        trajectory = self.load(trajectory_id)
        return rapportage_meldcode(trajectory.state, self.involved(trajectory.pupil_id),
                                   today or self._now().date())

    def record_rapportage(self, trajectory_id: int, **fields: str) -> Trajectory:
        """Store the typed fields of the rapportage (onderwerp, omschrijving, ...); the
        same text as the stored one is not stored twice."""
        return self.perform(trajectory_id, "record_rapportage", **fields)

    def link_title(self, source: str, record_id: str | int,
                   pupil_id: int | None = None) -> str:
        """'Logboekregel 12', or the record's title (``LinkedRecords.title``).

        The title (date, signaller, first words) is shown only when the record is about
        ``pupil_id``: a mistyped or foreign number must not print another child's facts.
        """
        noun = LINK_SOURCES.get(source, source)
        number = str(record_id)
        links = self.links
        if pupil_id is not None and number.isascii() \
                and number.isdigit() and links.belongs_to(source, int(number), pupil_id):
            try:
                title = links.title(source, int(number))
            except (LookupError, ValueError):  # a missing title must not block the dossier
                title = ""
            if title:  # titles already name the kind of record ("Logboek 04-11-2026 ...")
                # A signalenlijst's title has the pupil's own count; the vault's id is
                # no number the IB knows (the logboek tab shows a note's logboeknummer).
                return title if source == "signals" else f"{title} (nr. {record_id})"
        if source == "signals":
            return f"{noun} (niet gevonden bij deze leerling)"
        return f"{noun} {record_id}"

    def printed_link(self, source: str, record_id: str | int, pupil_id: int) -> str:
        """A linked record as a printed report names it: the whole recorded fact (a
        logboek situatie is quoted in full, never cut), without internal numbers. Only
        the pupil's own records are quoted."""
        noun = LINK_SOURCES.get(source, source).lower()
        number = str(record_id)
        if number.isascii() and number.isdigit() \
                and self.links.belongs_to(source, int(number), pupil_id):
            try:
                return self.links.printed_title(source, int(number))
            except (LookupError, ValueError):
                pass
        pronoun = "dat" if source == "conversations" else "die"  # het zorggesprek, de lijst
        return f"een {noun} {pronoun} niet (meer) bij deze leerling in de kluis staat"

    def dossier_pdf(self, trajectory_id: int, printed_on: date | None = None) -> bytes:
        """The 'Rapportage meldcode' PDF (form + full history) as bytes, built in memory.

        MeldcodeError (Dutch) until the IB has filled in the rapportage in the wizard:
        a printed form has every field filled, none left for pen and paper.
        """
        trajectory = self.load(trajectory_id)
        if not trajectory.state.rapportage:
            raise MeldcodeError("Vul eerst de rapportage in (onderwerp, omschrijving en "
                                "maatschappelijke onrust); daarna kunt u afdrukken.")
        basedata = self.basedata
        printed_on = printed_on or self._now().date()
        pupil_id = trajectory.pupil_id
        # The child and the own parents by name, staff by name (they act in their role);
        # other pupils, siblings too, and their parents by initials in every field
        # (policy MELDCODE in services/export_names.py). The vault keeps the events.
        scrub = export_scrubber(basedata, pupil_id, MELDCODE)
        state = replay(scrub_value(list(trajectory.state.events), scrub))

        def link(source: str, record_id: str | int) -> str:
            return scrub(self.printed_link(source, record_id, pupil_id))

        return render_meldcode_dossier(
            state, basedata.printed_pupil(pupil_id), basedata.printed_school(), printed_on,
            link, rapportage_meldcode(state, self.involved(pupil_id), printed_on),
            source=cite(*RAPPORTAGE_FORM_SOURCE))

    def event_lines(self, event: MeldcodeEvent, pupil_id: int | None = None) -> list[str]:
        """Dutch 'Veld: waarde' lines of one event, with the pupil's own records named."""
        return event_details(event, partial(self.link_title, pupil_id=pupil_id))

    @staticmethod
    def guidance(directory: Path | None = None) -> dict[str, Any]:
        """Seed guidance per step and afwegingsvraag (forms/meldcode_guidance.json).

        ResourceFileError (Dutch, naming the file) when the file is missing or broken.
        """
        return load_form("meldcode_guidance", directory)

    # -- writing -----------------------------------------------------------------

    def start(self, pupil_id: int, *, leader: str | None = None,
              start_date: date | None = None) -> Trajectory:
        if any(not t.state.closed for t in self.for_pupil(pupil_id)):
            raise MeldcodeError(
                "Voor deze leerling loopt al een meldcodetraject. Werk dat traject bij of "
                "sluit het eerst af.")
        now = self._now()
        leader = (leader if leader is not None else self.vault.user.name).strip()
        meldcode = Meldcode.start(str(pupil_id), leader, start_date or now.date(),
                                  author=self.vault.user.name, at=now)
        state = meldcode.state
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO meldcode_trajectory (pupil_id, started, leader, created_at)"
                " VALUES (?,?,?,?)",
                (pupil_id, state.start_date.isoformat(), state.leader, now_utc()))
            tid = cur.lastrowid
            self.vault.audit(cur, "meldcode.gestart", "meldcode_trajectory", tid,
                             {"pupil_id": pupil_id, "started": state.start_date.isoformat(),
                              "leader": state.leader})
            self._insert(cur, tid, 0, meldcode.events[-1])
        return Trajectory(tid, pupil_id, meldcode)

    def perform(self, trajectory_id: int, action: str, /, *args: Any, **kwargs: Any
                ) -> Trajectory:
        """Run one domain action (see ACTIONS) and store its event; MeldcodeError if refused."""
        if action not in ACTIONS:
            raise ValueError(f"unknown meldcode action: {action}")
        for key in ("signal_check_ids", "logboek_ids"):
            if key in kwargs:
                kwargs[key] = _ids(kwargs[key])
        if action == "link_conversation" and args:
            args = (_ids(args[:1])[0], *args[1:])
        trajectory = self.load(trajectory_id)
        stored = trajectory.state.rapportage
        if action == "record_rapportage" and stored and all(
                stored[key] == clean(kwargs.get(key) or "") for key in stored):
            return trajectory  # printed again without changes: nothing new to record
        now = self._now()  # one reading: a clock that moves on (the demo's) stays in step
        self._refuse_foreign_links(trajectory.pupil_id, action, args, kwargs)
        if action == "link_conversation" and args:
            kwargs.setdefault("held_on", self._day_held(int(args[0]), now.date()))
        before = len(trajectory.meldcode.events)
        method = getattr(trajectory.meldcode, action)
        updated = method(*args, **kwargs, author=self.vault.user.name, at=now)
        event = updated.events[-1]
        with self.vault.transaction() as cur:
            self._insert(cur, trajectory_id, before, event)
        return Trajectory(trajectory_id, trajectory.pupil_id, updated)

    def _refuse_foreign_links(self, pupil_id: int, action: str, args, kwargs) -> None:
        """A dossier links only this pupil's own records."""
        wanted = [("signals", i) for i in kwargs.get("signal_check_ids", ())]
        wanted += [("logbook", i) for i in kwargs.get("logboek_ids", ())]
        if action == "link_conversation" and args:
            wanted.append(("conversations", args[0]))
        for source, record_id in wanted:
            if not self.links.belongs_to(source, int(record_id), pupil_id):
                raise MeldcodeError(f"{LINK_SOURCES[source]} {record_id} hoort niet bij deze "
                                    "leerling (of bestaat niet). Kies uit de lijst.",
                                    LINK_FIELDS.get(source, ""))

    def _day_held(self, conversation_id: int, today: date) -> date:
        """The day the linked talk took place. Step 3 records the talk held with the
        parents: a zorggesprek that is only planned has not taken place (the picker
        offers held ones only; this guards every other caller)."""
        talk = self.links.conversations.get(conversation_id).gesprek
        if not is_held(talk, today):
            raise MeldcodeError(
                f"Dit zorggesprek is gepland op {talk.on:%d-%m-%Y} en heeft nog niet "
                "plaatsgevonden. Koppel een gesprek dat al gevoerd is, of koppel dit "
                "gesprek nadat het gevoerd is.", "zorggesprek_id")
        return talk.on

    def _insert(self, cur, trajectory_id: int, seq: int, event: MeldcodeEvent) -> None:
        record = event.to_record()
        cur.execute(
            "INSERT INTO meldcode_event (trajectory_id, seq, event, author, created_at)"
            " VALUES (?,?,?,?,?)",
            (trajectory_id, seq, event_json(record),
             event.author, now_utc()))
        self.vault.audit(cur, f"meldcode.{event.kind.value}", "meldcode_event", cur.lastrowid,
                         {"trajectory_id": trajectory_id, "seq": seq, **record})
