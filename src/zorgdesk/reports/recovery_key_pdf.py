"""The printed recovery key: one A4 sheet for the school safe.

Not pupil-bound, so it does not use the dossier page template (which names a pupil on
every page); it shares the fonts and colours.
"""

from __future__ import annotations

import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from zorgdesk.domain.printing import RecoverySheet
from zorgdesk.reports.pdf_base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    GRID,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    PAGE_SIZE,
    SHADE,
    format_date,
    register_fonts,
    styles,
    text_to_markup,
)

TITLE = "Herstelsleutel ZorgDesk"


def render_recovery_key(sheet: RecoverySheet) -> bytes:
    register_fonts()
    s = styles()
    key_style = ParagraphStyle("key", fontName=FONT_BOLD, fontSize=17, leading=24,
                               textColor=ACCENT, alignment=1)
    body = s["body"]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=PAGE_SIZE, leftMargin=MARGIN_LEFT,
                            rightMargin=MARGIN_RIGHT, topMargin=25 * mm, bottomMargin=20 * mm,
                            title=TITLE, author=sheet.school.name, creator="ZorgDesk",
                            producer="ZorgDesk", subject="", invariant=1, lang="nl-NL",
                            initialFontName=FONT)

    def p(text: str, style=body) -> Paragraph:
        return Paragraph(text_to_markup(text), style)

    school = sheet.school
    facts = [["School", f"{school.name}, {school.place}" if school.place else school.name],
             ["Gemaakt door", sheet.user_name],
             ["Kluisbestand", sheet.vault_name],
             ["Gemaakt op", format_date(sheet.created_on, long=True)]]
    table = Table([[p(a), p(b)] for a, b in facts], colWidths=[40 * mm, None])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID),
                               ("BACKGROUND", (0, 0), (0, -1), SHADE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    key_box = Table([[p(sheet.key, key_style)]], colWidths=[None])
    key_box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
                                 ("TOPPADDING", (0, 0), (-1, -1), 5 * mm),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm)]))
    story = [
        p(TITLE, s["title"]),
        p("Met deze sleutel opent u de ZorgDesk-kluis van de school als het wachtwoord "
          "vergeten is. Wie deze sleutel en het kluisbestand heeft, kan alle gegevens lezen."),
        Spacer(1, 5 * mm), table, Spacer(1, 8 * mm), key_box, Spacer(1, 8 * mm),
        p("Zo bewaart u de sleutel", s["h2"]),
        p("• Berg dit blad op in de kluis van de school of bij de directeur, in een "
          "gesloten envelop."),
        p("• Bewaar de sleutel niet op de computer, niet in e-mail en niet in de cloud."),
        p("• ZorgDesk toont de sleutel maar één keer en bewaart hem nergens leesbaar."),
        p("• Gebruik: start ZorgDesk, kies \u2018Ik gebruik de herstelsleutel\u2019 en typ "
          "de sleutel over (streepjes en hoofdletters maken niet uit). Kies daarna meteen "
          "een nieuw wachtwoord."),
    ]
    doc.build(story)
    return buffer.getvalue()
