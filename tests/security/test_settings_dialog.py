"""Beheer > Instellingen: every field, bad input kept with a Dutch message, real effects."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.conftest import TODAY
from tests.ui.test_mnemonics import _assert_unique
from zorgdesk.services import settings
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.services.vault.backup import rotating_backup
from zorgdesk.ui.app import AppController
from zorgdesk.ui.settings_dialog import SettingsDialog

KEYS = [s.key for s in settings.ALL]
GOOD = {"autolock_minutes": "12", "backup_keep": "3", "retention_years": "4",
        "meldcode_retention_years": "7", "signature_not_returned_days": "21"}


@pytest.fixture
def session(demo_path):
    s = Session.open(demo_path, DEMO_PASSPHRASE)
    yield s
    s.close()


def _dialog(qtbot, session, **kw) -> SettingsDialog:
    dialog = SettingsDialog(session, **kw)
    qtbot.addWidget(dialog)
    return dialog


def _type(dialog: SettingsDialog, values: dict[str, str]) -> None:
    for key, text in values.items():
        dialog.fields[key].setText(text)


def test_shows_current_values_and_defaults(qtbot, session):
    dialog = _dialog(qtbot, session)
    assert dialog.values() == {"autolock_minutes": "5", "backup_keep": "10",
                               "retention_years": "2", "meldcode_retention_years": "2",
                               "signature_not_returned_days": "14"}
    _assert_unique(dialog)
    for key in KEYS:
        assert dialog.fields[key].accessibleName()
        assert not dialog.errors[key].isVisibleTo(dialog)


def test_every_field_is_saved_in_one_audited_transaction(qtbot, session):
    seen = []
    dialog = _dialog(qtbot, session, on_saved=seen.append)
    seq_before = session.vault.read().execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    _type(dialog, GOOD)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    expected = {k: int(v) for k, v in GOOD.items()}
    assert seen == [expected]
    assert settings.current(session.vault) == expected
    assert session.basedata.school().retention_years == 4
    rows = session.vault.read().execute(
        "SELECT action, fields FROM audit_log WHERE seq > ?", (seq_before,)).fetchall()
    assert len(rows) == 1 and rows[0][0] == "instellingen.gewijzigd"
    assert "12" not in rows[0][1]  # field names only, never the values
    assert session.verify() == []
    assert _dialog(qtbot, session).values() == GOOD  # reopened: what was saved


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize(("text", "message"), [
    ("0", "Kies een waarde tussen"), ("", "Vul een getal in"), ("tien", "heel getal"),
    ("61", None), ("999999", "Kies een waarde tussen"), ("5😀", "heel getal"),
    ("-3", "Kies een waarde tussen"), ("2,5", "heel getal")])
def test_bad_value_keeps_dialog_open_and_everything_typed(qtbot, session, key, text, message):
    setting = next(s for s in settings.ALL if s.key == key)
    dialog = _dialog(qtbot, session)
    typed = {**GOOD, key: text}
    _type(dialog, typed)
    before = settings.current(session.vault)
    valid = text == "61" and setting.high >= 61 and key != "meldcode_retention_years"
    assert dialog.save() is valid
    if valid:
        return
    assert dialog.values() == typed  # nothing typed is lost
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    error = dialog.errors[key]
    assert error.isVisibleTo(dialog)
    if message:
        assert message in error.text()
    if text == "61" and key == "autolock_minutes":
        assert error.text() == "Kies een waarde tussen 1 en 60 minuten."
    assert str(setting.low) in error.text()
    assert all(not dialog.errors[k].isVisibleTo(dialog) for k in KEYS if k != key)
    assert settings.current(session.vault) == before


def test_meldcode_term_never_shorter_than_the_pupil_term(qtbot, session):
    dialog = _dialog(qtbot, session)
    _type(dialog, {**GOOD, "retention_years": "5", "meldcode_retention_years": "3"})
    assert not dialog.save()
    assert "niet korter" in dialog.errors["meldcode_retention_years"].text()
    assert "minimaal 5 jaar" in dialog.errors["meldcode_retention_years"].text()
    # Equal: it follows the pupil term (no own row), also after a later change.
    _type(dialog, {**GOOD, "retention_years": "3", "meldcode_retention_years": "3"})
    assert dialog.save()
    assert settings.meldcode_retention_years(session.vault) == 3
    settings.save(session.vault, {**GOOD, "retention_years": "6",
                                  "meldcode_retention_years": "6"})
    assert settings.meldcode_retention_years(session.vault) == 6


def test_menu_opens_the_dialog_and_a_new_autolock_applies_at_once(qtbot, demo_path,
                                                                  monkeypatch):
    ctl = AppController(demo_path)
    ctl.automatic_backups = False
    qtbot.addWidget(ctl.window)
    ctl._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    try:
        assert ctl.idle.interval_ms == 5 * 60_000
        assert ctl.window.settings_action.text() == "&Instellingen…"
        assert ctl.window.settings_action.shortcut().toString() == "Ctrl+,"
        opened = []

        def fake_exec(dialog):
            opened.append(dialog)
            _type(dialog, {**GOOD, "autolock_minutes": "2",
                           "signature_not_returned_days": "30"})
            return dialog.save()

        monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
        ctl.window.settings_action.trigger()
        assert len(opened) == 1
        assert ctl.idle.interval_ms == 2 * 60_000 and ctl.idle.active
        tab = next(p for p in ctl.window.tab_pages if hasattr(p, "apply_settings"))
        assert tab.days.value() == 30
        ctl.lock()
        ctl.window.settings_action.trigger()  # locked: disabled, nothing opens
        assert len(opened) == 1
    finally:
        ctl.shutdown()
        ctl.idle.detach()


def test_backup_rotation_keeps_the_saved_number(session, tmp_path):
    settings.save(session.vault, {**GOOD, "backup_keep": "2"})
    folder = tmp_path / "backups"
    for _ in range(4):
        rotating_backup(session.vault, folder)
    assert len(list(folder.iterdir())) == 2


def test_retention_list_follows_the_saved_term(session):
    data = Session(session.vault, FixedClock(TODAY)).basedata
    zoe = next(p for p in data.pupils() if p.display_name == "Zoë van der Berg")
    data.deactivate_pupil(zoe.id, max(zoe.start_date, date(2023, 7, 1)))
    service = Session(session.vault, FixedClock(TODAY)).retention
    assert [p.id for p in service.due()] == [zoe.id]
    settings.save(session.vault, {**GOOD, "retention_years": "4",
                                  "meldcode_retention_years": "4"})
    assert service.due() == []
    settings.save(session.vault, {**GOOD, "retention_years": "1",
                                  "meldcode_retention_years": "1"})
    assert [p.id for p in service.due()] == [zoe.id]


def test_keyboard_only_alt_letter_and_enter(qtbot, session):
    dialog = _dialog(qtbot, session)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Alt+letter: each label with a mnemonic is the buddy of its own field.
    buddies = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)
               if "&" in label.text()}
    assert sorted(id(b) for b in buddies.values()) == sorted(
        id(f) for f in dialog.fields.values())
    field = dialog.fields["meldcode_retention_years"]
    assert buddies["Bewaartermijn &meldcodedossier (jaar na vertrek):"] is field
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "9")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # Opslaan is the default button
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert settings.meldcode_retention_years(session.vault) == 9
