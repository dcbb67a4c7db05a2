"""One clock for every service: today's date and the current time.

The session builds every service with the same clock. The app uses the system clock;
tests and the demo pass a :class:`FixedClock` (or their own :class:`Clock` whose
``now`` moves on) instead of patching private fields.
"""

from __future__ import annotations

from datetime import date, datetime, time


class Clock:
    """The system clock; subclass and override :meth:`now` for another time."""

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)

    def today(self) -> date:
        return self.now().date()


class FixedClock(Clock):
    """Always the same moment (a date alone means noon of that day)."""

    def __init__(self, at: date | datetime) -> None:
        self.at = at if isinstance(at, datetime) else datetime.combine(at, time(12))

    def now(self) -> datetime:
        return self.at

    def __repr__(self) -> str:
        return f"FixedClock({self.at.isoformat()})"


SYSTEM_CLOCK = Clock()
