"""Short checklists show whole rows, as many as they are meant to, at every text size.

Walk s37/s38 (real X, 1366x768 at 125 %): since every item row got room for the marks
on capitals (ui/item_rows.py, 14 -> 18 px at 9 pt) the zorggesprek's 'Namens school'
showed 3.8 rows (a fifth row cut in half) where it showed five: its height was a fixed
number of pixels, and in the scrolling form Qt squeezed it to its minimum. A checklist
is now sized from the row height, in one place, and follows Beheer › Tekstgrootte."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListWidget

from zorgdesk.ui.conversations.dialog import ConversationDialog
from zorgdesk.ui.item_rows import give_item_rows_room, show_rows
from zorgdesk.ui.text_size import apply_text_size


@pytest.fixture
def normal_font():
    """The application font as it was, back after the test (the app is shared)."""
    app = QApplication.instance()
    before = app.font()
    yield
    app.setFont(before)
    app.setProperty("zorgdesk_normal_point_size", None)


def _whole_rows(view: QAbstractItemView) -> float:
    """How many rows the view shows: a whole number when no row is cut."""
    return view.viewport().height() / view.sizeHintForRow(0)


def _shown_new_conversation(qtbot, session) -> ConversationDialog:
    give_item_rows_room(QApplication.instance())
    zoe = session.basedata.pupils("Zoë")[0]
    dialog = ConversationDialog(session, zoe)
    qtbot.addWidget(dialog)
    dialog.resize(1093, 543)  # the work area of a 1366x768 laptop at 125 %
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_conversation_checklists_show_whole_rows(qtbot, session):
    dialog = _shown_new_conversation(qtbot, session)
    assert dialog.staff.model().rowCount() > 5  # so it scrolls: five shown
    assert _whole_rows(dialog.staff) == 5
    assert _whole_rows(dialog.guardians) == 3
    assert _whole_rows(dialog.signal_picker) == 5


def test_they_follow_the_text_size(qtbot, session, normal_font):
    dialog = _shown_new_conversation(qtbot, session)
    row_before = dialog.staff.sizeHintForRow(0)
    apply_text_size(QApplication.instance(), "extra_groot")
    qtbot.wait(1)  # the font change reaches the open dialog's widgets
    assert dialog.staff.sizeHintForRow(0) > row_before
    assert _whole_rows(dialog.staff) == 5
    assert _whole_rows(dialog.guardians) == 3
    assert _whole_rows(dialog.signal_picker) == 5


def test_an_empty_list_is_as_high_as_a_filled_one(qtbot):
    """The height comes from the font, not from the first item (a list may be empty
    when it is built and filled later)."""
    give_item_rows_room(QApplication.instance())
    empty, filled = QListWidget(), QListWidget()
    filled.addItem("Ömer Aydın (vader)")
    for view in (empty, filled):
        qtbot.addWidget(view)
        show_rows(view, 3)
    three_rows = filled.sizeHintForRow(0) * 3 + 2 * filled.frameWidth()
    assert empty.height() == filled.height() == three_rows


def test_the_observation_forms_other_pupils_show_whole_rows(qtbot, session):
    """'Betreft ook andere leerlingen' in the logboek form: four whole rows."""
    from zorgdesk.ui.logbook.entry_form import EntryDialog
    from zorgdesk.ui.pupil_checklist import PupilChecklist

    give_item_rows_room(QApplication.instance())
    dialog = EntryDialog(session, session.basedata.pupils("Zoë")[0])
    qtbot.addWidget(dialog)
    dialog.resize(1093, 543)
    dialog.show()
    qtbot.waitExposed(dialog)
    [others] = dialog.findChildren(PupilChecklist)
    assert _whole_rows(others.view) == 4
