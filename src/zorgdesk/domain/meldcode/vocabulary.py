"""The words of the meldcode: steps, afwegingsvragen, answers, outcomes, event kinds.

Enums with their Dutch titles and labels, which event kind belongs to which step, and the
questions of step 1. Everything else in the package builds on these; this module imports
nothing from it (only the shared error type).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from zorgdesk.domain.validation import Refusal


class MeldcodeError(Refusal):
    """A step the meldcode does not allow (or an answer it cannot take): one Dutch
    ``message``, placed at ``field`` (an answer's key) when the form has that field."""

    summary = "Meldcodestap geweigerd"


class Step(IntEnum):
    SIGNALEN = 1
    CONSULTATIE = 2
    GESPREK = 3
    AFWEGEN = 4
    BESLISSEN = 5

    @property
    def title(self) -> str:
        return STEP_TITLES[self]


STEP_TITLES = {
    Step.SIGNALEN: "Stap 1: Signalen in kaart brengen",
    Step.CONSULTATIE: "Stap 2: Collegiale consultatie en zo nodig Veilig Thuis raadplegen",
    Step.GESPREK: "Stap 3: Gesprek met ouders (en kind)",
    Step.AFWEGEN: "Stap 4: Wegen met het afwegingskader",
    Step.BESLISSEN: "Stap 5: Beslissen: melden en/of hulp bieden of organiseren",
}


class Question(IntEnum):
    """The five afwegingsvragen, in the seed's order (l.7819-7932)."""

    VERMOEDEN = 1
    VEILIGHEID = 2
    HULP = 3
    HULP_ACCEPTEREN = 4
    RESULTAAT = 5

    @property
    def text(self) -> str:
        return QUESTION_TEXTS[self]


QUESTION_TEXTS = {
    Question.VERMOEDEN: (
        "Vermoeden: heb je op basis van het dossier meldcode, (eventueel) overleg met "
        "externe professionals en het gesprek met ouders een vermoeden van huiselijk "
        "geweld en/of kindermishandeling?"
    ),
    Question.VEILIGHEID: (
        "Veiligheid: is er op basis van de stappen van de meldcode sprake van acute "
        "en/of structurele onveiligheid?"
    ),
    Question.HULP: (
        "Hulp: ben ik, of iemand anders in mijn organisatie, in staat om effectieve hulp te "
        "bieden of te organiseren en kan de dreiging voor mogelijk huiselijk geweld of "
        "kindermishandeling afgewend worden?"
    ),
    Question.HULP_ACCEPTEREN: (
        "Hulp accepteren: aanvaarden de betrokkenen de hulp zoals in de vorige afweging is "
        "georganiseerd, en zijn zij bereid zich actief in te zetten?"
    ),
    Question.RESULTAAT: (
        "Resultaat: leidt de hulp binnen de afgesproken termijn tot de afgesproken "
        "resultaten ten aanzien van de veiligheid, het welzijn en/of het herstel van de "
        "direct betrokkenen?"
    ),
}


class Answer(StrEnum):
    JA = "ja"
    NEE = "nee"
    TWIJFEL = "twijfel"  # only for question 2; counts as JA (l.7888)


class Outcome(StrEnum):
    """Where the afwegingskader has led so far."""

    OPEN = "open"  # not yet at a decision point
    AFSLUITEN = "afsluiten"  # Q1 nee: close the dossier, keep monitoring
    HULP = "hulp"  # Q4 ja: help with a term and a responsible person, Q5 pending
    MELDEN = "melden"  # Q2 ja/twijfel, Q3 nee, Q4 nee or Q5 nee
    AFSLUITEN_NA_HULP = "afsluiten_na_hulp"  # Q5 ja: close with monitoring agreements

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS = {
    Outcome.OPEN: "Afweging nog niet afgerond",
    Outcome.AFSLUITEN: "Geen vermoeden: dossier vastleggen en sluiten, zorg blijven monitoren",
    Outcome.HULP: "Hulp bieden of organiseren, met termijn en verantwoordelijke",
    Outcome.MELDEN: "Direct melden bij Veilig Thuis",
    Outcome.AFSLUITEN_NA_HULP: "Hulp heeft resultaat: monitoringsafspraken maken en afsluiten",
}


class ConversationSkipReason(StrEnum):
    """Why step 3 (gesprek met ouders/kind) was skipped (l.3366-3372)."""

    VEILIGHEID_KIND = "veiligheid_kind"
    VEILIGHEID_ANDEREN = "veiligheid_anderen"
    ANDERE_REDEN = "andere_gedocumenteerde_reden"

    @property
    def label(self) -> str:
        return {
            "veiligheid_kind": "Veiligheid van het kind",
            "veiligheid_anderen": "Veiligheid van anderen",
            "andere_gedocumenteerde_reden": "Andere gedocumenteerde reden",
        }[self.value]


class ParentsNotInformedReason(StrEnum):
    """Why parents were not told beforehand about the melding ("open, tenzij", l.3400-3404)."""

    VEILIGHEID_KIND = "veiligheid_kind"
    VEILIGHEID_ANDEREN = "veiligheid_anderen"  # melder, gezin or others
    VERTROUWENSRELATIE = "vertrouwensrelatie"
    ANDERE_REDEN = "andere_gedocumenteerde_reden"

    @property
    def label(self) -> str:
        return {
            "veiligheid_kind": "Veiligheid van het kind",
            "veiligheid_anderen": "Veiligheid van de melder, het gezin of anderen",
            "vertrouwensrelatie": "De vertrouwensrelatie staat op het spel",
            "andere_gedocumenteerde_reden": "Andere gedocumenteerde reden",
        }[self.value]


class EventKind(StrEnum):
    GESTART = "gestart"
    SIGNALEN_VASTGELEGD = "signalen_vastgelegd"
    KINDCHECK = "kindcheck"
    BROERS_ZUSSEN = "broers_zussen"
    COLLEGIALE_CONSULTATIE = "collegiale_consultatie"
    VT_CONSULTATIE = "vt_consultatie"
    GESPREK_GEKOPPELD = "gesprek_gekoppeld"
    GESPREK_OVERGESLAGEN = "gesprek_overgeslagen"
    STAP_AFGEROND = "stap_afgerond"
    AFWEGINGSVRAAG = "afwegingsvraag"
    BESLUIT_MELDEN = "besluit_melden"
    BESLUIT_HULP = "besluit_hulp"
    OUDERS_GEINFORMEERD = "ouders_geinformeerd"
    OUDERS_NIET_GEINFORMEERD = "ouders_niet_geinformeerd"
    MELDING_GEDAAN = "melding_gedaan"
    VT_TERUGKOPPELING = "vt_terugkoppeling"
    NAZORG_EVALUATIE = "nazorg_evaluatie"
    MONITORING = "monitoring"
    TERUG_NAAR_STAP = "terug_naar_stap"
    AFGESLOTEN = "afgesloten"
    RAPPORTAGE = "rapportage"  # the typed fields of the seed's form; also after closing


# Kinds that belong to one fixed step; the others are recorded at the current step.
KIND_STEP: dict[EventKind, Step] = {
    EventKind.GESTART: Step.SIGNALEN,
    EventKind.SIGNALEN_VASTGELEGD: Step.SIGNALEN,
    EventKind.KINDCHECK: Step.SIGNALEN,
    EventKind.BROERS_ZUSSEN: Step.SIGNALEN,
    EventKind.COLLEGIALE_CONSULTATIE: Step.CONSULTATIE,
    EventKind.GESPREK_GEKOPPELD: Step.GESPREK,
    EventKind.GESPREK_OVERGESLAGEN: Step.GESPREK,
    EventKind.AFWEGINGSVRAAG: Step.AFWEGEN,
    EventKind.BESLUIT_MELDEN: Step.BESLISSEN,
    EventKind.BESLUIT_HULP: Step.BESLISSEN,
    EventKind.OUDERS_GEINFORMEERD: Step.BESLISSEN,
    EventKind.OUDERS_NIET_GEINFORMEERD: Step.BESLISSEN,
    EventKind.MELDING_GEDAAN: Step.BESLISSEN,
    EventKind.VT_TERUGKOPPELING: Step.BESLISSEN,
    EventKind.NAZORG_EVALUATIE: Step.BESLISSEN,
}

# The questions the aandachtsfunctionaris investigates in step 1 (l.3549-3561).
STEP1_QUESTIONS: dict[str, str] = {
    "welke_signalen": "Welke signalen zijn er / heb je gezien en/of gehoord?",
    "hoe_vaak": "Hoe vaak komt dit voor?",
    "situaties": "In welke situaties komt de zorg voor?",
    "meer_leerlingen": "Zijn er meer leerlingen bij betrokken?",
    "normale_ontwikkeling": "Hoe verhoudt het gedrag zich tot de normale ontwikkeling?",
    "eerder_gedrag": "Vertoonde de leerling hetzelfde gedrag al eerder?",
    "eerdere_zorgen": "Bestonden dezelfde zorgen al eerder?",
}
