"""A word that may be a nickname is flagged under the preview; Enter removes every
occurrence, which stays removed on 'Voorbeeld bijwerken' and in the PDF and clipboard.
Real widgets on the real demo vault (the logboek text fixed, as in test_dialog.py)."""

from __future__ import annotations

import io

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from tests.anonymise.summary_dialog import open_summary
from tests.conftest import TODAY
from zorgdesk.domain.anonymise.preview_decisions import NAME_REMOVED
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.logbook.service import LogbookService
from zorgdesk.services.session import Session
from zorgdesk.ui.anonymise import dialog as dialog_module

ENTRY = ("In de pauze kwam Kruimel naar haar toe en pakte haar tas af. Kruimels moeder "
         "stond erbij. Ze is bang voor KRUIMEL.")


@pytest.fixture
def dialog(qtbot, demo_vault, monkeypatch):
    monkeypatch.setattr(LogbookService, "entries_for_summary",
                        lambda _self, pupil_id: [(TODAY.replace(day=2), ENTRY, False)])
    session = Session(demo_vault, FixedClock(TODAY))
    zoe = next(p.id for p in session.basedata.pupils() if p.first_name == "Zoë")
    return open_summary(qtbot, session, zoe, active=False)


def test_the_flagged_word_goes_everywhere_with_one_key_and_stays_gone(dialog, tmp_path,
                                                                       monkeypatch):
    assert dialog.result.text.lower().count("kruimel") == 3  # the rules left it
    assert dialog.flags.names == ["Kruimel"]
    row = dialog.flags.list.item(0)
    assert row.text().startswith("“Kruimel” – mogelijk een")
    assert "Kruimel: mogelijk een" in row.data(Qt.ItemDataRole.AccessibleTextRole)
    QTest.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert dialog.flags.list.hasFocus()
    QTest.keyClick(dialog.flags.list, Qt.Key.Key_Return)
    assert "kruimel" not in dialog.result.text.lower()
    assert [d.action for d in dialog.decisions] == [NAME_REMOVED]
    dialog.rebuild()  # Voorbeeld bijwerken
    assert "kruimel" not in dialog.preview.toPlainText().lower()
    path = dialog.save_to(tmp_path / "casus.pdf")
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(
        io.BytesIO(path.read_bytes())).pages)
    assert "kruimel" not in text.lower() and "[naam]" in text
    monkeypatch.setattr(dialog_module, "_copied_text", None)
    assert dialog.copy_to_clipboard(confirmed=True)
    assert "kruimel" not in QGuiApplication.clipboard().text().lower()


def test_terugzetten_on_one_occurrence_puts_the_word_back_everywhere(dialog):
    before = dialog.result.text
    assert dialog.remove_flagged_name("Kruimel")
    at = dialog.result.text.index("[naam] moeder")
    cursor = dialog.preview.textCursor()
    cursor.setPosition(at + 2)
    dialog.preview.setTextCursor(cursor)
    assert dialog.undo_at_cursor()
    assert dialog.result.text == before and dialog.decisions == []
    dialog.rebuild()
    assert dialog.result.text.lower().count("kruimel") == 3
