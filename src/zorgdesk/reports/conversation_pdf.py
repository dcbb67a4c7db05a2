"""Printed products of a zorggesprek (seed 003, l.5524-5640).

(a) the SMART agreement form, (b) the gespreksverslag with its signature block,
(c) the invitation letter. All wording comes from ``forms/zorggesprek.json``.
Each function takes plain domain dataclasses and returns PDF bytes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from zorgdesk.domain.conversation import (
    ConversationKind,
    Phase,
    SignatureStatus,
    Zorggesprek,
)
from zorgdesk.domain.smart import SmartAgreement
from zorgdesk.reports.pdf_base import (
    ACCENT,
    FONT,
    GRID,
    INNER_WIDTH,
    SHADE,
    DocumentContext,
    build_pdf,
    format_date,
    load_form,
    styles,
    text_to_markup,
)

__all__ = ["render_invitation", "render_report", "render_smart_form"]

FORM_NAME = "zorggesprek"
_BOX_EMPTY = "☐"
_BOX_TICKED = "☒"


def _p(text: str, style: str = "body") -> Paragraph:
    """Paragraph from plain user text (escaped)."""
    return Paragraph(text_to_markup(text), styles()[style])


def _pm(markup: str, style: str = "body") -> Paragraph:
    """Paragraph from trusted markup."""
    return Paragraph(markup, styles()[style])


def _context(
    g: Zorggesprek, school_name: str, title: str, printed_on: date, form: dict
) -> DocumentContext:
    return DocumentContext(
        school_name=school_name,
        document_title=title,
        pupil=g.pupil,
        printed_on=printed_on,
        confidentiality=form.get("confidentiality") or DocumentContext.confidentiality,
    )


def _kind_label(g: Zorggesprek, form: dict) -> str:
    return form["kinds"][g.kind.value]["label"]


def _phase_title(phase_key: str, form: dict) -> str:
    for ph in form["phases"]:
        if ph["key"] == phase_key:
            return ph["title"]
    return phase_key


def _time_text(g: Zorggesprek) -> str:
    return f"{g.at:%H:%M} uur" if g.at is not None else ""


def _names(people: Any) -> str:
    parts = []
    for person in people:
        role = getattr(person, "role", "") or getattr(person, "relation", "")
        parts.append(f"{person.name} ({role})" if role else person.name)
    return ", ".join(parts)


def _kv_table(rows: list[tuple[str, str]]) -> Table:
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
        (labels["time"], _time_text(g)),
        (labels["place"], g.place),
        (labels["subject"], g.subject),
        (labels["staff"], _names(g.attendees.staff)),
        (labels["guardians"], _names(g.attendees.guardians)),
    ]
    if g.kind is ConversationKind.ZWAAR or g.attendees.spokesperson:
        rows.append((labels["spokesperson"], g.attendees.spokesperson or "geen"))
    if g.kind is ConversationKind.ZWAAR or g.attendees.notulist:
        rows.append((labels["notulist"], g.attendees.notulist))
    rows.append((labels["follow_up"], format_date(g.follow_up_on, long=True)))
    return rows


def _agreements_table(agreements: tuple[SmartAgreement, ...], form: dict) -> Flowable:
    doc = form["documents"]["smart_form"]
    if not agreements:
        return _p(doc["no_agreements"], "note")
    cols = doc["columns"]
    header = [_p(cols[k], "cell_bold") for k in ("nr", "what", "measure", "who", "by_when", "ar")]
    data = [header]
    for i, a in enumerate(agreements, start=1):
        confirmed = a.acceptable and a.realistic
        ar_text = "ja" if confirmed else "nog te bevestigen"
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


def _callout(text: str) -> Table:
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


def _smart_legend(form: dict) -> Table:
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


def _signature_table(
    heading: str,
    name: str,
    form: dict,
    with_choice: bool,
    status: SignatureStatus | None = None,
    signed_on: date | None = None,
    place: str = "",
) -> Table:
    labels = form["documents"]["report"]["signature_labels"]
    line = ""  # empty cells get a bottom rule to write on
    rows: list[list[Any]] = [[_p(heading, "cell_bold"), "", "", ""]]
    rows.append([_p(labels["name"], "label"), _p(name or line, "cell"), "", ""])
    if with_choice:
        akkoord = _BOX_TICKED if status is SignatureStatus.AKKOORD else _BOX_EMPTY
        gezien = _BOX_TICKED if status is SignatureStatus.GEZIEN else _BOX_EMPTY
        choice = (
            f"<font size='12'>{akkoord}</font>&nbsp;&nbsp;{text_to_markup(labels['akkoord'])}"
            f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
            f"<font size='12'>{gezien}</font>&nbsp;&nbsp;{text_to_markup(labels['gezien'])}"
        )
        rows.append([_p(labels["choice"], "label"), _pm(choice, "cell"), "", ""])
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
    n = len(rows)
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
    table.setStyle(TableStyle(style))
    return table


def _signature_block(
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


def _heading_block(title: str, g: Zorggesprek, form: dict) -> list[Flowable]:
    return [_p(title, "title"), _kv_table(_meta_rows(g, form)), Spacer(1, 4 * mm)]


def render_smart_form(
    conversation: Zorggesprek,
    school_name: str,
    printed_on: date,
    form: dict | None = None,
) -> bytes:
    """(a) The SMART agreement form: agreements, legend, follow-up and signatures."""
    form = form or load_form(FORM_NAME)
    doc = form["documents"]["smart_form"]
    g = conversation
    story: list[Flowable] = _heading_block(doc["title"], g, form)
    story += [
        _p(doc["intro"]),
        Spacer(1, 2 * mm),
        _smart_legend(form),
        Spacer(1, 5 * mm),
        _p(form["documents"]["report"]["agreements_heading"], "h2"),
        _agreements_table(g.agreements, form),
        Spacer(1, 4 * mm),
        _pm(
            f"<b>{text_to_markup(doc['follow_up'])}:</b> "
            f"{text_to_markup(format_date(g.follow_up_on, long=True) or '–')}"
        ),
        _signature_block(g, form, intro=doc["signature_intro"], prefill=False),
    ]
    ctx = _context(g, school_name, doc["title"], printed_on, form)
    return build_pdf(story, ctx)


def render_report(
    conversation: Zorggesprek,
    school_name: str,
    printed_on: date,
    form: dict | None = None,
) -> bytes:
    """(b) The gespreksverslag: data, signals, phases, agreements, signatures, addenda."""
    form = form or load_form(FORM_NAME)
    story = report_story(conversation, form)
    ctx = _context(conversation, school_name, form["documents"]["report"]["title"],
                   printed_on, form)
    return build_pdf(story, ctx)


def report_story(conversation: Zorggesprek, form: dict) -> list[Flowable]:
    """The flowables of the gespreksverslag (also used in the inzage export)."""
    rep = form["documents"]["report"]
    g = conversation
    story: list[Flowable] = _heading_block(rep["title"], g, form)

    story.append(_p(rep["signals_heading"], "h2"))
    if g.signals:
        for s in g.signals:
            story.append(
                _pm(
                    f"•&nbsp;&nbsp;{text_to_markup(s.text)}"
                    f" <font size='8' color='#555555'>[{text_to_markup(s.signal_id)}]</font>",
                    "body",
                )
            )
    else:
        story.append(_p(rep["no_signals"], "note"))

    for phase in Phase:
        story.append(CondPageBreak(30 * mm))
        story.append(_p(_phase_title(phase.value, form), "h2"))
        note = g.note(phase)
        if note:
            for para in note.split("\n\n"):
                story.append(_p(para))
        elif phase is not Phase.AFSPRAKEN:
            story.append(_p("Geen aantekeningen.", "note"))
        if phase is Phase.AFSPRAKEN:
            story.append(Spacer(1, 2 * mm))
            story.append(_agreements_table(g.agreements, form))
            story.append(Spacer(1, 2 * mm))
            follow = form["documents"]["report"]["labels"]["follow_up"]
            story.append(
                _pm(
                    f"<b>{text_to_markup(follow)}:</b> "
                    f"{text_to_markup(format_date(g.follow_up_on, long=True) or '–')}"
                )
            )
        if phase is Phase.REGISTRATIE:
            story.append(_p(rep["registration_statement"], "small"))
    if g.kind is ConversationKind.ZWAAR:
        story.append(Spacer(1, 3 * mm))
        story.append(_callout(rep["zwaar_statement"]))

    story.append(_signature_block(g, form))

    views = [r for r in g.signatures if r.status is SignatureStatus.GEZIEN and r.parents_view]
    if views:
        story.append(_p(rep["parents_view_heading"], "h2"))
        for r in views:
            story.append(
                _pm(
                    f"<b>{text_to_markup(r.signer)}</b>, "
                    f"{text_to_markup(format_date(r.signed_on))}:",
                    "body",
                )
            )
            story.append(_p(r.parents_view))
    if g.addenda:
        story.append(_p(rep["addenda_heading"], "h2"))
        for a in g.addenda:
            story.append(
                _pm(
                    f"<b>{text_to_markup(format_date(a.on))}</b> – {text_to_markup(a.author)}",
                    "h3",
                )
            )
            story.append(_p(a.text))
    return story


def render_invitation(
    conversation: Zorggesprek,
    school_name: str,
    printed_on: date,
    sender: str = "",
    form: dict | None = None,
) -> bytes:
    """(c) Invitation letter; for a zwaar gesprek it also names the notulist and
    mentions that parents may come together or bring a spokesperson."""
    form = form or load_form(FORM_NAME)
    inv = form["documents"]["invitation"]
    g = conversation
    fmt = {
        "pupil": g.pupil.name,
        "first_name": g.pupil.first_name,
        "notulist": g.attendees.notulist or "–",
    }
    story: list[Flowable] = [_p(inv["title"], "title")]
    to = ", ".join(gd.name for gd in g.attendees.guardians) or "ouder(s)/verzorger(s)"
    story.append(_pm(f"<b>Aan:</b> {text_to_markup(to)}"))
    story.append(_pm(f"<b>Datum:</b> {format_date(printed_on, long=True)}"))
    story.append(Spacer(1, 6 * mm))
    story.append(_p(inv["salutation"].format(**fmt)))
    story.append(Spacer(1, 1 * mm))
    story.append(_p(inv["opening"].format(**fmt)))
    story.append(Spacer(1, 2 * mm))
    labels = form["documents"]["report"]["labels"]
    when = [
        (labels["date"], format_date(g.on, long=True)),
        (labels["time"], _time_text(g)),
        (labels["place"], g.place),
        (inv["subject_label"], g.subject),
    ]
    story.append(_kv_table(when))
    story.append(Spacer(1, 4 * mm))
    story.append(_p(inv["attendees_label"] + ":", "h3"))
    for person in g.attendees.staff:
        story.append(_pm(f"•&nbsp;&nbsp;{text_to_markup(_names([person]))}"))
    if g.kind is ConversationKind.ZWAAR:
        if g.attendees.notulist:
            story.append(_pm(f"•&nbsp;&nbsp;{text_to_markup(g.attendees.notulist)} (notulist)"))
        story.append(Spacer(1, 2 * mm))
        story.append(_p(inv["zwaar_notulist"].format(**fmt)))
        story.append(_p(inv["zwaar_together"].format(**fmt)))
    story.append(Spacer(1, 2 * mm))
    story.append(_p(inv["reply"].format(**fmt)))
    story.append(Spacer(1, 6 * mm))
    story.append(_p(inv["closing"]))
    story.append(Spacer(1, 12 * mm))
    if not sender and g.attendees.staff:
        sender = _names(g.attendees.staff[:1])
    story.append(_p(sender or school_name))
    story.append(_p(school_name, "small"))
    ctx = _context(g, school_name, inv["title"], printed_on, form)
    return build_pdf(story, ctx)
