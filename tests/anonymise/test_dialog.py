"""The preview dialog with real widgets on a real demo vault."""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.conftest import TODAY
from zorgdesk.domain.text import fold
from zorgdesk.services.anonymise.case_summary import SHARED_WITH
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.logbook.service import LogbookService
from zorgdesk.services.session import Session
from zorgdesk.ui.anonymise.dialog import AnonymiseDialog, clear_clipboard_if_ours
from zorgdesk.ui.main_window import MainWindow


def _entries_for_summary(pupil_id):
    return [(TODAY.replace(day=2), "Zoë had een blauwe plek 😟; juf Fatma zag het. "
             "Ze zei dat Daan ook thuis was.", False)]


def test_preview_uses_the_real_demo_hooks(qtbot, demo_vault):
    """Without the fixed text: the logboek, signalen and gesprekken of the demo vault."""
    s = Session(demo_vault, FixedClock(TODAY))
    zoe = next(p.id for p in s.basedata.pupils() if p.first_name == "Zoë")
    dlg = AnonymiseDialog(s, zoe, today=TODAY)
    qtbot.addWidget(dlg)
    shown = dlg.preview.toPlainText()
    assert "Tijdens gym zag ik een blauwe plek van ongeveer 3 cm" in shown
    assert "- oververmoeid" in shown
    assert "[leerling] ontbijt elke schooldag thuis vóór 8.15 uur." in shown
    assert "zoe" not in fold(shown) and "ingrid" not in fold(shown)


@pytest.fixture
def session(demo_vault, monkeypatch):
    # Fixed text for the exact checks below; the real hook is tested above. On the class:
    # the dialog reads the summary in a worker thread, through a session of its own.
    monkeypatch.setattr(LogbookService, "entries_for_summary",
                        lambda _self, pupil_id: _entries_for_summary(pupil_id))
    return Session(demo_vault, FixedClock(TODAY))


@pytest.fixture
def dialog(qtbot, session):
    zoe = next(p.id for p in session.basedata.pupils() if p.first_name == "Zoë")
    dlg = AnonymiseDialog(session, zoe, today=TODAY)
    qtbot.addWidget(dlg)
    return dlg


def test_preview_shows_exactly_the_anonymised_text(dialog):
    shown = dialog.preview.toPlainText()
    assert shown == dialog.result.text
    assert "[leerling] had een blauwe plek 😟; juf [leerkracht] zag het" in shown
    assert "zoe" not in fold(shown) and "fatma" not in fold(shown)
    assert len(dialog.preview.extraSelections()) == len(dialog.result.replacements)


def test_undo_refused_on_known_name(dialog):
    start = dialog.result.text.index("[leerling]")
    dialog.select_output(start + 2, start + 2)
    assert dialog.undo_at_cursor() is False
    assert "kan niet worden teruggezet" in dialog.error.text()
    assert "[leerling] had" in dialog.preview.toPlainText()


def test_undo_allowed_on_detector_hit_and_manual_removal(dialog):
    dialog.question.setPlainText("Is 3 maart 2026 te laat voor een melding?")
    dialog.rebuild()
    start = dialog.result.text.index("[datum]")
    dialog.select_output(start + 1, start + 1)
    assert dialog.undo_at_cursor() is True
    assert "Is 3 maart 2026 te laat" in dialog.preview.toPlainText()
    text = dialog.result.text
    start = text.index("een blauwe plek")  # after an emoji: Qt positions differ from Python's
    dialog.select_output(start, start + len("een blauwe plek"))
    assert dialog.remove_selection() is True
    assert "had [verwijderd] 😟" in dialog.preview.toPlainText()


def test_remove_without_selection_says_so(dialog):
    dialog.select_output(0, 0)
    assert dialog.remove_selection() is False
    assert "Selecteer eerst" in dialog.error.text()


def test_save_pdf_records_sharing_and_has_no_names(dialog, session, tmp_path):
    before = len(session.sharing.for_pupil(dialog.pupil_id))
    path = dialog.save_to(tmp_path / "casus")
    assert path.suffix == ".pdf"
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    text = fold("\n".join(page.extract_text() for page in reader.pages))
    for name in ("zoe", "berg", "fatma", "yildiz", "daan", "vlinderboom", "weidebeek"):
        assert re.search(rf"\b{name}\b", text) is None, name
    dob = session.basedata.pupil(dialog.pupil_id).date_of_birth
    assert dob.strftime("%d-%m-%Y") not in text
    trail = session.sharing.for_pupil(dialog.pupil_id)
    assert len(trail) == before + 1 and trail[-1].shared_with == SHARED_WITH


def test_copy_needs_confirmation_records_and_is_cleared_on_lock(dialog, session):
    before = len(session.sharing.for_pupil(dialog.pupil_id))
    assert dialog.copy_to_clipboard(confirmed=False) is False
    assert len(session.sharing.for_pupil(dialog.pupil_id)) == before
    assert dialog.copy_to_clipboard(confirmed=True) is True
    assert QGuiApplication.clipboard().text() == dialog.result.text
    assert len(session.sharing.for_pupil(dialog.pupil_id)) == before + 1
    clear_clipboard_if_ours()
    assert QGuiApplication.clipboard().text() == ""


