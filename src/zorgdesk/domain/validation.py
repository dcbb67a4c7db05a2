"""Validation results the UI can show all at once, next to the right field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from zorgdesk.domain.dates import parse_dutch_date
from zorgdesk.domain.text import clean


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: str  # Dutch, addressed to the IB


class ValidationError(ValueError):
    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__(" ".join(p.message for p in problems))

    def for_field(self, field: str) -> list[str]:
        return [p.message for p in self.problems if p.field == field]


MAX_NAME = 100
MAX_TEXT = 20_000


def parse_date(value: str | date | None, field: str, label: str,
               problems: list[FieldProblem], required: bool = True) -> date | None:
    """Accept ISO (2026-03-01) and Dutch (1-3-2026) notation."""
    if isinstance(value, date):
        return value
    text = (value or "").strip()
    if not text:
        if required:
            problems.append(FieldProblem(field, f"Vul {label} in."))
        return None
    try:
        return parse_dutch_date(text)
    except ValueError:
        problems.append(FieldProblem(
            field, f"{label[0].upper()}{label[1:]} is geen geldige datum (bijvoorbeeld 3-9-2026)."))
        return None


def require_text(value: str, field: str, label: str, problems: list[FieldProblem],
                 max_length: int = MAX_NAME, required: bool = True) -> str:
    text = clean(value)
    if required and not text:
        problems.append(FieldProblem(field, f"Vul {label} in."))
    elif len(text) > max_length:
        problems.append(FieldProblem(
            field, f"{label[0].upper()}{label[1:]} is te lang (maximaal {max_length} tekens)."))
    return text
