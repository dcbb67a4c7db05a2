"""The letter to the parents of a whole group after an incident between pupils.

Wording from forms/incident_groepsbrief.json (seed 003 l.6721-6885: betrokken groep,
overige groepen, jonge kinderen). It is about no pupil: the page header carries the
groups, never a name; the service hands in only texts it has checked for names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Spacer

from zorgdesk.domain.printing import PrintedSchool
from zorgdesk.reports.pdf_base import (
    DocumentContext,
    build_pdf,
    format_date,
    load_form,
    paragraph,
)

FORM_NAME = "incident_groepsbrief"


@dataclass(frozen=True)
class GroupLetterText:
    audience: str  # group_letter.Audience value: the part of the form to use
    letter_date: date
    reported_on: date
    incident_group: str
    to_groups: str
    situation: str
    in_class: str
    partners: str
    told_by: str
    kept_home: bool
    contact: str
    signed_by: str


def render_group_letter(letter: GroupLetterText, school: PrintedSchool, printed_on: date,
                        form: dict | None = None) -> bytes:
    form = form or load_form(FORM_NAME)
    part = form[letter.audience]
    fill = {"groep": letter.incident_group, "groepen": letter.to_groups,
            "situatie": letter.situation, "partners": letter.partners,
            "juf": letter.told_by, "benoemd": letter.in_class,
            "gemeld": format_date(letter.reported_on), "aanspreekpunt": letter.contact}
    fill["in_de_klas"] = part["in_class"].format(**fill) if letter.in_class else ""
    fill["thuis"] = part["kept_home"] if letter.kept_home else ""
    story = [paragraph(part["title"], "title"), paragraph(part["to"].format(**fill)),
             paragraph(f"Datum: {format_date(letter.letter_date)}"),
             paragraph(part["subject"].format(**fill)), Spacer(1, 8),
             paragraph("Geachte ouders/verzorgers,")]
    story += [paragraph(text.format(**fill)) for text in part["paragraphs"]]
    if letter.contact:
        story.append(paragraph(form["contact"].format(**fill)))
    story += [Spacer(1, 10), paragraph(form["closing"]), paragraph(letter.signed_by),
              paragraph(school.name)]
    ctx = DocumentContext(school=school, document_title=part["title"], pupil=None,
                          printed_on=printed_on, confidentiality=form["confidentiality"],
                          subject=part["to"].format(**fill).replace("Aan: ", "Aan ", 1))
    return build_pdf(story, ctx)
