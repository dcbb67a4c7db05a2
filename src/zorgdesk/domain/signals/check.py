"""A filled-in signal list (signalenlijst) and a Vlaggensysteem assessment.

Pure validation and value objects; the service stores them append-only.
Field keys in ValidationError: "checked_on", "checked_by", "items",
"note:<item id>", "logbook:<item id>", and for flags "assessed_on",
"assessed_by", "behaviour", "scores", "confirmed_flag", "override_reason".
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime

from zorgdesk.domain.signals.catalogue import Catalogue
from zorgdesk.domain.signals.flags import (
    FLAG_ORDER,
    FlagSuggestion,
    Score,
    Vlaggensysteem,
    suggest_flag,
)
from zorgdesk.domain.text import clean
from zorgdesk.domain.validation import FieldProblem, ValidationError, parse_date, require_text

__all__ = [
    "MAX_BEHAVIOUR",
    "MAX_NOTE",
    "CheckDraft",
    "FlagAssessment",
    "FlagDraft",
    "SignalCheck",
    "TickDraft",
    "TickedSignal",
    "ValidFlag",
    "check_name",
    "foreign_logbook_links",
    "logbook_link_text",
    "parse_logbook_ids",
    "validate_check",
    "validate_flag",
]

# A note says briefly what was seen ("blauwe plek linkerarm, 3-3"); the story
# itself belongs in the logboek, so the limit is deliberately short.
MAX_NOTE = 300
MAX_BEHAVIOUR = 2000
MAX_REASON = 1000


@dataclass(frozen=True)
class TickDraft:
    item_id: str
    note: str = ""
    contra: bool = False
    logbook_entry_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class CheckDraft:
    catalogue_id: str
    checked_on: str | date
    checked_by: str
    ticks: tuple[TickDraft, ...] = ()
    corrects_check_id: int | None = None


@dataclass(frozen=True)
class TickedSignal:
    item_id: str
    text: str
    group_title: str
    note: str = ""
    contra: bool = False
    logbook_entry_ids: tuple[int, ...] = ()
    # The day of each linked logboek note (same order), for print: parents know the
    # notes by their date, not by the number the logboek tab shows.
    # None where the number is no note of this pupil (a list saved before links were
    # checked may hold one): printed as the bare number.
    logbook_days: tuple[date | None, ...] = ()


@dataclass(frozen=True)
class SignalCheck:
    id: int
    pupil_id: int
    catalogue_id: str
    catalogue_version: int
    catalogue_title: str
    checked_on: date
    checked_by: str
    recorded_by: str
    created_at: datetime
    ticks: tuple[TickedSignal, ...] = ()
    corrects_check_id: int | None = None
    # How the IB names the list: the pupil's lists counted from 1 in the order they were
    # saved (0: not known). The vault's own id is never shown.
    number: int = 0
    corrects_name: str = ""  # check_name() of the list this one corrects

    @property
    def name(self) -> str:
        """'signalenlijst 3 van 12-10-2026' (inside a sentence)."""
        return check_name(self.number, self.checked_on)

    @property
    def heading(self) -> str:
        """'Signalenlijst 3 van 12-10-2026' (at the start of a line)."""
        return "S" + self.name[1:]

    @property
    def ticked_ids(self) -> frozenset[str]:
        return frozenset(t.item_id for t in self.ticks)

    @property
    def contra_signals(self) -> tuple[TickedSignal, ...]:
        return tuple(t for t in self.ticks if t.contra)


def check_name(number: int, checked_on: date) -> str:
    """'signalenlijst 3 van 12-10-2026': the pupil's third list, filled in on that day."""
    return (f"signalenlijst {number} van {checked_on:%d-%m-%Y}" if number
            else f"signalenlijst van {checked_on:%d-%m-%Y}")


_ID_SPLIT = re.compile(r"[\s,;]+")


def parse_logbook_ids(text: str, field_key: str, problems: list[FieldProblem]) -> tuple[int, ...]:
    """'12, 15' -> (12, 15); anything else is a problem for the field."""
    parts = [p.lstrip("#") for p in _ID_SPLIT.split((text or "").strip()) if p]
    if not all(p.isascii() and p.isdigit() and int(p) > 0 for p in parts):
        problems.append(FieldProblem(
            field_key,
            "Logboeknummers zijn hele getallen, gescheiden door komma's (bijv. 12, 15)."))
        return ()
    return tuple(dict.fromkeys(int(p) for p in parts))


def _numbers(numbers: list[int]) -> str:
    text = ", ".join(str(n) for n in numbers[:-1])
    return f"{text} en {numbers[-1]}" if text else str(numbers[-1])


def foreign_logbook_links(ticks: tuple[TickedSignal, ...],
                          own_entry_ids: Collection[int]) -> list[FieldProblem]:
    """A problem per signal that links a number that is no logboek note of this pupil
    (mistyped, another pupil's, or removed), naming the wrong numbers."""
    problems = []
    for tick in ticks:
        wrong = [n for n in tick.logbook_entry_ids if n not in own_entry_ids]
        if not wrong:
            continue
        what = (f"Logboeknummer {wrong[0]} is geen logboeknotitie" if len(wrong) == 1
                else f"Logboeknummers {_numbers(wrong)} zijn geen logboeknotities")
        problems.append(FieldProblem(
            f"logbook:{tick.item_id}",
            f"{what} van deze leerling. Kies met ‘Kiezen…’ of haal het nummer weg."))
    return problems


