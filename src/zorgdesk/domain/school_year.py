"""Nieuw schooljaar: every group moves up one year, groep 8 leaves the school.

Pure planning: a proposal per group ("Groep 7" -> "Groep 8", "5a" -> "6a", "4/5" -> "5/6",
"Groep 8" leaves, "Zonnebloem" is for the IB to decide) and the check of the plan as the
IB edited it, with a Dutch message for every problem. The service applies it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum

from zorgdesk.domain.text import clean
from zorgdesk.domain.validation import FieldProblem

TOP_LEVEL = 8
MAX_GROUP_NAME = 40


class Fate(Enum):
    """What happens to a group in the new school year (the Dutch word is its label)."""

    MOVES = "nieuwe naam"
    STAYS = "blijft zo"
    LEAVES = "verlaat de school"
    UNDECIDED = "kiezen"


@dataclass(frozen=True)
class GroupNow:
    """A group in use now and how many pupils are in it."""

    id: int
    name: str
    pupils: int


@dataclass(frozen=True)
class GroupStep:
    """One row of the plan: the group, what happens to it, its new name (MOVES only) and
    why the proposal is what it is (a Dutch hint, "" when there is nothing to say)."""

    group_id: int
    name: str
    pupils: int
    fate: Fate
    new_name: str = ""
    hint: str = ""

    def with_choice(self, fate: Fate, new_name: str = "") -> GroupStep:
        """The IB's choice; the proposal's hint is answered by it."""
        return replace(self, fate=fate, new_name=new_name if fate is Fate.MOVES else "",
                       hint="")

    @property
    def final_name(self) -> str:
        """The name the group has after the new school year ("" when it leaves)."""
        if self.fate is Fate.MOVES:
            return clean(self.new_name)
        return "" if self.fate is Fate.LEAVES else self.name


# The level part of a name: "7", "5a" (the letter stays), "4/5", "4-5", "4 / 5"; a
# number glued to other digits (a year, a room "12") is no level.
_LEVELS = re.compile(r"(?<![\d])(\d{1,2})((?:\s*/\s*\d{1,2}|-\d{1,2})*)(?!\d)")
_NUMBER = re.compile(r"\d+")


def proposal(group: GroupNow) -> GroupStep:
    """What real school software proposes for one group in a new school year."""
    match = _LEVELS.search(group.name)
    if match is None:
        return GroupStep(group.id, group.name, group.pupils, Fate.UNDECIDED, hint=(
            "Geen groepsnummer in de naam: kies een nieuwe naam, 'blijft zo' of "
            "'verlaat de school'."))
    levels = [int(n) for n in _NUMBER.findall(match.group())]
    if any(not 1 <= n <= TOP_LEVEL for n in levels):
        return GroupStep(group.id, group.name, group.pupils, Fate.UNDECIDED, hint=(
            f"Groep {max(levels)} bestaat niet op de basisschool: kies zelf."))
    if all(n == TOP_LEVEL for n in levels):
        return GroupStep(group.id, group.name, group.pupils, Fate.LEAVES)
    if TOP_LEVEL in levels:
        return GroupStep(group.id, group.name, group.pupils, Fate.UNDECIDED, hint=(
            "Combinatiegroep met groep 8: geef eerst de leerlingen die van school gaan "
            "een vertrekdatum (tab Leerlingen), kies dan de nieuwe naam."))
    moved = _NUMBER.sub(lambda m: str(int(m.group()) + 1), match.group())
    new_name = group.name[:match.start()] + moved + group.name[match.end():]
    hint = "Combinatiegroep: controleer de nieuwe naam." if len(levels) > 1 else ""
    return GroupStep(group.id, group.name, group.pupils, Fate.MOVES, new_name, hint)


def propose(groups: Sequence[GroupNow]) -> list[GroupStep]:
    return [proposal(g) for g in groups]


def school_year_end(today: date) -> date:
    """The last day of the school year that ``today`` is in (1 August - 31 July)."""
    return date(today.year if today.month <= 7 else today.year + 1, 7, 31)


def _group_word(count: int) -> str:
    return f"{count} groep" if count == 1 else f"{count} groepen"


def pupil_word(count: int) -> str:
    return f"{count} leerling" if count == 1 else f"{count} leerlingen"


def _field(index: int) -> str:
    return f"groups[{index}]"


def check_steps(steps: Sequence[GroupStep], merge: bool = False) -> list[FieldProblem]:
    """Every problem of the plan's rows, Dutch, at the row it is about (``groups[i]``)."""
    problems: list[FieldProblem] = []
    for i, step in enumerate(steps):
        if step.fate is Fate.UNDECIDED:
            problems.append(FieldProblem(_field(i), (
                f"Kies wat er met {step.name} gebeurt: een nieuwe naam, 'blijft zo' of "
                "'verlaat de school'.")))
        elif step.fate is Fate.MOVES and not step.final_name:
            problems.append(FieldProblem(_field(i), f"Vul de nieuwe naam van {step.name} in."))
        elif step.fate is Fate.MOVES and len(step.final_name) > MAX_GROUP_NAME:
            problems.append(FieldProblem(_field(i), (
                f"De nieuwe naam van {step.name} is te lang (maximaal {MAX_GROUP_NAME} "
                "tekens).")))
    by_name: dict[str, list[int]] = {}
    for i, step in enumerate(steps):
        name = step.final_name if step.fate is not Fate.UNDECIDED else step.name
        if name:
            by_name.setdefault(name.casefold(), []).append(i)
    for rows in by_name.values():
        if len(rows) < 2:
            continue
        names = [steps[i].name for i in rows]
        target = steps[rows[0]].final_name or steps[rows[0]].name
        if merge and all(steps[i].fate is Fate.MOVES for i in rows):
            continue
        together = ", ".join(names[:-1]) + f" en {names[-1]}"
        if all(steps[i].fate is Fate.MOVES for i in rows):
            both = "allebei " if len(rows) == 2 else ""
            text = (f"{together} krijgen {both}de naam {target}. Geef ze verschillende "
                    "namen, of kies 'Groepen met dezelfde nieuwe naam samenvoegen'.")
        else:
            text = (f"De naam {target} is dan twee keer in gebruik ({together}). Geef "
                    "een van deze groepen een andere naam.")
        problems.extend(FieldProblem(_field(i), text) for i in rows)
    if not problems:
        problems += _swaps(steps)
    return problems


