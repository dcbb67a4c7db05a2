"""One test per tamper class that the row seals and the audit chain alone did not catch.

Each attack is done "outside ZorgDesk" with a plain SQLCipher connection holding the
right data key (tests/security/helpers.py), i.e. the strongest attacker short of one
who also recomputes MACs from this source (documented in docs/security.md).
"""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import copy_vault
from tests.security.helpers import drop_seal_triggers, raw_connection
from zorgdesk.cli import EXIT_PROBLEMS, main
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.services.vault.backup import make_backup
from zorgdesk.store import head, seal, seen
from zorgdesk.store.errors import VaultReadOnlyError, VaultRolledBackError
from zorgdesk.store.keyfile import keyfile_path
from zorgdesk.store.vault import Vault

LOGBOOK_TABLES = ("logbook_entry", "logbook_entry_pupil", "logbook_version")


def _problems(path) -> list[str]:
    with Vault.open(path, DEMO_PASSPHRASE) as vault:
        return vault.verify()


def _drop_all_triggers(conn, tables) -> list[str]:
    """Drop seal and append-only triggers of ``tables``; return their SQL to recreate."""
    marks = ",".join("?" for _ in tables)
    rows = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "  # noqa: S608
                        f"AND tbl_name IN ({marks})", tables).fetchall()
    for name, _sql in rows:
        conn.execute(f"DROP TRIGGER {name}")
    return [sql for _name, sql in rows]


def _delete_entry_with_its_seals(path, entry_id: int) -> None:
    conn = raw_connection(path, DEMO_PASSPHRASE)
    conn.execute("BEGIN")
    recreate = _drop_all_triggers(conn, LOGBOOK_TABLES)
    version_ids = [r[0] for r in conn.execute(
        "SELECT rowid FROM logbook_version WHERE entry_id = ?", (entry_id,))]
    conn.execute("DELETE FROM logbook_entry_pupil WHERE entry_id = ?", (entry_id,))
    conn.execute("DELETE FROM logbook_version WHERE entry_id = ?", (entry_id,))
    conn.execute("DELETE FROM logbook_entry WHERE id = ?", (entry_id,))
    conn.execute("DELETE FROM row_seal WHERE tbl = 'logbook_entry' AND row_id = ?", (entry_id,))
    conn.execute("DELETE FROM row_seal WHERE tbl = 'logbook_entry_pupil' "
                  "AND row_id LIKE ?", (f"{entry_id}-%",))
    for vid in version_ids:
        conn.execute("DELETE FROM row_seal WHERE tbl = 'logbook_version' AND row_id = ?",
                     (vid,))
    for sql in recreate:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.close()


def test_deleted_record_with_its_seals_is_detected(demo_path):
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        entry_id = vault.read().execute("SELECT max(id) FROM logbook_entry").fetchone()[0]
        before = vault.read().execute("SELECT count(*) FROM logbook_entry").fetchone()[0]
    _delete_entry_with_its_seals(demo_path, entry_id)
    problems = _problems(demo_path)
    assert f"Logboeknotitie {entry_id} is verwijderd buiten ZorgDesk." in problems
    assert any(f"Er ontbreken 1 van de {before} gegevens van het soort 'logboeknotitie'" in p
               for p in problems), problems


def test_deleted_record_stays_reported_after_later_saves(demo_path):
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        entry_id = vault.read().execute("SELECT max(id) FROM logbook_entry").fetchone()[0]
    _delete_entry_with_its_seals(demo_path, entry_id)
    with _session(demo_path) as session:
        pupil = session.basedata.pupils()[0]
        session.basedata.add_staff("Nieuwe Collega", "Leerkracht")
        session.basedata.deactivate_pupil(pupil.id, pupil.start_date)
        problems = session.verify()
    assert any("'logboeknotitie'" in p and "ontbreken" in p for p in problems), problems


class _session:
    def __init__(self, path) -> None:
        self.session = Session.open(path, DEMO_PASSPHRASE)

    def __enter__(self) -> Session:
        return self.session

    def __exit__(self, *exc) -> None:
        self.session.close()


def test_cut_off_audit_log_with_rewritten_head_is_detected(demo_path):
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    conn.execute("DELETE FROM audit_log WHERE seq > ?", (last - 3,))
    seq, mac = conn.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1"
                            ).fetchone()
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{seq}:{mac}",))
    conn.close()
    problems = _problems(demo_path)
    assert any("Het auditlogboek is ingekort" in p and f"regel {last}" in p
               for p in problems), problems


def test_edited_head_counts_are_detected(demo_path):
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    value = json.loads(conn.execute("SELECT value FROM meta WHERE key = ?",
                                    (head.HEAD_KEY,)).fetchone()[0])
    value["counts"]["logbook_entry"] -= 1
    conn.execute("UPDATE meta SET value = ? WHERE key = ?", (json.dumps(value), head.HEAD_KEY))
    conn.close()
    assert "De controlegegevens van de kluis zijn buiten ZorgDesk gewijzigd." in \
        _problems(demo_path)


