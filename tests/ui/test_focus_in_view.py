"""Walk finding: in a long form (Nieuwe observatie, Zorggesprek, the meldcode forms)
Alt+letter put the cursor in a field below the visible part, and the form did not
scroll: the IB typed into a field nobody could see. Qt's scroll area follows Tab only;
ZorgDesk scrolls to every new focus inside a scroll area."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QScrollArea

from tests.ui.test_logbook_tab import pupil
from zorgdesk.ui.logbook.entry_form import EntryDialog


def _in_view(area, widget) -> bool:
    top_left = widget.mapTo(area.viewport(), QPoint(0, 0))
    return area.viewport().rect().intersects(QRect(top_left, widget.size()))


def test_alt_letter_scrolls_the_field_into_view(qtbot, controller):
    session = controller.session
    dialog = EntryDialog(session, pupil(session, "Zoë van der Berg"), controller.window)
    qtbot.addWidget(dialog)
    dialog.resize(760, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.findChild(QScrollArea)
    field = dialog.steps  # Stappen bij niet nakomen (Alt+J), far down the form
    assert not _in_view(area, field), "the field must start below the visible part"
    field.setFocus(Qt.FocusReason.ShortcutFocusReason)  # what a label's Alt+letter does
    qtbot.waitUntil(lambda: _in_view(area, field), timeout=1000)


def test_the_message_of_a_refused_correction_is_in_view(qtbot, controller):
    """'Geef een reden voor deze correctie.' was cut off at the bottom of the form: the
    general message below the form appeared after the scroll and took its height."""
    from PySide6.QtWidgets import QDialogButtonBox

    session = controller.session
    zoe = pupil(session, "Zoë van der Berg")
    entry_id = session.logbook.chronology(zoe.id)[0].entry_id
    current = session.logbook.history(entry_id).current.content
    dialog = EntryDialog(session, zoe, controller.window, entry_id=entry_id, current=current)
    qtbot.addWidget(dialog)
    dialog.resize(760, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    label = dialog.field_errors.labels["reason"]
    assert "Geef een reden" in label.text()
    area = dialog.findChild(QScrollArea)
    qtbot.wait(50)
    top_left = label.mapTo(area.viewport(), QPoint(0, 0))
    assert area.viewport().rect().contains(QRect(top_left, label.size()))
