"""The deadlines as an iCalendar file (RFC 5545) for the IB's own calendar.

A calendar leaves ZorgDesk's encryption and is often synchronised: it names no pupil,
parent or conversation subject. Each event carries the kind of deadline and the
pupil's initials only, and points back to ZorgDesk for the rest. The file is written
readable by its owner only (0600, services/private_files.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from icalendar import Calendar, Event

if TYPE_CHECKING:
    from zorgdesk.services.today.deadlines import Deadline

PRODID = "-//ZorgDesk//Vandaag//NL"


def _uid(deadline: Deadline) -> str:
    # Stable across exports (a re-import updates instead of duplicating); internal
    # numbers only, hashed, so the UID says nothing about the pupil either.
    key = (f"{deadline.kind}|{deadline.record.value}|{deadline.record_id}|"
           f"{deadline.pupil_id}|{deadline.due.isoformat()}")
    return f"{hashlib.sha256(key.encode()).hexdigest()[:32]}@zorgdesk"


def deadlines_ics(deadlines: Iterable[Deadline], today: date,
                  stamp: datetime | None = None) -> bytes:
    """All-day events, one per deadline; ``stamp`` fixes DTSTAMP (tests)."""
    stamp = stamp or datetime.now(timezone.utc)  # noqa: UP017 - explicit for readers
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "ZorgDesk – termijnen")
    for deadline in deadlines:
        event = Event()
        event.add("uid", _uid(deadline))
        event.add("dtstamp", stamp)
        event.add("dtstart", deadline.due)
        event.add("dtend", deadline.due + timedelta(days=1))
        late = " (over tijd)" if deadline.overdue(today) else ""
        event.add("summary", f"{deadline.kind}: {deadline.initials}{late}")
        event.add("description", "Details staan in ZorgDesk, onder Vandaag.")
        event.add("transp", "TRANSPARENT")
        event.add("class", "CONFIDENTIAL")
        calendar.add_component(event)
    return calendar.to_ical()
