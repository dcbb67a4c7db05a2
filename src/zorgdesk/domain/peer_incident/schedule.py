"""When the temporary omgangsregels are evaluated (seed 003 l.5749-5763).

First two weeks after they take effect, then every month; "zo nodig kan van deze data
afgeweken worden", so a chosen date replaces the computed one.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from zorgdesk.domain.peer_incident.vocabulary import FIRST_EVALUATION_DAYS


def add_months(day: date, months: int = 1) -> date:
    """Same day of the month ``months`` later; the month's last day when it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def first_evaluation(start: date) -> date:
    return start + timedelta(days=FIRST_EVALUATION_DAYS)


def next_evaluation(evaluated_on: date) -> date:
    return add_months(evaluated_on, 1)