def logbook_link_text(tick: TickedSignal, sep: str = ", ") -> str:
    """The linked notes as print names them: '04-11-2026 (nr. 12)'."""
    days = list(tick.logbook_days) + [None] * len(tick.logbook_entry_ids)
    return sep.join(f"{day:%d-%m-%Y} (nr. {n})" if day is not None else f"nr. {n}"
                    for n, day in zip(tick.logbook_entry_ids, days, strict=False))


def validate_check(draft: CheckDraft, catalogue: Catalogue, today: date,
                   allow_empty: bool = False) -> tuple[date, str, tuple[TickedSignal, ...]]:
    """Checked date, author and the ticked signals (catalogue order) or ValidationError."""
    problems: list[FieldProblem] = []
    checked_on = parse_date(draft.checked_on, "checked_on", "de datum", problems)
    if checked_on is not None and checked_on > today:
        problems.append(FieldProblem("checked_on", "De datum ligt in de toekomst."))
    checked_by = require_text(draft.checked_by, "checked_by", "wie de lijst invulde", problems)
    by_id = {t.item_id: t for t in draft.ticks}
    known = {item.id for item in catalogue.items}
    unknown = [i for i in by_id if i not in known]
    if unknown:
        problems.append(FieldProblem(
            "items", f"Onbekend signaal '{unknown[0]}' in deze signalenlijst."))
    if not by_id and not allow_empty:
        problems.append(FieldProblem(
            "items", "Er is geen signaal aangevinkt. Bevestig dat u een lege lijst wilt opslaan."))
    ticks = []
    for group in catalogue.groups:
        for item in group.items:
            tick = by_id.get(item.id)
            if tick is None:
                continue
            note = " ".join(clean(tick.note).split())  # one line, as printed
            if len(note) > MAX_NOTE:
                problems.append(FieldProblem(
                    f"note:{item.id}",
                    f"De notitie bij '{item.text}' is te lang ({len(note)} tekens, maximaal "
                    f"{MAX_NOTE}). Schrijf het uitgebreide verhaal in het logboek."))
            if any(not isinstance(n, int) or isinstance(n, bool) or n < 1
                   for n in tick.logbook_entry_ids):
                problems.append(FieldProblem(f"logbook:{item.id}",
                                             "Een logboeknummer is een heel getal vanaf 1."))
            ticks.append(TickedSignal(item.id, item.text, group.title, note, bool(tick.contra),
                                      tuple(dict.fromkeys(tick.logbook_entry_ids))))
    if problems:
        raise ValidationError(problems)
    return checked_on, checked_by, tuple(ticks)


@dataclass(frozen=True)
class FlagDraft:
    assessed_on: str | date
    assessed_by: str
    behaviour: str
    scores: dict[str, str] = field(default_factory=dict)  # criterion id -> Score value
    confirmed_flag: str = ""  # empty = accept the suggestion
    override_reason: str = ""


@dataclass(frozen=True)
class ValidFlag:
    assessed_on: date
    assessed_by: str
    behaviour: str
    scores: dict[str, Score]
    suggestion: FlagSuggestion
    confirmed_flag: str
    override_reason: str


@dataclass(frozen=True)
class FlagAssessment:
    id: int
    pupil_id: int
    assessed_on: date
    assessed_by: str
    behaviour: str
    scores: dict[str, str]
    suggested_flag: str
    suggestion_reasoning: str
    confirmed_flag: str
    override_reason: str
    created_at: datetime

    @property
    def overridden(self) -> bool:
        return self.confirmed_flag != self.suggested_flag


def validate_flag(draft: FlagDraft, system: Vlaggensysteem, today: date) -> ValidFlag:
    problems: list[FieldProblem] = []
    assessed_on = parse_date(draft.assessed_on, "assessed_on", "de datum", problems)
    if assessed_on is not None and assessed_on > today:
        problems.append(FieldProblem("assessed_on", "De datum ligt in de toekomst."))
    assessed_by = require_text(draft.assessed_by, "assessed_by", "wie beoordeelde", problems)
    behaviour = require_text(draft.behaviour, "behaviour", "een feitelijke beschrijving van "
                             "het gedrag", problems, max_length=MAX_BEHAVIOUR)
    suggestion = None
    try:
        suggestion = suggest_flag(draft.scores, system)
    except ValueError as exc:
        problems.append(FieldProblem("scores", str(exc)))
    confirmed = draft.confirmed_flag or (suggestion.flag.id if suggestion else "")
    reason = clean(draft.override_reason)
    if confirmed and confirmed not in FLAG_ORDER:
        problems.append(FieldProblem("confirmed_flag", "Kies groen, geel, rood of zwart."))
    if suggestion and confirmed != suggestion.flag.id and not reason:
        problems.append(FieldProblem(
            "override_reason",
            f"U kiest {confirmed} in plaats van de voorgestelde vlag {suggestion.flag.id}: "
            "schrijf op waarom."))
    if len(reason) > MAX_REASON:
        problems.append(FieldProblem("override_reason",
                                     f"De reden is te lang (maximaal {MAX_REASON} tekens)."))
    if problems:
        raise ValidationError(problems)
    if confirmed == suggestion.flag.id:
        reason = ""  # a reason is only recorded for an override
    return ValidFlag(assessed_on, assessed_by, behaviour,
                     {k: Score(v) for k, v in draft.scores.items()}, suggestion, confirmed, reason)
