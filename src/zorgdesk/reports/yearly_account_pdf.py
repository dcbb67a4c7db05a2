"""De jaarverantwoording meldcode as PDF and CSV: counts only (see domain/yearly_account)."""

from __future__ import annotations

import csv
import io
from datetime import date

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from zorgdesk.domain.printing import PrintedSchool
from zorgdesk.domain.yearly_account import (
    LEAD_TIME_NOTE,
    LEAD_TIME_SECTION,
    PRIVACY_NOTE,
    YearlyAccount,
)
from zorgdesk.reports.pdf_base import (
    FONT_BOLD,
    GRID,
    INNER_WIDTH,
    SHADE,
    DocumentContext,
    build_pdf,
    format_date,
    styles,
    text_to_markup,
)

TITLE = "Jaarverantwoording meldcode"
# The account holds counts only (names are refused in the knelpunten), so the
# generic "bevat persoonsgegevens" footer of the dossier documents would be untrue.
FOOTER = ("Vertrouwelijk – alleen aantallen, geen namen van leerlingen of ouders. "
          "Voor het bestuur; niet verder verspreiden zonder overleg.")


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(text_to_markup(text), styles()[style])


def period_text(account: YearlyAccount) -> str:
    return f"Periode {format_date(account.start)} t/m {format_date(account.end)}"


def render_yearly_account(account: YearlyAccount, school: PrintedSchool,
                          printed_on: date) -> bytes:
    story = [_p(TITLE, "title"), _p(period_text(account)), _p(PRIVACY_NOTE, "note"),
             Spacer(1, 6)]
    section = None
    rows: list[list] = []
    for part, label, shown in account.table():
        if part != section:
            if rows:
                story.append(_section_table(rows))
            story.append(_p(part, "h2"))
            if part == LEAD_TIME_SECTION:
                story.append(_p(LEAD_TIME_NOTE, "note"))
            section, rows = part, []
        rows.append([_p(label, "cell"), _p(shown, "cell_bold")])
    if rows:
        story.append(_section_table(rows))
    story.append(_p("Knelpunten bij de uitvoering van de meldcode", "h2"))
    story.append(_p(account.knelpunten or "Geen knelpunten genoemd."))
    ctx = DocumentContext(school=school, document_title=TITLE, pupil=None,
                          printed_on=printed_on, subject=f"Voor het bestuur  ·  "
                          f"{period_text(account)}", confidentiality=FOOTER)
    return build_pdf(story, ctx)


def _section_table(rows: list[list]) -> Table:
    table = Table(rows, colWidths=[INNER_WIDTH * 0.62, INNER_WIDTH * 0.38])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (0, -1), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (1, 0), (1, -1), FONT_BOLD),
        ("TEXTCOLOR", (0, 0), (-1, -1), colors.black),
    ]))
    return table


def render_yearly_account_csv(account: YearlyAccount) -> str:
    """Semicolon-separated (Dutch spreadsheet default): onderdeel;omschrijving;waarde."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Onderdeel", "Omschrijving", "Waarde"])
    writer.writerow(["Periode", period_text(account), ""])
    writer.writerows(account.table())
    writer.writerow(["Knelpunten", account.knelpunten or "Geen knelpunten genoemd.", ""])
    writer.writerow(["Toelichting", PRIVACY_NOTE, ""])
    return out.getvalue()
