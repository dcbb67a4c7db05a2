"""PDF of the anonymous case summary for Veilig Thuis.

Uses the shared template but WITHOUT any identification: no school name in the header,
no pupil line, no author in the metadata. Only the already-anonymised text goes in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Paragraph

from zorgdesk.domain.anonymise.case_summary import HEADINGS, TITLE
from zorgdesk.domain.printing import PrintedSchool
from zorgdesk.reports.pdf_base import DocumentContext, build_pdf, styles, text_to_markup

ANONYMOUS_HEADER = "Anoniem consult Veilig Thuis"
CONFIDENTIALITY = "Geanonimiseerd: bevat geen namen, adressen, geboortedata of exacte data."


@dataclass(frozen=True)
class AnonymousContext(DocumentContext):
    """The page template's context with every identifying field left empty."""

    def pupil_line(self) -> str:
        return "Geen persoonsgegevens: leeftijd, rollen en relatieve data in plaats van namen"


def render_case_summary(anonymised_text: str, printed_on: date) -> bytes:
    """Lay out the text exactly as previewed; heading lines get heading style."""
    ctx = AnonymousContext(school=PrintedSchool(ANONYMOUS_HEADER), document_title=TITLE,
                           pupil=None, printed_on=printed_on,
                           confidentiality=CONFIDENTIALITY)
    style = styles()
    story = []
    for line in anonymised_text.split("\n"):
        if line == TITLE:
            story.append(Paragraph(text_to_markup(line), style["title"]))
        elif line in HEADINGS:
            story.append(Paragraph(text_to_markup(line), style["h2"]))
        elif line.strip():
            story.append(Paragraph(text_to_markup(line), style["body"]))
    return build_pdf(story, ctx)
