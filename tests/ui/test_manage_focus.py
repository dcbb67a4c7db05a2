"""Leerlingen beheren: the keyboard never changes the pupil unseen (walk s29).

The dialog opened with the focus in the pupil list; a letter typed there, meant for a
form field, chose another pupil, and the tester added a parent to the wrong child.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui.pupils.manage_dialog import ManageDialog


@pytest.fixture
def session(demo_path):
    opened = Session.open(demo_path, DEMO_PASSPHRASE)
    yield opened
    opened.close()


def _open(qtbot, session, pupil_id=None) -> ManageDialog:
    dialog = ManageDialog(session, pupil_id=pupil_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _other_initial(session, pupil) -> str:
    """The first letter of another pupil's name (the letter that jumped to her)."""
    return next(p.display_name[0].lower() for p in session.basedata.pupils()
                if p.id != pupil.id and p.display_name[0].isascii()
                and p.display_name[0] != pupil.display_name[0])


def test_opened_from_the_menu_the_keyboard_starts_in_the_search_field(qtbot, session):
    dialog = _open(qtbot, session)
    assert dialog.focusWidget() is dialog.pupils.search
    assert dialog.pupils.pupil_box.title() == "Nieuwe leerling"


def test_opened_from_a_dossier_the_keyboard_starts_in_her_form_and_says_whose(qtbot,
                                                                               session):
    sem = session.basedata.pupils("Sem")[0]
    dialog = _open(qtbot, session, sem.id)
    page = dialog.pupils
    assert dialog.focusWidget() is page.form.first_name
    assert page.pupil_box.title() == f"Leerling: {sem.display_name}"
    assert page.guardian_box.title() == f"Ouders / verzorgers van {sem.display_name}"


def test_a_letter_typed_in_the_list_searches_and_never_changes_the_pupil(qtbot, session):
    sem = session.basedata.pupils("Sem")[0]
    dialog = _open(qtbot, session, sem.id)
    page = dialog.pupils
    letter = _other_initial(session, sem)
    page.list.setFocus()
    qtbot.keyClick(page.list, letter)
    assert page.pupil_id == sem.id
    assert page.form.first_name.text() == "Sem"
    assert page.pupil_box.title() == f"Leerling: {sem.display_name}"
    assert page.search.text() == letter
    assert dialog.focusWidget() is page.search
    shown = [page.list.item(r).text() for r in range(page.list.count())]
    assert shown and len(shown) < len(session.basedata.pupils())  # the list narrowed


def test_tab_into_the_list_chooses_no_pupil_until_an_arrow_does(qtbot, session):
    """Qt makes a list's first row current when the focus enters it: Tab from the search
    field loaded the first pupil unasked."""
    dialog = _open(qtbot, session)
    page = dialog.pupils
    QApplication.sendEvent(page.list, QFocusEvent(QEvent.Type.FocusIn,
                                                  Qt.FocusReason.TabFocusReason))
    assert page.pupil_id is None and page.list.currentItem() is None
    assert page.pupil_box.title() == "Nieuwe leerling"
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    first = session.basedata.pupils()[0]
    assert page.pupil_id == first.id
    assert page.pupil_box.title() == f"Leerling: {first.display_name}"


def test_the_chosen_pupil_is_in_sight_in_the_list_and_the_list_does_not_scroll_away(
        qtbot, session):
    """Walk s31 (1,500 pupils, 1920x1080 at 150 %): the whole page scrolled, so the
    lower half of the pupil list lay below the window and the chosen pupil, scrolled
    into view inside the list, could not be seen. Only the forms scroll now."""
    last = session.basedata.pupils()[-1]  # the bottom row of the list
    dialog = _open(qtbot, session, last.id)
    page = dialog.pupils
    QApplication.processEvents()
    item = page.list.currentItem()
    assert item is not None and item.text().startswith(last.display_name)
    row = page.list.visualItemRect(item)
    seen = page.list.viewport().visibleRegion()
    assert seen.boundingRect().contains(row), (row, seen.boundingRect())
    # The list itself is whole in the window: nothing of it is scrolled out of sight.
    assert page.list.visibleRegion().boundingRect() == page.list.rect()
