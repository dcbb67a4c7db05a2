"""Encrypted backups: roundtrip, nothing readable, never overwrite, rotation."""

from __future__ import annotations

import zipfile

import pytest

from tests.security.helpers import raw_connection
from zorgdesk.cli import main
from zorgdesk.services.demo.school import DEMO_NAMES, DEMO_PASSPHRASE, DEMO_SCHOOL
from zorgdesk.services.session import Session
from zorgdesk.services.vault.backup import (
    BackupError,
    NotABackupError,
    make_backup,
    read_manifest,
    restore_backup,
    rotating_backup,
)
from zorgdesk.store.errors import VaultExistsError, WrongPassphraseError
from zorgdesk.store.keyfile import keyfile_path
from zorgdesk.store.vault import Vault


def _names(path) -> list[str]:
    with Vault.open(path, DEMO_PASSPHRASE) as vault:
        return sorted(p.display_name for p in Session(vault).basedata.pupils(
            include_inactive=True))


def test_roundtrip_restores_everything_and_verifies(demo_path, tmp_path):
    before = _names(demo_path)
    backup = tmp_path / "usb" / "zorgdesk.zdbackup"
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        manifest = make_backup(vault, backup)
        head = vault.read().execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    assert manifest.audit_seq == head
    target = tmp_path / "terug" / "hersteld.zdv"
    restore_backup(backup, target, DEMO_PASSPHRASE)
    assert _names(target) == before
    with Vault.open(target, DEMO_PASSPHRASE) as restored:
        assert restored.verify() == []
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".zorgdesk-")]


def test_backup_file_contains_no_readable_pupil_data(demo_path, tmp_path):
    backup = tmp_path / "b.zdbackup"
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        make_backup(vault, backup)
    raw = backup.read_bytes()
    for text in [*DEMO_NAMES, DEMO_SCHOOL, "Vlinderboom"]:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert text.encode(encoding) not in raw, (text, encoding)
    with zipfile.ZipFile(backup) as archive:
        assert archive.read("kluis.zdv")[:16] != b"SQLite format 3\x00"
        manifest = archive.read("manifest.json").decode()
    assert "Vlinderboom" not in manifest and "Berg" not in manifest


def test_backup_refuses_to_overwrite_a_file(demo_vault, tmp_path):
    target = tmp_path / "bestaat.zdbackup"
    target.write_bytes(b"niet overschrijven")
    with pytest.raises(VaultExistsError):
        make_backup(demo_vault, target)
    assert target.read_bytes() == b"niet overschrijven"


def test_restore_never_overwrites_and_refuses_older_over_newer(demo_path, tmp_path):
    backup = tmp_path / "oud.zdbackup"
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        make_backup(vault, backup)
        Session(vault).basedata.add_staff("Nieuwe Collega", "Leerkracht")
    original = demo_path.read_bytes()
    with pytest.raises(BackupError, match="nieuwere gegevens"):
        restore_backup(backup, demo_path, DEMO_PASSPHRASE)
    assert demo_path.read_bytes() == original
    other = tmp_path / "ander.zdv"
    other.write_text("iets anders")
    with pytest.raises(BackupError, match="nieuwe plek"):
        restore_backup(backup, other, DEMO_PASSPHRASE)
    assert other.read_text() == "iets anders"


def test_restore_with_wrong_passphrase_leaves_nothing(demo_vault, tmp_path):
    backup = tmp_path / "b.zdbackup"
    make_backup(demo_vault, backup)
    target = tmp_path / "doel" / "k.zdv"
    with pytest.raises(WrongPassphraseError):
        restore_backup(backup, target, "verkeerd wachtwoord dit")
    assert not target.exists() and not keyfile_path(target).exists()
    assert list(target.parent.iterdir()) == []


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 kapot", b"willekeurige bytes" * 100])
def test_random_or_truncated_file_is_not_a_backup(tmp_path, content):
    bogus = tmp_path / "nep.zdbackup"
    bogus.write_bytes(content)
    with pytest.raises(NotABackupError):
        restore_backup(bogus, tmp_path / "x.zdv", DEMO_PASSPHRASE)
    assert not (tmp_path / "x.zdv").exists()


def test_truncated_real_backup_is_refused(demo_vault, tmp_path):
    backup = tmp_path / "b.zdbackup"
    make_backup(demo_vault, backup)
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 2])
    with pytest.raises(NotABackupError):
        restore_backup(backup, tmp_path / "x.zdv", DEMO_PASSPHRASE)


def test_tampered_backup_is_not_restored(demo_path, tmp_path):
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    conn.execute("DELETE FROM audit_log WHERE seq = 3")
    conn.close()
    backup = tmp_path / "b.zdbackup"
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        make_backup(vault, backup)
    with pytest.raises(BackupError, match="beschadigd"):
        restore_backup(backup, tmp_path / "x.zdv", DEMO_PASSPHRASE)
    assert not (tmp_path / "x.zdv").exists()


def test_rotation_keeps_the_newest_n(demo_vault, tmp_path):
    folder = tmp_path / "backups"
    made = [rotating_backup(demo_vault, folder, keep=3) for _ in range(5)]
    left = sorted(folder.iterdir())
    assert left == made[-3:]
    assert read_manifest(left[-1]).vault_id == demo_vault.vault_id


def test_rotation_count_comes_from_the_setting(demo_vault, tmp_path):
    with demo_vault.transaction() as cur:
        cur.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('backup_keep', '2')")
        demo_vault.audit(cur, "instelling.gewijzigd", "setting", "backup_keep", {"value": 2})
    folder = tmp_path / "backups"
    for _ in range(4):
        rotating_backup(demo_vault, folder)
    assert len(list(folder.iterdir())) == 2
    assert demo_vault.verify() == []


def test_cli_backup_and_restore(demo_path, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ZORGDESK_PASSPHRASE", DEMO_PASSPHRASE)
    backup = tmp_path / "cli.zdbackup"
    assert main(["backup", "--vault", str(demo_path), "--to", str(backup)]) == 0
    assert main(["backup", "--vault", str(demo_path), "--to", str(backup)]) == 1
    assert "bestaand bestand" in capsys.readouterr().err
    target = tmp_path / "cli-terug.zdv"
    assert main(["restore", "--from", str(backup), "--to", str(target)]) == 0
    assert "gecontroleerd" in capsys.readouterr().out
    assert main(["restore", "--from", str(backup), "--to", str(target)]) == 1
    assert "nieuwe plek" in capsys.readouterr().err
    assert _names(target) == _names(demo_path)


def test_missing_backup_file_has_its_own_message(tmp_path):
    with pytest.raises(BackupError, match="niet gevonden"):
        restore_backup(tmp_path / "weg.zdbackup", tmp_path / "x.zdv", DEMO_PASSPHRASE)


def test_a_restored_copy_never_prunes_the_originals_backups(demo_vault, tmp_path):
    """A restored copy keeps the vault id; its rotating backups are its own series."""
    folder = tmp_path / "backups"
    originals = [rotating_backup(demo_vault, folder, keep=2) for _ in range(2)]
    copy = tmp_path / "terug" / "kopie.zdv"
    copy.parent.mkdir()
    restore_backup(originals[-1], copy, DEMO_PASSPHRASE)
    with Vault.open(copy, DEMO_PASSPHRASE) as restored:
        assert restored.vault_id == demo_vault.vault_id
        copies = [rotating_backup(restored, folder, keep=2) for _ in range(3)]
    left = set(folder.iterdir())
    assert set(originals) <= left, "the original's backups were pruned by the copy's"
    assert left == set(originals) | set(copies[-2:])
