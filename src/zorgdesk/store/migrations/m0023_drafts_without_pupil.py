"""A draft may belong to no pupil: forms without one keep what is typed too.

The jaarverantwoording, the sociale kaart, the anonymous Veilig Thuis case and a new
incident started while no pupil's dossier is open lost their typing on the idle lock:
``form_draft.pupil_id`` was NOT NULL (m0009). SQLite cannot drop NOT NULL in place, so
the table is rebuilt the way https://www.sqlite.org/lang_altertable.html#otheralter
says, as m0022 does: foreign keys off (``FOREIGN_KEYS_OFF``: the runner switches them
off before the transaction and runs ``PRAGMA foreign_key_check`` before the commit), a
new table from the stored SQL with only ``NOT NULL`` of ``pupil_id`` taken out (the
reference to the pupil, the primary key and anything else stay), every row copied
with its rowid (audit rows of the name rewrite at retention cite it), the old table
dropped, the new one renamed, its indexes and triggers recreated from their own stored
SQL, a counter in ``sqlite_sequence`` put back. form_draft is not sealed (seal.py);
no seal or audit row changes. One transaction; running it again changes nothing.

Retention: a draft without a pupil is not deleted with a departing pupil, but her name
leaves it (services.drafts: the name rewrite reads every row not hers).
"""

from __future__ import annotations

import re

SQL = ""  # a Python step: see run()
FOREIGN_KEYS_OFF = True

TABLE = "form_draft"
_NOT_NULL = re.compile(r"(\bpupil_id\s+INTEGER)\s+NOT\s+NULL\b", re.IGNORECASE)
_NAME = re.compile(r"^\s*CREATE\s+TABLE\s+(\"?)(\w+)\1", re.IGNORECASE)


def run(conn) -> None:
    """Rebuild ``form_draft`` with a nullable ``pupil_id`` (nothing if done before)."""
    if not pupil_required(conn):
        return
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (TABLE,)).fetchone()[0]
    temp = f"zd_new_{TABLE}"
    new_sql = _NAME.sub(f"CREATE TABLE {temp}", sql, count=1)
    new_sql, changed = _NOT_NULL.subn(r"\1", new_sql, count=1)
    if changed != 1:
        raise RuntimeError(f"m0023: {TABLE}.pupil_id not found in its SQL")
    dependants = conn.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger')"
        " AND sql IS NOT NULL ORDER BY type = 'trigger', rowid", (TABLE,)).fetchall()
    counter = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (TABLE,)
                           ).fetchone() if _has_sequence(conn) else None
    columns = ", ".join(f'"{r[1]}"' for r in conn.execute(f'PRAGMA table_info("{TABLE}")'))
    conn.execute(new_sql)
    conn.execute(f"INSERT INTO {temp} (rowid, {columns})"  # noqa: S608
                 f' SELECT rowid, {columns} FROM "{TABLE}"')
    conn.execute(f'DROP TABLE "{TABLE}"')
    conn.execute(f'ALTER TABLE {temp} RENAME TO "{TABLE}"')
    for (statement,) in dependants:
        conn.execute(statement)
    if counter is not None:
        conn.execute("DELETE FROM sqlite_sequence WHERE name = ?", (TABLE,))
        conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (TABLE, counter[0]))


def pupil_required(conn) -> bool:
    """Whether ``form_draft.pupil_id`` is still NOT NULL."""
    for row in conn.execute(f'PRAGMA table_info("{TABLE}")'):
        if row[1] == "pupil_id":
            return bool(row[3])
    raise RuntimeError(f"m0023: {TABLE} has no pupil_id")


def _has_sequence(conn) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'"
                        " AND name = 'sqlite_sequence'").fetchone() is not None
