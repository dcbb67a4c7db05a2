"""Tampering 'outside ZorgDesk': a plain SQLCipher connection holding the right key."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from zorgdesk.store.keyfile import KeyFile, keyfile_path


def raw_connection(path: Path, passphrase: str):
    data_key = KeyFile.read(keyfile_path(path)).unwrap(passphrase)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{bytes(data_key).hex()}'\"")
    return conn


def drop_seal_triggers(conn, table: str) -> None:
    for kind in ("insert", "update", "delete"):
        conn.execute(f"DROP TRIGGER IF EXISTS {table}_seal_{kind}")
