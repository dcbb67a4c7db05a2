"""Leerlingen beheren on a school laptop (1366x768 at 125 %): the search field stays in
sight wherever the cursor is (walk s30: with the cursor in a parent's e-mail the whole
page had scrolled and the search field was gone off the top)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QScrollArea

from tests.ui.screen_fit import WORK_AREA, fit_problems
from zorgdesk.ui.pupils.manage_dialog import ManageDialog


def _in_sight(widget, window) -> bool:
    """Visible, not clipped away by a scroll area, and inside the window."""
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        return False
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(top_left) and \
        widget.visibleRegion().boundingRect().height() == widget.height()


def _scroll_area(widget) -> QScrollArea:
    while not isinstance(widget, QScrollArea):
        widget = widget.parentWidget()
    return widget


def test_the_search_field_stays_in_sight_at_the_bottom_of_the_forms(qtbot, controller):
    session = controller.session
    zoe = next(p for p in session.basedata.pupils() if p.display_name == "Zoë van der Berg")
    dialog = ManageDialog(session, controller.window, pupil_id=zoe.id)
    qtbot.addWidget(dialog)
    dialog.resize(WORK_AREA)
    dialog.show()
    qtbot.waitExposed(dialog)
    page = dialog.pupils
    assert not fit_problems(dialog, "Leerlingen beheren")
    for bottom in (page.guardian_form.email, page.sibling_choice):
        bottom.setFocus()
        _scroll_area(bottom).ensureWidgetVisible(bottom)
        QApplication.processEvents()
        assert _in_sight(bottom, dialog)
        assert _in_sight(page.search, dialog), "het zoekveld is uit beeld"
        assert _in_sight(page.list, dialog)
    area = _scroll_area(page.sibling_choice)
    assert area.verticalScrollBar().value() > 0  # the forms did scroll
    assert area.horizontalScrollBar().maximum() == 0  # never sideways
    sem = next(p for p in session.basedata.pupils() if p.display_name == "Sem Visser")
    page.show_pupil(sem.id)  # another pupil: her name in sight, not the last parent
    assert area.verticalScrollBar().value() == 0 and _in_sight(page.form.first_name, dialog)