def test_menu_action_opens_dialog_for_selected_pupil_and_lock_closes_it(qtbot, session):
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_session(session)
    assert window.anonymise_action.isEnabled()
    zoe = next(p.id for p in session.basedata.pupils() if p.first_name == "Zoë")
    window.select_pupil(zoe)
    dlg = window.open_anonymise_dialog()
    assert dlg is not None and dlg.pupil_id == zoe
    window.set_session(None)
    assert window.anonymise_dialog is None and not dlg.isVisible()
    assert not window.anonymise_action.isEnabled()


# -- Esc, Sluiten and the window's close button ask before typed input goes ------------

def _shown(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_closing_without_typing_asks_nothing(qtbot, dialog, asked):
    _shown(qtbot, dialog)
    QTest.keyClick(dialog.question, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked.questions == []


def test_esc_sluiten_and_the_close_button_ask_before_the_typed_question_goes(
        qtbot, dialog, asked):
    _shown(qtbot, dialog)
    dialog.question.setFocus()
    QTest.keyClicks(dialog.question, "Is dit een melding?")
    QTest.keyClicks(dialog.actions, "Gesprek met moeder")
    asked.answers += [False, False, False]
    QTest.keyClick(dialog.question, Qt.Key.Key_Escape)
    dialog.close_button.click()
    # The window's own close button: the platform sends a close event to the window.
    QApplication.sendEvent(dialog.windowHandle(), QCloseEvent())
    assert dialog.isVisible() and len(asked.questions) == 3
    assert all(title == "Niet opgeslagen" for title, _text, _warn in asked.questions)
    assert dialog.question.toPlainText() == "Is dit een melding?"
    assert dialog.actions.toPlainText() == "Gesprek met moeder"
    asked.answers.append(True)  # Weggooien
    QTest.keyClick(dialog.question, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(asked.questions) == 4


def test_a_manual_removal_in_the_preview_counts_as_typed(qtbot, dialog, asked):
    _shown(qtbot, dialog)
    at = dialog.result.text.index("blauwe plek")
    dialog.select_output(at, at + len("blauwe plek"))
    assert dialog.remove_selection()
    asked.answers.append(False)
    QTest.keyClick(dialog.preview, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked.questions) == 1
    dialog.reject()  # what the vault lock does: no question
    assert not dialog.isVisible() and len(asked.questions) == 1


def test_a_question_typed_after_the_preview_never_leaves_unseen(dialog, session, tmp_path):
    """Walk s29: the question typed, then Opslaan als PDF without Voorbeeld bijwerken
    saved 'Nog geen vraag ingevuld.' and recorded the export. Now the preview is rebuilt
    and shown first, nothing leaves, and the next save holds the question."""
    before = len(session.sharing.for_pupil(dialog.pupil_id))
    dialog.question.setPlainText("Is melden nodig?")
    assert not dialog.preview_is_current()
    assert "nog niet in het voorbeeld" in dialog.status.text()
    assert dialog.save_to(tmp_path / "casus.pdf") is None
    assert not (tmp_path / "casus.pdf").exists()
    assert "eerst bijgewerkt" in dialog.error.text()
    dialog.question.setPlainText("Is melden nodig of eerst hulp organiseren?")
    assert dialog.copy_to_clipboard(confirmed=True) is False  # the same for the clipboard
    assert QGuiApplication.clipboard().text() != dialog.result.text
    assert len(session.sharing.for_pupil(dialog.pupil_id)) == before
    assert "Is melden nodig of eerst hulp organiseren?" in dialog.preview.toPlainText()
    path = dialog.save_to(tmp_path / "casus.pdf")
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(
        path.read_bytes())).pages)
    assert "Is melden nodig of eerst hulp" in text and "Nog geen vraag" not in text
    assert len(session.sharing.for_pupil(dialog.pupil_id)) == before + 1


def test_an_edited_school_action_also_counts_as_not_yet_in_the_preview(dialog):
    dialog.actions.setPlainText(dialog.actions.toPlainText() + "\nOuders gebeld.")
    assert not dialog.preview_is_current()
    dialog.rebuild()
    assert dialog.preview_is_current()
    assert "Ouders gebeld." in dialog.preview.toPlainText()
    assert "vervanging" in dialog.status.text()


def test_after_the_export_closing_asks_nothing_until_typed_again(qtbot, dialog, asked,
                                                                 tmp_path):
    """Walk s29: right after 'Opgeslagen en vastgelegd in de verstrekkingen' Esc asked
    'U heeft iets ingevuld dat nog niet is opgeslagen'."""
    _shown(qtbot, dialog)
    dialog.question.setPlainText("Is melden nodig?")
    dialog.rebuild()
    assert dialog.save_to(tmp_path / "casus.pdf") is not None
    assert not dialog.guard.typed()
    dialog.question.setPlainText("Is melden nodig? En wanneer?")
    assert dialog.guard.typed()  # typed after the export: asked again
    dialog.rebuild()
    assert dialog.copy_to_clipboard(confirmed=True)
    QTest.keyClick(dialog.question, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked.questions == []


def test_the_count_of_replacements_is_proper_dutch(dialog):
    """Walk s31: '5 vervanging(en)' under the preview; now '1 vervanging', '5 vervangingen'."""
    count = len(dialog.result.replacements)
    assert count > 1 and dialog.status.text() == f"{count} vervangingen"
    from zorgdesk.ui.anonymise.dialog import replacements_text
    assert [replacements_text(n) for n in (0, 1, 5)] == [
        "0 vervangingen", "1 vervanging", "5 vervangingen"]
