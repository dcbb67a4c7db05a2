"""The immutable event record of a dossier meldcode and its storage form.

A trajectory is nothing but its events; :meth:`MeldcodeEvent.to_record` and
:meth:`MeldcodeEvent.from_record` turn one into a JSON-compatible row and back (dates keep
their type). :data:`FIELD_HELP` documents the ``answer`` fields per kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from zorgdesk.domain.event_sourcing.codec import freeze, from_jsonable, to_jsonable
from zorgdesk.domain.meldcode.vocabulary import STEP1_QUESTIONS, EventKind, Step


@dataclass(frozen=True)
class MeldcodeEvent:
    """One immutable entry in the dossier meldcode.

    ``answer`` holds the kind-specific fields (see :data:`FIELD_HELP`); it is frozen into
    a read-only mapping with tuples instead of lists.
    """

    step: Step
    kind: EventKind
    answer: Mapping[str, Any]
    reasoning: str
    author: str
    timestamp: datetime

    def __post_init__(self) -> None:
        object.__setattr__(self, "step", Step(self.step))
        object.__setattr__(self, "kind", EventKind(self.kind))
        object.__setattr__(self, "answer", freeze(self.answer or {}))
        object.__setattr__(self, "reasoning", (self.reasoning or "").strip())
        object.__setattr__(self, "author", (self.author or "").strip())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MeldcodeEvent):
            return NotImplemented
        return self.to_record() == other.to_record()

    __hash__ = None  # type: ignore[assignment]

    def __copy__(self) -> MeldcodeEvent:
        return self  # immutable

    def __deepcopy__(self, memo: dict[int, Any]) -> MeldcodeEvent:
        return self  # immutable

    def to_record(self) -> dict[str, Any]:
        """JSON-compatible dict for storage as one row."""
        return {
            "step": int(self.step),
            "kind": self.kind.value,
            "answer": to_jsonable(self.answer),
            "reasoning": self.reasoning,
            "author": self.author,
            "timestamp": self.timestamp.isoformat(),
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> MeldcodeEvent:
        return cls(
            step=Step(record["step"]),
            kind=EventKind(record["kind"]),
            answer=from_jsonable(dict(record.get("answer") or {})),
            reasoning=record.get("reasoning", ""),
            author=record.get("author", ""),
            timestamp=datetime.fromisoformat(record["timestamp"]),
        )


# Documentation of the ``answer`` fields per kind, for the UI and for persistence.
FIELD_HELP: dict[EventKind, dict[str, str]] = {
    EventKind.GESTART: {
        "pupil_id": "str, verplicht",
        "leader": "str, verplicht: aandachtsfunctionaris die het traject leidt",
        "start_date": "date, verplicht",
    },
    EventKind.SIGNALEN_VASTGELEGD: {
        "signal_check_ids": "tuple[str]: gekoppelde signalenlijsten",
        "logboek_ids": "tuple[str]: gekoppelde logboekregels (samen minstens een koppeling)",
        "contra_signalen": "str, verplicht: gegevens die de signalen weerspreken",
        "soort_zorg": "Concern, optioneel (standaard 'algemeen'): zie concern.py",
        **{k: "str: antwoord op '" + v + "'" for k, v in STEP1_QUESTIONS.items()},
    },
    EventKind.KINDCHECK: {"done": "bool, verplicht", "note": "str, verplicht"},
    EventKind.BROERS_ZUSSEN: {
        "siblings": "tuple[str]: broers/zussen op school die nagegaan worden (mag leeg)",
        "note": "str, verplicht: wat is nagegaan, of 'geen broers/zussen op school'",
    },
    EventKind.COLLEGIALE_CONSULTATIE: {
        "with_whom": "str, verplicht",
        "date": "date, verplicht",
        "advice": "str, verplicht",
    },
    EventKind.VT_CONSULTATIE: {
        "date": "date, verplicht",
        "anonymous": "bool, verplicht",
        "vt_dossier_number": "str, optioneel",
        "organisation": "str, optioneel: gekozen uit de sociale kaart (momentopname)",
        "contact_person": "str, verplicht",
        "question": "str, verplicht",
        "advice": "str, verplicht",
        "next_steps": "str, verplicht",
        "responsibilities": "str, verplicht: wie is verantwoordelijk voor wat",
    },
    EventKind.GESPREK_GEKOPPELD: {
        "zorggesprek_id": "str, verplicht",
        "date": "date, optioneel: de dag waarop het gesprek gevoerd is",
    },
    EventKind.GESPREK_OVERGESLAGEN: {
        "reason_category": "ConversationSkipReason, verplicht; toelichting in reasoning",
    },
    EventKind.STAP_AFGEROND: {},
    EventKind.AFWEGINGSVRAAG: {
        "question": "int 1-5, verplicht",
        "value": "'ja' | 'nee' | 'twijfel' (twijfel alleen bij vraag 2)",
        "disclosure": "bool, vraag 2: het kind heeft zich uitgesproken (telt als acuut)",
        "bevoegd_gezag_informed": "bool, vraag 1 ja: moet True zijn",
        "help_description": "str, vraag 4 ja: welke hulp",
        "help_term": "date, vraag 4 ja: termijn waarop effect merkbaar moet zijn",
        "help_responsible": "str, vraag 4 ja: verantwoordelijke",
        "help_provider": "str, optioneel: hulp via (uit de sociale kaart, momentopname)",
        "monitoring_agreements": "str, vraag 5 ja: afspraken over monitoren",
        "with_veilig_thuis": "bool: vraag 3-5 doorlopen met Veilig Thuis (na melden bij 2)",
    },
    EventKind.BESLUIT_MELDEN: {"value": "bool, verplicht; reden in reasoning"},
    EventKind.BESLUIT_HULP: {
        "value": "bool, verplicht; reden in reasoning",
        "description": "str, bij ja",
        "term": "date, bij ja",
        "responsible": "str, bij ja",
        "provider": "str, optioneel: hulp via (uit de sociale kaart, momentopname)",
    },
    EventKind.OUDERS_GEINFORMEERD: {"date": "date, verplicht", "how": "str, verplicht"},
    EventKind.OUDERS_NIET_GEINFORMEERD: {
        "reason_category": "ParentsNotInformedReason, verplicht; toelichting in reasoning",
    },
    EventKind.MELDING_GEDAAN: {
        "date": "date, verplicht",
        "by_whom": "str, verplicht",
        "vt_reference": "str, verplicht: kenmerk van Veilig Thuis",
    },
    EventKind.VT_TERUGKOPPELING: {"date": "date, verplicht", "summary": "str, verplicht"},
    EventKind.NAZORG_EVALUATIE: {"date": "date, verplicht", "text": "str, verplicht"},
    EventKind.MONITORING: {"agreements": "str, verplicht"},
    EventKind.TERUG_NAAR_STAP: {"to_step": "int, verplicht; reden in reasoning"},
    EventKind.AFGESLOTEN: {"monitoring_agreements": "str, verplicht; reden in reasoning"},
    EventKind.RAPPORTAGE: {
        "onderwerp": "str, verplicht: waar de rapportage over gaat (pesten, mishandeling ...)",
        "omschrijving": "str, verplicht: kort wat er gebeurd is",
        "maatschappelijke_onrust": "str, verplicht: onrust binnen/buiten de school, of 'geen'",
        "betrokkenen": "str, optioneel: aanvulling op de betrokkenen uit het dossier",
        "knelpunten": "str, optioneel: knelpunten bij de uitvoering van de meldcode",
        "opmerkingen": "str, optioneel",
    },
}
