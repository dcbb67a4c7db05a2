"""What the standalone build relies on, checked without building it (the build and its
smoke test of the binary run in .ci/run: packaging/build.py + packaging/smoke_test.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import zorgdesk
from zorgdesk import paths

ROOT = Path(__file__).resolve().parents[1]


def _startcontrole(vault: Path, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, ZORGDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "zorgdesk", "--vault", str(vault),
                           "--startcontrole"], capture_output=True, text=True, env=env,
                          timeout=60, check=False)


def test_startcontrole_reaches_the_create_dialog_and_writes_nothing(tmp_path):
    vault = tmp_path / "nieuw.zdv"
    done = _startcontrole(vault, tmp_path / "home")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "venster CreateVaultDialog getoond" in done.stdout
    assert "ONTBREEKT" not in done.stdout
    for check in ("lettertype DejaVuSans", "Nederlandse Qt-vertaling", "PDF-voorbeeld"):
        assert f"in orde: {check}" in done.stdout
    assert not vault.exists()  # a check never creates a vault


def test_startcontrole_reaches_the_unlock_dialog_of_an_existing_vault(demo_path, tmp_path):
    done = _startcontrole(demo_path, tmp_path / "home")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "venster UnlockDialog getoond" in done.stdout


def test_a_frozen_build_reads_its_own_data_before_any_source_tree(tmp_path, monkeypatch):
    bundle = tmp_path / "_internal"
    (bundle / "resources").mkdir(parents=True)
    (bundle / "forms").mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.is_frozen()
    assert paths.resources_dir() == bundle / "resources"
    assert paths.forms_dir() == bundle / "forms"


def test_a_frozen_build_opens_its_own_handleiding(tmp_path, monkeypatch):
    bundle = tmp_path / "_internal"
    (bundle / "docs").mkdir(parents=True)
    (bundle / "docs" / "handleiding.pdf").write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.handbook_path() == bundle / "docs" / "handleiding.pdf"


def test_the_handleiding_is_shipped_in_every_kind_of_install():
    """Help > Handleiding opens docs/handleiding.pdf: the spec puts it in the program
    folder's docs/, a regular install in share/zorgdesk/docs, the smoke test checks it."""
    spec = (ROOT / "packaging" / "zorgdesk.spec").read_text(encoding="utf-8")
    assert 'HANDBOOK = ROOT / "docs" / "handleiding.pdf"' in spec
    assert '(str(HANDBOOK), "docs")' in spec
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"share/zorgdesk/docs" = ["docs/handleiding.pdf"]' in pyproject
    assert "docs/handleiding.pdf" in (ROOT / "packaging" / "smoke_test.py").read_text(
        encoding="utf-8")
    assert paths.handbook_path() == ROOT / "docs" / "handleiding.pdf"


def test_from_source_the_repository_data_is_used():
    assert not paths.is_frozen()
    assert paths.resources_dir() == ROOT / "resources"
    assert paths.icon_path().is_file()


def test_the_version_lives_in_one_place():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert 'attr = "zorgdesk.__version__"' in pyproject
    assert "\nversion =" not in pyproject.split("[tool.setuptools.dynamic]")[0]
    assert zorgdesk.__version__.count(".") == 2


@pytest.mark.parametrize("name", ["zorgdesk.ico", "zorgdesk.icns", "zorgdesk-256.png"])
def test_every_platform_icon_is_shipped(name):
    assert (ROOT / "resources" / "icons" / name).stat().st_size > 500


def test_the_spec_ships_data_and_leaves_unused_qt_out():
    spec = (ROOT / "packaging" / "zorgdesk.spec").read_text(encoding="utf-8")
    for needed in ('"resources"', '"forms"', 'collect_submodules("zorgdesk")'):
        assert needed in spec
    for unused in ("QtWebEngineCore", "QtQuick", "Qt3DCore", "QtMultimedia", "deduce"):
        assert f'"{unused}"' in spec
    # Qt's GTK 3 theme plugin and the GTK stack only it loads: 20 MB on a build machine
    # with GTK installed (stop 32: 199 -> 179 MB, smoke test green).
    assert 'GTK_THEME = "platformthemes/libqgtk3"' in spec
    assert "a.binaries = without_gtk_theme(a.binaries)" in spec


def test_uninstalling_on_windows_never_touches_the_vault_folder():
    script = (ROOT / "packaging" / "windows" / "zorgdesk.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert "DefaultDirName={userpf}" in script  # %LOCALAPPDATA%\Programs, not the vault's
    section = script.split("[UninstallDelete]")[1].split("\n[")[0]
    entries = [line for line in section.splitlines() if line and not line.startswith(";")]
    assert entries == ['Type: filesandordirs; Name: "{app}"']


def test_ci_runs_the_readme_test_command_verbatim():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start")[1].split("\n## ")[0]
    blocks = [b.split("```")[0].strip() for b in quick_start.split("```bash\n")[1:]]
    start, tests = blocks
    assert start.endswith("zorgdesk --demo") and tests.endswith("pytest")
    assert tests in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
