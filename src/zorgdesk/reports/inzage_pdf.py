"""The inzage PDF: one document with everything the school holds about one pupil.

A cover page (school, pupil, date and author of the export, contents with counts),
then one section per feature, built from the same flowables as the separate reports
(dossier_pdf, signals_pdf, conversation_pdf, meldcode_pdf). The export passed in is
already scrubbed: other pupils appear only by their initials.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from zorgdesk.domain.attachments.records import RECORD_LABELS, RecordKind
from zorgdesk.domain.inzage import InzageConversation, InzageExport
from zorgdesk.domain.peer_incident.descriptions import describe, event_date
from zorgdesk.domain.printing import PrintedPupil
from zorgdesk.reports.conversation.pdf import report_story
from zorgdesk.reports.dossier_pdf import logbook_story, sharing_story
from zorgdesk.reports.meldcode_pdf import meldcode_story
from zorgdesk.reports.pdf_base import (
    ACCENT,
    GRID,
    INNER_WIDTH,
    SHADE,
    DocumentContext,
    LateParagraph,
    build_pdf,
    format_date,
)
from zorgdesk.reports.pdf_base import paragraph as _p
from zorgdesk.reports.signals_pdf import check_story

__all__ = ["SECTIONS", "TITLE", "render_inzage"]

TITLE = "Inzage leerlingdossier — volledige export"
SECTIONS = (
    "1. Basisgegevens",
    "2. Logboek",
    "3. Signalenlijsten",
    "4. Zorggesprekken",
    "5. Meldcode",
    "6. Incidenten",
    "7. Verstrekkingen",
    "8. Bijlagen",
)


def _table(rows: list[list[str | Flowable]], widths: list[float], header: bool = True) -> Table:
    data = [[_p(c, "cell_bold" if header and i == 0 else "cell") if isinstance(c, str) else c
             for c in row] for i, row in enumerate(rows)]
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    commands = [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:  # a rule as well as a shade: readable when printed in black and white
        commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE),
                     ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT)]
    table.setStyle(TableStyle(commands))
    return table


def _counted(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


_WORDS = {  # count key -> (singular, plural)
    "guardians": ("ouder/verzorger", "ouders/verzorgers"),
    "siblings": ("broer/zus", "broers/zussen"),
    "logbook_entries": ("notitie", "notities"),
    "logbook_versions": ("versie", "versies"),
    "logbook_progress_notes": ("aanvulling over het verloop", "aanvullingen over het verloop"),
    "zienswijzen": ("zienswijze", "zienswijzen"),
    "correction_requests": ("correctieverzoek", "correctieverzoeken"),
    "signal_checks": ("lijst", "lijsten"),
    "ticked_signals": ("aangekruist signaal", "aangekruiste signalen"),
    "flag_assessments": ("vlaggenbeoordeling", "vlaggenbeoordelingen"),
    "conversations": ("gesprek", "gesprekken"),
    "conversation_addenda": ("aanvulling", "aanvullingen"),
    "conversation_scans": ("scan", "scans"),
    "conversation_status_events": ("statuswijziging", "statuswijzigingen"),
    "conversation_action_events": ("opgevolgde afspraak", "opgevolgde afspraken"),
    "meldcode_trajectories": ("traject", "trajecten"),
    "meldcode_events": ("vastlegging", "vastleggingen"),
    "incidents": ("incident", "incidenten"),
    "incident_events": ("vastlegging", "vastleggingen"),
    "sharing_records": ("verstrekking", "verstrekkingen"),
    "attachments": ("bijlage", "bijlagen"),
}
_SECTION_COUNTS = (
    ("leerling, {guardians}, {siblings}"),
    ("{logbook_entries} ({logbook_versions}), {logbook_progress_notes}, {zienswijzen}, "
     "{correction_requests}"),
    ("{signal_checks} ({ticked_signals}), {flag_assessments}"),
    ("{conversations}, {conversation_status_events}, {conversation_action_events}, "
     "{conversation_addenda}, {conversation_scans}"),
    ("{meldcode_trajectories} ({meldcode_events})"),
    ("{incidents} ({incident_events})"),
    ("{sharing_records}"),
    ("{attachments}"),
)


def _contents(counts: dict[str, int]) -> list[tuple[str, str]]:
    words = {k: _counted(n, *_WORDS[k]) for k, n in counts.items()}
    return [(title, line.format(**words))
            for title, line in zip(SECTIONS, _SECTION_COUNTS, strict=True)]


class _SectionMark(Flowable):
    """Invisible; remembers on which page its section starts (for the contents table)."""

    def __init__(self, title: str, pages: dict[str, int]) -> None:
        super().__init__()
        self.title, self.pages = title, pages

    def wrap(self, *_args) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages.setdefault(self.title, self.canv.getPageNumber())


def _section(n: int, pages: dict[str, int]) -> list[Flowable]:
    return [_SectionMark(SECTIONS[n], pages), _p(SECTIONS[n], "title")]


def _page_of(title: str, pages: dict[str, int]) -> LateParagraph:
    """The page where ``title`` starts, printed once the whole document is laid out."""
    return LateParagraph(lambda: str(pages.get(title, "–")), "cell")


def _cover(x: InzageExport, pages: dict[str, int]) -> list[Flowable]:
    p = x.pupil
    who = [["Gegeven", "Waarde"], ["School", x.school.name], ["Leerling", p.display_name],
           ["Geboortedatum", format_date(p.date_of_birth)], ["Groep", p.group_name or "–"],
           ["Datum van de export", format_date(x.exported_on, long=True)],
           ["Geëxporteerd door", x.exported_by]]
    contents = [["Onderdeel", "Inhoud", "Pagina"],
                *[[title, line, _page_of(title, pages)]
                  for title, line in _contents(x.counts())]]
    return [
        _p(TITLE, "title"),
        _p("Dit document bevat alles wat de school in ZorgDesk over deze leerling heeft "
           "vastgelegd: basisgegevens, logboek (met elke eerdere versie en de reden van elke "
           "correctie), signalenlijsten, zorggesprekken, het meldcodedossier, incidenten "
           "tussen leerlingen, met wie "
           "informatie is gedeeld en de bijlagen. Andere leerlingen staan er alleen met "
           "hun initialen in. Hetzelfde staat machineleesbaar in het bijbehorende JSON-bestand."),
        Spacer(1, 3 * mm), _table(who, [50 * mm, INNER_WIDTH - 50 * mm]),
        _p("Inhoud", "h2"), _table(contents, [45 * mm, INNER_WIDTH - 63 * mm, 18 * mm]),
        PageBreak(),
    ]


def _basedata(x: InzageExport, pages: dict[str, int]) -> list[Flowable]:
    p = x.pupil
    # The nicknames the IB recorded are data about the child (issue 16): in the inzage.
    also = [["Ook genoemd", ", ".join(p.nicknames)]] if p.nicknames else []
    story: list[Flowable] = [*_section(0, pages), _table([
        ["Gegeven", "Waarde"], ["Naam", p.display_name], *also,
        ["Geboortedatum", format_date(p.date_of_birth)], ["Geslacht", p.gender or "–"],
        ["Groep", p.group_name or "–"], ["Op school sinds", format_date(p.start_date)],
        ["Vertrokken op", format_date(p.leave_date) or "–"]],
        [50 * mm, INNER_WIDTH - 50 * mm]), _p("Ouders en verzorgers", "h2")]
    if x.guardians:
        rows = [["Naam", "Relatie", "Telefoon", "E-mail", "Gezag"]]
        rows += [[g.name + (f" (ook genoemd: {', '.join(g.nicknames)})" if g.nicknames else "")
                  + ("" if g.active else " (niet meer actief)"), g.relation,
                  g.phone or "–", g.email or "–", "ja" if g.parental_authority else "nee"]
                 for g in x.guardians]
        story.append(_table(rows, [42 * mm, 24 * mm, 28 * mm, INNER_WIDTH - 112 * mm, 18 * mm]))
    else:
        story.append(_p("Er zijn geen ouders of verzorgers vastgelegd."))
    story.append(_p("Broers en zussen op school (initialen)", "h2"))
    if x.siblings:
        story.append(_table([["Initialen", "Relatie"], *[list(s) for s in x.siblings]],
                            [50 * mm, INNER_WIDTH - 50 * mm]))
    else:
        story.append(_p("Er zijn geen broers of zussen op school vastgelegd."))
    return story


def _signals(x: InzageExport, pages: dict[str, int]) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), *_section(2, pages)]
    if not x.checks:
        story.append(_p("Er zijn geen signalenlijsten ingevuld."))
    for check in x.checks:
        story += [*check_story(check), Spacer(1, 6 * mm)]
    story += [CondPageBreak(40 * mm), _p("Beoordelingen met het vlaggensysteem", "h2")]
    if not x.flags:
        story.append(_p("Er zijn geen beoordelingen met het vlaggensysteem vastgelegd."))
    for f in x.flags:
        story += [_p(f"{format_date(f.assessed_on)} — {f.assessed_by}", "h3"),
                  _p(f"Gedrag: {f.behaviour}"),
                  _p(f"Voorgestelde vlag: {f.suggested_flag}. {f.suggestion_reasoning}"),
                  _p(f"Vastgestelde vlag: {f.confirmed_flag}"
                     + (f". Reden van afwijken: {f.override_reason}" if f.override_reason
                        else ""))]
    return story


def _follow_up(c: InzageConversation) -> list[Flowable]:
    """Every hand-out/signature step and how the agreements were followed up."""
    story: list[Flowable] = []
    if c.status_events:
        rows = [["Datum", "Wie", "Status", "Plaats / zienswijze"]]
        rows += [[format_date(e.on), e.signer, e.status,
                  " — ".join(t for t in (e.place, e.parents_view) if t) or "–"]
                 for e in c.status_events]
        story += [_p("Uitreiken en ondertekenen", "h3"),
                  _table(rows, [25 * mm, 40 * mm, 40 * mm, INNER_WIDTH - 105 * mm])]
    if c.action_events:
        rows = [["Afspraak", "Uitkomst", "Datum", "Toelichting"]]
        rows += [[f"nr. {e.agreement_no}", e.outcome, format_date(e.on), e.note or "–"]
                 for e in c.action_events]
        story += [_p("Opvolging van de afspraken", "h3"),
                  _table(rows, [20 * mm, 34 * mm, 25 * mm, INNER_WIDTH - 79 * mm])]
    return story


def _conversations(x: InzageExport, form: dict, pages: dict[str, int]) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), *_section(3, pages)]
    if not x.conversations:
        story.append(_p("Er zijn geen zorggesprekken vastgelegd."))
    for n, c in enumerate(x.conversations):
        if n:
            story.append(PageBreak())
        story += report_story(c.stored.gesprek, form)
        story += [_p(f"Status: {c.stored.status_text}", "note"), *_follow_up(c),
                  _p("Gescande documenten", "h3")]
        if c.scans:
            rows = [["Bestand", "Grootte", "Toegevoegd op"]]
            rows += [[s.filename, f"{max(1, round(s.size / 1024))} kB", str(s.recorded_at)[:10]]
                     for s in c.scans]
            story += [_table(rows, [INNER_WIDTH - 70 * mm, 30 * mm, 40 * mm]),
                      _p("De scans zelf staan in het JSON-bestand (base64).", "small")]
        else:
            story.append(_p("Bij dit gesprek zijn geen scans bewaard.", "note"))
    return story


def _meldcode(x: InzageExport, link_title: Callable[[str, str], str] | None,
              pages: dict[str, int]) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), *_section(4, pages)]
    if not x.trajectories:
        story.append(_p("Er is geen meldcodetraject gestart."))
    for n, (_tid, meldcode) in enumerate(x.trajectories, start=1):
        if n > 1:
            story.append(PageBreak())
        story += [_p(f"Traject {n}", "h2"), *meldcode_story(meldcode.state, link_title,
                                                              today=x.exported_on)]
    return story


def _incidents(x: InzageExport, pages: dict[str, int]) -> list[Flowable]:
    """Per incident: the incident-wide events and this pupil's own (never another
    pupil's role, flag, conversation or letter), names of others already scrubbed."""
    story: list[Flowable] = [PageBreak(), *_section(5, pages)]
    if not x.incidents:
        return [*story, _p("Deze leerling is niet betrokken geweest bij een incident "
                           "tussen leerlingen.")]
    story.append(_p("Incidenten tussen leerlingen (grensoverschrijdend gedrag): wat over het "
                    "hele incident is vastgelegd en wat over deze leerling. Wat over andere "
                    "betrokken leerlingen is vastgelegd, staat in hun eigen dossier.", "small"))
    own = {x.pupil.id: "deze leerling"}
    for n, (_iid, events) in enumerate(x.incidents, start=1):
        rows = [["Datum", "Vastlegging"]]
        rows += [[format_date(event_date(e)), describe(e, own)] for e in events]
        story += [_p(f"Incident {n}", "h2"),
                  _table(rows, [24 * mm, INNER_WIDTH - 24 * mm])]
    return story


