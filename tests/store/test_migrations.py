"""Schema migrations bring an older vault forward without losing data."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE
from zorgdesk.domain.people import PupilDraft
from zorgdesk.services.session import Session
from zorgdesk.store import migrations
from zorgdesk.store.errors import UpgradeFailedError, VaultTooNewError
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault


def test_migration_from_previous_schema_keeps_data(tmp_path, monkeypatch):
    latest = migrations.available()
    assert len(latest) >= 2, "there is a previous schema version to migrate from"
    previous = latest[:-1]
    path = tmp_path / "oud.zdv"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "available", lambda: previous)
        patch.setattr(migrations, "latest_version", lambda: len(previous))
        vault, _ = Vault.create(path, PASSPHRASE, school_name="OBS Oud", user_name="Ineke",
                                kdf=FAST_KDF_FOR_TESTS)
        assert vault.schema_version() == len(previous)
        data = Session(vault).basedata
        group = data.add_group("Groep 4")
        data.add_pupil(PupilDraft("Zoë", "Berg", "14-03-2018", "01-09-2022",
                                  tussenvoegsel="van der", group_id=group))
        vault.close()
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.schema_version() == len(latest)
        pupils = Session(vault).basedata.pupils()
        assert [p.display_name for p in pupils] == ["Zoë van der Berg"]
        assert pupils[0].group_name == "Groep 4"
        assert vault.verify() == []


def test_failed_migration_rolls_back_and_keeps_data(tmp_path, monkeypatch):
    path = tmp_path / "a.zdv"
    vault, _ = Vault.create(path, PASSPHRASE, school_name="OBS A", user_name="Ineke",
                            kdf=FAST_KDF_FOR_TESTS)
    Session(vault).basedata.add_staff("Johan", "Directeur")
    version = vault.schema_version()
    vault.close()
    broken = [*migrations.available(), (version + 1, "m9999_broken")]
    monkeypatch.setattr(migrations, "available", lambda: broken)
    monkeypatch.setattr(migrations, "latest_version", lambda: len(broken))
    real_load = migrations.load_sql
    monkeypatch.setattr(migrations, "load_sql", lambda name: (
        "CREATE TABLE half_done (x);\nSELECT * FROM no_such_table;" if name == "m9999_broken"
        else real_load(name)))
    with pytest.raises(UpgradeFailedError, match="niets gewijzigd") as caught:
        Vault.open(path, PASSPHRASE)
    # The IB reads a Dutch sentence; the cause stays on the chain, not in the message.
    assert "no_such_table" in str(caught.value.__cause__)
    assert "no_such_table" not in str(caught.value)
    monkeypatch.undo()
    with Vault.open(path, PASSPHRASE) as again:
        assert again.schema_version() == version
        names = [r[0] for r in again.read().execute("SELECT name FROM sqlite_master")]
        assert "half_done" not in names
        assert [s.name for s in Session(again).basedata.staff()] == ["Johan"]


def test_vault_from_newer_zorgdesk_is_refused(new_vault):
    path = new_vault.path
    with new_vault.transaction() as cur:
        cur.execute("PRAGMA user_version = 999")
    new_vault.close()
    with pytest.raises(VaultTooNewError) as info:
        Vault.open(path, PASSPHRASE)
    assert "nieuwere versie" in str(info.value)
