"""Issue 16: the IB decides each flag under the preview, either way. "Weghalen" takes
the word or description out; "Gekozen laten staan" (Alt+G, or Space in the list) records
that she read it and judged it harmless. The row says so in words, Space or the button
again undoes it, "Voorbeeld bijwerken" keeps it, the status line counts what she decided,
and before an export ONE question (merged with the nickname question) says how many are
still undecided, with "Eerst beoordelen" as the safe default.

Real widgets on the real demo vault in tmp_path (pytest-qt, offscreen); the logboek text
fixed as in test_name_flags_dialog.py.
"""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

from tests.anonymise.summary_dialog import open_summary
from tests.conftest import TODAY
from zorgdesk.domain.anonymise.preview_decisions import KEPT
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.logbook.service import LogbookService
from zorgdesk.services.session import Session
from zorgdesk.ui.anonymise import dialog as dialog_module
from zorgdesk.ui.anonymise.dialog import NICKNAME_TITLE, UNDECIDED_TITLE

ENTRY = ("Hij is bang voor spijker. Op het plein zei hij: neem lange mee naar de tunnel. "
         "Hij is de enige Syrische jongen in groep 3b.")
RARE = "de enige Syrische jongen in groep 3b"


@pytest.fixture
def session(demo_vault):
    return Session(demo_vault, FixedClock(TODAY))


@pytest.fixture
def dialog(qtbot, session, monkeypatch):
    monkeypatch.setattr(LogbookService, "entries_for_summary",
                        lambda _self, pupil_id: [(TODAY.replace(day=2), ENTRY, False)])
    monkeypatch.setattr(dialog_module, "_copied_text", None)
    zoe = next(p.id for p in session.basedata.pupils() if p.first_name == "Zoë")
    dlg = open_summary(qtbot, session, zoe)
    qtbot.waitUntil(lambda: _rows(dlg) and not dlg.flags.pending, timeout=10000)
    return dlg


def _rows(dialog) -> list[str]:
    return [dialog.flags.list.item(i).text() for i in range(dialog.flags.list.count())]


def _row(dialog, word: str) -> int:
    return next(i for i, text in enumerate(_rows(dialog)) if f"“{word}" in text)


def _spoken(dialog, row: int) -> str:
    return dialog.flags.list.item(row).data(Qt.ItemDataRole.AccessibleTextRole)


def _pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(
        io.BytesIO(path.read_bytes())).pages)


def test_the_fixture_has_three_flags(dialog) -> None:
    assert dialog.flags.names == ["spijker", "lange"]
    assert any(RARE in row for row in _rows(dialog))
    assert "0 van 3 beoordeeld" in dialog.status.text()


def test_keep_with_the_mouse_shows_the_decision_in_words_and_undo_puts_it_back(
        dialog, qtbot) -> None:
    row = _row(dialog, "spijker")
    dialog.flags.list.setCurrentRow(row)
    qtbot.mouseClick(dialog.flags.keep_button, Qt.MouseButton.LeftButton)
    assert "bang voor spijker" in dialog.result.text  # kept: the text is unchanged
    assert _rows(dialog)[row].startswith("Laten staan: “spijker”")
    assert "laten staan" in _spoken(dialog, row).lower()
    assert [(d.action, d.text) for d in dialog.decisions] == [(KEPT, "spijker")]
    assert "1 van 3 beoordeeld" in dialog.status.text()
    # The undo: the same button on the same row (a toggle button: pressed when kept).
    dialog.flags.list.setCurrentRow(row)
    assert dialog.flags.keep_button.isCheckable() and dialog.flags.keep_button.isChecked()
    qtbot.mouseClick(dialog.flags.keep_button, Qt.MouseButton.LeftButton)
    assert _rows(dialog)[row].startswith("“spijker”")
    assert "nog niet beoordeeld" in _spoken(dialog, row).lower()
    assert dialog.decisions == [] and "0 van 3 beoordeeld" in dialog.status.text()
    assert not dialog.flags.keep_button.isChecked()


