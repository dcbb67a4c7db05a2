"""Row seals: a keyed MAC per row, so a record changed outside ZorgDesk is detected.

The audit chain proves the *log* was not edited; it cannot prove a pupil row still
holds what ZorgDesk wrote, because audit rows carry only field names and a digest
of what one service call passed (an update logs only the changed fields). Seals
close that gap with a mechanism that does not depend on every service passing the
right dictionary:

* Triggers on every sealed table call ``zd_seal(...)`` after each INSERT/UPDATE and
  store the MAC in ``row_seal``. The function exists only on connections ZorgDesk
  opened (it is registered with the vault's key), so the triggers see every write
  a service makes - without the services knowing about seals.
* Opened with any other SQLCipher client (even with the right key), the function
  is missing: INSERT, UPDATE and DELETE on a sealed table fail. To change a row
  anyway someone must drop the triggers - ``verify`` reports missing triggers and
  every row whose content no longer matches its seal.

The base tables are sealed once, when a vault without ``row_seal`` is opened
(``install``), so no migration number is needed. Features can seal their own tables
by appending ``seal_sql(table, columns)`` to their migration's SQL.

Limit (documented in docs/security.md): someone who holds the data key and reads
this source can recompute seals, exactly as for the audit chain.
"""

from __future__ import annotations

import hashlib
import hmac
import json

SEAL_FUNCTION = "zd_seal"
GUARD_FUNCTION = "zd_seal_guard"

# The base tables and their columns; verify insists on these even if meta is edited.
BASE_SEALED = {
    "school": ("name", "place", "logo", "retention_years"),
    "app_user": ("name", "role"),
    "staff": ("name", "role", "active"),
    "school_group": ("name", "active"),
    "pupil": ("first_name", "tussenvoegsel", "last_name", "date_of_birth", "gender",
              "group_id", "start_date", "leave_date", "active"),
    "guardian": ("pupil_id", "name", "relation", "phone", "email", "parental_authority",
                 "active"),
    "sibling_link": ("pupil_a", "pupil_b"),
    "setting": ("key", "value"),
    "sharing_record": ("pupil_id", "shared_on", "shared_with", "what", "basis",
                       "recorded_by", "recorded_at"),
}
REQUIRED_SEALED = tuple(BASE_SEALED)

TABLE_LABELS = {
    "school": "de school", "app_user": "een gebruiker", "staff": "een medewerker",
    "school_group": "een groep", "pupil": "een leerling", "guardian": "een ouder/verzorger",
    "sibling_link": "een broer/zus-koppeling", "setting": "een instelling",
    "sharing_record": "een verstrekking",
}

ROW_SEAL_TABLE_SQL = """
CREATE TABLE row_seal (
    tbl TEXT NOT NULL,
    row_id NOT NULL,  -- rowid, or the primary key for tables whose rowid VACUUM may change
    mac TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id)
);
"""


def seal_key(data_key: bytes) -> bytes:
    return hmac.new(bytes(data_key), b"zorgdesk-rowseal-v1", hashlib.sha256).digest()


def _plain(value: object) -> object:
    if isinstance(value, bytes | bytearray | memoryview):
        return "blob:" + hashlib.sha256(bytes(value)).hexdigest()
    return value


def row_mac(key: bytes, table: str, row_id: object, values: tuple | list) -> str:
    payload = json.dumps([table, row_id, [_plain(v) for v in values]],
                         ensure_ascii=False, separators=(",", ":"), default=str)
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def register(conn, key: bytes) -> None:
    """Make the seal triggers work on this connection (ZorgDesk's own only)."""
    conn.create_function(SEAL_FUNCTION, -1,
                         lambda table, row_id, *values: row_mac(key, table, row_id, values),
                         deterministic=True)
    conn.create_function(GUARD_FUNCTION, 0, lambda: 1)


def _check(name: str) -> str:
    if not name.isidentifier():
        raise ValueError(f"not an identifier: {name!r}")
    return name


def _key_expr(key_columns: tuple[str, ...], prefix: str) -> str:
    return " || '-' || ".join(f"{prefix}{c}" for c in key_columns)


# Tables without an INTEGER PRIMARY KEY: VACUUM may renumber their rowids, so their
# seals are keyed by the real primary key instead.
KEY_COLUMNS = {"sibling_link": ("pupil_a", "pupil_b"), "setting": ("key",)}


