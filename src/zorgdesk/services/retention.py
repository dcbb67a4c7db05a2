"""Retention: find pupils past the school's retention period, export, then really delete.

Deletion is driven by retention plans, because every feature has its own tables.
Each feature declares a :class:`RetentionPlan` (its tables parent first, and hooks
that take the pupil's name out of records that stay); services/retention_plans.py
lists them in order, and the session hands that list to :class:`RetentionService`.
Tables are emptied children-first (the reverse of that order). Tables that do not
exist in a vault are skipped.
Append-only tables have their UPDATE/DELETE-refusing triggers dropped and recreated
inside the same transaction: a crash halfway leaves both data and triggers intact.

The audit entry says only "leerling verwijderd (bewaartermijn)" with the id; no
names, no field names. After the commit the WAL is checkpointed and the file
vacuumed; with ``secure_delete`` on, freed pages are zeroed, and the file is
encrypted throughout.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from zorgdesk.domain.people import Pupil
from zorgdesk.domain.validation import FieldProblem, ValidationError
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.services.settings import meldcode_retention_years, retention_years
from zorgdesk.store import audit
from zorgdesk.store.vault import Vault

RETENTION_ACTION = audit.RETENTION_ACTION


@dataclass(frozen=True)
class PupilTable:
    name: str
    where: str  # SQL condition with the named parameter :pupil_id
    append_only: bool = False

    def __post_init__(self) -> None:
        if not self.name.isidentifier() or ":pupil_id" not in self.where:
            raise ValueError(f"bad pupil table {self.name!r}")


@dataclass(frozen=True)
class RecordTable:
    """A table that loses the rows of one record (``:record_id``) on a granted removal."""

    name: str
    where: str  # SQL condition with the named parameter :record_id
    append_only: bool = False

    def __post_init__(self) -> None:
        if not self.name.isidentifier() or ":record_id" not in self.where:
            raise ValueError(f"bad record table {self.name!r}")


# A hook runs inside the deletion transaction: hook(vault, cursor, pupil).
DeleteHook = Callable[[Vault, Any, Pupil], None]


@dataclass(frozen=True)
class RetentionPlan:
    """What leaves with a pupil for one feature: its tables, parent first, and hooks.

    Before: data that stays but mentions the pupil (e.g. logboek entries shared with
    others). After: e.g. merging a search index so no token is left.
    """

    tables: tuple[PupilTable, ...] = ()
    before_delete: tuple[DeleteHook, ...] = ()
    after_delete: tuple[DeleteHook, ...] = ()


# The base data. The pupil row itself goes last (first in the first plan).
BASE_PLAN = RetentionPlan(tables=(
    PupilTable("pupil", "id = :pupil_id"),
    PupilTable("guardian", "pupil_id = :pupil_id"),
    # The nicknames of the pupil and of the pupil's guardians (m0024): they go with them.
    PupilTable("person_nickname", "pupil_id = :pupil_id OR guardian_id IN"
                                  " (SELECT id FROM guardian WHERE pupil_id = :pupil_id)"),
    PupilTable("sibling_link", "pupil_a = :pupil_id OR pupil_b = :pupil_id"),
))


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class RetentionService:
    def __init__(self, vault: Vault, clock: Clock = SYSTEM_CLOCK, *,
                 plans: Sequence[RetentionPlan], basedata: BaseDataService,
                 same_service_on: Callable[[Vault], RetentionService]) -> None:
        """``plans``: every feature's plan, in order (services/retention_plans.py).
        ``same_service_on(vault)``: this service as the session builds it, on a worker
        thread's own connection (for ``deletion_for_worker``)."""
        self.vault = vault
        self.clock = clock
        self.plans = tuple(plans)
        self._basedata = basedata
        self.same_service_on = same_service_on

    @property
    def today(self) -> date:
        return self.clock.today()

    def due(self) -> list[Pupil]:
        """Pupils whose whole dossier may go: every term that applies to it has passed."""
        return [p for p, _until in self.due_since()]

    def due_since(self) -> list[tuple[Pupil, date]]:
        """As :meth:`due`, with the last day of the term that applies to each pupil."""
        return [(p, until) for p, until in self._past_pupil_term() if until < self.today]

    def held(self) -> list[tuple[Pupil, date]]:
        """Past the leerlingdossier term, but kept for a meldcode dossier until the date.

        The dossier is not torn apart: the meldcode trajectory refers to logboek entries,
        signalenlijsten and zorggesprekken as its evidence, so all of it stays.
        """
        return [(p, until) for p, until in self._past_pupil_term() if until >= self.today]

    def _past_pupil_term(self) -> list[tuple[Pupil, date]]:
        years = retention_years(self.vault)
        meldcode_years = meldcode_retention_years(self.vault)
        with_meldcode = self._pupils_with_meldcode()
        found = []
        for p in self._basedata.pupils(include_inactive=True):
            if p.leave_date is None or _add_years(p.leave_date, years) >= self.today:
                continue
            until = _add_years(p.leave_date, meldcode_years if p.id in with_meldcode else years)
            found.append((p, until))
        return found

    def _pupils_with_meldcode(self) -> set[int]:
        if "meldcode_trajectory" not in self._table_names():
            return set()
        return {r[0] for r in self.vault.read().execute(
            "SELECT DISTINCT pupil_id FROM meldcode_trajectory").fetchall()}

    def _table_names(self) -> set[str]:
        return {r[0] for r in self.vault.read().execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}

    def _existing(self) -> list[PupilTable]:
        names = self._table_names()
        return [t for plan in self.plans for t in plan.tables if t.name in names]

    def export_json(self, pupil_id: int) -> bytes:
        """Everything about one pupil, machine-readable (inzage / archive before deletion)."""
        self._basedata.pupil(pupil_id)  # LookupError when unknown
        cur = self.vault.read()
        tables = {}
        for table in self._existing():
            cur.execute(f"SELECT * FROM {table.name} WHERE {table.where}",  # noqa: S608
                        {"pupil_id": pupil_id})
            columns = [d[0] for d in cur.description]
            tables[table.name] = [dict(zip(columns, _plain_row(row), strict=True))
                                  for row in cur.fetchall()]
        entries = audit.read_entries(cur, "pupil", pupil_id)
        document = {
            "format": "zorgdesk-inzage", "version": 1,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "pupil_id": pupil_id, "tables": tables,
            "audit": [{"seq": e.seq, "ts": e.ts, "actor": e.actor, "action": e.action,
                       "fields": list(e.fields)} for e in entries],
        }
        return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")

    def delete_after_export(self, pupil_id: int, proof: str) -> bool:
        """Remove every row of a pupil past retention; True when the compacted file
        left nothing in the -wal file (``Vault.compact``).

        ``proof`` is ``export_digest(export)`` of an export made after the last change,
        so nothing is deleted that was not exported first.
        """
        pupil = self._basedata.pupil(pupil_id)
        held = dict((p.id, until) for p, until in self.held())
        if pupil.id in held:
            raise ValidationError([FieldProblem(
                "pupil", "Dit dossier bevat een meldcodedossier en wordt bewaard tot "
                f"{held[pupil.id]:%d-%m-%Y}.")])
        if pupil.id not in {p.id for p in self.due()}:
            raise ValidationError([FieldProblem(
                "pupil", "De bewaartermijn van deze leerling is nog niet verstreken.")])
        if export_digest(self.export_json(pupil_id)) != proof:
            raise ValidationError([FieldProblem(
                "export", "Maak eerst een export van het dossier; daarna kan het weg.")])
        tables = self._existing()
        with self.vault.transaction() as cur:
            # Registered parent-first; deleting children-first can still briefly orphan a
            # link row (e.g. an entry before its pupil link). Checked at commit instead.
            cur.execute("PRAGMA defer_foreign_keys = ON")
            for hook in (h for plan in self.plans for h in plan.before_delete):
                hook(self.vault, cur, pupil)
            erase_rows(cur, reversed(tables), {"pupil_id": pupil_id})
            for hook in (h for plan in self.plans for h in plan.after_delete):
                hook(self.vault, cur, pupil)
            self.vault.audit(cur, RETENTION_ACTION, "pupil", pupil_id, {})
        return self.vault.compact()


    def deletion_for_worker(self, pupil_id: int, proof: str) -> Callable[[], bool]:
        """``delete_after_export`` as work for a worker thread; made on the UI thread.

        The returned function opens the vault on a connection of its own thread, runs
        the same checks and the same one transaction there, and closes it. Meanwhile
        the session's connection must not write (the UI shows a window-modal dialog).
        It returns whether the -wal file was emptied; if not (the session's connection
        kept it busy) the UI thread calls ``Session.settle_compact`` afterwards.
        """
        open_writer, same_service_on = self.vault.writer_for_worker(), self.same_service_on

        def delete() -> bool:
            writer = open_writer()
            try:
                return same_service_on(writer).delete_after_export(pupil_id, proof)
            finally:
                writer.close()

        return delete


