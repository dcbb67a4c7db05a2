"""Logboek entry model: constants, draft/entry dataclasses, parsing and initials.

Split out of :mod:`zorgdesk.domain.logbook` (which still re-exports every name); see
that module's docstring for the rules from the "Logboek voor signalen" form.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from zorgdesk.domain.dates import parse_dutch_date, parse_dutch_time

# --------------------------------------------------------------------------- constants

MAX_TEXT = 20_000
"""Maximum length of a long free-text field (situatie, actie, ...)."""

MAX_SHORT_TEXT = 200
"""Maximum length of a short field (locatie, naam, initialen, ...)."""

MAX_AGE_YEARS = 20
"""Entry dates further back than this are considered a typing error."""

INTERPRETATION_LABEL = "Interpretatie / vermoeden (geen feit)"
"""Heading that must accompany the interpretation text wherever it is shown."""

SOURCE_WITHOUT_CONSENT = "bron zonder toestemming"
"""What remains of a third-party source that gave no consent to be recorded."""

CORRECTION_TERM = timedelta(weeks=4)
"""Parents' written correction request is answered within 4 weeks (l.4619-4620)."""

OBSERVATION_DOMAINS: dict[str, str] = {
    "opvallend_gedrag": "Opvallend gedrag",
    "verzorging": "Lichamelijke en uiterlijke verzorging",
    "leren": "Leerproblemen",
    "lichamelijk": "Fysieke klachten en letsel",
    "opvoeding": "Opvoeding",
    "ontwikkelingsbedreigingen": "Ontwikkelingsbedreigingen",
}
"""The six observation domains teachers use (seed 003, l.1399-1404): id -> label."""


class EntryKind(StrEnum):
    """What the entry records. Seed 004 l.301: "De zorgen die de school heeft, worden
    besproken, zowel met het kind als met de ouders/verzorgers" - a talk with the child
    is recorded in the logboek like an observation (what the child said, in its words),
    without parents present; a talk with parents is a zorggesprek or a parent contact."""

    OBSERVATION = "observatie"
    CHILD_CONVERSATION = "gesprek met het kind"


class ParentsInformed(StrEnum):
    """Whether the parents were informed (seed 003 l.1631: "of ouders zijn geïnformeerd")."""

    UNKNOWN = ""
    YES = "ja"
    NO = "nee"


class ContactMode(StrEnum):
    """How a contact with parents took place."""

    IN_PERSON = "persoonlijk"
    PHONE = "telefonisch"


# --------------------------------------------------------------------------- errors


class VersionError(ValueError):
    """A version chain that is not consecutive, mixed or lacks a reason (Dutch message)."""


# --------------------------------------------------------------------------- parts


@dataclass(frozen=True)
class SignalledBy:
    """Who saw it: a known staff member (``staff_id``) or a free-text description."""

    staff_id: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class Source:
    """Third-party source of information and whether it consented to being recorded."""

    description: str
    consent: bool

    @property
    def display(self) -> str:
        return self.description if self.consent else SOURCE_WITHOUT_CONSENT


@dataclass(frozen=True)
class ParentContact:
    """Contact with parents about the signals (date/time may be typed text in a draft)."""

    contact_date: date | str | None
    contact_time: time | str | None = None
    with_whom: str = ""
    mode: ContactMode | str = ContactMode.IN_PERSON
    summary: str = ""


@dataclass(frozen=True)
class ParentAgreement:
    """Agreement made with parents, with its evaluation moment."""

    text: str
    evaluation_date: date | str | None


# --------------------------------------------------------------------------- entry


