"""A granted removal also reaches the copies the app made of the entry (issue 21).

Each copy is made the way the IB makes it (the zorggesprek dialog, its waiting draft,
an overdracht), then the removal is granted and every text column of every table of
the real vault is searched for the removed words.
"""

from __future__ import annotations

import io
from datetime import timedelta

import pypdf
import pytest

from tests.conftest import TODAY
from tests.services.test_logbook import draft
from tests.services.test_request_answers import every_value
from zorgdesk.domain.logbook import CorrectionOutcome
from zorgdesk.domain.sharing import SharingDraft
from zorgdesk.domain.transfer.model import RecordKind, TransferDraft
from zorgdesk.services.removal_copies import COPY_ACTION, MARKER
from zorgdesk.ui.conversations.dialog import ConversationDialog

SECRET = "Kwispeldrager"
SITUATION = f"Zoë noemde een klasgenoot {SECRET} en liep daarna de klas uit."
REMOVED = "Logboeknotitie van 18-11-2026: verwijderd op verzoek van de ouders."


@pytest.fixture
def entry(session, zoe) -> int:
    entry = session.logbook.add_entry(draft([zoe.id], session.vault, situation=SITUATION,
                                            entry_date="18-11-2026"))
    assert SECRET in session.logbook.title(entry)  # the title snippet quotes it too
    return entry


def _grant_removal(session, zoe, entry) -> None:
    request = session.parents.add_correction_request(
        zoe.id, TODAY - timedelta(days=5), "Ingrid van der Berg (moeder)",
        "Graag de notitie van 18 november verwijderen.", [entry])
    session.request_answers.answer(request, CorrectionOutcome.GRANTED, TODAY, remove=[entry],
                                   grondslag="De gegevens zijn feitelijk onjuist.")


def _nowhere(session) -> None:
    assert SECRET.lower().encode() not in every_value(session.vault.read().connection)
    assert session.vault.verify() == []


def _plan_with_entry(qtbot, session, zoe, entry) -> ConversationDialog:
    dialog = ConversationDialog(session, zoe)
    qtbot.addWidget(dialog)
    dialog.signal_picker.set_checked(("logboek", entry))
    dialog.on.setText(f"{TODAY - timedelta(days=2):%d-%m-%Y}")
    dialog.at.setText("9.15")
    dialog.place.setText("Kamer IB")
    dialog.subject.setText("Wat er in de klas gebeurde")
    return dialog


def _report_text(session, conversation_id) -> str:
    pdf = pypdf.PdfReader(io.BytesIO(session.conversations.report_pdf(conversation_id)))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)


@pytest.mark.parametrize("handed_out", [False, True])
def test_an_agenda_item_becomes_a_line_saying_it_was_removed(qtbot, session, zoe, entry,
                                                               handed_out):
    dialog = _plan_with_entry(qtbot, session, zoe, entry)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    conversation = max(c.id for c in session.conversations.for_pupil(zoe.id))
    assert SECRET in _report_text(session, conversation)
    if handed_out:  # a handed-out report is frozen; its stored copy must still go
        session.signing.hand_out(conversation, TODAY)
        assert session.conversations.get(conversation).frozen

    _grant_removal(session, zoe, entry)

    _nowhere(session)
    signals = session.conversations.draft(conversation).signals
    assert [(s.source, s.ref_id, s.text) for s in signals] == [("tekst", None, REMOVED)]
    report = _report_text(session, conversation)
    assert REMOVED in report and SECRET not in report
    assert session.conversations.get(conversation).frozen is handed_out
    actions = session.vault.read().execute(
        "SELECT entity, entity_id, fields FROM audit_log WHERE action = ?",
        (COPY_ACTION,)).fetchall()
    assert ("conversation", str(conversation), "[]") in actions
    if not handed_out:  # reopened and saved: the line stays, nothing is lost
        again = ConversationDialog(session, zoe, conversation)
        qtbot.addWidget(again)
        assert again.signals.toPlainText() == REMOVED
        again.save()
        assert [s.text for s in session.conversations.draft(conversation).signals] == [
            REMOVED]


def test_a_waiting_conversation_draft_loses_the_copy_but_keeps_what_was_typed(
        qtbot, session, zoe, entry):
    dialog = _plan_with_entry(qtbot, session, zoe, entry)
    dialog.draft_keeper.save_now()  # e.g. locked while the dialog was open
    (waiting,) = [d for d in session.drafts.for_pupil(zoe.id) if d.form == "gesprek"]
    assert SECRET in str(waiting.fields)
    dialog.draft_keeper.unbind()
    dialog.reject()

    _grant_removal(session, zoe, entry)

    _nowhere(session)
    (waiting,) = [d for d in session.drafts.for_pupil(zoe.id) if d.form == "gesprek"]
    assert "Wat er in de klas gebeurde" in waiting.fields.values()
    assert MARKER in str(waiting.fields)


def test_the_sharing_trail_keeps_the_disclosure_not_the_text(session, zoe, entry, tmp_path):
    # An overdracht names its records by kind and date only (a guard: no copy there) ...
    folder = tmp_path / "usb"
    folder.mkdir()
    result = session.transfer.export(zoe.id, TransferDraft(
        receiving_school="Het Baken, Almere", destination="voortgezet_onderwijs",
        reason="Zodat de mentor weet welke zorg er was.",
        records=tuple(c.ref for c in session.transfer.choices(zoe.id)
                      if c.ref.kind is RecordKind.LOGBOEK), meldcode_basis=""), folder)
    # ... but a verstrekking the IB recorded by hand may quote the entry's title.
    typed = session.parents.record_sharing(zoe.id, SharingDraft(
        "Jeugdverpleegkundige GGD", f"{session.logbook.title(entry)} (afgedrukt)",
        "Toestemming van de ouders", f"{TODAY:%d-%m-%Y}"))
    what = {s.id: s.what for s in session.sharing.for_pupil(zoe.id)}
    assert SECRET not in what[result.sharing_id] and SECRET in what[typed]

    _grant_removal(session, zoe, entry)

    _nowhere(session)
    after = {s.id: s.what for s in session.sharing.for_pupil(zoe.id)}
    assert after[result.sharing_id] == what[result.sharing_id]
    assert after[typed] == f"Logboek 18-11-2026 (A. Jansen): {MARKER} (afgedrukt)"


def test_a_granted_correction_puts_the_corrected_text_on_the_agenda(qtbot, session, zoe,
                                                                     entry):
    dialog = _plan_with_entry(qtbot, session, zoe, entry)
    dialog.save()
    conversation = max(c.id for c in session.conversations.for_pupil(zoe.id))
    request = session.parents.add_correction_request(
        zoe.id, TODAY - timedelta(days=5), "Ingrid van der Berg (moeder)",
        "De notitie klopt niet.", [entry])
    corrected = draft([zoe.id], session.vault, situation="Zoë liep de klas uit.",
                      entry_date="18-11-2026")
    session.request_answers.answer(request, CorrectionOutcome.GRANTED, TODAY,
                                   correct={entry: corrected},
                                   grondslag="De gegevens zijn feitelijk onjuist.")
    _nowhere(session)
    (signal,) = session.conversations.draft(conversation).signals
    assert (signal.source, signal.ref_id, signal.text) == (
        "logboek", entry, "18-11-2026: Zoë liep de klas uit.")