_FILE_KINDS = {"pdf": "PDF", "png": "afbeelding", "jpeg": "afbeelding", "eml": "e-mail",
               "msg": "e-mail (Outlook)"}


def _day(stamp: object) -> str:
    return format_date(date.fromisoformat(str(stamp)[:10]))


def _attachment_status(a: Any) -> str:
    if not a.removed:
        return "in het dossier"
    return (f"uit het dossier gehaald op {_day(a.removed_at)} door {a.removed_by}: "
            f"{a.removed_reason}")


def _attached_to(a: Any, x: InzageExport) -> str:
    """The record an attachment belongs to, as the IB names it: a signalenlijst by the
    pupil's own count and day (as section 3 heads it), a zorggesprek by its day; the
    vault's id of those is no number the IB or the parents know."""
    kind = RecordKind(a.record_kind)
    if kind is RecordKind.SIGNALENLIJST:
        check = next((c for c in x.checks if c.id == a.record_id), None)
        if check is not None:
            return check.name
    if kind is RecordKind.ZORGGESPREK:
        talk = next((c.stored for c in x.conversations if c.stored.id == a.record_id), None)
        if talk is not None:
            return f"zorggesprek van {format_date(talk.gesprek.on)}"
    return f"{RECORD_LABELS[kind]} {a.record_id}"


