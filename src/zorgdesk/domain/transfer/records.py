"""Each kind of record as printed lines (``Field``) for the overdrachtsdossier.

Pure functions over the features' own domain objects. Only what the receiving school
needs to continue the care goes in: the current version of a logboek note (not its
correction history, which is a matter for the parents' inzage), the ticked signals of a
signalenlijst, a zorggesprek with its agreements, and the course of a meldcode
trajectory. Empty fields are left out. Names are removed afterwards, by the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from zorgdesk.domain.conversations.conversation import Phase, Zorggesprek
from zorgdesk.domain.logbook import INTERPRETATION_LABEL, LogbookEntry, ProgressNote
from zorgdesk.domain.signals.check import SignalCheck
from zorgdesk.domain.transfer.model import Field, RecordKind, RecordRef, TransferRecord

__all__ = ["conversation_record", "logbook_record", "meldcode_record", "signals_record"]


def _d(day: date | None) -> str:
    return f"{day:%d-%m-%Y}" if day else ""


def _fields(pairs: Iterable[tuple[str, str]]) -> tuple[Field, ...]:
    return tuple(Field(label, text.strip()) for label, text in pairs if text and text.strip())


def logbook_record(entry_id: int, entry: LogbookEntry, signalled_by: str, domain_label: str,
                   progress: Sequence[ProgressNote] = ()) -> TransferRecord:
    when = _d(entry.entry_date) + (f" {entry.entry_time:%H:%M}" if entry.entry_time else "")
    contacts = "\n".join(
        f"{_d(c.contact_date)}{' ' + c.contact_time.strftime('%H:%M') if c.contact_time else ''}"
        f", {c.mode}, met {c.with_whom}" + (f": {c.summary}" if c.summary else "")
        for c in entry.parent_contacts)
    agreements = "\n".join(f"{a.text} (evaluatie {_d(a.evaluation_date)})"
                           for a in entry.parent_agreements)
    verloop = "\n".join(
        f"{_d(n.note_date)}: {n.text}" + (f" (eerder verhaal of vermoeden {n.outcome.value})"
                                          if n.outcome.value else "")
        for n in progress)
    fields = _fields([
        ("Datum en tijd", when),
        ("Observatiegebied", domain_label),
        ("Locatie", entry.location),
        ("Gesignaleerd door", signalled_by),
        ("Soort", "Contra-signaal: een waarneming die de zorg tegenspreekt"
         if entry.counter_signal else ""),
        ("Situatie (feiten)", entry.situation),
        (INTERPRETATION_LABEL, entry.interpretation),
        ("Bron", entry.source.display if entry.source else ""),
        ("Betrokkenen (initialen)", ", ".join(entry.involved)),
        ("Actie", entry.action),
        ("Afspraken", entry.agreements),
        ("Stappen als afspraken niet worden nagekomen", entry.steps_if_not_kept),
        ("Contacten met ouders", contacts),
        ("Afspraken met ouders", agreements),
        ("Aanvullingen over het verloop", verloop),
    ])
    return TransferRecord(RecordRef(RecordKind.LOGBOEK, entry_id), entry.entry_date,
                          f"Logboeknotitie van {_d(entry.entry_date)}", fields)


def signals_record(check: SignalCheck) -> TransferRecord:
    signals = [t for t in check.ticks if not t.contra]
    contra = [t for t in check.ticks if t.contra]

    def lines(ticks) -> str:
        return "\n".join(f"{t.group_title}: {t.text}" + (f" — {t.note}" if t.note else "")
                         for t in ticks)

    fields = _fields([
        ("Lijst", check.catalogue_title),
        ("Ingevuld op", _d(check.checked_on)),
        ("Ingevuld door", check.checked_by),
        ("Aangekruiste signalen", lines(signals) or "Geen signalen aangekruist."),
        ("Contra-signalen", lines(contra)),
        ("Toelichting", "Een signaal is een waarneming, geen bewijs of conclusie."),
    ])
    return TransferRecord(RecordRef(RecordKind.SIGNALENLIJST, check.id), check.checked_on,
                          f"Signalenlijst van {_d(check.checked_on)}", fields)


def conversation_record(conversation_id: int, g: Zorggesprek, status: str) -> TransferRecord:
    present = [f"{s.name} ({s.role})" if s.role else s.name for s in g.attendees.staff]
    present += [f"{p.name} ({p.relation})" if p.relation else p.name
                for p in g.attendees.guardians]
    agreements = "\n".join(
        f"{n}. {a.what}"
        + (f" — wie: {a.who}" if a.who else "")
        + (f"; uiterlijk {_d(a.by_when)}" if a.by_when else "")
        + (f"; zo zien we dat het werkt: {a.measure}" if a.measure else "")
        for n, a in enumerate(g.agreements, start=1))
    fields = _fields([
        ("Soort gesprek", g.kind.label),
        ("Datum", _d(g.on) + (f" {g.at:%H:%M}" if g.at else "")),
        ("Onderwerp", g.subject),
        ("Aanwezig", ", ".join(present)),
        ("Besproken signalen", "\n".join(s.text for s in g.signals)),
        *((phase.title, g.note(phase)) for phase in Phase),
        ("Afspraken (SMART)", agreements),
        ("Vervolgafspraak of evaluatie", _d(g.follow_up_on)),
        ("Aanvullingen", "\n".join(f"{_d(a.on)}: {a.text}" for a in g.addenda)),
        ("Ondertekening", status),
    ])
    return TransferRecord(RecordRef(RecordKind.ZORGGESPREK, conversation_id), g.on,
                          f"Zorggesprek van {_d(g.on)}: {g.subject}", fields)


def meldcode_record(trajectory_id: int, started: date, summary: Sequence[tuple[str, str]],
                    events: Sequence[tuple[date, str, Sequence[str]]]) -> TransferRecord:
    """``summary``: (label, text) of the trajectory's state; ``events``: per vastlegging
    its day, its one-line description and its 'Veld: waarde' lines."""
    fields = _fields([*summary, *((f"Vastlegging {_d(day)}", "\n".join([headline, *lines]))
                                  for day, headline, lines in events)])
    return TransferRecord(RecordRef(RecordKind.MELDCODE, trajectory_id), started,
                          f"Meldcodetraject gestart op {_d(started)}", fields)
