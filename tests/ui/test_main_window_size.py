"""The main window's preferred size holds every toolbar button of every tab.

Walk s36 (walk3 i02): on a 1600x900 screen the window opened at 1100x720, narrower than
the logbook's toolbar: 'Ouders en verstrekking' sat behind Qt's '»' while 500 px of the
screen stood empty. Smaller screens still get the window maximised."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt

from zorgdesk.ui import window_size
from zorgdesk.ui.main_window import MAIN_WINDOW_SIZE, MainWindow


def test_the_preferred_size_shows_every_toolbar_button(controller, qtbot):
    window = controller.window
    window.select_pupil(controller.session.basedata.pupils()[0].id)
    window.resize(MAIN_WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    hidden = []
    for page in window.tab_pages:
        window.tabs.setCurrentWidget(page)
        qtbot.wait(20)
        if page.toolbar.width() < page.toolbar.sizeHint().width():  # the rest behind »
            hidden.append(page.title)
    assert hidden == []


def test_a_laptop_screen_gets_it_maximised(qtbot, monkeypatch):
    monkeypatch.setattr(window_size, "available_size", lambda _w: QSize(1366, 728))
    window = MainWindow()
    qtbot.addWidget(window)
    window_size.show_on_screen(window, MAIN_WINDOW_SIZE.width(), MAIN_WINDOW_SIZE.height())
    assert window.windowState() & Qt.WindowState.WindowMaximized
