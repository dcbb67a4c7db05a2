"""A real vault made by ZorgDesk before issue 20 (tests/data/vaults/voor-issue-20.zdv).

Made with commit e083ac4 (schema 9, the base demo data, FAST_KDF_FOR_TESTS) and the
passphrase typed decomposed (NFD), as macOS may deliver it; no keyed head, old seal
triggers, a key-file slot without check value. It must open with the passphrase typed
either way, pass verify, and be protected from then on.
"""

from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

import pytest

from tests.security.helpers import drop_seal_triggers, raw_connection
from zorgdesk.store import head
from zorgdesk.store.keyfile import KeyFile, keyfile_path
from zorgdesk.store.vault import Vault

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "vaults" / "voor-issue-20.zdv"
TYPED = "Zeeën café ijsbeer kroeg"


@pytest.fixture
def legacy(tmp_path) -> Path:
    target = tmp_path / FIXTURE.name
    shutil.copy2(FIXTURE, target)
    shutil.copy2(keyfile_path(FIXTURE), keyfile_path(target))
    return target


def test_fixture_is_what_the_old_version_wrote(legacy):
    slot = json.loads(keyfile_path(legacy).read_text(encoding="utf-8"))["slots"]["passphrase"]
    assert "check" not in slot
    conn = raw_connection(legacy, unicodedata.normalize("NFD", TYPED))
    assert conn.execute("SELECT 1 FROM meta WHERE key = ?", (head.HEAD_KEY,)).fetchone() is None
    assert "zd_seal_count" not in conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'guardian_seal_insert'").fetchone()[0]
    conn.close()


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_old_vault_opens_verifies_and_is_upgraded(legacy, form):
    with Vault.open(legacy, unicodedata.normalize(form, TYPED)) as vault:
        assert vault.verify() == []
        actions = [r[0] for r in vault.read().execute("SELECT action FROM audit_log")]
        assert actions.count("kluis.controle_uitgebreid") == 1
    key = KeyFile.read(keyfile_path(legacy))
    assert "check" in key.slots["passphrase"]  # rewrapped with the NFC form
    Vault.open(legacy, unicodedata.normalize("NFC", TYPED)).close()
    Vault.open(legacy, unicodedata.normalize("NFD", TYPED)).close()


def test_after_the_upgrade_a_deleted_row_with_its_seal_is_found(legacy):
    Vault.open(legacy, TYPED).close()
    conn = raw_connection(legacy, TYPED)
    drop_seal_triggers(conn, "guardian")
    conn.execute("DELETE FROM guardian WHERE id = 2")
    conn.execute("DELETE FROM row_seal WHERE tbl = 'guardian' AND row_id = 2")
    conn.close()
    with Vault.open(legacy, TYPED) as vault:
        problems = vault.verify()
    assert any("'ouder/verzorger'" in p and "ontbreken" in p for p in problems), problems
    assert any("ouder/verzorger verwijderd (nr. 2)" in p for p in problems), problems
