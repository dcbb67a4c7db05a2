"""Review findings on the worker handover (issue 21/23), through a real vault in tmp_path.

Once the rekey happened the new recovery key is the only one: a later failing step
(making her a staff member) must not throw it away. Caches keyed on
``Vault.change_marker`` stay right across the connection swap, and the data key copies
that cross threads are wiped.
"""

from __future__ import annotations

import pytest

from tests.conftest import TODAY
from zorgdesk.domain.conversations.conversation import SignatureStatus
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.services.vault import handover as handover_module
from zorgdesk.store import vault as vault_module
from zorgdesk.store.errors import VaultError
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault

NEW = "lantaarn gieter pompoen walvis"
SUCCESSOR = "Fatima el Amrani"


def _in_this_thread(work):
    return work()


def _fail_making_staff(monkeypatch):
    def failing(basedata, name):
        raise VaultError("De schijf is vol. Maak ruimte vrij en probeer het opnieuw.")

    monkeypatch.setattr(handover_module, "_make_staff", failing)


@pytest.mark.parametrize("run", [_in_this_thread, None], ids=["worker", "same-thread"])
def test_a_failing_step_after_the_rekey_still_hands_over_the_recovery_key(
        demo_vault, demo_path, monkeypatch, run):
    _fail_making_staff(monkeypatch)
    session = Session(demo_vault, FixedClock(TODAY))
    handed = session.hand_over(current=DEMO_PASSPHRASE, new=NEW, repeated=NEW,
                               successor=SUCCESSOR, kdf=FAST_KDF_FOR_TESTS, run=run)
    assert "niet als medewerker" in handed.warning and "De schijf is vol" in handed.warning
    assert session.user_name == SUCCESSOR and session.basedata.pupils("Zoë")
    session.close()
    with Vault.open(demo_path, handed.recovery_key, use_recovery_key=True) as vault:
        assert vault.verify() == [] and vault.user.name == SUCCESSOR



def _pull_the_stick_at_the_key_file(monkeypatch):
    """Putting the new key file in place fails (after the rekey, before the rename)."""
    real_replace = vault_module.os.replace

    def pulled(source, target):
        if str(source).endswith(".key.pending"):
            raise OSError(5, "Input/output error")
        real_replace(source, target)

    monkeypatch.setattr(vault_module.os, "replace", pulled)
    return real_replace


@pytest.mark.parametrize("run", [_in_this_thread, None], ids=["worker", "same-thread"])
def test_a_key_file_that_cannot_be_put_in_place_still_hands_over_the_recovery_key(
        demo_vault, demo_path, monkeypatch, run):
    """The rekey happened, so the new recovery key is the only one: it is returned with a
    Dutch warning, and the next open puts the pending key file in place."""
    real_replace = _pull_the_stick_at_the_key_file(monkeypatch)
    session = Session(demo_vault, FixedClock(TODAY))
    handed = session.hand_over(current=DEMO_PASSPHRASE, new=NEW, repeated=NEW,
                               successor=SUCCESSOR, kdf=FAST_KDF_FOR_TESTS, run=run)
    assert handed.recovery_key and "sleutelbestand" in handed.warning
    assert "Input/output" not in handed.warning  # Dutch, no English system text
    assert session.user_name == SUCCESSOR and session.basedata.pupils("Zoë")
    session.close()
    monkeypatch.setattr(vault_module.os, "replace", real_replace)
    with Vault.open(demo_path, handed.recovery_key, use_recovery_key=True) as vault:
        assert vault.verify() == [] and vault.user.name == SUCCESSOR
    with Vault.open(demo_path, NEW) as vault:
        assert vault.user.name == SUCCESSOR


def test_the_dialog_accepts_with_the_key_and_the_warning(qtbot, demo_vault, monkeypatch):
    from zorgdesk.ui.vault.handover_dialog import HandoverDialog

    monkeypatch.setattr(vault_module, "calibrated_kdf", lambda: FAST_KDF_FOR_TESTS)
    _fail_making_staff(monkeypatch)
    dialog = HandoverDialog(Session(demo_vault, FixedClock(TODAY)))
    qtbot.addWidget(dialog)
    dialog.current.setText(DEMO_PASSPHRASE)
    dialog.name.setText(SUCCESSOR)
    dialog.new.first.setText(NEW)
    dialog.new.second.setText(NEW)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.recovery_key
    assert "niet als medewerker" in dialog.warning


def _pad_changes(vault: Vault, up_to: int) -> None:
    """Row changes on this connection (a temp table: nothing in the file) up to ``up_to``."""
    cur = vault.read()
    cur.execute("CREATE TEMP TABLE IF NOT EXISTS pad (x)")
    while cur.connection.total_changes < up_to:
        cur.execute("INSERT INTO temp.pad VALUES (1)")


def test_the_not_returned_cache_is_fresh_after_a_handover(demo_vault):
    session = Session(demo_vault, FixedClock(TODAY))
    signing = Session(demo_vault, FixedClock(TODAY)).signing
    _pad_changes(demo_vault, 5000)
    before = signing.not_returned(0)
    cid = before[0].conversation_id
    cached = demo_vault.change_marker()
    session.hand_over(current=DEMO_PASSPHRASE, new=NEW, repeated=NEW, successor=SUCCESSOR,
                      kdf=FAST_KDF_FOR_TESTS, run=_in_this_thread)
    signing.register_signature(cid, "Petra van Dijk", SignatureStatus.GEZIEN, TODAY,
                               "Weidebeek", "")
    _pad_changes(demo_vault, cached[-2])  # the new connection counted from zero
    assert demo_vault.change_marker() != cached
    assert cid not in {o.conversation_id for o in signing.not_returned(0)}


def test_the_key_copies_crossing_threads_are_wiped(demo_vault):
    seen = []

    def run(work):
        seen.append(work())
        return seen[-1]

    session = Session(demo_vault, FixedClock(TODAY))
    session.hand_over(current=DEMO_PASSPHRASE, new=NEW, repeated=NEW, successor=SUCCESSOR,
                      kdf=FAST_KDF_FOR_TESTS, run=run)
    key = seen[0][3]  # (recovery, key-file problem, error, key, key file, user)
    assert isinstance(key, bytearray) and len(key) == 32 and not any(key)
    assert session.basedata.pupils("Zoë")  # the session follows the new key


def test_an_unused_writer_opener_wipes_its_key_copy(demo_vault):
    opener = demo_vault.writer_for_worker()
    key = opener._key
    assert any(key)
    opener.discard()
    assert not any(key)
    dropped = demo_vault.writer_for_worker()
    key = dropped._key
    del dropped
    assert not any(key)