def seal_sql(table: str, columns: tuple[str, ...] | list[str],
             key_columns: tuple[str, ...] = ("rowid",)) -> str:
    """Triggers + initial seals + meta registration for one table (for a migration).

    ``key_columns``: keep the default for tables with an INTEGER PRIMARY KEY; pass
    the primary-key columns otherwise (VACUUM keeps only INTEGER PRIMARY KEY rowids).
    """
    table = _check(table)
    cols = [_check(c) for c in columns]
    keys = tuple(_check(c) for c in key_columns)
    new_values = ", ".join(f"NEW.{c}" for c in cols)
    row_values = ", ".join(cols)
    new_key, old_key = _key_expr(keys, "NEW."), _key_expr(keys, "OLD.")
    row_key = _key_expr(keys, "")
    meta_value = json.dumps({"columns": cols, "key": list(keys)}).replace("'", "''")
    return f"""
INSERT INTO meta (key, value) VALUES ('sealed:{table}', '{meta_value}');
INSERT INTO row_seal (tbl, row_id, mac)
    SELECT '{table}', {row_key}, {SEAL_FUNCTION}('{table}', {row_key}, {row_values})
    FROM {table};
CREATE TRIGGER {table}_seal_insert AFTER INSERT ON {table}
BEGIN
    INSERT OR REPLACE INTO row_seal (tbl, row_id, mac)
    VALUES ('{table}', {new_key}, {SEAL_FUNCTION}('{table}', {new_key}, {new_values}));
END;
CREATE TRIGGER {table}_seal_update AFTER UPDATE ON {table}
BEGIN
    DELETE FROM row_seal WHERE tbl = '{table}' AND row_id = {old_key};
    INSERT OR REPLACE INTO row_seal (tbl, row_id, mac)
    VALUES ('{table}', {new_key}, {SEAL_FUNCTION}('{table}', {new_key}, {new_values}));
END;
CREATE TRIGGER {table}_seal_delete AFTER DELETE ON {table}
BEGIN
    SELECT {GUARD_FUNCTION}();
    DELETE FROM row_seal WHERE tbl = '{table}' AND row_id = {old_key};
END;
"""


def install(conn, split_sql) -> None:
    """Seal the base tables (each once per vault, inside one transaction).

    Base tables that do not exist yet (an older schema being migrated) are noted as
    pending and sealed on a later open. A table whose seal someone removed is NOT
    sealed again: that would launder the change, so verify reports it instead.
    """
    existing = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    if "row_seal" in existing:
        row = conn.execute("SELECT value FROM meta WHERE key = 'seal_pending'").fetchone()
        todo = [t for t in (json.loads(row[0]) if row else []) if t in existing]
        script = ""
    else:
        todo = [t for t in BASE_SEALED if t in existing]
        script = ROW_SEAL_TABLE_SQL
    if not todo and script == "":
        return
    script += "".join(seal_sql(t, BASE_SEALED[t], KEY_COLUMNS.get(t, ("rowid",)))
                      for t in todo if t in BASE_SEALED)
    pending = json.dumps([t for t in BASE_SEALED if t not in existing])
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in split_sql(script):
            conn.execute(statement)
        conn.execute("INSERT INTO meta (key, value) VALUES ('seal_pending', ?) ON CONFLICT(key)"
                     " DO UPDATE SET value = excluded.value", (pending,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def sealed_tables(cursor) -> dict[str, tuple[list[str], list[str]]]:
    """table -> (sealed columns, key columns), as registered in meta."""
    rows = cursor.execute("SELECT key, value FROM meta WHERE key LIKE 'sealed:%'").fetchall()
    found = {}
    for key, value in rows:
        try:
            data = json.loads(value)
            found[key.split(":", 1)[1]] = ([str(c) for c in data["columns"]],
                                           [str(c) for c in data["key"]])
        except (ValueError, KeyError, TypeError):
            found[key.split(":", 1)[1]] = ([], ["rowid"])
    return found


def verify_seals(cursor, key: bytes) -> list[str]:
    """Dutch descriptions of rows changed, added or removed outside ZorgDesk."""
    problems: list[str] = []
    tables = sealed_tables(cursor)
    if not tables:
        return problems  # a vault from before seals existed and not yet migrated
    triggers = {r[0] for r in cursor.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()}
    existing = {r[0] for r in cursor.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    for table in REQUIRED_SEALED:
        if table not in tables and table in existing:
            problems.append(f"De beveiliging van {TABLE_LABELS[table]}-gegevens is verwijderd.")
    for table, (columns, keys) in sorted(tables.items()):
        label = TABLE_LABELS.get(table, f"tabel {table}")
        missing = [t for t in ("insert", "update", "delete")
                   if f"{table}_seal_{t}" not in triggers]
        if missing:
            problems.append(f"De beveiliging op {label}-gegevens is buiten ZorgDesk verwijderd.")
        try:
            _check(table)
            rows = cursor.execute(
                f"SELECT {_key_expr(tuple(_check(k) for k in keys), '')}, "
                f"{', '.join(_check(c) for c in columns)} FROM {table}").fetchall()
        except Exception:  # noqa: BLE001 - a damaged schema is itself the finding
            problems.append(f"De gegevens van {label} kunnen niet worden gecontroleerd.")
            continue
        seals = dict(cursor.execute("SELECT row_id, mac FROM row_seal WHERE tbl = ?",
                                    (table,)).fetchall())
        for row in rows:
            stored = seals.pop(row[0], None)
            if stored is None:
                problems.append(f"Er is buiten ZorgDesk {label} toegevoegd (nr. {row[0]}).")
            elif not hmac.compare_digest(stored, row_mac(key, table, row[0], row[1:])):
                problems.append(f"De gegevens van {label} (nr. {row[0]}) zijn buiten "
                                "ZorgDesk gewijzigd.")
        for row_id in sorted(seals, key=str):
            problems.append(f"Er is buiten ZorgDesk {label} verwijderd (nr. {row_id}).")
    return problems
