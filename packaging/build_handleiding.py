"""Print docs/handleiding.md as an A4 PDF: ``python packaging/build_handleiding.py``.

The handleiding is written in a small part of Markdown (headings, paragraphs, numbered
and bulleted lists with continuation lines, tables, images, **bold**, *italic* and
`code`); this turns exactly that part into ReportLab flowables with the DejaVu font
ZorgDesk embeds in every PDF, so Dutch characters print everywhere. Images whose file
is missing are left out with a note on stderr (screenshots are made separately).
"""

from __future__ import annotations

import html
import io
import re
import sys
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageChops
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

ROOT = Path(__file__).resolve().parents[1]
FONTS = ROOT / "resources" / "fonts"
WIDTH = A4[0] - 40 * mm


def _register_fonts() -> None:
    for name, file in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                       ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf"),
                       ("DejaVu-BoldOblique", "DejaVuSans-BoldOblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
    pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold",
                                  italic="DejaVu-Oblique", boldItalic="DejaVu-BoldOblique")


STYLES = {
    "h1": ParagraphStyle("h1", fontName="DejaVu-Bold", fontSize=20, leading=24,
                         spaceAfter=8),
    "h2": ParagraphStyle("h2", fontName="DejaVu-Bold", fontSize=14, leading=18,
                         spaceBefore=12, spaceAfter=6, keepWithNext=True),
    "body": ParagraphStyle("body", fontName="DejaVu", fontSize=10, leading=14,
                           spaceAfter=6),
    "cell": ParagraphStyle("cell", fontName="DejaVu", fontSize=9, leading=12),
    "caption": ParagraphStyle("caption", fontName="DejaVu-Oblique", fontSize=8, leading=10,
                              textColor=colors.grey, spaceAfter=8),
}


def inline(text: str) -> str:
    """Markdown emphasis and code to ReportLab's mini-HTML (text escaped first)."""
    text = html.escape(text, quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", text)
    return re.sub(r"`(.+?)`", r'<font face="DejaVu" color="#444444">\1</font>', text)


def _trimmed(path: Path) -> io.BytesIO:
    """The screenshot without the black screen around a dialog (Xvfb has no desktop)."""
    picture = PILImage.open(path).convert("RGB")
    box = ImageChops.difference(picture, PILImage.new("RGB", picture.size)).getbbox()
    out = io.BytesIO()
    (picture.crop(box) if box else picture).save(out, format="PNG")
    out.seek(0)
    return out


def _image(alt: str, target: str, base: Path) -> list:
    path = (base / target).resolve()
    if not path.is_file():
        print(f"afbeelding ontbreekt, overgeslagen: {target}", file=sys.stderr)
        return []
    picture = Image(_trimmed(path))
    scale = min(1.0, WIDTH / picture.imageWidth)
    picture.drawWidth = picture.imageWidth * scale
    picture.drawHeight = picture.imageHeight * scale
    return [KeepTogether([picture, Paragraph(inline(alt), STYLES["caption"])])]


def _table(rows: list[str]) -> list:
    cells = [[Paragraph(inline(c.strip()), STYLES["cell"])
              for c in row.strip().strip("|").split("|")]
             for row in rows if not re.fullmatch(r"\|?[\s|:-]+\|?", row.strip())]
    table = Table(cells, hAlign="LEFT", colWidths=[WIDTH * 0.3, WIDTH * 0.7])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0f1")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [table, Spacer(1, 6)]


def _list(items: list[str], numbered: bool) -> list:
    flow = ListFlowable([ListItem(Paragraph(inline(item), STYLES["body"])) for item in items],
                        bulletType="1" if numbered else "bullet", bulletFontName="DejaVu",
                        bulletFontSize=9, leftIndent=14)
    return [flow]


LIST_ITEM = re.compile(r"^(\d+\.|-)\s+(.*)")


def _blocks(text: str):
    """Split the Markdown into blocks: (kind, lines)."""
    block: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            if block:
                yield block
            block = []
        else:
            block.append(line)
    if block:
        yield block


def flowables(markdown: str, base: Path) -> list:
    story: list = []
    for block in _blocks(markdown):
        first = block[0]
        if first.startswith("# "):
            story.append(Paragraph(inline(first[2:]), STYLES["h1"]))
        elif first.startswith("## "):
            story.append(Paragraph(inline(first[3:]), STYLES["h2"]))
        elif match := re.fullmatch(r"!\[(.*)\]\((.+)\)", first.strip()):
            story += _image(match.group(1), match.group(2), base)
        elif first.startswith("|"):
            story += _table(block)
        elif LIST_ITEM.match(first.strip()):
            items: list[str] = []
            for line in block:
                item = LIST_ITEM.match(line.strip()) if not line.startswith("   ") else None
                if item and not line.startswith(" "):
                    items.append(item.group(2))
                else:
                    items[-1] += " " + line.strip()
            story += _list(items, numbered=first[0].isdigit())
        elif first.startswith("   ") and story:  # a paragraph inside the previous item
            story.append(Paragraph(inline(" ".join(x.strip() for x in block)),
                                   ParagraphStyle("indent", parent=STYLES["body"],
                                                  leftIndent=14)))
        else:
            story.append(Paragraph(inline(" ".join(x.strip() for x in block)), STYLES["body"]))
    return story


def _footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("DejaVu", 8)
    canvas.setFillColor(colors.grey)
    canvas.drawString(20 * mm, 12 * mm, "Handleiding ZorgDesk")
    canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"pagina {doc.page}")
    canvas.restoreState()


def build(source: Path, target: Path) -> Path:
    _register_fonts()
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=20 * mm,
                            rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
                            title="Handleiding ZorgDesk", author="ZorgDesk", invariant=1)
    doc.build(flowables(source.read_text(encoding="utf-8"), source.parent),
              onFirstPage=_footer, onLaterPages=_footer)
    return target


if __name__ == "__main__":
    out = build(ROOT / "docs" / "handleiding.md", ROOT / "docs" / "handleiding.pdf")
    print(f"Handleiding geschreven: {out}")
