"""'Betreft ook': the model-backed pupil checklist of the logboek entry form, through the
real dialog on a real demo vault (search, keyboard, saving, drafts, corrections)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from zorgdesk.ui.form_drafts import restore, snapshot
from zorgdesk.ui.logbook.entry_form import EntryDialog
from zorgdesk.ui.pupil_checklist import PupilChecklist


def pupil(session, name):
    return next(p for p in session.basedata.pupils() if p.display_name == name)


@pytest.fixture
def zoe(session):
    return pupil(session, "Zoë van der Berg")


def open_entry(qtbot, session, zoe, **kwargs) -> EntryDialog:
    dialog = EntryDialog(session, zoe, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    return dialog


def test_every_other_pupil_is_listed_and_the_search_narrows_by_name_or_group(
        qtbot, session, zoe):
    dialog = open_entry(qtbot, session, zoe)
    also = dialog.also_pupils
    others = [p for p in session.basedata.pupils(include_inactive=True) if p.id != zoe.id]
    assert also.count() == len(others) and also.count() > 1
    assert not any("Zoë van der Berg" in text for text in also.shown())
    sem = pupil(session, "Sem Visser")
    qtbot.keyClicks(also.search, "sem vis")
    assert also.shown() == [f"Sem Visser ({sem.group_name or 'geen groep'})"]
    also.search.clear()
    if sem.group_name:
        also.search.setText(sem.group_name)
        assert also.shown() and all(sem.group_name in text for text in also.shown())


def test_keyboard_only_search_down_space_ticks_and_saving_links_the_pupil(
        qtbot, session, zoe):
    dialog = open_entry(qtbot, session, zoe)
    also = dialog.also_pupils
    sem = pupil(session, "Sem Visser")
    also.setFocus()  # what Alt+F (the label's buddy) does
    assert also.search.hasFocus()
    qtbot.keyClicks(also.search, "Sem Visser")
    qtbot.keyClick(also.search, Qt.Key.Key_Down)
    assert also.view.hasFocus()
    qtbot.keyClick(also.view, Qt.Key.Key_Space)
    assert also.checked_ids() == [sem.id]
    qtbot.keyClick(also.view, Qt.Key.Key_Up)  # from the first row back to the search
    assert also.search.hasFocus()
    also.search.clear()  # a changed search keeps the tick
    assert also.checked_ids() == [sem.id]
    dialog.situation.setText("Z. en S. trokken 1 keer aan elkaars jas.")
    dialog.signalled_by.setEditText("Overblijfmoeder")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_id in [e.entry_id for e in session.logbook.chronology(sem.id)]
    assert dialog.saved_id in [e.entry_id for e in session.logbook.chronology(zoe.id)]


def test_accessible_names_for_the_list_and_its_search(qtbot, session, zoe):
    dialog = open_entry(qtbot, session, zoe)
    also = dialog.also_pupils
    assert also.view.accessibleName() == "Betreft ook andere leerlingen"
    assert also.search.accessibleName() == "Betreft ook andere leerlingen: zoeken"


def test_ticks_come_back_from_the_draft(qtbot, session, zoe):
    sem, noor = pupil(session, "Sem Visser"), pupil(session, "Noor Bouzid")
    first = open_entry(qtbot, session, zoe)
    first.also_pupils.set_checked(noor.id)
    first.also_pupils.set_checked(sem.id)
    first.situation.setText("Speelden samen in de zandbak.")
    first.reject()  # closing keeps the draft
    stored = session.drafts.load("logboek", f"nieuw:{zoe.id}")
    assert sorted(stored.fields["also"]) == sorted([sem.id, noor.id])
    again = open_entry(qtbot, session, zoe)
    assert sorted(again.also_pupils.checked_ids()) == sorted([sem.id, noor.id])
    again.also_pupils.set_checked(noor.id, False)
    assert again.also_pupils.checked_ids() == [sem.id]
    again.drafts.discard()


def test_a_correction_shows_the_linked_pupils_and_keeps_them(qtbot, session, zoe):
    sem = pupil(session, "Sem Visser")
    dialog = open_entry(qtbot, session, zoe)
    dialog.also_pupils.set_checked(sem.id)
    dialog.situation.setText("Z. en S. renden samen de gang op.")
    dialog.signalled_by.setEditText("Overblijfmoeder")
    dialog.save()
    entry_id = dialog.saved_id
    current = session.logbook.history(entry_id).current.content
    fix = open_entry(qtbot, session, zoe, entry_id=entry_id, current=current)
    assert fix.also_pupils.checked_ids() == [sem.id]
    assert not fix.also_pupils.isEnabled()
    assert fix.draft().pupil_ids == (str(zoe.id), str(sem.id))


def test_generic_form_drafts_keep_the_ticks_not_the_search(qtbot):
    def form():
        dialog = QDialog()
        qtbot.addWidget(dialog)
        checklist = PupilChecklist([(1, "Ada (1a)"), (2, "Bo (1b)"), (3, "Cas (2a)")], "Ook")
        QVBoxLayout(dialog).addWidget(checklist)
        return dialog, checklist

    dialog, checklist = form()
    checklist.search.setText("b")
    checklist.set_checked(3)
    checklist.set_checked(1)
    state = snapshot(dialog)
    assert list(state.values()) == [[1, 3]]
    other, restored = form()
    restore(other, state)
    assert restored.checked_ids() == [1, 3]
    assert restored.search.text() == ""
