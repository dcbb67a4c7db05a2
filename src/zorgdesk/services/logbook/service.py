"""Logboek use cases: append-only entries with versions, search, parents, sharing.

The parents' side (zienswijze, correction requests, sharing trail) lives in
:mod:`logbook_parents` and the inzage export in :mod:`logbook_inzage`, as mixins of
the one :class:`LogbookService` callers use.

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
    EntryHistory,
    EntryVersion,
    LogbookEntryDraft,
    add_version,
    entry_history,
    validate_entry,
)
from zorgdesk.domain.text import clean, short_name, snippet
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.services.logbook.agreements import AgreementEvaluations
from zorgdesk.services.logbook.codec import entry_from_json, entry_to_json, search_body
from zorgdesk.services.logbook.inzage import LogbookDossier
from zorgdesk.services.logbook.parents import ParentsService
from zorgdesk.services.logbook.progress import LogbookProgressService
from zorgdesk.services.sharing import SharingService
from zorgdesk.store.audit import now_utc
from zorgdesk.store.vault import Vault

__all__ = ["ChronologyItem", "EntryRow", "LogbookService", "SearchHit", "fts_query"]

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
class EntryRow:
    """One line of the Logboek list (current version), straight from an indexed query."""

    entry_id: int
    version_no: int
    entry_date: date
    entry_time: str | None  # "HH:MM"
    signalled_by: str
    situation: str
    has_interpretation: bool
    counter_signal: bool
    pupil_ids: tuple[int, ...]


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


def _title(day: date, signalled_by: str, situation: str) -> str:
    text = f"Logboek {day:%d-%m-%Y} ({short_name(signalled_by)})"
    return f"{text}: {snippet(situation, 45)}" if situation.strip() else text


class LogbookService:
    def __init__(self, vault: Vault, clock: Clock = SYSTEM_CLOCK, *,
                 sharing: SharingService, basedata: BaseDataService,
                 progress: LogbookProgressService, parents: ParentsService,
                 evaluations: AgreementEvaluations) -> None:
        self.vault = vault
        self.clock = clock
        self._sharing = sharing
        self.basedata = basedata
        self.progress = progress
        self.parents = parents
        self.evaluations = evaluations
        self.dossier = LogbookDossier(vault=vault, clock=clock, chronology=self.chronology,
                                      basedata=self.basedata, progress=self.progress,
                                      parents=self.parents, evaluations=self.evaluations)

    @property
    def today(self) -> date:
        return self.clock.today()

    # -- staff -----------------------------------------------------------------------

    def _staff_named(self, staff_id: str | None) -> dict[str, str]:
        """{id: name} of the staff member a draft names, if the vault knows them (one
        indexed read: reading every staff member per save grew with the school)."""
        key = (staff_id or "").strip()
        if not key.isdigit():
            return {}
        rows = self.vault.read().execute("SELECT id, name FROM staff WHERE id = ?", (int(key),))
        return {str(r[0]): r[1] for r in rows}

    def _known_pupils(self, pupil_ids) -> set[int]:
        """Which of these ids are pupils of the vault (read by key, not the whole school)."""
        ids = sorted({int(pid) for pid in pupil_ids if pid.isdigit()})
        if not ids:
            return set()
        marks = ",".join("?" * len(ids))
        return {r[0] for r in self.vault.read().execute(
            f"SELECT id FROM pupil WHERE id IN ({marks})", ids)}

    def validated(self, draft: LogbookEntryDraft):
        """The validated entry and the name under "gesignaleerd door"; Dutch errors."""
        staff = self._staff_named(draft.signalled_by.staff_id if draft.signalled_by else None)
        entry = validate_entry(draft, self.today, staff.keys())
        known = self._known_pupils(entry.pupil_ids)
        if any(not pid.isdigit() or int(pid) not in known for pid in entry.pupil_ids):
            raise ValidationError([("pupil_ids", "Kies een bestaande leerling.")])
        who = (staff[entry.signalled_by.staff_id] if entry.signalled_by.staff_id
               else entry.signalled_by.name or "")
        return entry, who

    # -- writing ---------------------------------------------------------------------

    def add_entry(self, draft: LogbookEntryDraft) -> int:
        """Validate and store a new entry (version 1); returns the entry id."""
        entry, who = self.validated(draft)
        now = now_utc()
        with self.vault.transaction() as cur:
            cur.execute("INSERT INTO logbook_entry (created_at, created_by) VALUES (?, ?)",
                        (now, self.vault.user.name))
            entry_id = cur.lastrowid
            for pid in entry.pupil_ids:
                cur.execute("INSERT INTO logbook_entry_pupil (entry_id, pupil_id) VALUES (?,?)",
                            (entry_id, int(pid)))
            self.insert_version(cur, entry_id, 1, entry, who, now, None)
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
            entry, who = self.validated(draft)
        except ValidationError as exc:
            raise ValidationError([*exc.problems, *problems]) from None
        if problems:
            raise ValidationError(problems)
        old = self.history(entry_id)
        if set(entry.pupil_ids) != set(old.current.content.pupil_ids):
            raise ValidationError(
                [("pupil_ids", "Bij een correctie blijven dezelfde leerlingen betrokken.")])
        now = now_utc()
        new = EntryVersion(str(entry_id), old.current.version_no + 1, entry,
                           self.vault.user.name, _dt(now), reason)
        add_version(old.all_versions, new)  # refuses a gap or a missing reason
        with self.vault.transaction() as cur:
            self.insert_version(cur, entry_id, new.version_no, entry, who, now, reason)
            cur.execute("DELETE FROM logbook_fts WHERE rowid = ?", (entry_id,))
            cur.execute("INSERT INTO logbook_fts (rowid, body) VALUES (?, ?)",
                        (entry_id, search_body(entry, who)))
            self.vault.audit(cur, "logboek.notitie_gecorrigeerd", "logbook_entry", entry_id,
                             {"version_no": new.version_no, "reason": reason,
                              **json.loads(entry_to_json(entry))})
        return new.version_no

    def insert_version(self, cur, entry_id, version_no, entry, who, now, reason) -> None:
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

    def list_rows(self, pupil_id: int, *, newest_first: bool = True,
                  domain: str | None = None, signalled_by: str | None = None,
                  date_from: date | None = None, date_to: date | None = None,
                  query: str = "") -> list[EntryRow]:
        """``chronology`` for the list: the same entries and order, but only the fields a
        list line shows, filtered and sorted by SQLite (no entry decoded in Python)."""
        where, params = ["p.pupil_id = ?"], [pupil_id]
        for clause, value in (("v.domain = ?", domain), ("v.signalled_by = ?", signalled_by),
                              ("v.entry_date >= ?", date_from and date_from.isoformat()),
                              ("v.entry_date <= ?", date_to and date_to.isoformat())):
            if value:
                where.append(clause)
                params.append(value)
        if query.strip():
            expression = fts_query(query)
            if not expression:
                return []
            where.append("v.entry_id IN (SELECT rowid FROM logbook_fts"
                         " WHERE logbook_fts MATCH ?)")
            params.append(expression)
        order = "DESC" if newest_first else "ASC"
        rows = self.vault.read().execute(
            "SELECT v.entry_id, v.version_no, v.entry_date, v.entry_time, v.signalled_by,"
            " json_extract(v.content, '$.situation'),"
            " coalesce(json_extract(v.content, '$.interpretation'), '') <> '',"
            " coalesce(json_extract(v.content, '$.counter_signal'), 0),"
            " (SELECT group_concat(o.pupil_id) FROM logbook_entry_pupil o"
            "  WHERE o.entry_id = v.entry_id)"
            " FROM logbook_entry_pupil p JOIN logbook_version v ON v.entry_id = p.entry_id"
            " AND v.version_no = (SELECT max(version_no) FROM logbook_version"
            "  WHERE entry_id = p.entry_id)"
            f" WHERE {' AND '.join(where)}"
            f" ORDER BY v.entry_date {order}, coalesce(v.entry_time, '') {order},"
            f" v.entry_id {order}", params).fetchall()
        return [EntryRow(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4], r[5] or "",
                         bool(r[6]), bool(r[7]),
                         tuple(sorted(int(p) for p in (r[8] or "").split(",") if p)))
                for r in rows]

    def title(self, entry_id: int) -> str:
        """'Logboek 12-10-2026 (M. Hoekstra): Zoë zat …' for pickers and meldcode links."""
        item = self.item(entry_id)
        entry = item.current.content
        return _title(entry.entry_date, item.signalled_by, entry.situation)

    def titles(self, pupil_id: int) -> dict[int, str]:
        """``title`` of each of the pupil's entries, newest first (one query): what a
        signalenlijst offers to link and shows for a typed logboeknummer."""
        return {row.entry_id: _title(row.entry_date, row.signalled_by, row.situation)
                for row in self.list_rows(pupil_id)}

    def entry_days(self, pupil_id: int, entry_ids: Iterable[int]) -> dict[int, date]:
        """The day of each entry about this pupil that still exists (current version), by
        id; another child's note is left out (its day is that child's fact)."""
        ids = list(dict.fromkeys(entry_ids))
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.vault.read().execute(
            f"SELECT entry_id, entry_date FROM logbook_version v WHERE entry_id IN ({marks})"  # noqa: S608
            " AND version_no = (SELECT max(version_no) FROM logbook_version"
            " WHERE entry_id = v.entry_id) AND entry_id IN (SELECT entry_id FROM"
            " logbook_entry_pupil WHERE pupil_id = ?)", [*ids, pupil_id]).fetchall()
        return {r[0]: date.fromisoformat(r[1]) for r in rows}

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
