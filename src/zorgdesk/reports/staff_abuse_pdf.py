"""The dossier 'vermoeden van misbruik door een medewerker' as PDF (seed 003 l.5139-5212).

Says on every page who may read it; the history in order, with the steps still open.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from zorgdesk.domain.printing import PrintedPupil, PrintedSchool
from zorgdesk.domain.staff_abuse import (
    ACCESS_NOTE,
    StaffAbuseState,
    describe,
    missing_to_close,
)
from zorgdesk.reports.pdf_base import (
    GRID,
    INNER_WIDTH,
    DocumentContext,
    build_pdf,
    format_date,
    paragraph,
)

TITLE = "Dossier vermoeden van misbruik door een medewerker"
ACCESS = ACCESS_NOTE


FOOTER = "Strikt vertrouwelijk – alleen voor het bevoegd gezag en de aandachtsfunctionaris."


def render_staff_abuse(state: StaffAbuseState, pupil: PrintedPupil, school: PrintedSchool,
                       printed_on: date) -> bytes:
    rows = [[paragraph("Datum", "cell"), paragraph("Vastlegging", "cell")]]
    for event in state.events:
        day = event.answer.get("date")
        rows.append([paragraph(format_date(day) if isinstance(day, date) else "", "cell"),
                     paragraph(describe(event), "cell")])
    table = Table(rows, colWidths=[24 * mm, INNER_WIDTH - 24 * mm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [paragraph(TITLE, "title"), paragraph(ACCESS, "note"), table]
    open_steps = [] if state.closed else missing_to_close(state)
    if open_steps:
        story += [paragraph("Nog te doen", "h2"), *(paragraph(m) for m in open_steps)]
    ctx = DocumentContext(school=school, document_title=TITLE, pupil=pupil,
                          printed_on=printed_on, confidentiality=FOOTER)
    return build_pdf(story, ctx)
