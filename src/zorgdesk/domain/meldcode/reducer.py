"""Applying events to the state: every shortcut the meldcode does not allow is refused.

:func:`apply_event` validates one event against the state and returns a new state;
:func:`replay` does that for a whole list. The afwegingsvragen and the step-5 decisions
(with going back and closing) live in :mod:`.reducer_weighing` and :mod:`.reducer_decisions`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from datetime import datetime

from zorgdesk.domain.meldcode.calendar import vt_response_due
from zorgdesk.domain.meldcode.concern import Concern
from zorgdesk.domain.meldcode.events import MeldcodeEvent
from zorgdesk.domain.meldcode.input_checks import (
    MELDCODE_SINCE,
    id_tuple,
    optional_text,
    past_date,
    rapportage_fields,
    refuse,
    require_reasoning,
    required_bool,
    required_text,
)
from zorgdesk.domain.meldcode.reducer_decisions import (
    apply_close,
    apply_decision_hulp,
    apply_decision_melden,
    apply_go_back,
    require_melden_decided,
)
from zorgdesk.domain.meldcode.reducer_weighing import apply_question
from zorgdesk.domain.meldcode.requirements import step_requirements
from zorgdesk.domain.meldcode.state import MeldcodeState
from zorgdesk.domain.meldcode.vocabulary import (
    KIND_STEP,
    STEP1_QUESTIONS,
    ConversationSkipReason,
    EventKind,
    ParentsNotInformedReason,
    Step,
)


def apply_event(state: MeldcodeState, event: MeldcodeEvent) -> MeldcodeState:
    """Return the new state after ``event``, or raise :class:`MeldcodeError`.

    ``state`` itself is not changed.
    """
    if not isinstance(event, MeldcodeEvent):
        raise TypeError("event must be a MeldcodeEvent")
    new = copy.deepcopy(state)
    _apply(new, event)
    new.events = (*state.events, event)
    return new


def replay(events: Iterable[MeldcodeEvent]) -> MeldcodeState:
    """Derive the state from the full event list (validating every event).

    One state is built up in place: no copy per event (a refused event ends the replay
    with its error, so no half-applied state escapes). Same rules as :func:`apply_event`.
    """
    state = MeldcodeState()
    applied: list[MeldcodeEvent] = []
    for event in events:
        if not isinstance(event, MeldcodeEvent):
            raise TypeError("event must be a MeldcodeEvent")
        _apply(state, event)
        applied.append(event)
        state.events = tuple(applied)
    return state


def _apply(s: MeldcodeState, e: MeldcodeEvent) -> None:
    """The checks every event passes, in this order: who and when; started, not closed
    (a rapportage may follow the close); at the right step. Then the kind's own rules."""
    _check_author_and_time(s, e)
    if e.kind is EventKind.GESTART:
        _start(s, e)
        return
    if not s.started:
        refuse("Start eerst het meldcodetraject.")
    if e.kind is EventKind.RAPPORTAGE:  # a report about the trajectory, also once closed
        if e.step is not s.current_step:
            refuse(f"Deze vastlegging hoort bij de huidige stap ({int(s.current_step)}).")
        s.rapportage = rapportage_fields(e.answer)
        s.rapportage_event = len(s.events)
        return
    if s.closed:
        refuse("Dit meldcodedossier is afgesloten; er kan niets meer aan toegevoegd worden.")
    _check_step(s, e)
    handler = _HANDLERS.get(e.kind)
    if handler is None:  # pragma: no cover - every EventKind has a handler
        refuse("Onbekende vastlegging.")
    handler(s, e, len(s.events))


def _check_author_and_time(s: MeldcodeState, e: MeldcodeEvent) -> None:
    if not e.author:
        refuse("Vermeld wie deze stap vastlegt (auteur).")
    if not isinstance(e.timestamp, datetime):
        refuse("Het tijdstip van de gebeurtenis ontbreekt.")
    if s.events:
        try:
            earlier = e.timestamp < s.events[-1].timestamp
        except TypeError:
            refuse("Tijdstippen met en zonder tijdzone kunnen niet gemengd worden.")
        if earlier:
            refuse("Het tijdstip ligt vóór de vorige vastlegging in dit dossier.")


def _start(s: MeldcodeState, e: MeldcodeEvent) -> None:
    a = e.answer
    if s.started:
        refuse("Dit meldcodetraject is al gestart.")
    if e.step is not Step.SIGNALEN:
        refuse("Een meldcodetraject start altijd bij stap 1.")
    s.pupil_id = required_text(a, "pupil_id", "de leerling")
    s.leader = required_text(a, "leader", "de aandachtsfunctionaris")
    s.start_date = past_date(a, "start_date", "startdatum", e)
    if s.start_date < MELDCODE_SINCE:
        refuse("De startdatum ligt vóór 1 juli 2013, toen de meldcode verplicht werd. "
               "Controleer het jaar.")
    s.current_step = Step.SIGNALEN


