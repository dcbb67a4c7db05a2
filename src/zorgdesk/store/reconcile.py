"""Reconcile the audit log with the records: what the log says exists must exist.

Every audit row names the table and row it wrote (``entity``, ``entity_id``). For the
sealed tables keyed by rowid, each row the log mentions must still be there, unless a
retention deletion ("leerling verwijderd (bewaartermijn)") was logged after the last
audit row about it, or the last audit row about it is its lawful removal on a granted
request of the parents ("gegevens verwijderd (verzoek ouders)"). This catches a record
deleted together with its seal, without any key, even after later saves rewrote the
head. A deletion *before* a later lawful retention deletion is excused here; the
per-table counts in the keyed head (``store/head.py``) still report it.
"""

from __future__ import annotations

from zorgdesk.store import seal
from zorgdesk.store.audit import REMOVAL_ACTION, RETENTION_ACTION


def rowid_tables() -> list[str]:
    return [t for t, (_cols, keys) in seal.SEALED.items() if keys == ("rowid",)]


def verify(cursor) -> list[str]:
    """Dutch findings, one per record the log mentions that is gone without retention."""
    existing = {r[0] for r in cursor.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    last_retention = cursor.execute(
        "SELECT coalesce(max(seq), 0) FROM audit_log WHERE action = ?",
        (RETENTION_ACTION,)).fetchone()[0]
    problems: list[str] = []
    for table in rowid_tables():
        if table not in existing:
            continue
        # SQLite takes the bare column ``action`` from the row holding max(seq).
        mentioned = cursor.execute(
            "SELECT entity_id, max(seq), action FROM audit_log WHERE entity = ?"
            " AND action != ? GROUP BY entity_id", (table, RETENTION_ACTION)).fetchall()
        if not mentioned:
            continue
        present = {r[0] for r in cursor.execute(f"SELECT rowid FROM {table}").fetchall()}  # noqa: S608
        for entity_id, last_seq, last_action in mentioned:
            if not str(entity_id).isdigit() or int(entity_id) in present:
                continue
            if last_action == REMOVAL_ACTION:
                continue  # removed lawfully on a granted request of the parents
            if last_retention > last_seq:
                continue  # deleted lawfully at the end of the retention period
            problems.append(seal.row_problem(table, int(entity_id), "verwijderd"))
    return sorted(set(problems), key=problems.index)
