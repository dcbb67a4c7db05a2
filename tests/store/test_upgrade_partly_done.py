"""An upgrade over more than one migration that fails half-way: the migrations before the
failing one are committed (one transaction each), so the vault is no longer as it was. The
message must not say that nothing changed, nor send the IB back to the previous version of
ZorgDesk (which would refuse the now newer vault). Real vaults in tmp_path."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE
from tests.ui import test_upgrade_in_background as older
from tests.ui.test_upgrade_in_background import _older_vault, _schema
from zorgdesk.services.session import Session
from zorgdesk.store.errors import UpgradeFailedError


def test_a_half_done_upgrade_does_not_say_nothing_changed(tmp_path, monkeypatch):
    from zorgdesk.store.migrations import m0022_own_ids
    monkeypatch.setattr(older, "OLD", 20)
    path = _older_vault(tmp_path / "oud.zdv", monkeypatch)
    assert _schema(path) == 20

    def broken(conn, table):
        raise RuntimeError("stroom uitgevallen bij pupil Zoë")

    monkeypatch.setattr(m0022_own_ids, "highest_used", broken)
    with pytest.raises(UpgradeFailedError) as caught:
        Session.open(path, PASSPHRASE, backup_folder=tmp_path / "backups")
    message = str(caught.value)
    assert _schema(path) == 21  # m0021 was committed before m0022 failed
    assert "niets gewijzigd" not in message and "zoals hij was" not in message
    assert "vorige versie" not in message
    assert "deel" in message and "Zoë" not in message and "stroom" not in message


def test_a_failure_before_any_migration_still_says_nothing_changed(tmp_path, monkeypatch):
    from zorgdesk.store.migrations import m0022_own_ids
    path = _older_vault(tmp_path / "oud.zdv", monkeypatch)

    def broken(conn, table):
        raise RuntimeError("stroom uitgevallen")

    monkeypatch.setattr(m0022_own_ids, "highest_used", broken)
    with pytest.raises(UpgradeFailedError, match="niets gewijzigd"):
        Session.open(path, PASSPHRASE, backup_folder=tmp_path / "backups")
    assert _schema(path) == 21
