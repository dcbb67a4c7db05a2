"""Shared page template for every printed ZorgDesk document.

- DejaVu fonts embedded (every Dutch character: ë, é, ç, ĳ ...), registered once.
- A4; header with school name and document title, the pupil's identification
  (name, date of birth, group) on every page.
- Footer with the confidentiality line, the printing date and "pagina x van y"
  (two-pass numbering via a canvasmaker that holds pages until the total is known).
- Deterministic: ``invariant=1``, so the same input gives identical bytes.
- PDFs are built in memory; nothing is written to disk.
"""

from __future__ import annotations

import functools
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Table,
)

from zorgdesk import paths
from zorgdesk.domain.printing import PrintedPupil, PrintedSchool
from zorgdesk.domain.resource_files import read_json_object

__all__ = [
    "ACCENT",
    "DocumentContext",
    "FONT",
    "FONT_BOLD",
    "FONT_ITALIC",
    "GRID",
    "INNER_WIDTH",
    "MUTED",
    "PAGE_SIZE",
    "SHADE",
    "build_pdf",
    "format_date",
    "load_form",
    "register_fonts",
    "styles",
    "text_to_markup",
]

PAGE_SIZE = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 34 * mm
MARGIN_BOTTOM = 24 * mm

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"

ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#555555")
GRID = colors.HexColor("#B8C7D6")  # table rules
SHADE = colors.HexColor("#EEF3F8")  # table headers and call-outs
INNER_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT  # the frame's usable width
RULE = colors.HexColor("#9DB3C8")
MARK = colors.HexColor("#B3261E")  # the CONCEPT mark and its status line

DEFAULT_CONFIDENTIALITY = (
    "Vertrouwelijk – bevat persoonsgegevens uit het leerlingdossier. "
    "Niet kopiëren of doorgeven zonder toestemming."
)

_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def format_date(d: date | None, long: bool = False) -> str:
    """Dutch date: ``14-03-2025`` or, with ``long``, ``14 maart 2025``."""
    if d is None:
        return ""
    if long:
        return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
    return f"{d:%d-%m-%Y}"


@functools.cache
def register_fonts() -> None:
    """Register the DejaVu family with ReportLab (once per process)."""
    font_dir = paths.resources_dir() / "fonts"
    files = {
        FONT: "DejaVuSans.ttf",
        FONT_BOLD: "DejaVuSans-Bold.ttf",
        FONT_ITALIC: "DejaVuSans-Oblique.ttf",
        FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    }
    for name, filename in files.items():
        pdfmetrics.registerFont(TTFont(name, str(font_dir / filename)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


# Top-level parts each form must have (the code reads them without a fallback).
FORM_PARTS: dict[str, dict[str, type]] = {
    "zorggesprek": {"kinds": dict, "phases": list, "preparation": dict,
                    "phase_guidance": dict, "smart": dict, "documents": dict},
    "meldcode_guidance": {"steps": dict},
}


@functools.cache
def _load_form_cached(path: Path, name: str) -> str:
    # Only a usable file is cached (an exception is not), so a repaired file is used
    # on the next call without restarting.
    return json.dumps(read_json_object(path, FORM_PARTS.get(name, {})))


def load_form(name: str, directory: Path | None = None) -> dict[str, Any]:
    """Wording of a printed form from ``forms/<name>.json`` (a fresh copy each call).

    ResourceFileError (Dutch, naming the file) when the file is missing or broken.
    """
    path = Path(directory or paths.forms_dir()) / f"{name}.json"
    return json.loads(_load_form_cached(path, name))


def text_to_markup(text: str) -> str:
    """Escape user text for a Paragraph; keep line breaks."""
    return escape(text or "").replace("\r\n", "\n").replace("\n", "<br/>")


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    # Never the first line of a paragraph alone at the foot of a page (an orphan) nor
    # its last line alone at the top of the next (a widow); every style inherits this.
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=10, leading=14, alignment=TA_LEFT, spaceAfter=4,
        allowOrphans=0, allowWidows=0,
    )
    return {
        "body": base,
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=22,
            textColor=ACCENT, spaceAfter=8,
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=FONT_BOLD, fontSize=12.5, leading=16,
            textColor=ACCENT, spaceBefore=10, spaceAfter=5, keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14,
            spaceBefore=6, spaceAfter=3, keepWithNext=1,
        ),
        "small": ParagraphStyle(
            "small", parent=base, fontSize=8.5, leading=11.5, textColor=MUTED
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=12, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=FONT_BOLD, fontSize=9, leading=12, spaceAfter=0
        ),
        "label": ParagraphStyle(
            "label", parent=base, fontName=FONT_BOLD, fontSize=9, leading=12,
            textColor=MUTED, spaceAfter=0,
        ),
        "note": ParagraphStyle(
            "note", parent=base, fontName=FONT_ITALIC, fontSize=9, leading=12.5,
            textColor=MUTED,
        ),
    }  # fmt: skip


