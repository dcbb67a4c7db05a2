"""Signalenlijsten and zorggesprekken removed on a granted request (issue 21).

Seed 003 l.4613-4620 lets parents have any dossier data removed, not only logboek
entries. What each kind takes along (its child rows, its attachments, its drafts), the
facts its proof keeps (the date, how many stored versions) and the texts a copy
elsewhere may quote are described here; ``RequestAnswerService`` carries it out in
its one transaction, through the same ``erase_rows`` path as retention.

Records a meldcode dossier cites as evidence are not removable, and neither is the
meldcode dossier itself: the school must keep it (Wet meldcode; the
aandachtsfunctionaris keeps it, seed 003 l.5281-5282). The answer may record that
decision so the letter tells the parents why (``MELDCODE_KIND``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from zorgdesk.domain.attachments.records import RecordKind
from zorgdesk.domain.text import snippet
from zorgdesk.services.attachments import retention as attachment_tables
from zorgdesk.services.conversations.retention import CONVERSATION_REMOVAL
from zorgdesk.services.removal_copies import fragments
from zorgdesk.services.retention import RecordTable
from zorgdesk.services.signals.retention import CHECK_REMOVAL

SIGNALS, CONVERSATION = "signalenlijst", "zorggesprek"  # record_kind in the proof
MELDCODE_KIND = "meldcodedossier"
# Where a meldcode event cites each kind (a list of ids, or one id).
_CITED_UNDER = {"logboeknotitie": "logboek_ids", SIGNALS: "signal_check_ids",
                CONVERSATION: "zorggesprek_id"}
_AGENDA = {SIGNALS: ("signalenlijst", "Signalenlijst"), CONVERSATION: (None, "Zorggesprek")}


@dataclass(frozen=True)
class RecordFacts:
    """What the proof and the copies need, read before the record goes."""

    record_date: date
    row_ids: tuple[int, ...]  # the record ids to erase, children first
    pupil_ids: tuple[int, ...]
    texts: tuple[str, ...]  # texts the app copies (whole or as title snippets)
    titles: tuple[str, ...] = ()  # whole titles the app copies (pickers, trail)
    others: tuple[str, ...] = ()  # other records' titles, never touched (a longer one
    # may start with a removed title: 'Gesprek' and 'Gesprek met moeder' on one day)

    @property
    def versions(self) -> int:
        return len(self.row_ids)


def removal_tables(kind: str) -> tuple[RecordTable, ...]:
    if kind == SIGNALS:
        return (*attachment_tables.record_tables(RecordKind.SIGNALENLIJST), *CHECK_REMOVAL)
    if kind == CONVERSATION:
        return (*attachment_tables.record_tables(RecordKind.ZORGGESPREK),
                *CONVERSATION_REMOVAL)
    raise ValueError(kind)


def agenda(kind: str) -> tuple[str | None, str]:
    """(the zorggesprek agenda source that points at this kind, its Dutch label)."""
    return _AGENDA[kind]


def cited_by_meldcode(cur, pupil_id: int) -> dict[str, set[int]]:
    """Per kind the records a meldcode dossier of this pupil cites as evidence."""
    cited: dict[str, set[int]] = {kind: set() for kind in _CITED_UNDER}
    rows = cur.execute(
        "SELECT e.event FROM meldcode_event e JOIN meldcode_trajectory t"
        " ON t.id = e.trajectory_id WHERE t.pupil_id = ?", (pupil_id,)).fetchall()
    for (event,) in rows:
        document = json.loads(event)
        for kind, key in _CITED_UNDER.items():
            cited[kind] |= {int(v) for v in _values_under(document, key)
                            if str(v).isdigit()}
    return cited


def has_meldcode_dossier(cur, pupil_id: int) -> bool:
    return cur.execute("SELECT 1 FROM meldcode_trajectory WHERE pupil_id = ? LIMIT 1",
                       (pupil_id,)).fetchone() is not None


def owner(cur, kind: str, record_id: int) -> int | None:
    table = "signal_check" if kind == SIGNALS else "conversation"
    row = cur.execute(f"SELECT pupil_id FROM {table} WHERE id = ?",  # noqa: S608
                      (record_id,)).fetchone()
    return None if row is None else int(row[0])


def facts(cur, kind: str, record_id: int) -> RecordFacts:
    if kind == SIGNALS:
        return _check_facts(cur, record_id)
    return _conversation_facts(cur, record_id)


def chain(cur, kind: str, record_id: int) -> set[int]:
    """The record's ids that go together: a signalenlijst with its whole correction
    chain (a correction is a new check that names the one it corrects); a zorggesprek
    alone (its aanvullingen, signatures and events are its own child rows)."""
    if kind != SIGNALS:
        return {record_id}
    row = cur.execute("SELECT pupil_id FROM signal_check WHERE id = ?",
                      (record_id,)).fetchone()
    if row is None:
        return {record_id}
    links = cur.execute("SELECT id, corrects_check_id FROM signal_check WHERE pupil_id = ?",
                        (row[0],)).fetchall()
    found, todo = {record_id}, [record_id]
    while todo:
        current = todo.pop()
        for a, b in links:
            for near in ((b,) if a == current else (a,) if b == current else ()):
                if near is not None and near not in found:
                    found.add(near)
                    todo.append(near)
    return found


def _check_facts(cur, check_id: int) -> RecordFacts:
    """A signalenlijst with its whole correction chain: they hold the same record, so all
    of them go. Its title names only date and author, and its notes are copied only into
    agenda items (replaced by id): no text to scrub elsewhere."""
    pupil_id, checked_on = cur.execute(
        "SELECT pupil_id, checked_on FROM signal_check WHERE id = ?", (check_id,)).fetchone()
    ordered = tuple(sorted(chain(cur, SIGNALS, check_id), reverse=True))  # newest first
    return RecordFacts(date.fromisoformat(checked_on), ordered, (int(pupil_id),), ())


def _conversation_facts(cur, conversation_id: int) -> RecordFacts:
    """A zorggesprek; the app copies it elsewhere only by its title (pickers, trail),
    so only that whole title is scrubbed: the same subject words in another
    zorggesprek are that record's own content and stay (issue 21 review). The titles of
    the pupil's other zorggesprekken are kept whole, so a removed title that is the
    start of another one only matches itself."""
    pupil_id, planned_on, subject = cur.execute(
        "SELECT pupil_id, planned_on, subject FROM conversation WHERE id = ?",
        (conversation_id,)).fetchone()
    return RecordFacts(date.fromisoformat(planned_on), (conversation_id,),
                       (int(pupil_id),), (), conversation_titles(planned_on, subject),
                       other_titles(cur, (int(pupil_id),), conversation_id=conversation_id))


def other_titles(cur, pupil_ids: tuple[int, ...], *, entry_id: int | None = None,
                 conversation_id: int | None = None) -> tuple[str, ...]:
    """What the app copies of the pupils' OTHER records, as it copies them: their
    logboek notes' texts (whole and as title snippets, every version) and their
    zorggesprekken's titles. A scrub keeps these whole, so a removed text or title that
    is the start of another record's only matches itself."""
    marks = ",".join("?" * len(pupil_ids))
    notes = cur.execute(
        f"SELECT v.content FROM logbook_version v WHERE v.entry_id != ? AND v.entry_id IN"  # noqa: S608
        f" (SELECT entry_id FROM logbook_entry_pupil WHERE pupil_id IN ({marks}))",
        (-1 if entry_id is None else entry_id, *pupil_ids)).fetchall()
    situations = [json.loads(content).get("situation") for (content,) in notes if content]
    talks = cur.execute(
        f"SELECT planned_on, subject FROM conversation WHERE id != ?"  # noqa: S608
        f" AND pupil_id IN ({marks})",
        (-1 if conversation_id is None else conversation_id, *pupil_ids)).fetchall()
    return tuple(sorted({*fragments(s for s in situations if isinstance(s, str)),
                         *(t for on, text in talks for t in conversation_titles(on, text))}))


def conversation_titles(planned_on: str, subject: str | None) -> tuple[str, ...]:
    """Every form in which the app copies a zorggesprek's title: pickers
    (``ConversationService.title``), printed links (``record_titles.printed_title``) and
    an overdracht's list of records in the sharing trail (``transfer.records``)."""
    day, subject = f"{date.fromisoformat(planned_on):%d-%m-%Y}", subject or ""
    whole = " ".join(subject.split())
    return tuple(dict.fromkeys((f"Zorggesprek {day}: {snippet(subject, 45)}",
                                f"Zorggesprek {day}: {whole}",
                                f"Zorggesprek van {day}: {subject}")))


def _values_under(value, key: str) -> list:
    """Every value stored under ``key`` anywhere in a JSON value (list items spread)."""
    found = []
    if isinstance(value, dict):
        for k, v in value.items():
            if k == key:
                found += v if isinstance(v, list) else [v]
            else:
                found += _values_under(v, key)
    elif isinstance(value, list):
        for item in value:
            found += _values_under(item, key)
    return found
