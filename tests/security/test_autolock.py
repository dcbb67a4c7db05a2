"""Auto-lock after idle time, activity postpones it, and the clipboard guard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.ui.test_main_window import _visible_texts
from zorgdesk.services.demo.school import DEMO_NAMES, DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.services.settings import autolock_minutes, set_int_setting
from zorgdesk.ui import clipboard
from zorgdesk.ui.app import AppController

INTERVAL_MS = 300


@pytest.fixture
def controller(qtbot, demo_path):
    ctl = AppController(demo_path)
    ctl.automatic_backups = False
    ctl.autolock_ms_override = INTERVAL_MS
    qtbot.addWidget(ctl.window)
    ctl._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    yield ctl
    ctl.shutdown()
    ctl.idle.detach()


def test_default_autolock_is_five_minutes_and_configurable(demo_vault):
    assert autolock_minutes(demo_vault) == 5
    set_int_setting(demo_vault, "autolock_minutes", 2)
    assert autolock_minutes(demo_vault) == 2
    set_int_setting(demo_vault, "autolock_minutes", 0)
    assert autolock_minutes(demo_vault) == 1  # never "off" by a typo
    assert demo_vault.verify() == []


def test_idle_window_locks_and_shows_no_pupil_data(controller, qtbot):
    window = controller.window
    window.search.setText("zoë")
    window.pupil_list.setCurrentRow(0)
    window.pupil_list.currentItem().setToolTip(window.current_pupil.display_name)
    window.tabs.setCurrentIndex(1)
    window.search.setText("")
    assert window.current_pupil.display_name == "Zoë van der Berg"
    qtbot.waitUntil(lambda: controller.session is None, timeout=5000)
    shown = _visible_texts(window)
    for name in DEMO_NAMES:
        assert name not in shown
    assert window.windowTitle() == "Vergrendeld — ZorgDesk"
    assert window.stack.currentIndex() == 0
    controller._attach(Session.open(controller.vault_path, DEMO_PASSPHRASE))
    assert window.current_pupil.display_name == "Zoë van der Berg"
    assert window.tabs.currentIndex() == 1


def test_typing_postpones_the_lock(controller, qtbot):
    window = controller.window
    window.show()
    for _ in range(8):  # 8 x 100 ms = well past the 300 ms interval
        qtbot.keyClick(window.search, Qt.Key.Key_A)
        qtbot.wait(100)
        assert controller.session is not None
    qtbot.waitUntil(lambda: controller.session is None, timeout=5000)


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
