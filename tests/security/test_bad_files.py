"""Random or damaged files offered as a backup or as a vault: a clear error, nothing lost."""

from __future__ import annotations

import io
import shutil
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.vault.backup import BackupError, restore_backup
from zorgdesk.store.errors import VaultError
from zorgdesk.store.keyfile import keyfile_path
from zorgdesk.store.vault import Vault

FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(st.binary(max_size=4096))
def test_random_bytes_are_not_a_backup(tmp_path_factory, content):
    folder = tmp_path_factory.mktemp("bad")
    bogus = folder / "nep.zdbackup"
    bogus.write_bytes(content)
    with pytest.raises(BackupError, match="back-up"):
        restore_backup(bogus, folder / "doel.zdv", DEMO_PASSPHRASE)
    assert not (folder / "doel.zdv").exists()
    assert sorted(p.name for p in folder.iterdir()) == ["nep.zdbackup"]


@FAST
@given(st.dictionaries(st.sampled_from(["manifest.json", "kluis.zdv", "kluis.zdv.key",
                                        "extra.txt"]), st.binary(max_size=512)))
def test_zip_with_wrong_members_is_refused(tmp_path_factory, members):
    folder = tmp_path_factory.mktemp("zip")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    bogus = folder / "nep.zdbackup"
    bogus.write_bytes(buffer.getvalue())
    with pytest.raises(VaultError):
        restore_backup(bogus, folder / "doel.zdv", DEMO_PASSPHRASE)
    assert not (folder / "doel.zdv").exists()


@FAST
@given(st.binary(min_size=0, max_size=8192))
def test_random_bytes_with_a_real_key_file_are_not_a_vault(tmp_path_factory, demo_template,
                                                            content):
    """The key unwraps, so the database itself must be rejected cleanly."""
    folder = tmp_path_factory.mktemp("vault")
    path = folder / "nep.zdv"
    path.write_bytes(content)
    shutil.copy2(keyfile_path(demo_template), keyfile_path(path))
    with pytest.raises(VaultError) as caught:
        Vault.open(path, DEMO_PASSPHRASE).close()
    assert "ZorgDesk-kluis" in str(caught.value) or "niet gevonden" in str(caught.value)
    assert path.read_bytes() == content
