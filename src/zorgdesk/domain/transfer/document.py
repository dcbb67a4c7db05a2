"""The overdrachtsdossier as text: the preview, the JSON file and the PDF share these words.

``cover_fields`` and each record's ``fields`` are the whole content; the preview
(``preview_text``) and the JSON document (``json_document``, schema in
docs/overdracht-format.md) are built from them here, the PDF in
reports/transfer_pdf.py from the very same fields.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from zorgdesk.domain.transfer.model import Field, TransferDossier

__all__ = ["FORMAT", "NAMES_NOTE", "RECEIPT_HEADING", "RECEIPT_LINES", "RECEIPT_TEXT",
           "TITLE", "VERSION", "chosen_lines", "cover_fields", "json_document", "preview_text"]

FORMAT = "zorgdesk-overdrachtsdossier"
VERSION = 1
TITLE = "Overdrachtsdossier"
RECEIPT_HEADING = "Ontvangstbevestiging"
RECEIPT_TEXT = ("De ontvangende school bevestigt dat zij dit "
                "overdrachtsdossier heeft ontvangen en stuurt een getekend exemplaar van deze "
                "bladzijde terug aan de intern begeleider.")
RECEIPT_LINES = ("Ontvangen door (naam en functie)", "Namens (school)", "Datum",
                 "Handtekening")
NAMES_NOTE = ("Andere leerlingen, hun ouders en medewerkers van de school staan in dit "
              "dossier alleen met hun initialen; de leerling en de eigen ouders staan er "
              "met naam in.")


def _d(day) -> str:
    return f"{day:%d-%m-%Y}" if day else ""


def cover_fields(d: TransferDossier) -> tuple[Field, ...]:
    p = d.pupil
    guardians = ", ".join(f"{name} ({relation})" if relation else name
                          for name, relation in d.guardians)
    fields = [
        Field("Leerling", p.name),
        Field("Geboortedatum", _d(p.date_of_birth)),
        Field("Groep", p.group or "–"),
        Field("Ouders/verzorgers", guardians or "–"),
        Field("Van school", f"{d.school}, {d.school_place}" if d.school_place else d.school),
        Field("Opgesteld door", f"{d.composed_by}, intern begeleider"),
        Field("Datum", _d(d.composed_on)),
        Field("Ontvangende school", d.receiving_school),
        Field("Soort onderwijs", d.destination.label if d.destination else "(nog niet gekozen)"),
        Field("Waarom deze stukken", d.reason),
    ]
    if d.has_meldcode:
        fields.append(Field("Grondslag meldcode-informatie", d.meldcode_basis))
    return tuple(fields)


def chosen_lines(d: TransferDossier) -> list[str]:
    """'1. Logboeknotitie van 17-11-2026' per record, in the order they are printed."""
    return [f"{n}. {r.title}" for n, r in enumerate(d.records, start=1)]


def preview_text(d: TransferDossier) -> str:
    """Exactly what goes, as plain text for the preview in the dialog."""
    out = [f"{TITLE.upper()}", ""]
    out += [f"{f.label}: {f.text}" for f in cover_fields(d)]
    out += ["", NAMES_NOTE, "", f"Meegegeven stukken ({len(d.records)}):", *chosen_lines(d)]
    for n, record in enumerate(d.records, start=1):
        out += ["", f"— {n}. {record.title} —"]
        for f in record.fields:
            out.append(f"{f.label}:")
            out += [f"  {line}" for line in f.text.split("\n")]
    out += ["", f"— {RECEIPT_HEADING} —", RECEIPT_TEXT,
            *(f"{line}: ____________________" for line in RECEIPT_LINES)]
    return "\n".join(out)


def json_document(d: TransferDossier) -> dict[str, Any]:
    """The machine-readable file (docs/overdracht-format.md); keys never change within a
    ``version``."""
    p = d.pupil
    return {
        "format": FORMAT,
        "version": VERSION,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "created_on": d.composed_on.isoformat(),
        "sending_school": {"name": d.school, "place": d.school_place,
                           "composed_by": d.composed_by, "role": "intern begeleider"},
        "receiving_school": {"name": d.receiving_school,
                             "destination": d.destination.value if d.destination else None,
                             "destination_label": d.destination.label if d.destination else None},
        "pupil": {"name": p.name, "first_name": p.first_name,
                  "tussenvoegsel": p.tussenvoegsel, "last_name": p.last_name,
                  "date_of_birth": p.date_of_birth.isoformat(), "group": p.group},
        "guardians": [{"name": name, "relation": relation} for name, relation in d.guardians],
        "reason": d.reason,
        "basis": d.basis,
        "meldcode_basis": d.meldcode_basis if d.has_meldcode else None,
        "counts": d.counts(),
        "cover": [{"label": f.label, "text": f.text} for f in cover_fields(d)],
        "records": [
            {"reference": r.ref.key, "kind": r.ref.kind.value, "kind_label": r.ref.kind.label,
             "date": r.day.isoformat(), "title": r.title,
             "fields": [{"label": f.label, "text": f.text} for f in r.fields]}
            for r in d.records],
        "names_note": NAMES_NOTE,
        "receipt": {"heading": RECEIPT_HEADING, "text": RECEIPT_TEXT, "lines": list(RECEIPT_LINES)},
    }

