"""The Signalenlijst tab with real widgets on a real demo vault (offscreen)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from tests.conftest import TODAY
from zorgdesk.domain.logbook.entry import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.signals.check import MAX_NOTE
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.ui.signals.matrix import CHANGE_ROLE
from zorgdesk.ui.signals.tab import SignalsTab
from zorgdesk.ui.tabs import build_tabs
from zorgdesk.ui.widgets import focus_chain

KM = "km4-12"





@pytest.fixture
def session(demo_vault):
    s = Session(demo_vault, FixedClock(TODAY))
    return s


def _tab(qtbot, session, name):
    tab = SignalsTab()
    qtbot.addWidget(tab)
    pupil = session.basedata.pupils(name)[0]
    tab.set_context(session, pupil)
    return tab, pupil


def _matrix(tab) -> dict[str, list[str]]:
    table = tab.matrix.table
    return {table.item(r, 0).text(): [table.item(r, c).text()
                                      for c in range(1, table.columnCount())]
            for r in range(table.rowCount())}


def test_signals_tab_replaces_the_placeholder(qtbot):
    tabs = build_tabs()
    for tab in tabs:
        qtbot.addWidget(tab)
    assert isinstance(tabs[1], SignalsTab) and tabs[1].title == "Signalenlijst"


def test_tick_two_items_save_and_matrix_shows_them(qtbot, session):
    tab, pupil = _tab(qtbot, session, "Minh")
    fill = tab.fill
    fill.tick(f"{KM}.lichamelijk.10", "vraagt om eten")
    item = fill.item_for(f"{KM}.gezin.02")
    fill.tree.setCurrentItem(item)
    fill.tree.setFocus()
    qtbot.keyClick(fill.tree, Qt.Key.Key_Space)  # keyboard ticking
    assert item.checkState(0) == Qt.CheckState.Checked
    assert fill.count.text() == "Aangevinkt: 2"
    check_id = fill.save()
    assert check_id is not None and "opgeslagen" in fill.status.text()
    assert fill.ticked_ids() == []  # form is clear for the next list
    assert _matrix(tab) == {"kind is hongerig": ["▲ nieuw"], "sociaal isolement": ["▲ nieuw"]}
    assert tab.history.list.count() == 1
    assert "vraagt om eten" in tab.history.detail.toPlainText()
    [check] = session.signals.checks(pupil.id)
    assert check.checked_by == session.user_name and check.checked_on == TODAY


def test_keyboard_tab_goes_from_signal_to_its_note(qtbot, session):
    tab, _ = _tab(qtbot, session, "Minh")
    fill = tab.fill
    # Offscreen windows get no real focus, so walk the focus chain as Tab would.
    widget = next(w for w in focus_chain(fill.tree) if w.focusPolicy() & Qt.FocusPolicy.TabFocus)
    assert widget is fill.note
    qtbot.keyClick(fill.tree, Qt.Key.Key_Down)  # arrows move between signals
    assert fill.tree.currentItem().text(0) == "groeiachterstand"
    qtbot.keyClicks(fill.note, "gezien op 3-11")
    assert fill.ticked_ids() == [f"{KM}.lichamelijk.02"]  # writing a note ticks the signal


def test_matrix_of_demo_pupil_shows_colour_and_words(qtbot, session):
    tab, _ = _tab(qtbot, session, "Zoë")
    rows = _matrix(tab)
    assert rows["kind is hongerig"] == ["▲ nieuw", "● blijvend", "○ verdwenen"]
    assert rows["zegt regelmatig afspraken af"] == ["", "▲ nieuw", "● blijvend (contra)"]
    cell = tab.matrix.table.item(1, 3)
    assert cell.data(CHANGE_ROLE) == "verdwenen"
    persisting = tab.matrix.table.item(0, 3)
    assert cell.background().color().name() != persisting.background().color().name()


def test_eerdere_lijsten_prints_a_contra_signal_as_one(qtbot, session):
    """Walk finding (70.png): 'zegt regelmatig afspraken af: vader is op het gesprek
    gekomen' read as if the signal were present."""
    tab, _ = _tab(qtbot, session, "Zoë")
    tab.history.list.setCurrentRow(0)  # the newest list, with the contra-signal
    text = tab.history.detail.toPlainText()
    assert "Contra-signaal bij 'zegt regelmatig afspraken af': " in text
    assert "- zegt regelmatig afspraken af" not in text