def _content_digest(document: dict) -> str:
    stable = {k: v for k, v in document.items() if k != "exported_at"}
    return hashlib.sha256(json.dumps(stable, sort_keys=True, ensure_ascii=False)
                          .encode("utf-8")).hexdigest()


def export_digest(export: bytes) -> str:
    """The proof ``delete_after_export`` asks for: what was exported, minus the timestamp."""
    return _content_digest(json.loads(export))


def _plain_row(row: tuple) -> list:
    return [v.hex() if isinstance(v, bytes | bytearray) else v for v in row]


def erase_rows(cur, tables: Iterable[PupilTable | RecordTable], params: dict) -> None:
    """The one deletion path for lawful erasure (retention, a granted removal request).

    Deletes in the order given (children first); append-only tables have their
    UPDATE/DELETE-refusing triggers dropped and recreated around their delete, inside
    the caller's transaction, so a failure halfway leaves data and triggers intact.
    The seal triggers stay: they remove each row's seal and tell the keyed head.
    """
    for table in tables:
        triggers = drop_append_only(cur, table.name) if table.append_only else []
        cur.execute(f"DELETE FROM {table.name} WHERE {table.where}", params)  # noqa: S608
        for sql in triggers:
            cur.execute(sql)


def drop_append_only(cur, table: str) -> list[str]:
    rows = cur.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"
        r" AND (name LIKE '%\_no\_update' ESCAPE '\' OR name LIKE '%\_no\_delete' ESCAPE '\')",
        (table,),
    ).fetchall()  # append-only triggers and the like (e.g. conversation_frozen_no_update)
    for name, _sql in rows:
        cur.execute(f"DROP TRIGGER {name}")
    return [sql for _name, sql in rows]
