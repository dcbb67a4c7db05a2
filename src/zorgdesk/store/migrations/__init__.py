"""Numbered schema migrations, applied in order; ``PRAGMA user_version`` records the last.

Each module ``mNNNN_<name>.py`` defines ``SQL`` (a script). Never edit a released
migration: add a new one, so every existing vault can be brought forward.
"""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
import re

import sqlcipher3

from zorgdesk.store import seal
from zorgdesk.store.errors import VaultTooNewError

_NAME = re.compile(r"^m(\d{4})_\w+$")


def available() -> list[tuple[int, str]]:
    found = []
    for module in pkgutil.iter_modules(__path__):
        match = _NAME.match(module.name)
        if match:
            found.append((int(match.group(1)), module.name))
    found.sort()
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migration numbers must be consecutive: {numbers}")
    return found


def latest_version() -> int:
    return len(available())


def load_sql(module_name: str) -> str:
    return importlib.import_module(f"{__name__}.{module_name}").SQL


def migrate(conn) -> None:
    """Bring the vault on ``conn`` to the latest version, one transaction per migration;
    VaultTooNewError for a vault of a newer ZorgDesk."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    latest = latest_version()
    if current > latest:
        raise VaultTooNewError()
    if current < latest:
        seal.ensure_table(conn)  # before the migrations, so one may append seal_sql
    for number, module_name in available():
        if number <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in split_sql(load_sql(module_name)):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(number)}")
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):  # SQLite may have rolled back itself
                conn.execute("ROLLBACK")
            raise


def split_sql(script: str) -> list[str]:
    """Split a migration script into statements (executescript would auto-commit)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