def _check_step(s: MeldcodeState, e: MeldcodeEvent) -> None:
    """Which step may this event be recorded at?"""
    fixed = KIND_STEP.get(e.kind)
    if e.kind is EventKind.AFWEGINGSVRAAG:
        if e.step is not Step.AFWEGEN:
            refuse("Een afwegingsvraag hoort bij stap 4.")
        if s.current_step < Step.AFWEGEN:
            refuse(
                "Het afwegingskader (stap 4) komt pas na de stappen 1 tot en met 3. "
                + " ".join(step_requirements(s, s.current_step))
            )
    elif fixed is not None:
        if e.step is not fixed:
            refuse(f"Deze vastlegging hoort bij stap {int(fixed)}, niet bij stap {int(e.step)}.")
        if s.current_step is not fixed:
            if fixed is Step.BESLISSEN:
                refuse(
                    "Beslissen (stap 5) kan pas als het afwegingskader (stap 4) is doorlopen "
                    "en afgerond."
                )
            refuse(
                f"U bent bij stap {int(s.current_step)}; dit hoort bij stap {int(fixed)}. "
                "Ga eerst terug naar die stap."
            )
    elif e.step is not s.current_step:
        refuse(f"Deze vastlegging hoort bij de huidige stap ({int(s.current_step)}).")


# -- steps 1 to 3: signals, consultation, the conversation with the parents --------------


def _signals_recorded(s: MeldcodeState, e: MeldcodeEvent, _index: int) -> None:
    a = e.answer
    checks = id_tuple(a, "signal_check_ids")
    logs = id_tuple(a, "logboek_ids")
    if not checks and not logs:
        refuse("Koppel minstens een signalenlijst of logboekregel.")
    contra = required_text(a, "contra_signalen", "de contra-signalen")
    answers = {k: optional_text(a, k) for k in STEP1_QUESTIONS}
    s.signal_check_ids = tuple(dict.fromkeys(s.signal_check_ids + checks))
    s.logboek_ids = tuple(dict.fromkeys(s.logboek_ids + logs))
    s.contra_signalen = contra
    try:
        s.concern = Concern(a.get("soort_zorg") or Concern.ALGEMEEN)
    except ValueError:
        refuse("Kies de soort zorg uit de lijst.", "soort_zorg")
    s.step1_answers.update({k: v for k, v in answers.items() if v})


def _kindcheck(s: MeldcodeState, e: MeldcodeEvent, _index: int) -> None:
    s.kindcheck_done = required_bool(e.answer, "done", "kindcheck uitgevoerd")
    s.kindcheck_note = required_text(e.answer, "note", "de toelichting bij de kindcheck")


def _siblings(s: MeldcodeState, e: MeldcodeEvent, _index: int) -> None:
    s.siblings = id_tuple(e.answer, "siblings")
    s.siblings_note = required_text(e.answer, "note", "wat er is nagegaan over broers en zussen")


def _collegial_consultation(s: MeldcodeState, e: MeldcodeEvent, index: int) -> None:
    a = e.answer
    required_text(a, "with_whom", "met wie er overlegd is")
    past_date(a, "date", "datum consultatie", e, s.start_date)
    required_text(a, "advice", "het advies")
    s.collegial_consultations.append(index)


def _vt_consultation(s: MeldcodeState, e: MeldcodeEvent, index: int) -> None:
    a = e.answer
    past_date(a, "date", "datum consultatie Veilig Thuis", e, s.start_date)
    required_bool(a, "anonymous", "anoniem")
    optional_text(a, "vt_dossier_number")
    required_text(a, "contact_person", "de contactpersoon bij Veilig Thuis")
    required_text(a, "question", "de vraag aan Veilig Thuis")
    required_text(a, "advice", "het advies van Veilig Thuis")
    required_text(a, "next_steps", "de vervolgstappen")
    required_text(a, "responsibilities", "wie wat doet")
    s.vt_consultations.append(index)


def _conversation_linked(s: MeldcodeState, e: MeldcodeEvent, _index: int) -> None:
    zid = required_text(e.answer, "zorggesprek_id", "het zorggesprek")
    s.zorggesprek_ids = (*s.zorggesprek_ids, zid)


def _conversation_skipped(s: MeldcodeState, e: MeldcodeEvent, _index: int) -> None:
    try:
        reason = ConversationSkipReason(e.answer.get("reason_category"))
    except ValueError:
        refuse(
            "Het gesprek met ouders mag alleen worden overgeslagen om de veiligheid van "
            "het kind, de veiligheid van anderen of een andere gedocumenteerde reden. "
            "Kies een reden."
        )
    require_reasoning(e, "het overslaan van het gesprek met ouders")
    s.conversation_skipped = reason


