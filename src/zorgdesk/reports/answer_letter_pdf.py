"""The written answer to parents' correction or removal request (seed 003 l.4613-4620).

A letter on the shared page template (school, pupil identification, page x of y). It
names the request's dates and the four-week term, the outcome, what was removed or
corrected (kind of record and its date, never its content), the ground, and for a
refusal the reason and where the parents can go. The IB signs it by hand.
"""

from __future__ import annotations

import re
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from zorgdesk.domain.logbook.request_answer import AnswerLetter, letter_paragraphs, long_date
from zorgdesk.domain.printing import PrintedPupil, PrintedSchool
from zorgdesk.reports.pdf_base import (
    GRID,
    SHADE,
    DocumentContext,
    build_pdf,
    paragraph,
)

TITLE = "Antwoord op uw verzoek om correctie of verwijdering"


def _addressee(requested_by: str) -> str:
    """'Ingrid van der Berg (moeder)' is greeted as 'Ingrid van der Berg'."""
    return re.sub(r"\s*\([^)]*\)", "", requested_by).strip() or requested_by


def render_answer_letter(letter: AnswerLetter, pupil: PrintedPupil, printed_on: date) -> bytes:
    req = letter.request
    place = f"{letter.place}, " if letter.place else ""
    facts = [("Aan", req.requested_by),
             ("Betreft", f"Uw verzoek over het leerlingdossier van {letter.pupil_name}"),
             ("Verzoek ontvangen op", long_date(req.received)),
             ("Uiterlijk te beantwoorden op", f"{long_date(req.due)} (vier weken na ontvangst)"),
             ("Beantwoord op", long_date(letter.answered_on)),
             ("Besluit", str(req.outcome))]
    table = Table([[paragraph(k, "cell_bold"), paragraph(v, "cell")] for k, v in facts],
                  colWidths=[52 * mm, None])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID),
                               ("BACKGROUND", (0, 0), (0, -1), SHADE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [paragraph(TITLE, "title"),
             paragraph(f"{place}{long_date(letter.answered_on)}"),
             Spacer(1, 3 * mm), table, Spacer(1, 6 * mm),
             paragraph(f"Geachte {_addressee(req.requested_by)},")]
    story += [paragraph(text) for text in letter_paragraphs(letter)]
    story.append(KeepTogether([
        Spacer(1, 6 * mm), paragraph("Met vriendelijke groet,"), Spacer(1, 16 * mm),
        paragraph("………………………………………… (handtekening)"),
        paragraph(letter.signed_by), paragraph(f"{letter.signer_role}, {letter.school_name}"),
    ]))
    ctx = DocumentContext(PrintedSchool(letter.school_name, letter.place), TITLE, pupil,
                          printed_on)
    return build_pdf(story, ctx)
