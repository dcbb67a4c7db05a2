"""The sharing trail: who received what about a pupil, when, and on what basis."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from zorgdesk.domain.validation import (
    MAX_TEXT,
    FieldProblem,
    ValidationError,
    parse_date,
    require_text,
)

# Lawful grounds the IB typically relies on; free text remains possible.
BASES = (
    "Wet meldcode huiselijk geweld en kindermishandeling",
    "Toestemming van ouders",
    "Inzageverzoek van ouders (AVG)",
    "Anoniem consult Veilig Thuis",
    "Wettelijke plicht",
)


@dataclass(frozen=True)
class SharingDraft:
    shared_with: str
    what: str
    basis: str
    shared_on: str | date


@dataclass(frozen=True)
class SharingRecord:
    id: int
    pupil_id: int
    shared_on: date
    shared_with: str
    what: str
    basis: str
    recorded_by: str
    recorded_at: datetime


def validate_sharing(draft: SharingDraft, today: date) -> SharingDraft:
    problems: list[FieldProblem] = []
    shared_with = require_text(draft.shared_with, "shared_with", "met wie het is gedeeld",
                               problems, max_length=200)
    what = require_text(draft.what, "what", "wat er is gedeeld", problems, max_length=MAX_TEXT)
    basis = require_text(draft.basis, "basis", "de grondslag", problems, max_length=200)
    shared_on = parse_date(draft.shared_on, "shared_on", "de datum", problems)
    if shared_on and shared_on > today:
        problems.append(FieldProblem("shared_on", "De datum ligt in de toekomst."))
    if problems:
        raise ValidationError(problems)
    return SharingDraft(shared_with, what, basis, shared_on)
