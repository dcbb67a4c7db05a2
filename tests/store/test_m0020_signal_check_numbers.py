"""Migration m0020: every signalenlijst keeps the number it shows today, stored.

The backfill is checked twice: its SQL on a small database holding a removal (the
case where the old count on read could move a number), and on a real vault of an
older version (tests/data/vaults/voor-issue-18.zdv), which opens, verifies and
numbers new lists after the old ones.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import TODAY, copy_vault
from zorgdesk.domain.signals.check import CheckDraft, TickDraft
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.store import migrations
from zorgdesk.store.vault import Vault

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "vaults" / "voor-issue-18.zdv"
MIGRATION = "m0020_signal_check_numbers"


def _old_schema() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE pupil (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE signal_check (id INTEGER PRIMARY KEY, pupil_id INTEGER)")
    conn.execute("CREATE TABLE logbook_correction_request (id INTEGER PRIMARY KEY)")
    for statement in migrations.split_sql(migrations.load_sql(
            "m0017_request_record_changes")):
        conn.execute(statement)
    return conn


def test_backfill_keeps_the_number_each_list_showed_before():
    conn = _old_schema()
    # Pupil 1 had lists 1, 2, 3 (3 corrected 1) and 4; 1 and its correction were
    # removed on request (2 versions). Pupil 2 has one list. A kept meldcode dossier
    # and a removed zorggesprek are no signalenlijsten.
    conn.executemany("INSERT INTO signal_check VALUES (?, ?)", [(2, 1), (4, 1), (5, 2)])
    conn.executemany(
        "INSERT INTO request_record_change (request_id, pupil_id, record_kind, record_id,"
        " change, versions_removed, grondslag, recorded_by, recorded_at)"
        " VALUES (1, ?, ?, ?, ?, ?, 'grond', 'IB', '2026-11-01')",
        [(1, "signalenlijst", 1, "verwijderd", 2), (1, "meldcodedossier", 1, "behouden", 0),
         (1, "zorggesprek", 1, "verwijderd", 1)])
    for statement in migrations.split_sql(migrations.load_sql(MIGRATION)):
        conn.execute(statement)
    numbers = dict(conn.execute("SELECT check_id, number FROM signal_check_number"))
    assert numbers == {2: 3, 4: 4, 5: 1}  # as the old count showed them
    with pytest.raises(sqlite3.DatabaseError, match="alleen-toevoegen"):
        conn.execute("UPDATE signal_check_number SET number = 9")


def test_an_older_vault_keeps_its_numbers_and_counts_on(tmp_path):
    path = copy_vault(FIXTURE, tmp_path)
    with Vault.open(path, DEMO_PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.latest_version() >= 20
        session = Session(vault, FixedClock(TODAY))
        pupil = next(p for p in session.basedata.pupils()
                     if len(session.signals.checks(p.id)) >= 2)
        by_id = sorted(session.signals.checks(pupil.id), key=lambda c: c.id)
        assert [c.number for c in by_id] == list(range(1, len(by_id) + 1))
        new = session.signals.save_check(pupil.id, CheckDraft(
            by_id[0].catalogue_id, date(2026, 11, 24), "Ineke Test",
            (TickDraft(by_id[0].ticks[0].item_id),)))
        assert session.signals.check(new).number == len(by_id) + 1
        assert vault.verify() == []
        with pytest.raises(Exception, match="alleen-toevoegen"), vault.transaction() as cur:
            cur.execute("DELETE FROM signal_check_number")
