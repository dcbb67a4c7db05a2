"""`zorgdesk --demo`: everything of the throwaway demo vault stays in its temp folder."""

from __future__ import annotations

from pathlib import Path

from zorgdesk import paths
from zorgdesk.cli import main
from zorgdesk.services.session import Session


def test_demo_keeps_vault_backups_and_lock_in_a_temporary_folder(qtbot, isolated_home,
                                                                   monkeypatch):
    import zorgdesk.ui.app as app_module

    seen = {}

    def run_gui(vault_path: Path, demo_passphrase=None, **_options) -> int:
        # The real controller, opened and closed as the IB would: closing makes the
        # automatic backup and the open vault holds its lock file.
        controller = app_module.AppController(vault_path, demo_passphrase)
        controller._attach(Session.open(vault_path, demo_passphrase))
        seen["folder"] = vault_path.parent
        seen["files_while_open"] = sorted(p.name for p in vault_path.parent.iterdir())
        seen["backup_dir"] = paths.backup_dir()
        controller.shutdown()
        controller.window.close()
        seen["backups"] = list(paths.backup_dir().iterdir())
        return 0

    monkeypatch.setattr(app_module, "run_gui", run_gui)
    assert main(["--demo"]) == 0
    assert seen["folder"] != isolated_home
    assert seen["backup_dir"].is_relative_to(seen["folder"])
    assert seen["backups"], "closing the demo makes its automatic backup in the temp folder"
    assert "demo.zdv.lock" in seen["files_while_open"]
    assert not seen["folder"].exists(), "the temp folder goes when the demo closes"
    # The real (here: the test's) user folder got nothing: no vault, no backup, no lock.
    assert list(isolated_home.rglob("*")) == []
