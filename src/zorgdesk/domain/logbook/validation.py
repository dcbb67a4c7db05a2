"""Validation of a logboek draft into a :class:`LogbookEntry` (all problems at once)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from datetime import date, datetime, time
from enum import Enum
from typing import Any, TypeVar

from zorgdesk.domain.logbook.entry import (
    MAX_AGE_YEARS,
    MAX_SHORT_TEXT,
    MAX_TEXT,
    OBSERVATION_DOMAINS,
    SOURCE_WITHOUT_CONSENT,
    ContactMode,
    EntryKind,
    LogbookEntry,
    LogbookEntryDraft,
    ParentAgreement,
    ParentContact,
    ParentsInformed,
    SignalledBy,
    Source,
    is_initials,
    parse_date,
    parse_time,
)
from zorgdesk.domain.text import quote_short
from zorgdesk.domain.validation import ValidationError

# --------------------------------------------------------------------------- validation

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_Choice = TypeVar("_Choice", bound=Enum)


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

    def choice(self, name: str, kind: type[_Choice], value: object, *, default: _Choice,
               message: str) -> _Choice:
        """One of the values of ``kind``; anything else is refused with ``message``."""
        try:
            return kind(value)
        except ValueError:
            self.add(name, message)
            return default


def validate_entry(
    draft: LogbookEntryDraft,
    today: date,
    known_staff: Collection[str],
    *,
    now: datetime | None = None,
) -> LogbookEntry:
    """Check a draft and return the entry to store, or raise :class:`ValidationError`.

    ``known_staff`` holds the ids of staff members the vault knows. All problems are
    collected, so the form can show them at once. With ``now`` given, a time later
    today is refused as well.
    """
    c = _Checker()
    # The parts of the form, checked top to bottom (the problems keep that order); each
    # returns its fields under LogbookEntry's names.
    fields = _who_when_where(c, draft, today, now, known_staff)
    fields |= _what_happened(c, draft)
    fields |= _follow_up(c, draft)
    fields |= _with_parents(c, draft, today, fields["entry_date"])
    fields["kind"] = c.choice(
        "kind", EntryKind, draft.kind or EntryKind.OBSERVATION, default=EntryKind.OBSERVATION,
        message="Kies het soort notitie: observatie of gesprek met het kind.")
    fields |= _parents_informed(c, draft)
    fields["domain"] = _domain(c, draft.domain)
    if c.errors:
        raise ValidationError(c.errors)
    assert fields["entry_date"] is not None  # noqa: S101 - guaranteed by the checks above
    return LogbookEntry(**fields, counter_signal=bool(draft.counter_signal))


# -- the parts of the form --------------------------------------------------------------


def _who_when_where(c: _Checker, draft: LogbookEntryDraft, today: date,
                    now: datetime | None, known_staff: Collection[str]) -> dict[str, Any]:
    """The pupils it is about, the moment, the place and who signalled it."""
    pupil_ids = _pupils(c, draft.pupil_ids)
    entry_date, entry_time = _moment(c, draft, today, now)
    location = c.text("location", draft.location, limit=MAX_SHORT_TEXT, label="De locatie")
    return {"pupil_ids": pupil_ids, "entry_date": entry_date, "entry_time": entry_time,
            "location": location,
            "signalled_by": _signalled_by(c, draft.signalled_by, known_staff)}


def _what_happened(c: _Checker, draft: LogbookEntryDraft) -> dict[str, Any]:
    """Facts apart from interpretation; a third party's source; others by initials."""
    situation = c.text("situation", draft.situation, limit=MAX_TEXT, label="De situatie")
    if not situation:
        c.add("situation", "Beschrijf de situatie: wat heb je gezien of gehoord?")
    interpretation = c.text(
        "interpretation", draft.interpretation, limit=MAX_TEXT, label="De interpretatie"
    )
    return {"situation": situation, "interpretation": interpretation,
            "source": _source(c, draft), "involved": _involved(c, draft.involved)}


def _follow_up(c: _Checker, draft: LogbookEntryDraft) -> dict[str, Any]:
    """What was done, what was agreed, and what follows when it is not kept."""
    return {
        "action": c.text("action", draft.action, limit=MAX_TEXT, label="De actie"),
        "agreements": c.text("agreements", draft.agreements, limit=MAX_TEXT,
                             label="De afspraken"),
        "steps_if_not_kept": c.text("steps_if_not_kept", draft.steps_if_not_kept,
                                    limit=MAX_TEXT, label="De stappen bij niet nakomen"),
    }


def _with_parents(c: _Checker, draft: LogbookEntryDraft, today: date,
                  entry_date: date | None) -> dict[str, Any]:
    """Every contact with the parents, then every agreement made with them."""
    contacts = tuple(_parent_contact(c, f"parent_contacts[{i}]", contact, today)
                     for i, contact in enumerate(draft.parent_contacts))
    agreements = tuple(_parent_agreement(c, f"parent_agreements[{i}]", agreement, entry_date)
                       for i, agreement in enumerate(draft.parent_agreements))
    return {"parent_contacts": contacts, "parent_agreements": agreements}


