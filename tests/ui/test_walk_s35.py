"""Findings of the keyboard walk in a real window at 1366x768 (100 % and 125 %, 12 pt)
in s35 (walker walk2)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from zorgdesk.ui.conversations.dialog import ConversationDialog


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_refused_zorggesprek_puts_the_cursor_at_the_missing_place(qtbot, session):
    """walk2-17: saved from page 3 (Afspraken) without a Plaats, the dialog showed page 1
    with 'Vul de plaats (locatie) van het gesprek in.' and left the cursor in Onderwerp,
    a field that was fine; the IB typed on into the wrong field."""
    pupil = session.basedata.pupils("Emre")[0]
    dialog = _shown(qtbot, ConversationDialog(session, pupil))
    dialog.on.setText("10-12-2026")
    dialog.subject.setText("Zorgen om kleding en gymspullen")
    dialog.tabs.setCurrentIndex(2)
    dialog.smart.add()
    dialog.smart.rows[0].what.setFocus()
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == 0
    assert dialog.errors["place"].text()
    assert QApplication.focusWidget() is dialog.place
    dialog.reject()


def test_meldcode_form_shows_records_added_on_another_tab(controller):
    """walk2-36, walk2-49: with the Signalen form of step 1 open, the IB went to the
    Logboek tab, recorded an observation and came back: 'Logboekregels' still said 'Nog
    niets vastgelegd voor deze leerling.' (the same for a zorggesprek planned on the
    Zorggesprekken tab and 'Gesprek koppelen': '— nog geen zorggesprek —')."""
    from datetime import timedelta

    from tests.conftest import TODAY
    from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
    from zorgdesk.domain.meldcode import EventKind

    window, session = controller.window, controller.session
    window.show()
    pupil = next(p for p in session.basedata.pupils() if p.display_name == "Noor Bouzid")
    assert window.select_pupil(pupil.id)
    window.show_tab(3)
    tab = window.tab_pages[3]
    tab.start_trajectory()
    tab.choose(EventKind.SIGNALEN_VASTGELEGD)
    picker = tab.forms[EventKind.SIGNALEN_VASTGELEGD].widgets["logboek_ids"]
    before = [picker.item(i).text() for i in range(picker.count())]
    window.show_tab(0)
    session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(pupil.id),), entry_date=TODAY - timedelta(days=1), entry_time="10:00",
        location="Speelplein", signalled_by=SignalledBy(name="Overblijfmoeder"),
        situation="Noor had een schaafwond op haar knie."))
    window.show_tab(3)
    after = [picker.item(i).text() for i in range(picker.count())]
    assert any("schaafwond op haar knie" in line for line in after), (before, after)
    assert tab.current_kind is EventKind.SIGNALEN_VASTGELEGD  # the form stays open


def test_leerlingen_beheren_has_no_empty_band_at_12pt(qtbot, session):
    """walk2-65 (and s34 c01): at 12 pt on a laptop an empty band of ~45 px lay between
    the tabs and 'Sluiten (Esc)': the status bar, empty until something is saved. It
    now shares the row of the close button; a save's message still shows there."""
    from tests.ui.screen_fit import place_in_work_area
    from tests.ui.test_screen_fit_large_font import larger_font
    from zorgdesk.ui.pupils.manage_dialog import ManageDialog
    from zorgdesk.ui.widgets import tell

    with larger_font():
        dialog = ManageDialog(session)
        qtbot.addWidget(dialog)
        place_in_work_area(dialog)
        dialog.show()
        QApplication.processEvents()
        tabs_bottom = dialog.tabs.geometry().bottom()
        close_top = dialog.close_button.mapTo(dialog, dialog.close_button.rect().topLeft()).y()
        gap = close_top - tabs_bottom
        spacing = dialog.layout().spacing()
        tell(dialog.pupils, "Bram de Jong is opgeslagen.")
        message = dialog.statusBar().currentMessage()
        shown = dialog.statusBar().isVisible()
        dialog.close()
    assert gap <= spacing + 8, (gap, spacing)
    assert message == "Bram de Jong is opgeslagen." and shown


def test_a_planned_zorggesprek_says_gepland_not_concept(qtbot, demo_path):
    """walk2-18/20: Emre's list showed a talk planned for next week and one held today
    both as 'Concept'; a newcomer could not see which had taken place. A concept dated
    after today is 'Gepland' (the date is what says a talk was held, DOMAIN/walk s34)."""
    from datetime import timedelta

    from tests.conftest import TODAY
    from zorgdesk.domain.conversations.draft import ConversationDraft
    from zorgdesk.services.clock import FixedClock
    from zorgdesk.services.demo.school import DEMO_PASSPHRASE
    from zorgdesk.services.session import Session
    from zorgdesk.ui.conversations.tab import ConversationsTab

    session = Session.open(demo_path, DEMO_PASSPHRASE, clock=FixedClock(TODAY))
    try:
        pupil = session.basedata.pupils("Minh")[0]
        draft = {"place": "Kamer IB", "staff": (("Pieter Bakker", ""),),
                 "guardians": (("Thi Lan Nguyen", "moeder"),)}
        planned = session.conversations.plan(pupil.id, ConversationDraft(
            on=TODAY + timedelta(days=5), subject="Gepland gesprek", **draft))
        held = session.conversations.plan(pupil.id, ConversationDraft(
            on=TODAY, subject="Gehouden gesprek", **draft))
        tab = ConversationsTab()
        qtbot.addWidget(tab)
        tab.set_context(session, pupil)
        status = {tab.table.item(r, 2).text(): tab.table.item(r, 3).text()
                  for r in range(tab.table.rowCount())}
        assert status["Gepland gesprek"] == "Gepland"
        assert status["Gehouden gesprek"] == "Concept"
        for row in range(tab.table.rowCount()):
            if tab.table.item(row, 2).text() == "Gepland gesprek":
                tab.table.selectRow(row)
        assert tab.selected_id() == planned != held
        assert tab.status.text().startswith("Gepland: ")
        tab.set_context(None, None)
    finally:
        session.close()


def test_vandaag_opens_a_record_with_the_cursor_in_its_list(controller, qtbot):
    """walk2-76: Enter in Vandaag showed Daniëlle's conversation selected on the
    Zorggesprekken tab, but the cursor was on the tab page itself (no visible focus,
    arrows did nothing): open_record focused the page after show_record had put the
    cursor on the row."""
    from zorgdesk.services.today.deadlines import Record
    from zorgdesk.ui.today.opener import open_record

    window, session = controller.window, controller.session
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    pupil = session.basedata.pupils("Daniëlle")[0]
    conversation = session.conversations.for_pupil(pupil.id)[0]
    assert open_record(window, pupil.id, Record.CONVERSATION.value, conversation.id)
    tab = window.tabs.currentWidget()
    assert tab.selected_id() == conversation.id
    assert QApplication.focusWidget() is tab.table
    # A record kind whose tab has no show_record: the cursor in the tab's main list.
    assert open_record(window, pupil.id, Record.LOGBOOK.value, -1)
    focus = QApplication.focusWidget()
    assert focus is not window.tabs.currentWidget() and window.tabs.currentWidget(
        ).isAncestorOf(focus), focus
