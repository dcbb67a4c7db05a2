"""Migration m0023: a draft may belong to no pupil (form_draft.pupil_id nullable).

The forms about no pupil (jaarverantwoording, sociale kaart, the anonymous case, a new
incident without a dossier open) lost their typing on the idle lock because
``form_draft.pupil_id`` was NOT NULL. m0023 rebuilds the table (SQLite cannot drop NOT
NULL in place) keeping every row, its rowid, the index and the reference to the pupil.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TODAY, copy_vault
from tests.security.helpers import raw_connection
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE, create_demo_vault
from zorgdesk.services.session import Session
from zorgdesk.store import migrations
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.migrations import m0023_drafts_without_pupil as m0023
from zorgdesk.store.vault import Vault

VAULTS = Path(__file__).resolve().parents[1] / "data" / "vaults"


def _schema(vault):
    return vault.read().execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE tbl_name = 'form_draft'"
        " ORDER BY type, name").fetchall()


def _rows(vault):
    return vault.read().execute(
        "SELECT rowid, form, draft_key, pupil_id, fields, saved_at, saved_by FROM form_draft"
        " ORDER BY rowid").fetchall()


def _vault_of_schema_22(path: Path, monkeypatch) -> None:
    previous = [m for m in migrations.available() if m[0] < 23]
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "available", lambda: previous)
        patch.setattr(migrations, "latest_version", lambda: len(previous))
        vault = create_demo_vault(path, today=TODAY, kdf=FAST_KDF_FOR_TESTS)
        assert vault.schema_version() == 22
        session = Session(vault, FixedClock(TODAY))
        zoe = session.basedata.pupils("Zoë")[0]
        for n in range(3):
            session.drafts.save("logboek", f"nieuw:{n}", zoe.id, {"situation": f"tekst {n}"})
        session.drafts.discard("logboek", "nieuw:0")  # a gap in the rowids
        with pytest.raises(Exception, match="NOT NULL"):
            session.drafts.save("jaarverantwoording", "2026", None, {"issues": "x"})
        vault.close()


def test_a_vault_of_schema_22_keeps_its_drafts_and_takes_one_without_a_pupil(
        tmp_path, monkeypatch):
    path = tmp_path / "demo.zdv"
    _vault_of_schema_22(path, monkeypatch)
    before = raw_connection(path, DEMO_PASSPHRASE).execute(
        "SELECT rowid, form, draft_key, pupil_id, fields, saved_at, saved_by FROM form_draft"
        " ORDER BY rowid").fetchall()
    assert len(before) == 2
    with Vault.open(path, DEMO_PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.latest_version()
        assert vault.verify() == []
        assert _rows(vault) == before
        assert [r[1] for r in _schema(vault)] == ["form_draft_pupil",
                                                  "sqlite_autoindex_form_draft_1",
                                                  "form_draft"]
        drafts = Session(vault).drafts
        drafts.save("jaarverantwoording", "2026", None, {"issues": "Wachtlijst jeugdzorg"})
        found = drafts.load("jaarverantwoording", "2026")
        assert found.pupil_id is None and found.fields == {"issues": "Wachtlijst jeugdzorg"}
        schema = _schema(vault)
        assert "REFERENCES pupil(id)" in next(r[3] for r in schema if r[0] == "table")
        with vault.transaction() as cur, pytest.raises(Exception, match="FOREIGN KEY"):
            cur.execute("INSERT INTO form_draft VALUES ('x', 'y', 99999, '{}', 'n', 'i')")
        assert vault.verify() == []
    with Vault.open(path, DEMO_PASSPHRASE) as vault:  # a second open changes nothing
        assert _schema(vault) == schema
        with vault.transaction() as cur:
            m0023.run(cur.connection)  # nor does the step itself
        assert _schema(vault) == schema and len(_rows(vault)) == 3
        assert vault.verify() == []


@pytest.mark.parametrize(("name", "passphrase"), [
    ("voor-issue-18.zdv", DEMO_PASSPHRASE), ("voor-issue-20.zdv", "Zeeën café ijsbeer kroeg")])
def test_committed_older_vaults_upgrade_clean_and_take_a_draft_without_a_pupil(
        tmp_path, name, passphrase):
    path = copy_vault(VAULTS / name, tmp_path)
    with Vault.open(path, passphrase) as vault:
        assert vault.schema_version() == migrations.latest_version()
        assert vault.verify() == []
        assert not m0023.pupil_required(vault.read())
        Session(vault).drafts.save("sociale_kaart", "nieuw", None, {"name": "GGD"})
        assert Session(vault).drafts.load("sociale_kaart", "nieuw").pupil_id is None
        assert vault.verify() == []


def test_a_new_vault_has_the_nullable_column(new_vault):
    assert not m0023.pupil_required(new_vault.read())
