"""'Kluis overdragen aan opvolger' with real widgets on a real demo vault."""

from __future__ import annotations

import pytest

from tests.conftest import TODAY
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.services.vault import handover as handover_module
from zorgdesk.store import vault as vault_module
from zorgdesk.store.errors import VaultError
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault
from zorgdesk.ui.vault.handover_dialog import HandoverDialog

NEW = "lantaarn gieter pompoen walvis"


@pytest.fixture
def session(demo_vault, monkeypatch):
    monkeypatch.setattr(vault_module, "calibrated_kdf", lambda: FAST_KDF_FOR_TESTS)
    return Session(demo_vault, FixedClock(TODAY))


def _fill(dialog, current=DEMO_PASSPHRASE, name="Fatima el Amrani", new=NEW, repeated=NEW):
    dialog.current.setText(current)
    dialog.name.setText(name)
    dialog.new.first.setText(new)
    dialog.new.second.setText(repeated)


@pytest.mark.parametrize(("values", "message"), [
    (dict(name=""), "Vul de naam van de nieuwe intern begeleider in."),
    (dict(new=DEMO_PASSPHRASE, repeated=DEMO_PASSPHRASE), "hetzelfde als het oude"),
    (dict(new="kort", repeated="kort"), "minstens 12 tekens"),
    (dict(repeated="lantaarn gieter"), "niet gelijk"),
    (dict(current="verkeerd wachtwoord"), "Uw huidige wachtwoord is onjuist"),
])
def test_bad_input_keeps_the_dialog_open_with_a_dutch_message(qtbot, session, values,
                                                              message):
    dialog = HandoverDialog(session)
    qtbot.addWidget(dialog)
    _fill(dialog, **values)
    dialog.accept()
    # Each message stands under the field it is about (tests/ui/test_walk_findings.py).
    shown = [label.text() for label in dialog.field_errors.labels.values()]
    assert any(message in text for text in shown)
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.recovery_key is None
    assert dialog.name.text() == values.get("name", "Fatima el Amrani")  # nothing lost
    assert session.user_name != "Fatima el Amrani"


def test_every_field_has_an_accessible_name_and_its_own_mnemonic(qtbot, session):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    dialog = HandoverDialog(session)
    qtbot.addWidget(dialog)
    fields = (dialog.current, dialog.name, dialog.new.first, dialog.new.second)
    assert all(field.accessibleName() for field in fields)
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)
               if label.buddy() is not None}
    assert all("&" in buddies[field] for field in fields)
    # The hidden 'Concept weggooien' (no draft waiting) claims no key: it gets its letter
    # when its note is shown (form_drafts.discard_text).
    captions = [*buddies.values(), *(b.text() for b in dialog.findChildren(QAbstractButton)
                                     if b.isVisibleTo(dialog))]
    keys = [c[c.index("&") + 1].lower() for c in captions if "&" in c]
    assert len(keys) == len(set(keys)) >= 6


def test_a_handover_switches_the_user_and_the_old_passphrase_stops(qtbot, session,
                                                                  demo_path):
    dialog = HandoverDialog(session)
    qtbot.addWidget(dialog)
    _fill(dialog)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.recovery_key and dialog.successor_name == "Fatima el Amrani"
    assert dialog.current.text() == "" and dialog.new.first.text() == ""  # not kept
    assert session.user_name == "Fatima el Amrani"
    session.close()
    with pytest.raises(vault_module.WrongPassphraseError):
        Vault.open(demo_path, DEMO_PASSPHRASE)
    with Vault.open(demo_path, NEW) as vault:
        assert vault.verify() == []


