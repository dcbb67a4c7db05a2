"""Changing the passphrase and the recovery key."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.store.errors import WeakPassphraseError, WrongPassphraseError
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS, keyfile_path
from zorgdesk.store.vault import Vault

NEW = "olifant regenboog fietsbel kaneel"


def _snapshot(vault) -> list:
    data = Session(vault).basedata
    return [(p.display_name, p.date_of_birth, [g.name for g in data.guardians(p.id)])
            for p in data.pupils(include_inactive=True)]


def test_change_passphrase_keeps_all_data_and_old_one_stops_working(demo_path):
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        before = _snapshot(vault)
        vault.change_passphrase(DEMO_PASSPHRASE, NEW, kdf=FAST_KDF_FOR_TESTS)
    with pytest.raises(WrongPassphraseError):
        Vault.open(demo_path, DEMO_PASSPHRASE)
    with Vault.open(demo_path, NEW) as vault:
        assert _snapshot(vault) == before
        assert len(before) == 30
        actions = [row[0] for row in vault.read().execute("SELECT action FROM audit_log")]
        assert actions[-1] == "wachtwoord.gewijzigd"
        assert vault.verify() == []


def test_change_passphrase_needs_the_current_one(demo_vault):
    with pytest.raises(WrongPassphraseError):
        demo_vault.change_passphrase("verkeerd verkeerd", NEW, kdf=FAST_KDF_FOR_TESTS)
    with pytest.raises(WeakPassphraseError):
        demo_vault.change_passphrase(DEMO_PASSPHRASE, "kort", kdf=FAST_KDF_FOR_TESTS)
    demo_vault.close()
    Vault.open(demo_path := demo_vault.path, DEMO_PASSPHRASE).close()
    assert demo_path.exists()


def test_key_file_never_contains_the_passphrase(tmp_path):
    vault, recovery = Vault.create(tmp_path / "a.zdv", PASSPHRASE, school_name="OBS X",
                                   user_name="Ineke", kdf=FAST_KDF_FOR_TESTS,
                                   with_recovery_key=True)
    vault.change_passphrase(PASSPHRASE, NEW, kdf=FAST_KDF_FOR_TESTS)
    vault.close()
    text = keyfile_path(tmp_path / "a.zdv").read_text()
    for secret in (PASSPHRASE, NEW, recovery, recovery.replace("-", "")):
        assert secret not in text


def test_recovery_key_opens_the_vault_after_passphrase_change(tmp_path):
    path = tmp_path / "a.zdv"
    vault, recovery = Vault.create(path, PASSPHRASE, school_name="OBS X", user_name="Ineke",
                                   kdf=FAST_KDF_FOR_TESTS, with_recovery_key=True)
    assert recovery and len(recovery.replace("-", "")) == 24
    vault.change_passphrase(PASSPHRASE, NEW, kdf=FAST_KDF_FOR_TESTS)
    vault.close()
    # Typed back in lower case without dashes, as people do.
    with Vault.open(path, recovery.replace("-", " ").lower(), use_recovery_key=True) as again:
        assert again.user.name == "Ineke"
    with pytest.raises(WrongPassphraseError):
        Vault.open(path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", use_recovery_key=True)