def _step_completed(s: MeldcodeState, _e: MeldcodeEvent, _index: int) -> None:
    if s.current_step is Step.BESLISSEN:
        refuse("Stap 5 wordt afgerond door het dossier af te sluiten.")
    missing = step_requirements(s, s.current_step)
    if missing:
        refuse(f"Stap {int(s.current_step)} is nog niet af. " + " ".join(missing))
    s.completed_steps.add(s.current_step)
    s.current_step = Step(s.current_step + 1)


# -- after the decision to report: the parents, the report, Veilig Thuis, aftercare -------


def _parents_informed(s: MeldcodeState, e: MeldcodeEvent, _index: int) -> None:
    require_melden_decided(s)
    s.parents_informed = past_date(e.answer, "date", "datum ouders geïnformeerd", e,
                                   s.start_date)
    s.parents_informed_how = required_text(e.answer, "how", "hoe de ouders geïnformeerd zijn")
    s.parents_not_informed = None


def _parents_not_informed(s: MeldcodeState, e: MeldcodeEvent, _index: int) -> None:
    require_melden_decided(s)
    try:
        reason = ParentsNotInformedReason(e.answer.get("reason_category"))
    except ValueError:
        refuse(
            "Ouders worden vooraf geïnformeerd ('open, tenzij'). Kies de reden waarom "
            "dat hier niet kan."
        )
    require_reasoning(e, "het niet informeren van de ouders")
    s.parents_not_informed = reason
    s.parents_informed = None
    s.parents_informed_how = None


def _melding(s: MeldcodeState, e: MeldcodeEvent, _index: int) -> None:
    a = e.answer
    require_melden_decided(s)
    if s.melding_done:
        refuse("De melding is al vastgelegd.")
    if s.parents_informed is None and s.parents_not_informed is None:
        refuse(
            "Informeer de ouders vóór de melding, of leg vast waarom dat niet kan "
            "('open, tenzij')."
        )
    when = past_date(a, "date", "datum melding", e, s.start_date)
    if s.parents_informed is not None and when < s.parents_informed:
        refuse("De melding kan niet vóór het informeren van de ouders liggen.")
    s.melding_by = required_text(a, "by_whom", "door wie de melding is gedaan")
    s.vt_reference = required_text(a, "vt_reference", "het kenmerk van Veilig Thuis")
    s.melding_date = when
    s.vt_response_due = vt_response_due(when)


def _vt_feedback(s: MeldcodeState, e: MeldcodeEvent, _index: int) -> None:
    if not s.melding_done:
        refuse("Terugkoppeling van Veilig Thuis kan pas na de melding.")
    when = past_date(e.answer, "date", "datum terugkoppeling", e, s.start_date)
    if s.melding_date is not None and when < s.melding_date:
        refuse("De terugkoppeling kan niet vóór de melding liggen.")
    required_text(e.answer, "summary", "de inhoud van de terugkoppeling")
    s.vt_response_date = when


def _aftercare(s: MeldcodeState, e: MeldcodeEvent, index: int) -> None:
    if not s.melding_done and not s.decision_hulp:
        refuse("Nazorg en evaluatie volgen op een melding of op ingezette hulp.")
    past_date(e.answer, "date", "datum nazorg/evaluatie", e, s.start_date)
    required_text(e.answer, "text", "de nazorg en evaluatie")
    s.nazorg.append(index)


def _monitoring(s: MeldcodeState, e: MeldcodeEvent, _index: int) -> None:
    s.monitoring.append(required_text(e.answer, "agreements", "de afspraken over monitoren"))


# The rules of each kind once the event is at its step (GESTART and RAPPORTAGE above).
_HANDLERS: dict[EventKind, Callable[[MeldcodeState, MeldcodeEvent, int], None]] = {
    EventKind.SIGNALEN_VASTGELEGD: _signals_recorded,
    EventKind.KINDCHECK: _kindcheck,
    EventKind.BROERS_ZUSSEN: _siblings,
    EventKind.COLLEGIALE_CONSULTATIE: _collegial_consultation,
    EventKind.VT_CONSULTATIE: _vt_consultation,
    EventKind.GESPREK_GEKOPPELD: _conversation_linked,
    EventKind.GESPREK_OVERGESLAGEN: _conversation_skipped,
    EventKind.STAP_AFGEROND: _step_completed,
    EventKind.AFWEGINGSVRAAG: apply_question,
    EventKind.BESLUIT_MELDEN: lambda s, e, _index: apply_decision_melden(s, e),
    EventKind.BESLUIT_HULP: lambda s, e, _index: apply_decision_hulp(s, e),
    EventKind.OUDERS_GEINFORMEERD: _parents_informed,
    EventKind.OUDERS_NIET_GEINFORMEERD: _parents_not_informed,
    EventKind.MELDING_GEDAAN: _melding,
    EventKind.VT_TERUGKOPPELING: _vt_feedback,
    EventKind.NAZORG_EVALUATIE: _aftercare,
    EventKind.MONITORING: _monitoring,
    EventKind.TERUG_NAAR_STAP: apply_go_back,
    EventKind.AFGESLOTEN: lambda s, e, _index: apply_close(s, e),
}
