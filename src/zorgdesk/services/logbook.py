"""Logboek use cases: append-only entries with versions, search, parents, sharing.

Nothing here updates or deletes a saved record: a correction is a new version, an
answer to a correction request is a new row. The only mutable table is the FTS index,
which always mirrors the current versions and is rewritten in the same transaction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from zorgdesk.domain.logbook import (
    CorrectionDeadline,
    CorrectionOutcome,
    CorrectionRequest,
    EntryHistory,
    EntryVersion,
    LogbookEntryDraft,
    LogbookValidationError,
    Zienswijze,
    add_version,
    correction_deadlines,
    entry_history,
    parse_date,
    validate_entry,
)
from zorgdesk.domain.sharing import SharingDraft, SharingRecord
from zorgdesk.domain.text import clean, quote_short, short_name, snippet
from zorgdesk.services.logbook_codec import entry_from_json, entry_to_json, search_body
from zorgdesk.services.sharing import SharingService
from zorgdesk.store.audit import now_utc
from zorgdesk.store.vault import Vault

__all__ = ["ChronologyItem", "LogbookService", "SearchHit", "fts_query"]

MAX_REASON = 2_000


@dataclass(frozen=True)
class ChronologyItem:
    history: EntryHistory
    signalled_by: str
    pupil_ids: tuple[int, ...]

    @property
    def entry_id(self) -> int:
        return int(self.history.entry_id)

    @property
    def current(self) -> EntryVersion:
        return self.history.current


@dataclass(frozen=True)
class SearchHit:
    entry_id: int
    pupil_ids: tuple[int, ...]
    entry_date: date
    snippet: str


def fts_query(user_text: str) -> str:
    """An FTS5 expression that treats everything typed as plain words.

    Quotes, AND/OR/NOT, NEAR, '*', '-', ':' and parentheses a user types are not
    syntax here: only the word characters survive, each one becomes a quoted prefix
    term, and all terms must occur.
    """
    words = re.findall(r"\w+", user_text or "")
    return " AND ".join(f'"{w}"*' for w in words)


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


class LogbookService:
    def __init__(self, vault: Vault, today: date | None = None,
                 sharing: SharingService | None = None) -> None:
        self.vault = vault
        self._today = today
        self._sharing = sharing or SharingService(vault, today)

    @property
    def today(self) -> date:
        return self._today or date.today()

    # -- staff -----------------------------------------------------------------------

    def _staff_names(self) -> dict[str, str]:
        rows = self.vault.read().execute("SELECT id, name FROM staff")
        return {str(r[0]): r[1] for r in rows}

    def _validate(self, draft: LogbookEntryDraft):
        staff = self._staff_names()
        entry = validate_entry(draft, self.today, staff.keys())
        known = {r[0] for r in self.vault.read().execute("SELECT id FROM pupil")}
        if any(not pid.isdigit() or int(pid) not in known for pid in entry.pupil_ids):
            raise LogbookValidationError([("pupil_ids", "Kies een bestaande leerling.")])
        who = (staff[entry.signalled_by.staff_id] if entry.signalled_by.staff_id
               else entry.signalled_by.name or "")
        return entry, who

    # -- writing ---------------------------------------------------------------------

    def add_entry(self, draft: LogbookEntryDraft) -> int:
        """Validate and store a new entry (version 1); returns the entry id."""
        entry, who = self._validate(draft)
        now = now_utc()
        with self.vault.transaction() as cur:
            cur.execute("INSERT INTO logbook_entry (created_at, created_by) VALUES (?, ?)",
                        (now, self.vault.user.name))
            entry_id = cur.lastrowid
            for pid in entry.pupil_ids:
                cur.execute("INSERT INTO logbook_entry_pupil (entry_id, pupil_id) VALUES (?,?)",
                            (entry_id, int(pid)))
            self._insert_version(cur, entry_id, 1, entry, who, now, None)
            cur.execute("INSERT INTO logbook_fts (rowid, body) VALUES (?, ?)",
                        (entry_id, search_body(entry, who)))
            self.vault.audit(cur, "logboek.notitie_toegevoegd", "logbook_entry", entry_id,
                             json.loads(entry_to_json(entry)))
        return entry_id

    def correct_entry(self, entry_id: int, draft: LogbookEntryDraft, reason: str) -> int:
        """Save a corrected version with its reason; the earlier ones stay. Returns version_no."""
        reason = clean(reason)  # a NUL-only reason is no reason (and breaks the seal)
        problems = []
        if not reason:
            problems.append(("reason", "Geef een reden voor deze correctie."))
        elif len(reason) > MAX_REASON:
            problems.append(("reason", f"De reden is te lang; het maximum is {MAX_REASON} tekens."))
        try:
            entry, who = self._validate(draft)
        except LogbookValidationError as exc:
            raise LogbookValidationError(exc.errors + problems) from None
        if problems:
            raise LogbookValidationError(problems)
        old = self.history(entry_id)
        if set(entry.pupil_ids) != set(old.current.content.pupil_ids):
            raise LogbookValidationError(
                [("pupil_ids", "Bij een correctie blijven dezelfde leerlingen betrokken.")])
        now = now_utc()
        new = EntryVersion(str(entry_id), old.current.version_no + 1, entry,
                           self.vault.user.name, _dt(now), reason)
        add_version(old.all_versions, new)  # refuses a gap or a missing reason
        with self.vault.transaction() as cur:
            self._insert_version(cur, entry_id, new.version_no, entry, who, now, reason)
            cur.execute("DELETE FROM logbook_fts WHERE rowid = ?", (entry_id,))
            cur.execute("INSERT INTO logbook_fts (rowid, body) VALUES (?, ?)",
                        (entry_id, search_body(entry, who)))
            self.vault.audit(cur, "logboek.notitie_gecorrigeerd", "logbook_entry", entry_id,
                             {"version_no": new.version_no, "reason": reason,
                              **json.loads(entry_to_json(entry))})
        return new.version_no

    def _insert_version(self, cur, entry_id, version_no, entry, who, now, reason) -> None:
        cur.execute(
            "INSERT INTO logbook_version (entry_id, version_no, entry_date, entry_time, domain,"
            " signalled_by, content, author, created_at, reason) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (entry_id, version_no, entry.entry_date.isoformat(),
             entry.entry_time.strftime("%H:%M") if entry.entry_time else None, entry.domain,
             who, entry_to_json(entry), self.vault.user.name, now, reason))

    # -- reading ---------------------------------------------------------------------

    def _items(self, entry_ids: Iterable[int]) -> list[ChronologyItem]:
        ids = list(dict.fromkeys(entry_ids))
        if not ids:
            return []
        cur = self.vault.read()
        versions: dict[int, list[EntryVersion]] = {}
        who: dict[int, tuple[int, str]] = {}
        marks = ",".join("?" * len(ids))
        for eid, no, content, author, created, reason, signalled in cur.execute(
                "SELECT entry_id, version_no, content, author, created_at, reason, signalled_by"
                f" FROM logbook_version WHERE entry_id IN ({marks})", ids):
            versions.setdefault(eid, []).append(
                EntryVersion(str(eid), no, entry_from_json(content), author, _dt(created), reason))
            if no >= who.get(eid, (0, ""))[0]:
                who[eid] = (no, signalled)
        pupils: dict[int, list[int]] = {}
        for eid, pid in cur.execute(
                f"SELECT entry_id, pupil_id FROM logbook_entry_pupil WHERE entry_id IN ({marks})",
                ids):
            pupils.setdefault(eid, []).append(pid)
        return [ChronologyItem(entry_history(versions[i]), who[i][1], tuple(sorted(pupils[i])))
                for i in ids if i in versions]

    def history(self, entry_id: int) -> EntryHistory:
        items = self._items([entry_id])
        if not items:
            raise KeyError(entry_id)
        return items[0].history

    def item(self, entry_id: int) -> ChronologyItem:
        items = self._items([entry_id])
        if not items:
            raise KeyError(entry_id)
        return items[0]

    def chronology(self, pupil_id: int, *, newest_first: bool = True, domain: str | None = None,
                   signalled_by: str | None = None, date_from: date | None = None,
                   date_to: date | None = None, query: str = "") -> list[ChronologyItem]:
        """The pupil's entries (current versions) with the filters applied."""
        cur = self.vault.read()
        ids = [r[0] for r in cur.execute(
            "SELECT entry_id FROM logbook_entry_pupil WHERE pupil_id = ?", (pupil_id,))]
        if query.strip():
            expression = fts_query(query)
            if not expression:
                return []
            found = {r[0] for r in cur.execute(
                "SELECT rowid FROM logbook_fts WHERE logbook_fts MATCH ?", (expression,))}
            ids = [i for i in ids if i in found]
        items = []
        for item in self._items(ids):
            entry = item.current.content
            if domain and entry.domain != domain:
                continue
            if signalled_by and item.signalled_by != signalled_by:
                continue
            if date_from and entry.entry_date < date_from:
                continue
            if date_to and entry.entry_date > date_to:
                continue
            items.append(item)
        items.sort(key=lambda i: (i.current.content.entry_date,
                                  i.current.content.entry_time or datetime.min.time(),
                                  i.entry_id), reverse=newest_first)
        return items

    def title(self, entry_id: int) -> str:
        """'Logboek 12-10-2026 (M. Hoekstra): Zoë zat …' for pickers and meldcode links."""
        item = self.item(entry_id)
        entry = item.current.content
        text = f"Logboek {entry.entry_date:%d-%m-%Y} ({short_name(item.signalled_by)})"
        return f"{text}: {snippet(entry.situation, 45)}" if entry.situation.strip() else text

    def entries_for_summary(self, pupil_id: int) -> list[tuple[date, str, bool]]:
        """Case summary hook: the factual situatie of each current version, oldest first.

        The interpretation is left out on purpose: a summary for Veilig Thuis quotes
        what was seen or heard, not what the school thought of it.
        """
        return [(i.current.content.entry_date, i.current.content.situation.strip(),
                 bool(i.current.content.counter_signal))
                for i in self.chronology(pupil_id, newest_first=False)
                if i.current.content.situation.strip()]

    def signallers(self, pupil_id: int) -> list[str]:
        """Names under 'gesignaleerd door' in this pupil's entries (for the filter)."""
        rows = self.vault.read().execute(
            "SELECT DISTINCT v.signalled_by FROM logbook_entry_pupil p"
            " JOIN logbook_version v ON v.entry_id = p.entry_id"
            " WHERE p.pupil_id = ? AND v.version_no = (SELECT max(version_no)"
            " FROM logbook_version WHERE entry_id = p.entry_id)", (pupil_id,))
        return sorted((r[0] for r in rows), key=str.casefold)

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        """Full-text search across all pupils; typed operators and quotes are plain words."""
        expression = fts_query(text)
        if not expression:
            return []
        cur = self.vault.read()
        rows = cur.execute(
            "SELECT rowid, snippet(logbook_fts, 0, '[', ']', '…', 12) FROM logbook_fts"
            " WHERE logbook_fts MATCH ? ORDER BY rank LIMIT ?", (expression, limit)).fetchall()
        hits = []
        for item in self._items(r[0] for r in rows):
            snippet = next(s for eid, s in rows if eid == item.entry_id)
            hits.append(SearchHit(item.entry_id, item.pupil_ids,
                                  item.current.content.entry_date, snippet))
        return hits

    # -- parents ---------------------------------------------------------------------

    def add_zienswijze(self, pupil_id: int, received: date | str, given_by: str, text: str,
                       entry_ids: Iterable[int] = ()) -> int:
        received_on = self._date("received", received, "De datum van ontvangst")
        try:
            z = Zienswijze("", str(pupil_id), received_on, clean(given_by), clean(text),
                           self.vault.user.name, tuple(str(i) for i in entry_ids))
        except ValueError as exc:
            field = "given_by" if "van wie" in str(exc) else "text"
            raise LogbookValidationError([(field, str(exc))]) from None
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
            raise LogbookValidationError(
                [(field, f"{label} {quote_short(value)}bestaat niet; gebruik dag-maand-jaar, "
                         "bijv. 14-03-2026.")]) from None
        if parsed is None:
            raise LogbookValidationError([(field, f"Vul {label.lower()} in.")])
        if parsed > self.today:
            raise LogbookValidationError([(field, f"{label} ligt in de toekomst.")])
        return parsed

    def add_correction_request(self, pupil_id: int, received: date | str, requested_by: str,
                               request: str, entry_ids: Iterable[int] = ()) -> int:
        received_on = self._date("received", received, "De datum van ontvangst")
        if not clean(requested_by):
            raise LogbookValidationError([("requested_by", "Vul in wie het verzoek deed.")])
        try:
            req = CorrectionRequest("", str(pupil_id), received_on, clean(requested_by),
                                    clean(request), tuple(str(i) for i in entry_ids))
        except ValueError as exc:
            raise LogbookValidationError([("request", str(exc))]) from None
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

    def answer_correction_request(self, request_id: int, outcome: CorrectionOutcome | str,
                                  answered_on: date | str, motivation: str = "") -> None:
        answered = self._date("answered_on", answered_on, "De datum van het antwoord")
        current = {r.request_id: r for r in self._requests("id = ?", (request_id,))}
        req = current.get(str(request_id))
        if req is None:
            raise KeyError(request_id)
        if not req.is_open:
            raise LogbookValidationError([("outcome", "Dit verzoek is al beantwoord.")])
        try:
            outcome = CorrectionOutcome(outcome)
        except ValueError:
            # Never str(exc): the enum's own message is English and repeats the input.
            choices = ", ".join(o.value for o in CorrectionOutcome)
            raise LogbookValidationError(
                [("outcome", f"Kies een uitkomst: {choices}.")]) from None
        try:
            answer = CorrectionRequest(req.request_id, req.pupil_id, req.received,
                                       req.requested_by, req.request, req.entry_ids,
                                       outcome, answered, clean(motivation))
        except ValueError as exc:
            field = "motivation" if "gemotiveerd" in str(exc) else "answered_on"
            raise LogbookValidationError([(field, str(exc))]) from None
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO logbook_correction_answer (request_id, outcome, answered_on,"
                " motivation, recorded_by, recorded_at) VALUES (?,?,?,?,?,?)",
                (request_id, str(answer.outcome), answered.isoformat(), answer.motivation,
                 self.vault.user.name, now_utc()))
            self.vault.audit(cur, "logboek.correctieverzoek_beantwoord",
                             "logbook_correction_request", request_id,
                             {"outcome": str(answer.outcome), "answered_on": answered.isoformat(),
                              "motivation": answer.motivation})

    def _requests(self, where: str, params: tuple) -> list[CorrectionRequest]:
        cur = self.vault.read()
        answers = {r[0]: r[1:] for r in cur.execute(
            "SELECT request_id, outcome, answered_on, motivation FROM logbook_correction_answer"
            " ORDER BY id")}
        result = []
        for rid, pid, received, by, text, entry_ids in cur.execute(
                "SELECT id, pupil_id, received, requested_by, request, entry_ids"
                f" FROM logbook_correction_request WHERE {where} ORDER BY received, id", params):
            ans = answers.get(rid)
            result.append(CorrectionRequest(
                str(rid), str(pid), date.fromisoformat(received), by, text,
                tuple(str(i) for i in json.loads(entry_ids)),
                CorrectionOutcome(ans[0]) if ans else CorrectionOutcome.PENDING,
                date.fromisoformat(ans[1]) if ans else None, ans[2] if ans else ""))
        return result

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

    # -- drafts ----------------------------------------------------------------------

    def save_draft(self, key: str, pupil_id: int, fields: dict[str, object]) -> None:
        """Keep what is typed in a form (replaced on every save; audited by field names)."""
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO logbook_draft (draft_key, pupil_id, fields, saved_at) VALUES"
                " (?,?,?,?) ON CONFLICT(draft_key) DO UPDATE SET fields = excluded.fields,"
                " saved_at = excluded.saved_at",
                (key, pupil_id, json.dumps(fields, ensure_ascii=False), now_utc()))
            self.vault.audit(cur, "logboek.concept_bewaard", "logbook_draft", key, fields)

    def load_draft(self, key: str) -> tuple[dict[str, object], datetime] | None:
        row = self.vault.read().execute(
            "SELECT fields, saved_at FROM logbook_draft WHERE draft_key = ?", (key,)).fetchone()
        return (json.loads(row[0]), _dt(row[1])) if row else None

    def discard_draft(self, key: str) -> None:
        with self.vault.transaction() as cur:
            cur.execute("DELETE FROM logbook_draft WHERE draft_key = ?", (key,))
            if cur.rowcount:
                self.vault.audit(cur, "logboek.concept_verwijderd", "logbook_draft", key, {})

    # -- inzage ----------------------------------------------------------------------

    def dossier_pdf(self, pupil_id: int, printed_on: date | None = None) -> bytes:
        """The inzage PDF of one pupil (other pupils only by initials)."""
        from zorgdesk.domain.conversation import Pupil as PrintedPupil
        from zorgdesk.reports.dossier_pdf import render_dossier
        from zorgdesk.services.basedata import BaseDataService

        basedata = BaseDataService(self.vault, self.today)
        pupil = basedata.pupil(pupil_id)
        names = {p.id: p.display_name for p in basedata.pupils(include_inactive=True)}
        entries = self.dossier_entries(pupil_id, names)
        return render_dossier(
            PrintedPupil(pupil.display_name, pupil.date_of_birth, pupil.group_name or ""),
            basedata.school().name, printed_on or self.today, entries,
            self.zienswijzen(pupil_id), self.correction_requests(pupil_id),
            self.sharing_trail(pupil_id),
            known_other_names=[n for p, n in names.items() if p != pupil_id])

    def dossier_entries(self, pupil_id: int, names: dict[int, str]) -> list:
        """Entries oldest first, each with the full names of the other pupils it concerns."""
        from zorgdesk.domain.logbook import OBSERVATION_DOMAINS
        from zorgdesk.reports.dossier_pdf import DossierEntry
        from zorgdesk.services.logbook_progress import LogbookProgressService

        items = self.chronology(pupil_id, newest_first=False)
        progress = LogbookProgressService(self.vault).for_entries(i.entry_id for i in items)
        return [
            DossierEntry(item.history, item.signalled_by,
                         OBSERVATION_DOMAINS.get(item.current.content.domain or "", ""),
                         tuple(names[p] for p in item.pupil_ids if p != pupil_id and p in names),
                         tuple(progress.get(item.entry_id, ())))
            for item in items]
