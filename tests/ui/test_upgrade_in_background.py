"""An older vault is upgraded (its migrations) in a worker thread after the key, not on
the UI thread: the unlock window keeps turning and says in Dutch that the vault is being
upgraded, a second Enter, Escape or closing starts nothing, and a backup of the vault as
it was lies in the backup folder first. A failed upgrade leaves the older schema and
shows a Dutch message without its technical cause. Real vaults in tmp_path."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog

from tests.conftest import PASSPHRASE, TODAY
from tests.security.helpers import raw_connection
from zorgdesk import paths
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.services.vault.backup import PRE_UPGRADE_PREFIX, read_manifest
from zorgdesk.store import migrations
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.ui.vault.dialogs import UPGRADE_BUSY, UnlockDialog

OLD = 21  # the schema before m0022_own_ids, which rebuilds 34 tables


def _older_vault(path: Path, monkeypatch) -> Path:
    previous = [m for m in migrations.available() if m[0] <= OLD]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "available", lambda: previous)
        patch.setattr(migrations, "latest_version", lambda: len(previous))
        session, _ = Session.create(path, PASSPHRASE, school_name="OBS Oud", place="Assen",
                                    user_name="Ineke Test", with_recovery_key=False,
                                    kdf=FAST_KDF_FOR_TESTS, clock=FixedClock(TODAY))
        session.basedata.add_staff("Juf Anna", "Leerkracht")
        session.close()
    return path


def _schema(path: Path) -> int:
    raw = raw_connection(path, PASSPHRASE)
    try:
        return raw.execute("PRAGMA user_version").fetchone()[0]
    finally:
        raw.close()


def _migrations_in(monkeypatch, gate: threading.Event | None = None) -> list[threading.Thread]:
    """The thread of every migration run that had work; with ``gate`` a worker's run
    waits for it first (it waits in vain when the run is on the UI thread)."""
    threads: list[threading.Thread] = []
    real = migrations.migrate

    def spy(conn):
        if migrations.pending(conn):
            threads.append(threading.current_thread())
            if gate is not None and not gate.wait(10):
                raise AssertionError("the event loop did not turn during the upgrade")
        return real(conn)

    monkeypatch.setattr(migrations, "migrate", spy)
    return threads


def _unlock_dialog(qtbot, path: Path) -> UnlockDialog:
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    return dialog


def test_the_upgrade_runs_in_a_worker_while_the_window_says_so(qtbot, tmp_path,
                                                                monkeypatch):
    path = _older_vault(tmp_path / "oud.zdv", monkeypatch)
    gate = threading.Event()
    threads = _migrations_in(monkeypatch, gate)
    dialog = _unlock_dialog(qtbot, path)
    seen: list[tuple] = []

    def tick() -> None:
        if threads:  # the upgrade has started in the worker
            seen.append((dialog.busy_text.text(), dialog.busy_bar.isVisible(),
                         dialog.passphrase.isReadOnly(), dialog.buttons.isEnabled(),
                         dialog.focusWidget() is dialog.passphrase))
            if len(seen) == 2:
                qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # a second unlock
                dialog.accept()
                qtbot.keyClick(dialog, Qt.Key.Key_Escape)
                dialog.close()
            if len(seen) >= 4:
                gate.set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    try:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    finally:
        timer.stop()
    assert len(seen) >= 4 and len(threads) == 1, "one upgrade"
    assert threads[0] is not threading.main_thread()
    assert all(s == (UPGRADE_BUSY, True, True, False, True) for s in seen[:4]), seen
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.session is not None
    try:
        assert dialog.session.vault.schema_version() == migrations.latest_version()
        assert dialog.session.verify() == []
        assert [s.name for s in dialog.session.basedata.staff()][-1] == "Juf Anna"
        assert dialog.session.upgrade_note == (
            "De kluis is bijgewerkt naar de nieuwe versie van ZorgDesk. De back-up van "
            f"daarvoor staat in {paths.backup_dir()}.")
    finally:
        dialog.session.close()
    assert not dialog.busy_bar.isVisible() and "ontgrendelen" in dialog.busy_text.text()
    backups = sorted(paths.backup_dir().glob(f"{PRE_UPGRADE_PREFIX}*"))
    assert len(backups) == 1 and read_manifest(backups[0]).schema_version == OLD


def test_an_up_to_date_vault_opens_without_upgrade_or_backup(qtbot, demo_path, monkeypatch):
    threads = _migrations_in(monkeypatch)
    dialog = UnlockDialog(demo_path)
    qtbot.addWidget(dialog)
    from zorgdesk.services.demo.school import DEMO_PASSPHRASE
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    dialog.accept()
    assert dialog.session is not None and threads == []
    assert dialog.session.upgrade_note is None
    dialog.session.close()
    assert not list(paths.backup_dir().glob(f"{PRE_UPGRADE_PREFIX}*"))


def test_a_failed_upgrade_keeps_the_old_schema_and_says_so_in_dutch(qtbot, tmp_path,
                                                                     monkeypatch):
    from zorgdesk.store.migrations import m0022_own_ids
    path = _older_vault(tmp_path / "oud.zdv", monkeypatch)

    def broken(conn, table):
        raise RuntimeError("stroom uitgevallen bij pupil Zoë")

    monkeypatch.setattr(m0022_own_ids, "highest_used", broken)
    dialog = _unlock_dialog(qtbot, path)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.session is None
    message = dialog.error.text()
    assert "kon niet worden bijgewerkt" in message and "niets gewijzigd" in message
    assert "stroom" not in message and "Zoë" not in message and "pupil" not in message
    assert dialog.passphrase.text() == PASSPHRASE and not dialog.passphrase.isReadOnly()
    assert dialog.buttons.isEnabled() and not dialog.busy_bar.isVisible()
    assert _schema(path) == OLD
    monkeypatch.undo()  # the bug fixed: the next attempt upgrades
    dialog.accept()
    assert dialog.session is not None
    dialog.session.close()
    assert _schema(path) == migrations.latest_version()


@pytest.mark.parametrize("blocked", ["not_a_folder", "disk_full"])
def test_no_upgrade_without_its_backup(tmp_path, monkeypatch, blocked):
    """The backup comes first: when it cannot be written, nothing is upgraded."""
    from zorgdesk.services.vault import backup
    from zorgdesk.store.errors import UpgradeFailedError
    path = _older_vault(tmp_path / "oud.zdv", monkeypatch)
    folder = tmp_path / "backups"
    if blocked == "not_a_folder":
        folder.write_text("geen map")
    else:
        def full(*_args, **_kwargs):
            raise backup._write_error(OSError(28, "No space left on device"))
        monkeypatch.setattr(backup, "write_backup", full)
    with pytest.raises(UpgradeFailedError, match="eerst een back-up") as caught:
        Session.open(path, PASSPHRASE, backup_folder=folder)
    assert "niets gewijzigd" in str(caught.value)
    if blocked == "disk_full":
        assert "vol" in str(caught.value)
    assert _schema(path) == OLD


def test_the_command_line_also_backs_up_before_it_upgrades(tmp_path, monkeypatch, capsys):
    from zorgdesk.cli import PASSPHRASE_ENV, main
    path = _older_vault(tmp_path / "oud.zdv", monkeypatch)
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert main(["verify", "--vault", str(path)]) == 0
    assert "in orde" in capsys.readouterr().out
    backups = list(paths.backup_dir().glob(f"{PRE_UPGRADE_PREFIX}*"))
    assert len(backups) == 1 and read_manifest(backups[0]).schema_version == OLD
    assert _schema(path) == migrations.latest_version()
