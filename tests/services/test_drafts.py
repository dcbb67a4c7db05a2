"""DraftService through a real vault: save/load/discard/list, audit, retention, no plaintext."""

from __future__ import annotations

from datetime import date

from tests.conftest import TODAY
from tests.security.helpers import raw_connection
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.retention import export_digest
from zorgdesk.services.session import Session
from zorgdesk.store.vault import Vault

SECRET = "Zoë zei: 'papa 🙁 sloeg' — ünïcødé " + "x" * 100_000


def _zoe(vault):
    return next(p for p in Session(vault, FixedClock(TODAY)).basedata.pupils()
                if p.display_name == "Zoë van der Berg")


def test_save_load_replace_discard_and_list(demo_vault):
    drafts = Session(demo_vault).drafts
    zoe = _zoe(demo_vault)
    assert drafts.load("gesprek", f"nieuw:{zoe.id}") is None
    drafts.save("gesprek", f"nieuw:{zoe.id}", zoe.id, {"subject": "eerste"})
    drafts.save("gesprek", f"nieuw:{zoe.id}", zoe.id, {"subject": SECRET})
    drafts.save("meldcode", f"{zoe.id}", zoe.id, {"kind": "x"})
    found = drafts.load("gesprek", f"nieuw:{zoe.id}")
    assert found.fields == {"subject": SECRET}
    assert found.saved_by == demo_vault.user.name and found.pupil_id == zoe.id
    assert {(d.form, d.key) for d in drafts.for_pupil(zoe.id)} == {
        ("gesprek", f"nieuw:{zoe.id}"), ("meldcode", f"{zoe.id}")}
    drafts.discard("gesprek", f"nieuw:{zoe.id}")
    assert drafts.load("gesprek", f"nieuw:{zoe.id}") is None
    assert [d.form for d in drafts.for_pupil(zoe.id)] == ["meldcode"]
    # Audited by field names only: the typed text is nowhere in the audit log.
    rows = demo_vault.read().execute(
        "SELECT action, fields FROM audit_log WHERE entity = 'form_draft'").fetchall()
    assert ("concept.bewaard", '["subject"]') in rows
    assert any(action == "concept.verwijderd" for action, _ in rows)
    assert not any("papa" in str(r) for r in rows)
    assert demo_vault.verify() == []


def test_drafts_survive_reopening_and_are_never_plaintext_on_disk(demo_path):
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        zoe = _zoe(vault)
        Session(vault).drafts.save("gesprek", "nieuw:1", zoe.id, {"subject": SECRET})
    for path in demo_path.parent.iterdir():
        if path.is_file():
            raw = path.read_bytes()
            assert b"sloeg" not in raw and "papa".encode("utf-16-le") not in raw
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        assert Session(vault).drafts.load("gesprek", "nieuw:1").fields["subject"] == SECRET


def test_retention_deletes_a_pupils_drafts(demo_vault, demo_path):
    data = Session(demo_vault, FixedClock(TODAY)).basedata
    zoe = _zoe(demo_vault)
    Session(demo_vault).drafts.save("meldcode", str(zoe.id), zoe.id, {"note": "geheim concept"})
    data.deactivate_pupil(zoe.id, max(zoe.start_date, date(2023, 7, 1)))
    service = Session(demo_vault, FixedClock(TODAY)).retention
    export = service.export_json(zoe.id)
    assert b"geheim concept" in export  # the inzage export shows the draft too
    service.delete_after_export(zoe.id, export_digest(export))
    assert Session(demo_vault).drafts.for_pupil(zoe.id) == []
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    assert conn.execute("SELECT count(*) FROM form_draft").fetchone()[0] == 0


def test_a_draft_of_no_pupil_stays_at_retention_without_the_departing_pupils_name(
        demo_vault):
    """m0023: the jaarverantwoording's draft belongs to no pupil. Retention leaves it
    (no one's dossier) but takes the departing child's name out of it."""
    data = Session(demo_vault, FixedClock(TODAY)).basedata
    zoe = _zoe(demo_vault)
    drafts = Session(demo_vault).drafts
    drafts.save("jaarverantwoording", "2026", None,
                {"issues": "Bij Zoë van der Berg duurde de wachtlijst te lang."})
    assert drafts.for_pupil(zoe.id) == []
    data.deactivate_pupil(zoe.id, max(zoe.start_date, date(2023, 7, 1)))
    service = Session(demo_vault, FixedClock(TODAY)).retention
    service.delete_after_export(zoe.id, export_digest(service.export_json(zoe.id)))
    left = drafts.load("jaarverantwoording", "2026")
    assert left is not None and left.pupil_id is None
    assert "Zoë" not in left.fields["issues"] and "Berg" not in left.fields["issues"]
    assert "wachtlijst" in left.fields["issues"]
    assert demo_vault.verify() == []