def test_future_date_and_long_note_keep_the_input(qtbot, session):
    tab, pupil = _tab(qtbot, session, "Minh")
    fill = tab.fill
    long_note = "ë" * (MAX_NOTE + 5)
    fill.tick(f"{KM}.gezin.02", long_note)
    fill.checked_on.setText("26-11-2026")
    assert fill.save() is None
    assert "toekomst" in fill.date_error.text() and not fill.date_error.isHidden()
    assert "te lang" in fill.note_error.text()
    assert fill.note.text() == long_note  # nothing typed is lost
    assert fill.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == f"{KM}.gezin.02"
    fill.checked_on.setText("31-02-2026")
    fill.note.setText("kort 🙂")
    fill._store_detail()
    assert fill.save() is None
    assert "geen geldige datum" in fill.date_error.text()
    fill.checked_on.setText("24-11-2026")
    assert fill.save() is not None
    assert session.signals.checks(pupil.id)[0].ticks[0].note == "kort 🙂"


def test_no_items_ticked_asks_for_confirmation(qtbot, session, monkeypatch):
    tab, pupil = _tab(qtbot, session, "Minh")
    answers, offered = [], []

    def click(box):  # the real question box, answered by the text of its button
        offered.append([button.text() for button in box.buttons()])
        wanted = answers.pop(0)
        next(b for b in box.buttons() if b.text() == wanted).click()

    monkeypatch.setattr(QMessageBox, "exec", click)
    answers.append("&Terug naar de lijst")
    assert tab.fill.save() is None
    assert offered[0] == ["&Lege lijst opslaan", "&Terug naar de lijst"]
    assert "Niets opgeslagen" in tab.fill.items_error.text()
    assert session.signals.checks(pupil.id) == []
    answers.append("&Lege lijst opslaan")
    assert tab.fill.save() is not None
    assert session.signals.checks(pupil.id)[0].ticks == ()


def _notes(session, pupil, *situations) -> list[int]:
    """Real logboek notes of the pupil (days ago 1, 2, ...), oldest last."""
    return [session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(pupil.id),), entry_date=TODAY - timedelta(days=n), location="Klas",
        signalled_by=SignalledBy(name="Ineke de Vries"), situation=text))
        for n, text in enumerate(situations, start=1)]


def test_bad_logbook_numbers_and_empty_author(qtbot, session):
    tab, pupil = _tab(qtbot, session, "Minh")
    hungry, tall = _notes(session, pupil, "Minh vroeg om 10 uur om eten.", "Minh is 1,18 m.")
    made_up = max(hungry, tall) + 300
    fill = tab.fill
    fill.tick(f"{KM}.gezin.02")
    fill.logbook.setText("12, twaalf")
    fill._store_detail()
    fill.checked_by.setText("   ")
    assert fill.save() is None
    assert "Logboeknummers" in fill.logbook_error.text()
    fill.logbook.setText(f"{hungry} {made_up}")
    fill._logbook_edited(fill.logbook.text())
    # Under the field: what each number refers to, and which one is no note of Minh.
    refs = fill.logbook_refs.text()
    assert f"nr. {hungry}: Logboek" in refs and "vroeg om 10 uur om eten" in refs
    assert f"nr. {made_up}: geen logboeknotitie van deze leerling" in refs
    assert fill.save() is None
    assert "Vul in wie de lijst invulde." in fill.by_error.text()
    fill.checked_by.setText("Daniëlle")
    assert fill.save() is None  # the made-up number is refused, named, and kept
    assert f"Logboeknummer {made_up} is geen logboeknotitie" in fill.logbook_error.text()
    assert fill.logbook.text() == f"{hungry} {made_up}"
    assert fill.window().focusWidget() is fill.logbook
    assert session.signals.checks(pupil.id) == []
    fill.logbook.setText(f"{hungry} {tall}")
    fill._logbook_edited(fill.logbook.text())
    assert fill.logbook_error.isHidden()
    assert fill.save() is not None
    assert session.signals.checks(pupil.id)[0].ticks[0].logbook_entry_ids == tuple(
        sorted((hungry, tall)))


