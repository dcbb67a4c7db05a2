"""The Vandaag overview with real widgets on the demo vault (offscreen)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.conftest import TODAY
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui.app import AppController
from zorgdesk.ui.today.today_dialog import TodayDialog


@pytest.fixture
def controller(qtbot, demo_path):
    ctl = AppController(demo_path)
    qtbot.addWidget(ctl.window)
    ctl._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    qtbot.waitUntil(lambda: ctl.window.today_dialog is not None)  # a turn of the loop later
    yield ctl
    ctl.shutdown()


def _row_texts(dialog) -> list[list[str]]:
    """Every deadline row under its pupil, as a screen reader hears it (with the name)."""
    model = dialog.list.model()
    role = Qt.ItemDataRole.AccessibleTextRole
    return [[model.index(r, c, group).data(role) for c in range(4)]
            for group in (model.index(g, 0) for g in range(model.rowCount()))
            for r in range(model.rowCount(group))]


def _index(dialog, row: int):
    """The list's index of ``dialog.rows[row]`` (the deadlines soonest first)."""
    return dialog.index_of(dialog.rows[row])


def test_rows_sorted_with_overdue_marked(qtbot, demo_vault):
    dialog = TodayDialog(Session(demo_vault, FixedClock(TODAY)))
    qtbot.addWidget(dialog)
    rows = _row_texts(dialog)
    assert rows[0][1:3] == ["Daniëlle van Dijk", "Handtekening niet retour"]
    assert rows[0][0] == "19-11-2026 · over tijd"  # in words, not only in colour
    first = _index(dialog, 0)
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    assert first.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#9b1c1c"
    assert _index(dialog, 1).data(Qt.ItemDataRole.FontRole) is None
    assert (_index(dialog, 1).siblingAtColumn(3).data(Qt.ItemDataRole.ToolTipRole)
            == dialog.rows[1].what)
    assert not any("over tijd" in row[0] for row in rows[1:])
    assert "1 over tijd" in dialog.summary.text()
    assert [r.due for r in dialog.rows] == sorted(r.due for r in dialog.rows)


def test_shown_first_after_unlock_and_from_the_menu(controller, qtbot):
    """After the window has painted with the pupil back (the fixture waits a turn of the
    event loop), Vandaag is the first thing shown."""
    window = controller.window
    assert isinstance(window.today_dialog, TodayDialog) and window.today_dialog.isVisible()
    window.today_dialog.reject()
    assert window.today_dialog is None
    assert window.today_action.shortcut().toString() == "Ctrl+T"
    window.today_action.trigger()
    assert window.today_dialog is not None and window.today_dialog.isVisible()


def test_enter_opens_the_pupil_and_the_record(controller, qtbot):
    window = controller.window
    dialog = window.today_dialog
    index = next(i for i, r in enumerate(dialog.rows) if r.kind == "Handtekening niet retour")
    dialog.list.setCurrentIndex(_index(dialog, index))
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert window.today_dialog is None  # the overview makes way for the record
    assert window.current_pupil.display_name == "Daniëlle van Dijk"
    page = window.tab_pages[window.tabs.currentIndex()]
    assert page.title == "Zorggesprekken"
    assert page.selected_id() == 3  # the conversation whose form is not returned


def test_double_click_on_a_meldcode_row_opens_the_form_it_asks_for(controller, qtbot):
    """Not only the tab: the trajectory at the step the deadline is about, with the
    form for the terugkoppeling of Veilig Thuis open and the cursor in it."""
    from zorgdesk.domain.meldcode import EventKind

    window = controller.window
    dialog = window.today_dialog
    index = next(i for i, r in enumerate(dialog.rows) if r.kind == "Terugkoppeling Veilig Thuis")
    trajectory_id = dialog.rows[index].record_id
    dialog.list.activated.emit(_index(dialog, index))
    assert window.current_pupil.display_name == "Bram de Jong"
    tab = window.tab_pages[window.tabs.currentIndex()]
    assert tab.title == "Meldcode"
    qtbot.waitUntil(lambda: tab.current_kind is EventKind.VT_TERUGKOPPELING)
    assert tab.trajectory.id == trajectory_id
    assert tab.stack.currentWidget() is tab.pages[EventKind.VT_TERUGKOPPELING]
    assert tab.buttons[EventKind.VT_TERUGKOPPELING].isChecked()


