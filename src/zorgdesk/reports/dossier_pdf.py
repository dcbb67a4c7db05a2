"""Inzage dossier: the pupil's complete logboek as parents may read it (seed 003, l.4613-4623).

Every entry with its full version history, interpretation visibly labelled as such,
parents' views, correction requests and the sharing trail. Other pupils named in a
shared entry appear only by their initials, also inside free text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from zorgdesk.domain.anonymise.export_names import NameScrubber
from zorgdesk.domain.logbook import (
    INTERPRETATION_LABEL,
    CorrectionRequest,
    EntryKind,
    EntryVersion,
    LogbookEntry,
    ProgressNote,
    SuspicionOutcome,
    Zienswijze,
)
from zorgdesk.domain.logbook.dossier import DossierEntry
from zorgdesk.domain.logbook.objectivity import (
    initials_for,
)
from zorgdesk.domain.printing import PrintedPupil, PrintedSchool
from zorgdesk.domain.sharing import SharingRecord
from zorgdesk.reports.pdf_base import (
    ACCENT,
    GRID,
    INNER_WIDTH,
    DocumentContext,
    build_pdf,
    format_date,
    paragraph,
    styles,
    text_to_markup,
)

__all__ = ["logbook_story", "render_dossier", "sharing_story"]

TITLE = "Inzage leerlingdossier — logboek"
_INTERPRETATION_BG = colors.HexColor("#FFF4D6")
_OLD_BG = colors.HexColor("#F2F2F2")


def _p(text: str, style: str = "cell") -> Paragraph:
    return paragraph(text, style)  # table cells are the common case here


def _cell(text: str) -> list[Flowable]:
    """One Paragraph per line: a split row then re-wraps only the line it cuts."""
    style = styles()["cell"]
    return [Paragraph(text_to_markup(line), style) if line.strip()
            else Spacer(1, style.leading) for line in text.replace("\r\n", "\n").split("\n")]


def _row(label: str, value: str, scrub: NameScrubber) -> list | None:
    value = scrub(value)
    if not value:
        return None
    return [_p(label, "label"), _cell(value)]


def _field_rows(entry: LogbookEntry, signalled_by: str, domain: str, others: Sequence[str],
                scrub: NameScrubber) -> tuple[list[list], int | None]:
    """Table rows for one version; also the row index of the interpretation (for shading)."""
    contacts = "\n".join(
        f"{format_date(c.contact_date)}"
        f"{' ' + c.contact_time.strftime('%H:%M') if c.contact_time else ''}, "
        f"{c.mode}, met {c.with_whom}" + (f": {c.summary}" if c.summary else "")
        for c in entry.parent_contacts)
    parent_agreements = "\n".join(
        f"{a.text} (evaluatie {format_date(a.evaluation_date)})" for a in entry.parent_agreements)
    when = format_date(entry.entry_date) + (f" {entry.entry_time:%H:%M}" if entry.entry_time
                                            else "")
    rows = [
        _row("Datum en tijd", when, scrub),
        _row("Observatiegebied", domain, scrub),
        _row("Locatie", entry.location, scrub),
        _row("Gesignaleerd door", signalled_by, scrub),
        _row("Situatie (feiten)", entry.situation, scrub),
    ]
    interpretation_row = None
    if entry.interpretation:
        rows.append([_p(INTERPRETATION_LABEL, "label"), _cell(scrub(entry.interpretation))])
        interpretation_row = len([r for r in rows if r]) - 1
    rows += [
        _row("Bron", entry.source.display if entry.source else "", scrub),
        _row("Betrokkenen", ", ".join(entry.involved), scrub),
        _row("Betreft ook (initialen)", ", ".join(initials_for(n) for n in others), scrub),
        _row("Actie", entry.action, scrub),
        _row("Afspraken", entry.agreements, scrub),
        _row("Stappen als afspraken niet worden nagekomen", entry.steps_if_not_kept, scrub),
        _row("Contact met ouders", contacts, scrub),
        _row("Afspraken met ouders", parent_agreements, scrub),
        _row("Ouders geïnformeerd", entry.parents_informed_display, scrub),
        _row("Contra-signaal", "Ja: deze informatie spreekt de zorg tegen."
             if entry.counter_signal else "", scrub),
    ]
    return [r for r in rows if r], interpretation_row


def _version_table(version: EntryVersion, item: DossierEntry, scrub: NameScrubber,
                   shaded: bool) -> Table:
    rows, interp = _field_rows(version.content, item.signalled_by, item.domain_label,
                               item.other_pupils, scrub)
    table = Table(rows, colWidths=[45 * mm, INNER_WIDTH - 45 * mm], splitInRow=1)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if shaded:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), _OLD_BG))
    if interp is not None:
        commands.append(("BACKGROUND", (0, interp), (-1, interp), _INTERPRETATION_BG))
    table.setStyle(TableStyle(commands))
    return table


def _when(version: EntryVersion) -> str:
    return version.created_at.astimezone().strftime("%d-%m-%Y %H:%M")


def _progress_flowables(notes: Sequence[ProgressNote], scrub: NameScrubber) -> list[Flowable]:
    if not notes:
        return []
    out: list[Flowable] = [Spacer(1, 2 * mm), _p("Aanvullingen over het verloop", "label")]
    for note in notes:
        at = f" om {note.note_time:%H:%M}" if note.note_time else ""
        outcome = {SuspicionOutcome.CONFIRMED: " Eerder verhaal of vermoeden: bevestigd.",
                   SuspicionOutcome.REFUTED: " Eerder verhaal of vermoeden: ontkracht."
                   }.get(note.outcome, "")
        out.append(KeepTogether([
            _p(f"{format_date(note.note_date)}{at}, vastgelegd door {note.author}", "note"),
            _p(scrub(note.text) + outcome, "body")]))
    return out


def _entry_flowables(item: DossierEntry, scrub: NameScrubber) -> list[Flowable]:
    current = item.history.current
    entry = current.content
    time_text = f" om {entry.entry_time:%H:%M}" if entry.entry_time else ""
    heading = f"{format_date(entry.entry_date, long=True)}{time_text}"
    if entry.kind is not EntryKind.OBSERVATION:
        heading += f" — {entry.kind}"
    # The number a signalenlijst or meldcode dossier names a note by ('16-11-2026
    # (nr. 23)'): without it here a parent reading the inzage could not find that note.
    heading += f" · nr. {item.history.entry_id}"
    meta = f"Vastgelegd door {current.author} op {_when(current)}"
    if item.history.is_amended:
        meta = (f"Versie {current.version_no} (gecorrigeerd) — {meta}. "
                f"Reden van de correctie: {current.reason}")
    out: list[Flowable] = [
        KeepTogether([_p(heading, "h3"), _p(meta, "small"),
                      _version_table(current, item, scrub, shaded=False)]),
    ]
    out += _progress_flowables(item.progress, scrub)
    out += [_p(f"Afspraak '{scrub(e.agreement_text)}' geëvalueerd op "
               f"{format_date(e.evaluated_on)} ({e.recorded_by})"
               + (f": {scrub(e.note)}" if e.note else "."), "note") for e in item.evaluations]
    for old in reversed(item.history.history):
        label = (f"Eerdere versie {old.version_no}, vastgelegd door {old.author} op "
                 f"{_when(old)}" + (f"; reden: {old.reason}" if old.reason else ""))
        out += [Spacer(1, 2 * mm), _p(label, "note"),
                _version_table(old, item, scrub, shaded=True)]
    out.append(Spacer(1, 5 * mm))
    return out


def render_dossier(
    pupil: PrintedPupil,
    school: PrintedSchool,
    printed_on: date,
    entries: Sequence[DossierEntry],
    zienswijzen: Sequence[Zienswijze],
    requests: Sequence[CorrectionRequest],
    sharing: Sequence[SharingRecord],
    known_other_names: Iterable[str] = (),
    scrub: NameScrubber | None = None,
) -> bytes:
    """The inzage PDF; ``entries`` oldest first.

    ``scrub`` removes every other person's name (``services.anonymise.export_names``);
    without it, ``known_other_names`` (full names of the other pupils) are reduced to
    initials wherever they were typed into free text.
    """
    if scrub is None:
        sharing_pupils = {n for e in entries for n in e.other_pupils}
        scrub = NameScrubber(sorted(sharing_pupils | set(known_other_names)), sharing_pupils)
    s = styles()
    story: list[Flowable] = [
        Paragraph(text_to_markup(TITLE), s["title"]),
        _p("Dit overzicht bevat alle notities uit het logboek over deze leerling, met elke "
           "eerdere versie. Gedeelten onder het kopje "
           f"'{INTERPRETATION_LABEL}' zijn geen feiten maar een interpretatie, vermoeden of "
           "verhaal van iemand anders. Andere leerlingen staan er alleen met hun initialen in. "
           "Ouders kunnen hun zienswijze laten toevoegen en schriftelijk om correctie vragen; "
           "een verzoek wordt binnen 4 weken beantwoord.", "body"),
    ]
    story += logbook_story(entries, zienswijzen, requests, scrub)
    story.append(Paragraph("Verstrekkingen (met wie is informatie gedeeld)", s["h2"]))
    story += sharing_story(sharing, scrub)
    ctx = DocumentContext(school=school, document_title=TITLE, pupil=pupil,
                          printed_on=printed_on)
    return build_pdf(story, ctx)


def logbook_story(entries: Sequence[DossierEntry], zienswijzen: Sequence[Zienswijze],
                  requests: Sequence[CorrectionRequest], scrub: NameScrubber) -> list[Flowable]:
    """Logboek entries (every version), parents' views and correction requests."""
    s = styles()
    story: list[Flowable] = [Paragraph("Logboek", s["h2"])]
    if not entries:
        story.append(_p("Er staan geen notities in het logboek.", "body"))
    for item in entries:
        story += _entry_flowables(item, scrub)

    story.append(Paragraph("Zienswijze van ouders", s["h2"]))
    if not zienswijzen:
        story.append(_p("Er is geen zienswijze toegevoegd.", "body"))
    for z in zienswijzen:
        story += [_p(f"Ontvangen op {format_date(z.received)} van {scrub(z.given_by)}"
                     f" (vastgelegd door {z.recorded_by})", "label"),
                  _p(scrub(z.text), "body")]

    story.append(Paragraph("Verzoeken om correctie", s["h2"]))
    if not requests:
        story.append(_p("Er zijn geen verzoeken om correctie ontvangen.", "body"))
    for r in requests:
        answer = (f"Beantwoord op {format_date(r.answered_on)}: {r.outcome}"
                  + (f". Motivering: {scrub(r.motivation)}" if r.motivation else "")
                  if r.answered_on else f"Nog niet beantwoord; uiterlijk {format_date(r.due)}.")
        story += [_p(f"Ontvangen op {format_date(r.received)} van {scrub(r.requested_by)}",
                     "label"), _p(scrub(r.request), "body"), _p(answer, "note")]
        story += [_p(f"{c.description} Grondslag: {scrub(c.grondslag)} (door {c.recorded_by}"
                     f" op {format_date(c.recorded_at.date())})", "note") for c in r.changes]
        story += [_p(f"{a.dossier_line} (door {a.recorded_by} op "
                     f"{format_date(a.recorded_at.date())})", "note") for a in r.supplements
                  if a.recorded_at is not None]

    return story


def sharing_story(sharing: Sequence[SharingRecord], scrub: NameScrubber) -> list[Flowable]:
    """The sharing trail as one table (or a sentence when nothing was shared)."""
    story: list[Flowable] = []
    if not sharing:
        story.append(_p("Er is geen informatie over deze leerling gedeeld.", "body"))
    else:
        rows = [[_p(h, "cell_bold") for h in ("Datum", "Met wie", "Wat", "Grondslag")]]
        rows += [[_p(format_date(r.shared_on)), _p(scrub(r.shared_with)), _p(scrub(r.what)),
                  _p(scrub(r.basis))] for r in sharing]
        table = Table(rows, colWidths=[25 * mm, 40 * mm, INNER_WIDTH - 113 * mm, 48 * mm],
                      repeatRows=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
        ]))
        story.append(table)
    return story
