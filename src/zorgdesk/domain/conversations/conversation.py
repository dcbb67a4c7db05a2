"""Zorggesprekken: conversations with parents about worries (seed 003, l.5524-5640).

Two kinds, *regulier* and *zwaar*, both in the phases Voorbereiding, Introductie,
Het gesprek, Afspraken maken en afsluiten, Registratie. The report is handed to the
parents, who sign it "voor akkoord" or "voor gezien" (then their view may be
added); date and place of signing are recorded (l.5633-5635, l.4621-4623).

Pure Python (stdlib only). Validation returns Dutch messages and never raises for
user input, so the UI never loses typed text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from enum import StrEnum

from zorgdesk.domain.conversations.smart import SmartAgreement, SmartFinding, check_agreement
from zorgdesk.domain.dates import parse_dutch_date, parse_dutch_time  # noqa: F401 - re-exported
from zorgdesk.domain.printing import PrintedPupil

__all__ = [
    "Addendum",
    "is_held",
    "Attendees",
    "attendee_roles",
    "ConversationKind",
    "Guardian",
    "Issue",
    "OutstandingReport",
    "Phase",
    "PhaseNote",
    "PreparationItem",
    "SignalRef",
    "SignatureRecord",
    "SignatureStatus",
    "StaffMember",
    "Zorggesprek",
    "handed_out_on",
    "new_preparation",
    "notulist_other_roles",
    "open_smart_findings",
    "parse_dutch_date",
    "parse_dutch_time",
    "reports_not_returned",
    "tick",
    "validate_conversation",
]


class ConversationKind(StrEnum):
    REGULIER = "regulier"
    ZWAAR = "zwaar"

    @property
    def label(self) -> str:
        return {"regulier": "Regulier zorggesprek", "zwaar": "Zwaar zorggesprek"}[self.value]


class Phase(StrEnum):
    """Phases recorded in the report (Voorbereiding is the checklist)."""

    INTRODUCTIE = "introductie"
    GESPREK = "gesprek"
    AFSPRAKEN = "afspraken"
    REGISTRATIE = "registratie"

    @property
    def title(self) -> str:
        return {
            "introductie": "Introductie",
            "gesprek": "Het gesprek",
            "afspraken": "Afspraken maken en afsluiten",
            "registratie": "Registratie",
        }[self.value]


class SignatureStatus(StrEnum):
    CONCEPT = "concept"
    UITGEREIKT = "uitgereikt"
    AKKOORD = "ondertekend voor akkoord"
    GEZIEN = "ondertekend voor gezien"
    NIET_GERETOURNEERD = "niet geretourneerd"


@dataclass(frozen=True)
class StaffMember:
    name: str
    role: str = ""  # e.g. "leerkracht groep 5", "intern begeleider"


@dataclass(frozen=True)
class Guardian:
    name: str
    relation: str = ""  # e.g. "moeder", "vader", "verzorger"


@dataclass(frozen=True)
class Attendees:
    staff: tuple[StaffMember, ...] = ()
    guardians: tuple[Guardian, ...] = ()
    notulist: str = ""  # independent third person taking minutes (zwaar, l.5600)
    spokesperson: str = ""  # woordvoerder the parents bring (zwaar, l.5594-5595)


@dataclass(frozen=True)
class SignalRef:
    signal_id: str
    text: str


@dataclass(frozen=True)
class PreparationItem:
    key: str  # key of the item in forms/zorggesprek.json
    text: str
    done: bool = False


@dataclass(frozen=True)
class PhaseNote:
    phase: Phase
    text: str


@dataclass(frozen=True)
class Addendum:
    on: date
    author: str
    text: str


@dataclass(frozen=True)
class SignatureRecord:
    """Signature state of the report for one signer (a guardian)."""

    signer: str
    status: SignatureStatus = SignatureStatus.CONCEPT
    handed_out_on: date | None = None
    signed_on: date | None = None
    signed_place: str = ""
    parents_view: str = ""  # zienswijze, with "voor gezien"


@dataclass(frozen=True)
class Zorggesprek:
    kind: ConversationKind
    pupil: PrintedPupil
    on: date
    subject: str
    at: time | None = None
    place: str = ""
    attendees: Attendees = field(default_factory=Attendees)
    signals: tuple[SignalRef, ...] = ()
    preparation: tuple[PreparationItem, ...] = ()
    phase_notes: tuple[PhaseNote, ...] = ()
    follow_up_on: date | None = None
    agreements: tuple[SmartAgreement, ...] = ()
    addenda: tuple[Addendum, ...] = ()
    signatures: tuple[SignatureRecord, ...] = ()

    def note(self, phase: Phase) -> str:
        return "\n\n".join(n.text for n in self.phase_notes if n.phase == phase and n.text)


def _same_person(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold() != ""


def notulist_other_roles(g: Zorggesprek) -> list[str]:
    """The roles in which the notulist also attends (e.g. ['Directeur']).

    The seed asks for an independent third person to take the minutes (l.5600): a
    notulist who also speaks for the school or the family is not one.
    """
    return attendee_roles(g.attendees.notulist, g.attendees)


def attendee_roles(name: str, attendees: Attendees) -> list[str]:
    """The roles in which ``name`` attends besides taking minutes (spacing and case aside)."""
    roles = [m.role or "namens school" for m in attendees.staff if _same_person(m.name, name)]
    roles += [gd.relation or "ouder/verzorger" for gd in attendees.guardians
              if _same_person(gd.name, name)]
    if _same_person(attendees.spokesperson, name):
        roles.append("woordvoerder")
    return roles


def is_held(g: Zorggesprek, today: date) -> bool:
    """Whether the conversation has taken place: its day has come. Only a held
    conversation has a report to put in the dossier (seed 003 l.5636, 'Registratie'),
    to quote in a case summary or to hand over; a planned one is an appointment."""
    return g.on <= today


def handed_out_on(g: Zorggesprek) -> date | None:
    """When the report was handed out (the first hand-out), or None for a concept."""
    days = [s.handed_out_on for s in g.signatures if s.handed_out_on is not None]
    return min(days) if days else None


def open_smart_findings(g: Zorggesprek) -> list[tuple[int, SmartFinding]]:
    """(agreement number from 1, finding) for every SMART point still open; deadlines
    are judged against the day of the conversation."""
    return [(number, finding) for number, agreement in enumerate(g.agreements, start=1)
            for finding in check_agreement(agreement, g.on)]


def new_preparation(kind: ConversationKind, form: Mapping) -> tuple[PreparationItem, ...]:
    """Fresh (unticked) preparation checklist for ``kind`` from the loaded form wording
    (``forms/zorggesprek.json``, key ``preparation``)."""
    items = form.get("preparation", {}).get(kind.value, [])
    return tuple(PreparationItem(str(i["key"]), str(i["text"])) for i in items)


def tick(
    items: tuple[PreparationItem, ...], key: str, done: bool = True
) -> tuple[PreparationItem, ...]:
    """Return a copy of the checklist with item ``key`` (un)ticked."""
    if not any(i.key == key for i in items):
        raise KeyError(f"Onbekend onderdeel van de voorbereiding: {key}")
    return tuple(PreparationItem(i.key, i.text, done) if i.key == key else i for i in items)


@dataclass(frozen=True)
class Issue:
    """A validation problem: ``field`` names the input, ``message`` is Dutch."""

    field: str
    message: str
    part: str = ""  # within ``field``: which input of a signature ("signed_on", "place", ...)


def validate_conversation(g: Zorggesprek, today: date) -> list[Issue]:
    """Check a conversation; returns an empty list when it can be saved/printed."""
    issues: list[Issue] = []
    if not g.subject.strip():
        issues.append(Issue("subject", "Vul het onderwerp van het gesprek in."))
    if not g.pupil.name.strip():
        issues.append(Issue("pupil", "De naam van de leerling ontbreekt."))
    dob = g.pupil.date_of_birth
    if dob is not None:
        if dob > today:
            issues.append(Issue("pupil", "De geboortedatum van de leerling ligt in de toekomst."))
        elif dob > g.on:
            issues.append(Issue("pupil", "De geboortedatum ligt na de datum van het gesprek."))
        elif (g.on - dob).days > 366 * 16:
            issues.append(
                Issue("pupil", "De leerling zou ouder dan 16 jaar zijn: klopt de geboortedatum?")
            )
    if g.on.year < 2000:
        issues.append(Issue("on", f"De gespreksdatum {g.on:%d-%m-%Y} is onwaarschijnlijk."))
    if not g.place.strip():
        issues.append(Issue("place", "Vul de plaats (locatie) van het gesprek in."))
    if not g.attendees.guardians:
        issues.append(Issue("attendees", "Noem ten minste één ouder/verzorger."))
    if not g.attendees.staff:
        issues.append(Issue("attendees", "Noem wie er namens de school aanwezig is."))
    if g.kind is ConversationKind.ZWAAR and not g.attendees.notulist.strip():
        issues.append(
            Issue(
                "notulist",
                "Bij een zwaar zorggesprek notuleert een onafhankelijke derde: vul de notulist in.",
            )
        )
    if g.kind is ConversationKind.REGULIER and g.attendees.spokesperson.strip():
        issues.append(Issue("spokesperson", "Een woordvoerder hoort bij een zwaar zorggesprek."))
    if g.follow_up_on is not None and g.follow_up_on < g.on:
        issues.append(
            Issue("follow_up_on", "De datum van het vervolgcontact ligt vóór de gespreksdatum.")
        )
    for i, s in enumerate(g.signals, start=1):
        if not s.text.strip():
            issues.append(Issue("signals", f"Signaal {i} heeft geen omschrijving."))
    for i, a in enumerate(g.addenda, start=1):
        if not a.text.strip():
            issues.append(Issue("addenda", f"Aanvulling {i} is leeg."))
        if a.on < g.on:
            issues.append(Issue("addenda", f"Aanvulling {i} is gedateerd vóór het gesprek."))
        if a.on > today:
            issues.append(Issue("addenda", f"Aanvulling {i} is gedateerd in de toekomst."))
    for rec in g.signatures:
        issues.extend(_validate_signature(rec, g, today))
    return issues


def _validate_signature(rec: SignatureRecord, g: Zorggesprek, today: date) -> list[Issue]:
    who = rec.signer.strip() or "(naam ontbreekt)"
    issues: list[Issue] = []
    if not rec.signer.strip():
        issues.append(Issue("signatures", "Bij een ondertekening ontbreekt de naam.", "signer"))
    handed_out_needed = rec.status is not SignatureStatus.CONCEPT
    if handed_out_needed and rec.handed_out_on is None:
        issues.append(Issue("signatures", f"Vul in wanneer het verslag aan {who} is uitgereikt.",
                            "handed_out_on"))
    if rec.handed_out_on is not None:
        if rec.handed_out_on < g.on:
            issues.append(
                Issue("signatures", f"Uitreikdatum voor {who} ligt vóór de gespreksdatum.",
                      "handed_out_on")
            )
        if rec.handed_out_on > today:
            issues.append(Issue("signatures", f"Uitreikdatum voor {who} ligt in de toekomst.",
                                "handed_out_on"))
    if rec.status in (SignatureStatus.AKKOORD, SignatureStatus.GEZIEN):
        if rec.signed_on is None:
            issues.append(Issue("signatures", f"Vul de datum van ondertekening door {who} in.",
                                "signed_on"))
        else:
            if rec.signed_on > today:
                issues.append(
                    Issue("signatures", f"De ondertekendatum van {who} ligt in de toekomst.",
                          "signed_on")
                )
            if rec.signed_on < g.on or (
                rec.handed_out_on is not None and rec.signed_on < rec.handed_out_on
            ):
                issues.append(
                    Issue(
                        "signatures",
                        f"De ondertekendatum van {who} ligt vóór het gesprek of de uitreiking.",
                        "signed_on",
                    )
                )
        if not rec.signed_place.strip():
            issues.append(Issue("signatures", f"Vul de plaats van ondertekening door {who} in.",
                                "place"))
    if rec.parents_view.strip() and rec.status is not SignatureStatus.GEZIEN:
        issues.append(
            Issue(
                "signatures",
                f"Een zienswijze van {who} hoort bij ondertekening ‘voor gezien’.",
                "parents_view",
            )
        )
    return issues


@dataclass(frozen=True)
class OutstandingReport:
    conversation: Zorggesprek
    signature: SignatureRecord
    days_out: int


def reports_not_returned(
    conversations: Iterable[Zorggesprek], today: date, days: int
) -> list[OutstandingReport]:
    """Reports handed out at least ``days`` days ago and not (yet) signed and returned.

    Includes records explicitly marked "niet geretourneerd". Oldest first.
    """
    if days < 0:
        raise ValueError("Het aantal dagen mag niet negatief zijn.")
    limit = today - timedelta(days=days)
    out: list[OutstandingReport] = []
    for g in conversations:
        for rec in g.signatures:
            if rec.status not in (SignatureStatus.UITGEREIKT, SignatureStatus.NIET_GERETOURNEERD):
                continue
            if rec.handed_out_on is None:
                if rec.status is SignatureStatus.NIET_GERETOURNEERD:
                    out.append(OutstandingReport(g, rec, 0))
                continue
            if rec.handed_out_on <= limit:
                out.append(OutstandingReport(g, rec, (today - rec.handed_out_on).days))
    out.sort(key=lambda o: (-o.days_out, o.conversation.on, o.signature.signer))
    return out
