"""Issue 16 through the real layers: the IB types the nicknames she knows in the Veilig
Thuis dialog ("Bijnamen die niet in ZorgDesk staan"); they leave the PDF and the
clipboard in every form, the ordinary word stays where it is the word, the field is
part of the draft, of the close guard and of the stale preview; before the first export
with the field empty she is asked once.

A real demo vault in tmp_path, the real dialog offscreen, the PDF read back with pypdf.
"""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel

from tests.anonymise.summary_dialog import keep_every_flag
from tests.conftest import TODAY
from tests.services.test_logbook import draft
from zorgdesk.domain.people import PupilDraft
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.ui.anonymise import dialog as dialog_module
from zorgdesk.ui.anonymise.dialog import NICKNAME_TITLE, AnonymiseDialog

ENTRY = ("Tijger duwde een kind bij het hek. Tijgers jas lag in de gang; tijgertje lachte. "
         "TIJGER rende weg met de Bolle. Op de foto stond de tijger in de dierentuin en de "
         "bolle wangen van de baby. Ook Çiçek 🦁 keek.")
FORMS = ("Tijger", "tijgertje", "TIJGER", "Bolle rende", "de Bolle", "Çiçek")


def _pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(
        io.BytesIO(path.read_bytes())).pages).split())


@pytest.fixture
def session(demo_vault):
    session = Session(demo_vault, FixedClock(TODAY))
    zoe = session.basedata.pupils("Zoë van der Berg")[0]
    session.logbook.add_entry(draft([zoe.id], demo_vault, situation=ENTRY))
    return session


@pytest.fixture
def zoe(session):
    return session.basedata.pupils("Zoë van der Berg")[0]


@pytest.fixture
def dialog(qtbot, session, zoe):
    dlg = AnonymiseDialog(session, zoe.id, today=TODAY)
    qtbot.addWidget(dlg)
    return dlg


def _shown(qtbot, dlg):
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    return dlg


def _save(dlg, monkeypatch, target):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    return dlg.save_as()


# -- the service -------------------------------------------------------------------

def test_the_service_removes_typed_nicknames_and_keeps_the_word(session, zoe):
    before = session.case_summary.build(zoe.id).text
    assert "Tijger duwde" in before  # the rules alone leave it: why the field exists
    text = session.case_summary.build(zoe.id, nicknames="Tijger\nde Bolle, Çiçek 🦁").text
    assert "[naam] duwde een kind" in text and "[naam] jas" in text
    assert not any(form in text for form in FORMS)
    assert "de tijger in de dierentuin" in text and "de bolle wangen" in text


def test_the_service_refuses_what_cannot_be_used_in_dutch(session, zoe):
    for typed, says in (("T", "geen twee letters"), ("?!", "geen twee letters"),
                        ("x" * 60, "te lang"), ("de", "gewoon woord")):
        with pytest.raises(ValidationError) as refused:
            session.case_summary.build(zoe.id, nicknames=f"Tijger\n{typed}")
        assert says in refused.value.message
        assert typed not in str(refused.value)  # nothing typed in logs or tracebacks


def test_the_recorded_nicknames_are_listed_with_their_role(session, zoe):
    session.basedata.update_pupil(zoe.id, PupilDraft(
        zoe.first_name, zoe.last_name, zoe.date_of_birth, zoe.start_date, zoe.tussenvoegsel,
        zoe.gender, zoe.group_id, zoe.leave_date, nicknames="Zoetje"))
    assert "Zoetje (leerling)" in session.case_summary.recorded_nicknames(zoe.id)


# -- the dialog ------------------------------------------------------------------

def test_typed_nicknames_leave_the_pdf_in_every_form(qtbot, dialog, session, asked,
                                                     monkeypatch, tmp_path):
    assert "Tijger duwde" in dialog.preview.toPlainText()
    dialog.nicknames.setPlainText("Tijger; de Bolle\nÇiçek 🦁")
    assert not dialog.preview_is_current()
    assert "bijnamen" in dialog.status.text() and "nog niet in het voorbeeld" in \
        dialog.status.text()
    before = len(session.sharing.for_pupil(dialog.pupil_id))
    path = _save(dialog, monkeypatch, tmp_path / "casus.pdf")
    assert path is None  # the preview was rebuilt and shown first, nothing left
    assert asked.questions == []  # a typed field: no question about nicknames
    # What the rules still flag ("de tijger in de dierentuin") she reads and leaves
    # (stop 38: an undecided flag is asked about before an export).
    assert keep_every_flag(qtbot, dialog)
    path = _save(dialog, monkeypatch, tmp_path / "casus.pdf")
    text = _pdf_text(path)
    assert not any(form in text for form in FORMS), text
    assert "[naam] duwde een kind" in text
    assert "de tijger in de dierentuin" in text and "de bolle wangen" in text
    assert asked.questions == []
    assert len(session.sharing.for_pupil(dialog.pupil_id)) == before + 1


def test_voorbeeld_bijwerken_keeps_the_manual_removals(dialog):
    at = dialog.result.text.index("bij het hek")
    assert dialog.remove_output_span(at, at + len("bij het hek"))
    dialog.nicknames.setPlainText("Tijger")
    dialog.refresh_button.click()
    shown = dialog.preview.toPlainText()
    assert "[naam] duwde een kind [verwijderd]" in shown
    assert dialog.preview_is_current()
    assert "nog niet in het voorbeeld" not in dialog.status.text()


