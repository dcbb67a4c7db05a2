"""Refused input: one error type for every form, with a Dutch message per field.

``ValidationError`` carries a list of ``FieldProblem(field, message)``: ``field`` names
the input as the form knows it (``entry_date``, ``parent_contacts[0].contact_time``;
"" for the form as a whole), ``message`` is Dutch, addressed to the IB, and may quote
what she typed (a name, a number). So the messages are read only through
``problems``/``message``/``for_field`` to be shown next to their fields; ``str()`` and
``repr()`` of the error and of a problem name the fields only, never a message, so
nothing typed can end up in a log, a traceback or a crash report.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from zorgdesk.domain.dates import parse_dutch_date
from zorgdesk.domain.text import clean


class FieldProblem(NamedTuple):
    field: str
    message: str  # Dutch, addressed to the IB; may quote typed text

    def __repr__(self) -> str:  # the message stays out of logs and tracebacks
        return f"FieldProblem(field={self.field!r})"


class ValidationError(ValueError):
    """The input was refused; every problem at once, each with its field."""

    summary = "Ongeldige invoer"

    def __init__(self, problems: Iterable[FieldProblem | tuple[str, str]]) -> None:
        self.problems: list[FieldProblem] = [FieldProblem(*p) for p in problems]
        super().__init__(self._safe_text())

    def _safe_text(self) -> str:
        fields = ", ".join(dict.fromkeys(p.field for p in self.problems if p.field))
        return f"{self.summary}; controleer: {fields}" if fields else self.summary

    def __str__(self) -> str:
        return self._safe_text()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(fields={[p.field for p in self.problems]!r})"

    def __reduce__(self):  # copy/pickle keep the problems (args hold the safe text only)
        return _rebuilt, (type(self), [tuple(p) for p in self.problems])

    @property
    def messages(self) -> list[str]:
        return [p.message for p in self.problems]

    @property
    def message(self) -> str:
        """All messages as one Dutch text, for a form without a label per field."""
        return " ".join(self.messages)

    def for_field(self, field: str) -> list[str]:
        """Messages of one field, its own or its parts' (``parent_contacts`` also gets
        ``parent_contacts[0].contact_date``)."""
        return [p.message for p in self.problems
                if p.field == field or p.field.startswith((field + ".", field + "["))]


class Refusal(ValidationError):
    """A step a route does not allow (meldcode, incident, staff abuse): one Dutch
    ``message`` placed at ``field``, the answer it is about ("" for the step as a whole),
    so a form shows it under that field like any other refused input."""

    summary = "Stap geweigerd"

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__([FieldProblem(field, message)])

    @classmethod
    def of(cls, problems: Iterable[FieldProblem | tuple[str, str]]) -> Refusal:
        """One refusal with several problems, each at its own field."""
        error = ValueError.__new__(cls)
        ValidationError.__init__(error, problems)
        return error


def _rebuilt(kind: type[ValidationError], problems: list[tuple[str, str]]) -> ValidationError:
    error = ValueError.__new__(kind)
    error.problems = [FieldProblem(*p) for p in problems]
    error.args = (error._safe_text(),)
    return error


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
            problems.append(FieldProblem(field, fill_in(label)))
        return None
    try:
        return parse_dutch_date(text)
    except ValueError:
        problems.append(FieldProblem(
            field, f"{label[0].upper()}{label[1:]} is geen geldige datum (bijvoorbeeld 3-9-2026)."))
        return None


_THING = frozenset({"de", "het", "een", "uw", "haar", "zijn"})


def fill_in(label: str) -> str:
    """The one sentence for an empty required field, naming it as the IB sees it: 'Vul de
    locatie in.' for a thing, 'Vul in met wie er overlegd is.' for a question (walk s30:
    'Vul in: met wie.' was no sentence). ``label`` is a thing with its article or a
    whole question clause, never a bare caption such as 'met wie'."""
    first = label.split(" ", 1)[0].casefold()
    return f"Vul {label} in." if first in _THING else f"Vul in {label}."


def require_text(value: str, field: str, label: str, problems: list[FieldProblem],
                 max_length: int = MAX_NAME, required: bool = True) -> str:
    text = clean(value)
    if required and not text:
        problems.append(FieldProblem(field, fill_in(label)))
    elif len(text) > max_length:
        problems.append(FieldProblem(
            field, f"{label[0].upper()}{label[1:]} is te lang (maximaal {max_length} tekens)."))
    return text
