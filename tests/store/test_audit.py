"""Every write leaves a hash-chained trace; tampering with it is detected."""

from __future__ import annotations

import pytest

from zorgdesk.domain.people import PupilDraft
from zorgdesk.services.session import Session
from zorgdesk.store import audit


@pytest.fixture
def audited(new_vault):
    data = Session(new_vault).basedata
    group = data.add_group("Groep 6")
    pupil = data.add_pupil(PupilDraft("Sanne", "Vries", "02-02-2016", "01-09-2020",
                                      tussenvoegsel="de", group_id=group))
    data.update_pupil(pupil, PupilDraft("Sanne", "Vries", "02-02-2016", "01-09-2020",
                                        tussenvoegsel="de", group_id=None))
    return new_vault, pupil


def test_writes_are_audited_with_who_when_what(audited):
    vault, pupil = audited
    entries = audit.read_entries(vault.read(), "pupil", pupil)
    assert [e.action for e in entries] == ["leerling.toegevoegd", "leerling.gewijzigd"]
    assert all(e.actor == "Ineke Test" for e in entries)
    assert entries[1].fields == ("group_id",), "only the changed field is listed"
    assert entries[0].ts < entries[1].ts
    assert vault.verify() == []


def test_audit_log_holds_no_field_values(audited):
    vault, _ = audited
    rows = vault.read().execute("SELECT * FROM audit_log").fetchall()
    assert "Sanne" not in repr(rows)
    assert "Vries" not in repr(rows)


def test_changed_audit_row_is_detected(audited):
    vault, _ = audited
    with vault.transaction() as cur:
        cur.execute("UPDATE audit_log SET actor = 'Iemand anders' WHERE seq = 2")
    assert any("regel 2 is na het schrijven gewijzigd" in p for p in vault.verify())


def test_deleted_audit_row_is_detected(audited):
    vault, _ = audited
    with vault.transaction() as cur:
        cur.execute("DELETE FROM audit_log WHERE seq = 2")
    problems = vault.verify()
    assert any("ontbreekt" in p for p in problems)


def test_deleted_last_audit_row_is_detected(audited):
    vault, _ = audited
    with vault.transaction() as cur:
        cur.execute("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    assert any("laatste auditregels" in p for p in vault.verify())


def test_reordered_audit_rows_are_detected(audited):
    vault, _ = audited
    with vault.transaction() as cur:
        cur.execute("UPDATE audit_log SET seq = -seq WHERE seq IN (2, 3)")
        cur.execute("UPDATE audit_log SET seq = 3 WHERE seq = -2")
        cur.execute("UPDATE audit_log SET seq = 2 WHERE seq = -3")
    assert vault.verify() != []


def test_failed_write_leaves_no_audit_row(new_vault):
    before = len(audit.read_entries(new_vault.read()))
    with pytest.raises(RuntimeError), new_vault.transaction() as cur:
        cur.execute("INSERT INTO staff (name) VALUES ('Tijdelijk')")
        new_vault.audit(cur, "medewerker.toegevoegd", "staff", cur.lastrowid, {"name": "x"})
        raise RuntimeError("stroomstoring")
    assert len(audit.read_entries(new_vault.read())) == before
    assert Session(new_vault).basedata.staff() == []
