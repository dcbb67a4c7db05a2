"""The header of every printed document: which pupil it is about, which school made it.

Services build these from the vault (``BaseDataService.printed_pupil`` /
``printed_school``) and hand them to the reports; a report never reads the vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from zorgdesk.domain.people import Pupil, SchoolSettings

__all__ = ["PrintedPupil", "PrintedSchool", "RecoverySheet"]


@dataclass(frozen=True)
class PrintedPupil:
    """The pupil as a report identifies them: full name, date of birth, group."""

    name: str
    date_of_birth: date | None = None
    group: str = ""

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name

    @classmethod
    def of(cls, pupil: Pupil) -> PrintedPupil:
        return cls(pupil.display_name, pupil.date_of_birth, pupil.group_name or "")


@dataclass(frozen=True)
class PrintedSchool:
    """The school as a report names it (header, metadata, recovery sheet)."""

    name: str
    place: str = ""

    @classmethod
    def of(cls, school: SchoolSettings) -> PrintedSchool:
        return cls(school.name, school.place or "")


@dataclass(frozen=True)
class RecoverySheet:
    """The printed recovery key: the key and what identifies the vault it opens."""

    key: str
    school: PrintedSchool
    user_name: str
    vault_name: str
    created_on: date
