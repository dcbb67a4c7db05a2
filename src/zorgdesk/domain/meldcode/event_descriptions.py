"""One Dutch line per event for the history view and the dossier PDF."""

from __future__ import annotations

from zorgdesk.domain.meldcode.concern import Concern
from zorgdesk.domain.meldcode.events import MeldcodeEvent
from zorgdesk.domain.meldcode.vocabulary import (
    ConversationSkipReason,
    EventKind,
    ParentsNotInformedReason,
    Question,
)

_KIND_LABELS = {
    EventKind.GESTART: "Meldcodetraject gestart",
    EventKind.SIGNALEN_VASTGELEGD: "Signalen en contra-signalen vastgelegd",
    EventKind.KINDCHECK: "Kindcheck vastgelegd",
    EventKind.BROERS_ZUSSEN: "Broers en zussen nagegaan",
    EventKind.COLLEGIALE_CONSULTATIE: "Collegiale consultatie",
    EventKind.VT_CONSULTATIE: "Veilig Thuis geraadpleegd",
    EventKind.GESPREK_GEKOPPELD: "Gesprek met ouders gekoppeld",
    EventKind.GESPREK_OVERGESLAGEN: "Gesprek met ouders niet gevoerd",
    EventKind.STAP_AFGEROND: "Stap afgerond",
    EventKind.AFWEGINGSVRAAG: "Afwegingsvraag beantwoord",
    EventKind.BESLUIT_MELDEN: "Besluit over melden",
    EventKind.BESLUIT_HULP: "Besluit over hulp bieden of organiseren",
    EventKind.OUDERS_GEINFORMEERD: "Ouders geïnformeerd over de melding",
    EventKind.OUDERS_NIET_GEINFORMEERD: "Ouders niet vooraf geïnformeerd",
    EventKind.MELDING_GEDAAN: "Melding gedaan bij Veilig Thuis",
    EventKind.VT_TERUGKOPPELING: "Terugkoppeling van Veilig Thuis",
    EventKind.NAZORG_EVALUATIE: "Nazorg / evaluatie",
    EventKind.MONITORING: "Monitoringsafspraken",
    EventKind.TERUG_NAAR_STAP: "Teruggegaan naar een eerdere stap",
    EventKind.AFGESLOTEN: "Dossier meldcode afgesloten",
    EventKind.RAPPORTAGE: "Rapportage meldcode ingevuld",
}


def kind_label(kind: EventKind) -> str:
    """The Dutch name of a kind of vastlegging ('Collegiale consultatie')."""
    return _KIND_LABELS[kind]


def describe_event(event: MeldcodeEvent) -> str:
    """One Dutch line for the history view, e.g. 'Stap 4 - Vraag 2 (Veiligheid): twijfel'."""
    a = event.answer
    label = _KIND_LABELS[event.kind]
    detail = ""
    if event.kind is EventKind.AFWEGINGSVRAAG:
        try:
            q = Question(a.get("question"))
            label = f"Vraag {int(q)} ({q.text.split(':')[0]})"
        except ValueError:
            pass
        detail = str(a.get("value", ""))
        if a.get("disclosure"):
            detail += " (disclosure)"
        if a.get("with_veilig_thuis"):
            detail += " - met Veilig Thuis doorlopen"
    elif event.kind in (EventKind.BESLUIT_MELDEN, EventKind.BESLUIT_HULP):
        detail = "ja" if a.get("value") else "nee"
    elif event.kind is EventKind.TERUG_NAAR_STAP:
        detail = f"naar stap {a.get('to_step')}"
    elif event.kind in (EventKind.GESPREK_OVERGESLAGEN, EventKind.OUDERS_NIET_GEINFORMEERD):
        cls = (
            ConversationSkipReason
            if event.kind is EventKind.GESPREK_OVERGESLAGEN
            else ParentsNotInformedReason
        )
        try:
            detail = cls(a.get("reason_category")).label
        except ValueError:
            detail = str(a.get("reason_category", ""))
    elif event.kind is EventKind.MELDING_GEDAAN:
        detail = f"kenmerk {a.get('vt_reference', '')}"
    elif event.kind is EventKind.SIGNALEN_VASTGELEGD and a.get("soort_zorg") not in (
            None, "", Concern.ALGEMEEN.value) and a.get("soort_zorg") in set(Concern):
        detail = f"soort zorg: {Concern(a['soort_zorg']).label.lower()}"
    line = f"Stap {int(event.step)} - {label}"
    if detail:
        line += f": {detail}"
    if event.reasoning:
        line += f". Onderbouwing: {event.reasoning}"
    return line
