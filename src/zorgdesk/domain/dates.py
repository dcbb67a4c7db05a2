"""Dates and times as the IB types them: 14-03-2026, 14/3/2026, 14.3.2026 or 2026-03-14."""

from __future__ import annotations

import re
from datetime import date, time

from zorgdesk.domain.text import quote_short


def dutch_date(day: date) -> str:
    """14-03-2026: as ``f"{day:%d-%m-%Y}"``, without strftime (which imports the time
    module on every call, through every import hook installed, e.g. PySide's)."""
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


_DMY = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_YMD = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_HM = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*(?:uur)?\s*$")


def parse_dutch_date(text: str) -> date:
    """Parse a typed date; raise ValueError with a Dutch message."""
    text = text or ""
    if match := _DMY.match(text):
        day, month, year = (int(g) for g in match.groups())
    elif match := _YMD.match(text):
        year, month, day = (int(g) for g in match.groups())
    else:
        raise ValueError(f"{quote_short(text) or 'Dit '}is geen datum. Gebruik de vorm "
                         "dd-mm-jjjj, bijv. 14-03-2025.")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"De datum {text.strip()} bestaat niet.") from None


def parse_dutch_time(text: str) -> time:
    """Parse ``uu:mm`` or ``uu.mm`` (optionally followed by 'uur'); Dutch ValueError."""
    match = _HM.match(text or "")
    if not match:
        raise ValueError(f"{quote_short(text) or 'Dit '}is geen tijd. Gebruik de vorm uu:mm, "
                         "bijv. 15:30.")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValueError(f"De tijd {text.strip()} bestaat niet.")
    return time(hour, minute)
