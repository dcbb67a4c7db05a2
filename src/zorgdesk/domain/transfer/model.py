"""The overdrachtsdossier: what the IB hands to the school a pupil moves to.

When a pupil leaves for another school or for VO (seed 004 l.464-468, 003 l.934 "een
goede overdracht", 002 l.598 "warme overdracht"), the IB chooses records of the pupil
and composes one document for the receiving school. Everything in it is plain text
(``Field`` label + text), so the preview, the PDF and the JSON file show the same words.
Meldcode information goes only with a legal basis (grondslag) the IB records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from zorgdesk.domain.text import clean
from zorgdesk.domain.validation import FieldProblem, ValidationError

__all__ = [
    "DEFAULT_BASIS", "Destination", "Field", "MELDCODE_BASES", "RecordChoice", "RecordKind",
    "RecordRef", "TransferDossier", "TransferDraft", "TransferPupil", "TransferRecord",
    "scrubbed_record", "validate_transfer",
]

MAX_SCHOOL = 150
MAX_REASON = 4_000
MAX_BASIS = 200

# The legal ground of the transfer itself: a pupil who leaves gets an onderwijskundig
# rapport for the receiving school. Meldcode information needs a ground of its own.
DEFAULT_BASIS = "Onderwijskundig rapport bij vertrek naar een andere school"

# Grounds the IB typically records for meldcode information; free text remains possible.
MELDCODE_BASES = (
    "Toestemming van de ouders",
    "Zwaarwegend belang van het kind (doorbreken beroepsgeheim, Wet meldcode)",
    "Wettelijke plicht",
)


class RecordKind(StrEnum):
    LOGBOEK = "logboek"
    SIGNALENLIJST = "signalenlijst"
    ZORGGESPREK = "zorggesprek"
    MELDCODE = "meldcode"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self][0]

    @property
    def plural(self) -> str:
        return _KIND_LABELS[self][1]


_KIND_LABELS = {
    RecordKind.LOGBOEK: ("Logboeknotitie", "Logboeknotities"),
    RecordKind.SIGNALENLIJST: ("Signalenlijst", "Signalenlijsten"),
    RecordKind.ZORGGESPREK: ("Zorggesprek", "Zorggesprekken"),
    RecordKind.MELDCODE: ("Meldcode-informatie", "Meldcode-informatie"),
}


class Destination(StrEnum):
    BASISSCHOOL = "basisschool"
    SPECIAAL = "speciaal_onderwijs"
    VO = "voortgezet_onderwijs"

    @property
    def label(self) -> str:
        return {"basisschool": "Andere basisschool",
                "speciaal_onderwijs": "Speciaal (basis)onderwijs",
                "voortgezet_onderwijs": "Voortgezet onderwijs"}[self.value]


@dataclass(frozen=True, order=True)
class RecordRef:
    """One record of the pupil: which feature, which number in the vault."""

    kind: RecordKind
    record_id: int

    @property
    def key(self) -> str:
        """Stable reference for the JSON file and the sending school: 'logboek-12'."""
        return f"{self.kind.value}-{self.record_id}"


@dataclass(frozen=True)
class RecordChoice:
    """A record the IB can choose, with the title the list shows."""

    ref: RecordRef
    day: date
    title: str


@dataclass(frozen=True)
class TransferDraft:
    """What the dialog holds; every field may still be empty or wrong."""

    receiving_school: str = ""
    destination: str = ""
    reason: str = ""
    records: tuple[RecordRef, ...] = ()
    meldcode_basis: str = ""


@dataclass(frozen=True)
class Field:
    """One printed line: 'Situatie (feiten)' and what was written there."""

    label: str
    text: str


@dataclass(frozen=True)
class TransferRecord:
    ref: RecordRef
    day: date
    title: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class TransferPupil:
    name: str
    first_name: str
    tussenvoegsel: str
    last_name: str
    date_of_birth: date
    group: str


@dataclass(frozen=True)
class TransferDossier:
    """The whole document, already free of third parties' names."""

    school: str
    school_place: str
    composed_on: date
    composed_by: str
    pupil: TransferPupil
    guardians: tuple[tuple[str, str], ...]  # (name, relation): the child's own parents
    receiving_school: str
    destination: Destination | None  # None only in a preview before she chose
    reason: str
    meldcode_basis: str
    records: tuple[TransferRecord, ...]

    @property
    def has_meldcode(self) -> bool:
        return any(r.ref.kind is RecordKind.MELDCODE for r in self.records)

    @property
    def basis(self) -> str:
        """The ground recorded in the sharing trail."""
        return self.meldcode_basis if self.has_meldcode else DEFAULT_BASIS

    def counts(self) -> dict[str, int]:
        return {kind.value: sum(r.ref.kind is kind for r in self.records)
                for kind in RecordKind}

    def scrubbed(self, scrub: Callable[[str], str]) -> TransferDossier:
        """Every text a third party's name could be in, through ``scrub``."""
        return replace(self, reason=scrub(self.reason),
                       meldcode_basis=scrub(self.meldcode_basis),
                       records=tuple(scrubbed_record(r, scrub) for r in self.records))


def scrubbed_record(record: TransferRecord, scrub: Callable[[str], str]) -> TransferRecord:
    """The record's title and every field's text through ``scrub`` (labels are ours)."""
    return replace(record, title=scrub(record.title),
                   fields=tuple(Field(f.label, scrub(f.text)) for f in record.fields))


def validate_transfer(draft: TransferDraft, available: Iterable[RecordRef]) -> TransferDraft:
    """The draft cleaned, or ValidationError with a Dutch message per field."""
    problems: list[FieldProblem] = []
    school = clean(draft.receiving_school)
    if not school:
        problems.append(FieldProblem("receiving_school",
                                     "Vul de naam van de ontvangende school in."))
    elif len(school) > MAX_SCHOOL:
        problems.append(FieldProblem("receiving_school", "De naam van de school is te lang "
                                     f"(maximaal {MAX_SCHOOL} tekens)."))
    destination = (draft.destination or "").strip()
    if destination not in {d.value for d in Destination}:
        problems.append(FieldProblem("destination",
                                     "Kies naar welk soort onderwijs de leerling gaat."))
    reason = clean(draft.reason)
    if not reason:
        problems.append(FieldProblem("reason", "Schrijf op waarom u deze stukken meegeeft."))
    elif len(reason) > MAX_REASON:
        problems.append(FieldProblem("reason", "De toelichting is te lang "
                                     f"(maximaal {MAX_REASON} tekens)."))
    records = tuple(dict.fromkeys(draft.records))
    known = set(available)
    if not records:
        problems.append(FieldProblem("records", "Kies ten minste één stuk om mee te geven."))
    elif any(ref not in known for ref in records):
        problems.append(FieldProblem("records", "Een gekozen stuk hoort niet (meer) bij deze "
                                     "leerling. Kies de stukken opnieuw."))
    basis = clean(draft.meldcode_basis)
    if any(ref.kind is RecordKind.MELDCODE for ref in records) and not basis:
        problems.append(FieldProblem(
            "meldcode_basis", "Meldcode-informatie gaat alleen mee met een grondslag. Leg "
            "eerst vast op welke grond u deze informatie deelt (bijvoorbeeld toestemming "
            "van de ouders)."))
    elif len(basis) > MAX_BASIS:
        problems.append(FieldProblem("meldcode_basis", "De grondslag is te lang "
                                     f"(maximaal {MAX_BASIS} tekens)."))
    if problems:
        raise ValidationError(problems)
    return TransferDraft(school, destination, reason, records, basis)
