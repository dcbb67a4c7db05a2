"""The main window on a real demo vault, offscreen."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.keyboard import type_text
from zorgdesk.services.demo.school import DEMO_NAMES, DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui.app import AppController
from zorgdesk.ui.tabs import TAB_TITLES


@pytest.fixture
def controller(qtbot, demo_path):
    ctl = AppController(demo_path)
    qtbot.addWidget(ctl.window)
    ctl._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    yield ctl
    ctl.shutdown()


def _visible_texts(window) -> str:
    parts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        for getter in ("text", "toolTip", "windowTitle", "placeholderText"):
            value = getattr(widget, getter, None)
            if callable(value):
                with contextlib.suppress(TypeError):  # getters that need arguments
                    parts.append(str(value()))
    lst = window.pupil_list
    parts += [lst.text(i) for i in range(lst.count())]
    parts += [window.group_filter.itemText(i) for i in range(window.group_filter.count())]
    return "\n".join(parts)


def test_four_tabs_with_exact_titles(controller):
    tabs = controller.window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == list(TAB_TITLES)
    assert list(TAB_TITLES) == ["Logboek", "Signalenlijst", "Zorggesprekken", "Meldcode"]


def test_pupil_list_shows_demo_school(controller):
    window = controller.window
    assert window.pupil_list.count() == 30
    assert window.windowTitle() == "OBS De Vlinderboom — ZorgDesk"
    assert window.count_label.text() == "30 leerlingen"


def test_selecting_a_pupil_updates_header_and_tabs(controller, qtbot):
    window = controller.window
    window.search.setText("zoe")
    assert window.pupil_list.count() == 1
    window.pupil_list.setCurrentRow(0)
    assert "Zoë van der Berg" in window.pupil_header.text()
    assert "Daan van der Berg" in window.pupil_header.text(), "siblings shown"
    assert window.tabs.currentIndex() == 0
    assert window.tab_pages[0].pupil.display_name == "Zoë van der Berg"
    for index, page in enumerate(window.tab_pages):
        window.tabs.setCurrentIndex(index)  # a hidden tab loads the pupil when shown
        assert page.pupil is not None and page.pupil.display_name == "Zoë van der Berg"
    window.search.setText("")
    assert window.current_pupil.display_name == "Zoë van der Berg", "selection survives filter"


def test_only_the_visible_tab_loads_a_newly_chosen_pupil(controller):
    window = controller.window
    window.search.setText("zoe")
    window.pupil_list.setCurrentRow(0)
    window.tabs.setCurrentIndex(2)
    window.search.setText("")
    emre = next(p for p in controller.session.basedata.pupils("emre"))
    assert window.select_pupil(emre.id)
    assert window.tab_pages[2].pupil.display_name == "Emre Çelik"
    assert window.tab_pages[0].pupil.display_name == "Zoë van der Berg", "not loaded while hidden"
    window.tabs.setCurrentIndex(0)
    assert window.tab_pages[0].pupil.display_name == "Emre Çelik"
    controller.lock()
    assert all(page.pupil is None for page in window.tab_pages), "locking clears every tab"


def test_typing_in_the_pupil_search_does_not_reload_the_chosen_pupil(controller, monkeypatch):
    window = controller.window
    window.search.setText("zoe")
    window.pupil_list.setCurrentRow(0)
    shown = []
    monkeypatch.setattr(window.tab_pages[0], "set_context",
                        lambda session, pupil: shown.append(pupil))
    for text in ("z", "zo", "zoë", ""):
        window.search.setText(text)
    assert shown == [], "the tabs keep what they show while the IB types"
    assert window.current_pupil.display_name == "Zoë van der Berg"
    window.search.setText("emre")  # the chosen pupil drops out of the list: she goes
    assert window.current_pupil is None and shown == [None]


def test_keyboard_search_enter_selects_first_pupil(controller, qtbot):
    window = controller.window
    window.search.setFocus()
    window.search.setText("emre")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.current_pupil.display_name == "Emre Çelik"


def test_group_filter(controller):
    window = controller.window
    index = window.group_filter.findText("Groep 7")
    window.group_filter.setCurrentIndex(index)
    texts = [window.pupil_list.text(i) for i in range(window.pupil_list.count())]
    assert texts and all("(Groep 7)" in t for t in texts)


def test_menu_actions_and_shortcuts(controller):
    window = controller.window
    titles = {action.text() for menu_action in window.menuBar().actions()
              for action in menu_action.menu().actions()}
    for needed in ("&Leerlingen beheren…", "&Wachtwoord wijzigen…", "&Vergrendelen",
                   "&Afsluiten"):
        assert needed in titles
    assert window.lock_action.shortcut().toString() == "Ctrl+L"


def test_every_input_control_has_an_accessible_name(controller):
    from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPushButton, QTabWidget

    window = controller.window
    named = [window.search, window.group_filter, window.pupil_list, window.tabs,
             window.unlock_button, window.pupil_header]
    assert all(w.accessibleName() for w in named)
    for cls in (QLineEdit, QComboBox, QListWidget, QTabWidget):
        for widget in window.findChildren(cls):
            if isinstance(widget.parent(), QComboBox):
                continue  # the combo's own line edit; the combo carries the name
            assert widget.accessibleName(), widget
    for button in window.findChildren(QPushButton):
        assert button.accessibleName() or button.text().replace("&", ""), button


def _menu_actions(window) -> dict[str, bool]:
    """Every action the menus offer: its text without mnemonics -> enabled. A disabled
    submenu is one action (what is inside it cannot be reached)."""
    found: dict[str, bool] = {}
    menus = [a.menu() for a in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            if action.isSeparator():
                continue
            found[action.text().replace("&", "")] = action.isEnabled()
            if action.menu() is not None and action.isEnabled():
                menus.append(action.menu())
    return found


def test_locked_the_menus_offer_only_quit_about_open_and_handbook(controller):
    """Every menu action on the vault's data waits for unlocking (issue 18 split the
    menu builder into one per menu; none may forget an action)."""
    window = controller.window
    unlocked = _menu_actions(window)
    assert len(unlocked) > 20
    controller.lock()
    enabled = {text for text, on in _menu_actions(window).items() if on}
    # Another vault asks for its own passphrase; the handleiding holds no pupil data.
    # Tekstgrootte too (s37): the passphrase window is text to read as well.
    assert enabled == {"Kluis openen…", "Afsluiten", "Handleiding", "Over ZorgDesk",
                       "Tekstgrootte", "Normaal", "Groot", "Extra groot"}


def test_enter_on_the_locked_screen_asks_for_the_passphrase(controller, qtbot):
    """Walk s28: on 'ZorgDesk is vergrendeld' Enter did nothing; only Space or Alt+O
    opened the unlock window."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = controller.window
    controller.lock()
    asked = []
    window.unlock_requested.disconnect()
    window.unlock_requested.connect(lambda: asked.append(True))
    window.show()
    qtbot.waitExposed(window)
    window.unlock_button.setFocus()
    QTest.keyClick(window.unlock_button, Qt.Key.Key_Return)
    assert asked == [True]