def _parents_informed(c: _Checker, draft: LogbookEntryDraft) -> dict[str, Any]:
    """Whether the parents were told; 'nee' needs a reason, unanswered keeps no note."""
    informed = c.choice("parents_informed", ParentsInformed, draft.parents_informed or "",
                        default=ParentsInformed.UNKNOWN,
                        message="Kies of de ouders zijn geïnformeerd: ja of nee.")
    note = c.text("parents_informed_note", draft.parents_informed_note,
                  limit=MAX_SHORT_TEXT, label="De toelichting")
    if informed is ParentsInformed.NO and not note:
        c.add("parents_informed_note", "Noteer waarom de ouders (nog) niet zijn geïnformeerd.")
    return {"parents_informed": informed,
            "parents_informed_note": note if informed is not ParentsInformed.UNKNOWN else ""}


# -- single fields ----------------------------------------------------------------------


def _pupils(c: _Checker, raw_ids: tuple[str, ...]) -> tuple[str, ...]:
    """The pupils the entry is about, each once, in the order given."""
    pupil_ids: list[str] = []
    for pid in raw_ids:
        pid = (pid or "").strip()
        if pid and pid not in pupil_ids:
            pupil_ids.append(pid)
    if not pupil_ids:
        c.add("pupil_ids", "Kies minstens één leerling.")
    return tuple(pupil_ids)


def _moment(c: _Checker, draft: LogbookEntryDraft, today: date,
            now: datetime | None) -> tuple[date | None, time | None]:
    """Date (required, not in the future, not implausibly old) and time of the event."""
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
    return entry_date, entry_time


def _signalled_by(c: _Checker, signalled_by: SignalledBy | None,
                  known_staff: Collection[str]) -> SignalledBy:
    """Who saw it: a known staff member, or a name typed in."""
    if signalled_by is None or not (
        (signalled_by.staff_id or "").strip() or (signalled_by.name or "").strip()
    ):
        c.add("signalled_by", "Vul in wie het gesignaleerd heeft.")
        return SignalledBy()
    if (signalled_by.staff_id or "").strip():
        staff_id = signalled_by.staff_id.strip()
        if staff_id not in known_staff:
            c.add("signalled_by", "Deze medewerker is onbekend; kies een medewerker uit de lijst.")
        return SignalledBy(staff_id=staff_id)
    name = c.text(
        "signalled_by", signalled_by.name, limit=MAX_SHORT_TEXT, label="Gesignaleerd door"
    )
    return SignalledBy(name=name)


def _source(c: _Checker, draft: LogbookEntryDraft) -> Source | None:
    """A third party's information: its source only with consent (else a fixed text)."""
    if draft.from_third_party and draft.source is None:
        c.add(
            "source",
            "Deze informatie komt van iemand anders: vermeld de bron en of die "
            "toestemming geeft om het vast te leggen.",
        )
        return None
    if draft.source is None:
        return None
    if not draft.source.consent:
        # Without consent the source must not be stored (seed 003, l.6718-6720).
        return Source(description=SOURCE_WITHOUT_CONSENT, consent=False)
    text = c.text("source", draft.source.description, limit=MAX_SHORT_TEXT, label="De bron")
    if not draft.from_third_party:
        return Source(description=text, consent=True) if text else None
    if not text:
        c.add("source", "Vermeld de bron van deze informatie.")
    return Source(description=text, consent=True)


def _involved(c: _Checker, raw_involved: tuple[str, ...]) -> tuple[str, ...]:
    """Others involved, by initials only."""
    involved: list[str] = []
    for i, raw in enumerate(raw_involved):
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
    return tuple(involved)


def _parent_contact(c: _Checker, prefix: str, contact: ParentContact,
                    today: date) -> ParentContact:
    """One contact with the parents: when, with whom, how, and what was said."""
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
    mode = c.choice(f"{prefix}.mode", ContactMode, contact.mode, default=ContactMode.IN_PERSON,
                    message="Kies 'persoonlijk' of 'telefonisch'.")
    summary = c.text(f"{prefix}.summary", contact.summary, limit=MAX_TEXT, label="Het verslag")
    return ParentContact(cdate, ctime, with_whom, mode, summary)


def _parent_agreement(c: _Checker, prefix: str, agreement: ParentAgreement,
                      entry_date: date | None) -> ParentAgreement:
    """An agreement with the parents, with its evaluation date (not before the entry)."""
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
    return ParentAgreement(text, eval_date)


def _domain(c: _Checker, value: str | None) -> str | None:
    """One of the six observation domains, or none."""
    domain = (value or "").strip() or None
    if domain is not None and domain not in OBSERVATION_DOMAINS:
        c.add("domain", "Kies een van de zes observatiegebieden.")
    return domain
