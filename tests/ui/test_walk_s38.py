"""Walk s38 findings (real X, 1366x768 at 125 %, keyboard only), each through the real
dialog offscreen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui.vault.dialogs import ChangePassphraseDialog, CreateVaultDialog


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _on_screen(dialog, sentence: str) -> int:
    """How many labels in sight say ``sentence``."""
    from PySide6.QtWidgets import QLabel

    return sum(sentence in label.text() for label in dialog.findChildren(QLabel)
               if label.isVisible())


def test_a_refused_new_passphrase_says_its_reason_once(qtbot, tmp_path):
    """First start (shot f03): 'Gebruik minstens 12 tekens (nu 9).' stood twice, as
    the live advice and again in red under it. As in Kluis overdragen, the red message
    takes the advice's place; typing brings the live advice back."""
    dialog = _shown(qtbot, CreateVaultDialog(tmp_path / "nieuw.zdv"))
    dialog.school.setText("OBS De Regenboog")
    dialog.user_name.setText("Femke de Vries")
    for field in (dialog.passphrase.first, dialog.passphrase.second):
        field.setText("welkom123")
    reason = "Gebruik minstens 12 tekens (nu 9)."
    assert _on_screen(dialog, reason) == 1  # the live advice
    dialog.accept()
    assert reason in dialog.passphrase_error.text()
    assert _on_screen(dialog, reason) == 1
    dialog.passphrase.first.setText("welkom1234")
    assert dialog.passphrase_error.isHidden()
    assert _on_screen(dialog, "Gebruik minstens 12 tekens (nu 10).") == 1


def test_changing_the_passphrase_says_a_reason_once(qtbot, demo_path):
    session = Session.open(demo_path, DEMO_PASSPHRASE)
    try:
        dialog = _shown(qtbot, ChangePassphraseDialog(session))
        dialog.old.setText(DEMO_PASSPHRASE)
        dialog.new.first.setText("welkom123")
        dialog.new.second.setText("welkom12")
        dialog.accept()
        for reason in ("Gebruik minstens 12 tekens (nu 9).",
                       "De twee wachtwoorden zijn niet gelijk."):
            assert reason in dialog.error.text()
            assert _on_screen(dialog, reason) == 1, reason
        dialog.new.first.setText("welkom1234")  # fixing it: the red goes, advice is live
        assert dialog.error.isHidden()
        assert _on_screen(dialog, "Gebruik minstens 12 tekens (nu 10).") == 1
    finally:
        session.close()


def test_a_new_vault_opens_without_an_empty_vandaag(qtbot, tmp_path, monkeypatch):
    """First start (shot f09): right after 'Kluis maken' Vandaag opened over the whole
    main window to say 'Er zijn geen openstaande termijnen.', hiding the empty vault's
    own hint (how to add pupils). With nothing due it stays closed and the status bar
    says so; Bestand › Vandaag still opens it."""
    from PySide6.QtWidgets import QApplication

    from tests.conftest import PASSPHRASE
    from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
    from zorgdesk.ui import messages
    from zorgdesk.ui.app import AppController
    from zorgdesk.ui.today.today_dialog import TodayDialog

    monkeypatch.setattr(messages, "_sink", [])
    path = tmp_path / "zorgdesk.zdv"
    session, _key = Session.create(path, PASSPHRASE, kdf=FAST_KDF_FOR_TESTS,
                                   school_name="OBS De Regenboog", place="Zwolle",
                                   user_name="Femke de Vries", with_recovery_key=False)
    controller = AppController(path)
    qtbot.addWidget(controller.window)
    try:
        controller._attach(session)
        qtbot.wait(20)  # Vandaag would open a turn of the event loop later
        assert controller.window.today_dialog is None
        assert not [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, TodayDialog) and w.isVisible()]
        assert "geen openstaande termijnen" in controller.window.statusBar().currentMessage()
        dialog = controller.window.open_today()  # asked for: it opens, empty
        assert dialog.isVisible() and dialog.summary.text() == (
            "Er zijn geen openstaande termijnen.")
        dialog.close()
    finally:
        controller.shutdown()


