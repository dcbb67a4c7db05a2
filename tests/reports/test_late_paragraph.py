"""LateParagraph (reports/pdf_base.py): text known only after the whole layout, such as
the page numbers in the inzage contents, printed in one layout pass and read back."""

from __future__ import annotations

import io
from datetime import date

import _rl_accel  # noqa: F401, I001 - ReportLab's C accelerator is a dependency (pyproject)
from pypdf import PdfReader
from reportlab.platypus import Flowable, PageBreak

from zorgdesk.domain.printing import PrintedPupil, PrintedSchool
from zorgdesk.reports.pdf_base import DocumentContext, LateParagraph, build_pdf, paragraph


class _Mark(Flowable):
    """Notes the page it is drawn on, like the inzage's section marks."""

    def __init__(self, pages: dict[str, int], key: str) -> None:
        super().__init__()
        self.pages, self.key = pages, key

    def wrap(self, *_args):
        return 0, 0

    def draw(self) -> None:
        self.pages[self.key] = self.canv.getPageNumber()


def _pages(story) -> list[str]:
    ctx = DocumentContext(PrintedSchool("OBS De Test"), "Proef",
                          PrintedPupil("Test Leerling", date(2018, 1, 1), "5"),
                          date(2026, 11, 25))
    data = build_pdf(story, ctx)
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_a_page_number_known_only_at_the_end_is_printed_where_it_stands():
    pages: dict[str, int] = {}
    story = [paragraph("Inhoud"), paragraph("Bijlagen staan op pagina"),
             LateParagraph(lambda: str(pages.get("bijlagen", "–"))), paragraph("Einde inhoud")]
    for n in range(3):
        story += [PageBreak(), paragraph(f"Hoofdstuk {n + 1}")]
    story += [_Mark(pages, "bijlagen"), paragraph("Bijlagen")]
    text = _pages(story)
    assert pages["bijlagen"] == 4 and len(text) == 4
    lines = text[0].splitlines()
    at = lines.index("Bijlagen staan op pagina")
    assert lines[at + 1].strip() == "4" and lines[at + 2] == "Einde inhoud"


def test_a_missing_mark_prints_the_fallback_and_two_late_texts_stay_apart():
    story = [LateParagraph(lambda: "–"), LateParagraph(lambda: "tweede")]
    lines = _pages(story)[0].splitlines()
    assert "–" in lines and "tweede" in lines
