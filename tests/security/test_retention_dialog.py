"""The Bewaartermijn dialog: export first, confirm, then delete; keyboard-usable."""

from __future__ import annotations

import json
import threading
from datetime import date

from tests.conftest import TODAY, copy_vault
from tests.ui.ui_ticks import ui_ticks
from zorgdesk.services import session as session_module
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.retention import RetentionPlan, export_digest
from zorgdesk.services.session import Session
from zorgdesk.ui.retention_dialog import RetentionDialog


def _session_with_leaver(demo_path) -> tuple[Session, int]:
    session = Session.open(demo_path, DEMO_PASSPHRASE, clock=FixedClock(TODAY))
    data = Session(session.vault, FixedClock(TODAY)).basedata
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
    Session(session.vault).basedata.deactivate_pupil(pupil_id, date(2023, 8, 1))
    dialog.confirm.setChecked(True)
    assert not dialog.delete_selected()
    assert "export" in dialog.error.text()
    assert dialog.pupils.count() == 1
    session.close()


def _contents(session: Session) -> dict[str, list]:
    """Every table's rows, but for the audit log's times and MACs (only its actions)
    and the keyed audit head (it carries the last MAC)."""
    cur = session.vault.read()
    names = [r[0] for r in cur.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()]
    found = {name: sorted(map(repr, cur.execute(f"SELECT * FROM {name}").fetchall()))  # noqa: S608
             for name in names if name != "audit_log"}
    found["meta"] = [row for row in found["meta"] if not row.startswith("('audit_head")]
    found["audit_log"] = [r[0] for r in cur.execute(
        "SELECT action FROM audit_log ORDER BY seq").fetchall()]
    return found


def test_delete_runs_off_the_ui_thread_with_the_same_result(qtbot, demo_template, tmp_path,
                                                           monkeypatch):
    """The deletion runs in a worker while the event loop keeps turning (it waits for
    timer ticks; on the UI thread it would wait in vain), and leaves the vault exactly
    as the synchronous service call does."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    expected, pupil_id = _session_with_leaver(copy_vault(demo_template, tmp_path / "a"))
    expected.retention.delete_after_export(
        pupil_id, export_digest(expected.retention.export_json(pupil_id)))

    session, same_id = _session_with_leaver(copy_vault(demo_template, tmp_path / "b"))
    assert same_id == pupil_id
    worker_threads: list[threading.Thread] = []
    dialog = RetentionDialog(session, chooser=lambda parent, name: tmp_path / name)
    qtbot.addWidget(dialog)
    dialog.pupils.setCurrentRow(0)
    dialog.export_selected()
    dialog.confirm.setChecked(True)
    with ui_ticks(5) as ticks:
        def wait_for_the_event_loop(_vault, _cur, _pupil) -> None:
            worker_threads.append(threading.current_thread())
            if not ticks.reached.wait(10):
                raise AssertionError("the event loop did not turn during the deletion")

        # One more plan, in the list the session builds its services with: the worker
        # deletes with the session's own retention service on its own connection.
        monkeypatch.setattr(session_module, "RETENTION_PLANS", (
            *session_module.RETENTION_PLANS,
            RetentionPlan(before_delete=(wait_for_the_event_loop,))))
        assert dialog.delete_selected()
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    assert pupil_id not in {p.id for p in session.basedata.pupils(include_inactive=True)}
    assert _contents(session) == _contents(expected)
    assert session.verify() == [] and expected.verify() == []
    session.close()
    expected.close()


def test_the_tick_box_is_off_when_there_is_no_dossier_to_act_on(qtbot, demo_path, tmp_path):
    """Walk finding (31.png): with no dossiers past their term the dialog still offered
    'Ik heb de export gecontroleerd' - there is no export to confirm."""
    session = Session.open(demo_path, DEMO_PASSPHRASE, clock=FixedClock(TODAY))
    dialog = RetentionDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.pupils.count() == 0
    assert not dialog.confirm.isEnabled()
    assert "niets te exporteren" in dialog.status.text()
    assert "niets te exporteren" in dialog.confirm.toolTip()
    session.close()
    session, _pupil_id = _session_with_leaver(demo_path)
    target = tmp_path / "export.json"
    dialog = RetentionDialog(session, chooser=lambda parent, name: target)
    qtbot.addWidget(dialog)
    assert dialog.confirm.isEnabled() and dialog.confirm.toolTip() == ""
    dialog.pupils.setCurrentRow(0)
    dialog.export_selected()
    dialog.confirm.setChecked(True)
    assert dialog.delete_selected()
    assert not dialog.confirm.isEnabled()  # the last one gone: nothing left to confirm
    session.close()


def test_the_export_is_offered_under_initials_and_date_not_the_vaults_number(
        qtbot, demo_path, tmp_path):
    """Walk s30 (86.png): Exporteren… suggested 'dossier-leerling-32.json', the vault's
    internal number, which tells nobody later whose archive it is."""
    session, pupil_id = _session_with_leaver(demo_path)
    offered = []
    dialog = RetentionDialog(session, chooser=lambda parent, name: offered.append(name)
                             or tmp_path / name)
    qtbot.addWidget(dialog)
    dialog.pupils.setCurrentRow(0)
    assert dialog.export_selected() == tmp_path / offered[0]
    assert offered == [f"EC-{TODAY:%Y-%m-%d}-dossier-archief.json"]
    assert str(pupil_id) not in offered[0]
    session.close()
