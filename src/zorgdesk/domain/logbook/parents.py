"""Parents and the logboek: correction requests with their 4-week term, zienswijze, sharing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from zorgdesk.domain.logbook.entry import CORRECTION_TERM

# --------------------------------------------------------------------------- parents


class CorrectionOutcome(StrEnum):
    PENDING = "in behandeling"
    GRANTED = "toegewezen"
    PARTLY_GRANTED = "deels toegewezen"
    REFUSED = "afgewezen"
    WITHDRAWN = "ingetrokken"


_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")


def long_date(day: date) -> str:
    """'18 november 2026'."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


class ChangeKind(StrEnum):
    REMOVED = "verwijderd"
    CORRECTED = "gecorrigeerd"
    KEPT = "behouden"  # a decision to keep (the meldcode dossier), with its ground


# The kinds of record a granted request may change, and their article in a sentence.
RECORD_ARTICLES = {"logboeknotitie": "de", "signalenlijst": "de", "zorggesprek": "het",
                   "meldcodedossier": "het"}


@dataclass(frozen=True)
class RequestChange:
    """Proof of one change made on a granted request; it holds no content of the record."""

    request_id: int
    record_kind: str  # a key of RECORD_ARTICLES
    record_id: int
    record_date: date | None
    change: ChangeKind
    versions_removed: int
    grondslag: str
    recorded_by: str
    recorded_at: datetime

    @property
    def description(self) -> str:
        """'De logboeknotitie van 12 maart 2026 is verwijderd.' (for the letter)."""
        when = f" van {long_date(self.record_date)}" if self.record_date else ""
        article = RECORD_ARTICLES.get(self.record_kind, "de").capitalize()
        if self.change is ChangeKind.REMOVED:
            return f"{article} {self.record_kind}{when} is uit het dossier verwijderd."
        if self.change is ChangeKind.KEPT:
            return f"{article} {self.record_kind} blijft bewaard."
        return (f"{article} {self.record_kind}{when} is verbeterd; de eerdere tekst is uit "
                "het dossier verwijderd.")


class SupplementKind(StrEnum):
    """What a granted request added to the dossier (aanvullen, seed 003 l.4613-4616)."""

    ZIENSWIJZE = "zienswijze"  # the parents' own statement
    AANVULLING = "aanvulling"  # an addition to a logboek entry
    NOTITIE = "logboeknotitie"  # a new logboek entry


@dataclass(frozen=True)
class RequestSupplement:
    """Proof of what a granted request added: which kind of record, its number and date,
    and the date of the logboek entry it belongs to; never its content."""

    request_id: int
    kind: SupplementKind
    record_id: int
    record_date: date
    about_date: date | None  # the logboek entry it was added to (zienswijze, aanvulling)
    recorded_by: str = ""
    recorded_at: datetime | None = None

    @property
    def description(self) -> str:
        """One line for the answer letter: what was added, when, to what."""
        about = (f" bij de logboeknotitie van {long_date(self.about_date)}"
                 if self.about_date else "")
        if self.kind is SupplementKind.ZIENSWIJZE:
            return (f"Uw zienswijze (ontvangen op {long_date(self.record_date)}) is aan het "
                    f"dossier toegevoegd{about}; zij staat voortaan bij deze gegevens.")
        if self.kind is SupplementKind.AANVULLING:
            return (f"Er is een aanvulling van {long_date(self.record_date)} opgenomen"
                    f"{about or ' in het logboek'}.")
        return (f"Er is een nieuwe logboeknotitie van {long_date(self.record_date)} aan het "
                "dossier toegevoegd.")

    @property
    def dossier_line(self) -> str:
        """The same in the dossier itself (not addressed to the parents)."""
        about = (f" bij de logboeknotitie van {long_date(self.about_date)}"
                 if self.about_date else "")
        what = {SupplementKind.ZIENSWIJZE: "de zienswijze van de ouders van",
                SupplementKind.AANVULLING: "een aanvulling van",
                SupplementKind.NOTITIE: "een nieuwe logboeknotitie van"}[self.kind]
        return f"Toegevoegd op dit verzoek: {what} {long_date(self.record_date)}{about}."


