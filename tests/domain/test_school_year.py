"""Nieuw schooljaar, the pure plan: the proposal per group name, the Dutch checks of the
plan as the IB edits it, the order of the renames, the summary."""

from __future__ import annotations

from datetime import date

import pytest

from zorgdesk.domain.school_year import (
    Fate,
    GroupNow,
    GroupStep,
    check_leave_date,
    check_steps,
    proposal,
    rename_order,
    school_year_end,
    summary,
)


def _proposed(name: str) -> tuple[Fate, str]:
    step = proposal(GroupNow(1, name, 20))
    return step.fate, step.new_name


@pytest.mark.parametrize(("name", "new"), [
    ("Groep 1", "Groep 2"),
    ("Groep 7", "Groep 8"),
    ("groep 3b", "groep 4b"),
    ("5a", "6a"),
    ("4/5", "5/6"),
    ("Groep 4/5", "Groep 5/6"),
    ("groep 1-2", "groep 2-3"),
    ("Groep 6 - De Dolfijnen", "Groep 7 - De Dolfijnen"),
    ("Groep 5 lokaal 12", "Groep 6 lokaal 12"),
])
def test_a_group_moves_up_one_year_keeping_letters_and_nicknames(name, new):
    assert _proposed(name) == (Fate.MOVES, new)


@pytest.mark.parametrize("name", ["Groep 8", "8a", "groep 8B - De Uilen", "8"])
def test_groep_8_leaves_the_school(name):
    assert _proposed(name) == (Fate.LEAVES, "")


@pytest.mark.parametrize(("name", "hint"), [
    ("Zonnebloem", "Geen groepsnummer"),
    ("Kleuters", "Geen groepsnummer"),
    ("7/8", "Combinatiegroep met groep 8"),
    ("Groep 9", "Groep 9 bestaat niet"),
])
def test_a_name_without_a_plain_level_is_for_the_ib_to_decide(name, hint):
    step = proposal(GroupNow(1, name, 20))
    assert step.fate is Fate.UNDECIDED and step.new_name == ""
    assert step.hint.startswith(hint)


def test_a_combination_group_gets_a_hint_to_check():
    assert proposal(GroupNow(1, "4/5", 20)).hint == "Combinatiegroep: controleer de nieuwe naam."
    assert proposal(GroupNow(1, "Groep 4", 20)).hint == ""


def _step(i, name, fate, new="", pupils=10):
    return GroupStep(i, name, pupils, fate, new)


def test_every_bad_row_gets_a_dutch_message_at_its_row():
    steps = [_step(1, "Zonnebloem", Fate.UNDECIDED), _step(2, "Groep 5", Fate.MOVES, "  "),
             _step(3, "Groep 6", Fate.MOVES, "x" * 41), _step(4, "Groep 7", Fate.LEAVES)]
    problems = check_steps(steps)
    assert [p.field for p in problems] == ["groups[0]", "groups[1]", "groups[2]"]
    assert problems[0].message.startswith("Kies wat er met Zonnebloem gebeurt")
    assert problems[1].message == "Vul de nieuwe naam van Groep 5 in."
    assert "te lang (maximaal 40 tekens)" in problems[2].message


def test_two_groups_to_one_name_is_refused_unless_merged_on_purpose():
    steps = [_step(1, "5a", Fate.MOVES, "6"), _step(2, "5b", Fate.MOVES, "6 ")]
    problems = check_steps(steps)
    assert [p.field for p in problems] == ["groups[0]", "groups[1]"]
    assert problems[0].message.startswith("5a en 5b krijgen allebei de naam 6.")
    assert check_steps(steps, merge=True) == []


def test_a_new_name_that_a_staying_group_keeps_is_refused_even_when_merging():
    steps = [_step(1, "Groep 5", Fate.MOVES, "zonnebloem"), _step(2, "Zonnebloem", Fate.STAYS)]
    problems = check_steps(steps, merge=True)
    assert problems and problems[0].message.startswith("De naam zonnebloem is dan twee keer")
    # an undecided group keeps its name too: its name is not free
    steps[1] = _step(2, "Zonnebloem", Fate.UNDECIDED)
    assert any("twee keer" in p.message for p in check_steps(steps))


def test_the_name_of_a_group_that_moves_on_or_leaves_is_free():
    steps = [_step(1, "Groep 6", Fate.MOVES, "Groep 7"), _step(2, "Groep 7", Fate.MOVES, "Groep 8"),
             _step(3, "Groep 8", Fate.LEAVES)]
    assert check_steps(steps) == []
    assert [s.group_id for s in rename_order(steps)] == [2, 1]


def test_groups_that_would_swap_names_are_refused_in_dutch():
    steps = [_step(1, "5a", Fate.MOVES, "5b"), _step(2, "5b", Fate.MOVES, "5a"),
             _step(3, "Groep 3", Fate.MOVES, "Groep 4")]
    problems = check_steps(steps)
    assert [p.field for p in problems] == ["groups[0]", "groups[1]"]
    assert problems[0].message.startswith("5a en 5b krijgen elkaars naam.")
    assert [s.group_id for s in rename_order(steps)] == [3]


def test_the_leave_date_is_within_this_school_year_and_not_a_year_back():
    today = date(2027, 7, 5)
    assert school_year_end(today) == date(2027, 7, 31)
    assert school_year_end(date(2027, 8, 20)) == date(2028, 7, 31)
    for fine in (date(2027, 7, 10), date(2027, 7, 31), date(2026, 7, 5)):
        problems = []
        check_leave_date(fine, today, True, problems)
        assert problems == []
    problems = []
    check_leave_date(date(2027, 8, 1), today, True, problems)
    assert problems[0].field == "leave_date"
    assert "na het einde van dit schooljaar (31-07-2027)" in problems[0].message
    problems = []
    check_leave_date(date(2026, 7, 3), today, True, problems)
    assert "meer dan een jaar terug" in problems[0].message
    problems = []
    check_leave_date(date(2030, 1, 1), today, False, problems)  # nobody leaves: no date
    assert problems == []


def test_the_summary_counts_in_dutch():
    steps = [_step(1, "Groep 7", Fate.MOVES, "Groep 8", 25), _step(2, "Groep 6", Fate.MOVES,
             "Groep 7", 2), _step(3, "Groep 8", Fate.LEAVES, pupils=27),
             _step(4, "Zonnebloem", Fate.STAYS, pupils=12)]
    assert summary(steps, date(2027, 7, 10)) == (
        "27 leerlingen verlaten de school op 10-07-2027. 2 groepen krijgen een nieuwe naam "
        "(27 leerlingen). 1 groep blijft zoals hij is.")
    one = [_step(3, "Groep 8", Fate.LEAVES, pupils=1), _step(4, "X", Fate.UNDECIDED)]
    assert summary(one, None) == ("1 leerling verlaat de school (vul de vertrekdatum in). "
                                  "Nog te kiezen: X.")