def test_logboek_notes_are_picked_by_date_and_first_words(qtbot, session, monkeypatch):
    from zorgdesk.ui.signals import fill as fill_module
    from zorgdesk.ui.signals.logbook_links import LogbookLinksDialog

    tab, pupil = _tab(qtbot, session, "Minh")
    hungry, tall = _notes(session, pupil, "Minh vroeg om 10 uur om eten.", "Minh is 1,18 m.")
    fill = tab.fill
    fill.tree.setCurrentItem(fill.item_for(f"{KM}.lichamelijk.10"))
    fill.logbook.setText("99999")  # typed before: shown in the dialog, not lost unseen
    fill._logbook_edited(fill.logbook.text())
    seen = {}

    def pick(dialog):
        assert isinstance(dialog, LogbookLinksDialog)
        qtbot.addWidget(dialog)
        rows = [dialog.picker.item(i).text() for i in range(dialog.picker.count())]
        seen["rows"] = rows
        seen["checked"] = dialog.picker.checked_ids()
        assert "Minh" in dialog.findChild(QLabel).text()
        dialog.picker.set_checked(99999, False)
        dialog.picker.set_checked(tall)
        dialog.accept()
        return True

    monkeypatch.setattr(fill_module, "run_modal", pick)
    assert fill.choose_logbook() == [tall]
    day = TODAY - timedelta(days=2)
    assert seen["rows"][1] == f"nr. {tall}: Logboek {day:%d-%m-%Y} (I. de Vries): Minh is 1,18 m."
    assert seen["rows"][0].startswith(f"nr. {hungry}: ")  # newest first
    assert "nr. 99999: geen logboeknotitie van deze leerling" in seen["rows"]
    assert seen["checked"] == [99999]
    assert fill.logbook.text() == str(tall)
    assert fill.item_for(f"{KM}.lichamelijk.10").checkState(0) == Qt.CheckState.Checked
    assert "Minh is 1,18 m." in fill.logbook_refs.text()
    monkeypatch.setattr(fill_module, "run_modal", lambda dialog: False)  # Annuleren
    assert fill.choose_logbook() is None and fill.logbook.text() == str(tall)
    assert fill.save() is not None
    assert session.signals.checks(pupil.id)[0].ticks[0].logbook_entry_ids == (tall,)


def test_unsaved_ticks_survive_switching_pupil(qtbot, session):
    tab, minh = _tab(qtbot, session, "Minh")
    tab.fill.tick(f"{KM}.gezin.02", "nog niet opgeslagen")
    tab.set_context(session, session.basedata.pupils("Sem")[0])
    assert tab.fill.ticked_ids() == []
    tab.set_context(session, minh)
    assert tab.fill.ticked_ids() == [f"{KM}.gezin.02"]
    assert tab.fill.draft().items[f"{KM}.gezin.02"].note == "nog niet opgeslagen"


def test_correction_makes_a_new_check_that_replaces_the_old(qtbot, session):
    tab, pupil = _tab(qtbot, session, "Minh")
    tab.fill.tick(f"{KM}.gezin.02")
    old = tab.fill.save()
    tab.history.list.setCurrentRow(0)
    tab.correct_check()
    day = TODAY
    assert f"U corrigeert signalenlijst 1 van {day:%d-%m-%Y}." in tab.fill.correction_banner.text()
    tab.fill.tick(f"{KM}.gezin.03")
    new = tab.fill.save()
    assert session.signals.check(new).corrects_check_id == old
    assert list(_matrix(tab)) == ["sociaal isolement", "alleenstaande ouder"]
    assert "gecorrigeerd" in tab.history.list.item(1).text()


