"""Which step of the incident route is due, and why a step is not possible yet.

The meldcode wizard always shows its current step; this does the same for an incident
between pupils. :func:`next_step` follows the seed's order (seed 003, Actieplan bij
calamiteiten l.4777-5010; omgangsregels l.5641-5769): pupils and roles, internal
consultation, the parents of every pupil, the Vlaggensysteem for a pupil who took the
initiative, a first estimate (and at a large case the team), the actieplan, telling
parents and staff, a letter per pupil, the follow-up, the omgangsregels until they end,
closing. :func:`blocked_reason` says in Dutch why a step is refused now: exactly the
state checks of :mod:`.reducer` (an answer can still be refused for what it says).
Pure Python.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from zorgdesk.domain.peer_incident.requirements import missing_for_actieplan, missing_for_close
from zorgdesk.domain.peer_incident.state import IncidentState
from zorgdesk.domain.peer_incident.vocabulary import (
    PUPIL_KINDS,
    Consultation,
    EventKind,
    Role,
    Scale,
)

# Steps that are recorded with their own first event (GEMELD) are not offered here.
STEP_KINDS = tuple(k for k in EventKind if k is not EventKind.GEMELD)


@dataclass(frozen=True)
class DueStep:
    """The step that is due: its kind, the pupil it is about (or None), why (Dutch), and
    answers to preset in its form (e.g. which consultation)."""

    kind: EventKind
    pupil_id: int | None
    why: str
    preset: Mapping[str, str] = field(default_factory=dict)


def _name(names: Mapping[int, str] | None, pupil_id: int) -> str:
    return (names or {}).get(pupil_id) or f"leerling {pupil_id}"


def _before_actieplan(state: IncidentState, names: Mapping[int, str] | None
                      ) -> DueStep | None:
    if len(state.pupils) < 2 or not state.with_role(Role.INITIATIEF):
        return DueStep(EventKind.LEERLING, None, missing_for_actieplan(state, names)[0])
    if not state.consulted(Consultation.INTERN):
        return DueStep(EventKind.CONSULTATIE, None, "Bespreek het gedrag eerst met "
                       "professional, aandachtsfunctionaris of directie.",
                       {"kind": Consultation.INTERN.value})
    for p in state.pupils.values():
        if p.parents_spoken_on is None:
            return DueStep(EventKind.OUDERGESPREK, p.pupil_id, "Voer op zeer korte termijn "
                           f"het gesprek met de ouders van {_name(names, p.pupil_id)}.")
    for p in state.with_role(Role.INITIATIEF):
        if p.flag is None:
            return DueStep(EventKind.VLAG, p.pupil_id, "Weeg het gedrag van "
                           f"{_name(names, p.pupil_id)} met het Vlaggensysteem.")
    if state.scale is None:
        return DueStep(EventKind.INSCHATTING, None, "Maak een eerste inschatting hoe groot "
                       "de zaak is of kan worden.")
    if state.scale is Scale.GROOT and not state.consulted(Consultation.CALAMITEITENTEAM):
        return DueStep(EventKind.CONSULTATIE, None, "De zaak is groot: overleg met een team "
                       "met kinderopvang en onderwijs, bestuur en externe professionals.",
                       {"kind": Consultation.CALAMITEITENTEAM.value})
    return DueStep(EventKind.ACTIEPLAN, None, "Alles voor het actieplan is vastgelegd: "
                   "maak het actieplan.")


def next_step(state: IncidentState, names: Mapping[int, str] | None = None,
              today: date | None = None) -> DueStep | None:
    """The step that is due now; None before the incident is recorded and once closed.

    An evaluation of the omgangsregels whose date has come (``today``) goes first."""
    if not state.started or state.closed:
        return None
    rules = state.active_rules
    if rules is not None and today is not None and today >= rules.next_evaluation:
        return DueStep(EventKind.EVALUATIE_REGELS, None, "De evaluatie van de tijdelijke "
                       f"omgangsregels staat op {rules.next_evaluation:%d-%m-%Y}.")
    if state.actieplan is None:
        return _before_actieplan(state, names)
    if not (state.parents_informed_of_measures and state.colleagues_informed_of_measures):
        return DueStep(EventKind.GECOMMUNICEERD, None, "Communiceer de maatregelen naar de "
                       "betrokken ouders en de medewerkers.")
    for p in state.pupils.values():
        if not p.letters:
            return DueStep(EventKind.BRIEF, p.pupil_id, "Informeer de ouders van "
                           f"{_name(names, p.pupil_id)} zo spoedig mogelijk met een brief.")
    if not state.follow_up_done:
        return DueStep(EventKind.VERVOLG, None, "Leg het vervolg vast: lopen de afspraken, "
                       "zijn er signalen van meer betrokken leerlingen, wat betekent het "
                       "voor het beleid.")
    if rules is not None:
        if rules.evaluations:
            return DueStep(EventKind.REGELS_BEEINDIGD, None, "Alleen de tijdelijke "
                           "omgangsregels lopen nog: beëindig ze na de evaluatie, of "
                           f"evalueer opnieuw op {rules.next_evaluation:%d-%m-%Y}.")
        return DueStep(EventKind.EVALUATIE_REGELS, None, "Evalueer de tijdelijke "
                       f"omgangsregels (gepland op {rules.next_evaluation:%d-%m-%Y}).")
    return DueStep(EventKind.AFGESLOTEN, None, "Alles voor afsluiten is vastgelegd.")


def _needs_actieplan(state: IncidentState) -> str | None:
    if state.actieplan is not None:
        return None
    missing = missing_for_actieplan(state) or ["Maak eerst het actieplan."]
    return "Kan pas na het actieplan. " + " ".join(missing)


def _rules_reason(state: IncidentState, kind: EventKind) -> str | None:
    rules = state.active_rules
    if kind is EventKind.OMGANGSREGELS:
        if rules is not None:
            return ("Er gelden al tijdelijke omgangsregels: stel ze bij in een evaluatie of "
                    "beëindig ze eerst.")
        if not state.with_role(Role.INITIATIEF):
            return "Leg eerst vast welke leerling initiatief nam."
        return None
    if rules is None:
        return "Er gelden geen tijdelijke omgangsregels."
    if kind is EventKind.REGELS_BEEINDIGD and not rules.evaluations:
        return "Evalueer de omgangsregels voordat ze stoppen."
    return None


def blocked_reason(state: IncidentState, kind: EventKind, pupil_id: int | None = None
                   ) -> str | None:
    """Why ``kind`` cannot be recorded now (Dutch), or None when it can."""
    if not state.started:
        return "Leg eerst het incident vast."
    if state.closed:
        return "Dit incident is afgesloten; er kan niets meer bij."
    if kind in PUPIL_KINDS and kind is not EventKind.LEERLING and (
            pupil_id is None or pupil_id not in state.pupils):
        return "Voeg eerst een betrokken leerling toe en kies die leerling."
    if kind is EventKind.ACTIEPLAN:
        missing = missing_for_actieplan(state)
        return ("Nog niet klaar voor het actieplan: " + " ".join(missing)) if missing else None
    if kind in (EventKind.GECOMMUNICEERD, EventKind.BRIEF, EventKind.VERVOLG):
        return _needs_actieplan(state)
    if kind is EventKind.GROEPSBRIEF:
        if state.actieplan is None:
            return _needs_actieplan(state)
        if any(p.parents_spoken_on is None for p in state.pupils.values()):
            return ("Spreek eerst de ouders van elke betrokken leerling; de brief aan de "
                    "groep zegt dat die gesprekken gevoerd zijn.")
        return None
    if kind in (EventKind.OMGANGSREGELS, EventKind.EVALUATIE_REGELS,
                EventKind.REGELS_BEEINDIGD):
        return _rules_reason(state, kind)
    if kind is EventKind.AFGESLOTEN:
        missing = missing_for_close(state)
        return ("Nog niet af te sluiten: " + " ".join(missing)) if missing else None
    return None