def paragraph(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain user text (escaped, line breaks kept) in a shared style."""
    return Paragraph(text_to_markup(text), styles()[style])


def markup_paragraph(markup: str, style: str = "body") -> Paragraph:
    """A paragraph of trusted markup built by the report itself."""
    return Paragraph(markup, styles()[style])


@dataclass(frozen=True)
class DocumentContext:
    """What every page shows besides the content."""

    school: PrintedSchool
    document_title: str
    pupil: PrintedPupil | None  # None for a school report: ``subject`` is shown instead
    printed_on: date
    confidentiality: str = DEFAULT_CONFIDENTIALITY
    # A large diagonal word on every page ("CONCEPT") and a status line in the header
    # ("CONCEPT – nog niet uitgereikt", "Uitgereikt op 02-11-2026"); empty: none.
    mark: str = ""
    status: str = ""
    subject: str = ""  # the line under the header when the document is about no pupil

    def pupil_line(self) -> str:
        if self.pupil is None:
            return self.subject
        parts = [f"Leerling: {self.pupil.name}"]
        if self.pupil.date_of_birth is not None:
            parts.append(f"geboren {format_date(self.pupil.date_of_birth)}")
        if group := self.pupil.group:
            # Schools name groups "Groep 5", "5", "5b" or "groep 7/8": say "groep" once.
            parts.append(group if group.casefold().startswith("groep") else f"groep {group}")
        return "  ·  ".join(parts)


def _fit(text: str, font: str, size: float, width: float, min_size: float = 6.5) -> float:
    """Font size at which ``text`` fits ``width`` (shrinks, never below min_size)."""
    while size > min_size and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def _truncate(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _draw_fitted(
    canv: Canvas, x: float, y: float, text: str, font: str, size: float, width: float,
    align: str = "left",
) -> None:  # fmt: skip
    size = _fit(text, font, size, width)
    text = _truncate(text, font, size, width)
    canv.setFont(font, size)
    if align == "right":
        canv.drawRightString(x, y, text)
    else:
        canv.drawString(x, y, text)


def _decorate(canv: Canvas, ctx: DocumentContext, page: int, total: int) -> None:
    width, height = PAGE_SIZE
    inner = width - MARGIN_LEFT - MARGIN_RIGHT
    canv.saveState()
    # Header: school name (left), document title (right), rule, pupil line.
    top = height - 14 * mm
    canv.setFillColor(ACCENT)
    _draw_fitted(canv, MARGIN_LEFT, top, ctx.school.name, FONT_BOLD, 10.5, inner * 0.55)
    canv.setFillColor(MUTED)
    _draw_fitted(
        canv, width - MARGIN_RIGHT, top, ctx.document_title, FONT, 9, inner * 0.43, "right"
    )
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.6)
    canv.line(MARGIN_LEFT, top - 3 * mm, width - MARGIN_RIGHT, top - 3 * mm)
    canv.setFillColor(colors.black)
    pupil_width = inner * 0.62 if ctx.status else inner
    _draw_fitted(canv, MARGIN_LEFT, top - 8.5 * mm, ctx.pupil_line(), FONT_BOLD, 9,
                 pupil_width)
    if ctx.status:
        canv.setFillColor(MARK if ctx.mark else MUTED)
        _draw_fitted(canv, width - MARGIN_RIGHT, top - 8.5 * mm, ctx.status, FONT_BOLD, 9,
                     inner - pupil_width - 4 * mm, "right")
    if ctx.mark:
        _draw_mark(canv, ctx.mark)
    # Footer: rule, confidentiality (left), printing date + page x of y (right).
    bottom = 12 * mm
    canv.line(MARGIN_LEFT, bottom + 5 * mm, width - MARGIN_RIGHT, bottom + 5 * mm)
    canv.setFillColor(MUTED)
    page_text = f"pagina {page} van {total}"
    canv.setFont(FONT_BOLD, 8)
    canv.drawRightString(width - MARGIN_RIGHT, bottom, page_text)
    printed = f"Afgedrukt op {format_date(ctx.printed_on)}"
    canv.setFont(FONT, 7.5)
    canv.drawRightString(width - MARGIN_RIGHT, bottom - 3.6 * mm, printed)
    reserved = pdfmetrics.stringWidth(page_text, FONT_BOLD, 8) + 8 * mm
    _draw_fitted(canv, MARGIN_LEFT, bottom, ctx.confidentiality, FONT, 7.5, inner - reserved)
    canv.restoreState()


def _draw_mark(canv: Canvas, word: str) -> None:
    """The word large and pale across the middle of the page, under 45 degrees."""
    width, height = PAGE_SIZE
    canv.saveState()
    canv.setFillColor(MARK, alpha=0.13)
    canv.translate(width / 2, height / 2)
    canv.rotate(45)
    size = _fit(word, FONT_BOLD, 96, height * 0.8, min_size=24)
    canv.setFont(FONT_BOLD, size)
    canv.drawCentredString(0, -size / 3, word)
    canv.restoreState()


def _canvasmaker(ctx: DocumentContext) -> Callable[..., Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps each page until save() so "pagina x van y" knows y."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []
            # Called with the canvas once every page is laid out (see late_text).
            self.at_save: list[Callable[[Canvas], None]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab API
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for finish in self.at_save:
                finish(self)
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                _decorate(self, ctx, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class _KeepHeadingWithNext(KeepTogether):
    """ReportLab's keepWithNext group, with one refinement: when more than a quarter page
    is left and the flowable after the heading is a paragraph or table that can split
    there, the heading stays and the text starts under it (no big white gap). Otherwise
    the group moves to the next page as a whole, as KeepTogether does."""

    ROOM = (PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM) / 4

    def split(self, aW: float, aH: float) -> list[Flowable]:
        *heads, last = self._content
        if heads and aH > self.ROOM and isinstance(last, Paragraph | Table):
            used = sum(f.wrapOn(self.canv, aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                       for f in heads)
            room = aH - used - last.getSpaceBefore()
            if room > 0:
                last.wrapOn(self.canv, aW, room)
                parts = last.splitOn(self.canv, aW, room)
                if len(parts) >= 2:
                    return [*heads, *parts]
        return super().split(aW, aH)


def headings_into_blocks(story: Sequence[Flowable]) -> list[Flowable]:
    """A heading (keepWithNext) right before a KeepTogether block goes into that block.

    ReportLab never groups a keepWithNext flowable with a following KeepTogether (its
    ``_ktAllow`` refuses containers), so such a heading stayed alone at the foot of a
    page while its block moved on (walk s30: 'Verloop: elke vastlegging ...' of the
    meldcode, the last line of page 9)."""
    out: list[Flowable] = []
    for flowable in story:
        heads: list[Flowable] = []
        while out and _keeps_with_next(out[-1]):
            heads.insert(0, out.pop())
        if heads and isinstance(flowable, KeepTogether) and type(flowable) is KeepTogether:
            out.append(KeepTogether([*heads, *flowable._content]))
        else:
            out += [*heads, flowable]
    return out


def _keeps_with_next(flowable: Flowable) -> bool:
    return isinstance(flowable, Paragraph) and bool(flowable.getKeepWithNext())


def build_pdf(story: Sequence[Flowable], ctx: DocumentContext) -> bytes:
    """Lay out ``story`` on the shared template and return the PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    width, height = PAGE_SIZE
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=ctx.document_title,
        author=ctx.school.name,
        creator="ZorgDesk",
        producer="ZorgDesk",
        subject="",
        invariant=1,
        lang="nl-NL",
        initialFontName=FONT,
        # A heading (keepWithNext) moves to the next page with what follows it only when
        # less than a quarter page is left; with more room the two stay on this page and
        # the text after the heading splits there, so a long section leaves no big gap.
        keepTogetherClass=_KeepHeadingWithNext,
    )
    frame = Frame(
        MARGIN_LEFT, MARGIN_BOTTOM, width - MARGIN_LEFT - MARGIN_RIGHT,
        height - MARGIN_TOP - MARGIN_BOTTOM, id="body", leftPadding=0, rightPadding=0,
        topPadding=0, bottomPadding=0,
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(headings_into_blocks(story), canvasmaker=_canvasmaker(ctx))
    return buffer.getvalue()


class LateParagraph(Flowable):
    """A one-line paragraph whose text is known only when the whole document is laid out
    (a page number in a contents table), so one layout pass suffices.

    The page draws a form XObject here; its content - ``paragraph(text(), style)`` at
    this spot - is defined at save time (PDF and ReportLab allow forms defined later).
    ``text()`` must not change the line's height: a page number in a table cell.
    """

    def __init__(self, text: Callable[[], str], style: str = "body") -> None:
        super().__init__()
        self._text, self._style = text, style
        self._width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._width = availWidth
        return paragraph("0", self._style).wrap(availWidth, availHeight)

    def draw(self) -> None:
        later = getattr(self.canv, "at_save", None)
        if later is None:  # not our canvas: the text as it is now
            shown = paragraph(self._text(), self._style)
            shown.wrap(self._width, PAGE_SIZE[1])
            shown.drawOn(self.canv, 0, 0)
            return
        name = f"zdLate{len(later)}"  # per document, so the same input gives the same bytes
        self.canv.doForm(name)
        later.append(lambda canv: self._define(canv, name))

    def _define(self, canv: Canvas, name: str) -> None:
        canv.beginForm(name)
        shown = paragraph(self._text(), self._style)
        shown.wrap(self._width, PAGE_SIZE[1])
        shown.drawOn(canv, 0, 0)
        canv.endForm()
