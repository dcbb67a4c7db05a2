"""A zorggesprek puts logboek entries and signal checks of the pupil on the agenda."""

from __future__ import annotations

import io

import pypdf
import pytest
from PySide6.QtCore import Qt

from tests.conftest import TODAY
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.ui.conversations.dialog import ConversationDialog
from zorgdesk.ui.record_picker import DATA


@pytest.fixture
def session(demo_vault):
    s = Session(demo_vault, FixedClock(TODAY))
    return s


def _pupil(session, name):
    return next(p for p in session.basedata.pupils() if p.display_name == name)


def _index(picker, start):
    return next(i for i in range(picker.count()) if picker.item(i).text().startswith(start))


def test_pick_signals_from_logboek_and_signalenlijst(qtbot, session):
    zoe = _pupil(session, "Zoë van der Berg")
    dialog = ConversationDialog(session, zoe)
    qtbot.addWidget(dialog)
    picker = dialog.signal_picker
    assert picker.accessibleName() == "Te bespreken uit logboek en signalenlijsten"
    titles = [picker.item(i).text() for i in range(picker.count())]
    assert sum(t.startswith("Logboek ") for t in titles) == 4
    assert sum(t.startswith("Signalenlijst ") for t in titles) == 3
    dialog.show()
    picker.setFocus()
    picker.setCurrentRow(_index(picker, "Logboek 22-10-2026"))
    qtbot.keyClick(picker, Qt.Key.Key_Space)  # by keyboard
    picker.set_checked(picker.item(_index(picker, "Signalenlijst 3 van 18-11-2026")).data(DATA))
    dialog.signals.setPlainText("Zoë is vaak moe op maandag 😴")
    dialog.on.setText("1-12-2026")
    dialog.subject.setText("Blauwe plek en vermoeidheid")
    dialog.place.setText("Kamer IB")
    dialog.at.setText("9.15")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, [
        e.text() for e in dialog.errors.values() if e.text()]

    stored = session.conversations.for_pupil(zoe.id)[0]
    draft = session.conversations.draft(stored.id)
    assert [s.source for s in draft.signals] == ["logboek", "signalenlijst", "tekst"]
    assert draft.signals[0].text.startswith("22-10-2026: Tijdens gym zag ik een blauwe plek")
    assert draft.signals[1].text.startswith("Signalenlijst van 18-11-2026: ")
    labels = [r.signal_id for r in stored.gesprek.signals]
    assert labels[:2] == [f"Logboek {draft.signals[0].ref_id}",
                          f"Signalenlijst {draft.signals[1].ref_id}"]
    pdf = pypdf.PdfReader(io.BytesIO(session.conversations.report_pdf(stored.id)))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    assert "Tijdens gym zag ik een blauwe plek" in text
    assert "Zoë is vaak moe op maandag" in text

    # Reopened: the picks are ticked again and the free text holds only the free line.
    again = ConversationDialog(session, zoe, stored.id)
    qtbot.addWidget(again)
    assert sorted(again.signal_picker.checked_ids()) == sorted(
        (s.source, s.ref_id) for s in draft.signals[:2])
    assert again.signals.toPlainText() == "Zoë is vaak moe op maandag 😴"
    again.save()  # saving unchanged keeps the same signals, texts as recorded
    assert session.conversations.draft(stored.id).signals == draft.signals


def test_pupil_without_records_gets_a_clear_empty_line(qtbot, session):
    dialog = ConversationDialog(session, _pupil(session, "Noor Bouzid"))
    qtbot.addWidget(dialog)
    assert dialog.signal_picker.count() == 1
    assert "Nog geen logboekregels" in dialog.signal_picker.item(0).text()
    assert dialog.signal_picker.checked_ids() == []
