"""Migration m0012: the logboek's drafts move from ``logbook_draft`` into ``form_draft``.

On a real vault written by the version before (tests/data/vaults/voor-issue-18.zdv, made
by make_voor_issue_18.py beside it, with the old entry form): nothing typed is lost, the
entry form puts the text back, and retention still removes the drafts with the pupil.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import TODAY, copy_vault
from tests.security.helpers import raw_connection
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.retention import export_digest
from zorgdesk.services.session import Session
from zorgdesk.store.vault import Vault
from zorgdesk.ui.logbook.entry_form import EntryDialog

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "vaults" / "voor-issue-18.zdv"
TYPED = "Half getypt: Zoë had natte sokken 🧦"


@pytest.fixture
def legacy(tmp_path) -> Path:
    return copy_vault(FIXTURE, tmp_path)


def _old_rows(path: Path) -> tuple[list, list]:
    conn = raw_connection(path, DEMO_PASSPHRASE)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 11
        logbook = conn.execute("SELECT draft_key, pupil_id, fields, saved_at FROM logbook_draft"
                               " ORDER BY draft_key").fetchall()
        other = conn.execute("SELECT * FROM form_draft").fetchall()
    finally:
        conn.close()
    return logbook, other


def test_fixture_holds_drafts_in_the_old_table(legacy):
    logbook, other = _old_rows(legacy)
    assert [r[0] for r in logbook] == ["correctie:4", "nieuw:1"]
    assert json.loads(logbook[1][2])["situation"] == TYPED
    assert [r[0] for r in other] == ["gesprek"]


def test_every_logbook_draft_moves_over_unchanged(legacy):
    logbook, other = _old_rows(legacy)
    with Vault.open(legacy, DEMO_PASSPHRASE) as vault:
        assert vault.schema_version() >= 12  # later migrations may follow
        cur = vault.read()
        tables = {r[0] for r in cur.execute("SELECT name FROM sqlite_master")}
        assert "logbook_draft" not in tables
        moved = cur.execute("SELECT draft_key, pupil_id, fields, saved_at, saved_by"
                            " FROM form_draft WHERE form = 'logboek' ORDER BY draft_key").fetchall()
        assert [r[:4] for r in moved] == logbook  # byte for byte, same moment
        assert {r[4] for r in moved} == {"Marieke Hoekstra"}  # from the audit log
        assert cur.execute("SELECT * FROM form_draft WHERE form = 'gesprek'").fetchall() == other
        assert vault.verify() == []


def test_the_entry_form_puts_the_moved_text_back(qtbot, legacy):
    session = Session.open(legacy, DEMO_PASSPHRASE, clock=FixedClock(TODAY))
    try:
        zoe = next(p for p in session.basedata.pupils() if p.display_name == "Zoë van der Berg")
        new = EntryDialog(session, zoe, None)
        qtbot.addWidget(new)
        assert new.situation.text() == TYPED
        assert (new.entry_date.text(), new.location.text()) == ("31-02-2026", "Fietsenstalling")
        assert new.counter_signal.isChecked()
        ticked = new.also_pupils.checked_texts()
        assert [t.split(" (")[0] for t in ticked] == ["Noor Bouzid"]
        assert "teruggezet" in new.drafts.note.text() and new.drafts.banner.isVisibleTo(new)

        entry = session.logbook.history(4).current.content
        correcting = EntryDialog(session, zoe, None, entry_id=4, current=entry)
        qtbot.addWidget(correcting)
        assert correcting.situation.text().endswith("Aangevuld na gesprek.")
        assert correcting.reason.text() == "Aanvulling van de mentor"

        new.entry_date.setText("20-11-2026")
        new.signalled_by.setCurrentIndex(1)
        new.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        assert new.result() == new.DialogCode.Accepted
        assert session.drafts.load("logboek", f"nieuw:{zoe.id}") is None
        saved = session.logbook.history(new.saved_id).current.content
        assert saved.situation == TYPED and len(saved.pupil_ids) == 2
        assert session.drafts.load("logboek", "correctie:4") is not None
        assert session.verify() == []
    finally:
        session.close()


def test_retention_removes_the_moved_drafts_with_the_pupil(legacy):
    with Vault.open(legacy, DEMO_PASSPHRASE) as vault:
        session = Session(vault, FixedClock(TODAY))
        zoe = next(p for p in session.basedata.pupils() if p.display_name == "Zoë van der Berg")
        assert {d.form for d in session.drafts.for_pupil(zoe.id)} == {"logboek", "gesprek"}
        session.basedata.deactivate_pupil(zoe.id, max(zoe.start_date, date(2023, 7, 1)))
        service = Session(vault, FixedClock(TODAY)).retention
        service.delete_after_export(zoe.id, export_digest(service.export_json(zoe.id)))
        assert vault.read().execute("SELECT count(*) FROM form_draft").fetchone()[0] == 0
        assert vault.verify() == []
