"""Working-day arithmetic for the meldcode (Veilig Thuis decides within 5 working days).

Pure stdlib. Dutch public holidays are optional: pass them in via ``holidays``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

VT_RESPONSE_WORKING_DAYS = 5


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


def dutch_public_holidays(
    year: int, *, goede_vrijdag: bool = False, bevrijdingsdag: bool = False
) -> frozenset[date]:
    """Official Dutch public holidays on which Veilig Thuis is normally closed.

    Goede Vrijdag and Bevrijdingsdag are not generally days off; include them on request.
    """
    easter = easter_sunday(year)
    koningsdag = date(year, 4, 27)
    if koningsdag.weekday() == 6:  # on a Sunday it moves to Saturday 26 April
        koningsdag = date(year, 4, 26)
    days = {
        date(year, 1, 1),  # Nieuwjaarsdag
        easter,
        easter + timedelta(days=1),  # Tweede Paasdag
        koningsdag,
        easter + timedelta(days=39),  # Hemelvaartsdag
        easter + timedelta(days=49),  # Eerste Pinksterdag
        easter + timedelta(days=50),  # Tweede Pinksterdag
        date(year, 12, 25),
        date(year, 12, 26),
    }
    if goede_vrijdag:
        days.add(easter - timedelta(days=2))
    if bevrijdingsdag:
        days.add(date(year, 5, 5))
    return frozenset(days)


def is_working_day(day: date, holidays: Iterable[date] = ()) -> bool:
    return day.weekday() < 5 and day not in set(holidays)


def add_working_days(start: date, n: int, holidays: Iterable[date] = ()) -> date:
    """The date ``n`` working days after ``start`` (``start`` itself is day 0).

    A melding on Friday with n=5 is due the next Friday; weekends and the given
    holidays are skipped.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    skip = set(holidays)
    day = start
    remaining = n
    while remaining:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in skip:
            remaining -= 1
    return day


def vt_response_due(melding_date: date, *, use_dutch_holidays: bool = False) -> date:
    """Date by which Veilig Thuis should have decided (5 working days after the melding)."""
    holidays: set[date] = set()
    if use_dutch_holidays:
        for year in (melding_date.year, melding_date.year + 1):
            holidays |= dutch_public_holidays(year)
    return add_working_days(melding_date, VT_RESPONSE_WORKING_DAYS, holidays)
