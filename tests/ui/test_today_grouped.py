"""Vandaag at a large school (issue 23): per pupil with counts, the oldest first, the
first pupils with a visible "… en N meer", filters, all by keyboard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.conftest import TODAY
from tests.ui.keyboard import type_text
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.services.today.deadlines import Deadline, Record
from zorgdesk.ui.today import grouping
from zorgdesk.ui.today.deadline_model import DEADLINE, GROUP, MORE
from zorgdesk.ui.today.today_dialog import TodayDialog


@pytest.fixture
def dialog(qtbot, demo_vault):
    made = TodayDialog(Session(demo_vault, FixedClock(TODAY)))
    qtbot.addWidget(made)
    made.show()
    return made


def _top_rows(dialog) -> list[str]:
    model = dialog.model
    return [model.index(r, 1).data() or model.index(r, 0).data()
            for r in range(model.rowCount())]


def _school(pupils: int, per_pupil: int, today: date) -> list[Deadline]:
    """Invented deadlines the way the service sorts them (soonest first)."""
    made = [Deadline(today + timedelta(days=(p * 7 + n * 13) % 90 - 60),
                     "Actiepunt over tijd" if n % 2 else "Vervolgcontact / evaluatie",
                     f"Afspraak {n}", p, f"Leerling {p:04d}", Record.CONVERSATION, p)
            for p in range(pupils) for n in range(per_pupil)]
    return sorted(made, key=lambda d: (d.due, d.pupil_name, d.kind))


def test_grouped_per_pupil_oldest_first_with_counts():
    today = date(2026, 12, 4)
    index = grouping.DeadlineIndex(_school(1_500, 3, today), today)
    grouped = index.grouped(grouping.Filter(), show_all=True)
    assert len(grouped.groups) == 1_500 and grouped.hidden_groups == 0
    oldest = [g.oldest.due for g in grouped.groups]
    assert oldest == sorted(oldest), "the pupil with the oldest deadline comes first"
    for group in grouped.groups:
        assert [d.due for d in group.deadlines] == sorted(d.due for d in group.deadlines)
        assert group.overdue == sum(d.due < today for d in group.deadlines)
    assert grouped.matching == 4_500
    assert grouped.matching_overdue == sum(d.due < today for d in index.deadlines)
    first_fifty = index.grouped(grouping.Filter())
    assert first_fifty.groups == grouped.groups[:grouping.SHOWN_GROUPS]
    assert first_fifty.hidden_groups == 1_500 - grouping.SHOWN_GROUPS
    assert first_fifty.hidden_deadlines == 3 * (1_500 - grouping.SHOWN_GROUPS)


def test_filters_on_words_kind_and_overdue():
    today = date(2026, 12, 4)
    index = grouping.DeadlineIndex(_school(200, 2, today), today)
    by_name = index.matching(grouping.Filter.typed("leerling 0042"))
    assert by_name and {d.pupil_id for d in by_name} == {42}
    late = index.matching(grouping.Filter.typed("", "Actiepunt over tijd", True))
    assert late and all(d.kind == "Actiepunt over tijd" and d.due < today for d in late)
    assert len(late) == sum(d.kind == "Actiepunt over tijd" and d.due < today
                            for d in index.deadlines)
    assert index.matching(grouping.Filter.typed("ACTIEPUNT afspraak 1")) == [
        d for d in index.deadlines if d.what == "Afspraak 1"]


def test_small_school_shows_every_pupil_open(dialog):
    model = dialog.model
    assert model.rowCount() == len({d.pupil_id for d in dialog.rows})
    assert not model.has_more()
    for row in range(model.rowCount()):
        assert dialog.list.isExpanded(model.index(row, 0))
    first = dialog.list.currentIndex()
    assert model.kind(first) == DEADLINE and model.deadline(first) == dialog.rows[0]
    pupils = len({d.pupil_id for d in dialog.rows})
    assert f" bij {pupils} leerlingen, waarvan " in dialog.summary.text()  # not 'leerling(en)'
    assert "(en)" not in dialog.summary.text()


def test_a_pupil_row_says_how_many_and_how_many_late(dialog):
    model = dialog.model
    for row in range(model.rowCount()):
        group = model.group(model.index(row, 0))
        text = model.index(row, 1).data()
        assert text.startswith(group.pupil_name)
        assert f"{len(group.deadlines)} termijn" in text
        assert ("over tijd" in text) == (group.overdue > 0)
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()  # the oldest is late


def test_en_n_meer_is_shown_and_enter_lists_everyone(dialog, qtbot, monkeypatch):
    monkeypatch.setattr(grouping, "SHOWN_GROUPS", 2)
    monkeypatch.setattr(grouping, "EXPAND_UP_TO", 0)
    dialog.refresh()
    model = dialog.model
    pupils = len({d.pupil_id for d in dialog.rows})
    assert model.rowCount() == 3 and model.kind(model.index(2, 0)) == MORE
    more = model.index(2, 0).data()
    assert more.startswith(f"… en {pupils - 2} leerling") and "Enter" in more
    assert dialog.list.isFirstColumnSpanned(2, model.index(2, 0).parent())
    assert not dialog.list.isExpanded(model.index(0, 0)), "many: pupils start closed"
    dialog.list.setFocus()
    dialog.list.setCurrentIndex(model.index(2, 0))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert model.rowCount() == pupils and not model.has_more()


def test_enter_on_a_pupil_opens_its_oldest_deadline(dialog, qtbot, monkeypatch):
    """Walks s34/s35: Enter on a pupil's row folded it (or unfolded it), while the caption
    says 'Enter of dubbelklik opent het dossier'. Now Enter does on a pupil what Openen
    does: the pupil's oldest deadline opens; the arrows open and close the row."""
    monkeypatch.setattr(grouping, "EXPAND_UP_TO", 0)
    dialog.refresh()
    pupil = dialog.model.index(0, 0)
    assert dialog.model.kind(pupil) == GROUP and not dialog.list.isExpanded(pupil)
    oldest = dialog.model.group(pupil).deadlines[0]
    dialog.list.setFocus()
    dialog.list.setCurrentIndex(pupil)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Right)  # the tree's own keys fold
    assert dialog.list.isExpanded(pupil)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Left)
    assert not dialog.list.isExpanded(pupil)
    with qtbot.waitSignal(dialog.record_requested) as opened:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert opened.args[:3] == [oldest.pupil_id, oldest.record.value,
                               oldest.record_id if oldest.record_id is not None else -1]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "pijl" in dialog.list.accessibleDescription()


