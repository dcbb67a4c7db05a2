"""Leerlingen importeren and pupils who left (walk s30): an oud-leerling in the export is
not 'al in de kluis' but stays uitgeschreven, and says so; a pupil whose dossier was
deleted after retention is unknown to the vault and comes in as new, with a note why."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import PASSPHRASE
from tests.services.test_pupil_import import PARNASSYS, TODAY
from zorgdesk.domain.pupil_import import RowStatus
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.pupil_import import read_table
from zorgdesk.services.retention import export_digest
from zorgdesk.services.session import Session
from zorgdesk.ui import messages
from zorgdesk.ui.pupils.import_dialog import ImportDialog


@pytest.fixture
def session(tmp_path):
    from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS

    session, _ = Session.create(tmp_path / "school.zdv", PASSPHRASE, school_name="OBS De Es",
                                place="Assen", user_name="Ineke Test", with_recovery_key=False,
                                kdf=FAST_KDF_FOR_TESTS, clock=FixedClock(TODAY))
    yield session
    session.close()


def _imported(session, tmp_path) -> dict:
    path = tmp_path / "2026.csv"
    path.write_bytes(PARNASSYS.encode("utf-8"))
    table = read_table(path)
    session.pupil_import.apply(session.pupil_import.preview(table, table.guessed_mapping()))
    return {p.display_name: p for p in session.basedata.pupils()}


def test_a_former_pupil_stays_uitgeschreven_and_a_deleted_one_comes_back_as_new(
        qtbot, session, tmp_path, monkeypatch):
    monkeypatch.setattr(messages, "_sink", [])
    monkeypatch.setattr(messages, "_answers", [True])
    pupils = _imported(session, tmp_path)
    zoe, anais = pupils["Zoë van der Berg"], pupils["Anaïs Dubois"]
    session.basedata.deactivate_pupil(zoe.id, date(2026, 10, 1))
    session.basedata.deactivate_pupil(anais.id, date(2023, 7, 1))
    session.retention.delete_after_export(
        anais.id, export_digest(session.retention.export_json(anais.id)))
    path = tmp_path / "2027.csv"
    path.write_bytes(PARNASSYS.replace("Groep 3", "Groep 4").encode("utf-8"))
    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.load(path)
    rows = {r.name: r for r in dialog.plan.rows}
    assert rows["Zoë van der Berg"].status is RowStatus.FORMER
    assert not rows["Zoë van der Berg"].writes
    shown = {dialog.preview_table.item(i, 1).text(): (dialog.preview_table.item(i, 3).text(),
                                                      dialog.preview_table.item(i, 4).text())
             for i in range(dialog.preview_table.rowCount())}
    what, why = shown["Zoë van der Berg"]
    assert what == "oud-leerling, niet opnieuw ingeschreven"
    assert why.startswith("Staat in de kluis als oud-leerling (vertrokken op 01-10-2026); "
                          "de import schrijft deze leerling niet opnieuw in")
    assert "Maak dan in Leerlingen beheren de vertrekdatum leeg" in why
    assert shown["Anaïs Dubois"][0] == "nieuw"
    assert dialog.plan.new_groups == ()  # only Zoë's row named Groep 4: nothing of her
    text = dialog.summary.text()
    assert "1 nieuw, 1 al in de kluis, 1 oud-leerling, niet opnieuw ingeschreven" in text
    assert "dossiers die na de bewaartermijn zijn verwijderd, kent ZorgDesk niet meer" in text
    assert "als nieuwe leerling, met een leeg dossier" in text
    dialog.import_button.click()
    after = session.basedata.pupil(zoe.id)
    assert (after.active, after.leave_date, after.group_name) == (
        False, date(2026, 10, 1), "Groep 3")
    at_school = {p.display_name: p for p in session.basedata.pupils()}
    assert set(at_school) == {"Anaïs Dubois", "Emre Çelik"}
    assert at_school["Anaïs Dubois"].leave_date is None  # enrolled again, an empty dossier
    assert "Groep 4" not in [g.name for g in session.basedata.groups(include_inactive=True)]
    assert "Staat in de kluis als oud-leerling" in messages._sink[-1][1]
    assert session.verify() == []


def test_without_a_deletion_after_retention_the_preview_says_nothing_about_it(
        qtbot, session, tmp_path):
    path = tmp_path / "2026.csv"
    path.write_bytes(PARNASSYS.encode("utf-8"))
    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.load(path)
    assert dialog.plan.count(RowStatus.NEW) == 3
    assert "bewaartermijn" not in dialog.summary.text()
