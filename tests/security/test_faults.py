"""Faults never split state and always end in a Dutch message (issue 20).

Full and read-only disks are a real tmpfs (tests/security/disks.py), not mocks.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import copy_vault
from zorgdesk.cli import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.services.vault.backup import (
    clean_leftover_staging,
    make_backup,
    restore_backup,
)
from zorgdesk.store import keyfile as keyfile_module
from zorgdesk.store.errors import (
    DamagedVaultError,
    DiskFullError,
    ForeignLockError,
    KeyFileMismatchError,
    NotAVaultError,
    ReadOnlyMediumError,
    WrongPassphraseError,
)
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS, KeyFile, keyfile_path
from zorgdesk.store.lockfile import lock_path
from zorgdesk.store.throttle import GLOBAL_THROTTLE
from zorgdesk.store.vault import Vault

NEW_PASSPHRASE = "lantaarn zeehond briefpapier"
ROOT = Path(__file__).resolve().parents[2]


def _count_entries(path) -> int:
    with Vault.open(path, DEMO_PASSPHRASE) as vault:
        return vault.read().execute("SELECT count(*) FROM staff").fetchone()[0]


# -- full disk --------------------------------------------------------------------------


def test_passphrase_change_on_a_full_disk_keeps_memory_and_disk_old(demo_template,
                                                                    small_disk, tmp_path):
    path = copy_vault(demo_template, small_disk.root)
    vault = Vault.open(path, DEMO_PASSPHRASE)
    try:
        on_disk = keyfile_path(path).read_bytes()
        in_memory = vault.keyfile_json()
        small_disk.fill()
        with pytest.raises(DiskFullError) as caught:
            vault.change_passphrase(DEMO_PASSPHRASE, NEW_PASSPHRASE, FAST_KDF_FOR_TESTS)
        assert "schijf is vol" in str(caught.value)
        assert keyfile_path(path).read_bytes() == on_disk
        assert vault.keyfile_json() == in_memory
        small_disk.free()
        # A backup made after the failure (also the automatic one) opens with the old one.
        make_backup(vault, tmp_path / "na-fout.zdbackup")
        vault.change_passphrase(DEMO_PASSPHRASE, NEW_PASSPHRASE, FAST_KDF_FOR_TESTS)
    finally:
        vault.close()
    restore_backup(tmp_path / "na-fout.zdbackup", tmp_path / "terug" / "k.zdv", DEMO_PASSPHRASE)
    Vault.open(path, NEW_PASSPHRASE).close()


def test_save_on_a_full_disk_is_refused_in_dutch_and_nothing_half_stays(demo_template,
                                                                         small_disk):
    path = copy_vault(demo_template, small_disk.root)
    before = _count_entries(path)
    session = Session.open(path, DEMO_PASSPHRASE)
    try:
        small_disk.fill()
        saved = 0
        with pytest.raises(DiskFullError) as caught:
            for _ in range(200):  # the WAL may still have room for a few pages
                session.basedata.add_staff("Nieuwe Collega", "Leerkracht")
                saved += 1
        assert "Uw invoer staat nog in het venster" in str(caught.value)
        small_disk.free()
        session.basedata.add_staff("Collega Na Opruimen", "Leerkracht")
        assert session.verify() == []
    finally:
        session.close()
    assert _count_entries(path) == before + saved + 1


def test_backup_to_a_full_stick_is_refused_in_dutch(demo_path, small_disk, monkeypatch,
                                                    capsys):
    small_disk.fill()
    monkeypatch.setenv("ZORGDESK_PASSPHRASE", DEMO_PASSPHRASE)
    target = small_disk.root / "b.zdbackup"
    assert main(["backup", "--vault", str(demo_path), "--to", str(target)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "vol" in err and "Traceback" not in err
    assert not target.exists()
    assert [p.name for p in small_disk.root.iterdir()] == ["vulling.bin"]


def test_demo_on_a_full_disk_is_refused_in_dutch_and_leaves_nothing(small_disk, capsys):
    small_disk.fill()
    target = small_disk.root / "demo.zdv"
    assert main(["demo", str(target)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "vol" in err and "Traceback" not in err
    assert [p.name for p in small_disk.root.iterdir()] == ["vulling.bin"]


def test_demo_that_runs_out_of_space_halfway_leaves_nothing(small_disk, capsys):
    # 4 MiB disk minus ~3.7 MiB: the key file and first pages fit, the demo data not.
    with open(small_disk.filler, "wb") as handle:
        handle.write(b"\0" * (3_700 * 1024))
    target = small_disk.root / "demo.zdv"
    assert main(["demo", str(target)]) == EXIT_ERROR
    assert "vol" in capsys.readouterr().err
    assert sorted(p.name for p in small_disk.root.iterdir()) == ["vulling.bin"]


# -- read-only medium -----------------------------------------------------------------------


@pytest.fixture
def read_only_stick(demo_template, small_disk):
    path = copy_vault(demo_template, small_disk.root)
    small_disk.make_read_only()
    yield path
    small_disk.make_writable()


def test_read_only_stick_verify_and_backup_work_inzage_is_refused(read_only_stick, tmp_path,
                                                                  monkeypatch, capsys):
    monkeypatch.setenv("ZORGDESK_PASSPHRASE", DEMO_PASSPHRASE)
    assert main(["verify", "--vault", str(read_only_stick)]) == EXIT_OK
    assert main(["backup", "--vault", str(read_only_stick),
                 "--to", str(tmp_path / "b.zdbackup")]) == EXIT_OK
    capsys.readouterr()
    out = tmp_path / "inzage"
    out.mkdir()
    assert main(["inzage", "--vault", str(read_only_stick), "--leerling", "1",
                 "--to", str(out)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "alleen-lezen" in err and "Traceback" not in err
    assert list(out.iterdir()) == []


def test_read_only_stick_opens_read_only_after_asking(read_only_stick):
    with pytest.raises(ReadOnlyMediumError) as caught:
        Vault.open(read_only_stick, DEMO_PASSPHRASE)
    assert "alleen-lezen" in str(caught.value)
    session = Session.open(read_only_stick, DEMO_PASSPHRASE, read_only=True)
    try:
        assert session.basedata.pupils()  # browse
        assert session.verify() == []
    finally:
        session.close()


def test_demo_backup_and_restore_into_a_read_only_folder_are_refused(read_only_stick,
                                                                     small_disk, tmp_path,
                                                                     monkeypatch, capsys):
    monkeypatch.setenv("ZORGDESK_PASSPHRASE", DEMO_PASSPHRASE)
    assert main(["demo", str(small_disk.root / "nieuw.zdv")]) == EXIT_ERROR
    assert "alleen-lezen" in capsys.readouterr().err
    source = copy_vault(read_only_stick, tmp_path)
    assert main(["backup", "--vault", str(source), "--to",
                 str(small_disk.root / "b.zdbackup")]) == EXIT_ERROR
    assert "niet schrijven" in capsys.readouterr().err
    assert main(["backup", "--vault", str(source), "--to", str(tmp_path / "b.zdbackup")]) \
        == EXIT_OK
    assert main(["restore", "--from", str(tmp_path / "b.zdbackup"), "--to",
                 str(small_disk.root / "terug.zdv")]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "niet schrijven" in err and "Traceback" not in err


# -- damaged file -----------------------------------------------------------------------------


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, offset + 16):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["eerste-pagina", "middenin", "laatste-pagina",
                                    "1-byte-korter"])
def test_damaged_file_gives_the_databasecontrole_line_and_rc_3(demo_path, damage,
                                                               monkeypatch, capsys):
    size = demo_path.stat().st_size
    if damage == "1-byte-korter":
        with open(demo_path, "r+b") as handle:
            handle.truncate(size - 1)
    else:
        _flip(demo_path, {"eerste-pagina": 100, "middenin": (size // 8192) * 4096 + 200,
                          "laatste-pagina": size - 300}[damage])
    monkeypatch.setenv("ZORGDESK_PASSPHRASE", DEMO_PASSPHRASE)
    assert main(["verify", "--vault", str(demo_path)]) == EXIT_PROBLEMS
    err = capsys.readouterr().err
    assert "- Databasecontrole: " in err
    assert "onverwachte fout" not in err and "Traceback" not in err


@pytest.mark.parametrize("grown", [1, 4095], ids=["1-byte-langer", "nullen-tot-1-byte-korter"])
def test_a_file_that_is_no_whole_number_of_pages_is_reported(demo_path, grown):
    """SQLite reads the missing bytes of a cut-off last page as zeros, so a file cut one
    byte short whose last byte was 0 (1 in 256, the old flaky '1-byte-korter') read as
    sound; 4095 zeros appended is exactly that file: a zero page cut one byte short."""
    with open(demo_path, "ab") as handle:
        handle.write(b"\0" * grown)
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        problems = vault.verify()
    assert problems and problems[0].startswith("Databasecontrole: ")
    assert "geen geheel aantal pagina" in problems[0]


def test_crash_dialog_never_calls_a_damaged_vault_safe():
    import sqlcipher3

    from zorgdesk.ui.crash_dialog import message_for

    for error in (DamagedVaultError(), sqlcipher3.DatabaseError("database disk image is "
                                                                "malformed")):
        title, text = message_for(error)
        assert "beschadigd" in text and "staat veilig" not in text, title
    assert "schijf is vol" in message_for(DiskFullError())[1]
    assert "staat veilig" in message_for(RuntimeError())[1]


# -- key file, lock, passphrase ---------------------------------------------------------------


@pytest.mark.parametrize("field,value", [("memory_kib", 2**32 - 1), ("time_cost", 0),
                                         ("time_cost", 100_000), ("parallelism", 0),
                                         ("memory_kib", "veel"), ("salt", "AAAA")])
def test_key_file_fields_are_checked_before_deriving(demo_path, field, value):
    path = keyfile_path(demo_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    slot = data["slots"]["passphrase"]
    (slot if field == "salt" else slot["kdf"])[field] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(NotAVaultError) as caught:
        Vault.open(demo_path, DEMO_PASSPHRASE)
    assert "sleutelbestand is beschadigd" in str(caught.value)
    assert time.monotonic() - started < 30  # not minutes of Argon2 (a bound, not a benchmark)


def test_lock_of_another_computer_can_be_taken_over_after_a_warning(demo_path):
    lock_path(demo_path).write_text(json.dumps({"host": "laptop-directie", "pid": 4242}),
                                    encoding="utf-8")
    with pytest.raises(ForeignLockError) as caught:
        Vault.open(demo_path, DEMO_PASSPHRASE)
    assert "laptop-directie" in str(caught.value) and "overnemen" in str(caught.value)
    with Vault.open(demo_path, DEMO_PASSPHRASE, take_over_lock=True) as vault:
        assert vault.verify() == []
    assert not lock_path(demo_path).exists()


def test_cli_never_takes_over_a_lock_and_says_where_it_can(demo_path, monkeypatch, capsys):
    lock_path(demo_path).write_text(json.dumps({"host": "laptop-directie", "pid": 4242}),
                                    encoding="utf-8")
    monkeypatch.setenv("ZORGDESK_PASSPHRASE", DEMO_PASSPHRASE)
    assert main(["verify", "--vault", str(demo_path)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "laptop-directie" in err and "ZorgDesk-venster" in err
    assert lock_path(demo_path).exists()


def test_changed_vault_id_has_its_own_message_and_is_no_failed_attempt(demo_path):
    path = keyfile_path(demo_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    Vault.open(demo_path, DEMO_PASSPHRASE).close()  # the slot written by this version
    data = json.loads(path.read_text(encoding="utf-8"))
    data["vault_id"] = "f" * 32
    path.write_text(json.dumps(data), encoding="utf-8")
    for _ in range(5):
        with pytest.raises(KeyFileMismatchError) as caught:
            Vault.open(demo_path, DEMO_PASSPHRASE)
    assert "hoort niet bij deze kluis" in str(caught.value)
    assert "onjuist" not in str(caught.value)
    assert GLOBAL_THROTTLE.wait_remaining(str(demo_path.resolve())) == 0


def test_passphrase_forms_nfc_and_nfd_open_the_same_vault(tmp_path):
    typed = "Zeeën café ijsbeer kroeg"
    path = tmp_path / "k.zdv"
    vault, _ = Vault.create(path, unicodedata.normalize("NFD", typed), school_name="OBS Test",
                            user_name="Ineke", kdf=FAST_KDF_FOR_TESTS)
    vault.close()
    Vault.open(path, unicodedata.normalize("NFC", typed)).close()
    Vault.open(path, unicodedata.normalize("NFD", typed)).close()


def test_vault_made_with_a_non_normalised_passphrase_still_opens_and_is_rewrapped(tmp_path):
    typed = "Zeeën café ijsbeer kroeg"
    nfd = unicodedata.normalize("NFD", typed)
    path = tmp_path / "oud.zdv"
    Vault.create(path, typed, school_name="OBS Test", user_name="Ineke",
                 kdf=FAST_KDF_FOR_TESTS)[0].close()
    key = KeyFile.read(keyfile_path(path))
    data_key = key.unwrap(typed)
    # As the previous version wrote it: the raw NFD text, no check value.
    slot = keyfile_module._wrap_slot(bytes(data_key), nfd, FAST_KDF_FOR_TESTS, key.vault_id)
    del slot["check"]
    key.slots["passphrase"] = slot
    key.write_atomically(keyfile_path(path))
    with pytest.raises(WrongPassphraseError):
        keyfile_module._unwrap_slot(slot, unicodedata.normalize("NFC", typed), key.vault_id)
    Vault.open(path, unicodedata.normalize("NFC", typed)).close()
    rewrapped = KeyFile.read(keyfile_path(path)).slots["passphrase"]
    assert "check" in rewrapped
    keyfile_module._unwrap_slot(rewrapped, unicodedata.normalize("NFC", typed), key.vault_id)


# -- leftovers and CLI bytes -----------------------------------------------------------------


def test_leftover_backup_folders_are_cleaned_at_the_next_start(tmp_path):
    old = tmp_path / ".zorgdesk-backup-abc123"
    old.mkdir()
    (old / "kluis.zdv").write_bytes(b"\x01" * 100)
    recent = tmp_path / ".zorgdesk-restore-def456"
    recent.mkdir()
    other = tmp_path / "zorgdesk-backup-van-mij"
    other.mkdir()
    hour_ago = time.time() - 3600
    for p in (old / "kluis.zdv", old):
        os.utime(p, (hour_ago, hour_ago))
    assert clean_leftover_staging(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [".zorgdesk-restore-def456",
                                                          "zorgdesk-backup-van-mij"]
    assert clean_leftover_staging(tmp_path, now=time.time() + 3600) == 1


def test_app_start_cleans_leftovers_in_the_backup_folder(qtbot, demo_path, monkeypatch):
    from zorgdesk import paths
    from zorgdesk.ui.app import AppController

    folder = paths.backup_dir()
    folder.mkdir(parents=True)
    leftover = folder / ".zorgdesk-backup-x1"
    leftover.mkdir()
    os.utime(leftover, (time.time() - 3600, time.time() - 3600))
    controller = AppController(demo_path)
    monkeypatch.setattr(controller, "unlock", lambda: False)
    assert controller.start() is False
    assert not leftover.exists()
    controller.shutdown()
    controller.window.close()
    controller.window.deleteLater()


def _cli(args: list[str], env_extra: dict[bytes, bytes] | None = None,
         stdin: bytes = b"") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environb.items() if k != b"ZORGDESK_PASSPHRASE"}
    env[b"PYTHONPATH"] = str(ROOT / "src").encode()
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "zorgdesk", *args], input=stdin, env=env,
                          capture_output=True, timeout=120, check=False)


def test_cli_non_utf8_passphrase_in_the_environment_is_refused_in_dutch(demo_path):
    done = _cli(["verify", "--vault", str(demo_path)],
                {b"ZORGDESK_PASSPHRASE": b"regenjas \xff kompas"})
    assert done.returncode == EXIT_ERROR
    err = done.stderr.decode("utf-8")
    assert "geen geldige UTF-8" in err and "Traceback" not in err


def test_cli_demo_without_a_file_name_is_a_usage_error(tmp_path, capsys):
    assert main(["demo", ""]) == EXIT_USAGE
    assert main(["demo", str(tmp_path)]) == EXIT_USAGE
    assert "bestandsnaam" in capsys.readouterr().err


def test_cli_anonymise_refuses_non_utf8_input_and_prints_nothing(tmp_path):
    done = _cli(["anonymise", "--known-name", "Elif Çelik"],
                stdin="Elif Çelik kwam te laat.".encode("latin-1"))
    assert done.returncode == EXIT_ERROR
    assert done.stdout == b""
    assert "geen geldige UTF-8" in done.stderr.decode("utf-8")


def test_cli_anonymise_refuses_input_over_the_documented_limit(tmp_path):
    from zorgdesk.cli import MAX_ANONYMISE_BYTES

    done = _cli(["anonymise"], stdin=b"a" * (MAX_ANONYMISE_BYTES + 1))
    assert done.returncode == EXIT_ERROR and done.stdout == b""
    assert "te lang" in done.stderr.decode("utf-8")
