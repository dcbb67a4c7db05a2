"""Logboek (observation log) of the intern begeleider.

Modelled on the "Logboek voor signalen" form and the tips for noting signals in
the WIJ de Venen beleidsplan (seed 003, l.6677-6720 and l.1570-1631):

- facts (``situation``) apart from interpretation, stories and suspicions
  (``interpretation``), which are always shown with :data:`INTERPRETATION_LABEL`;
- other people involved only by their initials;
- information from third parties only with its source; a source that gave no
  consent is never stored (only :data:`SOURCE_WITHOUT_CONSENT` remains);
- a saved entry is never edited: corrections are new :class:`EntryVersion` s
  with a reason;
- parents may ask for a correction in writing, answered within 4 weeks
  (l.4613-4623), and may add their view (:class:`Zienswijze`);
- every disclosure is written to a sharing trail (:class:`SharingRecord`).

Pure Python (stdlib only). User-visible messages are Dutch.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from zorgdesk.domain.dates import parse_dutch_date, parse_dutch_time
from zorgdesk.domain.text import quote_short

__all__ = [
    "CORRECTION_TERM",
    "INTERPRETATION_LABEL",
    "MAX_SHORT_TEXT",
    "MAX_TEXT",
    "OBSERVATION_DOMAINS",
    "SOURCE_WITHOUT_CONSENT",
    "ContactMode",
    "CorrectionDeadline",
    "CorrectionOutcome",
    "CorrectionRequest",
    "EntryHistory",
    "EntryVersion",
    "LogbookEntry",
    "LogbookEntryDraft",
    "LogbookValidationError",
    "ParentAgreement",
    "ParentContact",
    "ProgressNote",
    "SharingRecord",
    "SignalledBy",
    "Source",
    "SuspicionOutcome",
    "VersionError",
    "Zienswijze",
    "add_version",
    "correction_deadlines",
    "entry_history",
    "is_initials",
    "parse_date",
    "parse_time",
    "validate_entry",
]

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


class ContactMode(StrEnum):
    """How a contact with parents took place."""

    IN_PERSON = "persoonlijk"
    PHONE = "telefonisch"


# --------------------------------------------------------------------------- errors


class LogbookValidationError(ValueError):
    """All problems of one draft at once: ``errors`` is a list of (field, Dutch message)."""

    def __init__(self, errors: list[tuple[str, str]]) -> None:
        self.errors: list[tuple[str, str]] = list(errors)
        # Only field names here: messages may quote typed text (a name), and an
        # exception's str() is what ends up in logs.
        fields = ", ".join(dict.fromkeys(name for name, _ in self.errors))
        super().__init__(f"Ongeldige notitie; controleer: {fields}")

    def messages_for(self, field_name: str) -> list[str]:
        """Messages for one field (exact name or its sub-fields, e.g. ``parent_contacts[0]``)."""
        return [
            msg
            for name, msg in self.errors
            if name == field_name or name.startswith((field_name + ".", field_name + "["))
        ]


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


# --------------------------------------------------------------------------- validation

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class _Checker:
    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []

    def add(self, name: str, message: str) -> None:
        self.errors.append((name, message))

    def text(self, name: str, value: str | None, *, limit: int, label: str) -> str:
        value = unicodedata.normalize("NFC", value or "").strip()
        if len(value) > limit:
            self.add(
                name,
                f"{label} is te lang ({len(value)} tekens); het maximum is {limit} tekens.",
            )
        if _CONTROL.search(value):
            self.add(name, f"{label} bevat onzichtbare stuurtekens; verwijder die.")
        return value

    def date(self, name: str, value: date | str | None, *, label: str) -> date | None:
        try:
            return parse_date(value)
        except (ValueError, TypeError):
            self.add(
                name,
                f"{label} {quote_short(value)}bestaat niet; "
                "gebruik dag-maand-jaar, bijv. 14-03-2025.",
            )
            return None

    def time(self, name: str, value: time | str | None, *, label: str) -> time | None:
        try:
            return parse_time(value)
        except (ValueError, TypeError):
            self.add(name, f"{label} {quote_short(value)}is geen geldige tijd; "
                           "gebruik uu:mm, bijv. 10:15.")
            return None


def validate_entry(
    draft: LogbookEntryDraft,
    today: date,
    known_staff: Collection[str],
    *,
    now: datetime | None = None,
) -> LogbookEntry:
    """Check a draft and return the entry to store, or raise :class:`LogbookValidationError`.

    ``known_staff`` holds the ids of staff members the vault knows. All problems are
    collected, so the form can show them at once. With ``now`` given, a time later
    today is refused as well.
    """
    c = _Checker()

    # pupils
    pupil_ids: list[str] = []
    for pid in draft.pupil_ids:
        pid = (pid or "").strip()
        if pid and pid not in pupil_ids:
            pupil_ids.append(pid)
    if not pupil_ids:
        c.add("pupil_ids", "Kies minstens één leerling.")

    # date and time
    entry_date = c.date("entry_date", draft.entry_date, label="De datum")
    if entry_date is None and not any(n == "entry_date" for n, _ in c.errors):
        c.add("entry_date", "Vul de datum in.")
    elif entry_date is not None:
        if entry_date > today:
            c.add("entry_date", "De datum ligt in de toekomst.")
        elif entry_date.year < today.year - MAX_AGE_YEARS:
            c.add(
                "entry_date",
                f"De datum ligt meer dan {MAX_AGE_YEARS} jaar terug; controleer het jaartal.",
            )
    entry_time = c.time("entry_time", draft.entry_time, label="De tijd")
    if (
        now is not None
        and entry_time is not None
        and entry_date == now.date()
        and entry_time > now.time()
    ):
        c.add("entry_time", "Het tijdstip ligt in de toekomst.")

    location = c.text("location", draft.location, limit=MAX_SHORT_TEXT, label="De locatie")

    # who signalled it
    signalled_by = draft.signalled_by
    if signalled_by is None or not (
        (signalled_by.staff_id or "").strip() or (signalled_by.name or "").strip()
    ):
        c.add("signalled_by", "Vul in wie het gesignaleerd heeft.")
        signalled_by = SignalledBy()
    elif (signalled_by.staff_id or "").strip():
        staff_id = signalled_by.staff_id.strip()
        if staff_id not in known_staff:
            c.add("signalled_by", "Deze medewerker is onbekend; kies een medewerker uit de lijst.")
        signalled_by = SignalledBy(staff_id=staff_id)
    else:
        name = c.text(
            "signalled_by", signalled_by.name, limit=MAX_SHORT_TEXT, label="Gesignaleerd door"
        )
        signalled_by = SignalledBy(name=name)

    # facts and interpretation
    situation = c.text("situation", draft.situation, limit=MAX_TEXT, label="De situatie")
    if not situation:
        c.add("situation", "Beschrijf de situatie: wat heb je gezien of gehoord?")
    interpretation = c.text(
        "interpretation", draft.interpretation, limit=MAX_TEXT, label="De interpretatie"
    )

    # third-party source
    source: Source | None = None
    if draft.from_third_party:
        if draft.source is None:
            c.add(
                "source",
                "Deze informatie komt van iemand anders: vermeld de bron en of die "
                "toestemming geeft om het vast te leggen.",
            )
        elif draft.source.consent:
            text = c.text("source", draft.source.description, limit=MAX_SHORT_TEXT, label="De bron")
            if not text:
                c.add("source", "Vermeld de bron van deze informatie.")
            source = Source(description=text, consent=True)
        else:
            # Without consent the source must not be stored (seed 003, l.6718-6720).
            source = Source(description=SOURCE_WITHOUT_CONSENT, consent=False)
    elif draft.source is not None:
        if draft.source.consent:
            text = c.text("source", draft.source.description, limit=MAX_SHORT_TEXT, label="De bron")
            source = Source(description=text, consent=True) if text else None
        else:
            source = Source(description=SOURCE_WITHOUT_CONSENT, consent=False)

    # involved: initials only
    involved: list[str] = []
    for i, raw in enumerate(draft.involved):
        text = unicodedata.normalize("NFC", raw or "").strip()
        if not text:
            continue
        if not is_initials(text):
            c.add(
                f"involved[{i}]",
                f"'{text}' is geen afkorting: noteer betrokkenen alleen met initialen "
                "(bijv. J.D.).",
            )
        involved.append(text)

    action = c.text("action", draft.action, limit=MAX_TEXT, label="De actie")
    agreements = c.text("agreements", draft.agreements, limit=MAX_TEXT, label="De afspraken")
    steps = c.text(
        "steps_if_not_kept",
        draft.steps_if_not_kept,
        limit=MAX_TEXT,
        label="De stappen bij niet nakomen",
    )

    # contacts with parents
    contacts: list[ParentContact] = []
    for i, contact in enumerate(draft.parent_contacts):
        prefix = f"parent_contacts[{i}]"
        cdate = c.date(f"{prefix}.contact_date", contact.contact_date, label="De contactdatum")
        if cdate is None and contact.contact_date in (None, ""):
            c.add(f"{prefix}.contact_date", "Vul de datum van het contact met de ouders in.")
        elif cdate is not None and cdate > today:
            c.add(f"{prefix}.contact_date", "De contactdatum ligt in de toekomst.")
        ctime = c.time(f"{prefix}.contact_time", contact.contact_time, label="De contacttijd")
        with_whom = c.text(
            f"{prefix}.with_whom", contact.with_whom, limit=MAX_SHORT_TEXT, label="Met wie"
        )
        if not with_whom:
            c.add(f"{prefix}.with_whom", "Vul in met wie er contact was.")
        try:
            mode = ContactMode(contact.mode)
        except ValueError:
            c.add(f"{prefix}.mode", "Kies 'persoonlijk' of 'telefonisch'.")
            mode = ContactMode.IN_PERSON
        summary = c.text(f"{prefix}.summary", contact.summary, limit=MAX_TEXT, label="Het verslag")
        contacts.append(ParentContact(cdate, ctime, with_whom, mode, summary))

    # agreements with parents
    parent_agreements: list[ParentAgreement] = []
    for i, agreement in enumerate(draft.parent_agreements):
        prefix = f"parent_agreements[{i}]"
        text = c.text(f"{prefix}.text", agreement.text, limit=MAX_TEXT, label="De afspraak")
        if not text:
            c.add(f"{prefix}.text", "Beschrijf de afspraak met de ouders.")
        eval_date = c.date(
            f"{prefix}.evaluation_date", agreement.evaluation_date, label="De evaluatiedatum"
        )
        if eval_date is None and agreement.evaluation_date in (None, ""):
            c.add(f"{prefix}.evaluation_date", "Spreek een evaluatiemoment af en vul de datum in.")
        elif eval_date is not None and entry_date is not None and eval_date < entry_date:
            c.add(
                f"{prefix}.evaluation_date",
                "De evaluatiedatum ligt vóór de datum van de notitie.",
            )
        parent_agreements.append(ParentAgreement(text, eval_date))

    domain = (draft.domain or "").strip() or None
    if domain is not None and domain not in OBSERVATION_DOMAINS:
        c.add("domain", "Kies een van de zes observatiegebieden.")

    if c.errors:
        raise LogbookValidationError(c.errors)
    assert entry_date is not None  # noqa: S101 - guaranteed by the checks above
    return LogbookEntry(
        pupil_ids=tuple(pupil_ids),
        entry_date=entry_date,
        entry_time=entry_time,
        location=location,
        signalled_by=signalled_by,
        situation=situation,
        interpretation=interpretation,
        source=source,
        involved=tuple(involved),
        action=action,
        agreements=agreements,
        steps_if_not_kept=steps,
        parent_contacts=tuple(contacts),
        parent_agreements=tuple(parent_agreements),
        domain=domain,
        counter_signal=bool(draft.counter_signal),
    )


# --------------------------------------------------------------------------- versions


@dataclass(frozen=True)
class EntryVersion:
    """One saved version of an entry. Version 1 is the original; later ones need a reason."""

    entry_id: str
    version_no: int
    content: LogbookEntry
    author: str
    created_at: datetime
    reason: str | None = None


@dataclass(frozen=True)
class EntryHistory:
    """``current`` is the newest version; ``history`` the earlier ones, oldest first."""

    entry_id: str
    current: EntryVersion
    history: tuple[EntryVersion, ...]

    @property
    def all_versions(self) -> tuple[EntryVersion, ...]:
        return (*self.history, self.current)

    @property
    def is_amended(self) -> bool:
        return bool(self.history)


def entry_history(versions: Iterable[EntryVersion]) -> EntryHistory:
    """Order the versions of one entry and check the chain; raise :class:`VersionError`.

    The chain must be 1, 2, ..., n for a single entry id; every version after the
    first carries a reason and an author; creation times never go backwards.
    """
    ordered = sorted(versions, key=lambda v: v.version_no)
    if not ordered:
        raise VersionError("Er is geen enkele versie van deze notitie.")
    entry_id = ordered[0].entry_id
    previous: EntryVersion | None = None
    for expected, version in enumerate(ordered, start=1):
        if version.entry_id != entry_id:
            raise VersionError("De versies horen niet bij dezelfde notitie.")
        if version.version_no != expected:
            raise VersionError(
                f"Versie {version.version_no} sluit niet aan; verwacht werd versie {expected}."
            )
        if not (version.author or "").strip():
            raise VersionError(f"Bij versie {version.version_no} ontbreekt wie hem vastlegde.")
        if expected > 1 and not (version.reason or "").strip():
            raise VersionError(
                f"Versie {version.version_no} heeft geen reden; een wijziging vraagt altijd "
                "een reden."
            )
        if previous is not None and version.created_at < previous.created_at:
            raise VersionError(
                f"Versie {version.version_no} is eerder gedateerd dan versie {previous.version_no}."
            )
        previous = version
    return EntryHistory(entry_id=entry_id, current=ordered[-1], history=tuple(ordered[:-1]))


def add_version(versions: Iterable[EntryVersion], new: EntryVersion) -> EntryHistory:
    """Check that ``new`` may follow ``versions`` and return the resulting history.

    Refuses (raises :class:`VersionError`) a version without a reason or whose number
    is not exactly one more than the current one.
    """
    existing = list(versions)
    current_no = entry_history(existing).current.version_no if existing else 0
    if new.version_no != current_no + 1:
        raise VersionError(
            f"Nieuwe versie moet nummer {current_no + 1} hebben, niet {new.version_no}."
        )
    if existing and not (new.reason or "").strip():
        raise VersionError("Geef een reden voor deze wijziging.")
    return entry_history([*existing, new])


# --------------------------------------------------------------------------- progress


class SuspicionOutcome(StrEnum):
    """What a progress note says about an earlier story or suspicion (seed 003, l.1584-1585)."""

    NONE = ""
    CONFIRMED = "bevestigd"
    REFUTED = "ontkracht"


@dataclass(frozen=True)
class ProgressNote:
    """ "Aanvullingen over het verloop": a dated addition to an entry.

    An addition is not a correction: it adds what happened later and may note that an
    earlier story or suspicion was confirmed or refuted. Like entries it is append-only.
    """

    entry_id: str
    note_date: date
    note_time: time | None
    text: str
    author: str
    created_at: datetime
    outcome: SuspicionOutcome = SuspicionOutcome.NONE

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("Beschrijf het verloop.")
        if len(self.text) > MAX_TEXT:
            raise ValueError(f"De aanvulling is te lang; het maximum is {MAX_TEXT} tekens.")
        if not self.author.strip():
            raise ValueError("Vul in wie de aanvulling vastlegt.")
        if self.note_date > self.created_at.date():
            raise ValueError("De datum van de aanvulling ligt in de toekomst.")
        SuspicionOutcome(self.outcome)


# --------------------------------------------------------------------------- parents


class CorrectionOutcome(StrEnum):
    PENDING = "in behandeling"
    GRANTED = "toegewezen"
    PARTLY_GRANTED = "deels toegewezen"
    REFUSED = "afgewezen"
    WITHDRAWN = "ingetrokken"


@dataclass(frozen=True)
class CorrectionRequest:
    """Parents' written request to correct, complete or remove dossier data.

    Answered in writing within 4 weeks of receipt; a refusal is motivated
    (seed 003, l.4613-4620). The answer itself is a new version of the entries or a
    :class:`Zienswijze`, never an in-place edit.
    """

    request_id: str
    pupil_id: str
    received: date
    requested_by: str
    request: str
    entry_ids: tuple[str, ...] = ()
    outcome: CorrectionOutcome = CorrectionOutcome.PENDING
    answered_on: date | None = None
    motivation: str = ""

    def __post_init__(self) -> None:
        if not self.request.strip():
            raise ValueError("Beschrijf wat de ouders willen laten wijzigen.")
        if self.answered_on is not None:
            if self.answered_on < self.received:
                raise ValueError("Het antwoord kan niet vóór de ontvangst van het verzoek liggen.")
            if self.outcome == CorrectionOutcome.PENDING:
                raise ValueError("Vul de uitkomst van het verzoek in.")
        if self.outcome == CorrectionOutcome.REFUSED and not self.motivation.strip():
            raise ValueError("Een afwijzing moet gemotiveerd worden.")

    @property
    def due(self) -> date:
        return self.received + CORRECTION_TERM

    @property
    def is_open(self) -> bool:
        return self.answered_on is None and self.outcome == CorrectionOutcome.PENDING


@dataclass(frozen=True)
class CorrectionDeadline:
    request: CorrectionRequest
    due: date
    days_left: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    @property
    def message(self) -> str:
        if self.days_left < 0:
            dagen = "dag" if self.days_left == -1 else "dagen"
            return f"Termijn verstreken ({-self.days_left} {dagen} te laat)"
        if self.days_left == 0:
            return "Vandaag beantwoorden"
        dagen = "dag" if self.days_left == 1 else "dagen"
        return f"Nog {self.days_left} {dagen}"


def correction_deadlines(
    requests: Iterable[CorrectionRequest], today: date, warn_days: int = 7
) -> list[CorrectionDeadline]:
    """Open requests due within ``warn_days`` days or already past due, most urgent first."""
    result = []
    for req in requests:
        if not req.is_open:
            continue
        days_left = (req.due - today).days
        if days_left <= warn_days:
            result.append(CorrectionDeadline(req, req.due, days_left))
    result.sort(key=lambda d: (d.due, d.request.request_id))
    return result


@dataclass(frozen=True)
class Zienswijze:
    """Parents' view on (part of) the dossier, added to it; it changes no facts."""

    zienswijze_id: str
    pupil_id: str
    received: date
    given_by: str
    text: str
    recorded_by: str
    entry_ids: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("Noteer de zienswijze van de ouders.")
        if not self.given_by.strip():
            raise ValueError("Vul in van wie de zienswijze is.")


@dataclass(frozen=True)
class SharingRecord:
    """One disclosure: with whom which information was shared, on what basis, when."""

    pupil_id: str
    shared_with: str
    what: str
    basis: str
    shared_on: date
    shared_by: str
    entry_ids: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        for value, message in (
            (self.shared_with, "Vul in met wie de informatie is gedeeld."),
            (self.what, "Vul in welke informatie is gedeeld."),
            (self.basis, "Vul de grondslag in (bijv. toestemming ouders, Wet meldcode)."),
        ):
            if not value.strip():
                raise ValueError(message)
