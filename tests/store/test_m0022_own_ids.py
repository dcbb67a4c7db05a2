"""Migration m0022: a deleted record never lends its id to a new one.

Without AUTOINCREMENT SQLite gives a new row max(rowid) + 1, so deleting the row with the
highest id (a pupil at the end of her bewaartermijn) gave that id to the next pupil, and
the audit rows of the deleted dossier ("leerling verwijderd (bewaartermijn)") then read
as the new child's history: in her retention/archive export and in anything keyed by
pupil id. m0022 rebuilds every table with its own id as AUTOINCREMENT and starts each
counter above the highest id the vault ever used, audit log included.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, TODAY, copy_vault
from tests.security.helpers import raw_connection
from tests.services.test_pupil_import import PARNASSYS
from zorgdesk.domain.people import PupilDraft
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE, create_demo_vault
from zorgdesk.services.pupil_import import read_table
from zorgdesk.services.retention import RETENTION_ACTION, export_digest
from zorgdesk.services.session import Session
from zorgdesk.store import migrations
from zorgdesk.store.errors import UpgradeFailedError
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault

VAULTS = Path(__file__).resolve().parents[1] / "data" / "vaults"
# The one table with an id of its own that is not counted: one row, id 1 by CHECK.
SINGLE_ROW = {"school"}


def _import(session: Session, tmp_path: Path, year: str) -> dict:
    path = tmp_path / f"{year}.csv"
    path.write_bytes(PARNASSYS.replace("Groep 3", f"Groep {year[-1]}").encode("utf-8"))
    table = read_table(path)
    session.pupil_import.apply(session.pupil_import.preview(table, table.guessed_mapping()))
    return {p.display_name: p for p in session.basedata.pupils()}


def _delete_after_retention(session: Session, pupil_id: int) -> None:
    session.basedata.deactivate_pupil(pupil_id, date(2023, 7, 1))
    assert session.retention.delete_after_export(
        pupil_id, export_digest(session.retention.export_json(pupil_id)))


def _history(session: Session, pupil_id: int) -> list[str]:
    import json
    return [a["action"] for a in json.loads(session.retention.export_json(pupil_id))["audit"]]


def test_a_reimported_pupil_gets_a_new_id_and_not_the_deleted_childs_history(tmp_path):
    session, _ = Session.create(tmp_path / "school.zdv", PASSPHRASE, school_name="OBS De Es",
                                place="Assen", user_name="Ineke Test", with_recovery_key=False,
                                kdf=FAST_KDF_FOR_TESTS, clock=FixedClock(TODAY))
    try:
        anais = _import(session, tmp_path, "2026")["Anaïs Dubois"]
        assert anais.id == max(p.id for p in session.basedata.pupils())  # the highest id
        _delete_after_retention(session, anais.id)
        again = _import(session, tmp_path, "2027")["Anaïs Dubois"]  # re-enrolled: new dossier
        assert again.id > anais.id
        history = _history(session, again.id)
        assert RETENTION_ACTION not in history
        assert len(history) == 1  # only her own enrolment
        extra = session.basedata.add_pupil(PupilDraft("Mila", "Jansen", "01-02-2019",
                                                      "01-09-2023"))
        assert extra > again.id
        assert session.verify() == []
    finally:
        session.close()


def test_every_table_with_its_own_id_counts_ids_and_never_gives_one_twice(new_vault):
    rows = new_vault.read().execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    own_id = {name for name, sql in rows
              if sql and " id INTEGER PRIMARY KEY" in " ".join(sql.split())}
    assert {"pupil", "guardian", "logbook_entry", "conversation", "attachment",
            "signal_check", "meldcode_trajectory", "peer_incident"} <= own_id
    plain = sorted(n for n, sql in rows if n in own_id - SINGLE_ROW
                   and "AUTOINCREMENT" not in sql.upper())
    assert plain == []


def _older_vault(path: Path, monkeypatch, fill) -> None:
    """A vault of schema 21 (before m0022), filled by ``fill(session)``."""
    previous = [m for m in migrations.available() if m[0] < 22]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "available", lambda: previous)
        patch.setattr(migrations, "latest_version", lambda: len(previous))
        session, _ = Session.create(path, PASSPHRASE, school_name="OBS Oud", place="Assen",
                                    user_name="Ineke Test", with_recovery_key=False,
                                    kdf=FAST_KDF_FOR_TESTS, clock=FixedClock(TODAY))
        assert session.vault.schema_version() == 21
        fill(session)
        session.close()


def test_upgrade_counts_above_an_id_that_only_the_audit_log_remembers(tmp_path, monkeypatch):
    path = tmp_path / "oud.zdv"
    deleted = {}

    def fill(session):
        pupils = _import(session, tmp_path, "2026")
        deleted["id"] = pupils["Anaïs Dubois"].id
        _delete_after_retention(session, deleted["id"])

    _older_vault(path, monkeypatch, fill)
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.latest_version()
        assert vault.verify() == []
        session = Session(vault, FixedClock(TODAY))
        again = _import(session, tmp_path, "2027")["Anaïs Dubois"]
        assert again.id > deleted["id"]
        assert RETENTION_ACTION not in _history(session, again.id)
        assert vault.verify() == []


@pytest.mark.parametrize(("name", "passphrase"), [
    ("voor-issue-18.zdv", DEMO_PASSPHRASE), ("voor-issue-20.zdv", "Zeeën café ijsbeer kroeg")])
def test_committed_older_vaults_upgrade_clean_and_keep_every_id(tmp_path, name, passphrase):
    path = copy_vault(VAULTS / name, tmp_path)
    with Vault.open(path, passphrase) as vault:
        assert vault.schema_version() == migrations.latest_version()
        assert vault.verify() == []
        _assert_counters_above_everything(vault)
        session = Session(vault, FixedClock(TODAY))
        before = {p.id: p.display_name for p in session.basedata.pupils()}
        new = session.basedata.add_pupil(PupilDraft("Mila", "Jansen", "01-02-2019",
                                                     "01-09-2023"))
        assert new > max(before)
        assert vault.verify() == []


def test_the_demo_vault_of_schema_21_upgrades_clean(tmp_path, monkeypatch):
    path = tmp_path / "demo.zdv"
    previous = [m for m in migrations.available() if m[0] < 22]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "available", lambda: previous)
        patch.setattr(migrations, "latest_version", lambda: len(previous))
        create_demo_vault(path, today=TODAY, kdf=FAST_KDF_FOR_TESTS).close()
    with Vault.open(path, DEMO_PASSPHRASE) as vault:
        counts = {t: n for t, n in _counts(vault)}
        assert vault.verify() == []
        _assert_counters_above_everything(vault)
        assert counts["pupil"] > 0
    with Vault.open(path, DEMO_PASSPHRASE) as vault:  # a second open changes nothing
        assert dict(_counts(vault)) == counts
        assert vault.verify() == []


def test_running_the_step_again_changes_nothing(demo_vault):
    from zorgdesk.store.migrations import m0022_own_ids
    schema = demo_vault.read().execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    seqs = demo_vault.read().execute("SELECT name, seq FROM sqlite_sequence").fetchall()
    with demo_vault.transaction() as cur:
        m0022_own_ids.run(cur.connection)
    assert demo_vault.read().execute(
        "SELECT type, name, sql FROM sqlite_master").fetchall() == schema
    assert demo_vault.read().execute("SELECT name, seq FROM sqlite_sequence").fetchall() == seqs
    assert demo_vault.verify() == []


def _counts(vault):
    conn = vault.read()
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return [(n, conn.execute(f"SELECT count(*) FROM {n}").fetchone()[0])  # noqa: S608
            for n in names]


def _assert_counters_above_everything(vault):
    conn = vault.read()
    seq = dict(conn.execute("SELECT name, seq FROM sqlite_sequence"))
    for table, top in conn.execute(
            "SELECT entity, max(CAST(entity_id AS INTEGER)) FROM audit_log"
            " WHERE entity_id GLOB '[0-9]*' GROUP BY entity"):
        if table in seq:
            assert seq[table] >= top, table
    for table in seq:
        top = conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]  # noqa: S608
        assert seq[table] >= top, table


def test_a_failed_rebuild_leaves_the_older_vault_as_it_was(tmp_path, monkeypatch):
    from zorgdesk.store.migrations import m0022_own_ids
    path = tmp_path / "oud.zdv"
    _older_vault(path, monkeypatch, lambda s: _import(s, tmp_path, "2026"))

    def broken(conn, table):
        raise RuntimeError("stroom uitgevallen")

    with monkeypatch.context() as patch:
        patch.setattr(m0022_own_ids, "highest_used", broken)  # after every table was rebuilt
        with pytest.raises(UpgradeFailedError, match="niets gewijzigd") as caught:
            Vault.open(path, PASSPHRASE)
        assert "stroom" in str(caught.value.__cause__)
    raw = raw_connection(path, PASSPHRASE)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 21
    assert "AUTOINCREMENT" not in raw.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'pupil'").fetchone()[0]
    raw.close()
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.latest_version()
        assert vault.read().execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert vault.verify() == []
        assert len(Session(vault, FixedClock(TODAY)).basedata.pupils()) == 3
