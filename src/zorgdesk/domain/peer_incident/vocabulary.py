"""The words of the route 'grensoverschrijdend gedrag tussen leerlingen'.

Seed 003 (``seeds/003_9a54ac296a9565ce.txt``): Actieplan bij calamiteiten l.4777-5010,
Handreiking aanvullende (tijdelijke) omgangsregels l.5641-5769, ouderbrieven l.6721-6885.
Enums with their Dutch labels; this module imports nothing from the package.
"""

from __future__ import annotations

from enum import StrEnum

from zorgdesk.domain.validation import Refusal


class PeerIncidentError(Refusal):
    """A step the route does not allow: a Dutch ``message`` at ``field``, the answer it is
    about ("" for the step as a whole); ``str(error)`` names the field only."""

    summary = "Incidentstap geweigerd"


class Role(StrEnum):
    """l.4870-4872: no 'dader/slachtoffer', but 'betrokken leerlingen' in two roles."""

    INITIATIEF = "initiatief"
    OVERKOMT = "overkomt"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.INITIATIEF: "leerling die initiatief neemt",
    Role.OVERKOMT: "leerling die iets overkomt",
}


class Scale(StrEnum):
    """l.4840-4841: 'een eerste inschatting over hoe groot de zaak is/kan worden'."""

    KLEIN = "klein"
    GROOT = "groot"


class Consultation(StrEnum):
    """The route's own consultation steps, in the seed's order."""

    INTERN = "intern"  # l.4828-4830: professional / AF HGKM / directie/locatieleiding
    EXTERN = "extern"  # l.4843-4845: GGD-JGZ, zorgteam, behandelaar, landelijke experts
    CALAMITEITENTEAM = "calamiteitenteam"  # l.4850-4853: K&O, bestuur, externe professionals

    @property
    def label(self) -> str:
        return CONSULTATION_LABELS[self]


CONSULTATION_LABELS = {
    Consultation.INTERN: "Bespreking met professional / aandachtsfunctionaris / directie",
    Consultation.EXTERN: "Externe professionals (GGD-JGZ, zorgteam, behandelaar, experts)",
    Consultation.CALAMITEITENTEAM: "Team met kinderopvang en onderwijs, bestuur en externen",
}


class EventKind(StrEnum):
    GEMELD = "gemeld"
    LEERLING = "leerling"
    CONSULTATIE = "consultatie"
    OUDERGESPREK = "oudergesprek"
    VLAG = "vlag"
    INSCHATTING = "inschatting"
    ACTIEPLAN = "actieplan"
    GECOMMUNICEERD = "gecommuniceerd"
    OPVANG = "opvang"
    BRIEF = "brief"
    GROEPSBRIEF = "groepsbrief"
    OMGANGSREGELS = "omgangsregels"
    EVALUATIE_REGELS = "evaluatie_regels"
    REGELS_BEEINDIGD = "regels_beeindigd"
    VERVOLG = "vervolg"
    AFGESLOTEN = "afgesloten"


KIND_LABELS = {
    EventKind.GEMELD: "Incident vastgelegd",
    EventKind.LEERLING: "Betrokken leerling",
    EventKind.CONSULTATIE: "Overleg",
    EventKind.OUDERGESPREK: "Gesprek met ouders",
    EventKind.VLAG: "Vlaggensysteem",
    EventKind.INSCHATTING: "Eerste inschatting",
    EventKind.ACTIEPLAN: "Actieplan",
    EventKind.GECOMMUNICEERD: "Maatregelen gecommuniceerd",
    EventKind.OPVANG: "Opvang",
    EventKind.BRIEF: "Brief aan ouders",
    EventKind.GROEPSBRIEF: "Brief aan ouders van de groep(en)",
    EventKind.OMGANGSREGELS: "Tijdelijke omgangsregels ingesteld",
    EventKind.EVALUATIE_REGELS: "Omgangsregels geëvalueerd",
    EventKind.REGELS_BEEINDIGD: "Omgangsregels beëindigd",
    EventKind.VERVOLG: "Vervolg en evaluatie",
    EventKind.AFGESLOTEN: "Afgesloten",
}

# Events about one pupil carry its id (they leave with that pupil at retention).
PUPIL_KINDS = frozenset({EventKind.LEERLING, EventKind.OUDERGESPREK, EventKind.VLAG,
                         EventKind.BRIEF})

# l.5664-5745: the areas the Handreiking gives (extra) omgangsregels for, in its order.
RULE_AREAS = {
    "start_einde": "Start en afsluiting schooldag",
    "speelkwartier": "Speelkwartier",
    "toilet": "Afspraken rondom de toiletgang",
    "gym": "Afspraken rondom de gymnastieklessen",
    "computer": "Afspraken rondom computergebruik",
    "tutorlezen": "Tutorlezen",
    "zelfstandig": "Zelfstandig werken",
    "buitenschools": "Schoolreisje en andere buitenschoolse activiteiten",
    "overig": "Overige afspraken",
}

# l.5751-5756: with whom the omgangsregels are evaluated ("met bijvoorbeeld").
EVALUATION_PARTIES = {
    "leerkrachten": "Leerkrachten",
    "ouders": "Ouders van de betrokken leerling",
    "ib": "Intern begeleider",
    "directie": "Directie",
    "extern": "Externe deskundigen",
}

# l.4910-4919: ACTIE 3, who gets support (opvang).
SUPPORT_FOR = {
    "locatieleiding": "Locatieleiding",
    "team": "Team",
    "ouders": "Ouders",
    "leerlingen": "Leerlingen",
}

FLAGS = ("groen", "geel", "rood", "zwart")  # the Vlaggensysteem's order (l.5506-5509)

FIRST_EVALUATION_DAYS = 14  # l.5749-5751: "twee weken na het ingaan"
