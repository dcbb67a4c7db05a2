"""Numbered schema migrations, applied in order; ``PRAGMA user_version`` records the last.

Each module ``mNNNN_<name>.py`` defines ``SQL`` (a script). Never edit a released
migration: add a new one, so every existing vault can be brought forward.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
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
        if number > current:
            _apply(conn, number, module_name)


def _module(module_name: str):
    """The migration's module, or None for one that exists only in a test."""
    if importlib.util.find_spec(f"{__name__}.{module_name}") is None:
        return None
    return importlib.import_module(f"{__name__}.{module_name}")


def _apply(conn, number: int, module_name: str) -> None:
    """One migration in one transaction: its SQL script, or its ``run(conn)`` step.

    A step that rebuilds tables sets ``FOREIGN_KEYS_OFF`` (the SQLite procedure for
    other schema changes): foreign keys go off before the transaction (the pragma is
    a no-op inside one), ``PRAGMA foreign_key_check`` must find nothing new before
    the commit, and they are on again afterwards.
    """
    module = _module(module_name)
    step = getattr(module, "run", None)
    keys_off = bool(getattr(module, "FOREIGN_KEYS_OFF", False))
    keys_were_on = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    if keys_off:
        conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            broken_before = _foreign_key_problems(conn) if keys_off else set()
            if step is not None:
                step(conn)
            else:
                for statement in split_sql(load_sql(module_name)):
                    conn.execute(statement)
            if keys_off and _foreign_key_problems(conn) - broken_before:
                raise RuntimeError(f"{module_name}: foreign key check failed")
            conn.execute(f"PRAGMA user_version = {int(number)}")
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):  # SQLite may have rolled back itself
                conn.execute("ROLLBACK")
            raise
    finally:
        if keys_off and keys_were_on:
            conn.execute("PRAGMA foreign_keys = ON")


def _foreign_key_problems(conn) -> set[tuple]:
    return {tuple(r) for r in conn.execute("PRAGMA foreign_key_check").fetchall()}


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


def pending(conn) -> bool:
    """Whether the vault on ``conn`` has migrations to run (a newer vault has none)."""
    return conn.execute("PRAGMA user_version").fetchone()[0] < latest_version()
