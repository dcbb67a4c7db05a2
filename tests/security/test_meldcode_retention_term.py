"""A dossier with a meldcode trajectory is kept whole until the (longer) meldcode term."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import TODAY
from tests.refusals import refused
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services import settings
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.retention import export_digest
from zorgdesk.services.session import Session
from zorgdesk.ui.retention_dialog import RetentionDialog

LEFT = date(2023, 7, 1)


def _terms(vault, pupil_years: int, meldcode_years: int) -> None:
    settings.save(vault, {**settings.current(vault), "retention_years": pupil_years,
                          "meldcode_retention_years": meldcode_years})


@pytest.fixture
def leavers(demo_vault):
    """Emre (meldcode trajectory in the demo) and Zoë (none) both left on 1 July 2023."""
    data = Session(demo_vault, FixedClock(TODAY)).basedata
    found = {}
    for name in ("Emre Çelik", "Zoë van der Berg"):
        pupil = next(p for p in data.pupils() if p.display_name == name)
        data.deactivate_pupil(pupil.id, max(pupil.start_date, LEFT))
        found[name.split()[0]] = pupil.id
    assert demo_vault.read().execute(
        "SELECT count(*) FROM meldcode_trajectory WHERE pupil_id = ?", (found["Emre"],)
    ).fetchone()[0] > 0
    return found


def test_default_follows_the_pupil_term_so_nothing_changes(demo_vault, leavers):
    assert settings.meldcode_retention_years(demo_vault) == settings.retention_years(demo_vault)
    assert demo_vault.read().execute(
        "SELECT count(*) FROM setting WHERE key = 'meldcode_retention_years'").fetchone()[0] == 0
    service = Session(demo_vault, FixedClock(TODAY)).retention
    assert sorted(p.id for p in service.due()) == sorted(leavers.values())
    assert service.held() == []


def test_longer_meldcode_term_holds_the_whole_dossier(demo_vault, leavers):
    _terms(demo_vault, 2, 5)
    service = Session(demo_vault, FixedClock(TODAY)).retention
    assert [p.id for p in service.due()] == [leavers["Zoë"]]
    assert [(p.id, until) for p, until in service.held()] == [
        (leavers["Emre"], date(2028, 7, 1))]
    proof = export_digest(service.export_json(leavers["Emre"]))
    with refused(ValidationError, match="bewaard tot 01-07-2028"):
        service.delete_after_export(leavers["Emre"], proof)
    # Nothing was torn off: trajectory, logboek and conversations are all still there.
    for table in ("meldcode_trajectory", "conversation", "pupil"):
        column = "id" if table == "pupil" else "pupil_id"
        assert demo_vault.read().execute(
            f"SELECT count(*) FROM {table} WHERE {column} = ?",  # noqa: S608
            (leavers["Emre"],)).fetchone()[0] > 0
    assert demo_vault.read().execute(
        "SELECT count(*) FROM logbook_entry_pupil WHERE pupil_id = ?",
        (leavers["Emre"],)).fetchone()[0] > 0
    # On the last day it is still held; the day after, it may go.
    last_day = FixedClock(date(2028, 7, 1))
    assert Session(demo_vault, last_day).retention.held()
    later = Session(demo_vault, FixedClock(date(2028, 7, 2))).retention
    assert leavers["Emre"] in {p.id for p in later.due()} and later.held() == []
    later.delete_after_export(leavers["Emre"],
                              export_digest(later.export_json(leavers["Emre"])))
    assert demo_vault.read().execute(
        "SELECT count(*) FROM meldcode_trajectory WHERE pupil_id = ?",
        (leavers["Emre"],)).fetchone()[0] == 0
    assert demo_vault.verify() == []


def test_retention_list_says_why_a_leaver_is_kept(qtbot, demo_path):
    session = Session.open(demo_path, DEMO_PASSPHRASE, clock=FixedClock(TODAY))
    try:
        data = Session(session.vault, FixedClock(TODAY)).basedata
        emre = next(p for p in data.pupils() if p.display_name == "Emre Çelik")
        data.deactivate_pupil(emre.id, max(emre.start_date, LEFT))
        _terms(session.vault, 2, 6)
        dialog = RetentionDialog(session)
        qtbot.addWidget(dialog)
        assert dialog.pupils.count() == 1
        item = dialog.pupils.item(0)
        assert item.text().endswith("Meldcodedossier: bewaren tot 01-07-2029")
        dialog.pupils.setCurrentRow(0)
        assert not dialog.export_button.isEnabled() and not dialog.delete_button.isEnabled()
        assert "Er zijn geen dossiers" in dialog.status.text()
        assert "6 jaar" in dialog.findChildren(type(dialog.status))[0].text()
    finally:
        session.close()