def test_enter_on_a_correction_request_opens_its_answer(controller, qtbot, monkeypatch):
    """Enter on the row opens the answer form of that very request, for its pupil."""
    answered = []

    def record(dialog):
        answered.append((type(dialog).__name__, dialog.request_id))
        return 0

    monkeypatch.setattr("zorgdesk.ui.logbook.tab_actions.run_modal", record)
    window = controller.window
    dialog = window.today_dialog
    index = next(i for i, r in enumerate(dialog.rows) if r.kind == "Verzoek om correctie")
    request_id = dialog.rows[index].record_id
    dialog.list.setCurrentIndex(_index(dialog, index))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert window.current_pupil.display_name == "Zoë van der Berg"
    assert window.tab_pages[window.tabs.currentIndex()].title == "Logboek"
    qtbot.waitUntil(lambda: bool(answered))
    assert answered == [("AnswerRequestDialog", request_id)]


def test_an_answered_request_says_so_instead_of_opening_another(controller, qtbot,
                                                                 monkeypatch):
    opened = []
    monkeypatch.setattr("zorgdesk.ui.logbook.tab_actions.run_modal",
                        lambda d: opened.append(d) or 0)
    window = controller.window
    zoe = next(p for p in controller.session.basedata.pupils()
               if p.display_name == "Zoë van der Berg")
    window.show_pupil_anywhere(zoe.id)
    window.show_tab(0)
    window.tab_pages[0].open_step(987654, "correctieverzoek")
    assert opened == []
    assert "al beantwoord" in window.statusBar().currentMessage()


