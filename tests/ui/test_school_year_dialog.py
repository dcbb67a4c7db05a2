"""Nieuw schooljaar with real widgets on a demo-like vault: the plan as a table, edited
by keyboard (typing in the table, the fields under it), a Dutch message for every bad
input with nothing written, the question before anything happens, and the Groepen tab
after the move."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTabWidget

from tests.ui.screen_fit import (
    first_focus_problem,
    fit_problems,
    keyboard_traps,
    mnemonic_clashes,
)
from zorgdesk.domain.people import PupilDraft
from zorgdesk.domain.school_year import Fate
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.store import audit
from zorgdesk.ui.pupils.manage_dialog import ManageDialog
from zorgdesk.ui.pupils.school_year_dialog import NOTE, SchoolYearDialog

JULY = date(2027, 7, 12)


@pytest.fixture
def session(demo_vault):
    session = Session(demo_vault, FixedClock(JULY))
    data = session.basedata
    for name, count in (("Groep 8", 3), ("Zonnebloem", 2)):
        group_id = data.add_group(name)
        for i in range(count):
            data.add_pupil(PupilDraft(f"{name[:4]}{i}", "Test", date(2015, 3, i + 1),
                                      date(2019, 9, 1), group_id=group_id))
    return session


@pytest.fixture
def dialog(qtbot, session):
    dlg = SchoolYearDialog(session)
    qtbot.addWidget(dlg)
    return dlg


def _row(dialog, name: str) -> int:
    return [s.name for s in dialog.steps].index(name)


def _cell(dialog, name: str, column: int) -> str:
    return dialog.table.item(_row(dialog, name), column).text()


def _writes(session) -> int:
    return len(audit.read_entries(session.vault.read()))


def test_the_plan_is_shown_per_group_with_a_summary(dialog):
    rows = [[dialog.table.item(r, c).text() for c in range(3)]
            for r in range(dialog.table.rowCount())]
    assert rows == [["Groep 3", "10", "Groep 4"], ["Groep 5", "10", "Groep 6"],
                    ["Groep 7", "10", "Groep 8"], ["Groep 8", "3", "(verlaat de school)"],
                    ["Zonnebloem", "2", "(nog kiezen)"]]
    assert _cell(dialog, "Zonnebloem", NOTE).startswith("Geen groepsnummer in de naam")
    assert dialog.summary.text() == (
        "3 leerlingen verlaten de school op 12-07-2027. 3 groepen krijgen een nieuwe naam "
        "(30 leerlingen). Nog te kiezen: Zonnebloem.")
    assert dialog.focusWidget() is dialog.table or not dialog.isVisible()


def test_nothing_happens_before_confirming(dialog, session, asked):
    dialog.choose(_row(dialog, "Zonnebloem"), Fate.STAYS)
    before = _writes(session)
    asked.answers.append(False)  # Annuleren in the question
    assert not dialog.confirm()
    title, text, _warning = asked.questions[-1]
    assert title == "Nieuw schooljaar inzetten"
    assert text.startswith("3 leerlingen verlaten de school op 12-07-2027.")
    assert _writes(session) == before
    assert [g.name for g in session.basedata.groups()][-1] == "Zonnebloem"


def test_every_bad_input_gets_a_dutch_message_and_nothing_is_written(dialog, session, asked):
    before = _writes(session)
    assert not dialog.confirm()  # Zonnebloem undecided
    assert dialog.error.text().startswith("Kies wat er met Zonnebloem gebeurt")
    note = dialog.table.item(_row(dialog, "Zonnebloem"), NOTE)
    assert note.text().startswith("Geen groepsnummer in de naam: kies een nieuwe naam")
    assert note.foreground().color() == Qt.GlobalColor.darkRed  # the row to fix
    assert dialog.table.currentRow() == _row(dialog, "Zonnebloem")

    dialog.choose(_row(dialog, "Zonnebloem"), Fate.MOVES, "")
    assert not dialog.confirm()
    assert dialog.error.text() == "Vul de nieuwe naam van Zonnebloem in."

    dialog.choose(_row(dialog, "Zonnebloem"), Fate.MOVES, "Groep 6")
    assert not dialog.confirm()
    assert dialog.error.text().startswith("Groep 5 en Zonnebloem krijgen allebei de naam "
                                          "Groep 6.")

    dialog.choose(_row(dialog, "Zonnebloem"), Fate.STAYS)
    for typed, message in (("", "Vul de vertrekdatum in."),
                           ("1-8-2027", "na het einde van dit schooljaar (31-07-2027)"),
                           ("gisteren", "De vertrekdatum is geen geldige datum")):
        dialog.leave_date.setText(typed)
        assert not dialog.confirm()
        assert message in dialog.error.text()
        assert dialog.leave_date.text() == typed  # what was typed stays
    assert asked.questions == []  # never asked: nothing was right yet
    assert _writes(session) == before


def test_a_name_typed_in_the_table_or_the_fields_changes_the_row(dialog, qtbot):
    dialog.show()
    qtbot.waitExposed(dialog)
    row = _row(dialog, "Zonnebloem")
    dialog.table.setCurrentCell(row, 2)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = dialog.table.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Zonnebloem 2")
    # Return commits (checked in a real window); offscreen the window never gets the
    # focus the delegate waits for, so commit the way Return does.
    dialog.table.commitData(editor)
    assert dialog.steps[row].fate is Fate.MOVES
    assert dialog.steps[row].new_name == "Zonnebloem 2"
    assert dialog.fate.currentText() == "Nieuwe naam"
    assert dialog.new_name.text() == "Zonnebloem 2"

    eight = _row(dialog, "Groep 7")
    dialog.table.setCurrentCell(eight, 2)
    dialog.new_name.setFocus()
    dialog.new_name.selectAll()
    qtbot.keyClicks(dialog.new_name, "8a")
    assert dialog.steps[eight].new_name == "8a"
    assert dialog.table.item(eight, 2).text() == "8a"

    dialog.fate.setFocus()
    qtbot.keyClick(dialog.fate, Qt.Key.Key_Down)  # Nieuwe naam -> Blijft zo
    assert dialog.steps[eight].fate is Fate.STAYS
    assert not dialog.new_name.isEnabled()
    assert dialog.table.item(eight, 2).text() == "(blijft zo)"


def test_confirmed_it_is_done_and_the_groups_tab_shows_it(qtbot, session, asked):
    manage = ManageDialog(session)
    qtbot.addWidget(manage)
    page = manage.groups
    eight = {p.id for p in session.basedata.pupils() if p.group_name == "Groep 8"}
    seven = {p.id for p in session.basedata.pupils() if p.group_name == "Groep 7"}

    def decide(dialog):
        dialog.choose(_row(dialog, "Zonnebloem"), Fate.STAYS)
        dialog.leave_date.setText("10-07-2027")
        asked.answers.append(True)
        assert dialog.confirm()

    import zorgdesk.ui.pupils.groups_page as groups_page

    def run_modal(dialog):
        decide(dialog)
        return dialog.result()

    original = groups_page.run_modal
    groups_page.run_modal = run_modal
    try:
        assert page.new_school_year()
    finally:
        groups_page.run_modal = original
    assert page.status.text().startswith("Het nieuwe schooljaar is ingezet. 3 leerlingen "
                                         "zijn uitgeschreven per 10-07-2027")
    names = [page.list.item(i).text() for i in range(page.list.count())]
    assert names == ["Groep 4", "Groep 6", "Groep 8", "Zonnebloem"]
    for pupil_id in eight:
        pupil = session.basedata.pupil(pupil_id)
        assert not pupil.active and pupil.leave_date == date(2027, 7, 10)
    assert {p.group_name for p in map(session.basedata.pupil, seven)} == {"Groep 8"}
    assert session.vault.verify() == []


def test_fits_the_laptop_every_control_named_no_alt_clash(dialog, qtbot):
    dialog.show()
    qtbot.waitExposed(dialog)
    assert fit_problems(dialog, "Nieuw schooljaar") == []
    assert keyboard_traps(dialog, "Nieuw schooljaar") == []
    assert mnemonic_clashes(dialog, "Nieuw schooljaar") == []
    assert first_focus_problem(dialog, "Nieuw schooljaar") is None
    assert dialog.focusWidget() is dialog.table  # the arrow keys walk the plan
    for widget in (dialog.findChildren(QLineEdit) + dialog.findChildren(QAbstractButton)
                   + dialog.findChildren(QComboBox)):
        if widget.isVisible() and widget.parentWidget() is not dialog.table.viewport():
            assert widget.accessibleName(), widget
    assert dialog.table.accessibleName()


def test_the_groups_tab_offers_it_without_an_alt_clash(qtbot, session):
    manage = ManageDialog(session)
    qtbot.addWidget(manage)
    manage.show()
    manage.findChild(QTabWidget).setCurrentWidget(manage.groups)
    assert manage.groups.year_button.accessibleName() == "Nieuw schooljaar"
    assert mnemonic_clashes(manage, "Groepen") == []


def test_pupils_without_a_group_are_mentioned(qtbot, session):
    session.basedata.add_pupil(PupilDraft("Los", "Test", date(2016, 1, 1), date(2020, 9, 1)))
    dialog = SchoolYearDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.intro.text().endswith(" 1 leerling zonder groep blijft zonder groep.")
