"""What is still needed before the actieplan and before closing, in Dutch.

Each item cites the seed line (seed 003) it comes from; the reducer refuses with these
messages, and the wizard shows them as the open points.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from zorgdesk.domain.peer_incident.state import IncidentState
from zorgdesk.domain.peer_incident.vocabulary import Consultation, Role, Scale


def _name(names: Mapping[int, str] | None, pupil_id: int) -> str:
    return (names or {}).get(pupil_id) or f"leerling {pupil_id}"


def missing_for_actieplan(state: IncidentState, names: Mapping[int, str] | None = None
                          ) -> list[str]:
    missing = []
    if len(state.pupils) < 2:  # l.4780: gedrag *tussen* leerlingen
        missing.append("Leg minstens twee betrokken leerlingen vast, met hun rol.")
    if not state.with_role(Role.INITIATIEF):  # l.4870-4872
        missing.append("Geef aan welke leerling initiatief nam.")
    if not state.consulted(Consultation.INTERN):  # l.4828-4830
        missing.append("Bespreek het gedrag eerst met professional, aandachtsfunctionaris "
                       "of directie en leg dat overleg vast.")
    for p in state.pupils.values():
        if p.parents_spoken_on is None:  # l.4833-4838
            missing.append(f"Voer het gesprek met de ouders van {_name(names, p.pupil_id)}.")
        if p.role is Role.INITIATIEF and p.flag is None:  # l.4858-4859
            missing.append(f"Weeg het gedrag van {_name(names, p.pupil_id)} met het "
                           "Vlaggensysteem.")
    if state.scale is None:  # l.4840-4841
        missing.append("Maak een eerste inschatting hoe groot de zaak is of kan worden.")
    elif state.scale is Scale.GROOT and not state.consulted(Consultation.CALAMITEITENTEAM):
        missing.append("De zaak is groot: stel een team samen met kinderopvang en onderwijs, "
                       "bestuur en externe "
                       "professionals en leg dat overleg vast.")  # l.4850-4853
    return missing


def missing_for_close(state: IncidentState, names: Mapping[int, str] | None = None
                      ) -> list[str]:
    missing = []
    if state.actieplan is None:  # l.4837-4838, 4843
        missing.append("Maak eerst een actieplan.")
    if not (state.parents_informed_of_measures and state.colleagues_informed_of_measures):
        missing.append("Communiceer de maatregelen naar de betrokken ouders en de "
                       "medewerkers.")  # l.4847-4848, l.4887
    for p in state.pupils.values():
        if not p.letters:  # l.4974-4983
            missing.append(f"Informeer de ouders van {_name(names, p.pupil_id)} met een brief.")
    if state.active_rules is not None:  # l.5749-5764: evaluated until they end
        missing.append("Beëindig eerst de tijdelijke omgangsregels (na evaluatie).")
    if not state.follow_up_done:  # l.4947-4955
        missing.append("Leg het vervolg vast: lopen de afspraken, zijn er signalen van "
                       "meer betrokken leerlingen, wat betekent het voor het beleid.")
    return missing


def open_deadlines(state: IncidentState) -> list[tuple[date, str, int | None]]:
    """(due, Dutch text, pupil id or None) for every dated obligation still open."""
    if not state.started or state.closed:
        return []
    found: list[tuple[date, str, int | None]] = []
    for p in state.pupils.values():
        if p.parents_spoken_on is None:  # l.4833: "op zeer korte termijn"
            found.append((state.reported_on, "Ouders uitnodigen voor een gesprek "
                          "(op zeer korte termijn)", p.pupil_id))
        if state.actieplan is not None and not p.letters:  # l.4974-4983: "zo spoedig mogelijk"
            found.append((state.actieplan_on, "Ouders informeren met een brief "
                          "(zo spoedig mogelijk)", p.pupil_id))
    rules = state.active_rules
    if rules is not None:
        what = ("Eerste evaluatie tijdelijke omgangsregels (na twee weken)"
                if not rules.evaluations else "Maandelijkse evaluatie tijdelijke omgangsregels")
        found.append((rules.next_evaluation, what, None))
    return found
