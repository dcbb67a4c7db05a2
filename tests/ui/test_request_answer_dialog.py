"""Answering a correction request in the Logboek tab: remove or correct, then the letter."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import TODAY
from zorgdesk.ui import messages
from zorgdesk.ui.logbook import request_changes, tab_actions
from zorgdesk.ui.logbook.dialogs import AnswerRequestDialog


@pytest.fixture
def answers(asked):
    """What was said; the first question is answered yes, any further one no."""
    asked.answers.append(True)
    return asked.questions


def _request(session, tab):
    return next(r for r in session.parents.correction_requests(tab.pupil.id) if r.is_open)


def _grant(dialog):
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("toegewezen"))


def _save(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_granting_a_removal_removes_the_entry_and_opens_the_letter(qtbot, tab, session,
                                                                  answers, monkeypatch):
    request = _request(session, tab)
    entry = int(request.entry_ids[0])
    shown = {}
    dialog = AnswerRequestDialog(session, request, tab)
    qtbot.addWidget(dialog)
    _grant(dialog)
    assert dialog.changes.isEnabled()
    combo = dialog.changes.combos[entry]
    assert combo.accessibleName().startswith("Wat gebeurt er met: Logboek")
    combo.setCurrentIndex(combo.findData(request_changes.REMOVE))
    _save(dialog)  # no ground yet: refused before the IB is asked to confirm
    assert "grondslag" in dialog.errors["grondslag"].text().lower()
    assert session.parents.correction_request(int(request.request_id)).is_open
    assert not answers
    dialog.changes.grondslag.setCurrentIndex(1)
    _save(dialog)
    assert answers and answers[-1][0] == "Definitief verwijderen"
    assert dialog.answered_id == int(request.request_id)
    assert entry not in {i.entry_id for i in session.logbook.chronology(tab.pupil.id)}
    assert session.vault.verify() == []
    monkeypatch.setattr(tab_actions, "open_dialog", lambda d: shown.setdefault("d", d))
    preview = tab.actions.show_answer_letter()
    qtbot.addWidget(preview)
    assert preview.page_count() >= 1
    text = PdfReader(io.BytesIO(preview._data)).pages[0].extract_text()
    assert "verwijderd" in text and "toegewezen" in text


def test_cancelling_the_confirmation_removes_nothing(qtbot, tab, session, monkeypatch):
    monkeypatch.setattr(messages, "_sink", [])
    monkeypatch.setattr(messages, "_answers", [False])
    request = _request(session, tab)
    entry = int(request.entry_ids[0])
    dialog = AnswerRequestDialog(session, request, tab)
    qtbot.addWidget(dialog)
    _grant(dialog)
    dialog.changes.combos[entry].setCurrentIndex(
        dialog.changes.combos[entry].findData(request_changes.REMOVE))
    dialog.changes.grondslag.setCurrentIndex(1)
    _save(dialog)
    assert dialog.answered_id is None
    assert session.parents.correction_request(int(request.request_id)).is_open
    assert entry in {i.entry_id for i in session.logbook.chronology(tab.pupil.id)}


def test_granting_a_correction_through_the_entry_form(qtbot, tab, session, monkeypatch):
    request = _request(session, tab)
    entry = int(request.entry_ids[0])

    typed = []  # empty: the IB closes the form without saving

    def entry_form(form):
        qtbot.addWidget(form)
        assert form.on_request and "op verzoek van de ouders" in form.windowTitle()
        if not typed:
            form.reject()
            return form.result()
        form.situation.setText(typed[0])
        form.save()
        return form.result()

    monkeypatch.setattr(request_changes, "run_modal", entry_form)
    dialog = AnswerRequestDialog(session, request, tab)
    qtbot.addWidget(dialog)
    _grant(dialog)
    combo = dialog.changes.combos[entry]
    combo.setCurrentIndex(combo.findData(request_changes.CORRECT))  # opens the form
    _save(dialog)  # 'Verbeteren' without a text is refused
    assert "verbeterde tekst" in dialog.errors["entries"].text()
    typed.append("Zoë had een klein ontbijt bij zich.")
    dialog.changes.buttons[entry].click()
    assert dialog.changes.corrected()[entry].situation == "Zoë had een klein ontbijt bij zich."
    assert session.drafts.load("logboek", f"verzoek:{entry}") is not None  # kept till then
    dialog.changes.grondslag.setEditText("De gegevens zijn feitelijk onjuist.")
    _save(dialog)
    assert dialog.answered_id is not None
    history = session.logbook.history(entry)
    assert history.current.content.situation == "Zoë had een klein ontbijt bij zich."
    assert not history.is_amended
    assert session.drafts.load("logboek", f"verzoek:{entry}") is None
    assert session.vault.verify() == []


def test_a_signalenlijst_and_a_zorggesprek_can_be_removed_from_the_dialog(
        qtbot, tab, session, answers):
    request = _request(session, tab)
    check = session.signals.checks(tab.pupil.id)[0].id
    conversation = session.conversations.for_pupil(tab.pupil.id)[0].id
    dialog = AnswerRequestDialog(session, request, tab)
    qtbot.addWidget(dialog)
    _grant(dialog)
    combos = dialog.changes.combos
    for key, start in ((("signalenlijst", check), "Signalenlijst"),
                       (("zorggesprek", conversation), "Zorggesprek")):
        combo = combos[key]
        assert combo.accessibleName().startswith(f"Wat gebeurt er met: {start}")
        assert [combo.itemData(i) for i in range(combo.count())] == [
            request_changes.STAYS, request_changes.REMOVE]  # no 'Verbeteren'
        combo.setCurrentIndex(combo.findData(request_changes.REMOVE))
    assert dialog.keep_meldcode.isHidden()  # Zoë has no meldcode dossier
    dialog.changes.grondslag.setCurrentIndex(3)
    _save(dialog)
    assert answers[-1][0] == "Definitief verwijderen" and "2 stuk(ken)" in answers[-1][1]
    assert dialog.answered_id == int(request.request_id)
    assert check not in {c.id for c in session.signals.checks(tab.pupil.id)}
    assert conversation not in {c.id for c in session.conversations.for_pupil(tab.pupil.id)}
    kinds = [c.record_kind for c in session.request_answers.changes(dialog.answered_id)]
    assert sorted(kinds) == ["signalenlijst", "zorggesprek"]
    assert session.vault.verify() == []


def test_the_removal_runs_in_a_worker_while_the_window_stays_responsive(
        qtbot, tab, session, answers, monkeypatch):
    import threading
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from zorgdesk.services.logbook.request_answers import RequestAnswerService

    request = _request(session, tab)
    entry = int(request.entry_ids[0])
    seen: dict = {"threads": set(), "ticks": 0, "progress": set()}
    real_answer = RequestAnswerService.answer

    def slow_answer(self, *args, **kwargs):  # the real answer, on a real vault, slower
        seen["threads"].add(threading.current_thread() is threading.main_thread())
        time.sleep(0.8)
        return real_answer(self, *args, **kwargs)

    monkeypatch.setattr(RequestAnswerService, "answer", slow_answer)
    dialog = AnswerRequestDialog(session, request, tab)
    qtbot.addWidget(dialog)
    _grant(dialog)
    dialog.changes.combos[entry].setCurrentIndex(
        dialog.changes.combos[entry].findData(request_changes.REMOVE))
    dialog.changes.grondslag.setCurrentIndex(1)

    def tick() -> None:
        seen["ticks"] += 1
        seen["progress"] |= {w.windowTitle() for w in QApplication.topLevelWidgets()
                             if isinstance(w, QProgressDialog) and w.isVisible()}

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    _save(dialog)
    timer.stop()
    assert seen["threads"] == {False}  # answered in the worker, not on the UI thread
    assert seen["ticks"] >= 5  # the event loop kept turning meanwhile
    assert seen["progress"] == {"Verzoek beantwoorden"}
    assert dialog.answered_id == int(request.request_id)
    assert entry not in {i.entry_id for i in session.logbook.chronology(tab.pupil.id)}
    assert session.vault.verify() == []


def test_with_several_open_requests_the_ib_chooses_which_one_by_keyboard(
        qtbot, tab, session, monkeypatch):
    from datetime import timedelta

    from PySide6.QtCore import Qt

    from zorgdesk.ui.logbook.request_choice import RequestChoiceDialog

    first = _request(session, tab)
    second = session.parents.add_correction_request(
        tab.pupil.id, TODAY - timedelta(days=2), "Maarten van der Berg (vader)",
        "Graag het zorggesprek van oktober verwijderen.", [])
    seen: dict = {}

    def run(dialog):  # the real widgets, driven by keys instead of exec()
        if isinstance(dialog, RequestChoiceDialog):
            seen["lines"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
            seen["name"] = dialog.list.accessibleName()
            dialog.show()
            qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
            qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
            result = dialog.result()
        else:
            seen["answering"] = dialog.request_id
            result = 0  # the IB cancels the answer form
        dialog.close()
        return result

    monkeypatch.setattr(tab_actions, "run_modal", run)
    assert tab.actions.answer_request() is None
    assert seen["name"] == "Welk verzoek beantwoordt u?"
    assert seen["lines"][0].startswith(f"Ontvangen {first.received:%d-%m-%Y} van ")
    assert seen["lines"][1].startswith(
        f"Ontvangen {TODAY - timedelta(days=2):%d-%m-%Y} van Maarten van der Berg (vader)")
    assert seen["answering"] == second  # the second, chosen by arrow key and Enter
    # Escape on the choice answers nothing.
    seen.clear()

    def escape(dialog):
        if isinstance(dialog, RequestChoiceDialog):
            dialog.show()
            qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
            return dialog.result()
        seen["answering"] = dialog.request_id
        return 0

    monkeypatch.setattr(tab_actions, "run_modal", escape)
    assert tab.actions.answer_request() is None and "answering" not in seen


def test_printing_the_answer_letter_is_recorded_in_the_sharing_trail(
        qtbot, tab, session, answers, monkeypatch):
    request = _request(session, tab)
    session.request_answers.answer(int(request.request_id), "afgewezen", TODAY,
                                   "De notitie is feitelijk juist.")
    monkeypatch.setattr(tab_actions, "open_dialog", lambda d: d)
    preview = tab.actions.show_answer_letter()
    qtbot.addWidget(preview)
    before = len(session.sharing.for_pupil(tab.pupil.id))
    preview._on_exported("afgedrukt")  # what print_document reports after printing
    share = preview.sharing_prompt.dialog  # deleted by Qt when it closes (open_dialog)
    what = ("Antwoordbrief op het verzoek om correctie of verwijdering van "
            f"{request.received:%d-%m-%Y} (afgedrukt)")
    assert share.what.text() == what
    assert share.shared_with.text() == request.requested_by
    assert share.basis.currentText() == tab_actions.LETTER_BASIS
    share.shared_on.setText("31-02-2026")  # impossible: stays open, nothing typed lost
    share.save()
    assert share.errors["shared_on"].text() and share.shared_with.text()
    share.shared_on.setText(f"{TODAY:%d-%m-%Y}")
    share.save()
    trail = session.sharing.for_pupil(tab.pupil.id)
    assert len(trail) == before + 1
    assert (trail[-1].what, trail[-1].shared_with, trail[-1].basis) == (
        what, request.requested_by, tab_actions.LETTER_BASIS)


def test_the_request_choice_has_the_shared_dutch_buttons(qtbot, tab, session):
    """Kiezen / Annuleren come from the one helper every OK/Cancel dialog uses."""
    from PySide6.QtWidgets import QDialogButtonBox

    from zorgdesk.ui.logbook.request_choice import RequestChoiceDialog

    _request(session, tab)
    requests = session.parents.correction_requests(tab.pupil.id)
    dialog = RequestChoiceDialog(requests, "Welk verzoek beantwoordt u?", "Kies een verzoek.")
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert (ok.text(), ok.accessibleName()) == ("&Kiezen", "Kiezen")
    assert (cancel.text(), cancel.accessibleName()) == ("&Annuleren", "Annuleren")
    cancel.click()
    assert dialog.result() == 0 and dialog.chosen_id is None


def test_no_outcome_is_chosen_for_the_ib(qtbot, tab, session, answers):
    """Walk s28: the outcome stood on 'toegewezen' when the dialog opened; one Alt+O
    answered Zoë's mother 'Wij hebben uw verzoek toegewezen ... aangevuld zoals
    beschreven' with nothing changed and nothing described."""
    request = _request(session, tab)
    dialog = AnswerRequestDialog(session, request, tab)
    qtbot.addWidget(dialog)
    assert dialog.outcome.currentData() is None
    assert dialog.outcome.currentText() == "— kies de uitkomst —"
    assert not dialog.changes.isEnabled()
    _save(dialog)
    assert dialog.answered_id is None
    assert session.parents.correction_request(int(request.request_id)).is_open
    assert "Kies de uitkomst" in dialog.errors["outcome"].text()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("ingetrokken"))
    _save(dialog)
    assert dialog.answered_id == int(request.request_id)
    assert not session.parents.correction_request(int(request.request_id)).is_open


