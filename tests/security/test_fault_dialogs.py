"""Faults seen in the app: a Dutch message where the IB is working, typed text kept."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import TODAY, copy_vault
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.store.lockfile import lock_path
from zorgdesk.ui import messages
from zorgdesk.ui.logbook.entry_form import EntryDialog
from zorgdesk.ui.vault.dialogs import UnlockDialog

TEXT = "Zoë liep mank; ze zei dat haar enkel 2 dagen pijn doet."


def _opener(path):
    return lambda secret, recovery, **options: Session.open(path, secret, recovery, **options)


@pytest.fixture
def answers(monkeypatch):
    """The IB's answers to ask_choice, in order; every question is recorded."""
    given: list[bool] = []
    asked: list = []
    monkeypatch.setattr(messages, "_answers", given)
    monkeypatch.setattr(messages, "_sink", asked)
    return given, asked


def test_full_disk_in_the_logboek_form_keeps_the_text_and_says_why(qtbot, demo_template,
                                                                    small_disk):
    path = copy_vault(demo_template, small_disk.root)
    session = Session.open(path, DEMO_PASSPHRASE, clock=FixedClock(TODAY))
    try:
        pupil = next(p for p in session.basedata.pupils()
                     if p.display_name == "Zoë van der Berg")
        dialog = EntryDialog(session, pupil)
        qtbot.addWidget(dialog)
        dialog.location.setText("Gymzaal")
        dialog.signalled_by.setCurrentIndex(dialog.signalled_by.findText("Rachid El Idrissi"))
        dialog.domain.setCurrentIndex(dialog.domain.findData("lichamelijk"))
        dialog.situation.setText(TEXT)
        count = "SELECT count(*) FROM logbook_entry"
        before = session.vault.read().execute(count).fetchone()[0]
        small_disk.fill()
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        save.click()
        assert dialog.result() != dialog.DialogCode.Accepted
        assert "schijf is vol" in dialog.general_error.text()
        assert dialog.situation.text() == TEXT
        small_disk.free()
        save.click()
        assert dialog.result() == dialog.DialogCode.Accepted and dialog.saved_id
        assert session.logbook.item(dialog.saved_id).current.content.situation == TEXT
        assert session.vault.read().execute(count).fetchone()[0] == before + 1
        assert session.verify() == []
    finally:
        session.close()


def test_unlock_of_an_older_copy_offers_read_only_or_cancel(qtbot, demo_path, tmp_path,
                                                            answers):
    given, asked = answers
    older = tmp_path / "ouder"
    older.mkdir()
    copy_vault(demo_path, older)
    session = Session.open(demo_path, DEMO_PASSPHRASE)
    session.basedata.add_staff("Nieuwe Collega", "Leerkracht")
    session.close()
    shutil.copy2(older / demo_path.name, demo_path)

    dialog = UnlockDialog(demo_path, opener=_opener(demo_path))
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    given.append(False)  # Annuleren
    dialog.accept()
    assert dialog.session is None and "niet geopend" in dialog.error.text()
    assert "oudere kopie" in asked[-1][1]

    given.append(True)  # Oudere kopie alleen-lezen openen
    dialog.accept()
    assert dialog.session is not None and dialog.session.read_only
    assert any("oudere kopie" in p for p in dialog.session.verify())
    dialog.session.close()


def test_lock_of_another_computer_is_taken_over_only_after_the_warning(qtbot, demo_path,
                                                                       answers):
    given, asked = answers
    lock_path(demo_path).write_text(json.dumps({"host": "laptop-directie", "pid": 7}),
                                    encoding="utf-8")
    dialog = UnlockDialog(demo_path, opener=_opener(demo_path))
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    given.append(False)
    dialog.accept()
    assert dialog.session is None and lock_path(demo_path).exists()
    assert "laptop-directie" in asked[-1][1]
    given.append(True)
    dialog.accept()
    assert dialog.session is not None and not dialog.session.read_only
    dialog.session.close()
