"""A lawful deletion in a worker compacts the file while the UI's connection is open.

The worker's last ``wal_checkpoint(TRUNCATE)`` can be refused (busy) when the UI's
connection still reads; the pages it freed must not stay behind in the -wal file, so
the UI thread checkpoints again afterwards (``Session.settle_compact``). The file is
encrypted, so the test reads the checkpoint's answer and the -wal file's size.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import TODAY
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.retention import export_digest
from zorgdesk.services.session import Session


@pytest.fixture
def leaver(demo_vault):
    data = Session(demo_vault, FixedClock(TODAY)).basedata
    pupil = next(p for p in data.pupils() if p.display_name == "Zoë van der Berg")
    data.deactivate_pupil(pupil.id, max(pupil.start_date, date(2023, 7, 1)))
    return pupil


def _wal(path):
    return path.with_name(path.name + "-wal")


def test_a_busy_checkpoint_is_reported_and_settled_on_the_ui_connection(demo_vault,
                                                                       demo_path, leaver):
    service = Session(demo_vault, FixedClock(TODAY)).retention
    delete = service.deletion_for_worker(leaver.id, export_digest(service.export_json(leaver.id)))
    reading = demo_vault.read()  # the UI connection is in the middle of a read
    reading.execute("SELECT seq FROM audit_log")
    reading.fetchone()
    emptied = delete()  # on a connection of its own, as in the worker
    assert emptied is False and _wal(demo_path).stat().st_size > 0
    reading.close()
    assert Session(demo_vault, FixedClock(TODAY)).settle_compact(emptied) is True
    assert _wal(demo_path).stat().st_size == 0


def test_an_undisturbed_worker_deletion_empties_the_wal_file(demo_vault, demo_path, leaver):
    service = Session(demo_vault, FixedClock(TODAY)).retention
    delete = service.deletion_for_worker(leaver.id, export_digest(service.export_json(leaver.id)))
    assert delete() is True
    assert _wal(demo_path).stat().st_size == 0
    assert Session(demo_vault, FixedClock(TODAY)).settle_compact(True) is True
    assert demo_vault.verify() == []
