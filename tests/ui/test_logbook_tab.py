"""Logboek tab with real widgets on a real demo vault (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from tests.conftest import TODAY
from tests.ui.keyboard import type_text
from zorgdesk.domain.logbook.objectivity import HintKind
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.ui.logbook.dialogs import CorrectionRequestDialog, HistoryDialog, ZienswijzeDialog
from zorgdesk.ui.logbook.entry_form import EntryDialog
from zorgdesk.ui.logbook.tab import LogbookTab
from zorgdesk.ui.tabs import build_tabs


@pytest.fixture
def session(demo_vault):
    s = Session(demo_vault, FixedClock(TODAY))
    return s


def pupil(session, name):
    return next(p for p in session.basedata.pupils() if p.display_name == name)



def save(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_build_tabs_has_the_logbook(qtbot):
    tabs = build_tabs()
    for t in tabs:
        qtbot.addWidget(t)
    assert isinstance(tabs[0], LogbookTab)


def test_chronology_shows_demo_entries_and_correction_mark(tab):
    texts = [tab.list.row_text(i) for i in range(tab.list.count())]
    assert len(texts) == 4
    assert any("gecorrigeerd, versie 2" in t for t in texts)


def test_no_school_wide_deadline_banner_with_another_pupils_name(qtbot, session):
    # Zoë has an open correction request; it belongs in Vandaag, not on Noor's logboek.
    widget = LogbookTab()
    qtbot.addWidget(widget)
    widget.set_context(session, pupil(session, "Noor Bouzid"))
    shown = [label.text() for label in widget.findChildren(QLabel)]
    assert not any("Zoë" in text or "Verzoek om correctie voor" in text for text in shown)


def test_filters_and_search(tab):
    tab.search.setText("blauwe plek")
    assert tab.list.count() == 1 and "blauwe plek" in tab.detail.toPlainText()
    tab.search.setText('"blauwe* (')
    assert tab.list.count() == 1  # user syntax is plain words, no crash
    tab.search.setText('"blauwe OR (')
    assert tab.list.count() == 0 and "Geen notities" in tab.count.text()  # OR is a word too
    tab.search.clear()
    tab.domain.setCurrentIndex(tab.domain.findData("verzorging"))
    assert tab.list.count() == 1
    tab.domain.setCurrentIndex(0)
    tab.date_from.setText("31-02-2026")
    tab.date_from.editingFinished.emit()
    assert "bestaat niet" in tab.filter_error.text()
    tab.date_from.setText("01-11-2026")
    tab.date_from.editingFinished.emit()
    assert tab.filter_error.isHidden() and tab.list.count() == 1
    tab.order.setCurrentIndex(1)
    assert tab.list.count() == 1


def test_interpretation_is_labelled_in_detail(tab):
    tab.search.setText("trap")
    assert "Interpretatie / vermoeden (geen feit)" in tab.detail.toPlainText()


def test_add_observation_via_form(qtbot, tab, session):
    dialog = EntryDialog(session, tab.pupil, tab)
    qtbot.addWidget(dialog)
    dialog.entry_time.setText("11:20")
    dialog.location.setText("Gymzaal")
    dialog.signalled_by.setCurrentIndex(dialog.signalled_by.findText("Rachid El Idrissi"))
    dialog.domain.setCurrentIndex(dialog.domain.findData("lichamelijk"))
    dialog.situation.setText("Zoë liep mank; ze zei dat haar enkel 2 dagen pijn doet. 🦶")
    dialog.interpretation.setText("Mogelijk van de fiets gevallen (verhaal van Zoë).")
    dialog.involved.setText("J.D.")
    save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.saved_id
    item = session.logbook.item(dialog.saved_id)
    assert item.current.content.situation.endswith("🦶")
    assert item.signalled_by == "Rachid El Idrissi"
    tab.set_context(session, tab.pupil)
    assert tab.list.count() == 5


def test_bad_input_shows_dutch_messages_and_keeps_text(qtbot, tab, session):
    dialog = EntryDialog(session, tab.pupil, tab)
    qtbot.addWidget(dialog)
    dialog.signalled_by.setCurrentIndex(0)  # not the IB (preselected): nobody
    long_text = "x" * 300
    dialog.entry_date.setText("31-02-2026")
    dialog.location.setText(long_text)
    dialog.interpretation.setText("Ik vermoed iets 😟")
    save(dialog)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "bestaat niet" in dialog.field_errors.labels["entry_date"].text()
    assert "Beschrijf de situatie" in dialog.field_errors.labels["situation"].text()
    assert "Vul in wie het gesignaleerd heeft." in dialog.field_errors.labels["signalled_by"].text()
    assert "te lang" in dialog.field_errors.labels["location"].text()
    assert "niets verloren" in dialog.general_error.text()
    assert dialog.entry_date.text() == "31-02-2026"
    assert dialog.location.text() == long_text
    assert dialog.interpretation.text() == "Ik vermoed iets 😟"
    dialog.involved.setText("Jan de Vries")
    save(dialog)
    assert "initialen" in dialog.field_errors.labels["involved"].text()


def test_an_error_goes_as_soon_as_its_field_is_edited(qtbot, tab, session):
    """The bug 'red errors stay after they are fixed': editing a field clears its error."""
    dialog = EntryDialog(session, tab.pupil, tab)
    qtbot.addWidget(dialog)
    dialog.signalled_by.setCurrentIndex(0)  # not the IB (preselected): nobody
    dialog.entry_date.setText("31-02-2026")
    save(dialog)
    labels = dialog.field_errors.labels
    wrong = [field for field, label in labels.items() if label.text()]
    assert {"entry_date", "situation", "signalled_by"} <= set(wrong)
    qtbot.keyClicks(dialog.entry_date, "1")
    assert labels["entry_date"].text() == "" and labels["entry_date"].isHidden()
    assert labels["situation"].text(), "other fields keep their message"
    assert dialog.general_error.text()
    qtbot.keyClicks(dialog.situation.edit if hasattr(dialog.situation, "edit")
                    else dialog.situation, "Zij huilt in de kring.")
    assert labels["situation"].text() == ""
    dialog.signalled_by.setCurrentIndex(dialog.signalled_by.count() - 1)
    assert labels["signalled_by"].text() == ""
    assert not any(label.text() for label in labels.values())
    assert dialog.general_error.text() == "", "the summary goes with the last message"
    assert dialog.entry_date.text() == "31-02-20261", "what was typed stays"


def test_hints_for_vague_and_judgement_words_and_other_names(qtbot, tab, session):
    dialog = EntryDialog(session, tab.pupil, tab)
    qtbot.addWidget(dialog)
    dialog.situation.setText("Zoë is vaak agressief naar Emre Çelik.")
    kinds = {h.word: h.kind for h in dialog.situation.hints()}
    assert kinds["vaak"] is HintKind.VAGUE_FREQUENCY
    assert kinds["agressief"] is HintKind.INTERPRETATION
    assert kinds["Emre Çelik"] is HintKind.PUPIL_NAME
    assert dialog.situation.advice.isVisibleTo(dialog)
    assert "Tip bij" in dialog.situation.advice.text()
    dialog.situation.setText("Zoë gooide 3 keer een bal tegen de muur.")
    assert dialog.situation.hints() == [] and not dialog.situation.advice.isVisibleTo(dialog)
    # a suspicion belongs in the interpretation field: no nagging there
    dialog.interpretation.setText("Ik vermoed dat ze agressief reageert.")
    assert dialog.interpretation.hints() == []


def test_multi_pupil_entry_from_the_form(qtbot, tab, session):
    dialog = EntryDialog(session, tab.pupil, tab)
    qtbot.addWidget(dialog)
    other = pupil(session, "Sem Visser")
    assert dialog.also_pupils.set_checked(other.id)
    dialog.signalled_by.setEditText("Overblijfmoeder")
    dialog.situation.setText("Z. en S. trokken 1 keer aan elkaars jas.")
    save(dialog)
    assert dialog.saved_id in [i.entry_id for i in session.logbook.chronology(other.id)]
    tab.set_context(session, other)
    assert "ook: Z.v.d.B." in tab.list.row_text(0)


def test_correction_dialog_requires_reason_and_keeps_history(qtbot, tab, session):
    tab.search.setText("huilde")
    entry_id = tab.current_entry_id()
    current = session.logbook.history(entry_id).current.content
    dialog = EntryDialog(session, tab.pupil, tab, entry_id=entry_id, current=current)
    qtbot.addWidget(dialog)
    dialog.situation.setText("Zoë huilde 15 minuten na de pauze.")
    save(dialog)
    assert "Geef een reden" in dialog.field_errors.labels["reason"].text()
    assert dialog.situation.text() == "Zoë huilde 15 minuten na de pauze."
    dialog.reason.setText("Duur aangevuld na navraag bij leerkracht")
    save(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    history = HistoryDialog(session, entry_id, tab)
    qtbot.addWidget(history)
    shown = history.browser.toPlainText()
    assert "Versie 2" in shown and "Versie 1" in shown
    assert "10 minuten" in shown and "15 minuten" in shown
    assert "Duur aangevuld" in shown


def test_zienswijze_and_request_dialogs_keep_input_on_error(qtbot, tab, session):
    z = ZienswijzeDialog(session, tab.pupil.id, [], tab)
    qtbot.addWidget(z)
    z.received.setText("31-02-2026")
    z.given_by.setText("Moeder")
    z.text.setPlainText("Wij zien het anders.")
    save(z)
    assert "bestaat niet" in z.errors["received"].text()
    assert z.text.toPlainText() == "Wij zien het anders."
    z.received.setText("20-11-2026")
    save(z)
    assert z.result() == z.DialogCode.Accepted
    r = CorrectionRequestDialog(session, tab.pupil.id, [], tab)
    qtbot.addWidget(r)
    r.requested_by.setText("Vader")
    save(r)
    assert "Beschrijf wat de ouders" in r.errors["request"].text()


def test_dossier_pdf_opens_in_preview(qtbot, tab):
    dialog = tab.actions.print_dossier()
    qtbot.addWidget(dialog)
    assert dialog.page_count() >= 2


def test_no_context_clears_every_trace(tab):
    tab.search.setText("jas")
    tab.set_context(None, None)
    texts = [tab.detail.toPlainText(), tab.search.text(),
             tab.heading.text(), tab.count.text()]
    assert tab.list.count() == 0 and tab.signaller.count() == 0
    assert not any("Zoë" in t or "Ingrid" in t or "jas" in t for t in texts)


def test_draft_survives_lock_and_restart(qtbot, demo_path):
    from zorgdesk.services.demo.school import DEMO_PASSPHRASE

    first = Session.open(demo_path, DEMO_PASSPHRASE, clock=FixedClock(TODAY))
    tab = LogbookTab()
    qtbot.addWidget(tab)
    zoe = pupil(first, "Zoë van der Berg")
    tab.set_context(first, zoe)
    dialog = EntryDialog(first, zoe, tab)
    qtbot.addWidget(dialog)
    type_text(dialog.situation.edit, "Half getypt: Zoë had natte sokken 🧦")
    dialog.entry_date.setText("31-02-2026")  # even an invalid date is kept
    dialog.counter_signal.setChecked(True)
    tab.actions.entry_dialog = dialog  # as while exec() runs
    tab.set_context(None, None)  # what locking does, before the vault closes
    first.close()

    second = Session.open(demo_path, DEMO_PASSPHRASE, clock=FixedClock(TODAY))  # a restart
    try:
        again = EntryDialog(second, zoe, None)
        qtbot.addWidget(again)
        assert again.situation.text() == "Half getypt: Zoë had natte sokken 🧦"
        assert again.entry_date.text() == "31-02-2026" and again.counter_signal.isChecked()
        assert "teruggezet" in again.drafts.note.text()
        again.entry_date.setText("20-11-2026")
        again.signalled_by.setCurrentIndex(1)
        save(again)
        assert again.result() == again.DialogCode.Accepted
        assert second.drafts.load("logboek", f"nieuw:{zoe.id}") is None
        assert second.verify() == []
    finally:
        second.close()


def test_draft_autosaves_after_a_pause(qtbot, tab, session, monkeypatch):
    dialog = EntryDialog(session, tab.pupil, tab)
    qtbot.addWidget(dialog)
    dialog.drafts.timer.setInterval(10)
    dialog.location.setText("Fietsenstalling")
    qtbot.waitUntil(lambda: session.drafts.load("logboek", f"nieuw:{tab.pupil.id}")
                    is not None, timeout=2000)
    stored = session.drafts.load("logboek", f"nieuw:{tab.pupil.id}")
    assert stored.fields["location"] == "Fietsenstalling"
    dialog.drafts.discard()
    assert session.drafts.load("logboek", f"nieuw:{tab.pupil.id}") is None


def test_ctrl_n_from_the_pupil_list_opens_the_form(qtbot, demo_path, monkeypatch):
    from zorgdesk.services.demo.school import DEMO_PASSPHRASE
    from zorgdesk.ui.app import AppController

    opened = []
    # exec() would start a modal loop; record the dialog instead of blocking the test.
    # Read while "exec()" runs: run_modal deletes the Qt side of the dialog afterwards.
    monkeypatch.setattr(EntryDialog, "exec", lambda self: opened.append(
        (self.windowTitle(), self.situation.edit.accessibleName())) or 0)
    controller = AppController(demo_path)
    qtbot.addWidget(controller.window)
    controller.show_today_on_unlock = False  # Vandaag would take the keys once it opens
    controller._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    try:
        window = controller.window
        window.show()
        window.activateWindow()
        with qtbot.waitActive(window):
            window.raise_()
        window.select_pupil(pupil(controller.session, "Emre Çelik").id)
        window.tabs.setCurrentIndex(0)
        window.pupil_list.setFocus()
        qtbot.keyClick(window.pupil_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert len(opened) == 1
        assert opened == [("Nieuwe observatie — Emre Çelik", "Situatie")]
    finally:
        controller.shutdown()


def test_search_across_all_pupils(tab):
    tab.search.setText("scheldwoord")
    assert tab.list.count() == 0  # only in Emre's and Bram's logboek
    tab.all_pupils.setChecked(True)
    assert tab.list.count() == 1
    assert "Emre Çelik" in tab.list.row_text(0) and "Bram de Jong" in tab.list.row_text(0)
    assert tab.count.text() == "1 notitie bij alle leerlingen"
    assert not tab.correct_button.isEnabled() and tab.history_button.isEnabled()
    tab.search.setText("jas")
    assert tab.correct_button.isEnabled()  # Zoë's own entry


def test_a_hit_of_another_pupil_is_headed_with_her_name_not_the_chosen_pupil(tab):
    """Walk s31 (1,500 pupils): 'Zoek in alle leerlingen' on Daan's logboek showed Sem's
    note about bruises under 'Notitie nr. 60001 van Daan Jansen'."""
    tab.search.setText("scheldwoord")
    tab.all_pupils.setChecked(True)
    head = tab.detail.toPlainText().splitlines()[0]
    assert "van Emre Çelik, Bram de Jong" in head or "van Bram de Jong, Emre Çelik" in head
    assert "Zoë" not in head
    tab.search.setText("jas")  # Zoë's own note: her name, as before
    tab.list.setCurrentRow(next(row for row in range(tab.list.count())
                                if "Zoë" in tab.list.row_text(row)))
    assert "van Zoë van der Berg" in tab.detail.toPlainText().splitlines()[0]


def test_answer_request_and_sharing_dialogs(qtbot, tab, session):
    from zorgdesk.ui.logbook.dialogs import AnswerRequestDialog, SharingDialog

    request = next(r for r in session.parents.correction_requests(tab.pupil.id) if r.is_open)
    answer = AnswerRequestDialog(session, request, tab)
    qtbot.addWidget(answer)
    answer.outcome.setCurrentIndex(answer.outcome.findData("afgewezen"))
    save(answer)
    assert "gemotiveerd" in answer.errors["motivation"].text()
    answer.motivation.setPlainText("De notitie beschrijft wat de leerkracht zag.")
    save(answer)
    assert answer.result() == answer.DialogCode.Accepted
    tab.set_context(session, tab.pupil)
    assert not tab.answer_action.isEnabled()

    share = SharingDialog(session, tab.pupil.id, "Inzage dossier logboek", tab)
    qtbot.addWidget(share)
    share.shared_on.setText("31-02-2026")
    save(share)
    assert share.errors["shared_on"].text() and share.what.text() == "Inzage dossier logboek"
    share.shared_on.setText("24-11-2026")
    share.shared_with.setText("Moeder (inzage)")
    save(share)
    assert share.result() == share.DialogCode.Accepted
    assert session.parents.sharing_trail(tab.pupil.id)[-1].shared_with == "Moeder (inzage)"


def test_every_value_of_the_detail_starts_in_one_column(tab, session):
    """Walk s28/s29: the detail was two tables, each as wide as its own labels, so the
    values of Actie/Afspraken began left (or right) of Situatie's. One table now; the
    interpretation is a coloured row across it."""
    from PySide6.QtGui import QTextTable

    from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
    zoe = pupil(session, "Zoë van der Berg")
    entry = session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(zoe.id),), entry_date=TODAY, entry_time="08:40",
        location="klaslokaal", signalled_by=SignalledBy(name="Marieke Hoekstra"),
        situation="Zoë kwam binnen zonder jas.", interpretation="Mogelijk vergeten.",
        action="Jas gegeven uit de gevonden voorwerpen."))
    tab.reload()
    tab.search.setText("gevonden voorwerpen")
    assert tab.current_entry_id() == entry
    document = tab.detail.document()
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 1
    table = tables[0]
    labels = [table.cellAt(row, 0).firstCursorPosition().block().text()
              for row in range(table.rows())]
    assert "Situatie (feiten)" in labels and "Actie" in labels
    text = tab.detail.toPlainText()
    assert text.index("Situatie (feiten)") < text.index("Mogelijk vergeten.") < text.index(
        "Jas gegeven")


def test_a_long_line_ends_in_an_ellipsis_not_behind_a_scroll_bar(qtbot, tab):
    """Walk s29: at 1366x768 the list cut each note mid-word ('Twee keer schr') and
    scrolled sideways; the lines are now as wide as the list and end in '…'."""
    tab.list.resize(300, 300)
    tab.list.show()
    qtbot.waitExposed(tab.list)
    first = tab.list.entries.index(0, 0)
    assert tab.list.visualRect(first).width() <= tab.list.viewport().width()
    assert tab.list.horizontalScrollBar().maximum() == 0


def test_a_request_or_view_of_the_parents_says_which_note_it_is_tied_to(qtbot, tab,
                                                                        session):
    """Walk s30 (65.png, 68.png): with the 11-11 note chosen in the list, Correctieverzoek
    tied the request to it without a word; the parents wrote about 29-10, and the answer
    marked the 11-11 note 'genoemd in het verzoek'."""
    from PySide6.QtWidgets import QLabel

    entry_id = tab.current_entry_id()
    assert entry_id is not None
    for dialog_class in (CorrectionRequestDialog, ZienswijzeDialog):
        for chosen, expected in (
                ([entry_id], f"Gaat over: {session.logbook.title(entry_id)}. Dat is de "
                             "notitie die in het logboek gekozen is"),
                ([], "Gaat over: het dossier als geheel")):
            dialog = dialog_class(session, tab.pupil.id, chosen, tab)
            qtbot.addWidget(dialog)
            about = [label.text() for label in dialog.findChildren(QLabel)
                     if label.accessibleName() == "Waar dit over gaat"]
            assert len(about) == 1 and about[0].startswith(expected), about