def test_keyboard_only_every_flag_decided(dialog, qtbot, asked, tmp_path, monkeypatch) -> None:
    QTest.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # to the list
    assert dialog.focusWidget() is dialog.flags.list and dialog.flags.list.currentRow() == 0
    QTest.keyClick(dialog.flags.list, Qt.Key.Key_Space)  # 'spijker': laten staan
    assert _rows(dialog)[0].startswith("Laten staan:")
    assert dialog.flags.list.currentRow() == 1  # on to the next undecided row
    QTest.keyClick(dialog.flags.list, Qt.Key.Key_Space)  # a slip: 'lange' kept ...
    dialog.flags.list.setCurrentRow(1)
    QTest.keyClick(dialog.flags.list, Qt.Key.Key_Space)  # ... and undone with Space
    assert _rows(dialog)[1].startswith("“lange”")
    QTest.keyClick(dialog.flags.list, Qt.Key.Key_Return)  # 'lange': weghalen
    assert "lange" not in dialog.result.text.split()
    qtbot.waitUntil(lambda: not dialog.flags.pending, timeout=10000)
    assert "2 van 3 beoordeeld" in dialog.status.text()
    row = next(i for i, text in enumerate(_rows(dialog)) if RARE in text)
    assert dialog.flags.list.currentRow() == row  # the cursor is on the undecided one
    QTest.keyClick(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # laten staan
    qtbot.waitUntil(lambda: _rows(dialog)[row].startswith("Laten staan:"))  # animateClick
    assert "3 van 3 beoordeeld" in dialog.status.text()
    # Everything decided, nicknames typed: the PDF is written without a question.
    dialog.nicknames.setPlainText("Tijger")
    dialog.rebuild()
    qtbot.waitUntil(lambda: not dialog.flags.pending, timeout=10000)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "casus.pdf"), ""))
    assert dialog.save_as() is not None and asked.questions == []
    text = _pdf_text(tmp_path / "casus.pdf")
    assert "spijker" in text and "lange" not in text.split()


def test_decisions_survive_voorbeeld_bijwerken(dialog, qtbot) -> None:
    dialog.flags.list.setCurrentRow(_row(dialog, "spijker"))
    dialog.flags.keep_button.click()
    dialog.flags.list.setCurrentRow(next(i for i, t in enumerate(_rows(dialog)) if RARE in t))
    dialog.flags.keep_button.click()
    dialog.question.setPlainText("Moeten we melden?")
    dialog.refresh_button.click()
    qtbot.waitUntil(lambda: not dialog.flags.pending, timeout=10000)
    assert "Moeten we melden?" in dialog.result.text  # rebuilt
    rows = _rows(dialog)
    assert rows[_row(dialog, "spijker")].startswith("Laten staan:")
    assert next(t for t in rows if RARE in t).startswith("Laten staan:")
    assert rows[_row(dialog, "lange")].startswith("“lange”")
    assert "2 van 3 beoordeeld" in dialog.status.text()
    assert dialog.error.text() == ""  # nothing was lost


def test_a_keep_is_part_of_the_draft(dialog, qtbot, session) -> None:
    dialog.flags.list.setCurrentRow(_row(dialog, "lange"))
    dialog.flags.keep_button.click()
    dialog.drafts.save_now()
    dialog.guard.reset()
    dialog.close()
    again = open_summary(qtbot, session, dialog.pupil_id)
    qtbot.waitUntil(lambda: _rows(again) and not again.flags.pending, timeout=10000)
    assert _rows(again)[_row(again, "lange")].startswith("Laten staan:")


def test_one_question_with_the_nicknames_and_the_safe_default(dialog, asked, session,
                                                              qtbot) -> None:
    dialog.flags.list.setCurrentRow(_row(dialog, "spijker"))
    dialog.flags.keep_button.click()
    dialog.preview.setFocus()
    asked.answers.append(False)  # what Enter and Esc give: "Eerst beoordelen"
    assert dialog.copy_to_clipboard() is False
    assert [q[0] for q in asked.questions] == [UNDECIDED_TITLE]  # one question, not two
    question = asked.questions[0][1]
    assert "bijnaam" in question  # the nickname question is part of it
    assert "2 van de 3" in question and "'lange'" in question and RARE in question
    assert "'spijker'" not in question  # decided
    assert QGuiApplication.clipboard().text() != dialog.result.text
    assert dialog.focusWidget() is dialog.flags.list
    assert dialog.flags.list.currentRow() == _row(dialog, "lange")
    assert not session.sharing.for_pupil(dialog.pupil_id)
    assert "klembord" in question  # Kopiëren: the clipboard's warning is in it too
    asked.answers.append(True)  # "Toch kopiëren": no second question (review s38)
    assert dialog.copy_to_clipboard() is True
    assert [q[0] for q in asked.questions][1:] == [UNDECIDED_TITLE]
    assert QGuiApplication.clipboard().text() == dialog.result.text
    what = session.sharing.for_pupil(dialog.pupil_id)[0].what
    assert "2 markeringen niet beoordeeld" in what
    assert "lange" not in what and "Syrische" not in what  # a count, never the words
    asked.answers.append(True)  # exported once: the nickname part is answered ...
    assert dialog.copy_to_clipboard() is True
    assert [q[0] for q in asked.questions][2:] == [UNDECIDED_TITLE]
    assert "bijnaam" not in asked.questions[2][1]  # ... the undecided ones are asked again


