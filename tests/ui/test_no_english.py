"""No English in any window: the main window on every tab and every dialog the menus,
toolbars and buttons open, on the demo vault with Qt's Dutch translations loaded.

Dialogs are caught as they open (``exec``/``open``/``show``), their visible texts -
labels, buttons, menus, tooltips, titles, accessible names - are searched for common
English words, and they are closed again without doing anything.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from tests.ui.english import english_in, english_words
from tests.ui.window_walk import WALK_TIMEOUT
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui import messages
from zorgdesk.ui.app import AppController
from zorgdesk.ui.translations import install_dutch, remove_dutch

# Buttons and actions that end the session or the program instead of opening a window.
NOT_CLICKED = {"Afsluiten", "Vergrendelen", "Over ZorgDesk"}


@pytest.fixture
def dutch(qapp):
    install_dutch(qapp)
    yield qapp
    remove_dutch(qapp)


@pytest.fixture
def caught(monkeypatch):
    """Every dialog that opens is searched for English and closed at once."""
    found: list[tuple[str, str, str, set[str]]] = []
    seen: list[str] = []

    def inspect(dialog: QWidget) -> None:
        seen.append(type(dialog).__name__)
        found.extend((type(dialog).__name__, where, text, words)
                     for where, text, words in english_in(dialog))
        for field in dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit):
            menu = field.createStandardContextMenu()
            found.extend((f"{type(dialog).__name__} contextmenu", where, text, words)
                         for where, text, words in english_in(menu))
            menu.deleteLater()
            break  # one field per dialog: the menu is Qt's, the same everywhere

    def fake_exec(dialog) -> int:
        inspect(dialog)
        return 0

    def fake_open(dialog) -> None:
        inspect(dialog)  # never shown; its parent window takes it along at the end

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    monkeypatch.setattr(QDialog, "open", fake_open)
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda _parent, title, text, *a, **k: (
                found.extend(("QMessageBox", "tekst", t, english_words(t))
                             for t in (title, text) if english_words(t)),
                QMessageBox.StandardButton.No)[1]))
    for name in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(messages, "_sink", [])
    monkeypatch.setattr(messages, "_answers", [])
    return found, seen


def _click_everything(root: QWidget, found) -> int:
    """Click every enabled, visible button once (each may open a dialog)."""
    clicked = 0
    for button in root.findChildren(QAbstractButton):
        text = button.text().replace("&", "")
        if (not button.isEnabled() or not button.isVisibleTo(root) or text in NOT_CLICKED
                or button.isCheckable()):
            continue
        menu = button.menu() if isinstance(button, QToolButton) else None
        if menu is not None:  # a toolbar drop-down (or its »): its popup would block
            found.extend(("menu", *hit) for hit in english_in(menu))
            for action in menu.actions():
                if action.isEnabled() and not action.isSeparator():
                    action.trigger()
                    clicked += 1
            continue
        button.click()
        clicked += 1
    return clicked


@WALK_TIMEOUT
def test_no_english_anywhere(qtbot, dutch, demo_path, caught):
    found, seen = caught
    controller = AppController(demo_path)
    qtbot.addWidget(controller.window)
    controller._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    window = controller.window
    # Vandaag opens first after unlock (shown modeless, a turn of the event loop later).
    qtbot.waitUntil(lambda: window.today_dialog is not None)
    found.extend(("Vandaag", where, text, words)
                 for where, text, words in english_in(window.today_dialog))
    window.today_dialog.reject()
    found.extend(("hoofdvenster vergrendeld", *hit) for hit in english_in(window))

    # Every menu action that opens something.
    for menu_action in window.menuBar().actions():
        menu: QMenu = menu_action.menu()
        found.extend(("menu", *hit) for hit in english_in(menu))
        for action in menu.actions():
            text = action.text().replace("&", "").split("\t")[0]
            if action.isSeparator() or not action.isEnabled() or text in NOT_CLICKED:
                continue
            action.trigger()
            if window.today_dialog is not None:
                found.extend(("Vandaag", *hit) for hit in english_in(window.today_dialog))
                window.today_dialog.reject()

    # Every tab with a pupil chosen, and every button on it.
    for name in ("Noor Bouzid", "Zoë van der Berg"):
        window.search.setText(name)
        window.pupil_list.setCurrentRow(0)
        for index, page in enumerate(window.tab_pages):
            window.tabs.setCurrentIndex(index)
            found.extend((f"tab {page.title}", *hit) for hit in english_in(window))
            _click_everything(page, found)
        # Menu actions that need a pupil (anonieme casus, inzage).
        window.anonymise_action.trigger()
        window.inzage_action.trigger()

    # Messages shown through ui/messages.py.
    found.extend(("melding", "tekst", f"{title}: {text}", english_words(f"{title} {text}"))
                 for title, text, _warning in messages._sink
                 if english_words(f"{title} {text}"))
    controller.shutdown()

    assert len(set(seen)) >= 8, f"too few dialogs reached: {sorted(set(seen))}"
    unique = sorted({(w, where, text, tuple(sorted(words))) for w, where, text, words in found})
    assert unique == [], "\n".join(f"{w} / {where}: {text!r} {words}"
                                   for w, where, text, words in unique)


def test_no_english_in_the_first_run_and_unlock_windows(qtbot, dutch, tmp_path):
    from zorgdesk.ui.vault.dialogs import CreateVaultDialog, UnlockDialog
    from zorgdesk.ui.vault.recovery_key_dialog import RecoveryKeyDialog

    found = []
    vault = Path("/kluizen/school.zdv")  # shown, never created; tmp_path holds the test name
    windows = [UnlockDialog(vault, demo_passphrase=DEMO_PASSPHRASE), CreateVaultDialog(vault),
               RecoveryKeyDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ", b"%PDF")]
    save = QFileDialog(None, "Opslaan als PDF", str(tmp_path), "PDF-bestanden (*.pdf)")
    save.setOption(QFileDialog.Option.DontUseNativeDialog)
    save.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    for window in [*windows, save]:
        qtbot.addWidget(window)
        found += [(type(window).__name__, *hit) for hit in english_in(window)]
    assert found == []
