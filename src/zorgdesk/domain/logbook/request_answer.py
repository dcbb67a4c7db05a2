"""Answering parents' written request to correct or remove dossier data (seed 003 l.4613-4620).

"Ouders mogen het dossier laten verbeteren, aanvullen of gegevens verwijderen als deze
feitelijk onjuist zijn, voor het gestelde doel onvolledig zijn of niet ter zake doen.
[...] Binnen 4 weken na ontvangst geeft de organisatie schriftelijk reactie, waarbij een
weigering gemotiveerd wordt."

What a granted request changed is kept as a :class:`RequestChange`: the proof without
the content (which kind of record, its number and date, removed or corrected, when, by
whom, on which ground). :func:`letter_paragraphs` writes the answer to the parents.
Pure Python; the texts are Dutch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from zorgdesk.domain.logbook.parents import (
    ChangeKind,
    CorrectionOutcome,
    CorrectionRequest,
    RequestChange,
    long_date,
)

# The three grounds the seed names (l.4614-4616); the IB may also type her own.
GROUNDS = (
    "De gegevens zijn feitelijk onjuist.",
    "De gegevens zijn voor het doel van het dossier onvolledig.",
    "De gegevens doen niet ter zake.",
)

GRANTING = frozenset({CorrectionOutcome.GRANTED, CorrectionOutcome.PARTLY_GRANTED})

# Why the meldcode dossier stays whatever the request (Wet verplichte meldcode; the
# aandachtsfunctionaris keeps the dossier, seed 003 l.5281-5282; DOMAIN.md section 6).
MELDCODE_KEPT_GROUND = (
    "De school is op grond van de Wet verplichte meldcode huiselijk geweld en "
    "kindermishandeling verplicht de signalen, de gezette stappen en de besluiten vast te "
    "leggen en te bewaren; de aandachtsfunctionaris bewaart dit dossier.")
MELDCODE_KEPT_PARAGRAPH = (
    "Het meldcodedossier verwijderen wij niet, ook niet voor een deel. " + MELDCODE_KEPT_GROUND
    + " Stukken uit het leerlingdossier die dit dossier onderbouwen, kunnen daarom alleen "
    "worden verbeterd, niet verwijderd.")


# A grant that names nothing it did: the IB is told what the answer needs.
NOTHING_DESCRIBED = (
    "Zeg wat u heeft gedaan: kies wat verwijderd of verbeterd wordt, of vink aan wat is "
    "toegevoegd (zienswijze, aanvulling, notitie). Nog niets toegevoegd? Leg het eerst vast "
    "in het logboek, of wijs het verzoek gemotiveerd af.")


def check_changes(outcome: CorrectionOutcome, removals: int, corrections: int,
                  grondslag: str, supplements: int = 0) -> list[tuple[str, str]]:
    """Dutch problems of an answer: a grant must say what it changed or added; only a
    grant removes, corrects or adds, and a removal or correction needs its ground."""
    if outcome in GRANTING and not (removals or corrections or supplements):
        return [("entries", NOTHING_DESCRIBED)]
    if supplements and outcome not in GRANTING:
        return [("supplements", "Alleen bij een (deels) toegewezen verzoek wordt iets aan "
                                "het dossier toegevoegd.")]
    if not removals and not corrections:
        return []
    if outcome not in GRANTING:
        return [("outcome", "Alleen bij een (deels) toegewezen verzoek worden gegevens "
                            "verwijderd of verbeterd.")]
    if not grondslag.strip():
        return [("grondslag", "Noteer de grondslag: waarom worden de gegevens verwijderd "
                              "of verbeterd?")]
    return []


@dataclass(frozen=True)
class AnswerLetter:
    """Everything the written answer to the parents says."""

    request: CorrectionRequest
    pupil_name: str
    school_name: str
    place: str
    signed_by: str
    signer_role: str

    @property
    def changes(self) -> tuple[RequestChange, ...]:
        return self.request.changes

    @property
    def answered_on(self) -> date:
        return self.request.answered_on or self.request.received

    @property
    def late(self) -> bool:
        return self.answered_on > self.request.due


def letter_paragraphs(letter: AnswerLetter) -> list[str]:
    """The body of the letter, paragraph by paragraph (no salutation, no signature)."""
    req = letter.request
    paragraphs = [
        f"Op {long_date(req.received)} ontvingen wij uw schriftelijke verzoek om gegevens in "
        f"het leerlingdossier van {letter.pupil_name} te laten verbeteren, aanvullen of "
        "verwijderen. Wij beantwoorden een verzoek binnen vier weken na ontvangst; voor uw "
        f"verzoek is dat uiterlijk {long_date(req.due)}."]
    if letter.late:
        paragraphs.append(
            "Het spijt ons dat dit antwoord later komt dan de termijn van vier weken.")
    outcome = req.outcome
    if outcome is CorrectionOutcome.GRANTED:
        paragraphs.append("Wij hebben uw verzoek toegewezen.")
    elif outcome is CorrectionOutcome.PARTLY_GRANTED:
        paragraphs.append("Wij hebben uw verzoek voor een deel toegewezen.")
    elif outcome is CorrectionOutcome.REFUSED:
        paragraphs.append("Wij hebben besloten uw verzoek niet toe te wijzen.")
    elif outcome is CorrectionOutcome.WITHDRAWN:
        paragraphs.append("U heeft uw verzoek ingetrokken; wij hebben daarom niets gewijzigd.")
    changed = [c for c in letter.changes if c.change is not ChangeKind.KEPT]
    kept = [c for c in letter.changes if c.change is ChangeKind.KEPT]
    if changed:
        paragraphs.append("Wat er in het dossier is gewijzigd:")
        paragraphs += [f"• {c.description}" for c in changed]
        grounds = sorted({c.grondslag for c in changed})
        paragraphs.append("Grondslag: " + " ".join(grounds))
        paragraphs.append("Wat verwijderd is, staat niet meer in het dossier en ook niet in "
                          "de kopieën (back-ups) die de school vanaf nu maakt.")
    if req.supplements:
        paragraphs.append("Wat wij aan het dossier hebben toegevoegd:")
        paragraphs += [f"• {s.description}" for s in req.supplements]
        if not changed:
            paragraphs.append("Wat er al in het dossier stond, blijft staan; het "
                              "toegevoegde staat erbij. U kunt het dossier op school inzien.")
    if kept:
        paragraphs.append(MELDCODE_KEPT_PARAGRAPH)
    motivation = req.motivation.strip()
    if outcome is CorrectionOutcome.REFUSED:
        paragraphs.append(f"De reden: {motivation}")
    elif outcome is CorrectionOutcome.PARTLY_GRANTED and motivation:
        paragraphs.append(f"Voor het overige wijzen wij uw verzoek af. De reden: {motivation}")
    elif motivation:
        paragraphs.append(f"Toelichting: {motivation}")
    if outcome in (CorrectionOutcome.REFUSED, CorrectionOutcome.PARTLY_GRANTED):
        paragraphs.append(
            "Herkent u zich niet in wat er over uw kind is vastgelegd, dan kunt u uw visie "
            "op schrift aan het dossier laten toevoegen. Bent u het niet eens met dit besluit, "
            "dan kunt u contact opnemen met de directeur van de school of een klacht "
            "indienen bij de Autoriteit Persoonsgegevens.")
    paragraphs.append("Heeft u vragen over deze brief, neem dan gerust contact met ons op.")
    return paragraphs
