"""Beheer menu: Kluis controleren, Back-up maken/terugzetten, automatic backup on close."""

from __future__ import annotations

import html

import pytest

from tests.security.helpers import drop_seal_triggers, raw_connection
from zorgdesk import paths
from zorgdesk.services.demo.school import DEMO_NAMES, DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.services.vault.backup import make_backup, read_manifest
from zorgdesk.store.vault import Vault
from zorgdesk.ui import messages
from zorgdesk.ui.app import AppController
from zorgdesk.ui.vault.backup_dialogs import RestoreDialog


@pytest.fixture
def shown(monkeypatch):
    sink: list = []
    monkeypatch.setattr(messages, "_sink", sink)
    return sink


@pytest.fixture
def controller(qtbot, demo_path, shown):
    ctl = AppController(demo_path)
    qtbot.addWidget(ctl.window)
    ctl._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    yield ctl
    ctl.shutdown()


def _menu_texts(window) -> list[str]:
    return [a.text() for menu in window.menuBar().actions() for a in menu.menu().actions()]


def test_beheer_menu_has_the_security_items(controller):
    texts = _menu_texts(controller.window)
    for wanted in ("&Kluis controleren", "&Back-up maken…", "Back-up &terugzetten…"):
        assert wanted in texts


def test_verify_from_menu_reports_in_order(controller, shown):
    controller.window.verify_action.trigger()
    title, text, warning = shown[-1]
    assert title == "Kluis controleren" and "in orde" in text and not warning


def test_verify_from_menu_reports_tampering(controller, demo_path, shown):
    controller.lock()
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    drop_seal_triggers(conn, "pupil")
    conn.execute("UPDATE pupil SET last_name = 'Gewijzigd' WHERE id = 3")
    conn.close()
    controller._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    controller.window.verify_action.trigger()
    _title, text, warning = shown[-1]
    # Named as the IB knows the pupil (the name as it now stands in the vault), not by
    # the vault's row number.
    name = controller.session.basedata.pupil(3).display_name
    assert "Gewijzigd" in name
    assert warning and "niet in orde" in text
    assert f"Leerling {html.escape(name)} is gewijzigd buiten ZorgDesk." in text
    assert "nr. 3" not in text


def test_backup_from_menu_writes_the_chosen_file(controller, tmp_path, shown):
    target = tmp_path / "stick" / "mijn.zdbackup"
    controller.choose_backup_target = lambda parent, suggested: target
    controller.window.backup_action.trigger()
    assert target.exists()
    assert "gemaakt" in shown[-1][1]
    controller.window.backup_action.trigger()  # same name again: refused, file intact
    assert shown[-1][2] is True
    assert read_manifest(target).audit_seq > 0


def test_closing_makes_a_rotating_backup(qtbot, demo_path, shown):
    ctl = AppController(demo_path)
    qtbot.addWidget(ctl.window)
    ctl._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    ctl.shutdown()
    made = list(paths.backup_dir().glob("*.zdbackup"))
    assert len(made) == 1


def test_restore_dialog_keeps_input_on_errors(qtbot, demo_path, tmp_path):
    backup = tmp_path / "b.zdbackup"
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        make_backup(vault, backup)
    dialog = RestoreDialog(start_dir=tmp_path)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "Kies het back-upbestand" in dialog.error.text()
    dialog.source.setText(str(backup))
    dialog.accept()
    assert "nieuwe plek" in dialog.error.text()
    dialog.target.setText(str(demo_path))
    dialog.accept()
    assert "wachtwoord" in dialog.error.text()
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    dialog.accept()
    assert "nieuwe plek" in dialog.error.text()  # refuses to overwrite
    assert dialog.source.text() == str(backup) and dialog.passphrase.text()
    target = tmp_path / "nieuw" / "k.zdv"
    dialog.target.setText(str(target))
    dialog.passphrase.setText("fout wachtwoord hier")
    dialog.accept()
    assert "onjuist" in dialog.error.text() and dialog.target.text() == str(target)
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    dialog.accept()
    assert dialog.restored_to == target and target.exists()
    for name in DEMO_NAMES:
        assert name not in dialog.error.text()


def test_security_dialogs_have_unique_mnemonics(qtbot, demo_path):
    from tests.ui.test_mnemonics import _assert_unique
    from zorgdesk.ui.retention_dialog import RetentionDialog

    restore = RestoreDialog()
    qtbot.addWidget(restore)
    _assert_unique(restore)
    session = Session.open(demo_path, DEMO_PASSPHRASE)
    retention = RetentionDialog(session)
    qtbot.addWidget(retention)
    _assert_unique(retention)
    session.close()


def test_restoring_into_a_chosen_folder_puts_the_vault_in_it(qtbot, demo_path, tmp_path):
    """Walk s29: 'Nieuwe plek' set to an empty folder was refused with 'Op die plek staat
    al een kluis of bestand'; the vault now lands in that folder as teruggezet.zdv."""
    backup = tmp_path / "b.zdbackup"
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        make_backup(vault, backup)
    folder = tmp_path / "leeg"
    folder.mkdir()
    dialog = RestoreDialog(start_dir=tmp_path)
    qtbot.addWidget(dialog)
    dialog.source.setText(str(backup))
    dialog.target.setText(str(folder))
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    dialog.accept()
    assert dialog.error.text() == ""
    assert dialog.restored_to == folder / "teruggezet.zdv" and dialog.restored_to.exists()
    with Vault.open(dialog.restored_to, DEMO_PASSPHRASE) as restored:
        assert restored.verify() == []
