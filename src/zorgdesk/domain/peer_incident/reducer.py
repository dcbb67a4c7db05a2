"""Applying one event to the incident state; every refusal is a Dutch PeerIncidentError.

The rules are the seed's (seed 003); each check names its line. :func:`replay`
re-validates a whole stored history.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from zorgdesk.domain.event_sourcing import RouteRules, RouteWording, answered_date, answered_text
from zorgdesk.domain.peer_incident.events import IncidentEvent
from zorgdesk.domain.peer_incident.group_letter import apply_group_letter
from zorgdesk.domain.peer_incident.requirements import missing_for_actieplan, missing_for_close
from zorgdesk.domain.peer_incident.schedule import first_evaluation, next_evaluation
from zorgdesk.domain.peer_incident.state import (
    ConsultationRecord,
    IncidentState,
    Involvement,
    RuleSet,
)
from zorgdesk.domain.peer_incident.vocabulary import (
    EVALUATION_PARTIES,
    FLAGS,
    PUPIL_KINDS,
    RULE_AREAS,
    SUPPORT_FOR,
    Consultation,
    EventKind,
    PeerIncidentError,
    Role,
    Scale,
)
from zorgdesk.domain.peer_incident.wording import refuse_terminology


def _require(event: IncidentEvent, *keys: str) -> None:
    labels = {"description": "wat er gebeurd is", "location": "de locatie",
              "reported_by": "door wie het gesignaleerd is", "leader": "wie het incident leidt",
              "what": "wat deze leerling deed of overkwam", "with_whom": "met wie er overlegd is",
              "advice": "het advies of de uitkomst", "summary": "wat besproken is",
              "agreements": "de afspraken", "behaviour": "het gedrag",
              "maatregelen": "de maatregelen", "afspraken": "de afspraken",
              "aanspreekpunt": "het aanspreekpunt voor de ouders",
              "how": "hoe de maatregelen gecommuniceerd zijn",
              "told": "wat aan de leerlingen verteld is of wordt", "outcome": "de uitkomst",
              "adjustments": "wat er is bijgesteld (of 'niets')", "reason": "de reden",
              "afspraken_check": "of alles volgens afspraak verloopt",
              "signals": "of er signalen zijn van meer betrokken leerlingen",
              "policy": "wat het incident betekent voor het beleid",
              "what_support": "welke opvang er is"}
    for key in keys:
        answered_text(event, key, labels.get(key, key), PeerIncidentError)


def _date(event: IncidentEvent, key: str, state: IncidentState, label: str) -> date:
    return answered_date(event, key, label, PeerIncidentError, not_before=state.occurred_on,
                         before_what="het incident")


def _pupil(state: IncidentState, event: IncidentEvent) -> Involvement:
    if event.pupil_id not in state.pupils:
        raise PeerIncidentError("Deze leerling is niet als betrokkene vastgelegd.")
    return state.pupils[event.pupil_id]


def _with_pupil(state: IncidentState, involvement: Involvement) -> IncidentState:
    return replace(state, pupils={**state.pupils, involvement.pupil_id: involvement})


def _gemeld(state: IncidentState, e: IncidentEvent) -> IncidentState:
    _require(e, "description", "location", "reported_by", "leader")
    occurred = _date(e, "occurred_on", state, "datum van het incident")
    reported = _date(e, "reported_on", state, "datum van signaleren")
    if reported < occurred:
        raise PeerIncidentError("Het incident kan niet gesignaleerd zijn vóór het gebeurde.",
                                "reported_on")
    return replace(state, started=True, occurred_on=occurred, reported_on=reported,
                   location=e.text("location"), description=e.text("description"),
                   reported_by=e.text("reported_by"), leader=e.text("leader"))


def _leerling(state: IncidentState, e: IncidentEvent) -> IncidentState:
    if e.pupil_id is None:
        raise PeerIncidentError("Kies een leerling.", "pupil")
    if e.pupil_id in state.pupils:  # one role per pupil per incident
        raise PeerIncidentError("Deze leerling is al als betrokkene vastgelegd.", "pupil")
    try:
        role = Role(e.answer.get("role"))
    except ValueError:
        raise PeerIncidentError("Kies de rol: leerling die initiatief neemt of leerling "
                                "die iets overkomt.", "role") from None
    _require(e, "what")
    return _with_pupil(state, Involvement(e.pupil_id, role, e.text("what")))


def _consultatie(state: IncidentState, e: IncidentEvent) -> IncidentState:
    try:
        kind = Consultation(e.answer.get("kind"))
    except ValueError:
        raise PeerIncidentError("Kies met wie het overleg was.", "kind") from None
    _require(e, "with_whom", "advice")
    on = _date(e, "date", state, "datum van het overleg")
    record = ConsultationRecord(kind, on, e.text("with_whom"), e.text("advice"),
                                e.text("organisation"))
    return replace(state, consultations=(*state.consultations, record))


def _oudergesprek(state: IncidentState, e: IncidentEvent) -> IncidentState:
    involvement = _pupil(state, e)
    _require(e, "summary", "agreements")
    on = _date(e, "date", state, "datum van het gesprek")
    return _with_pupil(state, involvement.with_(parents_spoken_on=on))


def _vlag(state: IncidentState, e: IncidentEvent) -> IncidentState:
    involvement = _pupil(state, e)
    flag = e.answer.get("flag")
    if flag not in FLAGS:
        raise PeerIncidentError("Kies een vlag: groen, geel, rood of zwart.", "flag")
    _require(e, "behaviour")
    assessment = e.answer.get("assessment_id")
    return _with_pupil(state, involvement.with_(
        flag=flag, flag_assessment_id=int(assessment) if assessment is not None else None))


def _inschatting(state: IncidentState, e: IncidentEvent) -> IncidentState:
    try:
        scale = Scale(e.answer.get("scale"))
    except ValueError:
        raise PeerIncidentError("Kies of de zaak klein blijft of groot (kan) worden.",
                                "scale") from None
    if not e.reasoning:
        raise PeerIncidentError("Licht de inschatting toe.", "reasoning")
    return replace(state, scale=scale)


def _actieplan(state: IncidentState, e: IncidentEvent) -> IncidentState:
    missing = missing_for_actieplan(state)
    if missing:
        raise PeerIncidentError("Nog niet klaar voor het actieplan: " + " ".join(missing))
    _require(e, "maatregelen", "afspraken", "aanspreekpunt")
    on = _date(e, "date", state, "datum van het actieplan")
    plan = {k: e.text(k) for k in ("maatregelen", "afspraken", "aanspreekpunt", "extern")}
    return replace(state, actieplan=plan, actieplan_on=on)


def _gecommuniceerd(state: IncidentState, e: IncidentEvent) -> IncidentState:
    if state.actieplan is None:  # l.4847-4848: communicate the measures that were taken
        raise PeerIncidentError("Maak eerst het actieplan met de maatregelen.")
    parents, colleagues = bool(e.answer.get("parents")), bool(e.answer.get("colleagues"))
    if not (parents or colleagues):
        raise PeerIncidentError("Geef aan wie geïnformeerd is: de betrokken ouders, de "
                                "medewerkers of beide.", "parents")
    _require(e, "how")
    _date(e, "date", state, "datum")
    return replace(state,
                   parents_informed_of_measures=state.parents_informed_of_measures or parents,
                   colleagues_informed_of_measures=(state.colleagues_informed_of_measures
                                                    or colleagues))


def _opvang(state: IncidentState, e: IncidentEvent) -> IncidentState:
    chosen = frozenset(e.answer.get("for_whom") or ())
    if not chosen or not chosen <= set(SUPPORT_FOR):
        raise PeerIncidentError("Kies voor wie de opvang is: locatieleiding, team, ouders "
                                "of leerlingen.", "for_whom")
    _require(e, "what_support")
    return replace(state, support_for=state.support_for | chosen)


def _brief(state: IncidentState, e: IncidentEvent) -> IncidentState:
    involvement = _pupil(state, e)
    if state.actieplan is None:  # l.4974-4983: tell the parents what the school does
        raise PeerIncidentError("Maak eerst het actieplan: de brief vertelt de ouders welke "
                                "acties de school onderneemt.")
    _require(e, "told")
    refuse_terminology({key: e.text(key) for key in ("told", "extra")})
    on = _date(e, "date", state, "datum van de brief")
    return _with_pupil(state, involvement.with_(letters=(*involvement.letters, on)))


def _groepsbrief(state: IncidentState, e: IncidentEvent) -> IncidentState:
    return apply_group_letter(state, e, _date(e, "date", state, "datum van de brief"))


def _omgangsregels(state: IncidentState, e: IncidentEvent) -> IncidentState:
    if state.active_rules is not None:
        raise PeerIncidentError("Er gelden al tijdelijke omgangsregels; stel ze bij in een "
                                "evaluatie of beëindig ze eerst.")
    if not state.with_role(Role.INITIATIEF):  # l.5643-5645: rules for 'de betrokken leerling'
        raise PeerIncidentError("Leg eerst vast welke leerling initiatief nam.")
    rules = {k: v.strip() for k, v in (e.answer.get("rules") or {}).items()
             if isinstance(v, str) and v.strip()}
    if not rules:
        raise PeerIncidentError("Vul minstens één omgangsregel in.", "rules")
    unknown = set(rules) - set(RULE_AREAS)
    if unknown:
        raise PeerIncidentError("Onbekend onderdeel van de omgangsregels.", "rules")
    start = _date(e, "start", state, "ingangsdatum")
    rule_set = RuleSet(start, rules, first_evaluation(start))
    return replace(state, rule_sets=(*state.rule_sets, rule_set))


def _evaluatie_regels(state: IncidentState, e: IncidentEvent) -> IncidentState:
    rules = state.active_rules
    if rules is None:
        raise PeerIncidentError("Er gelden geen tijdelijke omgangsregels om te evalueren.")
    parties = set(e.answer.get("parties") or ())
    if not parties or not parties <= set(EVALUATION_PARTIES):  # l.5751-5756
        raise PeerIncidentError("Kies met wie geëvalueerd is (leerkrachten, ouders, intern "
                                "begeleider, directie, externe deskundigen).", "parties")
    _require(e, "outcome", "adjustments")  # l.5757-5760
    if "other_parents_informed" not in e.answer:  # l.5763-5764
        raise PeerIncidentError("Geef aan of de overige ouders in grote lijnen "
                                "geïnformeerd zijn.", "other_parents_informed")
    on = _date(e, "date", state, "datum van de evaluatie")
    if on < rules.start:
        raise PeerIncidentError("De evaluatie ligt vóór de ingangsdatum van de regels.",
                                "date")
    due = next_evaluation(on)  # l.5762: then every month
    chosen = e.answer.get("next_date")
    if chosen is not None and chosen != due:  # l.5762-5763: may deviate, say why
        if not isinstance(chosen, date) or chosen <= on:
            raise PeerIncidentError("De volgende evaluatie moet na deze evaluatie liggen.",
                                    "next_date")
        if not e.text("deviation_reason"):
            raise PeerIncidentError("Licht toe waarom de volgende evaluatie niet over een "
                                    "maand is.", "deviation_reason")
        due = chosen
    updated = replace(rules, evaluations=(*rules.evaluations, on), next_evaluation=due)
    return replace(state, rule_sets=(*state.rule_sets[:-1], updated))


def _regels_beeindigd(state: IncidentState, e: IncidentEvent) -> IncidentState:
    rules = state.active_rules
    if rules is None:
        raise PeerIncidentError("Er gelden geen tijdelijke omgangsregels.")
    if not rules.evaluations:  # l.5749-5751: evaluated first, then adjusted or ended
        raise PeerIncidentError("Evalueer de omgangsregels voordat ze stoppen.")
    _require(e, "reason")
    on = _date(e, "date", state, "einddatum")
    if on < rules.evaluations[-1]:
        raise PeerIncidentError("De einddatum ligt vóór de laatste evaluatie.", "date")
    return replace(state, rule_sets=(*state.rule_sets[:-1], replace(rules, ended_on=on)))


def _vervolg(state: IncidentState, e: IncidentEvent) -> IncidentState:
    if state.actieplan is None:
        raise PeerIncidentError("Maak eerst het actieplan.")
    _require(e, "afspraken_check", "signals", "policy")  # l.4947-4955
    _date(e, "date", state, "datum")
    return replace(state, follow_up_done=True)


def _afgesloten(state: IncidentState, e: IncidentEvent) -> IncidentState:
    missing = missing_for_close(state)
    if missing:
        raise PeerIncidentError("Nog niet af te sluiten: " + " ".join(missing))
    _require(e, "reason")
    on = _date(e, "date", state, "datum van afsluiten")
    return replace(state, closed=True, closed_on=on)


_APPLY: dict[EventKind, Callable[[IncidentState, IncidentEvent], IncidentState]] = {
    EventKind.GEMELD: _gemeld, EventKind.LEERLING: _leerling,
    EventKind.CONSULTATIE: _consultatie, EventKind.OUDERGESPREK: _oudergesprek,
    EventKind.VLAG: _vlag, EventKind.INSCHATTING: _inschatting,
    EventKind.ACTIEPLAN: _actieplan, EventKind.GECOMMUNICEERD: _gecommuniceerd,
    EventKind.OPVANG: _opvang, EventKind.BRIEF: _brief, EventKind.GROEPSBRIEF: _groepsbrief,
    EventKind.OMGANGSREGELS: _omgangsregels, EventKind.EVALUATIE_REGELS: _evaluatie_regels,
    EventKind.REGELS_BEEINDIGD: _regels_beeindigd, EventKind.VERVOLG: _vervolg,
    EventKind.AFGESLOTEN: _afgesloten,
}


def _scope(state: IncidentState, event: IncidentEvent) -> None:
    if (event.kind in PUPIL_KINDS) != (event.pupil_id is not None):
        raise PeerIncidentError("Deze stap hoort bij één leerling." if event.kind in
                                PUPIL_KINDS else "Deze stap hoort bij het hele incident.")


_RULES: RouteRules[IncidentState, IncidentEvent] = RouteRules(
    PeerIncidentError, IncidentState, EventKind.GEMELD, _APPLY, RouteWording(
        closed="Dit incident is afgesloten; er kan niets meer bij.",
        opened_twice="Een incident wordt één keer vastgelegd, als eerste stap.",
        not_opened="Leg eerst het incident vast."), scope=_scope)

# apply_event(state, event) -> new state; replay(events) -> state (see RouteRules).
apply_event, replay = _RULES.apply, _RULES.replay
