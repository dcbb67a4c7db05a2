"""Building blocks shared by the zorggesprek PDFs (see :mod:`conversation_pdf`).

Paragraph helpers, the document context, the data table at the top of each
document, the SMART agreements table and legend, and the shaded callout.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from zorgdesk.domain.conversations.conversation import (
    ConversationKind,
    SignalRef,
    Zorggesprek,
    handed_out_on,
    notulist_other_roles,
    open_smart_findings,
)
from zorgdesk.domain.conversations.smart import SmartAgreement
from zorgdesk.domain.printing import PrintedSchool
from zorgdesk.reports.pdf_base import (
    ACCENT,
    FONT,
    GRID,
    INNER_WIDTH,
    MARK,
    SHADE,
    DocumentContext,
    format_date,
    text_to_markup,
)
from zorgdesk.reports.pdf_base import markup_paragraph as _pm
from zorgdesk.reports.pdf_base import paragraph as _p

FORM_NAME = "zorggesprek"


def document_context(
    g: Zorggesprek, school: PrintedSchool, title: str, printed_on: date, form: dict,
    marked: bool = True,
) -> DocumentContext:
    """The page frame; ``marked`` documents say CONCEPT on every page until the report is
    handed out, and the hand-out date after."""
    marks = {"concept": "CONCEPT", "concept_status": "CONCEPT – nog niet uitgereikt",
             "handed_out_status": "Uitgereikt op {date}", **form.get("marks", {})}
    mark = status = ""
    if marked:
        handed_out = handed_out_on(g)
        if handed_out is None:
            mark, status = marks["concept"], marks["concept_status"]
        else:
            status = marks["handed_out_status"].format(date=format_date(handed_out))
    return DocumentContext(
        school=school,
        document_title=title,
        pupil=g.pupil,
        printed_on=printed_on,
        confidentiality=form.get("confidentiality") or DocumentContext.confidentiality,
        mark=mark,
        status=status,
    )


def is_concept(g: Zorggesprek) -> bool:
    return handed_out_on(g) is None


_DATED = re.compile(r"^(?:Signalenlijst van )?(\d{2}-\d{2}-\d{4}):\s*", re.IGNORECASE)


def signal_line(ref: SignalRef, form: dict) -> str:
    """A discussed signal as parents read it: the text, and its source in words ("uit het
    logboek, 02-11-2026") instead of the vault's tags ("[Logboek 3]", "[Voorbereiding]")."""
    sources = {"logboek": "uit het logboek", "signalenlijst": "uit de signalenlijst",
               **form.get("signal_sources", {})}
    text = " ".join(ref.text.split())
    kind = ref.signal_id.split()[0].casefold() if ref.signal_id.split() else ""
    source = sources.get(kind, "")
    dated = _DATED.match(text)
    if source and dated:
        text = text[dated.end():]
        source = f"{source}, {dated.group(1)}"
    return f"{text} ({source})" if source else text


def notulist_text(g: Zorggesprek, form: dict) -> str:
    """The notulist, with a warning when the same person also attends in another role."""
    roles = notulist_other_roles(g)
    if not roles:
        return g.attendees.notulist
    warning = form.get("notulist_not_independent") or (
        "Let op: {notulist} is ook aanwezig als {roles} en is dus geen onafhankelijke derde.")
    return f"{g.attendees.notulist}. " + warning.format(notulist=g.attendees.notulist,
                                                         roles=" en ".join(roles))


def _kind_label(g: Zorggesprek, form: dict) -> str:
    return form["kinds"][g.kind.value]["label"]


def phase_title(phase_key: str, form: dict) -> str:
    for ph in form["phases"]:
        if ph["key"] == phase_key:
            return ph["title"]
    return phase_key


def time_text(g: Zorggesprek) -> str:
    return f"{g.at:%H:%M} uur" if g.at is not None else ""


def names_with_roles(people: Any) -> str:
    parts = []
    for person in people:
        role = getattr(person, "role", "") or getattr(person, "relation", "")
        parts.append(f"{person.name} ({role})" if role else person.name)
    return ", ".join(parts)


def kv_table(rows: list[tuple[str, str]]) -> Table:
    data = [[_p(label, "label"), _p(value or "–", "cell")] for label, value in rows]
    table = Table(data, colWidths=[45 * mm, INNER_WIDTH - 45 * mm], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                ("LINEABOVE", (0, 0), (-1, 0), 0.4, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _meta_rows(g: Zorggesprek, form: dict) -> list[tuple[str, str]]:
    labels = form["documents"]["report"]["labels"]
    rows = [
        (labels["kind"], _kind_label(g, form)),
        (labels["date"], format_date(g.on, long=True)),
        (labels["time"], time_text(g)),
        (labels["place"], g.place),
        (labels["subject"], g.subject),
        (labels["staff"], names_with_roles(g.attendees.staff)),
        (labels["guardians"], names_with_roles(g.attendees.guardians)),
    ]
    if g.kind is ConversationKind.ZWAAR or g.attendees.spokesperson:
        rows.append((labels["spokesperson"], g.attendees.spokesperson or "geen"))
    if g.kind is ConversationKind.ZWAAR or g.attendees.notulist:
        # "(onafhankelijke derde)" only for a notulist who has no other role here.
        label = labels["notulist"] if not notulist_other_roles(g) else "Notulist"
        rows.append((label, notulist_text(g, form)))
    # No "Volgend contact / evaluatie" here: it closes the agreements (both documents
    # printed it twice, walk s29).
    return rows


def _agreements_table(agreements: tuple[SmartAgreement, ...], form: dict,
                      not_smart: frozenset[int] = frozenset()) -> Flowable:
    """The agreements; ``not_smart`` numbers (from 1) carry open SMART points (concept)."""
    doc = form["documents"]["smart_form"]
    if not agreements:
        return _p(doc["no_agreements"], "note")
    cols = doc["columns"]
    note = form.get("smart_open", {}).get("column_note", "nog niet SMART (zie hieronder)")
    header = [_p(cols[k], "cell_bold") for k in ("nr", "what", "measure", "who", "by_when", "ar")]
    data = [header]
    for i, a in enumerate(agreements, start=1):
        confirmed = a.acceptable and a.realistic
        ar_text = "ja" if confirmed else "nog te bevestigen"
        if i in not_smart:
            ar_text = f"{ar_text}; {note}"
        data.append(
            [
                _p(f"{i}.", "cell"),
                _p(a.what, "cell"),
                _p(a.measure, "cell"),
                _p(a.who, "cell"),
                _p(format_date(a.by_when), "cell"),
                _p(ar_text, "cell"),
            ]
        )
    widths = [9 * mm, 50 * mm, 40 * mm, 25 * mm, 23 * mm]
    widths.append(INNER_WIDTH - sum(widths))
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def agreements_block(g: Zorggesprek, form: dict, heading: str,
                     heading_style: str = "h3") -> list[Flowable]:
    """Heading + agreements table (+ open SMART points on a concept). The heading keeps
    with the table (keepWithNext) and the column header repeats on every page, so the
    table never starts a page without its heading."""
    findings = open_smart_findings(g) if is_concept(g) else []
    out: list[Flowable] = [_p(heading, heading_style),
                           _agreements_table(g.agreements, form,
                                             frozenset(n for n, _f in findings))]
    if findings:
        texts = {"heading": "Nog open punten uit de SMART-controle", "intro": "",
                 "item": "Afspraak {number}: {message}", **form.get("smart_open", {})}
        items = [_p(texts["item"].format(number=n, message=f.message), "cell")
                 for n, f in findings]
        # Kept on one page when it fits; a very long list may still split.
        out += [Spacer(1, 2 * mm), KeepTogether(
                _callout_flowables([_p(texts["heading"], "cell_bold"),
                                    *([_p(texts["intro"], "small")] if texts["intro"] else []),
                                    *items], MARK))]
    return out


def _callout_flowables(flowables: list[Flowable], colour=ACCENT) -> Table:
    table = Table([[flowables]], colWidths=[INNER_WIDTH], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, colour),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def callout(text: str) -> Table:
    """A shaded box with an accent bar for a fixed sentence that must stand out."""
    table = Table([[_p(text, "cell_bold")]], colWidths=[INNER_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def smart_legend(form: dict) -> Table:
    letters = form["smart"]["letters"]
    data = [
        [_pm(f"<b>{text_to_markup(x['letter'])}</b>", "cell") for x in letters],
        [_p(x["word"], "cell_bold") for x in letters],
        [_p(x["question"], "small") for x in letters],
    ]
    table = Table(data, colWidths=[INNER_WIDTH / len(letters)] * len(letters), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.6, GRID),
                ("INNERGRID", (0, 0), (-1, -1), 0.3, GRID),
                ("BACKGROUND", (0, 0), (-1, 1), SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table



def heading_block(title: str, g: Zorggesprek, form: dict) -> list[Flowable]:
    return [_p(title, "title"), kv_table(_meta_rows(g, form)), Spacer(1, 4 * mm)]
