"""What a granted correction request added to the dossier (aanvullen, seed 003 l.4613-4616).

Parents may have the dossier completed. In ZorgDesk the IB does that in the logboek:
the parents' own zienswijze, an aanvulling on an entry, or a new entry. The answer then
names what was added: :func:`choices` offers what was recorded for the pupil on or after
the day the request came in; :func:`insert` keeps the proof (kind, number, dates; never
the content) in ``request_supplement`` (m0019), so the letter says exactly what was done.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from zorgdesk.domain.logbook import RequestSupplement, SupplementKind
from zorgdesk.store.audit import now_utc


@dataclass(frozen=True)
class SupplementChoice:
    """A record the answer may name as added on the request (for the dialog)."""

    kind: SupplementKind
    record_id: int
    record_date: date
    about_date: date | None
    title: str  # Dutch

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind.value, self.record_id)


def choices(cur, pupil_id: int, since: date, entries: dict[int, tuple[date, str]]
            ) -> list[SupplementChoice]:
    """Zienswijzen, aanvullingen and new logboek entries of the pupil dated on or after
    ``since``; ``entries``: the pupil's entries, number -> (date, title)."""
    found: list[SupplementChoice] = []
    for zid, received, entry_ids, given_by in cur.execute(
            "SELECT id, received, entry_ids, given_by FROM logbook_zienswijze"
            " WHERE pupil_id = ? AND received >= ? ORDER BY received, id",
            (pupil_id, since.isoformat())):
        linked = [int(i) for i in json.loads(entry_ids) if int(i) in entries]
        about = entries[linked[0]] if linked else None
        found.append(SupplementChoice(
            SupplementKind.ZIENSWIJZE, zid, date.fromisoformat(received),
            about[0] if about else None,
            f"Zienswijze van {given_by}, ontvangen {date.fromisoformat(received):%d-%m-%Y}"
            + (f", bij de notitie van {about[0]:%d-%m-%Y}" if about else "")))
    for pid, entry_id, note_date in cur.execute(
            "SELECT id, entry_id, note_date FROM logbook_progress WHERE note_date >= ?"
            " ORDER BY note_date, id", (since.isoformat(),)):
        if entry_id in entries:
            day = date.fromisoformat(note_date)
            found.append(SupplementChoice(SupplementKind.AANVULLING, pid, day,
                                          entries[entry_id][0],
                                          f"Aanvulling van {day:%d-%m-%Y} bij de notitie "
                                          f"van {entries[entry_id][0]:%d-%m-%Y}"))
    found += [SupplementChoice(SupplementKind.NOTITIE, entry_id, day, None,
                               f"Nieuwe notitie: {title}")
              for entry_id, (day, title) in sorted(entries.items()) if day >= since]
    return found


def insert(vault, cur, request_id: int, pupil_id: int,
           chosen: Iterable[SupplementChoice]) -> None:
    """The proof of each added record, inside the answer's transaction."""
    for choice in chosen:
        cur.execute(
            "INSERT INTO request_supplement (request_id, pupil_id, record_kind, record_id,"
            " record_date, about_date, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?)",
            (request_id, pupil_id, choice.kind.value, choice.record_id,
             choice.record_date.isoformat(),
             choice.about_date.isoformat() if choice.about_date else None,
             vault.user.name, now_utc()))
        vault.audit(cur, "logboek.aanvulling_op_verzoek", "request_supplement",
                    cur.lastrowid, {"request_id": request_id, "record_kind": choice.kind.value,
                                    "record_id": choice.record_id})


def read(cur) -> dict[int, list[RequestSupplement]]:
    """Every request's supplements, in the order they were recorded."""
    found: dict[int, list[RequestSupplement]] = {}
    for rid, kind, record_id, day, about, by, at in cur.execute(
            "SELECT request_id, record_kind, record_id, record_date, about_date,"
            " recorded_by, recorded_at FROM request_supplement ORDER BY id"):
        found.setdefault(rid, []).append(RequestSupplement(
            rid, SupplementKind(kind), record_id, date.fromisoformat(day),
            date.fromisoformat(about) if about else None, by, datetime.fromisoformat(at)))
    return found
