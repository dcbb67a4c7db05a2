"""Issue 16: the one nickname question before the first PDF or copy names the words the
preview flags as possible names, so the IB can type them ("ZorgDesk twijfelt over:
spijker, lange"). Still one question, keyboard only. Since stop 38 the words are the
flags she has not decided yet: the question is then the merged one about undecided flags
(test_flag_decisions.py), whose safe answer puts the cursor on the first undecided row.

A real demo vault in tmp_path, the real dialog offscreen (pytest-qt).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.anonymise.summary_dialog import open_summary
from tests.conftest import TODAY
from tests.services.test_logbook import draft
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.ui.anonymise.dialog import (
    NICKNAME_QUESTION,
    NICKNAME_TITLE,
    UNDECIDED_TITLE,
    AnonymiseDialog,
    doubt_line,
)

ENTRY = ("Hij is bang voor spijker. Op het plein zei hij: neem lange mee naar de tunnel. "
         "Ze wachten hem op bij de brug.")


@pytest.fixture
def session(demo_vault):
    return Session(demo_vault, FixedClock(TODAY))


def _dialog(qtbot, session, situation: str) -> AnonymiseDialog:
    zoe = session.basedata.pupils("Zoë van der Berg")[0]
    session.logbook.add_entry(draft([zoe.id], session.vault, situation=situation))
    return open_summary(qtbot, session, zoe.id)


def test_the_question_names_the_flagged_words(qtbot, session, asked, monkeypatch, tmp_path):
    dlg = _dialog(qtbot, session, ENTRY)
    qtbot.waitUntil(lambda: {"spijker", "lange"} <= set(dlg.flags.names), timeout=10000)
    asked.answers.append(False)  # "Eerst beoordelen": nothing leaves, the cursor to the list
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "casus.pdf"), ""))
    assert dlg.save_as() is None
    assert [q[0] for q in asked.questions] == [UNDECIDED_TITLE]  # one question, merged
    question = asked.questions[0][1]
    assert question.startswith(NICKNAME_QUESTION)
    assert "ZorgDesk twijfelt over: " in question
    assert "'spijker'" in question and "'lange'" in question
    assert not (tmp_path / "casus.pdf").exists()
    assert dlg.focusWidget() is dlg.flags.list
    dlg.nicknames.setPlainText("spijker\nlange")  # what she types there leaves the text
    dlg.rebuild()
    qtbot.waitUntil(lambda: dlg.result is not None and "spijker" not in dlg.result.text,
                    timeout=10000)
    assert "lange" not in dlg.result.text.split()


def test_without_flags_the_question_is_as_before(qtbot, session, asked):
    dlg = _dialog(qtbot, session, "Ze kwam te laat en had geen ontbijt gehad.")
    qtbot.waitUntil(lambda: dlg.result is not None, timeout=10000)
    asked.answers.append(False)
    assert dlg.copy_to_clipboard() is False
    assert asked.questions == [(NICKNAME_TITLE, NICKNAME_QUESTION, False)]


def test_the_doubt_line_is_short_and_dutch() -> None:
    assert doubt_line([]) == ""
    assert doubt_line(["spijker", "lange"]) == "ZorgDesk twijfelt over: 'spijker', 'lange'."
    many = doubt_line([f"woord{k}" for k in range(11)])
    assert many.endswith("'woord5' en 5 andere (zie de lijst onder het voorbeeld).")
