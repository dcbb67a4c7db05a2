"""The overdrachtsdossier PDF for the receiving school.

Cover (school, date, IB, receiving school, what was chosen and why), one section per
chosen record, and a receipt for the receiving school to sign (ontvangen door, datum,
handtekening). Every word comes from ``domain/transfer/document.py`` and the records'
own fields: the preview in the dialog and the JSON file hold the same text.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from zorgdesk.domain.printing import PrintedPupil, PrintedSchool
from zorgdesk.domain.transfer.document import (
    NAMES_NOTE,
    RECEIPT_HEADING,
    RECEIPT_LINES,
    RECEIPT_TEXT,
    TITLE,
    chosen_lines,
    cover_fields,
)
from zorgdesk.domain.transfer.model import Field, TransferDossier
from zorgdesk.reports.pdf_base import (
    ACCENT,
    GRID,
    INNER_WIDTH,
    SHADE,
    DocumentContext,
    build_pdf,
    styles,
    text_to_markup,
)
from zorgdesk.reports.pdf_base import paragraph as _p

__all__ = ["render_transfer"]

INTRO = ("De intern begeleider heeft dit dossier samengesteld voor de school waar de "
         "leerling naartoe gaat, zodat de zorg zonder onderbreking kan doorgaan. Het bevat "
         "alleen de stukken die hieronder zijn genoemd.")
_LABEL_WIDTH = 48 * mm


def _cell(text: str) -> list[Flowable]:
    """One Paragraph per line: a row split over two pages re-wraps only where it is cut."""
    style = styles()["cell"]
    return [Paragraph(text_to_markup(line), style) if line.strip() else Spacer(1, style.leading)
            for line in text.split("\n")]


def _fields_table(fields: Sequence[Field]) -> Table:
    rows = [[_p(f.label, "label"), _cell(f.text)] for f in fields]
    table = Table(rows, colWidths=[_LABEL_WIDTH, INNER_WIDTH - _LABEL_WIDTH], splitInRow=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (0, -1), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _receipt(d: TransferDossier) -> KeepTogether:
    rows = [[_p(label, "label"), ""] for label in RECEIPT_LINES]
    heights = [11 * mm] * (len(rows) - 1) + [20 * mm]
    table = Table(rows, colWidths=[_LABEL_WIDTH, INNER_WIDTH - _LABEL_WIDTH],
                  rowHeights=heights)
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, ACCENT),
        ("LINEBELOW", (1, 0), (1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]))
    back = f"Terug aan: {d.composed_by}, intern begeleider, {d.school}"
    return KeepTogether([_p(RECEIPT_HEADING, "h2"), _p(RECEIPT_TEXT),
                         _p(f"Overdrachtsdossier van {d.pupil.name}, opgesteld op "
                            f"{d.composed_on:%d-%m-%Y} voor {d.receiving_school}.", "cell"),
                         Spacer(1, 3 * mm), table, Spacer(1, 2 * mm), _p(back, "small")])


def transfer_story(d: TransferDossier) -> list[Flowable]:
    story: list[Flowable] = [_p(TITLE, "title"), _p(INTRO), Spacer(1, 2 * mm),
                             _fields_table(cover_fields(d)), Spacer(1, 1.5 * mm),
                             _p(NAMES_NOTE, "small"),
                             _p(f"Meegegeven stukken ({len(d.records)})", "h2")]
    story += [_p(line, "cell") for line in chosen_lines(d)]
    for n, record in enumerate(d.records, start=1):
        story += [_p(f"{n}. {record.title}", "h2"), _fields_table(record.fields)]
    story += [Spacer(1, 6 * mm), _receipt(d)]
    return story


def render_transfer(d: TransferDossier) -> bytes:
    p = d.pupil
    ctx = DocumentContext(PrintedSchool(d.school, d.school_place), TITLE,
                          PrintedPupil(p.name, p.date_of_birth, p.group),
                          d.composed_on, status=f"Voor: {d.receiving_school}")
    return build_pdf(transfer_story(d), ctx)
