"""Seal triggers find a row's seal through the primary-key index (issue 23).

``row_seal.row_id`` has no type. Compared with ``OLD.rowid`` (INTEGER affinity) SQLite
applies that affinity to the column and cannot use the index: every write to a sealed
table then read every seal of that table. The triggers compare with ``+(...)``.
"""

from __future__ import annotations

from tests.security.helpers import raw_connection
from zorgdesk.services.demo.school import DEMO_PASSPHRASE, create_demo_vault
from zorgdesk.store import seal
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault


def _plan(conn, condition: str) -> str:
    rows = conn.execute("EXPLAIN QUERY PLAN SELECT r.mac FROM guardian g, row_seal r"
                        f" WHERE g.id = 1 AND r.tbl = 'guardian' AND {condition}").fetchall()
    return " ".join(str(r[-1]) for r in rows)


def test_the_plus_form_uses_the_index_where_the_plain_comparison_cannot(demo_vault):
    conn = demo_vault.read()
    assert "row_id=?" not in _plan(conn, "r.row_id = g.id")  # why the triggers changed
    assert "(tbl=? AND row_id=?)" in _plan(conn, "r.row_id = +(g.id)")


def test_every_seal_trigger_of_a_new_vault_compares_through_the_index(demo_vault):
    triggers = dict(demo_vault.read().execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        " AND name LIKE '%\\_seal\\_%' ESCAPE '\\'").fetchall())
    assert len(triggers) >= 3 * len(seal.sealed_tables(demo_vault.read()))
    for name, sql in triggers.items():
        assert seal.INDEXED_MATCH in sql, name
        assert "row_id = OLD" not in sql and "row_id = NEW" not in sql, name


def _old_style(conn) -> None:
    """Rewrite the triggers as the previous version made them (plain comparison)."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                        " AND name LIKE '%\\_seal\\_%' ESCAPE '\\'").fetchall()
    conn.execute("BEGIN")
    for name, sql in rows:
        conn.execute(f"DROP TRIGGER {name}")
        conn.execute(sql.replace("+(OLD.rowid)", "OLD.rowid").replace("+(NEW.rowid)",
                                                                      "NEW.rowid"))
    conn.execute("COMMIT")


def test_an_older_vault_gets_indexed_triggers_at_open_and_stays_clean(tmp_path):
    path = tmp_path / "oud.zdv"
    create_demo_vault(path, kdf=FAST_KDF_FOR_TESTS).close()
    conn = raw_connection(path, DEMO_PASSPHRASE)
    _old_style(conn)
    old = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'guardian_seal_update'"
                       ).fetchone()[0]
    assert seal.INDEXED_MATCH not in old
    conn.close()
    with Vault.open(path, DEMO_PASSPHRASE) as vault:
        for kind in ("insert", "update", "delete"):
            sql = vault.read().execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                       (f"guardian_seal_{kind}",)).fetchone()[0]
            assert seal.INDEXED_MATCH in sql
        with vault.transaction() as cur:  # writes after the upgrade keep the seals right
            cur.execute("UPDATE guardian SET phone = '06-99999999' WHERE id ="
                        " (SELECT min(id) FROM guardian)")
            cur.execute("UPDATE staff SET name = 'Nieuwe Naam' WHERE id ="
                        " (SELECT min(id) FROM staff)")
        assert vault.verify() == []