def test_deleted_head_is_detected(demo_path):
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    conn.execute("DELETE FROM meta WHERE key = ?", (head.HEAD_KEY,))
    conn.close()
    assert any("controlegegevens van de kluis ontbreken" in p for p in _problems(demo_path))


def _older_copy(demo_path, tmp_path):
    """A backup-like older copy, then newer work in the vault itself."""
    older = tmp_path / "ouder"
    older.mkdir()
    copy_vault(demo_path, older)
    with _session(demo_path) as session:
        session.basedata.add_staff("Nieuwe Collega", "Leerkracht")
    return older / demo_path.name


@pytest.mark.parametrize("with_key_file", [False, True], ids=["zonder", "met-sleutelbestand"])
def test_rollback_to_an_older_copy_is_reported_at_unlock(demo_path, tmp_path, with_key_file,
                                                         monkeypatch, capsys):
    older = _older_copy(demo_path, tmp_path)
    shutil.copy2(older, demo_path)  # swap the database in place
    if with_key_file:
        shutil.copy2(keyfile_path(older), keyfile_path(demo_path))
    with pytest.raises(VaultRolledBackError) as caught:
        Vault.open(demo_path, DEMO_PASSPHRASE)
    assert "oudere kopie" in str(caught.value) and "alleen-lezen" in str(caught.value)
    with Vault.open(demo_path, DEMO_PASSPHRASE, read_only=True) as vault:
        assert vault.rolled_back is not None
        assert any("oudere kopie" in p for p in vault.verify())
        with pytest.raises(VaultReadOnlyError), vault.transaction():
            pass
    monkeypatch.setenv("ZORGDESK_PASSPHRASE", DEMO_PASSPHRASE)
    assert main(["verify", "--vault", str(demo_path)]) == EXIT_PROBLEMS
    assert "oudere kopie" in capsys.readouterr().err


def test_restore_of_a_backup_is_a_deliberate_choice_not_a_rollback(demo_path, tmp_path):
    from zorgdesk.services.vault.backup import restore_backup

    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        make_backup(vault, tmp_path / "b.zdbackup")
        vault_id = vault.vault_id
    with _session(demo_path) as session:
        session.basedata.add_staff("Nieuwe Collega", "Leerkracht")
    restored = tmp_path / "terug" / "kluis.zdv"
    manifest = restore_backup(tmp_path / "b.zdbackup", restored, DEMO_PASSPHRASE)
    assert seen.highest_seen(vault_id) == manifest.audit_seq
    with Vault.open(restored, DEMO_PASSPHRASE) as vault:
        assert vault.verify() == []


def test_vault_from_before_the_head_is_upgraded_and_then_protected(tmp_path, monkeypatch):
    """Existing vaults: no head and no marker (as made by the previous version) still open."""
    from zorgdesk.services.demo.school import create_demo_vault
    from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS

    path = tmp_path / "oud.zdv"
    with monkeypatch.context() as old_version:
        old_version.setattr(head, "write_state", lambda *a, **k: None)
        old_version.setattr(head, "MARKER_FIELD", "zonder_controle")
        old_version.setattr(seal, "_count_sql", lambda *a: "")  # triggers without counts
        create_demo_vault(path, kdf=FAST_KDF_FOR_TESTS).close()
    conn = raw_connection(path, DEMO_PASSPHRASE)
    assert conn.execute("SELECT 1 FROM meta WHERE key = ?", (head.HEAD_KEY,)).fetchone() is None
    assert "zd_seal_count" not in conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'staff_seal_insert'").fetchone()[0]
    conn.close()
    assert _problems(path) == []  # first open: upgraded, trusted as it is
    with _session(path) as session:  # saves and a deletion after the upgrade keep it clean
        session.basedata.add_staff("Nieuwe Collega", "Leerkracht")
        pupils = session.basedata.pupils()
        session.basedata.link_siblings(pupils[3].id, pupils[4].id)
        session.basedata.unlink_siblings(pupils[3].id, pupils[4].id)
        assert session.verify() == []
    conn = raw_connection(path, DEMO_PASSPHRASE)
    assert conn.execute("SELECT count(*) FROM audit_log WHERE action = "
                        "'kluis.controle_uitgebreid'").fetchone()[0] == 1
    conn.close()
    with Vault.open(path, DEMO_PASSPHRASE) as vault:
        entry_id = vault.read().execute("SELECT max(id) FROM logbook_entry").fetchone()[0]
    _delete_entry_with_its_seals(path, entry_id)
    assert any("'logboeknotitie'" in p for p in _problems(path))


def test_tampering_with_guardian_and_seal_together_is_detected(demo_path):
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    drop_seal_triggers(conn, "guardian")
    conn.execute("DELETE FROM guardian WHERE id = 1")
    conn.execute("DELETE FROM row_seal WHERE tbl = 'guardian' AND row_id = 1")
    conn.close()
    problems = _problems(demo_path)
    assert any("ouder/verzorger verwijderd (nr. 1)" in p for p in problems), problems
