"""Printed products of a zorggesprek (seed 003, l.5524-5640).

(a) the SMART agreement form, (b) the gespreksverslag with its signature block,
(c) the invitation letter. All wording comes from ``forms/zorggesprek.json``.
Each function takes plain domain dataclasses and returns PDF bytes.

The shared building blocks live in :mod:`conversation_pdf_parts` and the signature
block in :mod:`conversation_pdf_signatures`; this module assembles the documents.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from zorgdesk.domain.conversations.conversation import (
    ConversationKind,
    Phase,
    SignatureStatus,
    Zorggesprek,
    notulist_other_roles,
)
from zorgdesk.domain.printing import PrintedSchool
from zorgdesk.reports.conversation.parts import (
    FORM_NAME,
    agreements_block,
    callout,
    document_context,
    heading_block,
    kv_table,
    names_with_roles,
    phase_title,
    signal_line,
    smart_legend,
    time_text,
)
from zorgdesk.reports.conversation.signatures import signature_block
from zorgdesk.reports.pdf_base import build_pdf, format_date, load_form, text_to_markup
from zorgdesk.reports.pdf_base import markup_paragraph as _pm
from zorgdesk.reports.pdf_base import paragraph as _p

__all__ = ["render_invitation", "render_report", "render_smart_form"]


def render_smart_form(
    conversation: Zorggesprek,
    school: PrintedSchool,
    printed_on: date,
    form: dict | None = None,
) -> bytes:
    """(a) The SMART agreement form: agreements, legend, follow-up and signatures."""
    form = form or load_form(FORM_NAME)
    doc = form["documents"]["smart_form"]
    g = conversation
    story: list[Flowable] = heading_block(doc["title"], g, form)
    story += [
        _p(doc["intro"]),
        Spacer(1, 2 * mm),
        smart_legend(form),
        Spacer(1, 5 * mm),
        *agreements_block(g, form, form["documents"]["report"]["agreements_heading"], "h2"),
        Spacer(1, 4 * mm),
        _follow_up_line(doc["follow_up"], g),
        signature_block(g, form, intro=doc["signature_intro"], prefill=False),
    ]
    ctx = document_context(g, school, doc["title"], printed_on, form)
    return build_pdf(story, ctx)


def render_report(
    conversation: Zorggesprek,
    school: PrintedSchool,
    printed_on: date,
    form: dict | None = None,
) -> bytes:
    """(b) The gespreksverslag: data, signals, phases, agreements, signatures, addenda."""
    form = form or load_form(FORM_NAME)
    story = report_story(conversation, form)
    ctx = document_context(conversation, school, form["documents"]["report"]["title"],
                   printed_on, form)
    return build_pdf(story, ctx)


def report_story(conversation: Zorggesprek, form: dict) -> list[Flowable]:
    """The flowables of the gespreksverslag (also used in the inzage export): heading,
    signals, the phases with their notes, the zwaar statement, signatures, the parents'
    views and the addenda."""
    rep = form["documents"]["report"]
    g = conversation
    story: list[Flowable] = heading_block(rep["title"], g, form)
    story += _signals_part(g, form, rep)
    for phase in Phase:
        story += _phase_part(g, phase, form, rep)
    if g.kind is ConversationKind.ZWAAR:
        story.append(Spacer(1, 3 * mm))
        story.append(callout(rep["zwaar_statement"]))
    story.append(signature_block(g, form))
    story += _parents_views_part(g, rep)
    story += _addenda_part(g, rep)
    return story


def _signals_part(g: Zorggesprek, form: dict, rep: dict) -> list[Flowable]:
    story: list[Flowable] = [_p(rep["signals_heading"], "h2")]
    if g.signals:
        for s in g.signals:
            story.append(_pm(f"•&nbsp;&nbsp;{text_to_markup(signal_line(s, form))}", "body"))
    else:
        story.append(_p(rep["no_signals"], "note"))
    return story


def _phase_part(g: Zorggesprek, phase: Phase, form: dict, rep: dict) -> list[Flowable]:
    """A phase's title and notes; the agreements under 'afspraken', the statement about
    the dossier under 'registratie'."""
    story: list[Flowable] = [CondPageBreak(30 * mm), _p(phase_title(phase.value, form), "h2")]
    note = g.note(phase)
    if note:
        for para in note.split("\n\n"):
            story.append(_p(para))
    elif phase is not Phase.AFSPRAKEN:
        story.append(_p("Geen aantekeningen.", "note"))
    if phase is Phase.AFSPRAKEN:
        story.append(Spacer(1, 2 * mm))
        story += agreements_block(g, form, rep["agreements_heading"])
        story.append(Spacer(1, 2 * mm))
        story.append(_follow_up_line(rep["labels"]["follow_up"], g))
    if phase is Phase.REGISTRATIE:
        story.append(_p(rep["registration_statement"], "small"))
    return story


def _follow_up_line(label: str, g: Zorggesprek) -> Flowable:
    return _pm(
        f"<b>{text_to_markup(label)}:</b> "
        f"{text_to_markup(format_date(g.follow_up_on, long=True) or '–')}"
    )


def _parents_views_part(g: Zorggesprek, rep: dict) -> list[Flowable]:
    """What parents wrote when they signed 'voor gezien'."""
    views = [r for r in g.signatures if r.status is SignatureStatus.GEZIEN and r.parents_view]
    if not views:
        return []
    story: list[Flowable] = [_p(rep["parents_view_heading"], "h2")]
    for r in views:
        story.append(
            _pm(
                f"<b>{text_to_markup(r.signer)}</b>, "
                f"{text_to_markup(format_date(r.signed_on))}:",
                "body",
            )
        )
        story.append(_p(r.parents_view))
    return story


def _addenda_part(g: Zorggesprek, rep: dict) -> list[Flowable]:
    if not g.addenda:
        return []
    story: list[Flowable] = [_p(rep["addenda_heading"], "h2")]
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
    school: PrintedSchool,
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
    other_roles = notulist_other_roles(g)
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
        (labels["time"], time_text(g)),
        (labels["place"], g.place),
        (inv["subject_label"], g.subject),
    ]
    story.append(kv_table(when))
    story.append(Spacer(1, 4 * mm))
    story.append(_p(inv["attendees_label"] + ":", "h3"))
    for person in g.attendees.staff:
        story.append(_pm(f"•&nbsp;&nbsp;{text_to_markup(names_with_roles([person]))}"))
    if g.kind is ConversationKind.ZWAAR:
        if g.attendees.notulist:
            story.append(_pm(f"•&nbsp;&nbsp;{text_to_markup(g.attendees.notulist)} (notulist)"))
        story.append(Spacer(1, 2 * mm))
        if other_roles:  # not independent: say who takes the minutes, claim nothing more
            story.append(_p(f"Het gesprek wordt genotuleerd door {fmt['notulist']}."))
        else:
            story.append(_p(inv["zwaar_notulist"].format(**fmt)))
        story.append(_p(inv["zwaar_together"].format(**fmt)))
    story.append(Spacer(1, 2 * mm))
    story.append(_p(inv["reply"].format(**fmt)))
    story.append(Spacer(1, 6 * mm))
    story.append(_p(inv["closing"]))
    story.append(Spacer(1, 12 * mm))
    if not sender and g.attendees.staff:
        sender = names_with_roles(g.attendees.staff[:1])
    story.append(_p(sender or school.name))
    story.append(_p(school.name, "small"))
    ctx = document_context(g, school, inv["title"], printed_on, form, marked=False)
    return build_pdf(story, ctx)
