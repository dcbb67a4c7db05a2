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
    assert "(en)" not in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    assert len(session.basedata.pupils()) == before
    messages._answers.append(False)  # the IB says no at the question
    dialog.import_button.click()
    assert len(session.basedata.pupils()) == before
    messages._answers.append(True)
    dialog.import_button.click()
    assert len(session.basedata.pupils()) == before + new
    said = messages._sink[-1][1]
    pupils = "1 nieuwe leerling" if new == 1 else f"{new} nieuwe leerlingen"
    assert said.startswith(f"De import is opgeslagen. {pupils}, "
                           f"{moved} van groep veranderd.\n\nOpmerkingen bij de import:")
    assert "(en)" not in said and "(s)" not in said
    assert "Van Groep" not in said  # a group change is what was asked, not a remark
    assert said.count("er is al een leerling met deze naam") == new


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


WALK_EXPORT = (  # walk s30: diacritics, an impossible date, a missing one, a double row
    "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geslacht;Geboortedatum;Groep;"
    "Naam ouder/verzorger 1;Relatie ouder/verzorger 1;E-mail ouder/verzorger 1;"
    "Telefoon ouder/verzorger 1\n"
    "10231;Noël;;Lefèvre;M;14-03-2018;Groep 4;Céline Lefèvre;Moeder;celine@voorbeeld.nl;\n"
    "10233;Mirthe;;IJzerman;V;31-02-2017;Groep 5;Joost IJzerman;Vader;;\n"
    "10234;Sven;;Ødegård;M;07-07-2019;Groep 3;Ingrid Ødegård;Voogd;;\n"
    "10235;Zoë;van der;Berg;V;;Groep 5;;;;\n"
    "10234;Sven;;Ødegård;M;07-07-2019;Groep 3;Ingrid Ødegård;Voogd;;\n"
    "10236;Daan;de;Vries;M;23-05-2015;Groep 7;Eva de Vries;Moeder;eva@voorbeeld;06-1111\n"
)


def test_the_message_after_the_import_names_every_row_left_out_or_cut(dialog, session,
                                                                      tmp_path):
    """Walk s30 (17.png): 'De import is opgeslagen. 4 nieuwe leerling(en)' and the window
    closed; the two refused pupils and the parent left out were nowhere to be seen."""
    path = tmp_path / "export.csv"
    path.write_text(WALK_EXPORT, encoding="utf-8-sig")
    dialog.load(path)
    messages._answers.append(True)
    dialog.import_button.click()
    said = messages._sink[-1][1]
    assert said.startswith("De import is opgeslagen. 3 nieuwe leerlingen, 0 van groep "
                           "veranderd.")
    left_out, remarks = said.split("\n\n")[1:]
    assert left_out.splitlines()[1:] == [
        "- regel 3, Mirthe IJzerman: De geboortedatum is geen geldige datum (in het "
        "bestand: 31-02-2017).",
        "- regel 5, Zoë van der Berg: Vul de geboortedatum in."]
    assert remarks.splitlines()[1].startswith(
        "- regel 7, Daan de Vries: Ouder/verzorger 1 niet overgenomen:")
    assert "Sven" not in said  # the double row: once imported, nothing to repair
    assert session.basedata.pupils("mirthe") == []


def test_tab_goes_from_the_file_through_each_column_meaning_to_the_preview(dialog,
                                                                           tmp_path):
    """Walk s30 (12_1..5.png): the combo boxes of step 1 came after Sluiten."""
    from tests.ui.tab_order import tab_order

    path = tmp_path / "export.csv"
    path.write_text(WALK_EXPORT, encoding="utf-8")
    dialog.load(path)
    order = tab_order(dialog)
    meanings = [f"Betekenis van kolom {h}" for h in dialog.table.headers]
    start = order.index("Exportbestand kiezen")
    assert order[start:start + len(meanings) + 4] == [
        "Exportbestand kiezen", "Kolommen van het bestand en hun betekenis", *meanings,
        "Datum inschrijving als het bestand die niet heeft",
        "Voorbeeld van de import per leerling"]
    assert order.index("Importeren in de kluis") > order.index(
        "Voorbeeld van de import per leerling")
