"""Migration m0015: incidents between pupils, on a real vault of the version before
(tests/data/vaults/voor-issue-18.zdv, schema 11): it opens, the new tables are
append-only and sealed, and the old data is untouched."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import TODAY, copy_vault
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.store import migrations
from zorgdesk.store.vault import Vault

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "vaults" / "voor-issue-18.zdv"


def test_an_older_vault_gets_the_incident_tables(tmp_path):
    path = copy_vault(FIXTURE, tmp_path)
    with Vault.open(path, DEMO_PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.latest_version() >= 15
        session = Session(vault, FixedClock(TODAY))
        pupils = session.basedata.pupils()
        assert len(pupils) > 10  # the old data is there
        stored = session.peer_incidents.start(
            occurred_on=date(2026, 11, 20), reported_on=date(2026, 11, 20),
            location="Plein", description="Duwen bij het hek.", reported_by="juf")
        session.peer_incidents.perform(stored.id, "add_pupil", pupils[0].id, "initiatief",
                                       "duwde")
        assert session.peer_incidents.for_pupil(pupils[0].id)[0].id == stored.id
        assert vault.verify() == []
        with pytest.raises(Exception, match="alleen-toevoegen"), vault.transaction() as cur:
            cur.execute("DELETE FROM peer_incident_event")
