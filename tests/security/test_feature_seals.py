"""Row seals on the feature tables: a change outside ZorgDesk is reported in Dutch."""

from __future__ import annotations

import pytest

from tests.conftest import TODAY
from tests.security.helpers import drop_seal_triggers, raw_connection
from zorgdesk.cli import EXIT_OK, EXIT_PROBLEMS, main
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_NAMES, DEMO_PASSPHRASE, create_demo_vault
from zorgdesk.services.session import Session
from zorgdesk.store import seal
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault

# (table, column changed outside ZorgDesk, expected start of the Dutch message)
TAMPERING = [
    ("logbook_version", "content", "Logboekversie"),
    ("logbook_entry", "created_by", "Logboeknotitie"),
    ("logbook_zienswijze", "text", "Zienswijze"),
    ("logbook_correction_request", "request", "Correctieverzoek"),
    ("signal_check", "checked_by", "Signalenlijst"),
    ("flag_assessment", "behaviour", "Vlaggenbeoordeling"),
    ("conversation", "subject", "Zorggesprek"),
    ("conversation_status_event", "place", "Ondertekening"),
    ("meldcode_trajectory", "leader", "Meldcodetraject"),
    ("meldcode_event", "event", "Meldcodestap"),
]


def _drop_guards(conn, table: str) -> None:
    drop_seal_triggers(conn, table)
    conn.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
    conn.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")


def _no_names(problems: list[str]) -> None:
    for problem in problems:
        for name in DEMO_NAMES:
            assert name not in problem