def test_a_refused_restore_puts_the_cursor_in_the_field_it_is_about(qtbot, demo_vault,
                                                                     tmp_path):
    """Back-up terugzetten (shot i05): 'Op die plek staat al een kluis of bestand ...'
    while the cursor stayed in Wachtwoord; every message stood under the form, the field
    it was about was hers to find. Now the cursor goes to that field, its text selected."""
    from zorgdesk.services.vault.backup import make_backup
    from zorgdesk.ui.vault.backup_dialogs import RestoreDialog

    backup = tmp_path / "school.zdbackup"
    make_backup(demo_vault, backup)
    taken = tmp_path / "verslag.pdf"
    taken.write_bytes(b"%PDF-")
    dialog = _shown(qtbot, RestoreDialog(start_dir=tmp_path))
    dialog.source.setText(str(backup))
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    dialog.passphrase.setFocus()
    dialog.accept()  # no new place
    assert "nieuwe plek" in dialog.error.text() and dialog.focusWidget() is dialog.target
    dialog.target.setText(str(taken))
    dialog.passphrase.setFocus()
    dialog.accept()
    assert dialog.error.text().startswith("Op die plek staat al een kluis of bestand")
    assert dialog.focusWidget() is dialog.target and dialog.target.selectedText() == str(taken)
    dialog.target.setText(str(tmp_path / "terug.zdv"))
    dialog.passphrase.setText("regenjas kompas tijger")  # a word short
    dialog.accept()
    assert dialog.error.isVisible() and dialog.focusWidget() is dialog.passphrase
    assert dialog.passphrase.selectedText() == "regenjas kompas tijger"
    dialog.source.setText(str(taken))  # not a backup
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    dialog.accept()
    assert dialog.focusWidget() is dialog.source
    assert not (tmp_path / "terug.zdv").exists() and taken.read_bytes() == b"%PDF-"


