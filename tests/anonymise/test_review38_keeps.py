"""Review s38 (doubts): a flag kept as written ('Laten staan') covers what the IB read,
not every later mention of the same word. A keep of 'spijker' in 'bang voor spijker'
must not silently decide a new mention that she types later in a new, identifying
place ('Moeder zegt dat spijker bij hen woont'): that row is undecided again and the export
asks about it."""

from __future__ import annotations

import pytest

# the fixtures (dialog, session) and helpers of doubts' tests, on the same entry
from tests.anonymise.test_flag_decisions import _row, _rows, dialog, session  # noqa: F401
from zorgdesk.ui.anonymise.dialog import UNDECIDED_TITLE


@pytest.mark.parametrize("typed", [
    "Moeder zegt dat spijker bij hen woont.",
    "Wat als spijker hem weer ophaalt na school?",
])
def test_a_new_mention_of_a_kept_word_is_undecided_again(dialog, qtbot, asked,  # noqa: F811
                                                         typed) -> None:
    dialog.flags.list.setCurrentRow(_row(dialog, "spijker"))
    dialog.flags.keep_button.click()
    assert _rows(dialog)[_row(dialog, "spijker")].startswith("Laten staan:")
    dialog.question.setPlainText(typed)
    dialog.refresh_button.click()
    qtbot.waitUntil(lambda: not dialog.flags.pending, timeout=10000)
    assert typed in dialog.result.text  # the rules left the new mention: hers to decide
    row = _row(dialog, "spijker") if any("spijker" in r.lower() for r in _rows(dialog)) else None
    assert row is not None, _rows(dialog)
    assert not _rows(dialog)[row].startswith("Laten staan:"), _rows(dialog)
    assert "spijker" in [w.lower() for w in dialog.flags.undecided()]
    dialog.nicknames_answered = True
    asked.answers.append(False)
    assert dialog.copy_to_clipboard() is False
    assert [q[0] for q in asked.questions] == [UNDECIDED_TITLE]


def test_a_keep_covers_the_mentions_she_saw_and_lapses_with_a_new_one() -> None:
    from zorgdesk.domain.anonymise.preview_decisions import KEPT, kept_keys, toggle_keep

    seen = "Bang voor spijker. Pakt spijker mee."
    decisions = toggle_keep([], "spijker", 9, seen)
    assert [d.action for d in decisions] == [KEPT, KEPT]  # one per mention she read
    assert kept_keys(decisions, seen) == {"spijker"}
    assert kept_keys(decisions, "Bang voor spijker.") == {"spijker"}  # one taken out
    later = seen + " Moeder zegt dat Spijker bij hen woont."
    assert kept_keys(decisions, later) == frozenset()  # a mention she has not seen
    again = toggle_keep(decisions, "spijker", 9, later)  # she reads it and keeps it too
    assert len(again) == 3 and kept_keys(again, later) == {"spijker"}
    assert toggle_keep(again, "Spijker", 9, later) == []  # the undo takes every keep


def test_a_keep_of_two_mentions_that_are_gone_is_reported_once(dialog, qtbot) -> None:  # noqa: F811
    """A keep records one decision per mention; when the word is gone after a rebuild
    (here she typed it as a nickname after all) the message counts one change, not two."""
    dialog.question.setPlainText("Moeder zegt dat spijker bij hen woont.")
    dialog.refresh_button.click()
    qtbot.waitUntil(lambda: not dialog.flags.pending, timeout=10000)
    dialog.flags.list.setCurrentRow(_row(dialog, "spijker"))
    dialog.flags.keep_button.click()
    assert len(dialog.decisions) == 2  # both mentions she read
    dialog.nicknames.setPlainText("spijker")
    dialog.refresh_button.click()
    qtbot.waitUntil(lambda: not dialog.flags.pending, timeout=10000)
    assert "spijker" not in dialog.result.text.lower()
    assert dialog.error.text().startswith("1 eigen wijziging paste niet meer"), dialog.error.text()
    assert dialog.error.text().count("'spijker'") == 1