def test_bad_input_is_said_in_dutch_kept_and_nothing_leaves(dialog, session, monkeypatch,
                                                          tmp_path, asked):
    before = len(session.sharing.for_pupil(dialog.pupil_id))
    dialog.nicknames.setPlainText("Tijger\nT")
    assert dialog.rebuild() is False
    assert "geen twee letters" in dialog.error.text()
    assert "wat u typte blijft staan" in dialog.error.text()
    assert dialog.nicknames.toPlainText() == "Tijger\nT"
    assert "Tijger duwde" in dialog.preview.toPlainText()  # the old preview, not current
    assert not dialog.preview_is_current()
    assert _save(dialog, monkeypatch, tmp_path / "casus.pdf") is None
    assert dialog.save_to(tmp_path / "casus.pdf") is None
    assert dialog.copy_to_clipboard(confirmed=True) is False
    assert not (tmp_path / "casus.pdf").exists()
    assert len(session.sharing.for_pupil(dialog.pupil_id)) == before
    assert "eerst bijgewerkt" not in dialog.error.text()  # it was not
    dialog.nicknames.setPlainText("Tijger")
    assert dialog.rebuild() and dialog.error.isHidden()
    assert "Tijger duwde" not in dialog.preview.toPlainText()


def test_asked_once_before_the_first_export_with_the_field_empty(
        qtbot, dialog, session, asked, monkeypatch, tmp_path):
    _shown(qtbot, dialog)
    keep_every_flag(qtbot, dialog)  # with undecided flags the question is merged (below)
    before = len(session.sharing.for_pupil(dialog.pupil_id))
    asked.answers.append(False)  # "Bijnamen invullen" (also what Esc and Enter give)
    assert _save(dialog, monkeypatch, tmp_path / "casus.pdf") is None
    assert [q[0] for q in asked.questions] == [NICKNAME_TITLE]
    assert "bijnaam" in asked.questions[0][1]
    assert not (tmp_path / "casus.pdf").exists()
    assert len(session.sharing.for_pupil(dialog.pupil_id)) == before
    assert dialog.focusWidget() is dialog.nicknames
    asked.answers.append(False)  # left empty: asked again, the clipboard untouched
    monkeypatch.setattr(dialog_module, "_copied_text", None)
    QGuiApplication.clipboard().setText("iets anders")
    assert dialog.copy_to_clipboard() is False
    assert QGuiApplication.clipboard().text() == "iets anders"
    asked.answers.append(True)  # "Geen bijnamen, doorgaan"
    assert _save(dialog, monkeypatch, tmp_path / "casus.pdf") is not None
    assert len(asked.questions) == 3
    asked.answers.append(True)  # the clipboard warning only: not asked again
    assert dialog.copy_to_clipboard() is True
    assert [q[0] for q in asked.questions][3:] == ["Kopiëren naar klembord"]
    clear = dialog_module.clear_clipboard_if_ours
    clear()


def test_a_typed_field_is_typing_for_the_close_guard(qtbot, dialog, asked):
    _shown(qtbot, dialog)
    dialog.nicknames.setFocus()
    QTest.keyClicks(dialog.nicknames, "Tijger")
    asked.answers.append(False)
    QTest.keyClick(dialog.nicknames, Qt.Key.Key_Escape)
    assert dialog.isVisible() and [q[0] for q in asked.questions] == ["Niet opgeslagen"]
    assert dialog.nicknames.toPlainText() == "Tijger"


def test_keyboard_alt_n_and_tab_order(qtbot, dialog):
    _shown(qtbot, dialog)
    dialog.question.setFocus()
    QTest.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.nicknames
    dialog.question.setFocus()
    QTest.keyClick(dialog.question, Qt.Key.Key_Tab)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.nicknames
    QTest.keyClicks(dialog.nicknames, "Tijger")
    QTest.keyClick(dialog.nicknames, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.preview_is_current)  # a button's Alt letter clicks animated
    assert "Tijger duwde" not in dialog.preview.toPlainText()
    assert dialog.nicknames.accessibleName().startswith("Bijnamen")
    assert "Leerlingen beheren" in dialog.nicknames.toolTip()
    assert "Ook genoemd" in dialog.nicknames.accessibleDescription()


def test_no_alt_letter_clashes_in_the_dialog(dialog):
    texts = [w.text() for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(
        QLabel) if w.isVisibleTo(dialog)]
    letters = [m.lower() for t in texts for m in re.findall(r"&(\w)", t.replace("&&", ""))]
    assert len(letters) == len(set(letters)), sorted(letters)
    assert "n" in letters


def test_the_tooltip_names_the_recorded_nicknames(qtbot, session, zoe):
    session.basedata.update_pupil(zoe.id, PupilDraft(
        zoe.first_name, zoe.last_name, zoe.date_of_birth, zoe.start_date, zoe.tussenvoegsel,
        zoe.gender, zoe.group_id, zoe.leave_date, nicknames="Zoetje, Tijger"))
    dlg = AnonymiseDialog(session, zoe.id, today=TODAY)
    qtbot.addWidget(dlg)
    assert "Zoetje (leerling), Tijger (leerling)" in dlg.nicknames.toolTip()
    assert "Tijger duwde" not in dlg.preview.toPlainText()
    dlg.nicknames.setPlainText("tijger\nBolle")  # recorded already: dropped, no harm
    assert dlg.rebuild()
    assert "[leerling] duwde" in dlg.preview.toPlainText()
    assert "Bolle" not in dlg.preview.toPlainText()



def test_known_names_read_once_are_left_as_they_were(session, zoe):
    """The dialog reads the known names once for the build and the tooltip's list; a
    typed nickname must not be added to them (it would show as recorded)."""
    service = session.case_summary
    known = service.known_names(zoe.id)
    before = list(known)
    service.anonymiser(zoe.id, service.facts(zoe.id), nicknames="Tijger", known=known)
    assert known == before
