"""Kluis controleren and ``zorgdesk verify`` name a changed row by the record the IB knows.

The store reports a sealed row by its kind and the vault's row number ('Signaal in
signalenlijst 45 is gewijzigd buiten ZorgDesk.'): a number no screen shows. Here such a
finding (``seal.RowProblem``) gets the record's name as the app prints it elsewhere:
'Signalenlijst 3 van 12-10-2026 (Zoë van der Berg): een signaal in signalenlijst is
gewijzigd buiten ZorgDesk.' Only kind, number the IB knows, date and pupil; never what
the record says (no situatie, no subject, no notes). The plain finding (its ``str``)
stays as it was for anything that is kept or logged.

A row that is gone, or whose record cannot be read (a damaged vault), keeps the plain
finding: naming must never hide a problem.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import sqlcipher3

from zorgdesk.store.seal import FEATURE_LABELS, RowProblem, label_of

if TYPE_CHECKING:
    from zorgdesk.services.session import Session

# Sealed table -> (kind of record, SQL giving the record's id for the row's seal key).
# Only id columns are read: the row may be the changed one, its text is not used.
_OWNER_SQL = {
    "logbook_entry": ("logboek", "SELECT id FROM logbook_entry WHERE rowid = ?"),
    "logbook_version": ("logboek", "SELECT entry_id FROM logbook_version WHERE rowid = ?"),
    "logbook_progress": ("logboek", "SELECT entry_id FROM logbook_progress WHERE rowid = ?"),
    "logbook_agreement_evaluation": (
        "logboek", "SELECT entry_id FROM logbook_agreement_evaluation WHERE rowid = ?"),
    "signal_check": ("signalenlijst", "SELECT id FROM signal_check WHERE rowid = ?"),
    "signal_check_item": ("signalenlijst",
                          "SELECT check_id FROM signal_check_item WHERE rowid = ?"),
    "signal_check_number": ("signalenlijst",
                            "SELECT check_id FROM signal_check_number WHERE check_id = ?"),
    "conversation": ("zorggesprek", "SELECT id FROM conversation WHERE rowid = ?"),
    **{table: ("zorggesprek", f"SELECT conversation_id FROM {table} WHERE rowid = ?")
       for table in ("conversation_status_event", "conversation_addendum",
                     "conversation_scan", "conversation_action_event")},
    "meldcode_trajectory": ("meldcode", "SELECT id FROM meldcode_trajectory WHERE rowid = ?"),
    "meldcode_event": ("meldcode", "SELECT trajectory_id FROM meldcode_event WHERE rowid = ?"),
    "pupil": ("leerling", "SELECT id FROM pupil WHERE rowid = ?"),
    "guardian": ("leerling", "SELECT pupil_id FROM guardian WHERE rowid = ?"),
    "attachment": ("leerling", "SELECT pupil_id FROM attachment WHERE rowid = ?"),
}
# The record's own table: its finding names the record alone, without the row's kind.
_RECORD_TABLES = frozenset({"logbook_entry", "signal_check", "conversation",
                            "meldcode_trajectory", "pupil"})


def named_problems(session: Session, problems: Iterable[str]) -> list[str]:
    """The findings for the IB: each row finding with its record's name (see above)."""
    names: dict[tuple[str, int], str | None] = {}
    named = []
    for problem in problems:
        name = None
        if isinstance(problem, RowProblem) and problem.what != "verwijderd":
            owner = _owner(session, problem)
            if owner is not None:
                if owner not in names:
                    names[owner] = _record_name(session, *owner)
                name = names[owner]
        named.append(_sentence(problem, name) if name else str(problem))
    return named


def _sentence(problem: RowProblem, name: str) -> str:
    if problem.table in _RECORD_TABLES:
        return f"{name} is {problem.what} buiten ZorgDesk."
    label = label_of(problem.table)
    part = f"een {label}" if problem.table in FEATURE_LABELS else label
    return f"{name}: {part} is {problem.what} buiten ZorgDesk."


def _owner(session: Session, problem: RowProblem) -> tuple[str, int] | None:
    kind_sql = _OWNER_SQL.get(problem.table)
    if kind_sql is None:
        return None
    kind, sql = kind_sql
    try:
        row = session.vault.read().execute(sql, (problem.row_id,)).fetchone()
    except (sqlcipher3.Error, sqlite3.Error):
        return None
    return (kind, int(row[0])) if row and isinstance(row[0], int) else None


def _record_name(session: Session, kind: str, record_id: int) -> str | None:
    """'Signalenlijst 3 van 12-10-2026 (Zoë van der Berg)'; None when unreadable."""
    namer = _NAMERS[kind]
    try:
        return namer(session, record_id)
    except (LookupError, ValueError, TypeError, sqlcipher3.Error, sqlite3.Error):
        return None


def _pupils(session: Session, pupil_ids: Iterable[int | str]) -> str:
    return ", ".join(session.basedata.pupil(int(p)).display_name for p in pupil_ids)


def _logbook(session: Session, entry_id: int) -> str:
    item = session.logbook.item(entry_id)
    day = item.current.content.entry_date
    return (f"Logboeknotitie nr. {entry_id} van {day:%d-%m-%Y} "
            f"({_pupils(session, item.pupil_ids)})")


def _signal_check(session: Session, check_id: int) -> str:
    check = session.signals.check(check_id)
    return f"{check.heading} ({_pupils(session, [check.pupil_id])})"


def _conversation(session: Session, conversation_id: int) -> str:
    stored = session.conversations.get(conversation_id)
    return (f"Zorggesprek van {stored.gesprek.on:%d-%m-%Y} "
            f"({_pupils(session, [stored.pupil_id])})")


def _meldcode(session: Session, trajectory_id: int) -> str:
    trajectory = session.meldcode.load(trajectory_id)
    started = trajectory.state.start_date
    when = f", gestart {started:%d-%m-%Y}" if started else ""
    return f"Meldcodetraject ({_pupils(session, [trajectory.pupil_id])}{when})"


def _pupil(session: Session, pupil_id: int) -> str:
    return f"Leerling {_pupils(session, [pupil_id])}"


_NAMERS: dict[str, Callable[[Session, int], str]] = {
    "logboek": _logbook, "signalenlijst": _signal_check, "zorggesprek": _conversation,
    "meldcode": _meldcode, "leerling": _pupil,
}
