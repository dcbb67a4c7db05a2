"""The pupil list with a name of 100 characters (walk s33, c-longname shots): the list
scrolled sideways, its scroll bar taking a row and every name's end out of sight. The
line now ends in '…' where it does not fit; the whole line is in the tooltip and what a
screen reader reads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.screen_fit import place_in_work_area
from tests.ui.test_screen_fit import LONGEST_NAME, _pupil_id, add_maximal_pupil
from tests.ui.test_screen_fit_large_font import larger_font
from zorgdesk.ui.pupils.pupil_list import pupil_line


def _tooltip_at(view, row: int) -> str:
    QToolTip.hideText()
    rect = view.visualRect(view.model().index(row, 0))
    event = QHelpEvent(QHelpEvent.Type.ToolTip, rect.center(),
                       view.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_long_name_ends_in_an_ellipsis_instead_of_scrolling_sideways(controller):
    pupil = add_maximal_pupil(controller.session)
    window = controller.window
    window.reload_groups()
    with larger_font():
        place_in_work_area(window)
        assert window.select_pupil(pupil)
        view = window.pupil_list
        view.scrollTo(view.currentIndex())
        QApplication.processEvents()
        assert not view.horizontalScrollBar().isVisible()
        row = view.currentRow()
        rect = view.visualRect(view.currentIndex())
        assert rect.left() >= 0 and rect.right() <= view.viewport().width(), rect
        line = view.text(row)
        assert line.startswith(LONGEST_NAME)
        assert view.textElideMode() == Qt.TextElideMode.ElideRight
        index = view.model().index(row, 0)
        assert index.data(Qt.ItemDataRole.AccessibleTextRole) == line
        assert _tooltip_at(view, row) == line


def test_a_name_that_fits_has_no_tooltip(controller):
    window = controller.window
    place_in_work_area(window)
    view = window.pupil_list
    bram = _pupil_id(controller.session, "Bram de Jong")
    assert window.select_pupil(bram)
    row = view.currentRow()
    assert view.text(row) == pupil_line(next(p for p in controller.session.basedata.pupils()
                                             if p.id == bram))
    assert _tooltip_at(view, row) == ""
