"""Validation of a logboek draft into a :class:`LogbookEntry` (all problems at once)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from datetime import date, datetime, time

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
    """Check a draft and return the entry to store, or raise :class:`ValidationError`.

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

    try:
        kind = EntryKind(draft.kind or EntryKind.OBSERVATION)
    except ValueError:
        c.add("kind", "Kies het soort notitie: observatie of gesprek met het kind.")
        kind = EntryKind.OBSERVATION
    try:
        informed = ParentsInformed(draft.parents_informed or "")
    except ValueError:
        c.add("parents_informed", "Kies of de ouders zijn geïnformeerd: ja of nee.")
        informed = ParentsInformed.UNKNOWN
    informed_note = c.text("parents_informed_note", draft.parents_informed_note,
                           limit=MAX_SHORT_TEXT, label="De toelichting")
    if informed is ParentsInformed.NO and not informed_note:
        c.add("parents_informed_note", "Noteer waarom de ouders (nog) niet zijn geïnformeerd.")

    domain = (draft.domain or "").strip() or None
    if domain is not None and domain not in OBSERVATION_DOMAINS:
        c.add("domain", "Kies een van de zes observatiegebieden.")

    if c.errors:
        raise ValidationError(c.errors)
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
        parents_informed=informed,
        parents_informed_note=informed_note if informed is not ParentsInformed.UNKNOWN else "",
        kind=kind,
    )