@dataclass(frozen=True)
class LogbookEntryDraft:
    """What the form holds before validation; every field may still be wrong or empty.

    Dates and times may be :class:`date`/:class:`time` objects or the text the user
    typed ("14-03-2025", "2025-03-14", "9:05").
    """

    pupil_ids: tuple[str, ...] = ()
    entry_date: date | str | None = None
    entry_time: time | str | None = None
    location: str = ""
    signalled_by: SignalledBy | None = None
    situation: str = ""
    interpretation: str = ""
    from_third_party: bool = False
    source: Source | None = None
    involved: tuple[str, ...] = ()
    action: str = ""
    agreements: str = ""
    steps_if_not_kept: str = ""
    parent_contacts: tuple[ParentContact, ...] = ()
    parent_agreements: tuple[ParentAgreement, ...] = ()
    domain: str | None = None
    counter_signal: bool = False
    parents_informed: ParentsInformed | str = ParentsInformed.UNKNOWN
    parents_informed_note: str = ""  # how and when, or why not (yet)
    kind: EntryKind | str = EntryKind.OBSERVATION


@dataclass(frozen=True)
class LogbookEntry:
    """A validated entry: dates parsed, text stripped and NFC-normalised.

    ``source`` never holds the text of a source without consent.
    """

    pupil_ids: tuple[str, ...]
    entry_date: date
    entry_time: time | None
    location: str
    signalled_by: SignalledBy
    situation: str
    interpretation: str
    source: Source | None
    involved: tuple[str, ...]
    action: str
    agreements: str
    steps_if_not_kept: str
    parent_contacts: tuple[ParentContact, ...]
    parent_agreements: tuple[ParentAgreement, ...]
    domain: str | None
    counter_signal: bool
    parents_informed: ParentsInformed = ParentsInformed.UNKNOWN
    parents_informed_note: str = ""
    kind: EntryKind = EntryKind.OBSERVATION

    @property
    def parents_informed_display(self) -> str:
        """'ja (telefonisch door juf Anouk)', 'nee: eerst overleg met Veilig Thuis' or ''."""
        if self.parents_informed is ParentsInformed.UNKNOWN:
            return ""
        note = self.parents_informed_note
        if self.parents_informed is ParentsInformed.YES:
            return f"ja ({note})" if note else "ja"
        return f"nee: {note}" if note else "nee"

    @property
    def interpretation_display(self) -> str:
        """Interpretation text with its label, or "" when there is none."""
        if not self.interpretation:
            return ""
        return f"{INTERPRETATION_LABEL}: {self.interpretation}"

    @property
    def domain_label(self) -> str:
        return OBSERVATION_DOMAINS.get(self.domain, "") if self.domain else ""


# --------------------------------------------------------------------------- parsing

def parse_date(value: date | str | None) -> date | None:
    """Parse a date object or Dutch/ISO text; ``None`` for empty; ValueError if impossible."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_dutch_date(value) if value.strip() else None


def parse_time(value: time | str | None) -> time | None:
    """Parse a time object or "HH:MM"/"HH.MM" text; ``None`` for empty; ValueError if invalid."""
    if value is None or isinstance(value, time):
        return value
    return parse_dutch_time(value) if value.strip() else None


# --------------------------------------------------------------------------- initials

_TUSSENVOEGSELS = frozenset(
    {"v", "vd", "d", "de", "der", "den", "van", "het", "t", "'t", "te", "ter", "ten", "in", "op"}
)
_INITIALS_SPLIT = re.compile(r"[.\s]+")
_MAX_INITIAL_LETTERS = 5


def is_initials(text: str) -> bool:
    """True for initials such as "J.D.", "JD", "J. v. D.", "A.B.", "É.Ö."; False for names.

    Parts are separated by dots or spaces; a part is one to three capital letters or a
    short lowercase tussenvoegsel (v, d, vd, van, de, ...). "Jan", "Jan de Vries" and
    "jd" are rejected.
    """
    text = unicodedata.normalize("NFC", text).strip()
    if not text or len(text) > 20:
        return False
    parts = [p for p in _INITIALS_SPLIT.split(text) if p]
    if not parts:
        return False
    capitals = 0
    for index, part in enumerate(parts):
        if all(ch.isalpha() and ch.isupper() for ch in part) and len(part) <= 3:
            capitals += len(part)
        elif part in _TUSSENVOEGSELS and index > 0:
            continue
        else:
            return False
    return 1 <= capitals <= _MAX_INITIAL_LETTERS
