"""Actiepunten: agreements of handed-out reports, followed up across all pupils."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from zorgdesk.domain.conversations.smart import SmartAgreement
from zorgdesk.domain.text import clean
from zorgdesk.domain.validation import MAX_TEXT, FieldProblem, ValidationError
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.services.conversations.rows import agreements
from zorgdesk.services.conversations.service import ConversationService
from zorgdesk.store.audit import now_utc

OUTCOMES = ("afgerond", "niet nagekomen")


@dataclass(frozen=True)
class ActionPoint:
    conversation_id: int
    agreement_no: int  # 1-based, as printed in the report
    pupil_name: str
    agreement: SmartAgreement
    due: date | None  # the agreement's date, else the evaluation date
    outcome: str = ""  # "" while open

    def overdue(self, today: date) -> bool:
        return not self.outcome and self.due is not None and self.due < today


@dataclass(frozen=True)
class ActionEvent:
    """How one agreement of a handed-out report was followed up (append-only)."""

    agreement_no: int
    outcome: str
    on: date
    note: str
    recorded_by: str
    recorded_at: str


class ActionPointService:
    def __init__(self, conversations: ConversationService,
                 basedata: BaseDataService) -> None:
        self.conversations = conversations
        self.vault = conversations.vault
        self.basedata = basedata

    def action_points(self, include_closed: bool = False) -> list[ActionPoint]:
        """Soonest due first; open points without any date come last."""
        read = self.vault.read()
        closed = {(c, n): o for c, n, o in read.execute(
            "SELECT conversation_id, agreement_no, outcome FROM conversation_action_event"
            " ORDER BY id")}
        names = {p.id: p.display_name
                 for p in self.basedata.pupils(include_inactive=True)}
        points = []
        # One query over the handed-out reports; only their agreements are decoded.
        for cid, pupil_id, follow_up_on, agreements_json in read.execute(
                "SELECT id, pupil_id, follow_up_on, agreements_json FROM conversation"
                " WHERE frozen = 1").fetchall():
            follow = date.fromisoformat(follow_up_on) if follow_up_on else None
            for n, a in enumerate(agreements(agreements_json), start=1):
                outcome = closed.get((cid, n), "")
                if outcome and not include_closed:
                    continue
                points.append(ActionPoint(cid, n, names[pupil_id], a, a.by_when or follow,
                                          outcome))
        points.sort(key=lambda p: (p.due is None, p.due or date.max, p.pupil_name,
                                   p.agreement_no))
        return points

    def events(self, conversation_id: int) -> list[ActionEvent]:
        """Follow-up of the agreements of one conversation, oldest first."""
        rows = self.vault.read().execute(
            "SELECT agreement_no, outcome, on_date, note, recorded_by, recorded_at"
            " FROM conversation_action_event WHERE conversation_id = ? ORDER BY id",
            (conversation_id,)).fetchall()
        return [ActionEvent(r[0], r[1], date.fromisoformat(r[2]), *r[3:]) for r in rows]

    def close(self, conversation_id: int, agreement_no: int, outcome: str,
              on: date | None = None, note: str = "") -> None:
        problems = []
        stored = self.conversations.get(conversation_id)
        if not stored.frozen:
            problems.append(FieldProblem("outcome", "Alleen afspraken uit een uitgereikt "
                                                    "verslag worden als actiepunt gevolgd."))
        if not 1 <= agreement_no <= len(stored.gesprek.agreements):
            problems.append(FieldProblem("outcome", "Deze afspraak bestaat niet."))
        if outcome not in OUTCOMES:
            problems.append(FieldProblem("outcome", "Kies ‘afgerond’ of ‘niet nagekomen’."))
        if len(note) > MAX_TEXT:
            problems.append(FieldProblem("note", "De toelichting is te lang."))
        if problems:
            raise ValidationError(problems)
        on = on or self.conversations.today
        with self.vault.transaction() as cur:
            cur.execute("INSERT INTO conversation_action_event (conversation_id, agreement_no,"
                        " outcome, on_date, note, recorded_by, recorded_at)"
                        " VALUES (?,?,?,?,?,?,?)",
                        (conversation_id, agreement_no, outcome, on.isoformat(), clean(note),
                         self.vault.user.name, now_utc()))
            self.vault.audit(cur, "actiepunt.gesloten", "conversation", conversation_id,
                             {"agreement_no": agreement_no, "outcome": outcome,
                              "on": on.isoformat(), "note": note})
