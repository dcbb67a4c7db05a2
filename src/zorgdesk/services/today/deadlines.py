"""Every dated obligation of the IB across all pupils, from the feature services.

Each source keeps its own rules (the 4-week answer to a correction request, the 5
working days of Veilig Thuis, ...); this module only asks the services and puts the
answers on one dated list. It runs no SQL of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from zorgdesk.domain.dates import dutch_date
from zorgdesk.domain.meldcode import EventKind, Outcome
from zorgdesk.services.private_files import replace_private
from zorgdesk.services.settings import not_returned_days
from zorgdesk.services.today.calendar_export import deadlines_ics

if TYPE_CHECKING:
    from zorgdesk.services.session import Session

# Open correction requests are all within their 4-week term or past it: a window this
# wide asks the logbook service for every open one.
_ALL_OPEN_REQUESTS = 10_000
EVALUATION_WEEKS_BACK, EVALUATION_WEEKS_AHEAD = 4, 8


CORRECTION_REQUEST = "correctieverzoek"
AGREEMENT_EVALUATION = "afspraak-evaluatie"  # open the form 'Afspraak geëvalueerd'


class Record(Enum):
    """Where a row leads: the dossier tab that holds the record."""

    LOGBOOK = "logboek"
    CONVERSATION = "zorggesprek"
    MELDCODE = "meldcode"
    INCIDENT = "incident"  # an incident between pupils (the record id is the incident's)
    RETENTION = "bewaartermijn"


@dataclass(frozen=True)
class Deadline:
    due: date
    kind: str  # Dutch, short: "Verzoek om correctie"
    what: str  # Dutch, without the pupil's name
    pupil_id: int
    pupil_name: str
    record: Record
    record_id: int | None = None
    # What to open in the record: CORRECTION_REQUEST (answer that request),
    # AGREEMENT_EVALUATION (mark the agreement with parents evaluated), or the
    # meldcode action (an EventKind value) whose form the row asks to fill in.
    step: str = ""

    def overdue(self, today: date) -> bool:
        return self.due < today

    @property
    def initials(self) -> str:
        return initials(self.pupil_name)


def initials(name: str) -> str:
    """'Zoë van der Berg' -> 'Z.B.': first letters of first and last name only."""
    words = [w for w in name.split() if w]
    if not words:
        return "?"
    first, last = words[0], words[-1]
    return f"{first[0].upper()}.{last[0].upper()}." if len(words) > 1 else f"{first[0]}."


class TodayService:
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def today(self) -> date:
        return self.session.today  # the session's one clock

    def deadlines(self) -> list[Deadline]:
        """Soonest first (overdue at the top); ties by pupil and kind."""
        names = {p.id: p.display_name
                 for p in self.session.basedata.pupils(include_inactive=True)}
        pupil_of = self.session.conversations.pupil_of()
        found = [*self._correction_requests(names), *self._meldcode(),
                 *self._follow_ups(names),
                 *self._not_returned(names), *self._action_points(pupil_of),
                 *self._agreement_evaluations(names), *self._peer_incidents(names),
                 *self._retention()]
        found.sort(key=lambda d: (d.due, d.pupil_name, d.kind))
        return found

    # -- the sources -------------------------------------------------------------------

    def _correction_requests(self, names: dict[int, str]) -> list[Deadline]:
        out = []
        for d in self.session.parents.correction_deadlines(warn_days=_ALL_OPEN_REQUESTS):
            pupil_id = int(d.request.pupil_id)
            out.append(Deadline(
                d.due, "Verzoek om correctie",
                f"Schriftelijk antwoord aan {d.request.requested_by} (ontvangen "
                f"{dutch_date(d.request.received)}; termijn 4 weken)",
                pupil_id, names.get(pupil_id, "?"), Record.LOGBOOK,
                int(d.request.request_id), step=CORRECTION_REQUEST))
        return out

    def _meldcode(self) -> list[Deadline]:
        out = []
        for summary, state in self.session.meldcode.open_states(self.today):
            if state.melding_done and state.vt_response_date is None and state.vt_response_due:
                out.append(Deadline(
                    state.vt_response_due, "Terugkoppeling Veilig Thuis",
                    "Veilig Thuis beslist binnen 5 werkdagen na de melding; vraag na of de "
                    "terugkoppeling er is en leg haar vast", summary.pupil_id,
                    summary.pupil_name, Record.MELDCODE, summary.id,
                    step=EventKind.VT_TERUGKOPPELING.value))
            if state.outcome is Outcome.HULP and state.decision_hulp and state.help_term:
                out.append(Deadline(
                    state.help_term, "Termijn hulp (meldcode)",
                    "Einde van de afgesproken termijn voor de hulp: beantwoord vraag 5 "
                    "(leidt de hulp tot de noodzakelijke resultaten?)", summary.pupil_id,
                    summary.pupil_name, Record.MELDCODE, summary.id,
                    step=EventKind.AFWEGINGSVRAAG.value))
        return out

    def _peer_incidents(self, names: dict[int, str]) -> list[Deadline]:
        """Parents' conversations and letters, and the evaluations of the temporary
        omgangsregels (two weeks, then monthly) of every open incident between pupils."""
        return [Deadline(d.due, "Incident tussen leerlingen", d.what, d.pupil_id,
                         names.get(d.pupil_id, "?"), Record.INCIDENT, d.incident_id)
                for d in self.session.peer_incidents.deadlines()]

    def _follow_ups(self, names: dict[int, str]) -> list[Deadline]:
        """The vervolgcontact / evaluation date of each pupil's latest conversation."""
        out = []
        for c in self.session.conversations.latest_per_pupil():
            if c.follow_up_on is None:
                continue
            out.append(Deadline(
                c.follow_up_on, "Vervolgcontact / evaluatie",
                f"Vervolg op het zorggesprek van {dutch_date(c.on)} ({c.subject})",
                c.pupil_id, names.get(c.pupil_id, "?"), Record.CONVERSATION, c.id))
        return out

    def _not_returned(self, names: dict[int, str]) -> list[Deadline]:
        days = not_returned_days(self.session.vault)
        out = []
        for n in self.session.signing.not_returned(0):
            handed = n.report.signature.handed_out_on
            due = handed + timedelta(days=days) if handed else self.today
            out.append(Deadline(
                due, "Handtekening niet retour",
                f"Gespreksverslag van {dutch_date(n.report.conversation.on)}: "
                f"{n.report.signature.signer} heeft nog niet getekend "
                f"(uitgereikt {dutch_date(handed)})" if handed else
                f"Gespreksverslag van {dutch_date(n.report.conversation.on)}: "
                f"{n.report.signature.signer} heeft niet getekend",
                n.pupil_id, names.get(n.pupil_id, "?"), Record.CONVERSATION,
                n.conversation_id))
        return out

    def _action_points(self, pupil_of: dict[int, int]) -> list[Deadline]:
        out = []
        for point in self.session.action_points.action_points():
            if not point.overdue(self.today):
                continue
            agreement = point.agreement
            who = f" ({agreement.who})" if agreement.who else ""
            out.append(Deadline(
                point.due, "Actiepunt over tijd",
                f"Afspraak {point.agreement_no}: {agreement.what}{who}",
                pupil_of.get(point.conversation_id, 0), point.pupil_name,
                Record.CONVERSATION, point.conversation_id))
        return out

    def _agreement_evaluations(self, names: dict[int, str]) -> list[Deadline]:
        """Evaluation moments of agreements with parents in the logboek (issue 21).

        Nothing marks such an agreement as evaluated yet, so a date stays overdue for
        four weeks and then leaves the overview; upcoming ones show eight weeks ahead."""
        start = self.today - timedelta(weeks=EVALUATION_WEEKS_BACK)
        end = self.today + timedelta(weeks=EVALUATION_WEEKS_AHEAD)
        out = []
        for d in self.session.deadlines.logbook_evaluations(start, end):
            for pupil_id in d.pupil_ids:
                out.append(Deadline(
                    d.due, "Evaluatie afspraak met ouders", d.text, pupil_id,
                    names.get(pupil_id, "?"), Record.LOGBOOK, d.record_id,
                    step=AGREEMENT_EVALUATION))
        return out

    def _retention(self) -> list[Deadline]:
        out = []
        for pupil, until in self.session.retention.due_since():
            out.append(Deadline(
                until + timedelta(days=1), "Bewaartermijn verstreken",
                "Het leerlingdossier mag (na export) worden verwijderd: Beheer > "
                "Bewaartermijn", pupil.id, pupil.display_name, Record.RETENTION))
        return out

    # -- calendar ----------------------------------------------------------------------

    def export_ics(self, path: Path) -> int:
        """Write every deadline to ``path`` (0600); returns the number of events.

        ExportWriteError (an OSError with a Dutch message) when the file cannot be written.
        """
        found = self.deadlines()
        replace_private(Path(path), deadlines_ics(found, self.today))
        return len(found)
