"""'Leerlingen importeren' as the IB uses it: choose, check the columns, look, confirm."""

from __future__ import annotations

import pytest

from tests.services.test_pupil_import import PARNASSYS
from zorgdesk.domain.pupil_import import Column, RowStatus
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui import messages
from zorgdesk.ui.pupils.import_dialog import ImportDialog


@pytest.fixture
def session(demo_path):
    session = Session.open(demo_path, DEMO_PASSPHRASE)
    yield session
    session.close()


@pytest.fixture
def dialog(qtbot, session, monkeypatch):
    monkeypatch.setattr(messages, "_sink", [])
    monkeypatch.setattr(messages, "_answers", [])
    dlg = ImportDialog(session)
    qtbot.addWidget(dlg)
    return dlg


def cells(table, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_the_preview_shows_every_row_and_nothing_is_written_until_confirmed(
        dialog, session, tmp_path):
    before = len(session.basedata.pupils())
    path = tmp_path / "export.csv"
    path.write_bytes(PARNASSYS.encode("cp1252"))
    dialog.load(path)
    assert "3 regels (Windows-1252)" in dialog.file_label.text()
    assert dialog.mapping()[1:4] == [Column.FIRST_NAME, Column.TUSSENVOEGSEL,
                                     Column.LAST_NAME]
    assert sorted(cells(dialog.preview_table, 1)) == ["Anaïs Dubois", "Emre Çelik",
                                                      "Zoë van der Berg"]
    new = dialog.plan.count(RowStatus.NEW)
    moved = dialog.plan.count(RowStatus.GROUP_CHANGED)
    assert new + moved == 3 and new >= 1  # the demo school already knows some of them
    assert dialog.summary.text().startswith(f"{new} nieuw")
    assert "staan niet in dit bestand (vertrokken?)" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    assert len(session.basedata.pupils()) == before
    messages._answers.append(False)  # the IB says no at the question
    dialog.import_button.click()
    assert len(session.basedata.pupils()) == before
    messages._answers.append(True)
    dialog.import_button.click()
    assert len(session.basedata.pupils()) == before + new
    assert messages._sink[-1][1] == (f"De import is opgeslagen. {new} nieuwe leerling(en), "
                                     f"{moved} van groep veranderd.")


def test_changing_a_column_meaning_makes_a_new_preview(dialog, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(PARNASSYS, encoding="utf-8")
    dialog.load(path)
    dialog.set_meaning(4, Column.IGNORE)  # no date of birth any more
    assert "Kies welke kolom de geboortedatum bevat." in dialog.error.text()
    assert dialog.preview_table.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    dialog.set_meaning(4, Column.DATE_OF_BIRTH)
    assert dialog.error.isHidden()
    assert dialog.preview_table.rowCount() == 3


def test_a_file_that_is_not_a_pupil_list_gives_a_dutch_message_in_the_window(dialog,
                                                                               tmp_path):
    path = tmp_path / "foto.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    dialog.load(path)
    assert "geen tekst" in dialog.error.text()
    assert not dialog.import_button.isEnabled()


def test_an_impossible_default_start_date_is_refused(dialog, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("Roepnaam;Achternaam;Geboortedatum\nSem;Visser;01-02-2017\n",
                    encoding="utf-8")
    dialog.load(path)
    dialog.start_edit.setText("31-02-2026")
    dialog._refresh()
    assert "bestaat niet" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
