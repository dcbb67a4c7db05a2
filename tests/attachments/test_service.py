"""Attachments through the real vault: stored encrypted, append-only, sealed, audited."""

from __future__ import annotations

import sqlite3

import pytest

from tests.attachments import files
from tests.conftest import TODAY
from tests.refusals import refused
from zorgdesk.domain.attachments.file_kind import MAX_ATTACHMENT_BYTES, FileKind
from zorgdesk.domain.attachments.records import RecordKind
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session


@pytest.fixture
def session(demo_vault):
    return Session(demo_vault)


@pytest.fixture
def emre(session):
    return Session(session.vault, FixedClock(TODAY)).inzage.find_pupil("Emre Çelik")


def records(session, pupil_id) -> dict[RecordKind, int]:
    """One record of every kind of Emre's dossier, found through the services."""
    trajectory = session.meldcode.for_pupil(pupil_id)[0]
    event_id = session.vault.read().execute(
        "SELECT id FROM meldcode_event WHERE trajectory_id = ? ORDER BY id LIMIT 1",
        (trajectory.id,)).fetchone()[0]
    return {RecordKind.LOGBOEK: session.logbook.chronology(pupil_id)[0].entry_id,
            RecordKind.SIGNALENLIJST: session.signals.checks(pupil_id)[0].id,
            RecordKind.ZORGGESPREK: session.conversations.for_pupil(pupil_id)[0].id,
            RecordKind.MELDCODE: event_id}


def _count(session) -> int:
    return session.vault.read().execute("SELECT count(*) FROM attachment").fetchone()[0]


def test_every_record_kind_takes_an_attachment(session, emre):
    pdf, png = files.pdf(), files.png()
    for kind, record_id in records(session, emre.id).items():
        aid = session.attachments.add(emre.id, kind, record_id, "brief.pdf", pdf)
        session.attachments.add(emre.id, kind, record_id, "foto.png", png)
        listed = session.attachments.for_record(kind, record_id)
        assert [a.filename for a in listed] == ["brief.pdf", "foto.png"]
        assert [a.file_kind for a in listed] == [FileKind.PDF, FileKind.PNG]
        assert session.attachments.content(aid) == pdf
    assert len(session.attachments.for_pupil(emre.id)) == 8
    assert session.verify() == []


def test_bad_files_write_nothing(session, emre):
    entry = records(session, emre.id)[RecordKind.LOGBOEK]
    before_audit = session.vault.read().execute("SELECT count(*) FROM audit_log").fetchone()[0]
    bad = [("groot.pdf", b"%PDF-1.7" + bytes(50 * 2**20)), ("virus.pdf", files.EXE),
           ("leeg.pdf", b""), ("x.exe", files.EXE)]
    for name, data in bad:
        with pytest.raises(ValidationError):
            session.attachments.add(emre.id, RecordKind.LOGBOEK, entry, name, data)
    assert _count(session) == 0
    after = session.vault.read().execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert after == before_audit
    assert len(bad[0][1]) > MAX_ATTACHMENT_BYTES


def test_a_record_of_another_pupil_is_refused(session, emre):
    other = next(p for p in session.basedata.pupils() if p.id != emre.id)
    conversation = records(session, emre.id)[RecordKind.ZORGGESPREK]
    with refused(ValidationError, match="bestaat niet"):
        session.attachments.add(other.id, RecordKind.ZORGGESPREK, conversation, "a.pdf",
                                files.pdf())
    with refused(ValidationError, match="bestaat niet"):
        session.attachments.add(emre.id, RecordKind.LOGBOEK, 999_999, "a.pdf", files.pdf())
    assert _count(session) == 0


def test_removal_is_an_event_with_a_reason_and_the_content_stays(session, emre):
    entry = records(session, emre.id)[RecordKind.LOGBOEK]
    aid = session.attachments.add(emre.id, RecordKind.LOGBOEK, entry, "mail.eml", files.EML)
    with refused(ValidationError, match="reden"):
        session.attachments.remove(aid, "   ")
    session.attachments.remove(aid, "Verkeerde leerling")
    assert session.attachments.for_record(RecordKind.LOGBOEK, entry) == []
    removed = session.attachments.for_record(RecordKind.LOGBOEK, entry, include_removed=True)
    assert removed[0].removed_reason == "Verkeerde leerling" and removed[0].removed
    assert session.attachments.content(aid) == files.EML
    with refused(ValidationError, match="al uit het dossier"):
        session.attachments.remove(aid, "nog eens")
    actions = [r[0] for r in session.vault.read().execute(
        "SELECT action FROM audit_log WHERE entity IN ('attachment', 'attachment_removal')")]
    assert actions == ["bijlage.toegevoegd", "bijlage.verwijderd"]
    assert session.verify() == []


def test_the_database_refuses_update_and_delete(session, emre):
    entry = records(session, emre.id)[RecordKind.LOGBOEK]
    aid = session.attachments.add(emre.id, RecordKind.LOGBOEK, entry, "brief.pdf", files.pdf())
    with pytest.raises(Exception, match="alleen-toevoegen"), session.vault.transaction() as cur:
        cur.execute("DELETE FROM attachment WHERE id = ?", (aid,))
    with pytest.raises(Exception, match="alleen-toevoegen"), session.vault.transaction() as cur:
        cur.execute("UPDATE attachment SET data = x'00' WHERE id = ?", (aid,))
    assert session.attachments.content(aid)[:5] == b"%PDF-"
    assert session.verify() == []


def test_the_content_is_not_readable_in_the_file(session, emre, demo_path):
    entry = records(session, emre.id)[RecordKind.LOGBOEK]
    marker = "Geheime brief van de jeugdarts 7431"
    session.attachments.add(emre.id, RecordKind.LOGBOEK, entry, "brief.eml",
                            files.EML.replace(b"Beste juf", marker.encode()))
    session.vault.compact()
    for path in demo_path.parent.iterdir():
        assert marker.encode() not in path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(demo_path).execute("SELECT * FROM attachment").fetchall()


def test_the_inzage_export_lists_every_attachment_in_pdf_and_json(session, emre, tmp_path):
    import base64
    import io
    import json

    import pypdf

    recs = records(session, emre.id)
    pdf = files.pdf()
    session.attachments.add(emre.id, RecordKind.ZORGGESPREK, recs[RecordKind.ZORGGESPREK],
                            "brief-jeugdarts.pdf", pdf)
    gone = session.attachments.add(emre.id, RecordKind.MELDCODE, recs[RecordKind.MELDCODE],
                                   "mail-ouders.eml", files.EML)
    session.attachments.remove(gone, "Hoort bij een ander traject")
    inzage = Session(session.vault, FixedClock(TODAY)).inzage
    result = inzage.export(emre.id, tmp_path, "Ayşe Çelik (moeder)")
    document = json.loads(result.json_path.read_bytes())
    listed = document["attachments"]
    assert [a["filename"] for a in listed] == ["brief-jeugdarts.pdf", "mail-ouders.eml"]
    assert base64.b64decode(listed[0]["content_base64"]) == pdf
    assert [a["removed"] for a in listed] == [False, True]
    assert document["counts"]["attachments"] == 2
    reader = pypdf.PdfReader(io.BytesIO(result.pdf_path.read_bytes()))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "8. Bijlagen" in text and "brief-jeugdarts.pdf" in text
    assert "Hoort bij een ander traject" in text and "2 bijlagen" in text