def _renames(steps: Sequence[GroupStep]) -> list[GroupStep]:
    return [s for s in steps if s.fate is Fate.MOVES and s.final_name != s.name]


def rename_order(steps: Sequence[GroupStep]) -> list[GroupStep]:
    """The renames in an order in which no group takes a name another group still has
    (Groep 7 -> 8 before Groep 6 -> 7). Groups that would swap names are left out
    (``check_steps`` refuses them)."""
    pending = _renames(steps)
    done: list[GroupStep] = []
    while pending:
        holding = {s.name.casefold() for s in pending}
        ready = [s for s in pending if s.final_name.casefold() not in holding
                 or s.final_name.casefold() == s.name.casefold()]
        if not ready:
            break
        done += ready
        pending = [s for s in pending if s not in ready]
    return done


def _swaps(steps: Sequence[GroupStep]) -> list[FieldProblem]:
    """Groups that would take each other's names (5a -> 5b and 5b -> 5a)."""
    ordered = {id(s) for s in rename_order(steps)}
    stuck = [(i, s) for i, s in enumerate(steps) if s in _renames(steps)
             and id(s) not in ordered]
    if not stuck:
        return []
    names = ", ".join(s.name for _i, s in stuck[:-1]) + f" en {stuck[-1][1].name}"
    text = (f"{names} krijgen elkaars naam. Dat kan niet in één keer: geef hier een van "
            "deze groepen een tijdelijke naam en hernoem die daarna op het tabblad Groepen.")
    return [FieldProblem(_field(i), text) for i, _s in stuck]


def check_leave_date(leave: date | None, today: date, leaving: bool,
                     problems: list[FieldProblem]) -> None:
    """The day groep 8 leaves: needed when a group leaves; not after this school year,
    not more than a year back (a typo that would start the bewaartermijn a year early)."""
    if not leaving or leave is None:
        return
    end = school_year_end(today)
    if leave > end:
        problems.append(FieldProblem("leave_date", (
            f"De vertrekdatum ligt na het einde van dit schooljaar ({end:%d-%m-%Y}). "
            "Kies de laatste schooldag, bijvoorbeeld in juli.")))
    elif leave < today - timedelta(days=366):
        problems.append(FieldProblem("leave_date", (
            "De vertrekdatum ligt meer dan een jaar terug. Kies de laatste schooldag van "
            "het schooljaar dat net voorbij is.")))


def summary(steps: Sequence[GroupStep], leave: date | None) -> str:
    """'27 leerlingen verlaten de school op 10-07-2027. 6 groepen krijgen een nieuwe naam
    (152 leerlingen); 1 groep blijft zoals hij is.'"""
    leaving = [s for s in steps if s.fate is Fate.LEAVES]
    moving = [s for s in steps if s.fate is Fate.MOVES and s.final_name != s.name]
    staying = [s for s in steps if s.fate is Fate.STAYS
               or (s.fate is Fate.MOVES and s.final_name == s.name)]
    undecided = [s for s in steps if s.fate is Fate.UNDECIDED]
    parts = []
    if leaving:
        count = sum(s.pupils for s in leaving)
        verb = "verlaat" if count == 1 else "verlaten"
        day = f" op {leave:%d-%m-%Y}" if leave else " (vul de vertrekdatum in)"
        parts.append(f"{pupil_word(count)} {verb} de school{day}.")
    else:
        parts.append("Geen groep verlaat de school.")
    if moving:
        count = sum(s.pupils for s in moving)
        verb = "krijgt" if len(moving) == 1 else "krijgen"
        parts.append(f"{_group_word(len(moving))} {verb} een nieuwe naam "
                     f"({pupil_word(count)}).")
    if staying:
        verb = "blijft" if len(staying) == 1 else "blijven"
        how = "hij is" if len(staying) == 1 else "ze zijn"
        parts.append(f"{_group_word(len(staying))} {verb} zoals {how}.")
    if undecided:
        parts.append(f"Nog te kiezen: {', '.join(s.name for s in undecided)}.")
    return " ".join(parts)
