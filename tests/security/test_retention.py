"""Retention: due list, export-then-delete, really gone, audit without names."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.conftest import TODAY
from tests.refusals import refused
from tests.security.helpers import raw_connection
from zorgdesk.domain.sharing import SharingDraft
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.retention import (
    RETENTION_ACTION,
    PupilTable,
    export_digest,
)
from zorgdesk.services.retention_plans import pupil_tables
from zorgdesk.services.session import Session
from zorgdesk.store.vault import Vault


def _all_text(conn) -> str:
    """Every value in every table of the decrypted database."""
    parts = []
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    for table in tables:
        for row in conn.execute(f"SELECT * FROM {table}").fetchall():  # noqa: S608
            parts.extend(str(v) for v in row)
    return "\n".join(parts)


@pytest.fixture
def leaver(demo_vault):
    """A demo pupil with siblings, guardians and a sharing record, who left in 2023."""
    data = Session(demo_vault, FixedClock(TODAY)).basedata
    pupil = next(p for p in data.pupils() if p.display_name == "Zoë van der Berg")
    Session(demo_vault, FixedClock(TODAY)).sharing.record(pupil.id, SharingDraft(
        "Veilig Thuis", "Zorgen over welbevinden", "meldcode stap 2", "01-03-2023"))
    data.deactivate_pupil(pupil.id, max(pupil.start_date, date(2023, 7, 1)))
    return pupil


def test_due_lists_only_pupils_past_the_retention_period(demo_vault, leaver):
    service = Session(demo_vault, FixedClock(TODAY)).retention
    assert [p.id for p in service.due()] == [leaver.id]
    earlier = FixedClock(date(2025, 6, 30))
    assert Session(demo_vault, earlier).retention.due() == []
    Session(demo_vault).basedata.update_school("OBS De Vlinderboom", "Weidebeek", 5)
    assert service.due() == []


def test_delete_requires_a_current_export(demo_vault, leaver):
    service = Session(demo_vault, FixedClock(TODAY)).retention
    with refused(ValidationError, match="export"):
        service.delete_after_export(leaver.id, "0" * 64)
    export = service.export_json(leaver.id)
    other = next(p for p in Session(demo_vault).basedata.pupils())
    with refused(ValidationError, match="bewaartermijn"):
        service.delete_after_export(other.id, export_digest(service.export_json(other.id)))
    assert Session(demo_vault).basedata.pupil(leaver.id).display_name == "Zoë van der Berg"
    assert export_digest(export)


def test_export_contains_all_rows_and_deletion_leaves_no_trace(demo_vault, leaver):
    service = Session(demo_vault, FixedClock(TODAY)).retention
    export = service.export_json(leaver.id)
    document = json.loads(export)
    assert document["tables"]["pupil"][0]["first_name"] == "Zoë"
    assert len(document["tables"]["guardian"]) == 2
    assert len(document["tables"]["sibling_link"]) == 1
    assert document["tables"]["sharing_record"][0]["shared_with"] == "Veilig Thuis"
    assert any(e["action"] == "leerling.toegevoegd" for e in document["audit"])

    service.delete_after_export(leaver.id, export_digest(export))

    data = Session(demo_vault).basedata
    assert leaver.id not in {p.id for p in data.pupils(include_inactive=True)}
    assert data.guardians(leaver.id, include_inactive=True) == []
    assert Session(demo_vault).sharing.for_pupil(leaver.id) == []
    assert demo_vault.verify() == []
    last = demo_vault.read().execute(
        "SELECT action, entity, entity_id, fields FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert last == (RETENTION_ACTION, "pupil", str(leaver.id), "[]")
    # The append-only triggers are back (checked on another pupil's record).
    other = data.pupils()[0]
    Session(demo_vault, FixedClock(TODAY)).sharing.record(other.id, SharingDraft(
        "GGD", "Overleg", "toestemming ouders", "01-11-2026"))
    with pytest.raises(Exception, match="alleen-toevoegen"), demo_vault.transaction() as cur:
        cur.execute("DELETE FROM sharing_record")
    everything = _all_text(demo_vault._conn)
    # Her guardians stay on file as Daan's guardians (own rows); hers are gone.
    for trace in ("Zoë", "Zorgen over welbevinden"):
        assert trace not in everything
    guardian_ids = [g["id"] for g in document["tables"]["guardian"]]
    assert demo_vault.read().execute(
        f"SELECT count(*) FROM guardian WHERE id IN ({guardian_ids[0]}, {guardian_ids[1]})"
    ).fetchone()[0] == 0
    assert demo_vault.read().execute("PRAGMA freelist_count").fetchone()[0] == 0


def test_deleted_vault_reopens_and_verifies_from_outside(demo_path):
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        data = Session(vault, FixedClock(TODAY)).basedata
        pupil = next(p for p in data.pupils() if p.display_name == "Daan van der Berg")
        data.deactivate_pupil(pupil.id, max(pupil.start_date, date(2023, 7, 1)))
        service = Session(vault, FixedClock(TODAY)).retention
        service.delete_after_export(pupil.id, export_digest(service.export_json(pupil.id)))
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    assert "Daan" not in _all_text(conn)
    conn.close()
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        assert vault.verify() == []


def test_every_pupil_table_is_in_one_plan_once_and_bad_names_are_refused():
    names = [t.name for t in pupil_tables()]
    assert len(names) == len(set(names))
    assert names[0] == "pupil"  # the pupil row goes last
    with pytest.raises(ValueError):
        PupilTable("x; DROP TABLE pupil", "pupil_id = :pupil_id")
    with pytest.raises(ValueError):
        PupilTable("feature_table", "pupil_id = 7")  # not per pupil


def test_entry_shared_with_another_pupil_stays_in_that_pupils_dossier(demo_path):
    """Retention removes a pupil's own logboek; an incident entry that also concerns
    another pupil belongs to that pupil's dossier too and stays there."""

    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        data = Session(vault, FixedClock(TODAY)).basedata
        emre = data.pupils("emre")[0]
        bram = data.pupils("bram")[0]
        logbook = Session(vault).logbook
        shared = {i.entry_id for i in logbook.chronology(emre.id)} & {
            i.entry_id for i in logbook.chronology(bram.id)}
        own = {i.entry_id for i in logbook.chronology(emre.id)} - shared
        assert shared and own
        data.deactivate_pupil(emre.id, max(emre.start_date, date(2023, 7, 1)))
        service = Session(vault, FixedClock(TODAY)).retention
        service.delete_after_export(emre.id, export_digest(service.export_json(emre.id)))
        assert {i.entry_id for i in logbook.chronology(bram.id)} >= shared
        left = {r[0] for r in vault.read().execute("SELECT id FROM logbook_entry")}
        assert not (own & left)
        assert vault.read().execute(
            "SELECT count(*) FROM logbook_entry_pupil WHERE pupil_id = ?", (emre.id,)
        ).fetchone()[0] == 0
        assert vault.verify() == []
