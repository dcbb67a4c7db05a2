"""Append-only tables: the database itself refuses UPDATE and DELETE.

Services never edit a saved record in place; a correction is a new row. Triggers
make that hold even for a bug in a service or a stray query. Retention deletion
(the only lawful removal) drops and recreates these triggers inside its own
transaction, and is audited.
"""

from __future__ import annotations

APPEND_ONLY_MESSAGE = "alleen-toevoegen"


def append_only_triggers(table: str) -> str:
    if not table.isidentifier():
        raise ValueError(f"not a table name: {table!r}")
    return f"""
CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}: {table}'); END;
CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}: {table}'); END;
"""