def test_the_menu_action_hands_over_and_shows_the_new_recovery_key(controller, monkeypatch):
    from zorgdesk.ui import app as app_module
    from zorgdesk.ui import messages

    monkeypatch.setattr(vault_module, "calibrated_kdf", lambda: FAST_KDF_FOR_TESTS)
    shown = {}

    def fill_and_accept(dialog):
        _fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(app_module, "run_modal", fill_and_accept)
    monkeypatch.setattr(app_module, "show_recovery_key",
                        lambda parent, session, key: shown.setdefault("key", key))
    assert controller.window.handover_action.isEnabled()
    controller.window.handover_action.trigger()
    assert shown["key"] and controller.session.user_name == "Fatima el Amrani"
    assert messages._sink[-1][0] == "Kluis overgedragen"
    assert "Fatima el Amrani" in messages._sink[-1][1]


def test_the_rekey_runs_in_a_worker_and_the_session_goes_on_under_the_new_key(
        qtbot, session, demo_path, monkeypatch):
    import threading
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    seen: dict = {"main": set(), "ticks": 0, "progress": set()}
    real = Vault.hand_over

    def slow_hand_over(self, *args, **kwargs):  # the real rekey of the real file, slower
        seen["main"].add(threading.current_thread() is threading.main_thread())
        time.sleep(0.8)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Vault, "hand_over", slow_hand_over)

    def tick() -> None:
        seen["ticks"] += 1
        seen["progress"] |= {w.windowTitle() for w in QApplication.topLevelWidgets()
                             if isinstance(w, QProgressDialog) and w.isVisible()}

    dialog = HandoverDialog(session)
    qtbot.addWidget(dialog)
    _fill(dialog)
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    dialog.accept()
    timer.stop()
    assert seen["main"] == {False} and seen["ticks"] >= 5
    assert seen["progress"] == {"Kluis overdragen"}
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.recovery_key
    # The session follows the new key: it reads and writes on, as the successor.
    assert session.user_name == "Fatima el Amrani"
    assert "Fatima el Amrani" in {s.name for s in session.basedata.staff()}
    zoe = session.basedata.pupils("Zoë")[0]
    session.drafts.save("logboek", f"nieuw:{zoe.id}", zoe.id, {"situation": "Na de overdracht"})
    assert session.vault.verify() == []
    session.close()
    with pytest.raises(vault_module.WrongPassphraseError):
        Vault.open(demo_path, DEMO_PASSPHRASE)
    with Vault.open(demo_path, NEW) as vault:
        assert vault.verify() == []
        assert vault.user.name == "Fatima el Amrani"


def test_a_refused_handover_in_the_worker_keeps_the_session_on_the_old_key(qtbot, session,
                                                                         demo_path):
    dialog = HandoverDialog(session)
    qtbot.addWidget(dialog)
    _fill(dialog, current="verkeerd wachtwoord")  # refused in the worker
    dialog.accept()
    shown = [label.text() for label in dialog.field_errors.labels.values()]
    assert any("Uw huidige wachtwoord is onjuist" in text for text in shown)
    assert session.basedata.pupils("Zoë")  # the session still reads
    assert session.vault.verify() == []
    session.close()
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        assert vault.verify() == []


def _failing_staff(basedata, name):
    raise VaultError("De schijf is vol. Maak ruimte vrij en probeer het opnieuw.")


def test_the_menu_shows_the_key_first_and_then_the_dutch_warning(controller, monkeypatch):
    from zorgdesk.ui import app as app_module
    from zorgdesk.ui import messages

    monkeypatch.setattr(vault_module, "calibrated_kdf", lambda: FAST_KDF_FOR_TESTS)
    monkeypatch.setattr(handover_module, "_make_staff", _failing_staff)
    order = []

    def fill_and_accept(dialog):
        _fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(app_module, "run_modal", fill_and_accept)
    monkeypatch.setattr(app_module, "show_recovery_key",
                        lambda parent, session, key: order.append(("key", len(messages._sink))))
    key = controller.hand_over()
    assert key and len(order) == 1  # the key page was shown, once
    title, text, warning = messages._sink[-1]  # and after it, the warning
    assert title == "Overdracht niet helemaal gelukt" and warning
    assert "niet als medewerker" in text and order[0][1] < len(messages._sink)
