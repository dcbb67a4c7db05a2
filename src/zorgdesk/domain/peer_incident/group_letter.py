"""Letters to the parents of a whole group (or of the other groups) after an incident.

Seed 003 gives three of them (l.6721-6885): 'betrokken groep' (the group where it
happened), 'overige groepen' (the groups not directly involved) and one for
grensoverschrijdend gedrag of or between kleuters. The Actieplan says when: how the
school communicates depends on how serious the incident is and how many are involved
(l.4929-4932), and "Klein houden (met alleen betrokken ouders) heeft altijd de voorkeur!"
(l.4943-4944). So a group letter needs a reason; it names no pupil at all (the service
checks every text against the school's pupils, this module the words to avoid).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from zorgdesk.domain.peer_incident.events import IncidentEvent
from zorgdesk.domain.peer_incident.state import IncidentState
from zorgdesk.domain.peer_incident.vocabulary import PeerIncidentError
from zorgdesk.domain.peer_incident.wording import refuse_terminology
from zorgdesk.domain.validation import fill_in


class Audience(StrEnum):
    BETROKKEN_GROEP = "betrokken_groep"
    OVERIGE_GROEPEN = "overige_groepen"
    JONGE_KINDEREN = "jonge_kinderen"

    @property
    def label(self) -> str:
        return AUDIENCE_LABELS[self]


AUDIENCE_LABELS = {
    Audience.BETROKKEN_GROEP: "Ouders van de betrokken groep",
    Audience.OVERIGE_GROEPEN: "Ouders van de overige groepen",
    Audience.JONGE_KINDEREN: "Ouders van de groep (jonge kinderen, kleuters)",
}

# Texts of a group letter; each is printed and so checked for words and names.
TEXT_KEYS = ("incident_group", "to_groups", "situation", "in_class", "partners",
             "told_by", "signed_by")


@dataclass(frozen=True)
class GroupLetter:
    audience: Audience
    on: date
    to_groups: str


def required_texts(audience: Audience) -> tuple[tuple[str, str], ...]:
    """(key, Dutch name) of what this letter cannot do without (the seed's <...>)."""
    common = (("incident_group", "de groep waarin het gebeurde"),
              ("partners", "met wie de school het plan maakt (bijvoorbeeld de GGD)"),
              ("signed_by", "wie ondertekent (directeur, eventueel bestuurder)"))
    if audience is Audience.JONGE_KINDEREN:  # l.6859-6861: who talked with the group, what
        return (*common, ("told_by", "wie in de groep over de gebeurtenis praatte"),
                ("in_class", "wat in de groep benoemd is"))
    situation = (("situation", "de situatie (zonder namen)"),)  # l.6739, l.6802
    if audience is Audience.OVERIGE_GROEPEN:
        return (*common, *situation, ("to_groups", "aan welke groepen de brief gaat"))
    return (*common, *situation)


def apply_group_letter(state: IncidentState, e: IncidentEvent, on: date) -> IncidentState:
    try:
        audience = Audience(e.answer.get("audience"))
    except ValueError:
        raise PeerIncidentError("Kies voor welke ouders de brief is: de betrokken groep, de "
                                "overige groepen of de groep jonge kinderen.",
                                "audience") from None
    if state.actieplan is None:  # l.6733-6734: "We informeren u over de acties"
        raise PeerIncidentError("Maak eerst het actieplan: de brief vertelt welke acties de "
                                "school onderneemt.")
    if any(p.parents_spoken_on is None for p in state.pupils.values()):
        # l.6739-6740: "Met de ouders van betrokken leerlingen zijn hierover direct
        # gesprekken gevoerd."
        raise PeerIncidentError("Spreek eerst de ouders van elke betrokken leerling; de "
                                "brief aan de groep zegt dat die gesprekken gevoerd zijn.")
    if not e.reasoning:  # l.4943-4944: keeping it small is always preferred
        raise PeerIncidentError("Licht toe waarom meer ouders dan alleen de betrokken ouders "
                                "een brief krijgen: klein houden heeft altijd de voorkeur.",
                                "reasoning")
    if audience is Audience.OVERIGE_GROEPEN and not any(
            g.audience is not Audience.OVERIGE_GROEPEN for g in state.group_letters):
        # l.6804-6805: "Ook hebben de ouders van de betreffende groep een brief ontvangen."
        raise PeerIncidentError("Stuur eerst de brief aan de ouders van de betrokken groep; "
                                "de brief aan de overige groepen zegt dat zij die kregen.")
    for key, name in required_texts(audience):
        if not e.text(key):
            raise PeerIncidentError(fill_in(name), key)
    refuse_terminology({key: e.text(key) for key in TEXT_KEYS})  # l.4870-4876, l.6746
    to_groups = e.text("to_groups") or e.text("incident_group")
    letter = GroupLetter(audience, on, to_groups)
    return replace(state, group_letters=(*state.group_letters, letter))
