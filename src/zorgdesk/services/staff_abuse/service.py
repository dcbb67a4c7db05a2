"""Staff-abuse dossiers on the vault (seed 003 l.5139-5212).

One dossier per suspicion, about one pupil; the state is replayed from the append-only
events. Such a dossier names a member of staff and a suspected offence, so it stays out
of every other view and export: it is not in the pupil's inzage export, the Vandaag
overview or the yearly account; its PDF says it is for the bevoegd gezag and the
aandachtsfunctionaris only. The vault has one user, who alone opens it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from zorgdesk.domain.staff_abuse import (
    StaffAbuseCase,
    StaffAbuseError,
    StaffAbuseEvent,
    StaffAbuseState,
    replay,
)
from zorgdesk.domain.staff_abuse.next_step import STEP_KINDS, DueStep, blocked_reason
from zorgdesk.domain.staff_abuse.next_step import next_step as due_step
from zorgdesk.reports.staff_abuse_pdf import render_staff_abuse
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.services.event_rows import event_json, read_events
from zorgdesk.store.audit import now_utc
from zorgdesk.store.vault import Vault

__all__ = ["DueStep", "StaffAbuseError", "StaffAbuseService", "StoredCase"]

ACTIONS = frozenset({"consult", "establish", "inform_involved", "report_to_police", "close"})


@dataclass(frozen=True)
class StoredCase:
    id: int
    pupil_id: int
    state: StaffAbuseState


class StaffAbuseService:
    def __init__(self, vault: Vault, clock: Clock = SYSTEM_CLOCK, *,
                 basedata: BaseDataService) -> None:
        self.vault = vault
        self.clock = clock
        self.basedata = basedata

    def _now(self) -> datetime:
        return self.clock.now()

    def load(self, case_id: int) -> StoredCase:
        cur = self.vault.read()
        row = cur.execute("SELECT pupil_id FROM staff_abuse_case WHERE id = ?",
                          (case_id,)).fetchone()
        if row is None:
            raise StaffAbuseError("Dit dossier bestaat niet (meer).")
        events = read_events(cur, "staff_abuse_event", "case_id", case_id,
                             StaffAbuseEvent.from_record)
        return StoredCase(case_id, row[0], replay(events))

    def all(self) -> list[StoredCase]:
        return [self.load(r[0]) for r in self.vault.read().execute(
            "SELECT id FROM staff_abuse_case ORDER BY id")]

    @staticmethod
    def next_step(stored: StoredCase) -> DueStep | None:
        """The step that is due in this dossier and why (Dutch); None when closed."""
        return due_step(stored.state)

    @staticmethod
    def blocked_steps(stored: StoredCase) -> dict[str, str | None]:
        """Every step (event kind) with the Dutch reason it cannot be recorded now, or
        None."""
        return {kind: blocked_reason(stored.state, kind) for kind in STEP_KINDS}

    def start(self, pupil_id: int, *, on: date, informant: str, to_bevoegd_gezag: bool,
              bevoegd_gezag: str, staff_member: str, facts: str) -> StoredCase:
        self.basedata.pupil(pupil_id)  # LookupError (Dutch) for an unknown pupil
        case = StaffAbuseCase.start(pupil_id, on=on, informant=informant,
                                    to_bevoegd_gezag=to_bevoegd_gezag,
                                    bevoegd_gezag=bevoegd_gezag, staff_member=staff_member,
                                    facts=facts, author=self.vault.user.name, at=self._now())
        with self.vault.transaction() as cur:
            cur.execute("INSERT INTO staff_abuse_case (pupil_id, created_at) VALUES (?,?)",
                        (pupil_id, now_utc()))
            case_id = cur.lastrowid
            # The audit names no member of staff and no facts: only that a dossier began.
            self.vault.audit(cur, "medewerker-dossier.gestart", "staff_abuse_case", case_id,
                             {"pupil_id": pupil_id})
            self._insert(cur, case_id, 0, case.state.events[-1])
        return StoredCase(case_id, pupil_id, case.state)

    def perform(self, case_id: int, action: str, /, *args, **kwargs) -> StoredCase:
        if action not in ACTIONS:
            raise ValueError(f"unknown staff-abuse action: {action}")
        stored = self.load(case_id)
        method = getattr(StaffAbuseCase(stored.state), action)
        updated = method(*args, **kwargs, author=self.vault.user.name, at=self._now()).state
        with self.vault.transaction() as cur:
            self._insert(cur, case_id, len(stored.state.events), updated.events[-1])
        return StoredCase(case_id, stored.pupil_id, updated)

    def pdf(self, case_id: int) -> bytes:
        stored = self.load(case_id)
        return render_staff_abuse(stored.state, self.basedata.printed_pupil(stored.pupil_id),
                                  self.basedata.printed_school(), self.clock.today())

    def _insert(self, cur, case_id: int, seq: int, event: StaffAbuseEvent) -> None:
        cur.execute(
            "INSERT INTO staff_abuse_event (case_id, seq, event, author, created_at)"
            " VALUES (?,?,?,?,?)",
            (case_id, seq, event_json(event.to_record()),
             event.author, now_utc()))
        self.vault.audit(cur, f"medewerker-dossier.{event.kind}", "staff_abuse_event",
                         cur.lastrowid, {"case_id": case_id, "seq": seq})
