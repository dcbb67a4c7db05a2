"""Pupils from the leerlingadministratie (ParnasSys, ESIS, Somtoday export): which column
means what, what each row would do to the vault, and why a row cannot be imported.

Pure: the service reads the file and writes the plan; this module only decides. A
pupil is the same pupil when first name, tussenvoegsel, last name and date of birth
match (folded: case and diacritics ignored), so importing next year's export updates
groups instead of adding every pupil again.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from zorgdesk.domain.people import (
    GuardianDraft,
    Pupil,
    PupilDraft,
    ValidPupil,
    validate_guardian,
    validate_pupil,
)
from zorgdesk.domain.text import fold
from zorgdesk.domain.validation import ValidationError

MAX_ROWS = 5000  # a large school has ~1,500 pupils; more is not a pupil list


class Column(enum.Enum):
    """What a column of the export can mean (value: the Dutch label in the mapping)."""

    IGNORE = "(niet gebruiken)"
    FIRST_NAME = "Roepnaam"
    TUSSENVOEGSEL = "Tussenvoegsel"
    LAST_NAME = "Achternaam"
    DATE_OF_BIRTH = "Geboortedatum"
    GENDER = "Geslacht"
    GROUP = "Groep"
    START_DATE = "Datum inschrijving"
    GUARDIAN1_NAME = "Naam ouder/verzorger 1"
    GUARDIAN1_RELATION = "Relatie ouder/verzorger 1"
    GUARDIAN1_PHONE = "Telefoon ouder/verzorger 1"
    GUARDIAN1_EMAIL = "E-mail ouder/verzorger 1"
    GUARDIAN2_NAME = "Naam ouder/verzorger 2"
    GUARDIAN2_RELATION = "Relatie ouder/verzorger 2"
    GUARDIAN2_PHONE = "Telefoon ouder/verzorger 2"
    GUARDIAN2_EMAIL = "E-mail ouder/verzorger 2"


REQUIRED = (Column.FIRST_NAME, Column.LAST_NAME, Column.DATE_OF_BIRTH)

# Header words the administrations use, folded (lower case, no diacritics or spaces).
_SYNONYMS: dict[Column, tuple[str, ...]] = {
    Column.FIRST_NAME: ("roepnaam", "voornaam", "roepnaamleerling", "voornaamleerling"),
    Column.TUSSENVOEGSEL: ("tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels",
                           "tussenv"),
    Column.LAST_NAME: ("achternaam", "geslachtsnaam", "achternaamleerling", "naam"),
    Column.DATE_OF_BIRTH: ("geboortedatum", "geboren", "gebdatum", "geboortedatumleerling"),
    Column.GENDER: ("geslacht", "gender", "jongenmeisje"),
    Column.GROUP: ("groep", "klas", "groepsnaam", "stamgroep", "groepleerling"),
    Column.START_DATE: ("datuminschrijving", "inschrijfdatum", "startdatum",
                        "datumvaninschrijving", "inschrijvingsdatum", "datumbinnenkomst"),
    Column.GUARDIAN1_NAME: ("naamouder1", "ouder1", "verzorger1", "ouderverzorger1",
                            "naamouderverzorger1", "naamverzorger1"),
    Column.GUARDIAN1_RELATION: ("relatieouder1", "relatie1", "relatieverzorger1",
                                "relatieouderverzorger1"),
    Column.GUARDIAN1_PHONE: ("telefoonouder1", "telefoon1", "mobielouder1",
                             "telefoonouderverzorger1", "telefoonverzorger1"),
    Column.GUARDIAN1_EMAIL: ("emailouder1", "email1", "emailouderverzorger1",
                             "emailverzorger1"),
    Column.GUARDIAN2_NAME: ("naamouder2", "ouder2", "verzorger2", "ouderverzorger2",
                            "naamouderverzorger2", "naamverzorger2"),
    Column.GUARDIAN2_RELATION: ("relatieouder2", "relatie2", "relatieverzorger2",
                                "relatieouderverzorger2"),
    Column.GUARDIAN2_PHONE: ("telefoonouder2", "telefoon2", "mobielouder2",
                             "telefoonouderverzorger2", "telefoonverzorger2"),
    Column.GUARDIAN2_EMAIL: ("emailouder2", "email2", "emailouderverzorger2",
                             "emailverzorger2"),
}

_GENDERS = {"m": "jongen", "j": "jongen", "jongen": "jongen", "man": "jongen",
            "mannelijk": "jongen", "v": "meisje", "meisje": "meisje", "vrouw": "meisje",
            "vrouwelijk": "meisje", "x": "anders", "anders": "anders", "": ""}
_RELATIONS = {"moeder": "moeder", "vader": "vader", "ouder": "ouder", "pleegmoeder":
              "pleegouder", "pleegvader": "pleegouder", "pleegouder": "pleegouder",
              "voogd": "voogd", "oma": "grootouder", "opa": "grootouder",
              "grootmoeder": "grootouder", "grootvader": "grootouder",
              "grootouder": "grootouder", "stiefmoeder": "stiefouder",
              "stiefvader": "stiefouder", "stiefouder": "stiefouder"}


def _key(text: str) -> str:
    return "".join(ch for ch in fold(text or "") if ch.isalnum())


def guess_mapping(headers: Sequence[str]) -> list[Column]:
    """The meaning of each column by its header; each meaning used once at most."""
    taken: set[Column] = set()
    mapping = []
    for header in headers:
        key = _key(header)
        found = Column.IGNORE
        for column, words in _SYNONYMS.items():
            if column not in taken and key in words:
                found = column
                break
        if found is not Column.IGNORE:
            taken.add(found)
        mapping.append(found)
    return mapping


def mapping_problems(mapping: Sequence[Column]) -> list[str]:
    """Dutch sentences about a mapping that cannot work; empty when it can."""
    problems = [f"Kies welke kolom de {column.value.lower()} bevat."
                for column in REQUIRED if column not in mapping]
    used = [c for c in mapping if c is not Column.IGNORE]
    for column in sorted({c for c in used if used.count(c) > 1}, key=lambda c: c.value):
        problems.append(f"'{column.value}' is aan meer dan één kolom gekoppeld.")
    return problems


class RowStatus(enum.Enum):
    NEW = "nieuw"
    GROUP_CHANGED = "groep wordt bijgewerkt"
    GUARDIANS_ADDED = "ouders worden aangevuld"
    UNCHANGED = "al in de kluis"
    FORMER = "oud-leerling, niet opnieuw ingeschreven"
    DUPLICATE = "dubbel in het bestand"
    ERROR = "fout"


@dataclass(frozen=True)
class PlannedRow:
    """What one row of the file will do; ``line`` is the row number as a spreadsheet shows it."""

    line: int
    name: str
    status: RowStatus
    group: str = ""
    pupil: ValidPupil | None = None
    existing_id: int | None = None
    guardians: tuple[GuardianDraft, ...] = ()
    messages: tuple[str, ...] = ()  # Dutch: errors, or warnings next to an import

    @property
    def writes(self) -> bool:
        return self.status in (RowStatus.NEW, RowStatus.GROUP_CHANGED,
                               RowStatus.GUARDIANS_ADDED)

    @property
    def warnings(self) -> tuple[str, ...]:
        """What was left out or guessed on a row that is imported (a parent not taken
        over, an unknown gender, a namesake): not the group change, which is the news."""
        if self.status in (RowStatus.ERROR, RowStatus.DUPLICATE):
            return ()
        return self.messages[1:] if self.status is RowStatus.GROUP_CHANGED else self.messages


@dataclass(frozen=True)
class ImportPlan:
    rows: tuple[PlannedRow, ...]
    new_groups: tuple[str, ...]
    not_in_file: tuple[str, ...] = field(default=())  # active pupils the export lacks
    removed_after_retention: int = 0  # dossiers deleted after their term: unknown now

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    @property
    def writes(self) -> bool:
        return any(row.writes for row in self.rows)


@dataclass(frozen=True)
class Existing:
    """What the vault already holds that an import is compared with."""

    pupils: Sequence[Pupil]
    group_names: Sequence[str]
    guardian_names: dict[int, set[str]]  # pupil id -> folded guardian names
    removed_after_retention: int = 0  # how many dossiers retention deleted (audit log)


def _cell(values: Sequence[str], mapping: Sequence[Column], column: Column) -> str:
    for value, meaning in zip(values, mapping, strict=False):
        if meaning is column:
            return (value or "").strip()
    return ""


def _guardians(values, mapping, line_messages: list[str]) -> list[GuardianDraft]:
    found = []
    for number, (name_c, rel_c, phone_c, mail_c) in enumerate((
            (Column.GUARDIAN1_NAME, Column.GUARDIAN1_RELATION, Column.GUARDIAN1_PHONE,
             Column.GUARDIAN1_EMAIL),
            (Column.GUARDIAN2_NAME, Column.GUARDIAN2_RELATION, Column.GUARDIAN2_PHONE,
             Column.GUARDIAN2_EMAIL)), start=1):
        name = _cell(values, mapping, name_c)
        if not name:
            continue
        relation = _RELATIONS.get(_key(_cell(values, mapping, rel_c)), "ouder")
        draft = GuardianDraft(name, relation, _cell(values, mapping, phone_c),
                              _cell(values, mapping, mail_c))
        try:
            found.append(validate_guardian(draft))
        except ValidationError as error:
            line_messages.append(f"Ouder/verzorger {number} niet overgenomen: "
                                 + " ".join(p.message for p in error.problems))
    return found


def _with_value(problem, draft: PupilDraft) -> str:
    """A date problem names the value in the file, so the IB can find and fix it there."""
    raw = {"date_of_birth": draft.date_of_birth, "start_date": draft.start_date}.get(
        problem.field)
    if not isinstance(raw, str) or not raw:
        return problem.message
    return f"{problem.message.split(' (bijvoorbeeld')[0].rstrip('.')} (in het bestand: {raw})."


def _identity(first: str, tussen: str, last: str, born: date) -> tuple[str, str, str, str]:
    return (_key(first), _key(tussen), _key(last), born.isoformat())


def plan_import(rows: Sequence[Sequence[str]], mapping: Sequence[Column], existing: Existing,
                today: date, default_start: date, first_line: int = 2) -> ImportPlan:
    """Decide for every row; nothing is written here. Rows are the file's data rows
    (headers excluded); ``first_line`` is the spreadsheet number of the first one."""
    if len(rows) > MAX_ROWS:
        raise ValueError(f"Het bestand heeft {len(rows)} regels; ZorgDesk leest er hoogstens "
                         f"{MAX_ROWS}. Is dit de leerlingenlijst?")
    known = {}
    for pupil in existing.pupils:
        known.setdefault(_identity(pupil.first_name, pupil.tussenvoegsel, pupil.last_name,
                                   pupil.date_of_birth), []).append(pupil)
    known_names = {identity[:3] for identity in known}  # without the date of birth
    groups = {group_key(name): name for name in existing.group_names}
    new_groups: dict[str, str] = {}
    seen: dict[tuple, int] = {}
    planned = []
    for offset, values in enumerate(rows):
        line = first_line + offset
        if not any((v or "").strip() for v in values):
            continue  # empty rows at the end of an export
        planned.append(_plan_row(line, values, mapping, known, known_names, groups,
                                 new_groups, seen, existing, today, default_start))
    in_file = {row.existing_id for row in planned if row.existing_id is not None}
    missing = tuple(sorted((p.display_name for p in existing.pupils
                            if p.active and p.id not in in_file), key=str.casefold))
    return ImportPlan(tuple(planned), tuple(new_groups.values()),
                      missing if in_file else (), existing.removed_after_retention)


def group_key(name: str) -> str:
    """The same group however the export writes it: 'Groep 5', 'groep5' and '5' (ParnasSys
    writes the bare number, a hand-made vault the word) must not become two groups."""
    folded = " ".join(fold(name or "").split())
    return re.sub(r"^groep\s*", "", folded) or folded


def _plan_row(line, values, mapping, known, known_names, groups, new_groups, seen, existing,
              today, default_start) -> PlannedRow:
    first = _cell(values, mapping, Column.FIRST_NAME)
    tussen = _cell(values, mapping, Column.TUSSENVOEGSEL)
    last = _cell(values, mapping, Column.LAST_NAME)
    name = " ".join(p for p in (first, tussen, last) if p) or f"(regel {line})"
    gender_text = _cell(values, mapping, Column.GENDER)
    gender = _GENDERS.get(_key(gender_text))
    messages: list[str] = []
    if gender is None:
        messages.append(f"Geslacht '{gender_text}' onbekend; leeg gelaten.")
        gender = ""
    start = _cell(values, mapping, Column.START_DATE) or default_start
    draft = PupilDraft(first, last, _cell(values, mapping, Column.DATE_OF_BIRTH), start,
                       tussenvoegsel=tussen, gender=gender)
    try:
        valid = validate_pupil(draft, today)
    except ValidationError as error:
        return PlannedRow(line, name, RowStatus.ERROR, _cell(values, mapping, Column.GROUP),
                          messages=tuple(_with_value(p, draft) for p in error.problems))
    group_text = _cell(values, mapping, Column.GROUP)
    key = group_key(group_text)
    group = groups.get(key) or new_groups.get(key) or group_text
    guardians = _guardians(values, mapping, messages)
    identity = _identity(valid.first_name, valid.tussenvoegsel, valid.last_name,
                         valid.date_of_birth)
    if identity in seen:
        return PlannedRow(line, name, RowStatus.DUPLICATE, group, messages=(
            f"Staat ook op regel {seen[identity]}; deze regel wordt overgeslagen.",))
    seen[identity] = line
    matches = known.get(identity, [])
    if len(matches) > 1:
        return PlannedRow(line, name, RowStatus.ERROR, group, messages=(
            "Er staan al meerdere leerlingen met deze naam en geboortedatum in de kluis; "
            "werk deze leerling met de hand bij.",))
    if not matches:
        if identity[:3] in known_names:
            messages.append("Let op: er is al een leerling met deze naam, met een andere "
                            "geboortedatum. Deze regel wordt een nieuwe leerling.")
        _new_group(group_text, key, groups, new_groups)
        return PlannedRow(line, name, RowStatus.NEW, group, valid, None, tuple(guardians),
                          tuple(messages))
    pupil = matches[0]
    if not pupil.active:
        return PlannedRow(line, name, RowStatus.FORMER, group, valid, pupil.id,
                          messages=(former_pupil(pupil),))
    have = existing.guardian_names.get(pupil.id, set())
    extra = tuple(g for g in guardians if _key(g.name) not in have)
    if group and group_key(group) != group_key(pupil.group_name or ""):
        status = RowStatus.GROUP_CHANGED
        _new_group(group_text, key, groups, new_groups)
        messages.insert(0, f"Van {pupil.group_name or '(geen groep)'} naar {group}.")
    elif extra:
        status = RowStatus.GUARDIANS_ADDED
    else:
        status = RowStatus.UNCHANGED
    return PlannedRow(line, name, status, group, valid, pupil.id, extra, tuple(messages))


def _new_group(group_text: str, key: str, groups, new_groups: dict[str, str]) -> None:
    """A group the vault lacks, named by a row that writes (a new pupil or a group
    change): only then does the import make it. An oud-leerling's or a doubled row's
    group is no reason to add one."""
    if group_text and key not in groups:
        new_groups.setdefault(key, group_text)


def former_pupil(pupil: Pupil) -> str:
    """Why a pupil who left is not enrolled again by an import, and how she is.

    Leaving is a step the IB took herself, and it starts the retention term; an export
    can be older than that step or lag behind it. So an import never undoes it: the
    IB re-enrols a pupil who really came back by hand, one by one."""
    left = f" (vertrokken op {pupil.leave_date:%d-%m-%Y})" if pupil.leave_date else ""
    return (f"Staat in de kluis als oud-leerling{left}; de import schrijft deze leerling "
            "niet opnieuw in en verandert niets aan groep of ouders. Is deze leerling terug "
            "op school? Maak dan in Leerlingen beheren de vertrekdatum leeg en kies Opslaan.")


def folded_guardian_name(name: str) -> str:
    """How guardian names are compared between the vault and a file."""
    return _key(name)
