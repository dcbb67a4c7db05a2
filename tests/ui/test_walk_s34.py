"""Findings of the keyboard walk in a real window at 1366x768, 125 % and 12 pt (s34)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.screen_fit import place_in_work_area, sideways_lists
from tests.ui.test_screen_fit_large_font import larger_font
from zorgdesk.ui.signals.flag_dialog import FlagDialog, FlagsPage


def test_the_flag_dialog_does_not_scroll_sideways_at_12pt(qtbot, session):
    """e10: at 12 pt the 'Zes criteria' heading was one line wider than the dialog; the
    form scrolled sideways and, with the cursor in a score, the captions were cut to
    'm:' and 'rdeeld door:'."""
    pupil = session.basedata.pupils("Daniëlle")[0]
    with larger_font():
        dialog = FlagDialog(session.signals, pupil.id, pupil.display_name, "Marieke Hoekstra")
        qtbot.addWidget(dialog)
        place_in_work_area(dialog)
        QApplication.processEvents()
        problems = sideways_lists(dialog, "Vlaggensysteem")
        dialog.close()
    assert not problems, problems


def test_no_assessments_yet_says_where_a_new_one_starts(qtbot):
    """e08: the Vlaggensysteem tab said only 'Nog geen beoordelingen': a newcomer did not
    see that a new one starts under Verloop en vlaggen (or Ctrl+Shift+V)."""
    page = FlagsPage()
    qtbot.addWidget(page)
    page.show_assessments([], {})
    text = page.detail.toPlainText()
    assert text.startswith("Nog geen beoordelingen met het Vlaggensysteem.")
    assert "Verloop en vlaggen" in text and "Ctrl+Shift+V" in text


def test_no_agreements_yet_says_how_to_add_one(qtbot, session):
    """e06: page 3 of a new zorggesprek was an empty grey box above the button."""
    from zorgdesk.ui.conversations.dialog import ConversationDialog

    dialog = ConversationDialog(session, session.basedata.pupils("Zoë")[0])
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(2)
    dialog.show()
    QApplication.processEvents()
    note = dialog.smart.empty_note
    assert note.isVisible() and "Afspraak toevoegen (Alt+A)" in note.text()
    dialog.smart.add()
    assert not note.isVisible()
    dialog.smart._remove(dialog.smart.rows[0])
    assert note.isVisible()
    dialog.set_read_only()  # a handed-out report: nothing to add any more
    assert note.text() == "Er zijn geen afspraken vastgelegd."
    dialog.close()
