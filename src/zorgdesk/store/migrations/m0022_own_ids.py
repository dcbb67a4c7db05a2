"""A deleted record never lends its id to a new one (AUTOINCREMENT on every own id).

Without AUTOINCREMENT SQLite gives a new row max(rowid) + 1. Deleting the row with the
highest id (a pupil at the end of her bewaartermijn, her guardians, logboek entries,
zorggesprekken, attachments ...) made that id come back for the next record, and the
audit rows of the deleted record ("leerling verwijderd (bewaartermijn)") then read as
the new record's history: in the retention/archive export, in reconciliation, in
anything keyed by id.

Every table with an id of its own (``id INTEGER PRIMARY KEY``; not the one-row school,
not the search index's shadow tables) is rebuilt as ``id INTEGER PRIMARY KEY
AUTOINCREMENT`` the way https://www.sqlite.org/lang_altertable.html#otheralter says:
foreign keys off (``FOREIGN_KEYS_OFF``: the runner switches them off before the
transaction and runs ``PRAGMA foreign_key_check`` before the commit), a new table with
the same columns, every row copied with its id, the old table dropped, the new one
renamed, its indexes and triggers (append-only, freeze, seal) recreated from their own
stored SQL. Ids and contents do not change, so every seal (keyed by table and rowid),
the audit chain and the keyed head stay valid; no seal trigger fires (the copy has no
triggers yet, DROP TABLE fires none).

Each table's counter (``sqlite_sequence``) then starts above the highest id the vault
ever used for it: its rows, the audit log (``entity`` = table, which still names the
ids of records deleted at retention or on the parents' request) and the record ids
other rows cite. One transaction; running it again changes nothing.
"""

from __future__ import annotations

import re

SQL = ""  # a Python step: see run()
FOREIGN_KEYS_OFF = True

SINGLE_ROW = frozenset({"school"})  # id 1 by CHECK; nothing to count
_OWN_ID = re.compile(r"\(\s*id\s+INTEGER\s+PRIMARY\s+KEY\s*,", re.IGNORECASE)
_NAME = re.compile(r"^\s*CREATE\s+TABLE\s+(\"?)(\w+)\1", re.IGNORECASE)

# Record ids other rows cite by kind (no foreign key, so they may name a deleted row).
CITED = (
    ("request_record_change", "record_id", "record_kind", {
        "signalenlijst": "signal_check", "zorggesprek": "conversation",
        "meldcodedossier": "meldcode_trajectory"}),
    ("logbook_request_change", "record_id", "record_kind", {"logboeknotitie": "logbook_entry"}),
    ("request_supplement", "record_id", "record_kind", {
        "zienswijze": "logbook_zienswijze", "logboeknotitie": "logbook_entry"}),
    ("attachment", "record_id", "record_kind", {
        "logboek": "logbook_entry", "signalenlijst": "signal_check",
        "zorggesprek": "conversation", "meldcode": "meldcode_trajectory"}),
    ("signal_check_item_logbook", "logbook_entry_id", None, {None: "logbook_entry"}),
)


def run(conn) -> None:
    """Rebuild every own-id table with AUTOINCREMENT, then raise the counters."""
    tables = own_id_tables(conn)
    for table in tables:
        _rebuild(conn, table)
    for table in tables:
        _raise_counter(conn, table, highest_used(conn, table))


def own_id_tables(conn) -> list[str]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                        " AND name NOT LIKE 'sqlite_%' ORDER BY rowid").fetchall()
    virtual = [n for n, sql in rows if sql.upper().startswith("CREATE VIRTUAL")]
    return [n for n, sql in rows
            if n not in SINGLE_ROW and _OWN_ID.search(sql)
            and not any(n.startswith(v + "_") for v in virtual)]


def _rebuild(conn, table: str) -> None:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (table,)).fetchone()[0]
    if "AUTOINCREMENT" in sql.upper():
        return  # done before
    temp = f"zd_new_{table}"
    new_sql = _NAME.sub(f"CREATE TABLE {temp}", sql, count=1)
    new_sql = _OWN_ID.sub("(\n    id INTEGER PRIMARY KEY AUTOINCREMENT,", new_sql, count=1)
    dependants = conn.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger')"
        " AND sql IS NOT NULL ORDER BY type = 'trigger', rowid", (table,)).fetchall()
    columns = ", ".join(f'"{r[1]}"' for r in conn.execute(f'PRAGMA table_info("{table}")'))
    conn.execute(new_sql)
    conn.execute(f'INSERT INTO {temp} ({columns}) SELECT {columns} FROM "{table}"')  # noqa: S608
    conn.execute(f'DROP TABLE "{table}"')
    conn.execute(f'ALTER TABLE {temp} RENAME TO "{table}"')
    for (statement,) in dependants:
        conn.execute(statement)


def highest_used(conn, table: str) -> int:
    """The highest id ``table`` ever gave: its rows, the audit log, the ids others cite."""
    found = [conn.execute(f'SELECT coalesce(max(id), 0) FROM "{table}"').fetchone()[0]]  # noqa: S608
    found.append(conn.execute(
        "SELECT coalesce(max(CAST(entity_id AS INTEGER)), 0) FROM audit_log"
        " WHERE entity = ? AND entity_id GLOB '[0-9]*'", (table,)).fetchone()[0])
    existing = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for citing, column, kind_column, kinds in CITED:
        if citing not in existing:
            continue
        for kind, target in kinds.items():
            if target != table:
                continue
            where, params = (f" WHERE {kind_column} = ?", (kind,)) if kind_column else ("", ())
            found.append(conn.execute(
                f"SELECT coalesce(max({column}), 0) FROM {citing}{where}",  # noqa: S608
                params).fetchone()[0])
    return max(int(n) for n in found)


def _raise_counter(conn, table: str, highest: int) -> None:
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
    if row is None:
        if highest > 0:
            conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)",
                         (table, highest))
    elif row[0] < highest:
        conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = ?", (highest, table))
