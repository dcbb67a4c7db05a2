"""Walk s38 findings (real X, 1366x768 at 125 %, keyboard only), each through the real
dialog offscreen."""

from __future__ import annotations

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
