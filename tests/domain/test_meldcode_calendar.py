"""Working-day arithmetic for the Veilig Thuis 5-werkdagen termijn."""

from datetime import date

import pytest

from zorgdesk.domain.meldcode.calendar import (
    add_working_days,
    dutch_public_holidays,
    easter_sunday,
    is_working_day,
    vt_response_due,
)


@pytest.mark.parametrize(
    ("start", "due"),
    [
        (date(2026, 3, 2), date(2026, 3, 9)),  # Monday -> next Monday
        (date(2026, 3, 4), date(2026, 3, 11)),  # Wednesday -> next Wednesday (over weekend)
        (date(2026, 3, 6), date(2026, 3, 13)),  # Friday -> next Friday
        (date(2026, 3, 7), date(2026, 3, 13)),  # Saturday -> Friday (Mon..Fri)
        (date(2026, 3, 8), date(2026, 3, 13)),  # Sunday -> Friday
    ],
)
def test_five_working_days_skip_weekend(start, due):
    assert vt_response_due(start) == due
    assert add_working_days(start, 5) == due


def test_zero_days_and_negative():
    assert add_working_days(date(2026, 3, 7), 0) == date(2026, 3, 7)
    with pytest.raises(ValueError):
        add_working_days(date(2026, 3, 7), -1)


def test_easter_known_years():
    assert easter_sunday(2024) == date(2024, 3, 31)
    assert easter_sunday(2025) == date(2025, 4, 20)
    assert easter_sunday(2026) == date(2026, 4, 5)


def test_dutch_holidays_2026():
    h = dutch_public_holidays(2026)
    assert date(2026, 4, 6) in h  # Tweede Paasdag
    assert date(2026, 4, 27) in h  # Koningsdag (Monday)
    assert date(2026, 5, 14) in h  # Hemelvaart
    assert date(2026, 5, 25) in h  # Tweede Pinksterdag
    assert date(2026, 12, 25) in h and date(2026, 12, 26) in h
    assert date(2026, 5, 5) not in h
    assert date(2026, 5, 5) in dutch_public_holidays(2026, bevrijdingsdag=True)
    assert date(2026, 4, 3) in dutch_public_holidays(2026, goede_vrijdag=True)


def test_koningsdag_on_sunday_moves_to_saturday():
    assert date(2025, 4, 26) in dutch_public_holidays(2025)  # 27-4-2025 is a Sunday


def test_due_date_with_holidays_over_easter_and_christmas():
    # Thursday 2 April 2026; Monday 6 April is Tweede Paasdag.
    assert vt_response_due(date(2026, 4, 2)) == date(2026, 4, 9)
    assert vt_response_due(date(2026, 4, 2), use_dutch_holidays=True) == date(2026, 4, 10)
    # Wednesday 23 December 2026: 25 (Fri) and 26 (Sat) are holidays.
    assert vt_response_due(date(2026, 12, 23), use_dutch_holidays=True) == date(2026, 12, 31)
    # Around new year: next year's holidays count too.
    assert vt_response_due(date(2026, 12, 29), use_dutch_holidays=True) == date(2027, 1, 6)


def test_is_working_day():
    assert is_working_day(date(2026, 3, 6))
    assert not is_working_day(date(2026, 3, 7))
    assert not is_working_day(date(2026, 4, 6), dutch_public_holidays(2026))