def test_the_real_question_box_defaults_to_eerst_beoordelen(dialog, qtbot, tmp_path,
                                                            monkeypatch) -> None:
    """Enter in the real box: nothing leaves (the box is answered by a timer)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen = []

    def press_enter(tries: int = 50) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries:  # not open yet
                QTimer.singleShot(100, lambda: press_enter(tries - 1))
            return
        seen.append((box.defaultButton().text(), box.escapeButton() is box.defaultButton()))
        QTest.keyClick(box, Qt.Key.Key_Return)

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "casus.pdf"), ""))
    dialog.nicknames.setPlainText("Tijger")  # only the undecided flags are asked about
    dialog.rebuild()
    qtbot.waitUntil(lambda: not dialog.flags.pending, timeout=10000)
    QTimer.singleShot(100, press_enter)
    assert dialog.save_as() is None
    assert seen == [("&Eerst beoordelen", True)]
    assert not (tmp_path / "casus.pdf").exists()
    assert dialog.focusWidget() is dialog.flags.list and dialog.flags.list.currentRow() == 0


def test_with_every_flag_decided_only_todays_nickname_question(dialog, asked) -> None:
    for word in ("spijker", "lange"):
        dialog.flags.list.setCurrentRow(_row(dialog, word))
        dialog.flags.keep_button.click()
    dialog.flags.list.setCurrentRow(next(i for i, t in enumerate(_rows(dialog)) if RARE in t))
    dialog.flags.button.click()  # Weghalen
    asked.answers.append(False)
    assert dialog.copy_to_clipboard() is False
    assert [q[0] for q in asked.questions] == [NICKNAME_TITLE]
    assert "beoordeeld" not in asked.questions[0][1]
    assert dialog.focusWidget() is dialog.nicknames


def test_an_edit_right_before_the_export_is_looked_at_first(dialog, asked) -> None:
    """The flags of an edited preview come from a worker; an export does not go past
    them while they are on their way."""
    for word in ("spijker", "lange"):
        dialog.flags.list.setCurrentRow(_row(dialog, word))
        dialog.flags.keep_button.click()
    at = dialog.result.text.index("Op het plein")
    dialog.remove_output_span(at, at + len("Op het plein"))
    assert dialog.flags.pending
    dialog.nicknames_answered = True
    asked.answers.append(False)
    assert dialog.copy_to_clipboard() is False
    assert [q[0] for q in asked.questions] == [UNDECIDED_TITLE]
    assert "1 van de 3" in asked.questions[0][1]


def test_the_new_button_has_its_own_alt_letter(dialog) -> None:
    letters = []
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        if widget.isVisibleTo(dialog):
            letters += re.findall(r"&(\w)", widget.text().replace("&&", ""))
    letters = [letter.lower() for letter in letters]
    assert "g" in letters and len(letters) == len(set(letters)), letters
    assert dialog.flags.keep_button.accessibleName()
    # The list's keys are said where the IB (and her screen reader) is: in the list.
    assert "spatie laat staan" in dialog.flags.list.accessibleDescription()
    assert "Enter haalt weg" in dialog.flags.list.toolTip()


def test_a_keep_counts_as_typing_for_the_close_guard(dialog, asked) -> None:
    """Esc after only a 'Laten staan' asks first, as after a removal: her judgement is
    work she did (it is in the draft as well)."""
    dialog.flags.list.setFocus()
    QTest.keyClick(dialog.flags.list, Qt.Key.Key_Space)
    asked.answers.append(False)  # "Niet opgeslagen": stay
    QTest.keyClick(dialog.flags.list, Qt.Key.Key_Escape)
    assert dialog.isVisible() and [q[0] for q in asked.questions] == ["Niet opgeslagen"]
    assert _rows(dialog)[0].startswith("Laten staan:")