def _attachments(x: InzageExport, pages: dict[str, int]) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), *_section(7, pages)]
    if not x.attachments:
        return [*story, _p("Bij deze leerling zijn geen bijlagen bewaard.")]
    rows = [["Bij", "Bestand", "Soort, grootte", "Toegevoegd", "Status"]]
    rows += [[_attached_to(a, x), a.filename,
              f"{_FILE_KINDS[str(a.file_kind)]}, {max(1, round(a.size / 1024))} kB",
              f"{_day(a.recorded_at)} door {a.recorded_by}", _attachment_status(a)]
             for a in x.attachments]
    widths = [30 * mm, 42 * mm, 28 * mm, 34 * mm]
    return [*story, _table(rows, [*widths, INNER_WIDTH - sum(widths)]),
            _p("De bestanden zelf staan in het JSON-bestand (base64), ook die uit het "
               "dossier zijn gehaald: zij blijven tot het einde van de bewaartermijn.",
               "small")]


def render_inzage(x: InzageExport, form: dict,
                  link_title: Callable[[str, str], str] | None = None) -> bytes:
    """``x`` holds everything about the pupil, already scrubbed of other people's names.

    Laid out once: the contents table on the cover shows on which page each section
    starts through LateParagraph, filled in when every page is known (this used to be a
    second full layout pass, half the time of a 400-page export).
    """
    ctx = DocumentContext(x.school, TITLE, PrintedPupil.of(x.pupil), x.exported_on)
    found: dict[str, int] = {}
    story = [*_cover(x, found), *_basedata(x, found), PageBreak(), *_section(1, found),
             *logbook_story(x.logbook, x.zienswijzen, x.correction_requests, x.scrub),
             *_signals(x, found), *_conversations(x, form, found),
             *_meldcode(x, link_title, found), *_incidents(x, found),
             PageBreak(), *_section(6, found),
             *sharing_story(x.sharing, x.scrub), *_attachments(x, found)]
    return build_pdf(story, ctx)
