"""Review s35: whatever the IB types in "Bijnamen die niet in ZorgDesk staan" is either
removed from the text or refused with a Dutch message. Before, a note beside the name
("Tijger (broer)"), a list number ("1. Tijger"), two names on one line joined by a slash
or "en", or a name that folds to an article ("Dé") were accepted without a word and
removed nothing: the tooltip promised the name would go, and it left in the summary."""

from __future__ import annotations

import pytest

from zorgdesk.domain.anonymise.anonymiser import anonymise
from zorgdesk.domain.anonymise.typed_nicknames import typed_nicknames

TEXT = "Tijger kwam binnen. Tijgertje huilde en Bolle lachte."


def _names(typed) -> list[str]:
    return [n for k in typed.known for n in k.nicknames]


@pytest.mark.parametrize("typed", [
    "1. Tijger", "2) Tijger", "- Tijger", "• Tijger", "(Tijger)", "'Tijger'", "Tijger.",
    "Tijger/Bolle", "Tijger | Bolle", "Tijger\tBolle", "Tijger • Bolle"])
def test_list_marks_and_separators_are_not_part_of_the_name(typed):
    result = typed_nicknames(typed, [])
    assert result.problems == ()
    text = anonymise(TEXT, list(result.known)).text
    assert "Tijger" not in text, (typed, _names(result), text)
    if "Bolle" in typed:
        assert "Bolle" not in text, (typed, _names(result), text)


@pytest.mark.parametrize("typed", [
    "Tijger (broer)", "Tijger - broer", "Tijger – broer", "Tijger = broer",
    "Tijger: broer", "Tijger (broer van Zoë)", "Tijger en Bolle", "Tijger of Tijg",
    "Tijger & Bolle", "Tijger + Bolle"])
def test_a_note_or_two_names_on_one_line_is_refused_in_dutch(typed):
    result = typed_nicknames(typed, [])
    assert result.known == ()
    assert len(result.problems) == 1
    assert "één per regel" in result.problems[0], result.problems


def test_a_refused_line_does_not_stop_the_good_ones():
    result = typed_nicknames("Tijger (broer)\nBolle", [])
    assert _names(result) == ["Bolle"] and len(result.problems) == 1


@pytest.mark.parametrize("typed", ["Dé", "Ter", "Dén"])
def test_a_name_that_is_an_article_without_its_accent_is_refused(typed):
    result = typed_nicknames(typed, [])
    assert result.known == ()
    assert len(result.problems) == 1 and f"'{typed}'" in result.problems[0]
    assert "Verwijder selectie" in result.problems[0]


def test_every_accepted_name_is_removed_from_a_sentence():
    for typed in ("Dé", "Ter", "Van", "Tijger (broer)", "1. Tijger", "J.P.", "Big Mike"):
        result = typed_nicknames(typed, [])
        for name in _names(result):
            core = name.strip(".")
            text = anonymise(f"Gisteren zei {core} dat het goed ging.", list(result.known)).text
            assert core not in text, (typed, text)


@pytest.mark.parametrize("typed", [
    "Big Mike", "Jan-Willem", "J.P", "D'Angelo", "Zoë 🦁", "Mo", "Tijger2", "de Bolle"])
def test_names_with_inner_marks_that_belong_to_them_are_kept(typed):
    result = typed_nicknames(typed, [])
    assert result.problems == () and _names(result) == [typed]
