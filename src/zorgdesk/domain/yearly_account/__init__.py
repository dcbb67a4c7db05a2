"""De jaarverantwoording: counts over the meldcode trajectories of a period, for the bestuur.

The aandachtsfunctionaris "evalueert de werking van de Meldcode regelmatig" (seed 003
l.3108-3110); the bestuur monitors yearly "de rapportage van de meldcodetrajecten per
school" and "de doorgaande lijn betreffende de Meldcode (zijn de stappen genomen zoals
afgesproken)" (l.3726-3730); the rapportages are bundled to see "in hoeverre scholen in
aanraking komen met (noemenswaardige) incidenten ... en in hoeverre de Meldcode, rollen
en taken hierin voorzien" (l.2462-2470).

Counts only: no names, no dates of a trajectory. A count of 1 to 4 is shown as "< 5" and a
median over fewer than 5 trajectories is not shown, so that a single case cannot be
recognised in a small school. Pure Python: the caller hands in replayed states.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from statistics import median

from zorgdesk.domain.meldcode import EventKind, Outcome, Question, Step
from zorgdesk.domain.meldcode.state import MeldcodeState

SMALL = 5  # counts below this (and above 0) are shown as "< 5"

PRIVACY_NOTE = (
    "Dit overzicht bevat alleen aantallen: geen namen en geen datums van een traject. "
    "Een aantal van 1 tot en met 4 staat er als \u201c< 5\u201d, en een doorlooptijd wordt "
    "alleen getoond als hij over 5 of meer trajecten gaat. Zo is in een kleine school "
    "niet uit de cijfers af te leiden om welke leerling of welk gezin het gaat.")


LEAD_TIME_SECTION = "Doorlooptijd per stap"
LEAD_TIME_NOTE = (
    "Kalenderdagen van het begin van een stap (de start van het traject of de afronding van "
    "de vorige stap) tot de afronding ervan; stap 5 is afgerond bij het afsluiten van het "
    "dossier. Alleen stappen die in de periode zijn afgerond tellen mee.")


def shown_count(value: int) -> str:
    """'0', '< 5' or the number: a single case stays unrecognisable."""
    return "< 5" if 0 < value < SMALL else str(value)


@dataclass(frozen=True)
class LeadTime:
    step: Step
    days: tuple[int, ...]  # one per trajectory that completed the step in the period

    @property
    def shown(self) -> str:
        if len(self.days) < SMALL:
            return "niet getoond (minder dan 5 trajecten)" if self.days else "geen"
        value = f"{median(self.days):g}".replace(".", ",")
        return f"{value} dagen (mediaan over {len(self.days)} trajecten)"


@dataclass(frozen=True)
class YearlyAccount:
    start: date
    end: date
    started: int
    ended: int
    open_at_end: int
    outcomes: dict[str, int]  # Dutch label -> count, of the trajectories ended in the period
    collegial_consultations: int
    vt_consultations: int
    meldingen: int
    lead_times: tuple[LeadTime, ...]
    overdue: dict[str, int]  # Dutch label -> count
    knelpunten: str = ""

    def table(self) -> list[tuple[str, str, str]]:
        """(section, label, shown value): the same rows in the PDF and the CSV."""
        out = [
            ("Trajecten", "Gestart in de periode", shown_count(self.started)),
            ("Trajecten", "Afgesloten in de periode", shown_count(self.ended)),
            ("Trajecten", "Nog lopend aan het eind van de periode",
             shown_count(self.open_at_end)),
        ]
        out += [("Uitkomst van de afgesloten trajecten", label, shown_count(n))
                for label, n in self.outcomes.items()]
        out += [
            ("Consultaties en meldingen", "Collegiale consultaties",
             shown_count(self.collegial_consultations)),
            ("Consultaties en meldingen", "Veilig Thuis geraadpleegd",
             shown_count(self.vt_consultations)),
            ("Consultaties en meldingen", "Meldingen bij Veilig Thuis",
             shown_count(self.meldingen)),
        ]
        out += [(LEAD_TIME_SECTION, lt.step.title, lt.shown) for lt in self.lead_times]
        out += [("Termijnen niet gehaald", label, shown_count(n))
                for label, n in self.overdue.items()]
        return out


OUTCOME_LABELS = ("Gemeld bij Veilig Thuis", "Hulp geboden of georganiseerd (zonder melding)",
                  "Afgesloten zonder melding en zonder hulp")
OVERDUE_LABELS = ("Terugkoppeling van Veilig Thuis later dan 5 werkdagen",
                  "Termijn van de hulp verstreken zonder evaluatie (vraag 5)")


def _in(day: date | None, start: date, end: date) -> bool:
    return day is not None and start <= day <= end


def _outcome_label(state: MeldcodeState) -> str:
    if state.melding_done:
        return OUTCOME_LABELS[0]
    if state.decision_hulp or state.outcome is Outcome.HULP:
        return OUTCOME_LABELS[1]
    return OUTCOME_LABELS[2]


def step_completions(state: MeldcodeState) -> dict[Step, date]:
    """The first day each step was completed: 'Stap afgerond', step 5 by closing."""
    done: dict[Step, date] = {}
    for event in state.events:
        if event.kind is EventKind.STAP_AFGEROND and event.step not in done:
            done[event.step] = event.timestamp.date()
        elif event.kind is EventKind.AFGESLOTEN and event.step is Step.BESLISSEN:
            done.setdefault(Step.BESLISSEN, event.timestamp.date())
    return done


def _lead_days(state: MeldcodeState, start: date, end: date) -> dict[Step, int]:
    done = step_completions(state)
    out: dict[Step, int] = {}
    for step in Step:
        entered = state.start_date if step is Step.SIGNALEN else done.get(Step(step - 1))
        finished = done.get(step)
        if entered is not None and _in(finished, start, end):
            out[step] = (finished - entered).days
    return out


def _evaluated_on(state: MeldcodeState) -> date | None:
    for event in state.events:
        if (event.kind is EventKind.AFWEGINGSVRAAG
                and event.answer.get("question") == int(Question.RESULTAAT)):
            return event.timestamp.date()
    return None


def build_account(states: Iterable[MeldcodeState], start: date, end: date,
                  knelpunten: str = "") -> YearlyAccount:
    """Count what happened between ``start`` and ``end`` (both included)."""
    states = [s for s in states if s.started]
    outcomes = dict.fromkeys(OUTCOME_LABELS, 0)
    overdue = dict.fromkeys(OVERDUE_LABELS, 0)
    lead: dict[Step, list[int]] = {step: [] for step in Step}
    started = ended = open_at_end = collegial = vt = meldingen = 0
    for s in states:
        closed_on = s.closed_at.date() if s.closed_at else None
        started += _in(s.start_date, start, end)
        if _in(closed_on, start, end):
            ended += 1
            outcomes[_outcome_label(s)] += 1
        if s.start_date <= end and (closed_on is None or closed_on > end):
            open_at_end += 1
        collegial += sum(_in(s.events[i].answer.get("date"), start, end)
                         for i in s.collegial_consultations)
        vt += sum(_in(s.events[i].answer.get("date"), start, end) for i in s.vt_consultations)
        meldingen += _in(s.melding_date, start, end)
        for step, days in _lead_days(s, start, end).items():
            lead[step].append(days)
        due = s.vt_response_due
        if _in(due, start, end) and (
                (s.vt_response_date is None and due < end) or
                (s.vt_response_date is not None and s.vt_response_date > due)):
            overdue[OVERDUE_LABELS[0]] += 1
        if s.decision_hulp and _in(s.help_term, start, end):
            evaluated = _evaluated_on(s)
            if (evaluated is None and s.help_term < end) or (
                    evaluated is not None and evaluated > s.help_term):
                overdue[OVERDUE_LABELS[1]] += 1
    return YearlyAccount(
        start, end, started, ended, open_at_end, outcomes, collegial, vt, meldingen,
        tuple(LeadTime(step, tuple(lead[step])) for step in Step), overdue,
        knelpunten.strip())
