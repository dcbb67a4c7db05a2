"""Soort zorg: specific forms of violence for which the seeds give a different step.

What the seeds say, and nothing more:

* seed 003 l.7845-7853 (afwegingskader, 'Disclosure'): discussing the worries with the
  parents or the perpetrator *without good preparation* can make the unsafety acute or
  worse; "dit geldt uitdrukkelijk ook voor ... huwelijksdwang, eergerelateerd geweld";
  what follows needs "zorgvuldige afstemming over vervolgacties tussen de beroepskracht,
  Veilig Thuis en het slachtoffer". So for these two forms the party to consult before
  the conversation with the parents is Veilig Thuis, and step 3 is prepared with it.
* Vrouwelijke genitale verminking (VGV): the seeds do not mention it.
* Radicalisering: named only as a subject of the curriculum (seed 003 l.163, seed 004
  l.136), never as a route of the meldcode.

For VGV and radicalisering the wizard therefore shows the generic steps and says the
school's sources give no own step; it invents none.

One addition the school's sources do not contain, asked for by issue 22: with
eergerelateerd geweld Veilig Thuis can call in the Landelijk Expertisecentrum
Eergerelateerd Geweld (LEC EGG). The school consults Veilig Thuis, never the LEC EGG
directly; the text names its source as the landelijke meldcode, not a seed line.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Concern(StrEnum):
    ALGEMEEN = "algemeen"
    EERGERELATEERD_GEWELD = "eergerelateerd_geweld"
    HUWELIJKSDWANG = "huwelijksdwang"
    VGV = "vgv"
    RADICALISERING = "radicalisering"

    @property
    def label(self) -> str:
        return CONCERN_LABELS[self]


CONCERN_LABELS = {
    Concern.ALGEMEEN: "Huiselijk geweld of kindermishandeling (algemeen)",
    Concern.EERGERELATEERD_GEWELD: "Eergerelateerd geweld",
    Concern.HUWELIJKSDWANG: "Huwelijksdwang",
    Concern.VGV: "Vrouwelijke genitale verminking",
    Concern.RADICALISERING: "Radicalisering",
}


@dataclass(frozen=True)
class ConcernStep:
    """What the wizard shows (and requires) instead of the generic text for one step."""

    text: str
    seed: str
    lines: tuple[int, int]


_PREPARE_WITH_VT = ConcernStep(
    "Bespreek de zorgen niet zonder goede voorbereiding met de ouders of met degene die "
    "het geweld (mogelijk) pleegt: dat kan de onveiligheid acuut maken of verergeren. "
    "Raadpleeg eerst Veilig Thuis en stem de vervolgacties zorgvuldig af tussen school, "
    "Veilig Thuis en het kind.",
    "seeds/003_9a54ac296a9565ce.txt", (7845, 7853))

_STEP3_WITH_VT = ConcernStep(
    "Het gesprek met de ouders (stap 3) wordt alleen gevoerd zoals met Veilig Thuis "
    "afgestemd; is dat niet veilig, leg dan vast waarom het gesprek niet gevoerd wordt.",
    "seeds/003_9a54ac296a9565ce.txt", (7845, 7853))

LEC_EGG = ("Veilig Thuis schakelt bij eergerelateerd geweld zo nodig het Landelijk "
           "Expertisecentrum Eergerelateerd Geweld (LEC EGG) in; de school raadpleegt "
           "Veilig Thuis, niet het LEC EGG zelf.")
LEC_EGG_SOURCE = "landelijke Meldcode huiselijk geweld en kindermishandeling (niet in de " \
    "bronteksten van de school)"

_PREPARE_WITH_VT_EGG = ConcernStep(f"{_PREPARE_WITH_VT.text} {LEC_EGG}",
                                   _PREPARE_WITH_VT.seed, _PREPARE_WITH_VT.lines)

# Step 1 for these forms: the generic step stays, with this warning before it.
_FIRST_STEP_NO_PARENTS = ConcernStep(
    "Bespreek de signalen nog niet met de ouders. Leg ze vast en raadpleeg in stap 2 "
    "eerst Veilig Thuis; het gesprek met de ouders volgt pas als het met Veilig Thuis is "
    "afgestemd.",
    "seeds/003_9a54ac296a9565ce.txt", (7845, 7853))

NO_OWN_STEP = ("De bronteksten van de school geven voor deze vorm geen eigen stap of andere "
               "gesprekspartner; de algemene stappen van de meldcode gelden.")

# Concern -> step number -> what replaces the generic guidance.
CONCERN_STEPS: dict[Concern, dict[int, ConcernStep]] = {
    Concern.EERGERELATEERD_GEWELD: {1: _FIRST_STEP_NO_PARENTS, 2: _PREPARE_WITH_VT_EGG,
                                    3: _STEP3_WITH_VT},
    Concern.HUWELIJKSDWANG: {1: _FIRST_STEP_NO_PARENTS, 2: _PREPARE_WITH_VT,
                             3: _STEP3_WITH_VT},
}

# Who the school consults before the conversation with the parents, per form.
CONSULT_FIRST = {
    Concern.EERGERELATEERD_GEWELD: "Veilig Thuis (dat zo nodig het LEC EGG inschakelt)",
    Concern.HUWELIJKSDWANG: "Veilig Thuis",
}

# Forms for which Veilig Thuis must be consulted in step 2, before the conversation.
VT_BEFORE_CONVERSATION = frozenset(c for c, steps in CONCERN_STEPS.items() if 2 in steps)


def concern_step(concern: Concern | str, step: int) -> ConcernStep | None:
    return CONCERN_STEPS.get(Concern(concern), {}).get(int(step))


def concern_hint(concern: Concern | str) -> str:
    """One line for the step-1 form: what choosing this form changes in the wizard."""
    concern = Concern(concern)
    if concern is Concern.ALGEMEEN:
        return ("De vijf stappen van de meldcode; in stap 2 collegiale consultatie en zo "
                "nodig Veilig Thuis.")
    if concern in CONSULT_FIRST:
        return (f"Eerst raadplegen: {CONSULT_FIRST[concern]}, in stap 2 en vóór het "
                "gesprek met de ouders.")
    return NO_OWN_STEP
