"""Printed dossier meldcode: the seed form "Rapportage meldcode" plus the full history.

All twelve fields of the form (seeds/003 l.5273-5318) come from
:func:`zorgdesk.domain.meldcode.rapportage.rapportage_meldcode` (the dossier plus what the
IB typed in the wizard). The status lists the Veilig Thuis deadline, open questions and
decisions that differ from the afwegingskader. The history lists every event in order:
when, who, which step, what was recorded and the reasoning, with linked records quoted
whole (a recorded fact is never cut off) and without the vault's internal numbers.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from zorgdesk.domain.meldcode import (
    STEP1_QUESTIONS,
    ConversationSkipReason,
    EventKind,
    MeldcodeEvent,
    MeldcodeState,
    ParentsNotInformedReason,
    Question,
    Step,
    describe_event,
)
from zorgdesk.domain.meldcode.rapportage import (
    RAPPORTAGE_FIELDS,
    TYPED_FIELDS,
    dossier_facts,
    rapportage_meldcode,
)
from zorgdesk.domain.printing import PrintedPupil, PrintedSchool
from zorgdesk.reports.pdf_base import (
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

__all__ = ["render_meldcode_dossier"]

TITLE = "Rapportage meldcode"

# Dutch captions of the answer fields shown in the history (the rest are self-evident).
FIELD_LABELS: dict[str, str] = {
    **{key: question for key, question in STEP1_QUESTIONS.items()},
    "leader": "Aandachtsfunctionaris",
    "start_date": "Startdatum",
    "contra_signalen": "Contra-signalen",
    "done": "Uitgevoerd",
    "note": "Toelichting",
    "siblings": "Broers/zussen op school",
    "with_whom": "Met wie",
    "date": "Datum",
    "advice": "Advies",
    "anonymous": "Anoniem",
    "vt_dossier_number": "Dossiernummer Veilig Thuis",
    "organisation": "Organisatie (sociale kaart)",
    "contact_person": "Contactpersoon",
    "question": "Vraag",
    "next_steps": "Vervolgstappen",
    "responsibilities": "Wie is verantwoordelijk voor wat",
    "bevoegd_gezag_informed": "Bevoegd gezag geïnformeerd",
    "disclosure": "Het kind heeft zich uitgesproken",
    "help_description": "Welke hulp",
    "help_term": "Termijn",
    "help_responsible": "Verantwoordelijke",
    "help_provider": "Hulp via (sociale kaart)",
    "monitoring_agreements": "Afspraken over monitoren",
    "description": "Welke hulp",
    "term": "Termijn",
    "responsible": "Verantwoordelijke",
    "provider": "Hulp via (sociale kaart)",
    "how": "Hoe",
    "by_whom": "Door wie",
    "vt_reference": "Kenmerk Veilig Thuis",
    "summary": "Inhoud",
    "text": "Nazorg / evaluatie",
    "agreements": "Afspraken",
    **{key: label for key, (label, _help) in TYPED_FIELDS.items()},
}
# Already in describe_event's line, or internal.
_SKIP_FIELDS = {"pupil_id", "value", "reason_category", "to_step", "with_veilig_thuis",
                "signal_check_ids", "logboek_ids", "zorggesprek_id", "soort_zorg"}


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, tuple | list):
        return ", ".join(_value(v) for v in value) or "geen"
    return str(value)


def event_details(event: MeldcodeEvent,
                  link_title: Callable[[str, str], str] | None = None) -> list[str]:
    """Dutch 'Veld: waarde' lines for one event, links resolved to their titles."""
    title = link_title or (lambda source, rid: f"{source} {rid}")
    a = event.answer
    lines = []
    if event.kind is EventKind.GESTART:
        lines.append(f"Aandachtsfunctionaris: {a.get('leader', '')}")
        lines.append(f"Startdatum: {_value(a.get('start_date'))}")
        return lines
    for source, key in (("signals", "signal_check_ids"), ("logbook", "logboek_ids")):
        for rid in a.get(key, ()):
            lines.append(f"Gekoppeld: {title(source, rid)}")
    if a.get("zorggesprek_id"):
        lines.append(f"Gekoppeld: {title('conversations', a['zorggesprek_id'])}")
    order = list(FIELD_LABELS)
    keys = sorted(a, key=lambda k: order.index(k) if k in order else len(order))
    for key in keys:
        value = a[key]
        if key in _SKIP_FIELDS or key == "leader" or value in ("", None):
            continue
        if event.kind is EventKind.AFWEGINGSVRAAG and key == "question":
            continue
        label = FIELD_LABELS.get(key, key)
        sep = " " if label.endswith("?") else ": "
        lines.append(f"{label}{sep}{_value(value)}")
    return lines


def _form_table(fields: Mapping[str, str]) -> Table:
    s = styles()
    rows = [[Paragraph(text_to_markup(name), s["cell_bold"]),
             Paragraph(text_to_markup(fields.get(name, "")) or "&nbsp;<br/>&nbsp;", s["cell"])]
            for name in RAPPORTAGE_FIELDS]
    table = Table(rows, colWidths=[48 * mm, INNER_WIDTH - 48 * mm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (0, -1), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _status(state: MeldcodeState, today: date) -> list[Flowable]:
    lines = [f"Huidige stap: {state.current_step.title}",
             f"Uitkomst afwegingskader: {state.outcome.label}"]
    if state.meldnorm:
        lines.append(f"Meldnorm: {state.meldnorm}")
    if state.closed and state.closed_at:
        lines.append(f"Afgesloten op {format_date(state.closed_at.date())}")
    for question, qa in sorted(state.answers.items()):
        lines.append(f"Vraag {int(question)} ({question.text.split(':')[0]}): "
                     f"{qa.answer.value} – {qa.reasoning}")
    out = [_p(line) for line in lines]
    facts = dossier_facts(state, today)
    for heading, texts in (("Termijn Veilig Thuis", (facts.vt_deadline, *facts.overdue)),
                           ("Open vragen", facts.open_questions),
                           ("Afwijking van het afwegingskader", facts.deviations)):
        texts = [t for t in texts if t]
        if texts:
            out.append(_p(heading, "h3"))
            out += [_p(text) for text in texts]
    return out


def _history(state: MeldcodeState, link_title) -> list[Flowable]:
    s = styles()
    out: list[Flowable] = []
    current: Step | None = None
    for number, event in enumerate(state.events, start=1):
        block: list[Flowable] = []
        if event.step is not current:
            current = event.step
            block.append(_p(current.title, "h3"))  # in the block: never orphaned at a page end
        head = f"{number}. {event.timestamp:%d-%m-%Y %H:%M} · {event.author}"
        block += [Paragraph(text_to_markup(head), s["label"]), _p(describe_event(event))]
        if event.kind is EventKind.AFWEGINGSVRAAG:
            with contextlib.suppress(ValueError):
                block.append(_p(Question(event.answer.get("question")).text, "note"))
        block += [_p(line, "cell") for line in event_details(event, link_title)]
        block.append(Spacer(1, 2 * mm))
        out.append(KeepTogether(block))
    return out


def render_meldcode_dossier(
    state: MeldcodeState,
    pupil: PrintedPupil,
    school: PrintedSchool,
    printed_on: date,
    link_title: Callable[[str, str], str] | None = None,
    fields: Mapping[str, str] | None = None,
    source: str = "",
) -> bytes:
    """The complete dossier meldcode as PDF bytes (form, status, chronological history).

    ``source`` cites the publication the form "Rapportage meldcode" comes from.
    """
    story: list[Flowable] = [_p(TITLE, "title"),
                             *meldcode_story(state, link_title, fields, printed_on)]
    if source:
        story.append(_p(f"Formulier naar: {source}", "note"))
    ctx = DocumentContext(school=school, document_title=TITLE, pupil=pupil,
                          printed_on=printed_on)
    return build_pdf(story, ctx)


def meldcode_story(state: MeldcodeState,
                   link_title: Callable[[str, str], str] | None = None,
                   fields: Mapping[str, str] | None = None,
                   today: date | None = None) -> list[Flowable]:
    """Form, status, history and reasons of one trajectory (also used in the inzage export).

    ``fields``: the twelve form fields (the service adds the people the vault knows);
    without them the form is built from the trajectory alone.
    """
    today = today or date.today()
    story: list[Flowable] = [
        _p("Dossier meldcode huiselijk geweld en kindermishandeling.", "note"),
        _p("Formulier", "h2"),
        _form_table(fields if fields is not None else rapportage_meldcode(state, (), today)),
        # A few short lines that are read as one: never split over two pages.
        KeepTogether([_p("Stand van het dossier", "h2"), *_status(state, today)]),
        _p("Verloop: elke vastlegging met wie, wanneer en waarom", "h2"),
        *_history(state, link_title),
    ]
    # The reasons a step was skipped or parents were not informed are legally loaded:
    # repeat them in one place so a reader does not have to search the history.
    reasons = []
    for event in state.events:
        if event.kind is EventKind.GESPREK_OVERGESLAGEN:
            label = ConversationSkipReason(event.answer["reason_category"]).label
            reasons.append(f"Gesprek met ouders niet gevoerd: {label}. {event.reasoning}")
        if event.kind is EventKind.OUDERS_NIET_GEINFORMEERD:
            label = ParentsNotInformedReason(event.answer["reason_category"]).label
            reasons.append(f"Ouders niet vooraf geïnformeerd: {label}. {event.reasoning}")
    if reasons:
        story += [_p("Vastgelegde redenen om af te wijken", "h2"), *[_p(r) for r in reasons]]
    return story
