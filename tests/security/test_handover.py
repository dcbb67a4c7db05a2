"""Successor IB (issue 21, seed 003 l.3686-3689): the vault is rekeyed for her.

Through the real vault: a new data key (PRAGMA rekey), a new recovery key; the old
passphrase, the old recovery key and a copy of the old key file stop working; who wrote
what stays; the successor is the user, a staff member, and the handover is audited.
"""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import PASSPHRASE, TODAY
from tests.services.test_logbook import draft
from zorgdesk.domain.people import PupilDraft
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.store.errors import VaultError, WrongPassphraseError
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS, keyfile_path, pending_keyfile_path
from zorgdesk.store.vault import Vault

SUCCESSOR = "Fatima el Amrani"
NEW = "lantaarn gieter pompoen walvis"


@pytest.fixture
def made(tmp_path):
    """A vault with a recovery key and an entry by the first IB; returns (path, recovery)."""
    path = tmp_path / "school.zdv"
    session, recovery = Session.create(path, PASSPHRASE, school_name="OBS De Linde",
                                       place="Leiden", user_name="Ineke de Boer",
                                       with_recovery_key=True, kdf=FAST_KDF_FOR_TESTS,
                                       clock=FixedClock(TODAY))
    pupil = session.basedata.add_pupil(PupilDraft("Noor", "Bakker", "02-02-2017",
                                                  "01-09-2021"))
    session.basedata.add_staff("Anouk Jansen", "leerkracht")
    session.logbook.add_entry(draft([pupil], session.vault, situation="Noor huilde."))
    session.close()
    return path, recovery


def _hand_over(path, **kwargs):
    session = Session.open(path, PASSPHRASE, clock=FixedClock(TODAY))
    try:
        values = dict(current=PASSPHRASE, new=NEW, repeated=NEW, successor=SUCCESSOR,
                      kdf=FAST_KDF_FOR_TESTS)
        values.update(kwargs)
        return session.hand_over(**values).recovery_key
    finally:
        session.close()