def test_lock_hides_all_pupil_data_and_unlock_restores_place(controller, demo_path):
    window = controller.window
    window.search.setText("daniëlle")
    window.pupil_list.setCurrentRow(0)
    window.tabs.setCurrentIndex(2)
    window.search.setText("")
    controller.lock()
    assert controller.session is None
    shown = _visible_texts(window)
    for name in DEMO_NAMES:
        assert name not in shown
    assert "Vlinderboom" not in window.windowTitle()
    assert window.stack.currentIndex() == 0
    assert not window.manage_action.isEnabled()
    controller._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    assert window.current_pupil.display_name == "Daniëlle van Dijk"
    assert window.tabs.currentIndex() == 2


def test_pupil_list_is_a_model_view_with_keyboard_use(controller, qtbot):
    """1,500 pupils on a model (issue 23): rows by the model, arrows and typed letters
    move the current pupil, the accessible text of a row is its line."""
    from PySide6.QtWidgets import QListView

    window = controller.window
    lst = window.pupil_list
    assert isinstance(lst, QListView) and lst.accessibleName() == "Leerlingen"
    assert lst.count() == 30 and lst.currentRow() == -1
    lst.setFocus()
    lst.setCurrentRow(0)
    first = window.current_pupil
    qtbot.keyClick(lst, Qt.Key.Key_Down)
    assert lst.currentRow() == 1 and window.current_pupil.id != first.id
    assert window.current_pupil.display_name in lst.text(1)
    index = lst.model().index(1, 0)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == lst.text(1)
    type_text(lst, "Zoë")  # type-ahead finds her, diaeresis and all
    assert window.current_pupil.display_name == "Zoë van der Berg"
    window.search.setText("zoë")  # filtering keeps the chosen pupil, without a re-show
    assert lst.count() == 1 and lst.currentRow() == 0
    assert window.select_pupil(first.id) is False  # filtered out
    window.search.setText("")
    assert window.select_pupil(first.id) and window.current_pupil.id == first.id


def test_counts_say_leerling_or_leerlingen_not_leerling_en(controller):
    """Walk s31: '1 leerling(en)' under the pupil list on every screen; the number
    takes the Dutch word (also notities in the logboek, pagina's in a preview)."""
    from zorgdesk.domain.text import counted

    window = controller.window
    window.search.setText("zoe")
    assert window.count_label.text() == "1 leerling"
    assert counted(0, "notitie", "notities") == "0 notities"
    assert counted(2, "pagina", "pagina's") == "2 pagina's"
