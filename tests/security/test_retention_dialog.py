"""The Bewaartermijn dialog: export first, confirm, then delete; keyboard-usable."""

from __future__ import annotations

import json
from datetime import date

from tests.conftest import TODAY
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui.retention_dialog import RetentionDialog


def _session_with_leaver(demo_path) -> tuple[Session, int]:
    session = Session.open(demo_path, DEMO_PASSPHRASE, clock=FixedClock(TODAY))
    data = BaseDataService(session.vault, FixedClock(TODAY))
    pupil = next(p for p in data.pupils() if p.display_name == "Emre Çelik")
    data.deactivate_pupil(pupil.id, max(pupil.start_date, date(2023, 7, 1)))
    return session, pupil.id


def test_delete_only_after_export_and_confirmation(qtbot, demo_path, tmp_path):
    session, pupil_id = _session_with_leaver(demo_path)
    target = tmp_path / "export.json"
    dialog = RetentionDialog(session, chooser=lambda parent, name: target)
    qtbot.addWidget(dialog)
    assert dialog.pupils.count() == 1
    assert "Emre Çelik" in dialog.pupils.item(0).text()
    assert not dialog.export_button.isEnabled()
    dialog.pupils.setCurrentRow(0)
    assert dialog.export_button.isEnabled() and not dialog.delete_button.isEnabled()
    dialog.confirm.setChecked(True)
    assert not dialog.delete_button.isEnabled()  # no export yet
    assert dialog.export_selected() == target
    assert json.loads(target.read_bytes())["pupil_id"] == pupil_id
    assert (target.stat().st_mode & 0o777) == 0o600
    assert not dialog.confirm.isChecked() and not dialog.delete_button.isEnabled()
    assert dialog.export_selected() is None  # never overwrites an export
    assert "bestaat al" in dialog.error.text()
    dialog.confirm.setChecked(True)
    assert dialog.delete_button.isEnabled()
    assert dialog.delete_selected()
    assert dialog.pupils.count() == 0
    assert "definitief verwijderd" in dialog.status.text()
    assert pupil_id not in {p.id for p in session.basedata.pupils(include_inactive=True)}
    assert session.verify() == []
    session.close()


def test_change_after_export_blocks_delete(qtbot, demo_path, tmp_path):
    session, pupil_id = _session_with_leaver(demo_path)
    dialog = RetentionDialog(session, chooser=lambda parent, name: tmp_path / name)
    qtbot.addWidget(dialog)
    dialog.pupils.setCurrentRow(0)
    dialog.export_selected()
    BaseDataService(session.vault).deactivate_pupil(pupil_id, date(2023, 8, 1))
    dialog.confirm.setChecked(True)
    assert not dialog.delete_selected()
    assert "export" in dialog.error.text()
    assert dialog.pupils.count() == 1
    session.close()
