"""The unlock window derives the key in a worker thread (issue 23): the window keeps
turning and shows that it is busy, a second Enter starts nothing, nothing typed is
lost, and a wrong passphrase still gets its Dutch message. Real vaults in tmp_path,
the real key derivation, real widgets."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog

from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.store.keyfile import KeyFile
from zorgdesk.store.vault import Vault
from zorgdesk.ui.vault.dialogs import UnlockDialog


def _threads_of_unwrap(monkeypatch) -> list[threading.Thread]:
    """The thread of every key derivation (KeyFile.unwrap: Argon2id + AES-GCM)."""
    threads: list[threading.Thread] = []
    real = KeyFile.unwrap

    def spy(self, *args, **kwargs):
        threads.append(threading.current_thread())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(KeyFile, "unwrap", spy)
    return threads


def _ticking(every_ms: int, on_tick) -> QTimer:
    timer = QTimer()
    timer.timeout.connect(on_tick)
    timer.start(every_ms)
    return timer


def test_the_window_turns_and_shows_it_is_busy_while_the_key_is_derived(
        qtbot, demo_path, monkeypatch):
    """The key maker waits for ticks of the UI thread before deriving the real key: run
    on the UI thread it would wait in vain. During the ticks the IB presses Enter
    again, types, presses Escape and clicks Annuleren: one unlock, nothing changed."""
    threads = _threads_of_unwrap(monkeypatch)
    dialog = UnlockDialog(demo_path, make_key=None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ticks: list[bool] = []
    seen_busy: list[tuple[bool, bool, bool, bool]] = []
    release = threading.Event()
    made: list[str] = []

    def slow_key(secret: str, recovery: bool):
        made.append(secret)
        if not release.wait(10):
            raise AssertionError("the event loop did not turn while the key was derived")
        return Session.unlock_key(demo_path, secret, recovery)

    dialog._make_key = slow_key

    def tick() -> None:
        ticks.append(True)
        seen_busy.append((dialog.busy_bar.isVisible(), dialog.busy_text.isVisible(),
                          dialog.passphrase.isReadOnly(), dialog.buttons.isEnabled()))
        if len(ticks) == 2:
            qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # Enter again
            dialog.accept()
            qtbot.keyClicks(dialog.passphrase, "xyz")  # typing meanwhile
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            dialog.close()
        if len(ticks) >= 5:
            release.set()

    dialog.passphrase.setText(DEMO_PASSPHRASE)
    timer = _ticking(5, tick)
    try:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    finally:
        timer.stop()
    assert len(ticks) >= 5 and made == [DEMO_PASSPHRASE], "one unlock, off the UI thread"
    assert all(seen == (True, True, True, False) for seen in seen_busy[:5]), seen_busy
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.session is not None
    assert dialog.passphrase.text() == ""  # cleared once opened, never before
    assert not dialog.busy_bar.isVisible()
    dialog.session.close()


def test_a_wrong_passphrase_keeps_the_text_and_says_so_after_the_worker(
        qtbot, demo_path, monkeypatch):
    threads = _threads_of_unwrap(monkeypatch)
    dialog = UnlockDialog(demo_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("regenjas kompas tijger zeilbot")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.session is None
    assert "wachtwoord is onjuist" in dialog.error.text() and dialog.error.isVisible()
    assert dialog.passphrase.text() == "regenjas kompas tijger zeilbot"
    assert dialog.passphrase.selectedText() == "regenjas kompas tijger zeilbot"
    assert not dialog.passphrase.isReadOnly() and dialog.buttons.isEnabled()
    assert not dialog.busy_bar.isVisible() and not dialog.busy
    assert threads and threads[0] is not threading.main_thread()
    qtbot.keyClicks(dialog.passphrase, "x")  # she can type again at once
    assert dialog.passphrase.text().endswith("x")
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    dialog.accept()
    assert dialog.session is not None and "onjuist" not in dialog.error.text()
    dialog.session.close()


def test_the_key_made_ahead_opens_once_and_stays_the_callers(demo_path):
    key = Vault.unlock_key(demo_path, DEMO_PASSPHRASE)
    with pytest.raises(ValueError):
        Vault.open(demo_path, DEMO_PASSPHRASE, use_recovery_key=True, key=key)
    with Vault.open(demo_path, DEMO_PASSPHRASE, key=key) as vault:
        assert vault.user.name
    with Vault.open(demo_path, DEMO_PASSPHRASE, key=key, read_only=True) as again:
        assert again.read_only  # the same key serves a second attempt (an answer)
    key.discard()
    with pytest.raises(ValueError):
        Vault.open(demo_path, DEMO_PASSPHRASE, key=key)
