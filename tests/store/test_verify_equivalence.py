"""Kluis controleren got faster (issue 23: the C JSON encoder made once, HMAC-SHA256 from
two prepared SHA-256 states). It must accept exactly what the check before accepted and
report tampering in the same words, same order: both checks run on the same tampered
demo vault (raw SQL "outside ZorgDesk", rolled back after each example)."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import copy_vault
from tests.security.helpers import raw_connection
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.store import audit, seal
from zorgdesk.store.keyfile import KeyFile, keyfile_path
from zorgdesk.store.row_mac import HmacSha256, compact_json

# -- the checks as they were before the speed-up, verbatim ---------------------------------

_OLD_SEAL_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"),
                                  default=seal._plain)
_OLD_AUDIT_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                                   default=str)


def _old_mac(key, table, row_id, values):
    mac = hmac.new(key, digestmod=hashlib.sha256)
    mac.update(_OLD_SEAL_JSON.encode([table, row_id, list(values)]).encode("utf-8"))
    return mac.hexdigest()


def old_verify_seals(cursor, key) -> list[str]:
    problems: list[str] = []
    tables = seal.sealed_tables(cursor)
    if not tables:
        return problems
    triggers = {r[0] for r in cursor.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()}
    existing = {r[0] for r in cursor.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    for table in seal.SEALED:
        if table not in tables and table in existing:
            problems.append(f"De beveiliging van {seal.label_of(table)}-gegevens is verwijderd.")
    for table, (columns, keys) in sorted(tables.items()):
        label = seal.label_of(table)
        missing = [t for t in ("insert", "update", "delete")
                   if f"{table}_seal_{t}" not in triggers]
        if missing:
            problems.append(f"De beveiliging op {label}-gegevens is buiten ZorgDesk verwijderd.")
        try:
            rows = cursor.execute(
                f"SELECT {seal._key_expr(tuple(keys), '')}, "
                f"{', '.join(columns)} FROM {table}").fetchall()
        except Exception:  # noqa: BLE001
            problems.append(f"De gegevens van {label} kunnen niet worden gecontroleerd.")
            continue
        seals = dict(cursor.execute("SELECT row_id, mac FROM row_seal WHERE tbl = ?",
                                    (table,)).fetchall())
        for row in rows:
            stored = seals.pop(row[0], None)
            if stored is None:
                problems.append(seal.row_problem(table, row[0], "toegevoegd"))
            elif not hmac.compare_digest(stored, _old_mac(key, table, row[0], row[1:])):
                problems.append(seal.row_problem(table, row[0], "gewijzigd"))
        for row_id in sorted(seals, key=str):
            problems.append(seal.row_problem(table, row_id, "verwijderd"))
    return problems


def old_verify_chain(cursor, key) -> list[str]:
    base = hmac.new(key, digestmod=hashlib.sha256)
    problems: list[str] = []
    expected_prev, expected_seq = audit.GENESIS, 1
    rows = cursor.execute(
        "SELECT seq, ts, actor, action, entity, entity_id, fields, digest, prev_mac, mac"
        " FROM audit_log ORDER BY seq").fetchall()
    for row in rows:
        seq = row[0]
        if seq != expected_seq:
            problems.append(f"Auditregel {expected_seq} ontbreekt of staat op de verkeerde plek.")
        if row[8] != expected_prev:
            problems.append(f"Auditregel {seq} sluit niet aan op de vorige regel.")
        mac = base.copy()
        mac.update(_OLD_AUDIT_JSON.encode(list(row[:9])).encode("utf-8"))
        if not hmac.compare_digest(mac.hexdigest(), row[9]):
            problems.append(f"Auditregel {seq} is na het schrijven gewijzigd.")
        expected_prev, expected_seq = row[9], seq + 1
    head = cursor.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if rows and (head is None or head[0] != f"{rows[-1][0]}:{rows[-1][9]}"):
        problems.append("De laatste auditregels zijn verwijderd of vervangen.")
    if not rows and head is not None:
        problems.append("Het auditlogboek is leeggemaakt.")
    return problems


# -- the building blocks: byte for byte ----------------------------------------------------

SQL_VALUES = st.one_of(st.none(), st.integers(), st.floats(), st.text(), st.binary())


@given(st.binary(max_size=200), st.binary(max_size=300))
def test_hmac_from_prepared_states_is_hmac_sha256(key, data):
    assert HmacSha256(key).hexdigest(data) == hmac.new(key, data, hashlib.sha256).hexdigest()


@given(st.lists(st.one_of(SQL_VALUES, st.lists(SQL_VALUES, max_size=4)), max_size=12),
       st.booleans())
def test_compact_json_is_the_json_encoder(values, sort_keys):
    expected = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=seal._plain,
                                sort_keys=sort_keys).encode(values)
    assert compact_json(seal._plain, sort_keys)(values) == expected
    assert compact_json(seal._plain, sort_keys)(tuple(values)) == expected


# -- the whole check on a tampered vault ---------------------------------------------------

@pytest.fixture(scope="module")
def tampered(demo_template, tmp_path_factory):
    path = copy_vault(demo_template, tmp_path_factory.mktemp("equivalence"))
    data_key = KeyFile.read(keyfile_path(path)).unwrap(DEMO_PASSPHRASE)
    conn = raw_connection(path, DEMO_PASSPHRASE)
    tables = [t for t in sorted(seal.sealed_tables(conn))
              if conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]]  # noqa: S608
    yield conn, seal.seal_key(data_key), audit.audit_key(data_key), tables
    conn.close()


ACTIONS = ("change column", "delete row", "delete seal", "seal of another row",
           "seal id as text", "seal id as real", "copy row", "drop trigger", "audit field",
           "audit delete", "audit mac", "audit seq", "forget seal registration")


def _tamper(conn, tables, data, action: str) -> None:
    table = data.draw(st.sampled_from(tables))
    columns, keys = seal.SEALED[table]
    rowids = [r[0] for r in conn.execute(f"SELECT rowid FROM {table}")]  # noqa: S608
    if not rowids:  # emptied by an earlier step of this example
        return
    rowid = data.draw(st.sampled_from(rowids))
    key_expr = seal._key_expr(tuple(keys), "")
    row_key = conn.execute(f"SELECT {key_expr} FROM {table} WHERE rowid = ?",  # noqa: S608
                           (rowid,)).fetchone()[0]
    seq = data.draw(st.integers(1, conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]))
    for kind in ("insert", "update", "delete"):
        conn.execute(f"DROP TRIGGER IF EXISTS {table}_seal_{kind}")
    for name, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                              "tbl_name IN (?, 'audit_log', 'row_seal')", (table,)).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    if action == "change column":
        column = data.draw(st.sampled_from(columns))
        value = data.draw(SQL_VALUES.filter(lambda v: not isinstance(v, int) or
                                            -2**63 <= v < 2**63))
        conn.execute(f"UPDATE OR IGNORE {table} SET {column} = ? WHERE rowid = ?",  # noqa: S608
                     (value, rowid))
    elif action == "delete row":
        conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))  # noqa: S608
    elif action == "delete seal":
        conn.execute("DELETE FROM row_seal WHERE tbl = ? AND row_id = ?", (table, row_key))
    elif action == "seal of another row":
        conn.execute("UPDATE row_seal SET mac = (SELECT mac FROM row_seal WHERE tbl = ? "
                     "ORDER BY row_id LIMIT 1) WHERE tbl = ? AND row_id = ?",
                     (table, table, row_key))
    elif action == "seal id as text":
        conn.execute("UPDATE OR IGNORE row_seal SET row_id = CAST(row_id AS TEXT) "
                     "WHERE tbl = ? AND row_id = ?", (table, row_key))
    elif action == "seal id as real":
        conn.execute("UPDATE OR IGNORE row_seal SET row_id = CAST(row_id AS REAL) "
                     "WHERE tbl = ? AND row_id = ?", (table, row_key))
    elif action == "copy row" and keys == ("rowid",):
        conn.execute(f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) SELECT "  # noqa: S608
                     f"{', '.join(columns)} FROM {table} WHERE rowid = ?", (rowid,))
    elif action == "audit field":
        column = data.draw(st.sampled_from(("ts", "actor", "action", "entity_id", "fields")))
        conn.execute(f"UPDATE audit_log SET {column} = ? WHERE seq = ?",  # noqa: S608
                     (data.draw(st.text(max_size=5)), seq))
    elif action == "audit delete":
        conn.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))
    elif action == "audit mac":
        conn.execute("UPDATE audit_log SET mac = ? WHERE seq = ?",
                     (data.draw(st.text("0123456789abcdef", min_size=64, max_size=64)), seq))
    elif action == "audit seq":
        conn.execute("UPDATE OR IGNORE audit_log SET seq = seq + ? WHERE seq = ?",
                     (data.draw(st.integers(1, 3)), seq))
    elif action == "forget seal registration":
        conn.execute("DELETE FROM meta WHERE key = ?", (f"sealed:{table}",))


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(st.data())
def test_the_fast_check_finds_exactly_what_the_old_one_found(tampered, data):
    conn, seal_key, audit_key, tables = tampered
    cursor = conn.cursor()
    conn.execute("BEGIN")
    try:
        for action in data.draw(st.lists(st.sampled_from(ACTIONS), max_size=3)):
            _tamper(conn, tables, data, action)
        old = old_verify_seals(cursor, seal_key), old_verify_chain(cursor, audit_key)
        new = seal.verify_seals(cursor, seal_key), audit.verify_chain(cursor, audit_key)
        assert new == old
    finally:
        conn.execute("ROLLBACK")


def test_an_untouched_vault_passes_both(tampered):
    conn, seal_key, audit_key, _tables = tampered
    cursor = conn.cursor()
    assert seal.verify_seals(cursor, seal_key) == [] == old_verify_seals(cursor, seal_key)
    assert audit.verify_chain(cursor, audit_key) == [] == old_verify_chain(cursor, audit_key)
