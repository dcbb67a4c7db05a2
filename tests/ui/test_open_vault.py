"""Bestand > Kluis openen and opening a restored backup from the app (walk finding,
session 28: after restoring, the app ended with a shell command for the IB)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import copy_vault
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui import messages
from zorgdesk.ui.vault.dialogs import UnlockDialog


def _answer_unlock(passphrase: str | None, seen: list) -> None:
    """When the unlock window is up: type ``passphrase`` and unlock (None: cancel)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.windowTitle())
        if passphrase is None:
            dialog.reject()
        else:
            dialog.passphrase.setText(passphrase)
            dialog.accept()

    QTimer.singleShot(0, answer)


def _other_vault(demo_path: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "andere"
    folder.mkdir()
    return copy_vault(demo_path, folder)


def test_menu_item_with_mnemonic_and_shortcut(controller):
    action = controller.window.open_vault_action
    assert action.text() == "&Kluis openen…"
    assert action.shortcut().toString() == "Ctrl+Shift+D"
    assert action in controller.window.menuBar().actions()[0].menu().actions()


def test_open_another_vault_locks_the_current_one_first(controller, demo_path, tmp_path):
    first = controller.session
    other = _other_vault(demo_path, tmp_path)
    controller.window.select_pupil(controller.session.basedata.pupils()[0].id)
    seen: list = []
    _answer_unlock(DEMO_PASSPHRASE, seen)
    controller.show_today_on_unlock = False
    assert controller.open_vault(other)
    assert seen == ["Ontgrendelen"]
    # The first vault was closed: its lock is gone, so it opens again.
    Session.open(demo_path, DEMO_PASSPHRASE).close()
    assert controller.session is not None and controller.session is not first
    assert controller.session.vault.path == other
    assert controller.vault_path == other
    assert controller.window.current_pupil is None  # pupils of the other vault: none chosen


def test_cancelled_unlock_stays_locked_on_the_vault_it_had(controller, demo_path, tmp_path):
    other = _other_vault(demo_path, tmp_path)
    seen: list = []
    _answer_unlock(None, seen)
    assert not controller.open_vault(other)
    assert seen and controller.session is None
    assert controller.vault_path == demo_path
    assert controller.window.stack.currentIndex() == 0  # the locked page


def test_a_file_that_is_no_vault_gets_a_dutch_message(controller, tmp_path):
    session = controller.session
    text = tmp_path / "notities.txt"
    text.write_text("geen kluis", encoding="utf-8")
    assert not controller.open_vault(text)
    title, message, warning = messages._sink[-1]
    assert title == "Kluis openen" and warning
    assert "geen ZorgDesk-kluis" in message and "sleutelbestand" in message
    assert controller.session is session  # nothing locked, nothing changed
    key = tmp_path / "kluis.zdv.key"
    key.write_text("{}", encoding="utf-8")
    assert not controller.open_vault(key)
    assert "Kies het kluisbestand zelf" in messages._sink[-1][1]
    backup = tmp_path / "zorgdesk-2026-12-01.zdbackup"
    backup.write_bytes(b"PK")
    assert not controller.open_vault(backup)
    assert "Back-up terugzetten" in messages._sink[-1][1]


def test_the_file_dialog_choice_is_opened(controller, demo_path, tmp_path, monkeypatch):
    other = _other_vault(demo_path, tmp_path)
    asked = []
    controller.choose_vault_file = lambda parent, start: asked.append(start) or other
    seen: list = []
    _answer_unlock(DEMO_PASSPHRASE, seen)
    controller.show_today_on_unlock = False
    controller.window.open_vault_action.trigger()
    assert asked == [demo_path.parent]
    assert controller.session is not None and controller.session.vault.path == other


def test_after_restore_the_restored_vault_can_be_opened_at_once(controller, demo_path,
                                                                 tmp_path, monkeypatch):
    import zorgdesk.ui.app as app_module

    other = _other_vault(demo_path, tmp_path)

    class Restored:
        def __init__(self, *_args, **_kwargs):
            self.restored_to = other
            self.restored_manifest = None  # what RestoreDialog read (walk s38 test has it)

    monkeypatch.setattr(app_module, "RestoreDialog", Restored)
    monkeypatch.setattr(app_module, "run_modal", lambda dialog: 1)
    monkeypatch.setattr(messages, "_answers", [True])
    opened = []
    monkeypatch.setattr(controller, "open_vault", lambda path=None: opened.append(path))
    assert controller.restore() == other
    assert opened == [other]
    _title, question, warning = messages._sink[-1]
    assert not warning  # walk s29 114.png: a warning triangle over 'gecontroleerd en teruggezet'
    assert str(other) in question and "zorgdesk --vault" not in question
    assert "Bestand > Kluis openen" in question