def test_granting_by_adding_needs_what_was_added_ticked_and_the_letter_names_it(
        qtbot, tab, session, answers):
    """Walk s29: a grant that kept every record printed "aangevuld zoals beschreven" with
    nothing described. Now the IB ticks what she added on the request (here the parents'
    zienswijze), or the answer is refused with a Dutch hint of what to do."""
    from PySide6.QtCore import Qt

    request = _request(session, tab)
    dialog = AnswerRequestDialog(session, request, tab)
    qtbot.addWidget(dialog)
    assert not dialog.supplements.isEnabled()  # inside the records' list, enabled with it
    _grant(dialog)
    assert dialog.supplements.isEnabled()
    _save(dialog)  # every record stays, nothing ticked: refused, nothing asked
    assert dialog.errors["entries"].text().startswith("Zeg wat u heeft gedaan")
    assert session.parents.correction_request(int(request.request_id)).is_open
    assert not answers
    dialog.reject()
    zid = session.parents.add_zienswijze(tab.pupil.id, TODAY, "Ingrid van der Berg",
                                         "Wij zien het anders.")
    dialog = AnswerRequestDialog(session, request, tab)
    qtbot.addWidget(dialog)
    _grant(dialog)
    mine = next(box for box, key in dialog.supplements.boxes if key == ("zienswijze", zid))
    assert mine.text() == f"Zienswijze van Ingrid van der Berg, ontvangen {TODAY:%d-%m-%Y}"
    assert mine.accessibleName() == f"Toegevoegd op dit verzoek: {mine.text()}"
    mine.setFocus()
    qtbot.keyClick(mine, Qt.Key.Key_Space)  # keyboard ticks it
    assert dialog.supplements.chosen() == [("zienswijze", zid)]
    _save(dialog)
    assert dialog.answered_id == int(request.request_id)
    pdf = session.request_answers.letter_pdf(int(request.request_id))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
                    .split())
    assert (f"Uw zienswijze (ontvangen op {TODAY.day} november 2026) is aan het dossier "
            "toegevoegd") in text
    assert "zoals beschreven" not in text
