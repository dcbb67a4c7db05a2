"""m0007 adds the meldcode tables to a vault that already holds pupils."""

from __future__ import annotations

from datetime import datetime

from tests.conftest import PASSPHRASE
from zorgdesk.domain.people import PupilDraft
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.store import migrations
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault


def test_m0007_upgrades_a_vault_with_pupils(tmp_path, monkeypatch):
    everything = migrations.available()
    before = [(n, name) for n, name in everything if n < 7]
    path = tmp_path / "oud.zdv"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "available", lambda: before)
        patch.setattr(migrations, "latest_version", lambda: len(before))
        vault, _ = Vault.create(path, PASSPHRASE, school_name="OBS Oud", user_name="Ineke",
                                kdf=FAST_KDF_FOR_TESTS)
        pupil = Session(vault).basedata.add_pupil(
            PupilDraft("Zoë", "Berg", "14-03-2018", "01-09-2022", tussenvoegsel="van der"))
        names = [r[0] for r in vault.read().execute("SELECT name FROM sqlite_master")]
        assert "meldcode_event" not in names
        vault.close()
    with monkeypatch.context() as patch:
        upto7 = [(n, name) for n, name in everything if n <= 7]
        patch.setattr(migrations, "available", lambda: upto7)
        patch.setattr(migrations, "latest_version", lambda: len(upto7))
        with Vault.open(path, PASSPHRASE) as vault:
            assert vault.schema_version() == 7
            svc = Session(vault, FixedClock(datetime(2026, 11, 25, 10, 0))).meldcode
            trajectory = svc.start(pupil)
            assert svc.load(trajectory.id).state.pupil_id == str(pupil)
            assert vault.verify() == []
