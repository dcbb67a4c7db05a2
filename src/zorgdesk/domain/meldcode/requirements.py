"""What the UI shows next to a trajectory: what is still missing, what may be recorded
now, and date-dependent reminders. All messages are Dutch.
"""

from __future__ import annotations

from datetime import date

from zorgdesk.domain.meldcode.concern import VT_BEFORE_CONVERSATION
from zorgdesk.domain.meldcode.state import MeldcodeState
from zorgdesk.domain.meldcode.vocabulary import (
    KIND_STEP,
    STEP1_QUESTIONS,
    EventKind,
    Outcome,
    Question,
    Step,
)


def step_requirements(state: MeldcodeState, step: Step) -> list[str]:
    """What is missing before ``step`` can be completed (Dutch)."""
    missing: list[str] = []
    if step is Step.SIGNALEN:
        if not (state.signal_check_ids or state.logboek_ids):
            missing.append("Koppel minstens een signalenlijst of logboekregel.")
        if state.contra_signalen is None:
            missing.append("Leg de contra-signalen vast (gegevens die de signalen weerspreken).")
        for key, question in STEP1_QUESTIONS.items():
            if not state.step1_answers.get(key):
                missing.append(f"Beantwoord: {question}")
        if state.kindcheck_done is None:
            missing.append("Leg de kindcheck vast (uitgevoerd ja/nee, met toelichting).")
        if state.siblings_note is None:
            missing.append("Ga na of er over broertjes en zusjes op school ook signalen zijn.")
    elif step is Step.CONSULTATIE:
        if not state.collegial_consultations:
            missing.append("Leg de collegiale consultatie vast (met wie, datum, advies).")
        if state.concern in VT_BEFORE_CONVERSATION and not state.vt_consultations:
            # seed 003 l.7845-7853: not without preparation with Veilig Thuis
            missing.append(f"Bij {state.concern.label.lower()}: raadpleeg Veilig Thuis "
                           "vóór het gesprek met de ouders en stem de vervolgacties af.")
    elif step is Step.GESPREK:
        if not state.zorggesprek_ids and state.conversation_skipped is None:
            missing.append(
                "Koppel het gesprek met ouders (en kind), of leg vast waarom het gesprek "
                "niet gevoerd wordt (veiligheid van het kind, van anderen, of een andere "
                "gedocumenteerde reden)."
            )
    elif step is Step.AFWEGEN:
        outcome = state.outcome
        if outcome is Outcome.OPEN:
            q = state.next_question()
            if q is not None:
                missing.append(f"Beantwoord afwegingsvraag {int(q)}: {q.text}")
        elif outcome is Outcome.AFSLUITEN:
            missing.append(
                "Er is geen vermoeden: sluit het dossier af met een onderbouwing en "
                "afspraken over het monitoren van de zorg."
            )
    return missing


def missing_requirements(state: MeldcodeState) -> list[str]:
    """Dutch list of what is still needed to go on from the current step."""
    if not state.started:
        return ["Start het meldcodetraject (leerling, aandachtsfunctionaris, startdatum)."]
    if state.closed:
        return []
    step = state.current_step
    if step is not Step.BESLISSEN:
        return step_requirements(state, step)
    missing: list[str] = []
    outcome = state.outcome
    if outcome is Outcome.AFSLUITEN_NA_HULP:
        return [
            "De hulp heeft resultaat: sluit af met afspraken over het monitoren van de "
            "veiligheid (een nazorgtraject wordt aanbevolen)."
        ]
    if state.decision_melden is None:
        missing.append("Neem het besluit over melden bij Veilig Thuis (ja/nee, met reden).")
    elif outcome is Outcome.MELDEN and not state.decision_melden:
        missing.append("Het afwegingskader leidt tot melden: neem een nieuw besluit 'melden: ja'.")
    if state.decision_hulp is None:
        missing.append("Neem het besluit over hulp bieden of organiseren (ja/nee, met reden).")
    if state.decision_melden and not state.melding_done:
        if state.parents_informed is None and state.parents_not_informed is None:
            missing.append(
                "Informeer de ouders vóór de melding (datum, hoe), of leg vast waarom dat "
                "niet kan ('open, tenzij')."
            )
        missing.append("Leg de melding vast (datum, door wie, kenmerk Veilig Thuis).")
    if state.melding_done:
        if state.vt_response_date is None:
            missing.append(
                "Wacht op de terugkoppeling van Veilig Thuis (uiterlijk "
                f"{state.vt_response_due:%d-%m-%Y})."
            )
        if not state.nazorg:
            missing.append("Leg nazorg en evaluatie vast.")
        if not state.monitoring:
            missing.append("Maak afspraken over het blijven monitoren van de zorg.")
    elif outcome is Outcome.HULP and state.decision_hulp:
        term = f" (termijn: {state.help_term:%d-%m-%Y})" if state.help_term else ""
        missing.append(
            f"Beantwoord na afloop van de termijn afwegingsvraag 5{term}: {Question.RESULTAAT.text}"
        )
    return missing


