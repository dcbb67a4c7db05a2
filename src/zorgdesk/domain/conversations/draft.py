"""What the plan/record dialog hands to the service, and its validation.

Dates and times arrive as typed text so every problem can be reported next to its
field (Dutch), and nothing the user typed is lost when saving is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from zorgdesk.domain.conversations.conversation import (
    Attendees,
    ConversationKind,
    Guardian,
    Phase,
    PhaseNote,
    PreparationItem,
    SignalRef,
    StaffMember,
    Zorggesprek,
    parse_dutch_time,
    validate_conversation,
)
from zorgdesk.domain.conversations.smart import SmartAgreement
from zorgdesk.domain.printing import PrintedPupil
from zorgdesk.domain.text import clean
from zorgdesk.domain.validation import MAX_TEXT, FieldProblem, ValidationError, parse_date

MAX_SUBJECT = 200
MAX_PLACE = 100

# Where a referenced signal comes from; ids are plain integers (see m0006).
SIGNAL_SOURCES = {"logboek": "Logboek", "signalenlijst": "Signalenlijst", "tekst": "Voorbereiding"}


@dataclass(frozen=True)
class SignalPick:
    source: str  # key of SIGNAL_SOURCES
    ref_id: int | None
    text: str

    def as_ref(self) -> SignalRef:
        label = SIGNAL_SOURCES.get(self.source, self.source)
        return SignalRef(f"{label} {self.ref_id}" if self.ref_id is not None else label,
                         self.text)


@dataclass(frozen=True)
class ConversationDraft:
    kind: str = ConversationKind.REGULIER.value
    on: str | date = ""
    at: str = ""
    place: str = ""
    subject: str = ""
    staff: tuple[tuple[str, str], ...] = ()  # (name, role)
    guardians: tuple[tuple[str, str], ...] = ()  # (name, relation)
    notulist: str = ""
    spokesperson: str = ""
    signals: tuple[SignalPick, ...] = ()
    preparation: dict[str, bool] = field(default_factory=dict)  # checklist key -> done
    phase_notes: dict[str, str] = field(default_factory=dict)  # Phase value -> text
    follow_up_on: str | date | None = ""
    agreements: tuple[SmartAgreement, ...] = ()


@dataclass(frozen=True)
class ValidDraft:
    draft: ConversationDraft
    kind: ConversationKind
    on: date
    at: time | None
    follow_up_on: date | None


def validate_draft(draft: ConversationDraft, pupil: PrintedPupil, form: dict,
                   today: date) -> ValidDraft:
    """Raise ValidationError (Dutch, per field) or return the parsed draft."""
    problems: list[FieldProblem] = []
    try:
        kind = ConversationKind(draft.kind)
    except ValueError:
        problems.append(FieldProblem("kind", "Kies het soort gesprek."))
        kind = ConversationKind.REGULIER
    on = parse_date(draft.on, "on", "de datum van het gesprek", problems)
    at = None
    if (draft.at or "").strip():
        try:
            at = parse_dutch_time(draft.at)
        except ValueError as exc:
            problems.append(FieldProblem("at", str(exc)))
    follow = parse_date(draft.follow_up_on, "follow_up_on", "de datum van het vervolgcontact",
                        problems, required=False)
    if len(clean(draft.subject)) > MAX_SUBJECT:
        problems.append(FieldProblem(
            "subject", f"Het onderwerp is te lang (maximaal {MAX_SUBJECT} tekens)."))
    if len(clean(draft.place)) > MAX_PLACE:
        problems.append(FieldProblem(
            "place", f"De plaats is te lang (maximaal {MAX_PLACE} tekens)."))
    for key, text in draft.phase_notes.items():
        if len(text) > MAX_TEXT:
            problems.append(FieldProblem(
                f"phase:{key}", f"De aantekening is te lang (maximaal {MAX_TEXT} tekens)."))
    for i, a in enumerate(draft.agreements, start=1):
        if not clean(a.what):
            problems.append(FieldProblem("agreements", f"Afspraak {i} is leeg."))
    # Check the rest even when the date is unreadable, so every problem shows at once;
    # checks that compare with the (unknown) date are then left out.
    g = build_gesprek(draft, kind, on or today, at, follow, pupil, form)
    for issue in validate_conversation(g, today):
        if on is None and issue.field in ("pupil", "follow_up_on", "on"):
            continue
        problems.append(FieldProblem(issue.field, issue.message))
    if problems:
        raise ValidationError(problems)
    return ValidDraft(draft, kind, on, at, follow)


def build_gesprek(draft: ConversationDraft, kind: ConversationKind, on: date,
                  at: time | None, follow: date | None, pupil: PrintedPupil, form: dict,
                  **extra) -> Zorggesprek:
    items = form.get("preparation", {}).get(kind.value, [])
    preparation = tuple(PreparationItem(str(i["key"]), str(i["text"]),
                                        bool(draft.preparation.get(str(i["key"]))))
                        for i in items)
    notes = tuple(PhaseNote(p, clean(draft.phase_notes.get(p.value, ""))) for p in Phase
                  if clean(draft.phase_notes.get(p.value, "")))
    attendees = Attendees(
        staff=tuple(StaffMember(clean(n), clean(r)) for n, r in draft.staff if clean(n)),
        guardians=tuple(Guardian(clean(n), clean(r)) for n, r in draft.guardians
                        if clean(n)),
        notulist=clean(draft.notulist), spokesperson=clean(draft.spokesperson))
    return Zorggesprek(
        kind=kind, pupil=pupil, on=on, subject=clean(draft.subject), at=at,
        place=clean(draft.place), attendees=attendees,
        signals=tuple(s.as_ref() for s in draft.signals), preparation=preparation,
        phase_notes=notes, follow_up_on=follow,
        agreements=tuple(_clean(a) for a in draft.agreements), **extra)


def _clean(a: SmartAgreement) -> SmartAgreement:
    return SmartAgreement(clean(a.what), clean(a.measure), clean(a.who), a.by_when,
                          a.acceptable, a.realistic)
