"""The file on disk reveals nothing without the passphrase."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from zorgdesk.services.demo.school import DEMO_NAMES, DEMO_PLACE, DEMO_SCHOOL
from zorgdesk.services.session import Session
from zorgdesk.store.keyfile import keyfile_path


def _all_bytes(path) -> bytes:
    data = path.read_bytes() + keyfile_path(path).read_bytes()
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            data += extra.read_bytes()
    return data


def test_raw_vault_bytes_contain_no_demo_names(demo_path):
    raw = _all_bytes(demo_path)
    names = [*DEMO_NAMES, DEMO_SCHOOL, DEMO_PLACE]
    assert len(names) > 40
    for name in names:
        # A part shorter than 6 letters is only looked for inside its full name: 4 given
        # bytes turn up by chance about once per 4 GB of ciphertext, so with 29 four-letter
        # parts a multi-MB vault failed a few runs in a hundred ('Kees', s38). A plaintext
        # page would hold the full names and the long parts as well.
        for part in [name, *name.split()]:
            if part != name and len(part) < 6:
                continue
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert part.encode(encoding) not in raw, (part, encoding)


def test_vault_has_no_sqlite_header(demo_path):
    assert not demo_path.read_bytes().startswith(b"SQLite format 3")


def test_plain_sqlite_cannot_read_vault(demo_path):
    conn = sqlite3.connect(demo_path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT name FROM sqlite_master").fetchall()
    conn.close()


def test_open_vault_keeps_plaintext_out_of_wal(demo_vault):
    """While open (WAL mode) the journal is encrypted too."""

    Session(demo_vault).basedata.add_staff("Wilhelmina Zeldzaamnaam", "Leerkracht")
    raw = _all_bytes(demo_vault.path)
    assert b"Zeldzaamnaam" not in raw
    assert "Zeldzaamnaam".encode("utf-16-le") not in raw


@pytest.mark.skipif(not hasattr(stat, "S_IMODE"), reason="posix only")
def test_vault_and_key_file_are_private(new_vault):
    assert stat.S_IMODE(new_vault.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(keyfile_path(new_vault.path).stat().st_mode) == 0o600
