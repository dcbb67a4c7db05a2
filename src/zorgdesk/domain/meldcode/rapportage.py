"""The seed's form "Rapportage meldcode" (seeds/003_9a54ac296a9565ce.txt l.5273-5318).

One report per significant meldcode incident; the aandachtsfunctionaris bundles them
yearly. Every one of the twelve fields is filled: from the dossier meldcode where it
knows the answer (datum, contactpersoon, betrokkenen, uitgevoerde activiteiten, melding,
informeren, extern consult), from the rapportage the IB typed in the wizard where it
needs judgement (onderwerp, omschrijving, maatschappelijke onrust, additions to
betrokkenen, knelpunten, opmerkingen). Facts the dossier adds on its own - an overdue
Veilig Thuis terugkoppeling, an open question 5, a decision that differs from the
afwegingskader - are listed under Knelpunten / Opmerkingen as well.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from zorgdesk.domain.meldcode import (
    EventKind,
    MeldcodeEvent,
    MeldcodeState,
    Outcome,
    Question,
)
from zorgdesk.domain.meldcode.calendar import VT_RESPONSE_WORKING_DAYS
from zorgdesk.domain.meldcode.event_descriptions import kind_label

# Field names in the order of the seed form.
RAPPORTAGE_FIELDS: tuple[str, ...] = (
    "Datum",
    "Contactpersoon",
    "Onderwerp",
    "Omschrijving",
    "Maatschappelijke onrust",
    "Betrokkenen (niet professionals)",
    "Uitgevoerde activiteiten",
    "Melding gedaan",
    "Informeren betrokkenen",
    "Extern consult",
    "Knelpunten",
    "Opmerkingen",
)

# The seed's guidance per typed field (shown in the wizard form as help text).
TYPED_FIELDS: dict[str, tuple[str, str]] = {
    "onderwerp": ("Onderwerp", "Noteer kort het onderwerp dat centraal staat in deze "
                  "rapportage. Denk aan pesten, seksueel gedrag, mishandeling, geweld etc."),
    "omschrijving": ("Omschrijving", "Beschrijf kort wat er binnen of buiten de school heeft "
                     "plaatsgevonden en intensieve aandacht vroeg van professionals."),
    "maatschappelijke_onrust": ("Maatschappelijke onrust", "In welke mate heeft de gebeurtenis "
                                "onrust veroorzaakt binnen (en eventueel buiten) de school? "
                                "Op welke schaal, onder welke doelgroepen?"),
    "betrokkenen": ("Betrokkenen (niet professionals)", "Aanvulling op de betrokkenen uit "
                    "het dossier: andere leerlingen, verzorgers, andere organisaties."),
    "knelpunten": ("Knelpunten", "Zijn er knelpunten die aandacht of ondersteuning vragen bij "
                   "de uitvoering van de meldcode door professionals?"),
    "opmerkingen": ("Opmerkingen", ""),
}

# Bookkeeping, not activities: starting, completing a step, filling in this form.
_NOT_ACTIVITIES = {EventKind.GESTART, EventKind.STAP_AFGEROND, EventKind.RAPPORTAGE}


@dataclass(frozen=True)
class DossierFacts:
    """What the dossier itself says about deadlines, open questions and deviations."""

    vt_deadline: str = ""
    open_questions: tuple[str, ...] = ()
    deviations: tuple[str, ...] = ()
    overdue: tuple[str, ...] = ()


_RESET_BY_GOING_BACK = (EventKind.AFWEGINGSVRAAG, EventKind.BESLUIT_MELDEN,
                        EventKind.BESLUIT_HULP)


def _d(day: date | None) -> str:
    return f"{day:%d-%m-%Y}" if day else ""


def event_day(event: MeldcodeEvent) -> date:
    """The date the activity took place (its own date field, else when it was recorded)."""
    day = event.answer.get("date")
    return day if isinstance(day, date) else event.timestamp.date()


def activities(state: MeldcodeState) -> list[str]:
    """Every recorded step as an activity: what, how often, on which dates (seed l.5305)."""
    groups: dict[str, list[str]] = {}
    # Going back resets the weighing and the decisions: answers given before the last
    # go-back stay in the list (they happened) but say they no longer count, or the
    # list reads 'vraag 2: ja; ...; vraag 2: nee' without saying which holds.
    restarted = max(state.go_backs, default=-1)
    for index, event in enumerate(state.events):
        if event.kind in _NOT_ACTIVITIES:
            continue
        label = kind_label(event.kind)
        when = _d(event_day(event))
        a = event.answer
        if event.kind is EventKind.GESPREK_GEKOPPELD and a.get("date"):
            label = "Gesprek met ouders gevoerd"  # dated by the talk, not by the linking
        if event.kind is EventKind.COLLEGIALE_CONSULTATIE and a.get("with_whom"):
            when += f" met {a['with_whom']}"
        elif event.kind is EventKind.VT_CONSULTATIE and a.get("anonymous"):
            when += " (anoniem)"
        elif event.kind is EventKind.AFWEGINGSVRAAG and a.get("question"):
            when += f" (vraag {a['question']}: {a.get('value', '')})"
        elif event.kind in (EventKind.BESLUIT_MELDEN, EventKind.BESLUIT_HULP):
            when += " (ja)" if a.get("value") else " (nee)"
        elif event.kind is EventKind.TERUG_NAAR_STAP:
            when += f" (naar stap {a.get('to_step')})"
        if index < restarted and event.kind in _RESET_BY_GOING_BACK:
            when = when[:-1] + ", vervallen)" if when.endswith(")") else when + " (vervallen)"
        groups.setdefault(label, []).append(when)
    lines = []
    for label, dates in groups.items():
        count = f" ({len(dates)}×)" if len(dates) > 1 else ""
        lines.append(f"{label}{count}: {'; '.join(dates)}")
    if state.decision_hulp and state.help_description:
        term = f", termijn tot {_d(state.help_term)}" if state.help_term else ""
        by = f", verantwoordelijk: {state.help_responsible}" if state.help_responsible else ""
        what = state.help_description.strip().rstrip(".")  # never 'verzorging., termijn'
        lines.append(f"Hulp: {what}{term}{by}")
    return lines


def dossier_facts(state: MeldcodeState, today: date) -> DossierFacts:
    """Deadline of the Veilig Thuis terugkoppeling, open question 5, deviations, overdue."""
    deadline = ""
    overdue: list[str] = []
    due = state.vt_response_due_date()
    if due is not None:
        if state.vt_response_date is not None:
            deadline = (f"Terugkoppeling van Veilig Thuis ontvangen op "
                        f"{_d(state.vt_response_date)} (uiterlijk {_d(due)}: "
                        f"{VT_RESPONSE_WORKING_DAYS} werkdagen na de melding).")
        else:
            deadline = (f"Terugkoppeling van Veilig Thuis uiterlijk {_d(due)} "
                        f"({VT_RESPONSE_WORKING_DAYS} werkdagen na de melding van "
                        f"{_d(state.melding_date)}).")
            if today > due:
                overdue.append(f"De terugkoppeling van Veilig Thuis is te laat: die had er "
                               f"uiterlijk {_d(due)} moeten zijn en is nog niet ontvangen.")
    open_questions = []
    if (state.outcome is Outcome.HULP and state.decision_hulp
            and Question.RESULTAAT not in state.answers):
        when = (f"te beantwoorden na de termijn van de hulp, {_d(state.help_term)}"
                if state.help_term else "te beantwoorden na de termijn van de hulp")
        passed = " (de termijn is verstreken)" if state.help_term and today >= state.help_term \
            else ""
        open_questions.append(f"Afwegingsvraag 5 (Resultaat) staat open: {when}{passed}. "
                              f"{Question.RESULTAAT.text}")
    deviations = []
    if state.decision_melden is True and state.outcome not in (Outcome.MELDEN, Outcome.OPEN):
        deviations.append(
            f"Het besluit 'melden: ja' wijkt af van de uitkomst van het afwegingskader "
            f"({state.outcome.label}). Onderbouwing van het besluit: "
            f"{state.decision_melden_reason or 'niet vastgelegd'}")
    return DossierFacts(deadline, tuple(open_questions), tuple(deviations), tuple(overdue))


def _melding(state: MeldcodeState, facts: DossierFacts) -> str:
    if state.melding_date is not None:
        return (f"Ja, op {_d(state.melding_date)} door {state.melding_by} "
                f"(kenmerk Veilig Thuis: {state.vt_reference}).\n{facts.vt_deadline}")
    if state.decision_melden is False:
        return f"Nee. Besluit: {state.decision_melden_reason or 'niet melden'}"
    if state.decision_melden:
        return "Besloten te melden; de melding is nog niet vastgelegd."
    return "Nee (nog geen besluit over melden)."


def _informing(state: MeldcodeState) -> str:
    if state.parents_informed is not None:
        return (f"Ja: ouders geïnformeerd op {_d(state.parents_informed)} "
                f"({state.parents_informed_how}).")
    if state.parents_not_informed is not None:
        return f"Ouders niet vooraf geïnformeerd: {state.parents_not_informed.label}."
    if state.decision_melden:
        return "Nog niet: ouders worden vóór de melding geïnformeerd ('open, tenzij')."
    return "Niet van toepassing: er is (nog) geen melding."


def _consults(state: MeldcodeState) -> str:
    consults = []
    for index in state.vt_consultations:
        a = state.events[index].answer
        anon = " (anoniem)" if a.get("anonymous") else ""
        consults.append(f"Veilig Thuis{anon}, {_d(a['date'])}: {a.get('advice', '')}")
    return "Ja: " + "\n".join(consults) if consults else "Nee, geen externe organisatie."


def _joined(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def rapportage_meldcode(state: MeldcodeState, involved: Sequence[str] = (),
                        today: date | None = None) -> dict[str, str]:
    """Field -> Dutch text for all twelve fields of the seed's form.

    ``involved`` names the non-professionals the vault knows (pupil, guardians, siblings),
    one line each. Typed fields the IB has not filled in yet say so.
    """
    typed = state.rapportage
    today = today or (state.events[-1].timestamp.date() if state.events else date.today())
    facts = dossier_facts(state, today)
    not_yet = "Nog niet ingevuld."
    siblings = [f"Broer/zus op school: {name}" for name in (state.siblings or ())]
    return {
        "Datum": _d(state.start_date),
        "Contactpersoon": state.leader or "",
        "Onderwerp": typed.get("onderwerp") or not_yet,
        "Omschrijving": typed.get("omschrijving") or not_yet,
        "Maatschappelijke onrust": typed.get("maatschappelijke_onrust") or not_yet,
        "Betrokkenen (niet professionals)": _joined(
            *involved, *[s for s in siblings if s not in involved],
            typed.get("betrokkenen", "")),
        "Uitgevoerde activiteiten": "\n".join(activities(state)),
        "Melding gedaan": _melding(state, facts),
        "Informeren betrokkenen": _informing(state),
        "Extern consult": _consults(state),
        "Knelpunten": _joined(typed.get("knelpunten", ""), *facts.overdue)
        or ("Geen knelpunten genoemd." if typed else not_yet),
        "Opmerkingen": _joined(typed.get("opmerkingen", ""), *facts.open_questions,
                               *facts.deviations)
        or ("Geen opmerkingen." if typed else not_yet),
    }
