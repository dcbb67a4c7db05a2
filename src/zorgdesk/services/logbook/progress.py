"""Aanvullingen over het verloop: dated additions to a logboek entry (append-only).

An addition says what happened after the observation and may record that an earlier
story or suspicion was confirmed or refuted (seed 003 l.1584-1585). The entry itself
keeps its text; changing what was observed is a correction with a reason instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

from zorgdesk.domain.dates import parse_dutch_time
from zorgdesk.domain.logbook import ProgressNote, SuspicionOutcome
from zorgdesk.domain.validation import MAX_TEXT, FieldProblem, ValidationError, parse_date
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.store.audit import now_utc
from zorgdesk.store.vault import Vault

OUTCOME_LABELS = {
    SuspicionOutcome.NONE: "Niets over een eerder verhaal of vermoeden",
    SuspicionOutcome.CONFIRMED: "Eerder verhaal of vermoeden is bevestigd",
    SuspicionOutcome.REFUTED: "Eerder verhaal of vermoeden is ontkracht",
}


class LogbookProgressService:
    def __init__(self, vault: Vault, clock: Clock = SYSTEM_CLOCK) -> None:
        self.vault = vault
        self.clock = clock

    @property
    def today(self) -> date:
        return self.clock.today()

    def _entry_date(self, entry_id: int) -> date | None:
        row = self.vault.read().execute(
            "SELECT entry_date FROM logbook_version WHERE entry_id = ?"
            " ORDER BY version_no DESC LIMIT 1", (entry_id,)).fetchone()
        return date.fromisoformat(row[0]) if row else None

    def _validate(self, entry_id: int, note_date: date | str | None,
                  note_time: time | str | None, text: str, outcome: str
                  ) -> tuple[date, time | None, str, SuspicionOutcome]:
        problems: list[FieldProblem] = []
        entry_date = self._entry_date(entry_id)
        if entry_date is None:
            raise ValidationError([FieldProblem("entry", "Deze logboeknotitie bestaat niet.")])
        when = parse_date(note_date, "note_date", "de datum", problems)
        if when is not None and when > self.today:
            problems.append(FieldProblem("note_date", "De datum ligt in de toekomst."))
        elif when is not None and when < entry_date:
            problems.append(FieldProblem(
                "note_date", f"De datum ligt vóór de notitie zelf ({entry_date:%d-%m-%Y}); "
                             "een aanvulling gaat over wat daarna gebeurde."))
        at = None
        if isinstance(note_time, time):
            at = note_time
        elif (note_time or "").strip():
            try:
                at = parse_dutch_time(note_time)
            except ValueError as exc:
                problems.append(FieldProblem("note_time", str(exc)))
        body = (text or "").strip()
        if not body:
            problems.append(FieldProblem("text", "Beschrijf het verloop."))
        elif len(body) > MAX_TEXT:
            problems.append(FieldProblem(
                "text", f"De aanvulling is te lang (maximaal {MAX_TEXT} tekens)."))
        elif "\x00" in body:
            problems.append(FieldProblem("text", "De tekst bevat een ongeldig teken (NUL)."))
        try:
            kind = SuspicionOutcome(outcome or "")
        except ValueError:
            problems.append(FieldProblem("outcome", "Kies bevestigd, ontkracht of niets."))
            kind = SuspicionOutcome.NONE
        if problems:
            raise ValidationError(problems)
        return when, at, body, kind

    def add(self, entry_id: int, note_date: date | str | None, note_time: time | str | None,
            text: str, outcome: str = "") -> int:
        when, at, body, kind = self._validate(entry_id, note_date, note_time, text, outcome)
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO logbook_progress (entry_id, note_date, note_time, text, outcome,"
                " author, created_at) VALUES (?,?,?,?,?,?,?)",
                (entry_id, when.isoformat(), at.strftime("%H:%M") if at else None, body,
                 kind.value, self.vault.user.name, now_utc()))
            note_id = cur.lastrowid
            self.vault.audit(cur, "logboek.aanvulling_toegevoegd", "logbook_progress", note_id,
                             {"entry_id": entry_id, "note_date": when.isoformat(),
                              "text": body, "outcome": kind.value})
        return note_id

    def for_entries(self, entry_ids: Iterable[int]) -> dict[int, list[ProgressNote]]:
        """Additions per entry, oldest first; entries without any are absent."""
        ids = sorted({int(i) for i in entry_ids})
        found: dict[int, list[ProgressNote]] = {}
        # Chunked: SQLite limits the number of parameters in one statement.
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = self.vault.read().execute(
                "SELECT entry_id, note_date, note_time, text, outcome, author, created_at"
                f" FROM logbook_progress WHERE entry_id IN ({','.join('?' * len(chunk))})"
                " ORDER BY note_date, note_time, id", chunk)
            for entry_id, day, at, text, outcome, author, created in rows:
                found.setdefault(entry_id, []).append(ProgressNote(
                    str(entry_id), date.fromisoformat(day),
                    time.fromisoformat(at) if at else None, text, author,
                    datetime.fromisoformat(created), SuspicionOutcome(outcome)))
        return found

    def for_entry(self, entry_id: int) -> list[ProgressNote]:
        return self.for_entries([entry_id]).get(int(entry_id), [])
