"""Attachments in retention, backups and the migration of a vault of the previous version."""

from __future__ import annotations

import json
from datetime import date

from tests.attachments import files
from tests.conftest import PASSPHRASE, TODAY
from tests.services.test_logbook import draft  # the logbook tests' own entry maker
from zorgdesk.domain.attachments.records import RecordKind
from zorgdesk.domain.people import PupilDraft
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.retention import export_digest
from zorgdesk.services.session import Session
from zorgdesk.services.vault.backup import make_backup, restore_backup
from zorgdesk.store import migrations
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault


def test_attachments_leave_with_the_pupil_and_verify_still_passes(demo_vault):
    session = Session(demo_vault, FixedClock(TODAY))
    data = session.basedata
    zoe, emre = data.pupils("Zoë")[0], data.pupils("Emre")[0]
    zoe_entry = session.logbook.chronology(zoe.id)[0].entry_id
    gone = session.attachments.add(zoe.id, RecordKind.LOGBOEK, zoe_entry, "brief.pdf",
                                   files.pdf("Zoe weg"))
    session.attachments.remove(gone, "Dubbel toegevoegd")
    emre_entry = session.logbook.chronology(emre.id)[0].entry_id
    stays = session.attachments.add(emre.id, RecordKind.LOGBOEK, emre_entry, "foto.png",
                                    files.png())
    data.deactivate_pupil(zoe.id, max(zoe.start_date, date(2023, 7, 1)))
    retention = session.retention
    export = retention.export_json(zoe.id)
    tables = json.loads(export)["tables"]
    assert [a["filename"] for a in tables["attachment"]] == ["brief.pdf"]
    assert [r["reason"] for r in tables["attachment_removal"]] == ["Dubbel toegevoegd"]
    retention.delete_after_export(zoe.id, export_digest(export))
    read = demo_vault.read()
    assert read.execute("SELECT count(*) FROM attachment WHERE pupil_id = ?",
                        (zoe.id,)).fetchone()[0] == 0
    assert read.execute("SELECT count(*) FROM attachment_removal").fetchone()[0] == 0
    assert session.attachments.content(stays) == files.png()
    assert demo_vault.verify() == []


def test_a_restored_backup_holds_the_attachments(demo_path, tmp_path):
    pdf = files.pdf("In de back-up")
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        session = Session(vault)
        emre = session.basedata.pupils("Emre")[0]
        conversation = session.conversations.for_pupil(emre.id)[0].id
        aid = session.attachments.add(emre.id, RecordKind.ZORGGESPREK, conversation,
                                      "verslag.pdf", pdf)
        backup = tmp_path / "usb" / "kluis.zdbackup"
        make_backup(vault, backup)
    assert pdf not in backup.read_bytes()
    target = tmp_path / "terug" / "hersteld.zdv"
    restore_backup(backup, target, DEMO_PASSPHRASE)
    with Vault.open(target, DEMO_PASSPHRASE) as restored:
        assert Session(restored).attachments.content(aid) == pdf
        assert restored.verify() == []


def test_m0010_upgrades_a_vault_of_the_previous_version(tmp_path, monkeypatch):
    everything = migrations.available()
    number = next(n for n, name in everything if name.endswith("_attachments"))
    before = [(n, name) for n, name in everything if n < number]
    path = tmp_path / "oud.zdv"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "available", lambda: before)
        patch.setattr(migrations, "latest_version", lambda: len(before))
        vault, _ = Vault.create(path, PASSPHRASE, school_name="OBS Oud", user_name="Ineke",
                                kdf=FAST_KDF_FOR_TESTS)
        session = Session(vault)
        pupil = session.basedata.add_pupil(
            PupilDraft("Zoë", "Berg", "14-03-2018", "01-09-2022", tussenvoegsel="van der"))
        session.basedata.add_staff("Anouk Jansen", "leerkracht")
        entry = session.logbook.add_entry(draft([pupil], vault))  # a record made before
        names = [r[0] for r in vault.read().execute("SELECT name FROM sqlite_master")]
        assert "attachment" not in names
        vault.close()
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.latest_version() >= number
        session = Session(vault)
        aid = session.attachments.add(pupil, RecordKind.LOGBOEK, entry, "mail.eml", files.EML)
        assert session.attachments.content(aid) == files.EML
        assert vault.verify() == []
