"""Signature block of the zorggesprek PDFs: per guardian akkoord/gezien, then the school."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from zorgdesk.domain.conversations.conversation import SignatureStatus, Zorggesprek
from zorgdesk.reports.pdf_base import FONT, GRID, INNER_WIDTH, SHADE, format_date, text_to_markup
from zorgdesk.reports.pdf_base import markup_paragraph as _pm
from zorgdesk.reports.pdf_base import paragraph as _p

_BOX_EMPTY = "☐"
_BOX_TICKED = "☒"


def _signature_table(
    heading: str,
    name: str,
    form: dict,
    with_choice: bool,
    status: SignatureStatus | None = None,
    signed_on: date | None = None,
    place: str = "",
) -> Table:
    """A boxed block: heading, name, akkoord/gezien (guardians only), date and place,
    and room for the signature."""
    labels = form["documents"]["report"]["signature_labels"]
    line = ""  # empty cells get a bottom rule to write on
    rows: list[list[Any]] = [[_p(heading, "cell_bold"), "", "", ""]]
    rows.append([_p(labels["name"], "label"), _p(name or line, "cell"), "", ""])
    if with_choice:
        rows.append([_p(labels["choice"], "label"), _choice(labels, status), "", ""])
    rows.append(
        [
            _p(labels["date"], "label"),
            _p(format_date(signed_on), "cell"),
            _p(labels["place"], "label"),
            _p(place, "cell"),
        ]
    )
    rows.append([_p(labels["signature"], "label"), "", "", ""])
    widths = [32 * mm, 58 * mm, 18 * mm]
    widths.append(INNER_WIDTH - sum(widths))
    heights: list[float | None] = [None] * (len(rows) - 1) + [16 * mm]
    table = Table(rows, colWidths=widths, rowHeights=heights, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle(_signature_style(len(rows), with_choice)))
    return table


def _choice(labels: dict, status: SignatureStatus | None) -> Flowable:
    """The two boxes 'voor akkoord' and 'voor gezien', the recorded one ticked."""
    akkoord = _BOX_TICKED if status is SignatureStatus.AKKOORD else _BOX_EMPTY
    gezien = _BOX_TICKED if status is SignatureStatus.GEZIEN else _BOX_EMPTY
    choice = (
        f"<font size='12'>{akkoord}</font>&nbsp;&nbsp;{text_to_markup(labels['akkoord'])}"
        f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
        f"<font size='12'>{gezien}</font>&nbsp;&nbsp;{text_to_markup(labels['gezien'])}"
    )
    return _pm(choice, "cell")


def _signature_style(n: int, with_choice: bool) -> list[tuple]:
    """The box, the shaded heading and the lines to write on, for a table of ``n`` rows."""
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("SPAN", (0, 0), (-1, 0)),
        ("SPAN", (1, 1), (-1, 1)),
        ("SPAN", (1, n - 1), (-1, n - 1)),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("BOX", (0, 0), (-1, -1), 0.6, GRID),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, n - 1), (0, n - 1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        # room to write by hand above each line (rows still grow with long names)
        ("TOPPADDING", (0, 1), (-1, n - 2), 11),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        # writing lines
        ("LINEBELOW", (1, 1), (-1, 1), 0.5, colors.grey),
        ("LINEBELOW", (1, n - 2), (1, n - 2), 0.5, colors.grey),
        ("LINEBELOW", (3, n - 2), (3, n - 2), 0.5, colors.grey),
        ("LINEBELOW", (1, n - 1), (-1, n - 1), 0.5, colors.grey),
    ]
    if with_choice:
        style.append(("SPAN", (1, 2), (-1, 2)))
    # inner padding so the writing lines do not touch the box
    style.append(("RIGHTPADDING", (0, 0), (-1, -1), 8))
    return style


def signature_block(
    g: Zorggesprek, form: dict, intro: str | None = None, prefill: bool = True
) -> KeepTogether:
    """Per guardian akkoord/gezien, name, date, place, signature; then the school.

    ``prefill`` fills in the recorded signature state (report copies); the
    agreement form is always printed blank.
    """
    rep = form["documents"]["report"]
    labels = rep["signature_labels"]
    records = {r.signer: r for r in g.signatures} if prefill else {}
    parts: list[Flowable] = [
        _p(rep["signature_heading"], "h2"),
        _p(intro if intro is not None else rep["signature_intro"], "small"),
        Spacer(1, 3 * mm),
    ]
    guardians = g.attendees.guardians or ()
    names = [gd.name for gd in guardians] or [""]
    for name in names:
        rec = records.get(name)
        parts.append(
            _signature_table(
                labels["guardian"],
                name,
                form,
                with_choice=True,
                status=rec.status if rec else None,
                signed_on=rec.signed_on if rec else None,
                place=rec.signed_place if rec else "",
            )
        )
        parts.append(Spacer(1, 4 * mm))
    school_name = ""
    if g.attendees.staff:
        first = g.attendees.staff[0]
        school_name = f"{first.name} ({first.role})" if first.role else first.name
    parts.append(_signature_table(labels["school"], school_name, form, with_choice=False))
    return KeepTogether(parts)