def test_typing_a_name_and_choosing_a_kind_narrow_the_list(dialog, qtbot):
    name = dialog.rows[0].pupil_name
    type_text(dialog.search, name)  # the whole name, as typed (any letter: "Daniëlle")
    shown = {dialog.model.group(dialog.model.index(r, 0)).pupil_name
             for r in range(dialog.model.rowCount())}
    assert name in shown and len(shown) < len({d.pupil_name for d in dialog.rows})
    assert dialog.status.text().startswith("Filter: ")
    kind = dialog.rows[0].kind
    dialog.search.clear()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(kind))
    for row in range(dialog.model.rowCount()):
        assert {d.kind for d in dialog.model.groups[row].deadlines} == {kind}
    assert dialog.kind_box.currentText() == (
        f"{kind} ({sum(d.kind == kind for d in dialog.rows)})")
    dialog.kind_box.setCurrentIndex(0)
    dialog.overdue_only.setChecked(True)
    overdue = [d for d in dialog.rows if d.due < dialog.service.today]
    assert sum(len(g.deadlines) for g in dialog.model.groups) == len(overdue)
    dialog.overdue_only.setChecked(False)
    assert not dialog.status.text()


def test_filters_are_reached_by_keyboard_and_enter_goes_to_the_list(dialog, qtbot):
    for widget, label in ((dialog.search, "&Zoeken:"), (dialog.kind_box, "Soo&rt:")):
        assert any(lbl.buddy() is widget and lbl.text() == label
                   for lbl in dialog.findChildren(type(dialog.summary)))
        assert widget.accessibleName()
    assert "&" in dialog.overdue_only.text() and dialog.overdue_only.accessibleName()
    dialog.search.setFocus()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.list.hasFocus()


def test_no_match_says_so_and_nothing_opens(dialog, qtbot):
    dialog.search.setText("qqqzzz")
    assert dialog.model.rowCount() == 0
    assert dialog.status.text().startswith("Filter: 0 van de")
    assert not dialog.open_button.isEnabled()


def test_closing_clears_what_was_typed(dialog):
    dialog.search.setText(dialog.rows[0].pupil_name)
    dialog.reject()
    assert not dialog.search.text() and dialog.model.rowCount() == 0


def test_typing_on_looks_only_at_the_last_matches_and_finds_the_same():
    """A keystroke that narrows the last filter filters its matches only (issue 23);
    every filter, narrowing or not, finds what a fresh index finds."""
    today = date(2026, 12, 4)
    school = _school(300, 3, today)
    typed = grouping.DeadlineIndex(school, today)
    steps = [("l", None, False), ("le", None, False), ("leerling 01", None, False),
             ("leerling 012", "Actiepunt over tijd", False),
             ("leerling 012", "Actiepunt over tijd", True), ("leerling 01", None, False),
             ("afspraak 1", None, True), ("afspraak 1 leer", None, True), ("", None, False),
             ("0 2", None, False), ("0 21", None, False), ("02", None, False)]
    narrowed = 0
    for text, kind, overdue in steps:
        chosen = grouping.Filter.typed(text, kind, overdue)
        last = typed._last
        narrowed += last is not None and chosen.narrows(last[0])
        fresh = grouping.DeadlineIndex(school, today).matching(chosen)
        assert typed.matching(chosen) == fresh, (text, kind, overdue)
    assert narrowed >= 6
    assert grouping.Filter.typed("dan v").narrows(grouping.Filter.typed("da"))
    assert not grouping.Filter.typed("da").narrows(grouping.Filter.typed("dan"))
    assert not grouping.Filter.typed("dan").narrows(grouping.Filter.typed("dan", "Soort"))
    assert not grouping.Filter.typed("dan").narrows(grouping.Filter.typed("dan", None, True))


def test_with_a_larger_font_the_dialog_grows_and_wat_stays_readable(qtbot, demo_vault):
    """Walk s31 (1920x1080 at 150 % with a 12 pt font): the dialog kept its 980x560
    and 'Wat', what each deadline is about, was 14 characters wide ('Gespreksve…')."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_screen_fit_large_font import larger_font
    from zorgdesk.ui.window_size import available_size

    with larger_font(12):
        dialog = TodayDialog(Session(demo_vault, FixedClock(TODAY)))
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        wat = dialog.list.header().sectionSize(3) / dialog.list.fontMetrics().averageCharWidth()
        size, room = dialog.size(), available_size(dialog)
        dialog.close()
    assert wat >= 24, wat
    assert size.width() <= room.width() and size.height() <= room.height()


def test_with_the_normal_font_the_dialog_keeps_its_size_within_the_screen(dialog):
    from zorgdesk.ui.window_size import available_size

    room = available_size(dialog)  # 1366x768 at 125 %: 542 high, less than 560
    assert (dialog.width(), dialog.height()) == (980, min(560, room.height()))
