"""Application controller: owns the session, the main window and locking."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from zorgdesk.services.session import Session
from zorgdesk.ui.main_window import MainWindow
from zorgdesk.ui.manage_dialog import ManageDialog
from zorgdesk.ui.vault_dialogs import ChangePassphraseDialog, CreateVaultDialog, UnlockDialog


class AppController(QObject):
    def __init__(self, vault_path: Path, demo_passphrase: str | None = None) -> None:
        super().__init__()
        self.vault_path = vault_path
        self.demo_passphrase = demo_passphrase
        self.session: Session | None = None
        self._pupil_before_lock: int | None = None
        self._tab_before_lock = 0
        self.window = MainWindow()
        self.window.lock_requested.connect(self.lock)
        self.window.unlock_requested.connect(self.unlock)
        self.window.manage_pupils_requested.connect(self.manage_pupils)
        self.window.change_passphrase_requested.connect(self.change_passphrase)
        self.window.destroyed.connect(self.shutdown)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def start(self) -> bool:
        """Show the first dialog; False when the IB cancels it."""
        if self.vault_path.exists():
            return self.unlock()
        dialog = CreateVaultDialog(self.vault_path, parent=None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._attach(dialog.session)
        return True

    def unlock(self) -> bool:
        dialog = UnlockDialog(
            self.vault_path,
            opener=lambda secret, recovery: Session.open(self.vault_path, secret, recovery),
            demo_passphrase=self.demo_passphrase,
            parent=self.window if self.window.isVisible() else None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._attach(dialog.session)
        return True

    def _attach(self, session: Session) -> None:
        self.session = session
        self.window.set_session(session)
        if self._pupil_before_lock is not None:
            self.window.select_pupil(self._pupil_before_lock)
            self.window.tabs.setCurrentIndex(self._tab_before_lock)
        self.window.show()

    def lock(self) -> None:
        if self.session is None:
            return
        pupil = self.window.current_pupil
        self._pupil_before_lock = pupil.id if pupil else None
        self._tab_before_lock = self.window.tabs.currentIndex()
        self.window.set_session(None)
        self.session.close()
        self.session = None

    def manage_pupils(self) -> None:
        if self.session is None:
            return
        dialog = ManageDialog(self.session, self.window)
        dialog.exec()
        self.window.reload_groups()

    def change_passphrase(self) -> None:
        if self.session is None:
            return
        school = self.session.basedata.school()
        ChangePassphraseDialog(
            self.session, lambda: (school.name, school.place, self.session.user_name),
            self.window).exec()

    def shutdown(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None


def _quit_cleanly_on_signals(app: QApplication) -> QTimer:
    """Ctrl+C or a shutdown's SIGTERM closes the vault like Afsluiten does.

    Python runs signal handlers only when it gets control back, so a light timer
    hands it control while Qt's event loop runs.
    """
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: app.quit())
    timer = QTimer()
    timer.start(250)
    timer.timeout.connect(lambda: None)
    return timer


def run_gui(vault_path: Path, demo_passphrase: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ZorgDesk")
    app.setApplicationDisplayName("ZorgDesk")
    _keep_alive = _quit_cleanly_on_signals(app)  # noqa: F841 - the timer must live
    controller = AppController(vault_path, demo_passphrase)
    if not controller.start():
        controller.shutdown()
        return 0
    code = app.exec()
    controller.shutdown()
    return code
