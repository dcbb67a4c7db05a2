"""No heading alone at the foot of a page and no single line of a paragraph alone at
the top or the foot (walk s30: 'Verloop: elke vastlegging met wie, wanneer en waarom'
was the last line of page 9 of an inzage export, its first record on page 10)."""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import date

import _rl_accel  # noqa: F401, I001 - ReportLab's C accelerator is a dependency (pyproject)
from pypdf import PdfReader
from reportlab.platypus import Flowable, KeepTogether

from tests.conftest import TODAY
from zorgdesk.domain.printing import PrintedPupil, PrintedSchool
from zorgdesk.reports.pdf_base import (
    INNER_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAGE_SIZE,
    DocumentContext,
    build_pdf,
    paragraph,
)
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session


def _body_lines(data: bytes) -> list[list[tuple[float, str, bool]]]:
    """Per page, the lines inside the body frame (not the page's header and footer),
    top to bottom: (height on the page, text, is a heading)."""
    pages = []
    for page in PdfReader(io.BytesIO(data)).pages:
        rows: dict[float, list[tuple[float, str, bool]]] = defaultdict(list)

        def visit(text, cm, tm, font, size, rows=rows):
            y = tm[5] * cm[3] + cm[5]
            bold = "Bold" in str((font or {}).get("/BaseFont", ""))
            if text.strip() and MARGIN_BOTTOM - 2 <= y <= PAGE_SIZE[1] - MARGIN_TOP + 2:
                # A heading: bold, at least the h3's 10.5 pt (table labels are 9 pt).
                rows[round(y, 1)].append((tm[4] * cm[0] + cm[4], text.strip(),
                                          bold and size * (tm[3] or 1) >= 10.4))
        page.extract_text(visitor_text=visit)
        pages.append([(y, " ".join(t for _x, t, _b in sorted(rows[y])), sorted(rows[y])[0][2])
                      for y in sorted(rows, reverse=True)])
    return pages


def _ctx() -> DocumentContext:
    return DocumentContext(PrintedSchool("OBS De Test"), "Proef",
                           PrintedPupil("Test Leerling", date(2018, 1, 1), "5"), TODAY)


FRAME = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM


class _Filler(Flowable):
    """An empty block of a given height (a Spacer would leave the frame 'at its top')."""

    def __init__(self, height: float) -> None:
        super().__init__()
        self.height = height

    def wrap(self, *_args) -> tuple[float, float]:
        return INNER_WIDTH, self.height

    def draw(self) -> None:
        pass


def _leaving(room: float) -> Flowable:
    """Fills the first page up to ``room`` points above its foot."""
    return _Filler(FRAME - room)


def test_a_heading_before_a_block_kept_together_moves_with_the_block():
    """ReportLab itself never keeps a keepWithNext heading with a KeepTogether: the
    heading fits, the block does not, and the heading stayed behind."""
    block = KeepTogether([paragraph(f"Blokregel {n}.") for n in range(8)])
    data = build_pdf([_leaving(80), paragraph("De kop van het blok", "h2"), block], _ctx())
    pages = _body_lines(data)
    assert [len(lines) for lines in pages] == [0, 9]
    assert [text for _y, text, _b in pages[1][:2]] == ["De kop van het blok", "Blokregel 0."]


def test_no_line_of_a_paragraph_alone_at_the_top_or_the_foot_of_a_page():
    def long():  # a new one per document: ReportLab marks a paragraph it postponed
        return paragraph("Een lange alinea met veel woorden. " * 7)

    assert round(long().wrap(INNER_WIDTH, FRAME)[1] / 14) == 3  # three lines
    for room in (2 * 14 + 1, 14 + 1):  # room for two lines (a widow) or one (an orphan)
        data = build_pdf([_leaving(room), long()], _ctx())
        pages = _body_lines(data)
        assert [len(lines) for lines in pages] == [0, 3], room


# Demo pupils whose inzage export ended a page with a heading before the fix (the first
# three) or has a meldcode, a logbook and conversations long enough to break pages.
LONG_DOSSIERS = ("Daniëlle van Dijk", "Finn Dekker", "Tess Hendriks", "Bram de Jong",
                 "Zoë van der Berg")


def test_the_inzage_export_ends_no_page_with_a_heading(demo_vault):
    session = Session(demo_vault, FixedClock(TODAY))
    problems = []
    for pupil in session.basedata.pupils(include_inactive=True):
        if pupil.display_name not in LONG_DOSSIERS:
            continue
        data = session.inzage.to_pdf(session.inzage.collect(pupil.id))
        pages = _body_lines(data)
        for number, lines in enumerate(pages[:-1], start=1):
            _y, last, heading = lines[-1]
            if heading:
                problems.append(f"{pupil.display_name}, pagina {number}: kop '{last}' onderaan")
    assert not problems, "\n".join(problems)
