"""Walk finding: after Back-up maken the message said restoring asks 'het huidige
wachtwoord', the restore dialog asks the one 'dat gold toen de back-up werd gemaakt'.
After a change of passphrase the first sent the IB to the wrong one; both say the same
now."""

from __future__ import annotations

from zorgdesk.ui import messages


def test_the_backup_message_names_the_passphrase_of_the_moment_of_the_backup(
        controller, tmp_path):
    target = tmp_path / "kopie.zdbackup"
    controller.choose_backup_target = lambda *_args: target
    assert controller.backup() == target
    (_title, text, _warning), = messages._sink
    assert "huidige wachtwoord" not in text
    assert "het wachtwoord van nu" in text and "ook als u het later wijzigt" in text
