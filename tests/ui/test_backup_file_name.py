"""The name typed in 'Back-up opslaan als' becomes the backup file a user expects:
"backup1.zdv" (the vault's own ending) gives "backup1.zdbackup", not
"backup1.zdv.zdbackup"; the real backup suffix is always there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from zorgdesk.services.vault.backup import backup_file_name
from zorgdesk.ui.vault.backup_dialogs import choose_backup_target


@pytest.mark.parametrize(("typed", "saved"), [
    ("backup1.zdv", "backup1.zdbackup"),           # a vault's ending is replaced
    ("backup1.ZDV", "backup1.zdbackup"),
    ("backup1.zdv.key", "backup1.zdbackup"),       # the key file's too
    ("backup1", "backup1.zdbackup"),
    ("backup1.", "backup1.zdbackup"),              # a trailing dot is dropped
    ("backup1.zdbackup", "backup1.zdbackup"),      # already right: as typed
    ("Backup1.ZDBACKUP", "Backup1.ZDBACKUP"),
    ("kopie.zdbackup.zdv", "kopie.zdbackup"),
    ("back-up 05.12.2026", "back-up 05.12.2026.zdbackup"),  # a date keeps its dots
    ("school.bak", "school.bak.zdbackup"),         # another ending stays part of the name
    (".zdv", ".zdv.zdbackup"),                     # nothing but the ending: kept
])
def test_the_typed_name_becomes_a_backup_file_name(typed, saved, tmp_path):
    assert backup_file_name(tmp_path / typed) == tmp_path / saved


def test_the_save_dialog_gives_backup1_zdbackup_for_backup1_zdv(qtbot, monkeypatch, tmp_path):
    asked = []

    def save_dialog(parent, caption, suggested, filters):
        asked.append((caption, filters))
        return str(tmp_path / "backup1.zdv"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    assert choose_backup_target(None, tmp_path / "zorgdesk.zdbackup") == \
        tmp_path / "backup1.zdbackup"
    assert asked == [("Back-up opslaan als", "ZorgDesk-back-up (*.zdbackup)")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    assert choose_backup_target(None, Path("x")) is None
