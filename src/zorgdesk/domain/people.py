"""Pupils, guardians, staff and groups: plain records plus their validation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from zorgdesk.domain.nicknames import parse_nicknames
from zorgdesk.domain.text import fold_name
from zorgdesk.domain.validation import (
    FieldProblem,
    ValidationError,
    parse_date,
    require_text,
)

GENDERS = ("", "meisje", "jongen", "anders")
RELATIONS = ("moeder", "vader", "ouder", "pleegouder", "voogd", "grootouder", "stiefouder",
             "anders")
# The IB's role wherever it is stored or printed beside her name, written like every
# other staff role ("Leerkracht groep 5", "Directeur"): a conversation dialog said
# "(intern begeleider)" while its PDFs said "(Intern begeleider)" (walk s29).
IB_ROLE = "Intern begeleider"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()-]{8,20}$")


def full_name(first: str, tussenvoegsel: str, last: str) -> str:
    return " ".join(part for part in (first, tussenvoegsel, last) if part)


@dataclass(frozen=True)
class Pupil:
    id: int
    first_name: str
    tussenvoegsel: str
    last_name: str
    date_of_birth: date
    gender: str
    group_id: int | None
    group_name: str
    start_date: date
    leave_date: date | None
    active: bool
    # "Ook genoemd": the nicknames the IB recorded (m0024), removed like the name.
    nicknames: tuple[str, ...] = ()

    # Cached: a large school's lists and forms ask for these 1,500 times per showing.
    @cached_property
    def display_name(self) -> str:
        return full_name(self.first_name, self.tussenvoegsel, self.last_name)

    @cached_property
    def sort_key(self) -> tuple[str, str, str, str]:
        # Dutch alphabetisation ignores the tussenvoegsel: "van der Berg" under B; and
        # the marks on letters: Çelik under C, Ødegård under O (walk s30: both came last).
        return (fold_name(self.last_name), fold_name(self.first_name), self.last_name.casefold(),
                self.first_name.casefold())

    def age_on(self, day: date) -> int:
        years = day.year - self.date_of_birth.year
        if (day.month, day.day) < (self.date_of_birth.month, self.date_of_birth.day):
            years -= 1
        return years


def left_already(pupil: Pupil) -> str:
    """Why a pupil who left cannot be 'uitgeschreven' again, and what to do instead."""
    left = f" op {pupil.leave_date:%d-%m-%Y}" if pupil.leave_date else ""
    return (f"{pupil.display_name} is al uitgeschreven (vertrokken{left}). Een andere "
            "vertrekdatum of weer inschrijven: pas de vertrekdatum in het formulier aan "
            "(of maak het veld leeg) en kies Opslaan.")


@dataclass(frozen=True)
class PupilDraft:
    first_name: str
    last_name: str
    date_of_birth: str | date
    start_date: str | date
    tussenvoegsel: str = ""
    gender: str = ""
    group_id: int | None = None
    leave_date: str | date | None = None
    nicknames: str | tuple[str, ...] = ""  # "Kruimel, Mo" as typed, or a list


@dataclass(frozen=True)
class ValidPupil:
    first_name: str
    tussenvoegsel: str
    last_name: str
    date_of_birth: date
    gender: str
    group_id: int | None
    start_date: date
    leave_date: date | None
    nicknames: tuple[str, ...] = ()


def validate_pupil(draft: PupilDraft, today: date) -> ValidPupil:
    problems: list[FieldProblem] = []
    first = require_text(draft.first_name, "first_name", "de voornaam", problems)
    tussen = require_text(draft.tussenvoegsel, "tussenvoegsel", "het tussenvoegsel", problems,
                          max_length=20, required=False)
    last = require_text(draft.last_name, "last_name", "de achternaam", problems)
    dob = parse_date(draft.date_of_birth, "date_of_birth", "de geboortedatum", problems)
    start = parse_date(draft.start_date, "start_date", "de startdatum", problems)
    leave = parse_date(draft.leave_date, "leave_date", "de vertrekdatum", problems,
                       required=False)
    if dob is not None:
        if dob > today:
            problems.append(FieldProblem("date_of_birth", "De geboortedatum ligt in de toekomst."))
        elif not 2 <= today.year - dob.year <= 20:
            problems.append(FieldProblem(
                "date_of_birth", "Deze geboortedatum past niet bij een leerling van de basisschool."
            ))
    if dob and start and start < dob:
        problems.append(FieldProblem("start_date", "De startdatum ligt vóór de geboortedatum."))
    if start and leave and leave < start:
        problems.append(FieldProblem("leave_date", "De vertrekdatum ligt vóór de startdatum."))
    if draft.gender not in GENDERS:
        problems.append(FieldProblem("gender", "Kies een geldig geslacht of laat het leeg."))
    nicknames = parse_nicknames(draft.nicknames, "nicknames", problems)
    if problems:
        raise ValidationError(problems)
    return ValidPupil(first, tussen, last, dob, draft.gender, draft.group_id, start, leave,
                      nicknames)


@dataclass(frozen=True)
class Guardian:
    id: int
    pupil_id: int
    name: str
    relation: str
    phone: str
    email: str
    parental_authority: bool
    active: bool
    nicknames: tuple[str, ...] = ()  # "Ook genoemd" (m0024)


@dataclass(frozen=True)
class GuardianDraft:
    name: str
    relation: str
    phone: str = ""
    email: str = ""
    parental_authority: bool = True
    nicknames: str | tuple[str, ...] = ""  # "Beer, de Beer" as typed, or a list


def validate_guardian(draft: GuardianDraft) -> GuardianDraft:
    problems: list[FieldProblem] = []
    name = require_text(draft.name, "name", "de naam", problems)
    relation = (draft.relation or "").strip()
    if relation not in RELATIONS:
        problems.append(FieldProblem("relation", "Kies de relatie tot de leerling."))
    phone = require_text(draft.phone, "phone", "het telefoonnummer", problems,
                         max_length=20, required=False)
    email = require_text(draft.email, "email", "het e-mailadres", problems,
                         max_length=254, required=False)
    if phone and not _PHONE.match(phone):
        problems.append(FieldProblem("phone", "Het telefoonnummer klopt niet (bijv. 06-12345678)."))
    if email and not _EMAIL.match(email):
        problems.append(
            FieldProblem("email", "Het e-mailadres klopt niet (bijv. naam@voorbeeld.nl).")
        )
    nicknames = parse_nicknames(draft.nicknames, "nicknames", problems)
    if problems:
        raise ValidationError(problems)
    return GuardianDraft(name, relation, phone, email, bool(draft.parental_authority),
                         nicknames)


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: str
    active: bool
    nicknames: tuple[str, ...] = ()  # "Ook genoemd" (m0024)


@dataclass(frozen=True)
class Group:
    id: int
    name: str
    active: bool


# A removed group whose name a new or renamed group took: "Groep 8 (tot 01-09-2027)".
_FORMER_GROUP = re.compile(r" \(tot \d{2}-\d{2}-\d{4}\)(?: \d+)?$")


def base_group_name(name: str) -> str:
    """The name a group had before a later group took it ("Groep 8 (tot ...)" -> "Groep 8")."""
    return _FORMER_GROUP.sub("", name)


@dataclass(frozen=True)
class SchoolSettings:
    name: str
    place: str
    retention_years: int
    logo: bytes | None = None
