"""A nickname the vault knows ("Ook genoemd", or typed for this summary) that the rules
kept as an ordinary word is flagged under the preview (stop 37, issue 16). The IB sees
it in the list, removes it with Enter or leaves it; the question before an export sends
her to the list for it, never asks her to type it again (the vault knows it: typed, it
would be dropped as already known).

Real widgets on the real demo vault in tmp_path (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from tests.anonymise.summary_dialog import open_summary
from tests.conftest import TODAY
from zorgdesk.domain.anonymise.name_flags import RECORDED
from zorgdesk.domain.people import PupilDraft
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.logbook.service import LogbookService
from zorgdesk.services.session import Session
from zorgdesk.ui.anonymise.dialog import UNDECIDED_TITLE

ENTRY = ("Kapitein huilde in de klas. Later vochten ze en de kapitein zat op de bank. "
         "Hij is bang voor spijker. Er stak de spijker uit de muur.")


@pytest.fixture
def dialog(qtbot, demo_vault, monkeypatch):
    monkeypatch.setattr(LogbookService, "entries_for_summary",
                        lambda _self, pupil_id: [(TODAY.replace(day=2), ENTRY, False)])
    session = Session(demo_vault, FixedClock(TODAY))
    zoe = next(p for p in session.basedata.pupils() if p.first_name == "Zoë")
    session.basedata.update_pupil(zoe.id, PupilDraft(
        zoe.first_name, zoe.last_name, zoe.date_of_birth, zoe.start_date, zoe.tussenvoegsel,
        zoe.gender, zoe.group_id, zoe.leave_date, nicknames="Kapitein"))
    return open_summary(qtbot, session, zoe.id)


def _row_of(dialog, word: str) -> int:
    return dialog.flags.names.index(word)


def test_a_recorded_nickname_kept_as_a_word_is_in_the_list(dialog, qtbot) -> None:
    assert "de kapitein zat" in dialog.result.text  # the rules kept it (an article)
    assert "kapitein" in dialog.flags.names and "spijker" in dialog.flags.names
    row = dialog.flags.list.item(_row_of(dialog, "kapitein"))
    assert row.text() == f"“kapitein” – {RECORDED}"
    # Keyboard only: Alt+L to the list, the row, Enter removes every kept mention.
    QTest.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert dialog.flags.list.hasFocus()
    dialog.flags.list.setCurrentRow(_row_of(dialog, "kapitein"))
    QTest.keyClick(dialog.flags.list, Qt.Key.Key_Return)
    assert "kapitein" not in dialog.result.text.lower()
    assert "spijker" in dialog.result.text  # one decision, one word


def test_the_question_sends_her_to_the_list_for_a_recorded_nickname(
        dialog, asked, monkeypatch, tmp_path) -> None:
    """Stop 38: before an export the question names every undecided flag, the recorded
    nickname too, to decide in the list (Weghalen or Laten staan), not to type again.
    Once she decided it, it is not named."""
    asked.answers.append(False)  # "Eerst beoordelen": nothing leaves
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "casus.pdf"), ""))
    assert dialog.save_as() is None
    assert [q[0] for q in asked.questions] == [UNDECIDED_TITLE]
    question = asked.questions[0][1]
    assert "Kies bij elk Weghalen of Laten staan." in question
    assert "'spijker'" in question and "'kapitein'" in question
    dialog.flags.list.setCurrentRow(_row_of(dialog, "kapitein"))
    dialog.flags.keep_button.click()  # she judged it: it may stay
    asked.answers.append(False)
    assert dialog.save_as() is None
    assert "'spijker'" in asked.questions[1][1]
    assert "kapitein" not in asked.questions[1][1].lower()


def test_a_typed_nickname_kept_as_a_word_is_flagged_after_an_edit_too(dialog, qtbot) -> None:
    dialog.nicknames.setPlainText("Spijker")
    dialog.rebuild()
    qtbot.waitUntil(lambda: "bang voor [naam]" in dialog.result.text, timeout=10000)
    assert "de spijker uit de muur" in dialog.result.text  # kept: an article before it
    assert "spijker" in dialog.flags.names
    assert dialog.flags.list.item(_row_of(dialog, "spijker")).text().endswith(RECORDED)
    # An edit of the preview: the flags are looked for again, with the same nicknames.
    at = dialog.result.text.index("in de klas")
    dialog.remove_output_span(at, at + len("in de klas"))
    assert dialog.flags.names == []
    qtbot.waitUntil(lambda: "spijker" in dialog.flags.names, timeout=10000)
    assert "kapitein" in dialog.flags.names
    assert all(dialog.flags.list.item(_row_of(dialog, word)).text().endswith(RECORDED)
               for word in ("spijker", "kapitein"))
