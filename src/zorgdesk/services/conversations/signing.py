"""After a zorggesprek: hand out (freezes), signatures, addenda, scans, reports not returned.

:class:`SigningService` works on the conversations of a :class:`ConversationService`
(it reads them through ``get`` and ``stored_many``); the session builds it once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from zorgdesk.domain.conversations import conversation as conv
from zorgdesk.domain.conversations.conversation import (
    Addendum,
    OutstandingReport,
    SignatureStatus,
    reports_not_returned,
)
from zorgdesk.domain.text import clean
from zorgdesk.domain.validation import MAX_TEXT, FieldProblem, ValidationError, parse_date
from zorgdesk.services.conversations.rows import SELECT_CONVERSATION, apply_status, with_changes
from zorgdesk.store.audit import now_utc
from zorgdesk.store.vault import Vault

if TYPE_CHECKING:
    from zorgdesk.services.conversations.service import ConversationService

MAX_SCAN_BYTES = 10 * 1024 * 1024
# A signature problem of the domain check (``Issue.part``) -> the field of the signature
# form it is about; the hand-out date and anything else go to the status.
_SIGNATURE_INPUTS = {"signer": "signer", "signed_on": "on", "place": "place",
                     "parents_view": "parents_view"}


class ConversationFrozenError(ValueError):
    def __init__(self) -> None:
        super().__init__("Dit verslag is uitgereikt en kan niet meer worden gewijzigd. "
                         "Voeg een aanvulling toe.")


@dataclass(frozen=True)
class ScanInfo:
    id: int
    filename: str
    size: int
    recorded_at: str


@dataclass(frozen=True)
class StatusEvent:
    signer: str
    status: str
    on: date
    place: str
    parents_view: str
    recorded_by: str
    recorded_at: str


@dataclass(frozen=True)
class NotReturned:
    conversation_id: int
    pupil_id: int
    report: OutstandingReport


def _chunked(ids: list[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


class SigningService:
    """Hand-out, signatures, addenda and scans of the reports of one vault."""

    def __init__(self, conversations: ConversationService) -> None:
        self.conversations = conversations
        self.vault: Vault = conversations.vault
        self._open_reports: tuple[tuple[int, int], dict[int, Any]] | None = None

    @property
    def today(self) -> date:
        return self.conversations.today

    def hand_out(self, conversation_id: int, on: date | None = None,
                 signers: list[str] | None = None, *, confirm_smart: bool = False) -> None:
        """Record that the report was handed out for signature; freezes its content.

        Open points of the SMART check refuse the hand-out (Dutch, each point named)
        until the IB confirms them with ``confirm_smart``: the parents' copy carries no
        checker remarks, so a professional decides that the agreements stay as they are.
        The audit row of such a hand-out carries the field ``smart_confirmed`` (the
        confirmed points, in its digest).
        """
        current = self.conversations.get(conversation_id)
        if current.frozen:
            raise ConversationFrozenError()
        on = on or self.today
        names = signers or [g.name for g in current.gesprek.attendees.guardians]
        findings = conv.open_smart_findings(current.gesprek)
        problems = []
        if findings and not confirm_smart:
            problems.append(FieldProblem("smart", "Nog open punten uit de SMART-controle: "
                                         + " ".join(f"Afspraak {n}: {f.message}"
                                                    for n, f in findings)
                                         + " Pas de afspraken aan, of bevestig dat ze zo "
                                         "blijven."))
        if on < current.gesprek.on or on > self.today:
            problems.append(FieldProblem(
                "on", "De uitreikdatum moet tussen de gespreksdatum en vandaag liggen."))
        if not names:
            problems.append(FieldProblem("signers", "Noem aan wie het verslag is uitgereikt."))
        if problems:
            raise ValidationError(problems)
        with self.vault.transaction() as cur:
            for name in names:
                self._insert_event(cur, conversation_id, name, SignatureStatus.UITGEREIKT, on)
            cur.execute("UPDATE conversation SET frozen = 1, updated_at = ? WHERE id = ?",
                        (now_utc(), conversation_id))
            self.vault.audit(cur, "zorggesprek.uitgereikt", "conversation", conversation_id,
                             {"on": on.isoformat(), "signers": names,
                              **({"smart_confirmed": [f"Afspraak {n}: {f.message}"
                                                      for n, f in findings]}
                                 if findings else {})})

    def register_signature(self, conversation_id: int, signer: str, status: SignatureStatus,
                           on: str | date, place: str = "", parents_view: str = "") -> None:
        current = self.conversations.get(conversation_id)
        problems: list[FieldProblem] = []
        if not current.frozen:
            problems.append(FieldProblem("status", "Reik het verslag eerst uit."))
        known = {s.signer for s in current.gesprek.signatures}
        if signer not in known:
            problems.append(FieldProblem("signer", "Kies aan wie het verslag is uitgereikt."))
        if status is SignatureStatus.CONCEPT or status is SignatureStatus.UITGEREIKT:
            problems.append(FieldProblem("status", "Kies de status van de ondertekening."))
        day = parse_date(on, "on", "de datum", problems)
        if len(parents_view) > MAX_TEXT:
            problems.append(FieldProblem("parents_view", "De zienswijze is te lang."))
        if day is not None and not problems:
            old = next(s for s in current.gesprek.signatures if s.signer == signer)
            new = apply_status(old, status, day, clean(place), clean(parents_view))
            g = with_changes(current.gesprek, signatures=(new,))
            for issue in conv.validate_conversation(g, self.today):
                if issue.field == "signatures":  # at the input it is about
                    problems.append(FieldProblem(_SIGNATURE_INPUTS.get(issue.part, "status"),
                                                 issue.message))
        if problems:
            raise ValidationError(problems)
        with self.vault.transaction() as cur:
            self._insert_event(cur, conversation_id, signer, status, day, clean(place),
                               clean(parents_view))
            self.vault.audit(cur, "zorggesprek.ondertekening", "conversation", conversation_id,
                             {"signer": signer, "status": status.value, "on": day.isoformat(),
                              "place": place, "parents_view": parents_view})

    def add_addendum(self, conversation_id: int, text: str, on: date | None = None) -> int:
        current = self.conversations.get(conversation_id)
        on = on or self.today
        add = Addendum(on, self.vault.user.name, clean(text))
        problems = [FieldProblem("text", i.message) for i in conv.validate_conversation(
            with_changes(current.gesprek, addenda=(add,), signatures=()), self.today)
            if i.field == "addenda"]
        if len(text) > MAX_TEXT:
            problems.append(FieldProblem("text", f"De aanvulling is te lang (maximaal "
                                                 f"{MAX_TEXT} tekens)."))
        if problems:
            raise ValidationError(problems)
        with self.vault.transaction() as cur:
            cur.execute("INSERT INTO conversation_addendum (conversation_id, on_date, author,"
                        " text, recorded_at) VALUES (?,?,?,?,?)",
                        (conversation_id, on.isoformat(), add.author, add.text, now_utc()))
            aid = cur.lastrowid
            self.vault.audit(cur, "zorggesprek.aanvulling", "conversation_addendum", aid,
                             {"conversation_id": conversation_id, "on": on.isoformat(),
                              "text": add.text})
        return aid

    def attach_scan(self, conversation_id: int, filename: str, data: bytes) -> int:
        self.conversations.get(conversation_id)
        if not data:
            raise ValidationError([FieldProblem("scan", "Het gekozen bestand is leeg.")])
        if len(data) > MAX_SCAN_BYTES:
            raise ValidationError([FieldProblem(
                "scan", f"Het bestand is te groot (maximaal {MAX_SCAN_BYTES // 2**20} MB). "
                        "Scan met een lagere resolutie of in zwart-wit.")])
        name = (filename or "scan").strip()[-100:]
        with self.vault.transaction() as cur:
            cur.execute("INSERT INTO conversation_scan (conversation_id, filename, size, data,"
                        " recorded_by, recorded_at) VALUES (?,?,?,?,?,?)",
                        (conversation_id, name, len(data), data, self.vault.user.name,
                         now_utc()))
            sid = cur.lastrowid
            self.vault.audit(cur, "zorggesprek.scan", "conversation_scan", sid,
                             {"conversation_id": conversation_id, "filename": name,
                              "size": len(data)})
        return sid

    def _insert_event(self, cur, cid: int, signer: str, status: SignatureStatus, on: date,
                      place: str = "", view: str = "") -> None:
        cur.execute("INSERT INTO conversation_status_event (conversation_id, signer, status,"
                    " on_date, place, parents_view, recorded_by, recorded_at)"
                    " VALUES (?,?,?,?,?,?,?,?)",
                    (cid, signer, status.value, on.isoformat(), place, view,
                     self.vault.user.name, now_utc()))

    def scans(self, conversation_id: int) -> list[ScanInfo]:
        rows = self.vault.read().execute(
            "SELECT id, filename, size, recorded_at FROM conversation_scan"
            " WHERE conversation_id = ? ORDER BY id", (conversation_id,)).fetchall()
        return [ScanInfo(*r) for r in rows]

    def status_events(self, conversation_id: int) -> list[StatusEvent]:
        """Every status/signature event, oldest first (``get`` shows only the latest)."""
        rows = self.vault.read().execute(
            "SELECT signer, status, on_date, place, parents_view, recorded_by, recorded_at"
            " FROM conversation_status_event WHERE conversation_id = ? ORDER BY id",
            (conversation_id,)).fetchall()
        return [StatusEvent(r[0], r[1], date.fromisoformat(r[2]), *r[3:]) for r in rows]

    def scan_bytes(self, scan_id: int) -> bytes:
        row = self.vault.read().execute("SELECT data FROM conversation_scan WHERE id = ?",
                                        (scan_id,)).fetchone()
        if row is None:
            raise LookupError("Deze scan bestaat niet (meer).")
        return bytes(row[0])

    def not_returned(self, days: int) -> list[NotReturned]:
        """Handed out at least ``days`` days ago and not signed back, all pupils."""
        stored = self._handed_out_and_open()
        found = reports_not_returned([s.gesprek for s in stored.values()], self.today, days)
        return [NotReturned(stored[id(o.conversation)].id, stored[id(o.conversation)].pupil_id,
                            o) for o in found]

    def _handed_out_and_open(self) -> dict[int, Any]:
        """The conversations with a signer still out, by ``id`` of their report; kept
        while the vault is unchanged (unlock asks twice: Vandaag and the Zorggesprekken
        tab, each 30 ms at a large school; issue 23)."""
        marker = self.vault.change_marker()
        if self._open_reports is not None and self._open_reports[0] == marker:
            return self._open_reports[1]
        read = self.vault.read()
        # Only conversations with a signer still out (latest status per signer) are built.
        latest: dict[tuple[int, str], str] = {}
        for cid, signer, status in read.execute(
                "SELECT conversation_id, signer, status FROM conversation_status_event"
                " ORDER BY id"):
            latest[(cid, signer)] = status
        out = (SignatureStatus.UITGEREIKT.value, SignatureStatus.NIET_GERETOURNEERD.value)
        candidates = sorted({cid for (cid, _), status in latest.items() if status in out})
        rows = [row for chunk in _chunked(candidates) for row in read.execute(
            SELECT_CONVERSATION + f" WHERE frozen = 1 AND id IN ({','.join('?' * len(chunk))})",  # noqa: S608
            chunk).fetchall()]
        stored = {id(s.gesprek): s for s in self.conversations.stored_many(rows)}
        self._open_reports = (marker, stored)
        return stored