def test_broken_school_catalogue_is_shown_and_others_still_work(qtbot, session, isolated_home):
    folder = isolated_home / "data" / "catalogi"
    folder.mkdir(parents=True)
    (folder / "eigen.json").write_text('{\n "id": "eigen",\n "version": 1,\n "title": \n}\n',
                                       encoding="utf-8")
    tab, _ = _tab(qtbot, session, "Minh")
    assert not tab.problems.isHidden()
    assert "eigen.json, regel 5" in tab.problems.text()
    assert "Fout in signalenlijst" in tab.problems.text()
    assert tab.catalogue_box.count() == 2 and tab.catalogue().id == KM


def test_print_check_opens_preview(qtbot, session):
    tab, _ = _tab(qtbot, session, "Zoë")
    tab.pages.setCurrentWidget(tab.history)
    tab.print_check()
    assert tab.preview.document.pageCount() >= 1
    tab.preview.close()


def test_flag_dialog_override_needs_reason_and_keeps_input(qtbot, session):
    tab, pupil = _tab(qtbot, session, "Minh")
    dialog = tab.new_flag_assessment()
    dialog.behaviour.setPlainText("Kust een klasgenoot op de wang; die lacht.")
    for box in dialog.scores.values():
        box.setCurrentIndex(1)  # voldaan
    assert "GROEN" in dialog.suggestion.text()
    assert "niet of positief (bevestigend) gereageerd" in dialog.suggestion.text()
    dialog.confirmed.setCurrentIndex(1)
    dialog._flag_chosen(1)
    dialog.save()
    assert dialog.isVisible() and dialog.result() == 0
    assert "schrijf op waarom" in dialog.errors["override_reason"].text()
    assert dialog.behaviour.toPlainText().startswith("Kust")
    dialog.override_reason.setPlainText("Klasgenoot gaf aan het niet fijn te vinden.")
    dialog.save()
    assert dialog.saved_id is not None
    [a] = session.signals.flag_assessments(pupil.id)
    assert (a.suggested_flag, a.confirmed_flag) == ("groen", "geel")
    assert tab.flags.list.count() == 1 and "GEEL" in tab.flags.list.item(0).text()


def test_flag_dialog_incomplete_scores_are_refused(qtbot, session):
    tab, pupil = _tab(qtbot, session, "Minh")
    dialog = tab.new_flag_assessment()
    dialog.scores["vrijwilligheid"].setCurrentIndex(3)
    assert "Beoordeel eerst alle zes criteria" in dialog.suggestion.text()
    dialog.save()
    assert "Beoordeel eerst" in dialog.errors["scores"].text()
    assert "Vul een feitelijke beschrijving" in dialog.errors["behaviour"].text()
    assert session.signals.flag_assessments(pupil.id) == []
    dialog.close()


def test_every_control_has_an_accessible_name(qtbot, session):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    tab, _ = _tab(qtbot, session, "Zoë")
    dialog = tab.new_flag_assessment()
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit)
    for root in (tab, dialog):
        for widget in root.findChildren(QWidget):
            if isinstance(widget, kinds) and widget.parent().metaObject().className() not in (
                    "QComboBox", "QTabBar", "QScrollBar", "QDialogButtonBox", "QHeaderView"):
                if widget.objectName().startswith("qt_"):
                    continue  # Qt's own helper widgets (table corner button)
                if isinstance(widget, QAbstractButton) and widget.text():
                    continue  # a button's own text is its accessible name
                if widget.metaObject().className() in ("QComboBoxListView", "QToolButton",
                                                       "QHeaderView"):
                    continue  # Qt internals (popup list, tab scroll arrows)
                assert widget.accessibleName(), widget
    dialog.close()


