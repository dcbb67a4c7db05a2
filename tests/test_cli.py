"""The command line, as an admin uses it."""

from __future__ import annotations

import subprocess
import sys

from zorgdesk.cli import main
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.store.vault import Vault


def test_demo_command_creates_a_demo_vault(tmp_path, capsys):
    path = tmp_path / "sub" / "demo.zdv"
    assert main(["demo", str(path)]) == 0
    assert DEMO_PASSPHRASE in capsys.readouterr().out
    with Vault.open(path, DEMO_PASSPHRASE) as vault:
        assert len(Session(vault).basedata.pupils()) == 30


def test_demo_command_refuses_existing_file(tmp_path, capsys):
    path = tmp_path / "demo.zdv"
    path.write_text("niet overschrijven")
    assert main(["demo", str(path)]) == 1
    assert "bestaand bestand" in capsys.readouterr().err
    assert path.read_text() == "niet overschrijven"


def test_module_entry_point_and_version():
    result = subprocess.run([sys.executable, "-m", "zorgdesk", "--version"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.startswith("ZorgDesk ")


def test_passphrase_is_not_an_argument():
    result = subprocess.run([sys.executable, "-m", "zorgdesk", "--help"],
                            capture_output=True, text=True, timeout=60)
    assert "--passphrase" not in result.stdout
    assert "--password" not in result.stdout