def test_handover_rekeys_and_only_the_successor_gets_in(made, tmp_path):
    path, old_recovery = made
    old_keyfile = tmp_path / "oud-sleutelbestand"
    shutil.copy2(keyfile_path(path), old_keyfile)
    new_recovery = _hand_over(path)
    assert new_recovery and new_recovery != old_recovery
    with pytest.raises(WrongPassphraseError):
        Vault.open(path, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        Vault.open(path, old_recovery, use_recovery_key=True)
    # Even the predecessor's own copy of the old key file no longer opens the data.
    shutil.copy2(old_keyfile, keyfile_path(path))
    with pytest.raises(VaultError, match="overgedragen"):
        Vault.open(path, PASSPHRASE)
    with pytest.raises(VaultError, match="overgedragen"):
        Vault.open(path, old_recovery, use_recovery_key=True)


def test_after_the_handover_she_works_under_her_own_name(made, tmp_path):
    path, _old = made
    keep = tmp_path / "nieuw-sleutelbestand"
    new_recovery = _hand_over(path)
    shutil.copy2(keyfile_path(path), keep)
    with Session.open(path, NEW, clock=FixedClock(TODAY)) as session:
        assert session.user_name == SUCCESSOR
        assert session.verify() == []
        noor = session.basedata.pupils("Noor")[0]
        old = session.logbook.chronology(noor.id)[0]
        assert old.current.author == "Ineke de Boer"  # who wrote what stays
        entry = session.logbook.add_entry(draft([noor.id], session.vault,
                                                situation="Noor lachte weer."))
        assert session.logbook.history(entry).current.author == SUCCESSOR
        staff = {s.name: s.role for s in session.basedata.staff()}
        assert staff[SUCCESSOR] == "Intern begeleider" and "Ineke de Boer" in staff
        rows = session.vault.read().execute(
            "SELECT actor, action, entity FROM audit_log ORDER BY seq").fetchall()
        assert ("Ineke de Boer", "kluis.overgedragen", "app_user") in rows
        assert rows[-1][0] == SUCCESSOR
    with Vault.open(path, new_recovery, use_recovery_key=True) as vault:
        assert vault.user.name == SUCCESSOR and vault.verify() == []


@pytest.mark.parametrize(("kwargs", "message"), [
    (dict(successor="   "), "naam van de nieuwe intern begeleider"),
    (dict(new=PASSPHRASE, repeated=PASSPHRASE), "hetzelfde als het oude"),
    (dict(new="welkom123", repeated="welkom123"), "minstens 12 tekens"),
    (dict(new="fatima amrani linde", repeated="fatima amrani linde"), "naam"),
    (dict(repeated="lantaarn gieter pompoen walvi"), "niet gelijk"),
    (dict(current=""), "huidige wachtwoord"),
])
def test_bad_input_is_refused_in_dutch_and_nothing_changes(made, kwargs, message):
    path, recovery = made
    before = keyfile_path(path).read_bytes()
    with pytest.raises(ValidationError) as raised:
        _hand_over(path, **kwargs)
    assert any(message in p.message for p in raised.value.problems), raised.value.problems
    assert keyfile_path(path).read_bytes() == before
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.user.name == "Ineke de Boer" and vault.verify() == []


def test_a_wrong_current_passphrase_is_refused(made):
    path, _recovery = made
    with pytest.raises(WrongPassphraseError):
        _hand_over(path, current="paraplu tijger kompas zeilboot!")
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.user.name == "Ineke de Boer"


def test_cut_off_after_the_rekey_is_finished_at_the_next_open(made, monkeypatch):
    """The stick is pulled between the rekey and putting the new key file in place."""
    import zorgdesk.store.vault as vault_module

    path, _recovery = made
    real_replace = vault_module.os.replace

    def pulled(source, target):
        if str(source).endswith(".key.pending"):  # only putting the new key file in place
            raise OSError(5, "Input/output error")
        real_replace(source, target)

    monkeypatch.setattr(vault_module.os, "replace", pulled)
    session = Session.open(path, PASSPHRASE, clock=FixedClock(TODAY))
    try:
        handed = session.hand_over(current=PASSPHRASE, new=NEW, repeated=NEW,
                                   successor=SUCCESSOR, kdf=FAST_KDF_FOR_TESTS)
    finally:
        session.close()
    assert "sleutelbestand" in handed.warning  # the key reached her all the same
    monkeypatch.setattr(vault_module.os, "replace", real_replace)
    assert pending_keyfile_path(path).exists()
    with pytest.raises(VaultError, match="overgedragen"):  # the old key: not the file's
        Vault.open(path, PASSPHRASE)
    with Vault.open(path, NEW) as vault:
        assert vault.user.name == SUCCESSOR and vault.verify() == []
    assert not pending_keyfile_path(path).exists()
    with Vault.open(path, handed.recovery_key, use_recovery_key=True) as vault:
        assert vault.user.name == SUCCESSOR


def test_a_pending_key_file_from_a_handover_that_never_rekeyed_is_dropped(made):
    path, _recovery = made
    from zorgdesk.store.keyfile import KeyFile

    KeyFile.new(bytes(32), NEW, FAST_KDF_FOR_TESTS, None).write_atomically(
        pending_keyfile_path(path))
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.user.name == "Ineke de Boer" and vault.verify() == []
    assert not pending_keyfile_path(path).exists()


def test_a_backup_after_the_handover_opens_only_with_her_passphrase(made, tmp_path):
    from zorgdesk.services.vault.backup import restore_backup

    path, _recovery = made
    _hand_over(path)
    with Session.open(path, NEW) as session:
        session.backup(tmp_path / "usb" / "na-overdracht.zdbackup")
    target = tmp_path / "terug" / "hersteld.zdv"
    with pytest.raises(VaultError):
        restore_backup(tmp_path / "usb" / "na-overdracht.zdbackup", target, PASSPHRASE)
    restore_backup(tmp_path / "usb" / "na-overdracht.zdbackup", target, NEW)
    with Vault.open(target, NEW) as vault:
        assert vault.user.name == SUCCESSOR and vault.verify() == []