def test_unsaved_input_survives_deselecting_but_not_locking(qtbot, demo_path):
    from zorgdesk.services.demo.school import DEMO_PASSPHRASE
    from zorgdesk.ui.app import AppController

    ctl = AppController(demo_path)
    qtbot.addWidget(ctl.window)
    ctl._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    window = ctl.window
    tab = window.tab_pages[1]
    window.tabs.setCurrentIndex(1)
    window.search.setText("minh")
    window.pupil_list.setCurrentRow(0)
    tab.fill.tick(f"{KM}.gezin.02", "niet opgeslagen notitie")
    window.search.setText("geen-leerling-zo")  # no pupil selected any more
    window.search.setText("minh")
    window.pupil_list.setCurrentRow(0)
    assert tab.fill.draft().items[f"{KM}.gezin.02"].note == "niet opgeslagen notitie"
    ctl.lock()
    assert tab.fill._drafts == {} and tab.fill.note.text() == ""
    assert tab.fill.checked_by.text() == ""
    ctl.shutdown()


def test_mnemonics_are_unique_in_the_window_and_the_flag_dialog(qtbot, demo_path):
    from tests.ui.test_mnemonics import _assert_unique
    from zorgdesk.services.demo.school import DEMO_PASSPHRASE
    from zorgdesk.ui.app import AppController

    ctl = AppController(demo_path)
    qtbot.addWidget(ctl.window)
    ctl._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    window = ctl.window
    window.search.setText("zoe")
    window.pupil_list.setCurrentRow(0)
    window.tabs.setCurrentIndex(1)
    tab = window.tab_pages[1]
    for page in range(tab.pages.count()):
        tab.pages.setCurrentIndex(page)
        _assert_unique(window)
    dialog = tab.new_flag_assessment()
    _assert_unique(dialog)
    dialog.close()
    ctl.shutdown()


def test_long_signal_texts_wrap_instead_of_being_cut(qtbot, session):
    """Walk finding: at 1366x768 and 125 % the tree cut the signals ("blauwe plekken,…").
    A long signal now takes more lines at a narrow width; its whole text is also its
    tooltip and accessible text."""
    tab, _ = _tab(qtbot, session, "Zoë")
    tab.resize(900, 600)
    tab.show()
    qtbot.waitExposed(tab)
    tree = tab.fill.tree
    long_item = tab.fill.item_for(f"{KM}.lichamelijk.01")
    short_item = tab.fill.item_for(f"{KM}.lichamelijk.03")
    text = long_item.text(0)
    assert len(text) > 50 and tree.fontMetrics().horizontalAdvance(text) > tree.columnWidth(0)
    tall = tree.visualItemRect(long_item).height()
    assert tall >= 2 * tree.visualItemRect(short_item).height() - 4  # two lines or more
    assert long_item.toolTip(0) == text
    assert long_item.data(0, Qt.ItemDataRole.AccessibleTextRole) == text
    tab.resize(1600, 600)  # wide enough for one line: the row shrinks again
    qtbot.wait(50)
    assert tree.visualItemRect(long_item).height() < tall


def test_history_names_lists_by_the_pupils_count_not_the_vault_id(qtbot, session):
    tab, pupil = _tab(qtbot, session, "Minh")
    tab.fill.tick(f"{KM}.gezin.02")
    first = tab.fill.save()
    assert tab.fill.status.text() == f"Signalenlijst 1 van {TODAY:%d-%m-%Y} is opgeslagen."
    tab.fill.tick(f"{KM}.gezin.03")
    second = tab.fill.save()
    lines = [tab.history.list.item(i).text() for i in range(tab.history.list.count())]
    assert lines[0].startswith(f"Signalenlijst 2 van {TODAY:%d-%m-%Y} · ")
    assert lines[1].startswith(f"Signalenlijst 1 van {TODAY:%d-%m-%Y} · ")
    assert "1 signaal" in lines[0] and "1 signalen" not in lines[0]
    assert not any(f"nr. {n}" in line for n in (first, second) for line in lines)
