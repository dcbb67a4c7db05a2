"""The Anonieme casus dialog on a school laptop at 125 % (walk finding, session 28: the
preview showed about 8 lines; the two questions one under the other and an empty list of
five rows took its height)."""

from __future__ import annotations

import pytest

from tests.conftest import TODAY
from tests.ui.screen_fit import WORK_AREA
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.ui.anonymise.dialog import AnonymiseDialog


@pytest.fixture
def dialog(qtbot, demo_vault):
    session = Session(demo_vault, FixedClock(TODAY))
    emre = next(p.id for p in session.basedata.pupils() if p.display_name == "Emre Çelik")
    dlg = AnonymiseDialog(session, emre, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.resize(WORK_AREA)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _lines(dialog) -> float:
    return dialog.preview.viewport().height() / dialog.preview.fontMetrics().lineSpacing()


def test_the_preview_uses_the_height_of_a_laptop_screen(dialog):
    assert _lines(dialog) >= 15, _lines(dialog)


def test_the_flag_list_is_as_tall_as_its_descriptions(dialog):
    flags = dialog.flags
    flags.show_flags(None)
    empty = flags.list.height()
    assert empty < 3 * flags.list.fontMetrics().height()
    for number in range(3):
        flags.list.addItem(f"omschrijving {number}")
    flags._fit_rows()
    assert flags.list.height() >= 3 * flags.list.sizeHintForRow(0) > empty
