"""Parents and the logboek: zienswijze, correction requests (4-week term), sharing trail.

:class:`ParentsService` is built once by the session (and by a standalone
:class:`LogbookService`, as its ``parents``). An answer to a correction request is a new
row, never an update.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime

from zorgdesk.domain.logbook import (
    ChangeKind,
    CorrectionDeadline,
    CorrectionOutcome,
    CorrectionRequest,
    RequestChange,
    Zienswijze,
    correction_deadlines,
    parse_date,
)
from zorgdesk.domain.sharing import SharingDraft, SharingRecord
from zorgdesk.domain.text import clean, quote_short
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.services.logbook import request_supplements
from zorgdesk.services.sharing import SharingService
from zorgdesk.store.audit import now_utc
from zorgdesk.store.vault import Vault


class ParentsService:
    """What parents add to or ask of the logboek, and what left the school about a pupil."""

    def __init__(self, vault: Vault, clock: Clock = SYSTEM_CLOCK, *,
                 sharing: SharingService) -> None:
        self.vault = vault
        self.clock = clock
        self._sharing = sharing

    @property
    def today(self) -> date:
        return self.clock.today()

    # -- parents ---------------------------------------------------------------------

    def add_zienswijze(self, pupil_id: int, received: date | str, given_by: str, text: str,
                       entry_ids: Iterable[int] = ()) -> int:
        received_on = self._date("received", received, "De datum van ontvangst")
        try:
            z = Zienswijze("", str(pupil_id), received_on, clean(given_by), clean(text),
                           self.vault.user.name, tuple(str(i) for i in entry_ids))
        except ValueError as exc:
            field = "given_by" if "van wie" in str(exc) else "text"
            raise ValidationError([(field, str(exc))]) from None
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO logbook_zienswijze (pupil_id, received, given_by, text, entry_ids,"
                " recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?)",
                (pupil_id, z.received.isoformat(), z.given_by, z.text,
                 json.dumps([int(i) for i in z.entry_ids]), z.recorded_by, now_utc()))
            zid = cur.lastrowid
            self.vault.audit(cur, "logboek.zienswijze_toegevoegd", "logbook_zienswijze", zid,
                             {"pupil_id": pupil_id, "received": z.received.isoformat(),
                              "given_by": z.given_by, "text": z.text})
        return zid

    def zienswijzen(self, pupil_id: int) -> list[Zienswijze]:
        rows = self.vault.read().execute(
            "SELECT id, pupil_id, received, given_by, text, recorded_by, entry_ids"
            " FROM logbook_zienswijze WHERE pupil_id = ? ORDER BY received, id", (pupil_id,))
        return [Zienswijze(str(r[0]), str(r[1]), date.fromisoformat(r[2]), r[3], r[4], r[5],
                           tuple(str(i) for i in json.loads(r[6]))) for r in rows]

    def _date(self, field: str, value: date | str | None, label: str) -> date:
        try:
            parsed = parse_date(value)
        except (ValueError, TypeError):
            raise ValidationError(
                [(field, f"{label} {quote_short(value)}bestaat niet; gebruik dag-maand-jaar, "
                         "bijv. 14-03-2026.")]) from None
        if parsed is None:
            raise ValidationError([(field, f"Vul {label.lower()} in.")])
        if parsed > self.today:
            raise ValidationError([(field, f"{label} ligt in de toekomst.")])
        return parsed

    def add_correction_request(self, pupil_id: int, received: date | str, requested_by: str,
                               request: str, entry_ids: Iterable[int] = ()) -> int:
        received_on = self._date("received", received, "De datum van ontvangst")
        if not clean(requested_by):
            raise ValidationError([("requested_by", "Vul in wie het verzoek deed.")])
        try:
            req = CorrectionRequest("", str(pupil_id), received_on, clean(requested_by),
                                    clean(request), tuple(str(i) for i in entry_ids))
        except ValueError as exc:
            raise ValidationError([("request", str(exc))]) from None
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO logbook_correction_request (pupil_id, received, requested_by,"
                " request, entry_ids, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?)",
                (pupil_id, req.received.isoformat(), req.requested_by, req.request,
                 json.dumps([int(i) for i in req.entry_ids]), self.vault.user.name, now_utc()))
            rid = cur.lastrowid
            self.vault.audit(cur, "logboek.correctieverzoek_ontvangen",
                             "logbook_correction_request", rid,
                             {"pupil_id": pupil_id, "received": req.received.isoformat(),
                              "requested_by": req.requested_by, "request": req.request})
        return rid

    def checked_answer(self, request_id: int, outcome: CorrectionOutcome | str,
                       answered_on: date | str, motivation: str = "") -> CorrectionRequest:
        """The request as answered, its date, term and motivation validated; raises
        ValidationError (Dutch). Only a part of the checks: the one way to answer is
        ``session.request_answers.answer``, which also refuses a grant that names nothing
        done (an older answer path here skipped that rule; s30)."""
        answered = self._date("answered_on", answered_on, "De datum van het antwoord")
        req = self.correction_request(request_id)
        if not req.is_open:
            raise ValidationError([("outcome", "Dit verzoek is al beantwoord.")])
        try:
            outcome = CorrectionOutcome(outcome)
        except ValueError:
            # Never str(exc): the enum's own message is English and repeats the input.
            choices = ", ".join(o.value for o in CorrectionOutcome)
            raise ValidationError(
                [("outcome", f"Kies een uitkomst: {choices}.")]) from None
        try:
            return CorrectionRequest(req.request_id, req.pupil_id, req.received,
                                     req.requested_by, req.request, req.entry_ids,
                                     outcome, answered, clean(motivation))
        except ValueError as exc:
            field = "motivation" if "gemotiveerd" in str(exc) else "answered_on"
            raise ValidationError([(field, str(exc))]) from None

    def insert_answer(self, cur, answer: CorrectionRequest) -> None:
        """Write a checked answer inside the caller's transaction."""
        request_id = int(answer.request_id)
        cur.execute(
            "INSERT INTO logbook_correction_answer (request_id, outcome, answered_on,"
            " motivation, recorded_by, recorded_at) VALUES (?,?,?,?,?,?)",
            (request_id, str(answer.outcome), answer.answered_on.isoformat(),
             answer.motivation, self.vault.user.name, now_utc()))
        self.vault.audit(cur, "logboek.correctieverzoek_beantwoord",
                         "logbook_correction_request", request_id,
                         {"outcome": str(answer.outcome),
                          "answered_on": answer.answered_on.isoformat(),
                          "motivation": answer.motivation})

    def correction_request(self, request_id: int) -> CorrectionRequest:
        found = self._requests("id = ?", (request_id,))
        if not found:
            raise KeyError(request_id)
        return found[0]

    def _requests(self, where: str, params: tuple) -> list[CorrectionRequest]:
        cur = self.vault.read()
        answers = {r[0]: r[1:] for r in cur.execute(
            "SELECT request_id, outcome, answered_on, motivation FROM logbook_correction_answer"
            " ORDER BY id")}
        changes: dict[int, list[RequestChange]] = {}
        for change in self.request_changes("1 = 1", ()):
            changes.setdefault(change.request_id, []).append(change)
        supplements = request_supplements.read(cur)
        result = []
        for rid, pid, received, by, text, entry_ids in cur.execute(
                "SELECT id, pupil_id, received, requested_by, request, entry_ids"
                f" FROM logbook_correction_request WHERE {where} ORDER BY received, id", params):
            ans = answers.get(rid)
            result.append(CorrectionRequest(
                str(rid), str(pid), date.fromisoformat(received), by, text,
                tuple(str(i) for i in json.loads(entry_ids)),
                CorrectionOutcome(ans[0]) if ans else CorrectionOutcome.PENDING,
                date.fromisoformat(ans[1]) if ans else None, ans[2] if ans else "",
                tuple(changes.get(rid, ())), tuple(supplements.get(rid, ()))))
        return result

    def request_changes(self, where: str, params: tuple) -> list[RequestChange]:
        """Proof of what granted requests changed (``where``: fixed SQL of this package)."""
        columns = ("request_id, record_kind, record_id, record_date, change, versions_removed,"
                   " grondslag, recorded_by, recorded_at")
        rows = self.vault.read().execute(
            f"SELECT {columns} FROM (SELECT {columns}, 0 AS twin, id"  # noqa: S608
            f" FROM logbook_request_change UNION ALL SELECT {columns}, 1, id"
            f" FROM request_record_change) WHERE {where} ORDER BY recorded_at, twin, id",
            params).fetchall()
        return [RequestChange(r[0], r[1], r[2], date.fromisoformat(r[3]) if r[3] else None,
                              ChangeKind(r[4]), r[5], r[6], r[7], datetime.fromisoformat(r[8]))
                for r in rows]

    def removed_versions(self, pupil_id: int, record_kind: str, cur=None) -> int:
        """How many stored versions of the pupil's records of one kind ('signalenlijst',
        'zorggesprek') left the vault on granted requests: the proof's count (no content).
        ``cur``: the caller's transaction, to count within it."""
        row = (cur or self.vault.read()).execute(
            "SELECT coalesce(sum(versions_removed), 0) FROM request_record_change"
            " WHERE pupil_id = ? AND record_kind = ? AND change = 'verwijderd'",
            (pupil_id, record_kind)).fetchone()
        return int(row[0])

    def correction_requests(self, pupil_id: int) -> list[CorrectionRequest]:
        return self._requests("pupil_id = ?", (pupil_id,))

    def correction_deadlines(self, warn_days: int = 7) -> list[CorrectionDeadline]:
        """Open requests of all pupils due within ``warn_days`` or already overdue."""
        return correction_deadlines(self._requests("1 = 1", ()), self.today, warn_days)

    # -- sharing trail ---------------------------------------------------------------

    def record_sharing(self, pupil_id: int, draft: SharingDraft) -> int:
        return self._sharing.record(pupil_id, draft)

    def sharing_trail(self, pupil_id: int) -> list[SharingRecord]:
        return self._sharing.for_pupil(pupil_id)
