"""Printed signalenlijst: one filled-in check, and the over-time matrix.

The matrix must survive a black-and-white printer, so every cell carries a
symbol and a word (nieuw / blijvend / verdwenen); the colour only helps on screen
and on a colour print. Wide histories are split into tables of at most
``DATES_PER_TABLE`` checks, each repeating the signal column, so nothing is cut off.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from zorgdesk.domain.printing import PrintedPupil, PrintedSchool
from zorgdesk.domain.signals.check import SignalCheck, logbook_link_text
from zorgdesk.domain.signals.history import CHANGE_STYLE, Change
from zorgdesk.domain.signals.over_time import OverTime
from zorgdesk.reports.pdf_base import (
    FONT,
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
from zorgdesk.reports.pdf_base import paragraph as _p

__all__ = ["CHANGE_STYLE", "DATES_PER_TABLE", "render_check", "render_over_time"]

DATES_PER_TABLE = 5

_LEGEND = ("▲ nieuw = aangekruist, niet in de lijst ervoor;  ● blijvend = aangekruist, ook in "
           "de lijst ervoor;  ○ verdwenen = in de lijst ervoor aangekruist, nu niet;  "
           "(contra) = als contra-signaal gemarkeerd;  leeg = niet aangekruist.")
_CONTRA = "CONTRA-SIGNAAL"
_HEAD = ParagraphStyle("signals_head", fontName=FONT_BOLD, fontSize=8, leading=10)


def _table(data: list, widths: list[float], extra: list | None = None,
           header: bool = True) -> Table:
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1 if header else 0)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        *([("BACKGROUND", (0, 0), (-1, 0), SHADE)] if header else []),
        *(extra or []),
    ]))
    return table


def _meta(check: SignalCheck) -> Table:
    rows = [
        ("Datum", format_date(check.checked_on, long=True)),
        ("Ingevuld door", check.checked_by),
        ("Signalenlijst", f"{check.catalogue_title} (versie {check.catalogue_version})"),
        ("Vastgelegd", f"door {check.recorded_by} op {format_date(check.created_at.date())}"),
    ]
    if check.corrects_check_id is not None:
        earlier = check.corrects_name or "een eerdere lijst"
        rows.append(("Correctie", f"Deze lijst vervangt {earlier}."))
    data = [[_p(k, "label"), _p(v, "cell")] for k, v in rows]
    return _table(data, [38 * mm, INNER_WIDTH - 38 * mm], header=False,
                  extra=[("BACKGROUND", (0, 0), (0, -1), SHADE)])


def _ticks_table(check: SignalCheck) -> Table:
    data = [[_p("Signaal", "cell_bold"), _p("Feitelijke notitie", "cell_bold"),
             _p("Logboek", "cell_bold")]]
    extra = []
    group = None
    for tick in check.ticks:
        if tick.group_title != group:
            group = tick.group_title
            data.append([_p(group, "cell_bold"), "", ""])
            extra += [("SPAN", (0, len(data) - 1), (-1, len(data) - 1)),
                      ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), SHADE)]
        signal = f"☒ {tick.text}"
        markup = text_to_markup(signal)
        if tick.contra:
            markup = f"<b>[{_CONTRA}]</b> " + markup
        data.append([Paragraph(markup, styles()["cell"]), _p(tick.note or "–", "cell"),
                     _p(logbook_link_text(tick, "\n") or "–", "cell")])
    return _table(data, [68 * mm, INNER_WIDTH - 98 * mm, 30 * mm], extra)


def check_story(check: SignalCheck, source: str = "") -> list[Flowable]:
    name = f"Signalenlijst {check.number}" if check.number else "Signalenlijst"
    story: list[Flowable] = [_p(f"{name} — {check.catalogue_title}", "title"),
                             _meta(check), Spacer(1, 4 * mm)]
    signals = len(check.ticks) - len(check.contra_signals)
    contra = len(check.contra_signals)
    story.append(_p(f"Aangekruist: {signals} {'signaal' if signals == 1 else 'signalen'}, "
                    f"{contra} {'contra-signaal' if contra == 1 else 'contra-signalen'}", "h2"))
    if not check.ticks:
        story.append(_p("Bij deze lijst is geen enkel signaal aangekruist."))
    else:
        story.append(_ticks_table(check))
        story.append(_p(f"Een contra-signaal (gemarkeerd met [{_CONTRA}]) is een waarneming "
                        "die de zorg juist tegenspreekt.", "small"))
    story.append(_p("Alleen aangekruiste signalen staan op dit formulier. Een signaal is een "
                    "waarneming, geen bewijs of conclusie.", "note"))
    if source:
        story.append(_p(f"Bron van de signalenlijst: {source}", "small"))
    return story


def _cell(change: Change | None, contra: bool = False) -> str:
    if change is None:
        return ""
    symbol, word, _ = CHANGE_STYLE[change]
    return f"{symbol} {word}" + ("\n(contra)" if contra else "")


def over_time_story(over_time: OverTime) -> list[Flowable]:
    """The matrix of an ``OverTime`` (services.signals) as one or more tables."""
    h = over_time.history
    story: list[Flowable] = [_p(f"Verloop — {over_time.catalogue_title}", "h2")]
    if not over_time.checks:
        return story + [_p("Er zijn nog geen ingevulde lijsten.")]
    story.append(_p(_LEGEND, "small"))
    if not h.item_ids:
        story.append(_p("In geen van de lijsten is een signaal aangekruist."))
    for start in range(0, len(h.dates), DATES_PER_TABLE):
        columns = range(start, min(start + DATES_PER_TABLE, len(h.dates)))
        date_width = 23 * mm
        label_width = INNER_WIDTH - date_width * len(columns)
        data = [[_p("Signaal", "cell_bold")] + [
            [Paragraph(f"<b>{format_date(h.dates[i])}</b>", _HEAD),
             _p(over_time.checks[i].checked_by, "small")]
            for i in columns]]
        extra = []
        for row, item_id in enumerate(h.item_ids, start=1):
            data.append([_p(over_time.labels.get(item_id, item_id), "cell")]
                        + [_cell(h.cell(item_id, i), over_time.is_contra(item_id, i))
                           for i in columns])
            for col, i in enumerate(columns, start=1):
                change = h.cell(item_id, i)
                if change is not None:
                    extra.append(("BACKGROUND", (col, row), (col, row),
                                  colors.HexColor(CHANGE_STYLE[change][2])))
                    if change is not Change.VERDWENEN:
                        extra.append(("FONT", (col, row), (col, row), FONT_BOLD, 8))
        extra += [("FONT", (1, 1), (-1, -1), FONT, 8), ("ALIGN", (1, 0), (-1, -1), "CENTER")]
        if len(h.dates) > DATES_PER_TABLE:  # say which part of the history this table is
            story.append(_p(f"Lijsten {columns[0] + 1}–{columns[-1] + 1} van {len(h.dates)}",
                            "h3"))
        story += [Spacer(1, 2 * mm),
                  _table(data, [label_width] + [date_width] * len(columns), extra)]
    return story


def _pdf(story: list[Flowable], title: str, pupil: PrintedPupil, school: PrintedSchool,
         printed: date) -> bytes:
    return build_pdf(story, DocumentContext(school, title, pupil, printed))


def render_check(check: SignalCheck, pupil: PrintedPupil, school: PrintedSchool, printed_on: date,
                 over_time: OverTime | None = None, source: str = "") -> bytes:
    """The filled-in list; with ``over_time`` the matrix follows on the same document.

    ``source`` is the citation of the publication the list comes from.
    """
    story = check_story(check, source)
    if over_time is not None:
        story += [CondPageBreak(60 * mm), Spacer(1, 4 * mm), *over_time_story(over_time)]
    return _pdf(story, "Signalenlijst", pupil, school, printed_on)


def render_over_time(over_time: OverTime, pupil: PrintedPupil, school: PrintedSchool,
                     printed_on: date) -> bytes:
    story = [_p(f"Verloop — {over_time.catalogue_title}", "title"),
             _p(f"{len(over_time.checks)} ingevulde lijsten, oudste links.", "body"),
             *over_time_story(over_time)[1:]]
    return _pdf(story, "Signalenlijst — verloop", pupil, school, printed_on)
