"""The pupil list leaves room for the accents on capitals: 'Ömer' read 'Omer'.

Walk s36 (walk3 b04, c2.png): with DejaVu Sans at 9 pt the dots of a capital Ö (and the
marks on É, Â, Ü) stand 2 px above the font's ascent; a row was exactly one font height,
the row's top cut them off, and the IB read a wrong name."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from zorgdesk.domain.people import Pupil
from zorgdesk.ui.item_rows import give_item_rows_room
from zorgdesk.ui.pupils.pupil_list import PupilList

CAPITALS = "ÖÉÜ"


def _pupil(pupil_id: int, name: str) -> Pupil:
    first, last = name.split(" ", 1)
    return Pupil(id=pupil_id, first_name=first, tussenvoegsel="", last_name=last,
                 date_of_birth=date(2018, 1, 1), gender="", group_id=None, group_name="",
                 start_date=date(2022, 9, 1), leave_date=None, active=True)


def test_a_row_is_high_enough_for_the_marks_on_capitals(qtbot):
    give_item_rows_room(QApplication.instance())  # as the app does (s37: every list)
    view = PupilList()
    qtbot.addWidget(view)
    view.fill([_pupil(1, "Ömer Aydın"), _pupil(2, "Émile Ünal")])
    view.show()
    metrics = QFontMetrics(view.font())
    overshoot = max(0, -metrics.boundingRect(CAPITALS).top() - metrics.ascent())
    row = view.visualRect(view.pupils.index(0, 0))
    # The text is centred in the row: the marks need the overshoot above the ascent.
    assert row.height() >= metrics.height() + 2 * overshoot
    assert view.sizeHintForRow(0) == row.height()
