"""Nieuw schooljaar: move every group up one year and let groep 8 leave, in one transaction.

``plan()`` proposes (domain/school_year.py), ``check()`` says in Dutch what is wrong with
the plan as the IB edited it, ``apply()`` does it all or nothing: the leavers become
former pupils on the leave date (their bewaartermijn starts then) and their group is
removed (kept for them, like every removed group); the other groups are renamed with the
semantics of ``BaseDataService.rename_group`` (a pupil who left earlier keeps his old
group name). Every row written is audited and sealed like any base-data change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from zorgdesk.domain.people import Group
from zorgdesk.domain.school_year import (
    Fate,
    GroupNow,
    GroupStep,
    check_leave_date,
    check_steps,
    propose,
    pupil_word,
    rename_order,
    summary,
)
from zorgdesk.domain.validation import FieldProblem, ValidationError, parse_date
from zorgdesk.services.basedata import BaseDataService

STALE = ("De groepen zijn intussen gewijzigd. Sluit dit venster en kies opnieuw "
         "Nieuw schooljaar.")


@dataclass(frozen=True)
class SchoolYearPlan:
    """The proposal: one step per group in use, and the pupils without a group."""

    steps: list[GroupStep]
    without_group: int


@dataclass(frozen=True)
class SchoolYearDone:
    leavers: int
    renamed: int
    removed: int
    leave_date: date | None
    message: str


class SchoolYearService:
    def __init__(self, basedata: BaseDataService) -> None:
        self.basedata = basedata
        self.vault = basedata.vault

    @property
    def today(self) -> date:
        return self.basedata.today

    def plan(self) -> SchoolYearPlan:
        data = self.basedata
        pupils = data.pupils()
        counts: dict[int | None, int] = {}
        for pupil in pupils:
            counts[pupil.group_id] = counts.get(pupil.group_id, 0) + 1
        groups = [GroupNow(g.id, g.name, counts.get(g.id, 0)) for g in data.groups()]
        return SchoolYearPlan(propose(groups), counts.get(None, 0))

    def summary(self, steps: Sequence[GroupStep], leave_date: str | date | None) -> str:
        """The Dutch summary of the plan; a date that cannot be read counts as not given."""
        leave = parse_date(leave_date, "leave_date", "de vertrekdatum", [], required=False)
        return summary(steps, leave)

    def check(self, steps: Sequence[GroupStep], leave_date: str | date | None,
              merge: bool = False) -> list[FieldProblem]:
        """Every problem with the plan, Dutch: rows as ``groups[i]``, the date as
        ``leave_date``, a plan that no longer matches the groups as ``""``. Empty: fine."""
        problems, _leave, _groups = self._checked(steps, leave_date, merge)
        return problems

    def _checked(self, steps: Sequence[GroupStep], leave_date: str | date | None,
                 merge: bool) -> tuple[list[FieldProblem], date | None, dict[int, Group]]:
        groups = {g.id: g for g in self.basedata.groups()}
        if sorted(s.group_id for s in steps) != sorted(groups) or any(
                groups[s.group_id].name != s.name for s in steps):
            return [FieldProblem("", STALE)], None, groups
        problems = check_steps(steps, merge)
        leaving = [s for s in steps if s.fate is Fate.LEAVES]
        leave = parse_date(leave_date, "leave_date", "de vertrekdatum", problems,
                           required=any(s.pupils for s in leaving))
        check_leave_date(leave, self.today, bool(leaving), problems)
        if leave is not None and not any(p.field == "leave_date" for p in problems):
            problems += self._before_start(leaving, leave)
        if not problems and not leaving and not rename_order(steps):
            problems.append(FieldProblem("", (
                "Er verandert niets: geef een groep een nieuwe naam of laat een groep de "
                "school verlaten.")))
        return problems, leave, groups

    def _before_start(self, leaving: Sequence[GroupStep], leave: date) -> list[FieldProblem]:
        early = [p for s in leaving for p in self.basedata.group_pupils(s.group_id)
                 if p.start_date > leave and p.leave_date is None]
        if not early:
            return []
        first = early[0]
        more = f" (en nog {pupil_word(len(early) - 1)})" if len(early) > 1 else ""
        return [FieldProblem("leave_date", (
            f"De vertrekdatum ligt vóór de startdatum van {first.display_name} "
            f"({first.start_date:%d-%m-%Y}){more}."))]

    def apply(self, steps: Sequence[GroupStep], leave_date: str | date | None,
              merge: bool = False) -> SchoolYearDone:
        """The whole plan in one transaction, or nothing (ValidationError, Dutch)."""
        problems, leave, groups = self._checked(steps, leave_date, merge)
        if problems:
            raise ValidationError(problems)
        data = self.basedata
        leaving = [s for s in steps if s.fate is Fate.LEAVES]
        leavers = {s.group_id: data.group_pupils(s.group_id) for s in leaving}
        renames = rename_order(steps)
        moving = {s.group_id: [p.id for p in data.group_pupils(s.group_id)] for s in renames}
        former = {s.group_id: data.has_former_pupils(s.group_id) for s in renames}
        removed = 0
        with self.vault.transaction() as cur:
            for step in leaving:
                for pupil in leavers[step.group_id]:
                    day = pupil.leave_date or leave  # a date the IB set already stays
                    cur.execute("UPDATE pupil SET leave_date = ?, active = 0 WHERE id = ?",
                                (day.isoformat(), pupil.id))
                    data.vault.audit(cur, "leerling.gedeactiveerd", "pupil", pupil.id,
                                     {"leave_date": day.isoformat(), "active": False})
                data.retire_within(cur, groups[step.group_id], school_year=True)
                removed += 1
            # a group whose Wordt is its own name keeps it: a group merged into it joins it
            targets = {s.name.casefold(): s.group_id for s in steps
                       if s.fate is Fate.MOVES and s.final_name == s.name}
            renamed = 0
            for step in renames:
                name = step.final_name
                if name.casefold() in targets:  # merged on purpose into a renamed group
                    data.move_pupils_within(cur, moving[step.group_id],
                                            targets[name.casefold()])
                    data.retire_within(cur, groups[step.group_id],
                                       merged_into=targets[name.casefold()])
                    removed += 1
                    continue
                targets[name.casefold()] = data.rename_within(
                    cur, groups[step.group_id], name, former=former[step.group_id],
                    moving=moving[step.group_id], until=leave)
                renamed += 1
            count = sum(len(p) for p in leavers.values())
            data.vault.audit(cur, "schooljaar.nieuw", "school", 1, {
                "leave_date": leave.isoformat() if leave else None, "leavers": count,
                "renamed": renamed, "removed": removed})
        return SchoolYearDone(count, renamed, removed, leave, _done_message(
            count, renamed, leave))


def _done_message(leavers: int, renamed: int, leave: date | None) -> str:
    parts = []
    if leavers:
        verb = "is" if leavers == 1 else "zijn"
        parts.append(f"{pupil_word(leavers)} {verb} uitgeschreven per {leave:%d-%m-%Y}; "
                     "de bewaartermijn van hun dossier loopt vanaf die dag.")
    if renamed:
        what = "1 groep heeft" if renamed == 1 else f"{renamed} groepen hebben"
        parts.append(f"{what} een nieuwe naam.")
    return "Het nieuwe schooljaar is ingezet. " + " ".join(parts)
