"""Other school laptops: 1920x1080 at 150 % (1280x720 logical) and a larger font.

tests/ui/test_screen_fit.py walks 1366x768 at 125 % with the normal font. An IB with
poor eyesight sets a larger text size (Windows: 'Tekst groter maken'; here a 12 pt
application font instead of 9 pt, a third larger). Walked in a real X server at
1920x1080 with QT_SCALE_FACTOR=1.5 (walk s31), Instellingen cut its explanations to
half lines; these tests find that offscreen, in seconds.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from tests.ui.screen_fit import (
    WORK_AREA,
    WORK_AREA_150,
    fit_problems,
    place_in_work_area,
    sideways_lists,
)
from tests.ui.test_screen_fit import _pupil_id
from tests.ui.window_walk import WALK_TIMEOUT, Walker, answering_boxes
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui.settings_dialog import SettingsDialog

LARGE_FONT = 12.0  # points; the offscreen default is 9


@contextlib.contextmanager
def larger_font(points: float = LARGE_FONT) -> Iterator[None]:
    """The whole application in a larger font; the normal one back afterwards."""
    app = QApplication.instance()
    normal = app.font()
    large = app.font()
    large.setPointSizeF(points)
    app.setFont(large)
    try:
        yield
    finally:
        app.setFont(normal)


@pytest.fixture
def session(demo_path):
    s = Session.open(demo_path, DEMO_PASSPHRASE)
    yield s
    s.close()


def test_settings_explanations_are_whole_with_a_large_font(qtbot, session):
    """Qt opens a window at most two thirds of the screen high: the explanations under
    the fields were squeezed to clipped lines (walk s31, /tmp/walk/a22-settings.png)."""
    with larger_font():
        dialog = SettingsDialog(session)
        qtbot.addWidget(dialog)
        dialog.show()  # as exec() shows it: Qt's own first size
        QApplication.processEvents()
        QApplication.processEvents()
        problems = fit_problems(dialog, "Instellingen")
        dialog.close()
    assert not problems, "\n".join(problems)


def test_settings_are_not_taller_than_needed_with_the_normal_font(qtbot, session):
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert fit_problems(dialog, "Instellingen") == []
    needed = dialog.layout().totalHeightForWidth(dialog.width())
    assert dialog.height() <= max(needed, dialog.minimumSizeHint().height()) + 2, (
        dialog.height(), needed)  # no empty band above the buttons
    dialog.close()


@WALK_TIMEOUT
def test_every_window_fits_1920x1080_at_150_percent_with_a_large_font(controller,
                                                                       monkeypatch):
    """The whole walk of test_screen_fit (every tab, every dialog one level deep) on the
    1280x720 logical screen with the larger font: nothing outside, nothing cut off, no
    list that scrolls sideways (the logboek notes to link did, /tmp/walk/c05-gesprek.png
    shows the same in the zorggesprek)."""
    window = controller.window
    assert window.select_pupil(_pupil_id(controller.session, "Daniëlle van Dijk"))
    problems: list[str] = []

    def visit(widget, where):
        place_in_work_area(widget, WORK_AREA_150)
        problems.extend(fit_problems(widget, where, WORK_AREA_150))
        problems.extend(sideways_lists(widget, where))

    with larger_font(), answering_boxes(monkeypatch):
        walker = Walker(monkeypatch, visit)
        place_in_work_area(window, WORK_AREA_150)
        walker.walk_views(window, "Hoofdvenster")
    assert len(walker.seen) >= 15, walker.seen  # the walk really opened the dialogs
    problems = sorted(set(problems))
    assert not problems, "\n".join(problems)


# -- 1366x768 at 125 % with a larger font ----------------------------------------------
# The smallest laptop screen (1093x543 logical work area) and an IB who set 11 or 12 pt:
# the main window needed 1,170 px (Logboek's filter grid) and 1,225 px (Meldcode's step
# buttons, four to a line) in a real X server (walk s32, /work/notes/s32/shots). The font
# is set before the window is built, as on her laptop: fields size themselves to their
# placeholder text when they are made.

@pytest.fixture(params=[11.0, LARGE_FONT], ids=["11pt", "12pt"])
def large_font_controller(request, qtbot, demo_path, monkeypatch):
    from zorgdesk.ui import messages
    from zorgdesk.ui.app import AppController

    monkeypatch.setattr(messages, "_sink", [])
    with larger_font(request.param):
        ctl = AppController(demo_path)
        qtbot.addWidget(ctl.window)
        ctl._attach(Session.open(demo_path, DEMO_PASSPHRASE))
        yield ctl
        ctl.shutdown()


@WALK_TIMEOUT
def test_main_window_fits_1366x768_at_125_percent_with_a_large_font(large_font_controller,
                                                                     monkeypatch):
    """Every tab and sub-tab of the main window, for a pupil without and one with a
    meldcode trajectory: nothing wider than the screen, nothing cut off, no list that
    scrolls sideways (the dialogs are walked by the tests above)."""
    controller = large_font_controller
    window = controller.window
    problems: list[str] = []

    def visit(widget, where):
        if widget is window:
            place_in_work_area(widget)
            problems.extend(fit_problems(widget, where))
            problems.extend(sideways_lists(widget, where))
        else:
            widget.close()  # a dialog: only the main window is looked at here

    for name in ("Zoë van der Berg", "Daniëlle van Dijk", "Bram de Jong"):
        assert window.select_pupil(_pupil_id(controller.session, name))
        place_in_work_area(window)
        assert window.width() <= WORK_AREA.width(), (name, window.width())
        for where in Walker(monkeypatch, visit)._views(window, f"Hoofdvenster {name}"):
            visit(window, where)
    assert window.minimumSizeHint().width() <= WORK_AREA.width()
    # Walk s32: with 12 pt, step 5 of the meldcode (Bram) needed 574 px of height of 543.
    problems = sorted(set(problems))
    assert not problems, "\n".join(problems)


def test_meldcode_forms_fit_1366x768_at_125_percent_with_a_large_font(large_font_controller):
    """Every action of an open trajectory: its form fits beside the info panel without a
    sideways scroll bar, and the step buttons wrap instead of widening the window."""
    controller = large_font_controller
    window = controller.window
    assert window.select_pupil(_pupil_id(controller.session, "Bram de Jong"))
    window.show_tab(3)
    place_in_work_area(window)
    tab = window.tab_pages[3]
    assert tab.trajectory is not None and not tab.state.closed
    problems: list[str] = []
    for kind, button in tab.buttons.items():
        if not button.isEnabled():
            continue
        tab.choose(kind)
        place_in_work_area(window)
        where = f"Meldcode / {button.text()}"
        problems.extend(fit_problems(window, where))
        if tab.form_scroll.horizontalScrollBar().isVisible():
            problems.append(f"{where}: formulier schuift opzij")
    assert window.width() <= WORK_AREA.width()
    assert not problems, "\n".join(problems)


def test_the_signal_list_says_it_is_saved_where_it_can_be_read(large_font_controller):
    """Walk s32 (b09-signal-saved.png, 11 pt): after Lijst opslaan the confirmation was
    one long line under the fold of the right column, and it widened the column past its
    viewport (the fields' right ends under the scroll bar)."""
    window = large_font_controller.window
    assert window.select_pupil(_pupil_id(large_font_controller.session, "Zoë van der Berg"))
    window.show_tab(1)
    place_in_work_area(window)
    fill = window.tab_pages[1].fill
    fill.tick("km4-12.lichamelijk.10", "vraagt om eten")
    assert fill.save() is not None
    QApplication.processEvents()
    status = fill.status
    assert "opgeslagen" in status.text()
    assert _wholly_in_view(status)  # under the scrolled part since walk s34
    assert status.height() >= status.heightForWidth(status.width()) - 1, status.size()
    assert status.width() <= fill.right_side.width()  # one long line widened the column
    assert fill.right_side.widget().width() <= fill.right_side.viewport().width()
    assert status.heightForWidth(status.width()) <= status.height() + 1


def test_meldcode_choices_are_never_cut_mid_letter(large_font_controller):
    """Walk s32: 'Soort zorg' showed 'Huiselijk geweld of kindermishandeling (algem' at
    11 pt. Every choice of every list in every meldcode form is shown whole or ends in
    '…' (the whole choice in the tooltip and the open list)."""
    from PySide6.QtWidgets import QComboBox

    from tests.ui.screen_fit import _combo_text_cut

    controller = large_font_controller
    window = controller.window
    assert window.select_pupil(_pupil_id(controller.session, "Bram de Jong"))
    window.show_tab(3)
    tab = window.tab_pages[3]
    cut = []
    for kind, page in tab.pages.items():
        tab.stack.setCurrentWidget(page)
        place_in_work_area(window)
        QApplication.processEvents()
        for combo in page.findChildren(QComboBox):
            if not combo.isVisibleTo(page) or combo.isEditable():
                continue
            for index in range(combo.count()):
                combo.setCurrentIndex(index)
                if _combo_text_cut(combo):
                    cut.append(f"{kind.value}: {combo.currentText()}")
                shown = getattr(combo, "shown_text", None)
                if shown is not None and shown() != combo.currentText() and \
                        combo.toolTip() != combo.currentText():
                    cut.append(f"{kind.value}: '{combo.currentText()}' niet in tooltip")
    assert not cut, "\n".join(cut)


def test_the_longest_names_leave_the_tabs_their_height_with_a_large_font(
        large_font_controller):
    """Walk s32: a pupil with 100-character names at 12 pt: the header above the tabs
    wrapped into three lines and squeezed Zorggesprekken and Signalenlijst (labels 4-14
    px high, a spin box 2 px). Names in the headings end in '…' where they do not fit;
    the whole name is in the tooltip and the accessible description."""
    from tests.ui.test_screen_fit import LONGEST_NAME, add_maximal_pupil

    controller = large_font_controller
    window = controller.window
    pupil_id = add_maximal_pupil(controller.session)
    window.reload_groups()
    assert window.select_pupil(pupil_id)
    problems: list[str] = []
    for index in range(len(window.tab_pages)):
        window.show_tab(index)
        place_in_work_area(window)
        QApplication.processEvents()
        problems.extend(fit_problems(window, f"Lange naam / tab {index + 1}"))
    assert not problems, "\n".join(sorted(set(problems)))
    header = window.pupil_header
    assert LONGEST_NAME in header.toolTip() and LONGEST_NAME in header.accessibleDescription()
    assert header.height() <= 3 * header.fontMetrics().lineSpacing() + 8  # two lines


def _bram_at_step_5(controller, kind=None):
    window = controller.window
    assert window.select_pupil(_pupil_id(controller.session, "Bram de Jong"))
    window.show_tab(3)
    place_in_work_area(window)
    tab = window.tab_pages[3]
    if kind is not None:
        tab.choose(kind)
        place_in_work_area(window)
    return tab


def test_meldcode_step_indicator_is_one_line_when_height_is_short(large_font_controller):
    """Walk s33 (b22): at 12 pt the step indicator took three lines (80 px on the screen:
    '4. Wegen met het afwegingskader' wrapped) and the form under the step buttons got
    Datum and one line of Inhoud. Short of height, the done steps show their number only
    (the title in the tooltip and for a screen reader), the current step its title."""
    from zorgdesk.domain.meldcode import STEP_TITLES, Step
    from zorgdesk.domain.meldcode import EventKind as K

    tab = _bram_at_step_5(large_font_controller, K.VT_TERUGKOPPELING)
    line = tab.steps.fontMetrics().lineSpacing()
    assert tab.steps.height() <= line + 12, (tab.steps.height(), line)
    labels = tab.steps.labels
    assert labels[Step(1)].text() == "✔ 1"
    assert labels[Step(1)].toolTip() == f"{STEP_TITLES[Step(1)]} (afgerond)"
    assert labels[Step(1)].accessibleName() == "Stap 1: afgerond (Signalen in kaart brengen)"
    assert labels[Step(5)].text() == "▶ 5. Beslissen"
    assert labels[Step(5)].accessibleName().startswith("Stap 5: huidige stap (Beslissen")
    for label in labels.values():  # nothing cut: each chip is as wide as its text
        assert label.width() >= label.sizeHint().width(), (label.text(), label.width())
    # On the toolbar's row, after its buttons (which keep all their room: no '»').
    steps, bar = tab.steps.geometry(), tab.toolbar.geometry()
    assert steps.top() < bar.bottom() and bar.top() < steps.bottom(), (steps, bar)
    assert steps.left() > bar.right() and bar.width() >= tab.toolbar.sizeHint().width()
    # Datum and Inhoud with room for a few lines of text.
    form = tab.forms[K.VT_TERUGKOPPELING]
    from PySide6.QtWidgets import QPlainTextEdit
    inhoud = form.findChild(QPlainTextEdit)
    viewport = tab.form_scroll.viewport()
    top = inhoud.mapTo(viewport, QPoint(0, 0)).y()
    assert viewport.height() - top >= 3 * inhoud.fontMetrics().lineSpacing(), (
        viewport.height(), top)


def test_meldcode_step_indicator_keeps_its_titles_with_room(qtbot, controller):
    """The normal font on the same screen: every step keeps its title."""
    from zorgdesk.domain.meldcode import Step

    tab = _bram_at_step_5(controller)
    assert tab.steps.labels[Step(1)].text() == "✔ 1. Signalen in kaart brengen"
    assert tab.steps.labels[Step(2)].text() == "✔ 2. Collegiale consultatie"


def test_meldcode_empty_form_area_does_not_scroll(large_font_controller):
    """Walk s33 (b17, b20): with no action chosen the form area showed a scroll bar
    that scrolled to blank space (the stack was as tall as its longest form)."""
    tab = _bram_at_step_5(large_font_controller)
    assert tab.current_kind is None
    assert not tab.form_scroll.verticalScrollBar().isVisible()
    assert tab.placeholder.isVisible()


def _wholly_in_view(widget) -> bool:
    """Visible, and its whole rectangle inside every scroll area's view it sits in."""
    from PySide6.QtWidgets import QScrollArea
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            area = QRect(widget.mapTo(parent.viewport(), QPoint(0, 0)), widget.size())
            if not parent.viewport().rect().contains(area):
                return False
        parent = parent.parentWidget()
    return widget.isVisible()


def test_the_signal_list_save_button_is_in_sight_without_scrolling(large_font_controller):
    """Walk s33 (b05): at 12 pt 'Lijst opslaan' sat below the fold of the right column;
    Alt+O reached it, but a mouse user had to scroll to find it."""
    window = large_font_controller.window
    assert window.select_pupil(_pupil_id(large_font_controller.session, "Zoë van der Berg"))
    window.show_tab(1)
    place_in_work_area(window)
    fill = window.tab_pages[1].fill
    fill.right_side.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    assert _wholly_in_view(fill.save_button)
    fill.tick("km4-12.lichamelijk.10", "vraagt om eten")
    assert fill.save() is not None
    QApplication.processEvents()
    assert _wholly_in_view(fill.status) and _wholly_in_view(fill.save_button)


def test_the_conversation_pages_do_not_scroll_sideways_with_a_large_font(qtbot, session):
    """Walk s34 (e05): at 12 pt page 2 of a zorggesprek had a sideways scroll bar: the
    LSD tip was one line wider than the dialog."""
    from PySide6.QtWidgets import QScrollArea

    from zorgdesk.ui.conversations.dialog import ConversationDialog

    with larger_font():
        dialog = ConversationDialog(session, session.basedata.pupils("Zoë")[0])
        qtbot.addWidget(dialog)
        place_in_work_area(dialog)
        sideways = []
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            area = dialog.tabs.currentWidget()
            assert isinstance(area, QScrollArea)
            if area.horizontalScrollBar().isVisible():
                sideways.append(dialog.tabs.tabText(index))
        dialog.close()
    assert not sideways, sideways
