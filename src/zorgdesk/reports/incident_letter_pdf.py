"""The letter to the parents of one pupil involved in an incident between pupils.

Wording from forms/incident_brief.json (seed 003 l.4974-4983, l.6721-6885). The service
hands in only this pupil's own data and texts it has checked for other pupils' names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Spacer

from zorgdesk.domain.printing import PrintedPupil, PrintedSchool
from zorgdesk.reports.pdf_base import (
    DocumentContext,
    build_pdf,
    format_date,
    load_form,
    paragraph,
)

FORM_NAME = "incident_brief"


@dataclass(frozen=True)
class IncidentLetter:
    pupil: PrintedPupil
    guardians: tuple[str, ...]
    occurred_on: date
    parents_spoken_on: date | None
    measures: str
    told: str
    extra: str
    contact: str
    signed_by: str
    letter_date: date


def render_incident_letter(letter: IncidentLetter, school: PrintedSchool, printed_on: date,
                           form: dict | None = None) -> bytes:
    form = form or load_form(FORM_NAME)
    first = letter.pupil.first_name
    fill = {"kind": first, "datum": format_date(letter.occurred_on),
            "gesprek": format_date(letter.parents_spoken_on),
            "aanspreekpunt": letter.contact}
    to = ", ".join(letter.guardians)
    story = [paragraph(form["title"], "title"),
             paragraph(f"Aan: de ouders/verzorgers van {letter.pupil.name}"
                       + (f" ({to})" if to else "")),
             paragraph(f"Datum: {format_date(letter.letter_date)}"),
             paragraph(form["subject"].format(**fill)), Spacer(1, 8),
             paragraph(form["salutation"]), paragraph(form["opening"].format(**fill))]
    if letter.parents_spoken_on is not None:
        story.append(paragraph(form["conversation"].format(**fill)))
    story += [paragraph(form["measures_heading"], "h2"), paragraph(letter.measures),
              paragraph(form["told_heading"], "h2"), paragraph(letter.told)]
    if letter.extra:
        story.append(paragraph(letter.extra))
    story += [Spacer(1, 6), paragraph(form["request"]), paragraph(form["children"]),
              paragraph(form["contact"].format(**fill)), Spacer(1, 10),
              paragraph(form["closing"]), paragraph(letter.signed_by),
              paragraph(school.name)]
    ctx = DocumentContext(school=school, document_title=form["title"],
                          pupil=letter.pupil, printed_on=printed_on,
                          confidentiality=form["confidentiality"].format(**fill))
    return build_pdf(story, ctx)