def test_a_filtered_out_pupil_is_still_found(controller, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr("zorgdesk.ui.logbook.tab_actions.run_modal",
                        lambda d: opened.append(type(d).__name__) or 0)
    window = controller.window
    window.search.setText("Noor")  # Zoë is not in the list now
    dialog = window.today_dialog
    index = next(i for i, r in enumerate(dialog.rows) if r.kind == "Verzoek om correctie")
    dialog.open_row(index)
    assert window.current_pupil.display_name == "Zoë van der Berg"
    assert window.tab_pages[window.tabs.currentIndex()].title == "Logboek"
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == ["AnswerRequestDialog"]


def test_lock_closes_it_and_leaves_no_names(controller):
    dialog = controller.window.today_dialog
    controller.lock()
    assert controller.window.today_dialog is None
    assert dialog.list.model().rowCount() == 0 and not dialog.summary.text()


def test_export_button_writes_an_owner_only_ics(controller, tmp_path, monkeypatch):
    dialog = controller.window.today_dialog
    target = tmp_path / "agenda"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    dialog.export_button.click()
    written = Path(str(target) + ".ics")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert written.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "geen namen" in dialog.status.text()


def test_the_first_columns_fit_their_widest_text(qtbot, demo_vault):
    """Widths measured by the font over every row (no size hint per cell), as wide as
    the widest text of the column, so no date, name or kind is cut off."""
    from PySide6.QtGui import QFontMetricsF

    dialog = TodayDialog(Session(demo_vault, FixedClock(TODAY)))
    qtbot.addWidget(dialog)
    model = dialog.list.model()
    shown = [model.index(r, 0) for r in range(model.rowCount())]
    shown += [model.index(r, 0, g) for g in list(shown) for r in range(model.rowCount(g))]
    metrics = QFontMetricsF(dialog.list.font())
    for column in range(3):
        widest = max(metrics.horizontalAdvance(i.siblingAtColumn(column).data() or "")
                     for i in shown)
        assert dialog.list.columnWidth(column) >= widest


def test_dutch_date_is_strftimes_text():
    from datetime import date

    from zorgdesk.domain.dates import dutch_date

    for day in (date(2026, 1, 2), date(2026, 12, 31), date(1999, 10, 9)):
        assert dutch_date(day) == f"{day:%d-%m-%Y}"


def test_unlock_paints_the_window_before_vandaag_reads_the_school(qtbot, demo_path):
    """Issue 23: at a large school restoring the pupil and reading every deadline each
    take about 0.1 s; the event loop turns between them, so the window never stands
    still for both. A lock in between means no Vandaag at all."""
    ctl = AppController(demo_path)
    qtbot.addWidget(ctl.window)
    try:
        ctl._attach(Session.open(demo_path, DEMO_PASSPHRASE))
        assert ctl.window.today_dialog is None and ctl.window.isVisible()
        qtbot.waitUntil(lambda: ctl.window.today_dialog is not None)
        ctl.lock()
        ctl._attach(Session.open(demo_path, DEMO_PASSPHRASE))
        ctl.lock()
        qtbot.wait(50)
        assert ctl.window.today_dialog is None, "locked before it opened: nothing opens"
    finally:
        ctl.shutdown()


def test_wat_is_never_narrower_than_leerling_with_a_larger_font(qtbot, demo_vault):
    """Walk s36/s37 (1366x768 at 125 %, 12 pt, real X): 'Wat' was the narrowest column
    ('Vervolg op het …') while 'Leerling', filled on one row per pupil only, was the
    widest. When the two do not both fit, Leerling gives way down to the longest pupil
    name and Wat gets at least half; also after the window is made narrower."""
    from PySide6.QtGui import QFontMetricsF

    from tests.ui.test_screen_fit_large_font import larger_font

    with larger_font():
        dialog = _shown_in_work_area(qtbot, demo_vault)
        view = dialog.list
        longest = max(QFontMetricsF(view.font()).horizontalAdvance(row.pupil_name)
                      for row in dialog.rows)
        for width in (dialog.width(), dialog.width() - 150):
            dialog.resize(width, dialog.height())
            qtbot.wait(1)  # the resize is handled
            assert view.columnWidth(3) >= view.columnWidth(1), width
            assert view.columnWidth(1) >= longest
        dialog.close()


def test_with_room_enough_leerling_keeps_its_counts(qtbot, demo_vault):
    """The normal font on a laptop: Leerling stays as wide as 'Daniëlle van Dijk (2
    termijnen, 1 over tijd)' needs, as before."""
    dialog = _shown_in_work_area(qtbot, demo_vault)
    view = dialog.list
    model = view.model()
    texts = [model.index(r, 1).data() for r in range(model.rowCount())]
    widest = max(view.fontMetrics().horizontalAdvance(t) for t in texts)
    assert view.columnWidth(1) >= widest
    dialog.close()


def test_the_whole_wat_of_the_current_row_is_shown_under_the_list(qtbot, demo_vault):
    """Walk s37: in the column 'Wat' ends in '…' (12 pt, 125 %); a keyboard user has no
    tooltip. Under the list the whole text of the row the cursor is on, for a pupil's
    row its oldest deadline's; nothing when the filter leaves no row."""
    dialog = TodayDialog(Session(demo_vault, FixedClock(TODAY)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.list
    first = view.model().index(0, 0)
    view.setCurrentIndex(first)
    assert dialog.detail.text() == f"Wat: {first.siblingAtColumn(3).data()}"
    deadline = view.model().index(0, 0, first)
    view.setCurrentIndex(deadline)
    what = deadline.siblingAtColumn(3).data()
    assert len(what) > 60 and dialog.detail.text() == f"Wat: {what}"
    dialog.search.setText("geen-enkele-termijn-heet-zo")
    assert dialog.detail.text() == ""
    dialog.close()


def _shown_in_work_area(qtbot, demo_vault) -> TodayDialog:
    """Vandaag on the demo vault, placed in the screen's work area as the app places it."""
    from tests.ui.screen_fit import place_in_work_area

    dialog = TodayDialog(Session(demo_vault, FixedClock(TODAY)))
    qtbot.addWidget(dialog)
    place_in_work_area(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog
