"""Every way opening a vault can go wrong has its own clear Dutch message."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from tests.conftest import PASSPHRASE
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.store.errors import (
    NotAVaultError,
    TooManyAttemptsError,
    VaultExistsError,
    VaultInUseError,
    VaultMissingError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS, keyfile_path
from zorgdesk.store.lockfile import lock_path
from zorgdesk.store.throttle import AttemptThrottle
from zorgdesk.store.vault import Vault


def _create(path, **extra):
    return Vault.create(path, PASSPHRASE, school_name="OBS Testschool", user_name="Ineke",
                        kdf=FAST_KDF_FOR_TESTS, **extra)


def test_create_then_open_roundtrip(tmp_path):
    vault, recovery = _create(tmp_path / "a.zdv")
    assert recovery is None
    assert vault.user.name == "Ineke"
    vault.close()
    with Vault.open(tmp_path / "a.zdv", PASSPHRASE) as reopened:
        row = reopened.read().execute("SELECT name FROM school").fetchone()
        assert row[0] == "OBS Testschool"
        assert reopened.verify() == []


def test_wrong_passphrase(demo_path):
    with pytest.raises(WrongPassphraseError) as info:
        Vault.open(demo_path, "dit is niet het wachtwoord")
    assert "wachtwoord is onjuist" in str(info.value)
    assert not lock_path(demo_path).exists(), "a failed open must not leave a lock behind"


def test_repeated_wrong_attempts_are_slowed_down(demo_path):
    now = [1000.0]
    throttle = AttemptThrottle(clock=lambda: now[0])
    for _ in range(3):
        with pytest.raises(WrongPassphraseError):
            Vault.open(demo_path, "fout fout fout fout", throttle=throttle)
    # Now even the right passphrase must wait: guessing in a loop gets slow.
    with pytest.raises(TooManyAttemptsError) as info:
        Vault.open(demo_path, DEMO_PASSPHRASE, throttle=throttle)
    assert "Wacht" in str(info.value)
    first_wait = info.value.wait_seconds
    now[0] += first_wait + 0.1
    with pytest.raises(WrongPassphraseError):
        Vault.open(demo_path, "nog steeds fout!!", throttle=throttle)
    with pytest.raises(TooManyAttemptsError) as info:
        Vault.open(demo_path, DEMO_PASSPHRASE, throttle=throttle)
    assert info.value.wait_seconds > first_wait, "each further failure waits longer"
    now[0] += info.value.wait_seconds + 0.1
    Vault.open(demo_path, DEMO_PASSPHRASE, throttle=throttle).close()


def test_missing_file(tmp_path):
    with pytest.raises(VaultMissingError) as info:
        Vault.open(tmp_path / "bestaat-niet.zdv", PASSPHRASE)
    assert "niet gevonden" in str(info.value)


def test_text_file_is_not_a_vault(tmp_path):
    path = tmp_path / "boodschappen.txt"
    path.write_text("melk, brood, kaas\n", encoding="utf-8")
    with pytest.raises(NotAVaultError) as info:
        Vault.open(path, PASSPHRASE)
    assert "geen ZorgDesk-kluis" in str(info.value)


def test_plain_sqlite_database_is_not_a_vault(tmp_path):
    path = tmp_path / "gewoon.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(NotAVaultError) as info:
        Vault.open(path, PASSPHRASE)
    assert "onversleutelde database" in str(info.value)


def test_damaged_vault_is_reported_as_damaged(demo_path):
    data = bytearray(demo_path.read_bytes())
    data[0:4096] = os.urandom(4096)  # destroys the first page (salt and schema)
    demo_path.write_bytes(bytes(data))
    with pytest.raises(NotAVaultError) as info:
        Vault.open(demo_path, DEMO_PASSPHRASE)
    assert "beschadigd" in str(info.value)


def test_damaged_key_file(demo_path):
    keyfile_path(demo_path).write_text("{niet: json", encoding="utf-8")
    with pytest.raises(NotAVaultError) as info:
        Vault.open(demo_path, DEMO_PASSPHRASE)
    assert "sleutelbestand is beschadigd" in str(info.value)


def test_key_file_of_another_vault(tmp_path, demo_path):
    other, _ = _create(tmp_path / "other.zdv")
    other.close()
    keyfile_path(demo_path).write_bytes(keyfile_path(tmp_path / "other.zdv").read_bytes())
    with pytest.raises(NotAVaultError):
        Vault.open(demo_path, PASSPHRASE)


def test_opening_twice_in_one_process_is_refused(demo_path):
    with Vault.open(demo_path, DEMO_PASSPHRASE):
        with pytest.raises(VaultInUseError) as info:
            Vault.open(demo_path, DEMO_PASSPHRASE)
        assert "al geopend" in str(info.value)
    Vault.open(demo_path, DEMO_PASSPHRASE).close()


def test_opening_while_another_process_has_it_open_is_refused(demo_path):
    holder = textwrap.dedent(f"""
        import sys, time
        from zorgdesk.store.vault import Vault
        v = Vault.open({str(demo_path)!r}, {DEMO_PASSPHRASE!r})
        print("open", flush=True)
        sys.stdin.readline()
        v.close()
    """)
    proc = subprocess.Popen([sys.executable, "-c", holder], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "open"
        with pytest.raises(VaultInUseError):
            Vault.open(demo_path, DEMO_PASSPHRASE)
    finally:
        proc.communicate("\n", timeout=30)
    Vault.open(demo_path, DEMO_PASSPHRASE).close()


def test_stale_lock_from_a_crashed_process_is_taken_over(demo_path):
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(proc.stdout)
    import socket

    lock_path(demo_path).write_text(json.dumps({"host": socket.gethostname(), "pid": dead_pid}))
    time.sleep(0.05)
    Vault.open(demo_path, DEMO_PASSPHRASE).close()


def test_create_over_existing_file_is_refused(tmp_path):
    path = tmp_path / "bestaand.zdv"
    path.write_text("belangrijk", encoding="utf-8")
    with pytest.raises(VaultExistsError) as info:
        _create(path)
    assert "bestaand bestand" in str(info.value)
    assert path.read_text(encoding="utf-8") == "belangrijk"


def test_create_over_existing_vault_is_refused(demo_path):
    before = demo_path.read_bytes()
    with pytest.raises(VaultExistsError):
        _create(demo_path)
    assert demo_path.read_bytes() == before


@pytest.mark.parametrize("weak, reason", [
    ("kort", "minstens 12 tekens"),
    ("welkomwelkom", "te makkelijk te raden"),
    ("wachtwoord123", "te makkelijk te raden"),
    ("Testschool kompas tijger", "naam van uzelf of van de school"),
])
def test_weak_passphrases_are_refused_with_a_reason(tmp_path, weak, reason):
    with pytest.raises(WeakPassphraseError) as info:
        Vault.create(tmp_path / "a.zdv", weak, school_name="OBS Testschool", user_name="Ineke",
                     kdf=FAST_KDF_FOR_TESTS)
    assert reason in str(info.value)
    assert not (tmp_path / "a.zdv").exists()
    assert not keyfile_path(tmp_path / "a.zdv").exists()