def test_a_restored_backup_opens_as_the_known_state_not_as_an_older_copy(
        controller, tmp_path, monkeypatch, asked):
    """Walk s38 (X, shots i07 -> i09): Back-up terugzetten, 'Nu openen': the app locked
    the vault in use, which remembered its own (newer) audit head for the same vault id
    after the restore had accepted the backup's; the restored copy then opened with
    'Deze kluis is een oudere kopie' and only read-only. Opening a copy restored in this
    session (now, or later through Bestand > Kluis openen) makes it the known state
    again first."""
    from zorgdesk.services.vault.backup import make_backup
    from zorgdesk.ui import app as app_module
    from zorgdesk.ui.vault.backup_dialogs import RestoreDialog
    from zorgdesk.ui.vault.dialogs import UnlockDialog

    backup = tmp_path / "school.zdbackup"
    make_backup(controller.session.vault, backup)
    controller.session.basedata.add_group("Groep 8b")  # the vault in use moves on
    restored = tmp_path / "teruggezet.zdv"

    def modal(dialog) -> int:
        if isinstance(dialog, RestoreDialog):
            dialog.source.setText(str(backup))
            dialog.target.setText(str(restored))
        dialog.passphrase.setText(DEMO_PASSPHRASE)
        assert isinstance(dialog, RestoreDialog | UnlockDialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(app_module, "run_modal", modal)
    asked.answers.append(True)  # Nu openen
    assert controller.restore() == restored
    assert [q[0] for q in asked.questions] == ["Back-up terugzetten"]  # no 'Oudere kopie'
    assert controller.session is not None and not controller.session.read_only
    assert controller.session.vault.path == restored


def _active(qtbot, controller):
    """The main window active, Vandaag (opened after the first unlock) closed."""
    window = controller.window
    qtbot.wait(1)  # Vandaag opens a turn of the event loop after the unlock
    if window.today_dialog is not None:
        window.today_dialog.reject()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_the_locked_window_does_not_act_on_the_hidden_dossier(controller, qtbot, unlock):
    """Lock (Ctrl+L) then keys (walk s38, shots j02 -> j04): with ZorgDesk locked, Ctrl+F
    put the cursor in the hidden pupil search and Ctrl+2 turned the hidden dossier to
    Signalenlijst; a name typed blind there filtered the pupil list after unlocking.
    Locked, those keys do nothing; unlocked they work as before."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    ctrl = Qt.KeyboardModifier.ControlModifier
    controller.lock()
    assert controller.session is None
    _active(qtbot, controller)
    tab_before = window.tabs.currentIndex()
    QTest.keyClick(window, Qt.Key.Key_F, ctrl)
    assert QApplication.focusWidget() is not window.search
    QTest.keyClicks(QApplication.focusWidget() or window, "Daan")
    QTest.keyClick(window, Qt.Key.Key_2, ctrl)
    assert window.tabs.currentIndex() == tab_before
    assert QApplication.focusWidget() is not window.tabs.tabBar()
    unlock()
    _active(qtbot, controller)
    assert window.search.text() == ""
    window.pupil_list.setFocus()  # anywhere but the search
    QTest.keyClick(window, Qt.Key.Key_F, ctrl)
    assert QApplication.focusWidget() is window.search
    QTest.keyClick(window, Qt.Key.Key_2, ctrl)
    assert window.tabs.currentIndex() == 1


def test_after_the_lock_the_status_bar_says_her_logboek_note_waits(
        controller, choose_dossier, locked_while_typing):
    """Lock in the middle of a new observation (walk s38, X at 1280x720, k03 -> k04): the
    form closed, the draft was kept (Ctrl+N brings it back, k05), but after unlocking
    nothing said so; for a zorggesprek the status bar does. The logboek's forms are
    dialogs opened from the tab like the zorggesprek's: the same hint."""
    from tests.ui.keyboard import type_text
    from zorgdesk.ui.logbook import tab_actions

    choose_dossier("Zoë van der Berg")
    tab = controller.window.tab_pages[0]

    def typing(form) -> None:
        type_text(form.situation.edit, "Zoë had geen jas aan op het schoolplein")

    locked_while_typing(tab_actions, tab.new_action.trigger, typing)
    drafts = controller.session.drafts.for_pupil(controller.window.current_pupil.id)
    assert [d.form for d in drafts] == ["logboek"]  # kept, as in X
    assert ("Er staat een concept klaar voor Zoë van der Berg (Logboek)"
            in controller.window.statusBar().currentMessage())


def test_a_signal_while_a_busy_dialog_refuses_to_close_still_ends_zorgdesk(qtbot,
                                                                          monkeypatch):
    """SIGTERM (a shutdown) while the unlock dialog was busy opening the vault and asked
    'Oudere kopie van de kluis?' (X, shots n01 -> n02): the busy dialog ignored the close,
    Qt's quit was refused, the question was rejected, and ZorgDesk stayed running,
    locked. The keep-alive timer now asks Qt to quit again once no dialog is left."""
    import signal

    from PySide6.QtWidgets import QDialog

    from zorgdesk.ui import app as app_module

    quits: list[int] = []
    monkeypatch.setattr(signal, "signal", lambda *_args: None)  # not in the test process
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(1)))
    monkeypatch.setattr(app_module, "_quitting", [])

    class Busy(QDialog):
        """As UnlockDialog while it opens the vault: Escape and close wait."""

        busy = True

        def reject(self) -> None:
            if not self.busy:
                super().reject()

    dialog = Busy()
    qtbot.addWidget(dialog)
    dialog.show()
    timer = app_module._quit_cleanly_on_signals(QApplication.instance())
    try:
        app_module._close_everything()  # what the signal handler does
        assert dialog.isVisible()
        quits.clear()  # the first quit, refused by the busy dialog in the real app
        qtbot.wait(600)  # two turns of the keep-alive timer
        assert dialog.isVisible() and quits == []  # never quits under a dialog
        dialog.busy = False  # the vault opened or failed: the dialog lets go
        qtbot.waitUntil(lambda: bool(quits), timeout=2000)
        assert not dialog.isVisible()
    finally:
        timer.stop()