def test_every_feature_table_with_pupil_data_is_sealed(demo_vault):
    registered = seal.sealed_tables(demo_vault.read())
    tables = {r[0] for r in demo_vault.read().execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    feature = {t for t in tables if t.startswith(
        ("logbook_", "signal_", "flag_", "conversation", "meldcode_"))}
    unsealed = {t for t in feature - set(registered)}
    assert unsealed == {t for t in feature if t.startswith("logbook_fts")}
    for table in registered:
        assert table in seal.TABLE_LABELS
    with_seals = {r[0] for r in demo_vault.read().execute(
        "SELECT DISTINCT tbl FROM row_seal").fetchall()}
    # The demo has rows in most feature tables, and those rows are sealed.
    assert len(with_seals & set(seal.FEATURE_SEALED)) >= 12


@pytest.mark.parametrize(("table", "column", "label"), TAMPERING)
def test_raw_change_in_feature_table_is_detected(demo_path, table, column, label):
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        assert vault.verify() == []
        # A concept conversation: frozen ones are also guarded by their own trigger.
        where = " WHERE frozen = 0" if table == "conversation" else ""
        row_id = vault.read().execute(f"SELECT MIN(id) FROM {table}{where}").fetchone()[0]
    assert row_id is not None, f"demo has no {table} row"
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    with pytest.raises(Exception):  # noqa: B017 - any refusal; the seal function is missing
        conn.execute(f"UPDATE {table} SET {column} = 'anders' WHERE id = ?", (row_id,))
    _drop_guards(conn, table)
    conn.execute(f"UPDATE {table} SET {column} = 'anders' WHERE id = ?", (row_id,))
    conn.close()
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        problems = vault.verify()
    assert f"{label} {row_id} is gewijzigd buiten ZorgDesk." in problems, problems
    _no_names(problems)


def test_raw_delete_and_insert_are_detected(demo_path):
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    for table in ("meldcode_event", "logbook_entry_pupil"):
        _drop_guards(conn, table)
    row_id = conn.execute("SELECT MAX(id) FROM meldcode_event").fetchone()[0]
    conn.execute("DELETE FROM meldcode_event WHERE id = ?", (row_id,))
    entry, pupil = conn.execute(
        "SELECT entry_id, pupil_id FROM logbook_entry_pupil LIMIT 1").fetchone()
    other = conn.execute("SELECT MAX(id) FROM pupil WHERE id != ?", (pupil,)).fetchone()[0]
    conn.execute("INSERT OR IGNORE INTO logbook_entry_pupil VALUES (?, ?)", (entry, other))
    conn.close()
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        problems = vault.verify()
    assert f"Meldcodestap {row_id} is verwijderd buiten ZorgDesk." in problems, problems
    assert f"Logboekkoppeling {entry}-{other} is toegevoegd buiten ZorgDesk." in problems


def test_cli_verify_explains_feature_change_in_dutch(demo_path, monkeypatch, capsys):
    monkeypatch.setenv("ZORGDESK_PASSPHRASE", DEMO_PASSPHRASE)
    assert main(["verify", "--vault", str(demo_path)]) == EXIT_OK
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    _drop_guards(conn, "logbook_version")
    row_id = conn.execute("SELECT MIN(id) FROM logbook_version").fetchone()[0]
    conn.execute("UPDATE logbook_version SET content = 'verzonnen' WHERE id = ?", (row_id,))
    conn.close()
    capsys.readouterr()
    assert main(["verify", "--vault", str(demo_path)]) == EXIT_PROBLEMS
    err = capsys.readouterr().err
    assert "NIET in orde" in err
    # The note can no longer be read: the plain finding stays (naming never hides one).
    assert f"Logboekversie {row_id} is gewijzigd buiten ZorgDesk." in err
    assert "De beveiliging op logboekversie-gegevens is buiten ZorgDesk verwijderd." in err


def test_concept_conversation_updates_through_zorgdesk_stay_sealed(demo_vault):
    row_id = demo_vault.read().execute(
        "SELECT MIN(id) FROM conversation WHERE frozen = 0").fetchone()[0]
    assert row_id is not None, "the demo has a concept conversation"
    with demo_vault.transaction() as cur:
        cur.execute("UPDATE conversation SET subject = 'Nieuw onderwerp ✨ één' WHERE id = ?",
                    (row_id,))
    assert demo_vault.verify() == []


def test_brand_new_vault_verifies_clean_with_all_tables_sealed(new_vault):
    assert new_vault.verify() == []
    registered = set(seal.sealed_tables(new_vault.read()))
    assert registered == set(seal.SEALED)


def test_vault_from_before_the_registry_is_sealed_on_open(tmp_path, monkeypatch):
    """A vault made by the previous seal code (base + m0005 tables only) upgrades."""
    path = tmp_path / "oud.zdv"
    with monkeypatch.context() as patch:
        old = {t: v for t, v in seal.SEALED.items() if t in seal.BASE_SEALED}
        patch.setattr(seal, "SEALED", old)
        create_demo_vault(path, today=TODAY, kdf=FAST_KDF_FOR_TESTS).close()
    conn = raw_connection(path, DEMO_PASSPHRASE)
    # What the previous version left behind: its own marker, not the new one.
    conn.execute("DELETE FROM meta WHERE key = 'seal_installed'")
    conn.execute("INSERT INTO meta (key, value) VALUES ('seal_pending', '[]')")
    before = {r[0] for r in conn.execute("SELECT DISTINCT tbl FROM row_seal").fetchall()}
    versions = conn.execute("SELECT COUNT(*) FROM logbook_version").fetchone()[0]
    conn.close()
    assert "logbook_version" not in before and "signal_check" in before and versions > 0
    with Vault.open(path, DEMO_PASSPHRASE) as vault:
        assert vault.verify() == []
        cur = vault.read()
        assert set(seal.sealed_tables(cur)) == set(seal.SEALED)
        sealed_versions = cur.execute(
            "SELECT COUNT(*) FROM row_seal WHERE tbl = 'logbook_version'").fetchone()[0]
        assert sealed_versions == versions
    conn = raw_connection(path, DEMO_PASSPHRASE)
    _drop_guards(conn, "logbook_version")
    conn.execute("UPDATE logbook_version SET content = 'x' WHERE id = 1")
    conn.close()
    with Vault.open(path, DEMO_PASSPHRASE) as vault:
        assert "Logboekversie 1 is gewijzigd buiten ZorgDesk." in vault.verify()


def test_removed_feature_seal_is_reported_not_laundered(demo_path):
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    _drop_guards(conn, "meldcode_event")
    conn.execute("DELETE FROM meta WHERE key = 'sealed:meldcode_event'")
    conn.execute("DELETE FROM row_seal WHERE tbl = 'meldcode_event'")
    conn.execute("UPDATE meldcode_event SET author = 'iemand'")
    conn.close()
    for _ in range(2):  # opening again must not quietly seal the changed rows
        with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
            problems = vault.verify()
        assert "De beveiliging van meldcodestap-gegevens is verwijderd." in problems


def test_retention_deletion_of_pupil_with_feature_data_keeps_verify_clean(demo_vault):
    from zorgdesk.services.retention import export_digest

    cur = demo_vault.read()
    pupil_id = cur.execute("SELECT MIN(pupil_id) FROM meldcode_trajectory").fetchone()[0]
    assert pupil_id is not None
    seals_before = cur.execute("SELECT COUNT(*) FROM row_seal WHERE tbl LIKE 'meldcode%'"
                               ).fetchone()[0]
    data = Session(demo_vault, FixedClock(TODAY)).basedata
    pupil = data.pupil(pupil_id)
    data.deactivate_pupil(pupil_id, max(pupil.start_date, TODAY.replace(year=2019)))
    service = Session(demo_vault, FixedClock(TODAY)).retention
    service.delete_after_export(pupil_id, export_digest(service.export_json(pupil_id)))
    cur = demo_vault.read()
    assert cur.execute("SELECT COUNT(*) FROM meldcode_trajectory WHERE pupil_id = ?",
                       (pupil_id,)).fetchone()[0] == 0
    seals_after = cur.execute("SELECT COUNT(*) FROM row_seal WHERE tbl LIKE 'meldcode%'"
                              ).fetchone()[0]
    assert seals_after < seals_before  # the seals left together with the rows
    assert demo_vault.verify() == []


def test_migration_using_seal_sql_works_on_a_brand_new_vault(tmp_path, monkeypatch):
    """The m0005 bug: seal_sql in a migration needs row_seal before install ran."""
    from tests.conftest import PASSPHRASE
    from zorgdesk.store import migrations

    extra = [*migrations.available(), (len(migrations.available()) + 1, "m9999_sealed")]
    real_load = migrations.load_sql
    monkeypatch.setattr(migrations, "available", lambda: extra)
    monkeypatch.setattr(migrations, "latest_version", lambda: len(extra))
    monkeypatch.setattr(migrations, "load_sql", lambda name: (
        "CREATE TABLE later_feature (id INTEGER PRIMARY KEY, note TEXT);\n"
        + seal.seal_sql("later_feature", ("note",)) if name == "m9999_sealed"
        else real_load(name)))
    vault, _ = Vault.create(tmp_path / "nieuw.zdv", PASSPHRASE, school_name="OBS",
                            user_name="Ineke", kdf=FAST_KDF_FOR_TESTS)
    with vault:
        with vault.transaction() as cur:
            cur.execute("INSERT INTO later_feature (note) VALUES ('één ✨')")
        assert vault.verify() == []
        assert vault.read().execute(
            "SELECT COUNT(*) FROM row_seal WHERE tbl = 'later_feature'").fetchone()[0] == 1
