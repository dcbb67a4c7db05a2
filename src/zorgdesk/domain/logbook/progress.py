"""Progress notes ("aanvullingen over het verloop") added to a logboek entry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from zorgdesk.domain.logbook.entry import MAX_TEXT

# --------------------------------------------------------------------------- progress


class SuspicionOutcome(StrEnum):
    """What a progress note says about an earlier story or suspicion (seed 003, l.1584-1585)."""

    NONE = ""
    CONFIRMED = "bevestigd"
    REFUTED = "ontkracht"


@dataclass(frozen=True)
class ProgressNote:
    """ "Aanvullingen over het verloop": a dated addition to an entry.

    An addition is not a correction: it adds what happened later and may note that an
    earlier story or suspicion was confirmed or refuted. Like entries it is append-only.
    """

    entry_id: str
    note_date: date
    note_time: time | None
    text: str
    author: str
    created_at: datetime
    outcome: SuspicionOutcome = SuspicionOutcome.NONE

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("Beschrijf het verloop.")
        if len(self.text) > MAX_TEXT:
            raise ValueError(f"De aanvulling is te lang; het maximum is {MAX_TEXT} tekens.")
        if not self.author.strip():
            raise ValueError("Vul in wie de aanvulling vastlegt.")
        if self.note_date > self.created_at.date():
            raise ValueError("De datum van de aanvulling ligt in de toekomst.")
        SuspicionOutcome(self.outcome)
