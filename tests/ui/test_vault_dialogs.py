"""Create, unlock and change-passphrase dialogs with real vaults, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import PASSPHRASE
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.store import vault as vault_module
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.ui.vault.dialogs import ChangePassphraseDialog, CreateVaultDialog, UnlockDialog
from zorgdesk.ui.vault.handover_dialog import HandoverDialog


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    return shown


def _unlock_dialog(qtbot, path):
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    return dialog


def test_wrong_passphrase_keeps_dialog_open_and_text(qtbot, demo_path):
    dialog = _unlock_dialog(qtbot, demo_path)
    dialog.show()
    dialog.passphrase.setText("regenjas kompas tijger zeilbot")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.result() == 0
    assert dialog.session is None
    assert dialog.error.isVisible()
    assert "wachtwoord is onjuist" in dialog.error.text()
    assert dialog.passphrase.text() == "regenjas kompas tijger zeilbot"


def test_correct_passphrase_opens_and_clears_field(qtbot, demo_path):
    dialog = _unlock_dialog(qtbot, demo_path)
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    dialog.accept()
    assert dialog.session is not None
    assert dialog.passphrase.text() == ""
    dialog.session.close()


def test_empty_passphrase_message(qtbot, demo_path):
    dialog = _unlock_dialog(qtbot, demo_path)
    dialog.accept()
    assert dialog.error.text() == "Vul het wachtwoord in."


def test_vault_in_use_message(qtbot, demo_vault):
    dialog = _unlock_dialog(qtbot, demo_vault.path)
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    dialog.accept()
    assert "al geopend" in dialog.error.text()


def test_demo_passphrase_is_shown(qtbot, demo_path):
    dialog = UnlockDialog(demo_path, demo_passphrase=DEMO_PASSPHRASE)
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(type(dialog.error))]
    assert any(DEMO_PASSPHRASE in text for text in labels)


def test_unlock_shows_the_folder_cut_in_the_middle_and_whole_in_the_tooltip(qtbot,
                                                                          demo_path, tmp_path):
    """A copy of the vault (a USB stick, a backup folder) has the same file name: the
    window names the folder too, so the IB knows which copy she opens."""
    import shutil

    from zorgdesk.store.keyfile import keyfile_path

    deep = tmp_path.joinpath("Gedeelde schijf", "Intern begeleider", "Schooljaar 2026-2027",
                             "Kopie van de kluis voor de overdracht", "niet gebruiken")
    deep.mkdir(parents=True)
    copy = deep / demo_path.name
    shutil.copy2(demo_path, copy)
    shutil.copy2(keyfile_path(demo_path), keyfile_path(copy))
    dialog = _unlock_dialog(qtbot, copy)
    dialog.show()
    qtbot.waitExposed(dialog)
    folder = dialog.vault_folder
    whole = f"Map: {deep}"
    assert folder.full_text == whole and folder.toolTip() == whole
    assert folder.accessibleDescription() == whole and folder.accessibleName()
    shown = folder.text()
    assert "…" in shown and shown.startswith("Map: ") and shown.endswith("niet gebruiken")
    assert folder.fontMetrics().horizontalAdvance(shown) <= folder.contentsRect().width()
    assert dialog.width() < folder.fontMetrics().horizontalAdvance(whole)  # no wide window
    assert dialog.vault_name.text() == f"Kluis: {copy.name}"
    dialog.resize(dialog.width() + 2000, dialog.height())  # room: the whole path
    qtbot.waitUntil(lambda: folder.text() == whole)


def _fast_create(path, passphrase, **kwargs):
    return Session.create(path, passphrase, kdf=FAST_KDF_FOR_TESTS, **kwargs)


def test_create_dialog_refuses_mismatch_and_weak_and_keeps_input(qtbot, tmp_path):
    dialog = CreateVaultDialog(tmp_path / "nieuw.zdv", creator=_fast_create)
    qtbot.addWidget(dialog)
    dialog.school.setText("OBS De Zeester")
    dialog.user_name.setText("Ineke de Boer")
    dialog.passphrase.first.setText(PASSPHRASE)
    dialog.passphrase.second.setText(PASSPHRASE + "x")
    dialog.accept()
    assert "niet gelijk" in dialog.passphrase_error.text()
    assert dialog.school.text() == "OBS De Zeester"
    dialog.passphrase.first.setText("welkom12")
    dialog.passphrase.second.setText("welkom12")
    assert dialog.passphrase.meter.value() <= 1
    dialog.accept()
    assert "minstens 12 tekens" in dialog.passphrase_error.text()
    assert not (tmp_path / "nieuw.zdv").exists()


def test_create_dialog_creates_vault_and_shows_recovery_key(qtbot, tmp_path, monkeypatch):
    from zorgdesk.ui.vault.recovery_key_dialog import RecoveryKeyDialog

    shown = []

    def store_and_continue(page):
        shown.append(page.key_label.text())
        page.confirm.setChecked(True)
        page.continue_button.click()

    monkeypatch.setattr(RecoveryKeyDialog, "exec", store_and_continue)
    dialog = CreateVaultDialog(tmp_path / "nieuw.zdv", creator=_fast_create)
    qtbot.addWidget(dialog)
    dialog.school.setText("OBS De Zeester")
    dialog.place.setText("Zeewolde")
    dialog.user_name.setText("Ineke de Boer")
    dialog.passphrase.first.setText(PASSPHRASE)
    dialog.passphrase.second.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.session is not None, dialog.error.text()
    assert dialog.recovery_key and shown == [dialog.recovery_key]
    assert dialog.session.basedata.school().name == "OBS De Zeester"
    dialog.session.close()


def test_create_dialog_over_existing_file(qtbot, demo_path):
    dialog = CreateVaultDialog(demo_path, creator=_fast_create)
    qtbot.addWidget(dialog)
    dialog.school.setText("OBS De Zeester")
    dialog.user_name.setText("Ineke de Boer")
    dialog.passphrase.first.setText(PASSPHRASE)
    dialog.passphrase.second.setText(PASSPHRASE)
    dialog.accept()
    assert "bestaand bestand" in dialog.error.text()
    assert dialog.session is None


def test_change_passphrase_dialog(qtbot, demo_path):
    session = Session.open(demo_path, DEMO_PASSPHRASE)
    dialog = ChangePassphraseDialog(session)
    qtbot.addWidget(dialog)
    dialog.old.setText("verkeerd wachtwoord")
    dialog.new.first.setText(PASSPHRASE)
    dialog.new.second.setText(PASSPHRASE)
    dialog.accept()
    assert "onjuist" in dialog.error.text()
    dialog.old.setText(DEMO_PASSPHRASE)
    dialog.accept()
    assert dialog.result() == 1
    session.close()
    Session.open(demo_path, PASSPHRASE).close()


def _left_edges(dialog, fields) -> set[int]:
    dialog.show()
    QApplication.processEvents()
    return {field.mapTo(dialog, QPoint(0, 0)).x() for field in fields}


def test_the_passphrase_rows_line_up_with_the_rows_above(qtbot, tmp_path, demo_vault,
                                                         monkeypatch):
    """The new passphrase's rows (PassphraseFields, a form of its own) start their fields
    in the same column as the dialog's own rows (walk finding: two columns)."""
    monkeypatch.setattr(vault_module, "calibrated_kdf", lambda: FAST_KDF_FOR_TESTS)
    session = Session(demo_vault)
    create = CreateVaultDialog(tmp_path / "nieuw.zdv", creator=_fast_create)
    change = ChangePassphraseDialog(session)
    handover = HandoverDialog(session)
    for dialog in (create, change, handover):
        qtbot.addWidget(dialog)
    new = (handover.new.first, handover.new.second, handover.new.meter)
    assert len(_left_edges(handover, (handover.current, handover.name, *new))) == 1
    new = (change.new.first, change.new.second, change.new.meter)
    assert len(_left_edges(change, (change.old, *new))) == 1
    new = (create.passphrase.first, create.passphrase.second, create.passphrase.meter)
    assert len(_left_edges(create, (create.school, create.place, create.user_name,
                                    *new))) == 1


def test_a_four_word_passphrase_fits_without_scrolling(qtbot, demo_vault):
    """Walk finding (79.png): the fields were ~155 px, a four-word passphrase scrolled."""
    dialog = ChangePassphraseDialog(Session(demo_vault))
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    passphrase = "regenjas fietsbel zonnebloem kapstok"
    for field in (dialog.old, dialog.new.first, dialog.new.second):
        field.setText(passphrase)
        field.setCursorPosition(0)
        start = field.cursorRect().left()
        field.setCursorPosition(len(passphrase))
        assert field.cursorRect().right() < field.width(), field.accessibleName()
        field.setCursorPosition(0)
        assert field.cursorRect().left() == start, field.accessibleName()
