"""Titles of a pupil's own records, to pick from instead of typing record numbers.

Used by the Meldcode wizard (signalenlijsten, logboekregels, zorggesprekken in steps 1
and 3) and the zorggesprek dialog (signals to discuss). Each service offers
``title(id)``; this module only lists which records of the pupil exist, newest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from zorgdesk.domain.text import short_name

if TYPE_CHECKING:
    from zorgdesk.services.conversations.service import ConversationService
    from zorgdesk.services.logbook.service import LogbookService
    from zorgdesk.services.signals.service import SignalService

SOURCES = ("signals", "logbook", "conversations")


@dataclass(frozen=True)
class LinkedRecords:
    """The services whose records another feature links by number (a meldcode dossier
    links signalenlijsten, logboekregels and zorggesprekken), each asked by its own
    typed method; ``source`` is one of ``SOURCES``."""

    signals: SignalService
    logbook: LogbookService
    conversations: ConversationService

    def title(self, source: str, record_id: int) -> str:
        """The picker title of a linked record ('Logboek 04-11-2026 (M. Hoekstra): ...');
        LookupError for an unknown source or record."""
        if source == "signals":
            return self.signals.title(record_id)
        if source == "logbook":
            return self.logbook.title(record_id)
        if source == "conversations":
            return self.conversations.title(record_id)
        raise LookupError(source)

    def belongs_to(self, source: str, record_id: int, pupil_id: int) -> bool:
        """Whether the record is about this pupil: a title is only shown in the own
        dossier. False for an unknown source or record."""
        try:
            if source == "signals":
                return self.signals.check(record_id).pupil_id == pupil_id
            if source == "logbook":
                return pupil_id in self.logbook.item(record_id).pupil_ids
            if source == "conversations":
                return self.conversations.get(record_id).pupil_id == pupil_id
        except (KeyError, LookupError):
            return False
        return False

    def printed_title(self, source: str, record_id: int) -> str:
        """What a printed report says about a linked record: the whole recorded fact,
        never cut mid-sentence and without the vault's internal number."""
        if source == "logbook":
            item = self.logbook.item(record_id)
            entry = item.current.content
            text = " ".join(entry.situation.split())
            head = f"Logboek {entry.entry_date:%d-%m-%Y} ({short_name(item.signalled_by)})"
            return f"{head}: “{text}”" if text else head
        if source == "conversations":
            g = self.conversations.get(record_id).gesprek
            return f"Zorggesprek {g.on:%d-%m-%Y}: {' '.join(g.subject.split())}"
        if source == "signals":
            return self.signals.title(record_id)
        raise LookupError(source)


def record_choices(session, source: str, pupil_id: int) -> list[tuple[int, str]]:
    """[(record id, Dutch title)] of one pupil, newest first; [] for an unknown source."""
    if source == "signals":
        service = session.signals
        corrected = service.corrected_ids(pupil_id)
        checks = sorted(service.checks(pupil_id), key=lambda c: (c.checked_on, c.id),
                        reverse=True)
        return [(c.id, service.title(c.id) + (" – gecorrigeerd" if c.id in corrected else ""))
                for c in checks]
    if source == "logbook":
        service = session.logbook
        return [(i.entry_id, service.title(i.entry_id)) for i in service.chronology(pupil_id)]
    if source == "conversations":  # linked as the talk held with the parents (step 3):
        service = session.conversations  # a planned one has not taken place yet
        return [(c.id, service.title(c.id)) for c in service.held_for_pupil(pupil_id)]
    return []


# Keys of conversation_draft.SIGNAL_SOURCES -> the services they come from.
DISCUSSION_SOURCES = {"logboek": "logbook", "signalenlijst": "signals"}


def discussion_choices(session, pupil_id: int) -> list[tuple[tuple[str, int], str]]:
    """Logboek entries and signal checks a zorggesprek can put on the agenda."""
    return [((key, record_id), title)
            for key, source in DISCUSSION_SOURCES.items()
            for record_id, title in record_choices(session, source, pupil_id)]


def discussion_line(day: date, situation: str) -> str:
    """A logboek entry on a zorggesprek's agenda: its date and its facts."""
    return f"{day:%d-%m-%Y}: {' '.join(situation.split())}"


def discussion_text(session, key: str, record_id: int) -> str:
    """What the report says about a picked record: the facts, as parents may read them."""
    if key == "logboek":
        entry = session.logbook.item(record_id).current.content
        return discussion_line(entry.entry_date, entry.situation)
    check = session.signals.check(record_id)
    # The IB's note is the fact parents can recognise ("drie dagen dezelfde kleding");
    # the catalogue item alone ("kind stinkt, ...") is only the category it was ticked at.
    ticked = [f"{t.text}: {' '.join(t.note.split())}" if t.note.strip() else t.text
              for t in check.ticks if not t.contra]
    text = f"Signalenlijst van {check.checked_on:%d-%m-%Y}: "
    return text + ("; ".join(ticked) if ticked else "geen signalen aangekruist")