@dataclass(frozen=True)
class CorrectionRequest:
    """Parents' written request to correct, complete or remove dossier data.

    Answered in writing within 4 weeks of receipt; a refusal is motivated
    (seed 003, l.4613-4620). The answer itself is a new version of the entries or a
    :class:`Zienswijze`, never an in-place edit.
    """

    request_id: str
    pupil_id: str
    received: date
    requested_by: str
    request: str
    entry_ids: tuple[str, ...] = ()
    outcome: CorrectionOutcome = CorrectionOutcome.PENDING
    answered_on: date | None = None
    motivation: str = ""
    # What a granted request changed: proof without content (m0012).
    changes: tuple[RequestChange, ...] = ()
    # What a granted request added (the parents' zienswijze, an aanvulling; m0019).
    supplements: tuple[RequestSupplement, ...] = ()

    def __post_init__(self) -> None:
        if not self.request.strip():
            raise ValueError("Beschrijf wat de ouders willen laten wijzigen.")
        if self.answered_on is not None:
            if self.answered_on < self.received:
                raise ValueError("Het antwoord kan niet vóór de ontvangst van het verzoek liggen.")
            if self.outcome == CorrectionOutcome.PENDING:
                raise ValueError("Vul de uitkomst van het verzoek in.")
        if self.outcome == CorrectionOutcome.REFUSED and not self.motivation.strip():
            raise ValueError("Een afwijzing moet gemotiveerd worden.")

    @property
    def due(self) -> date:
        return self.received + CORRECTION_TERM

    @property
    def is_open(self) -> bool:
        return self.answered_on is None and self.outcome == CorrectionOutcome.PENDING


@dataclass(frozen=True)
class CorrectionDeadline:
    request: CorrectionRequest
    due: date
    days_left: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    @property
    def message(self) -> str:
        if self.days_left < 0:
            dagen = "dag" if self.days_left == -1 else "dagen"
            return f"Termijn verstreken ({-self.days_left} {dagen} te laat)"
        if self.days_left == 0:
            return "Vandaag beantwoorden"
        dagen = "dag" if self.days_left == 1 else "dagen"
        return f"Nog {self.days_left} {dagen}"


def correction_deadlines(
    requests: Iterable[CorrectionRequest], today: date, warn_days: int = 7
) -> list[CorrectionDeadline]:
    """Open requests due within ``warn_days`` days or already past due, most urgent first."""
    result = []
    for req in requests:
        if not req.is_open:
            continue
        days_left = (req.due - today).days
        if days_left <= warn_days:
            result.append(CorrectionDeadline(req, req.due, days_left))
    result.sort(key=lambda d: (d.due, d.request.request_id))
    return result


@dataclass(frozen=True)
class Zienswijze:
    """Parents' view on (part of) the dossier, added to it; it changes no facts."""

    zienswijze_id: str
    pupil_id: str
    received: date
    given_by: str
    text: str
    recorded_by: str
    entry_ids: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("Noteer de zienswijze van de ouders.")
        if not self.given_by.strip():
            raise ValueError("Vul in van wie de zienswijze is.")


@dataclass(frozen=True)
class SharingRecord:
    """One disclosure: with whom which information was shared, on what basis, when."""

    pupil_id: str
    shared_with: str
    what: str
    basis: str
    shared_on: date
    shared_by: str
    entry_ids: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        for value, message in (
            (self.shared_with, "Vul in met wie de informatie is gedeeld."),
            (self.what, "Vul in welke informatie is gedeeld."),
            (self.basis, "Vul de grondslag in (bijv. toestemming ouders, Wet meldcode)."),
        ):
            if not value.strip():
                raise ValueError(message)
