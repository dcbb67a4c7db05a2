"""Down in a pupil search field goes into the result list, as in every search box the IB
knows; Up on the first row goes back (walk s30: Down did nothing). The main window and
Leerlingen beheren, real widgets on the demo vault."""

from __future__ import annotations

from PySide6.QtCore import Qt

from zorgdesk.ui.pupils.manage_dialog import ManageDialog


def test_down_from_the_main_search_goes_to_the_found_pupil_and_up_comes_back(qtbot,
                                                                             controller):
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "Visser")
    assert window.pupil_list.count() >= 1
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.focusWidget() is window.pupil_list
    assert window.pupil_list.text(window.pupil_list.currentRow()).startswith("Sem Visser")
    assert window.current_pupil.display_name == "Sem Visser"
    qtbot.keyClick(window.pupil_list, Qt.Key.Key_Up)
    assert window.focusWidget() is window.search
    assert window.search.text() == "Visser"  # nothing typed lost


def test_down_with_nothing_found_stays_in_the_field(qtbot, controller):
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "Qqqq")
    assert window.pupil_list.count() == 0
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.focusWidget() is window.search


def test_down_in_leerlingen_beheren_chooses_the_first_found_pupil(qtbot, controller):
    session = controller.session
    dialog = ManageDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    page = dialog.pupils
    assert dialog.focusWidget() is page.search
    qtbot.keyClicks(page.search, "Visser")
    assert page.pupil_id is None  # typing chooses nobody
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert dialog.focusWidget() is page.list
    assert page.pupil_box.title() == "Leerling: Sem Visser"
    assert page.form.first_name.text() == "Sem"
    qtbot.keyClick(page.list, Qt.Key.Key_Up)
    assert dialog.focusWidget() is page.search
    assert page.pupil_box.title() == "Leerling: Sem Visser"  # Up chose nobody else
