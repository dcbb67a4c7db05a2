"""Exposure: plaintext exports readable by the owner only, no core dumps, a real KDF cost."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from zorgdesk.cli import EXIT_OK, main
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.store.keyfile import (
    DEFAULT_KDF,
    FAST_KDF_FOR_TESTS,
    KdfParams,
    calibrated_kdf,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def open_umask():
    previous = os.umask(0o022)  # the usual default: new files would be 0644
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_inzage_export_files_are_owner_only(demo_path, tmp_path, monkeypatch, open_umask):
    monkeypatch.setenv("ZORGDESK_PASSPHRASE", DEMO_PASSPHRASE)
    out = tmp_path / "usb"
    out.mkdir()
    assert main(["inzage", "--vault", str(demo_path), "--leerling", "1",
                 "--to", str(out)]) == EXIT_OK
    files = sorted(out.iterdir())
    assert [p.suffix for p in files] == [".json", ".pdf"]
    assert all(_mode(p) == 0o600 for p in files), [oct(_mode(p)) for p in files]


def test_saved_pdf_is_owner_only_even_over_an_existing_file(tmp_path, open_umask):
    from zorgdesk.ui.pdf_preview import write_pdf

    target = tmp_path / "dossier.pdf"
    target.write_bytes(b"oud")
    target.chmod(0o644)
    write_pdf(target, b"%PDF-1.4 nieuw")
    assert target.read_bytes() == b"%PDF-1.4 nieuw" and _mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier.pdf"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
def test_the_real_entry_point_switches_core_dumps_off():
    """The process started as `zorgdesk` (here: --version, which exits in argparse
    after main's start-up) reports core limit 0 and not dumpable."""
    probe = (
        "import resource, sys\n"
        "from zorgdesk import cli, hardening\n"
        "assert hardening.is_dumpable()\n"
        "try:\n"
        "    cli.main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), hardening.is_dumpable())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", probe, "--version"], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip().splitlines()[-1] == "(0, 0) False"


def test_calibrated_kdf_stays_within_the_validated_bounds():
    params = calibrated_kdf()
    assert params.within_bounds()
    assert params.memory_kib == DEFAULT_KDF.memory_kib
    assert params.time_cost >= DEFAULT_KDF.time_cost
    assert KdfParams.from_dict(params.as_dict()) == params
    assert FAST_KDF_FOR_TESTS.within_bounds()  # tests keep their cheap setting


def test_new_vault_without_explicit_kdf_uses_the_calibration(tmp_path):
    from zorgdesk.store.keyfile import KeyFile, keyfile_path
    from zorgdesk.store.vault import Vault

    vault, _ = Vault.create(tmp_path / "k.zdv", "paraplu tijger kompas zeilboot",
                            school_name="OBS Test", user_name="Ineke")
    vault.close()
    kdf = KeyFile.read(keyfile_path(tmp_path / "k.zdv")).slots["passphrase"]["kdf"]
    assert KdfParams.from_dict(kdf) == calibrated_kdf()
