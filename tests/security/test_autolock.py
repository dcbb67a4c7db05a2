"""Auto-lock after idle time, activity postpones it, and the clipboard guard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication

from tests.ui.test_main_window import _visible_texts
from zorgdesk.services.demo.school import DEMO_NAMES, DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.services.settings import autolock_minutes, set_int_setting
from zorgdesk.ui import clipboard
from zorgdesk.ui.app import AppController

INTERVAL_MS = 300


def _unlocked(qtbot, demo_path, timer=None, show_today: bool = True) -> AppController:
    ctl = AppController(demo_path, idle_timer=timer)
    ctl.automatic_backups = False
    ctl.show_today_on_unlock = show_today
    ctl.autolock_ms_override = INTERVAL_MS
    qtbot.addWidget(ctl.window)
    ctl._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    return ctl


def _closed(ctl: AppController) -> None:
    ctl.shutdown()
    ctl.idle.detach()


@pytest.fixture
def controller(qtbot, demo_path):
    ctl = _unlocked(qtbot, demo_path)
    yield ctl
    _closed(ctl)


def test_default_autolock_is_five_minutes_and_configurable(demo_vault):
    assert autolock_minutes(demo_vault) == 5
    set_int_setting(demo_vault, "autolock_minutes", 2)
    assert autolock_minutes(demo_vault) == 2
    set_int_setting(demo_vault, "autolock_minutes", 0)
    assert autolock_minutes(demo_vault) == 1  # never "off" by a typo
    assert demo_vault.verify() == []


def test_idle_window_locks_and_shows_no_pupil_data(timed_window, qtbot):
    # Time passes only when the test says so: on a loaded machine the steps before the
    # wait took longer than the interval, and the lock came in the middle of them.
    controller, timer = timed_window
    window = controller.window
    window.search.setText("zoë")
    window.pupil_list.setCurrentRow(0)
    assert window.current_pupil.display_name in window.pupil_list.text(0)  # rows of the model
    window.tabs.setCurrentIndex(1)
    window.search.setText("")
    assert window.current_pupil.display_name == "Zoë van der Berg"
    qtbot.wait(50)  # what the unlock scheduled (Vandaag) runs; no time passes for the lock
    timer.advance(INTERVAL_MS - 1)
    assert controller.session is not None
    timer.advance(1)
    assert controller.session is None
    shown = _visible_texts(window)
    for name in DEMO_NAMES:
        assert name not in shown
    assert window.windowTitle() == "Vergrendeld — ZorgDesk"
    assert window.stack.currentIndex() == 0
    controller._attach(Session.open(controller.vault_path, DEMO_PASSPHRASE))
    assert window.current_pupil.display_name == "Zoë van der Berg"
    assert window.tabs.currentIndex() == 1


class ManualTimer(QObject):
    """A single-shot timer whose time passes only in :meth:`advance`, so a loaded machine
    cannot make the test's pauses longer than the interval (it did, and the test failed)."""

    timeout = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._interval = 0
        self._left: int | None = None
        self.restarts = 0

    def setSingleShot(self, _single: bool) -> None:  # noqa: N802 - QTimer's API
        pass

    def start(self, interval_ms: int | None = None) -> None:
        if interval_ms is not None:
            self._interval = interval_ms
        self._left = self._interval
        self.restarts += 1

    def stop(self) -> None:
        self._left = None

    def isActive(self) -> bool:  # noqa: N802 - QTimer's API
        return self._left is not None

    def interval(self) -> int:
        return self._interval

    def advance(self, ms: int) -> None:
        if self._left is None:
            return
        self._left -= ms
        if self._left <= 0:
            self._left = None
            self.timeout.emit()


@pytest.fixture
def timed_controller(qtbot, demo_path):
    """The real controller and idle filter, with time that passes only when told."""
    timer = ManualTimer()
    ctl = _unlocked(qtbot, demo_path, timer, show_today=False)
    yield ctl, timer
    _closed(ctl)


@pytest.fixture
def timed_window(qtbot, demo_path):
    """As ``timed_controller``, with Vandaag opening on unlock as it does for the IB."""
    timer = ManualTimer()
    ctl = _unlocked(qtbot, demo_path, timer)
    yield ctl, timer
    _closed(ctl)


def test_typing_postpones_the_lock(timed_controller, qtbot):
    controller, timer = timed_controller
    window = controller.window
    window.show()
    assert timer.isActive() and timer.interval() == INTERVAL_MS
    for _ in range(8):  # 8 x 100 ms = well past the 300 ms interval
        timer.advance(100)
        restarts = timer.restarts
        qtbot.keyClick(window.search, Qt.Key.Key_A)  # through the app-wide event filter
        assert timer.restarts > restarts  # the key restarted the full interval
        assert controller.session is not None
    timer.advance(INTERVAL_MS - 1)  # no typing since: not yet...
    assert controller.session is not None
    timer.advance(1)  # ...and then the lock, exactly one interval after the last key
    assert controller.session is None
    assert window.windowTitle() == "Vergrendeld — ZorgDesk"


def test_without_typing_the_lock_comes_after_one_interval(timed_controller):
    controller, timer = timed_controller
    timer.advance(INTERVAL_MS - 1)
    assert controller.session is not None
    timer.advance(1)
    assert controller.session is None


def test_clipboard_is_cleared_on_lock_only_if_still_ours(controller):
    board = QGuiApplication.clipboard()
    clipboard.copy_text("Zoë van der Berg, groep 5")
    assert board.text() == "Zoë van der Berg, groep 5"
    controller.lock()
    assert board.text() == ""
    controller._attach(Session.open(controller.vault_path, DEMO_PASSPHRASE))
    clipboard.copy_text("Zoë van der Berg")
    board.setText("boodschappenlijst")  # the IB copied something else later
    controller.shutdown()
    assert board.text() == "boodschappenlijst"


def test_idle_lock_closes_an_open_dialog(controller, qtbot):
    from zorgdesk.ui.pupils.manage_dialog import ManageDialog

    dialog = ManageDialog(controller.session, controller.window)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: controller.session is None, timeout=5000)
    assert not dialog.isVisible()