def done_kinds(state: MeldcodeState) -> frozenset[EventKind]:
    """Actions whose part of the dossier is already recorded (they may still be recorded
    again): after Vastleggen the cursor goes on to an action still to do, not back to
    one that is done (walk s29)."""
    outcome = state.outcome
    recorded = {
        EventKind.SIGNALEN_VASTGELEGD: bool(state.signal_check_ids or state.logboek_ids)
        and state.contra_signalen is not None
        and all(state.step1_answers.get(key) for key in STEP1_QUESTIONS),
        EventKind.KINDCHECK: state.kindcheck_done is not None,
        EventKind.BROERS_ZUSSEN: state.siblings_note is not None,
        EventKind.COLLEGIALE_CONSULTATIE: bool(state.collegial_consultations),
        EventKind.VT_CONSULTATIE: bool(state.vt_consultations),
        EventKind.GESPREK_GEKOPPELD: bool(state.zorggesprek_ids)
        or state.conversation_skipped is not None,
        EventKind.AFWEGINGSVRAAG: state.next_question() is None,
        EventKind.BESLUIT_MELDEN: state.decision_melden is not None
        and not (outcome is Outcome.MELDEN and not state.decision_melden),
        EventKind.BESLUIT_HULP: state.decision_hulp is not None,
        EventKind.OUDERS_GEINFORMEERD: state.parents_informed is not None
        or state.parents_not_informed is not None,
        EventKind.MELDING_GEDAAN: state.melding_done,
        EventKind.VT_TERUGKOPPELING: state.vt_response_date is not None,
        EventKind.NAZORG_EVALUATIE: bool(state.nazorg),
    }
    # Two ways to record one part: either one counts for both.
    recorded[EventKind.GESPREK_OVERGESLAGEN] = recorded[EventKind.GESPREK_GEKOPPELD]
    recorded[EventKind.OUDERS_NIET_GEINFORMEERD] = recorded[EventKind.OUDERS_GEINFORMEERD]
    return frozenset(kind for kind, done in recorded.items() if done)


def allowed_kinds(state: MeldcodeState) -> list[EventKind]:
    """Event kinds the UI may offer now (they can still be refused on content)."""
    if not state.started:
        return [EventKind.GESTART]
    if state.closed:
        return [EventKind.RAPPORTAGE]
    step = state.current_step
    kinds = [k for k, s in KIND_STEP.items() if s is step and k is not EventKind.GESTART]
    if step is Step.BESLISSEN:
        kinds.append(EventKind.AFWEGINGSVRAAG)
    kinds += [EventKind.VT_CONSULTATIE, EventKind.MONITORING]
    if step is not Step.BESLISSEN:
        kinds.append(EventKind.STAP_AFGEROND)
    if step > Step.SIGNALEN and not state.melding_done:
        kinds.append(EventKind.TERUG_NAAR_STAP)
    if step >= Step.AFWEGEN:
        kinds.append(EventKind.AFGESLOTEN)
    kinds.append(EventKind.RAPPORTAGE)
    return kinds


def reminders(state: MeldcodeState, today: date, *, use_dutch_holidays: bool = False) -> list[str]:
    """Dutch reminders that depend on the date (for a dashboard or the wizard)."""
    out: list[str] = []
    if not state.started or state.closed:
        return out
    if state.vt_response_overdue(today, use_dutch_holidays=use_dutch_holidays):
        due = state.vt_response_due_date(use_dutch_holidays=use_dutch_holidays)
        out.append(
            f"Veilig Thuis had uiterlijk {due:%d-%m-%Y} een besluit moeten terugkoppelen. "
            "Neem contact op met Veilig Thuis."
        )
    if (
        state.outcome is Outcome.HULP
        and state.decision_hulp
        and state.help_term is not None
        and today >= state.help_term
    ):
        out.append(
            f"De termijn van de hulp is verstreken ({state.help_term:%d-%m-%Y}). Beantwoord "
            "afwegingsvraag 5: leidt de hulp tot de afgesproken resultaten?"
        )
    return out
