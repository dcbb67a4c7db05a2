"""Dossier meldcode: an append-only state machine for one meldcode trajectory per pupil.

The trajectory follows the five steps of the Wet verplichte meldcode as worked out in
``seeds/003_9a54ac296a9565ce.txt`` (stappenplan l.3470-3620, afwegingskader l.7776-7960)
and ``seeds/000_8aa0a5f73379b4fe.txt`` (stappenplan with kindcheck and step 6 nazorg).

Design:

* Every answer or action is a :class:`MeldcodeEvent` (frozen). A trajectory is nothing but
  its tuple of events; the state (:class:`MeldcodeState`) is derived by replaying them.
  Persistence stores the events as rows (see :meth:`MeldcodeEvent.to_record`).
* :func:`apply_event` refuses, with a Dutch :class:`MeldcodeError`, every shortcut the
  meldcode does not allow. :func:`replay` applies a whole list and so re-validates it.
* Going back to an earlier step is itself an event (``TERUG_NAAR_STAP``); earlier answers
  remain in the history, only the *active* afwegingskader answers and decisions are reset.
* :func:`missing_requirements` says in Dutch what is still needed to go on (for the UI).

Pure Python, stdlib only.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum, IntEnum, StrEnum
from types import MappingProxyType
from typing import Any, NoReturn

from zorgdesk.domain.meldcode_calendar import vt_response_due
from zorgdesk.domain.text import clean

__all__ = [
    "Answer",
    "ConversationSkipReason",
    "EventKind",
    "Meldcode",
    "MeldcodeError",
    "MeldcodeEvent",
    "MeldcodeState",
    "Outcome",
    "ParentsNotInformedReason",
    "Question",
    "Step",
    "allowed_kinds",
    "apply_event",
    "describe_event",
    "missing_requirements",
    "reminders",
    "replay",
]


class MeldcodeError(ValueError):
    """A step the meldcode does not allow. ``str(error)`` is a Dutch message for the user."""


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


# --------------------------------------------------------------------------- events


def _freeze(value: Any) -> Any:
    if isinstance(value, Mapping):
        return MappingProxyType({str(k): _freeze(v) for k, v in value.items()})
    if isinstance(value, list | tuple | set | frozenset):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, Enum):
        return value.value
    return value


def _to_jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _to_jsonable(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_to_jsonable(v) for v in value]
    if isinstance(value, date):  # datetime is a date subclass: keep type tag
        tag = "datetime" if isinstance(value, datetime) else "date"
        return {"__" + tag: value.isoformat()}
    return value


def _from_jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"__date"}:
            return date.fromisoformat(value["__date"])
        if set(value) == {"__datetime"}:
            return datetime.fromisoformat(value["__datetime"])
        return {k: _from_jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_from_jsonable(v) for v in value]
    return value


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
        object.__setattr__(self, "answer", _freeze(self.answer or {}))
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
            "answer": _to_jsonable(self.answer),
            "reasoning": self.reasoning,
            "author": self.author,
            "timestamp": self.timestamp.isoformat(),
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> MeldcodeEvent:
        return cls(
            step=Step(record["step"]),
            kind=EventKind(record["kind"]),
            answer=_from_jsonable(dict(record.get("answer") or {})),
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
        "contact_person": "str, verplicht",
        "question": "str, verplicht",
        "advice": "str, verplicht",
        "next_steps": "str, verplicht",
        "responsibilities": "str, verplicht: wie is verantwoordelijk voor wat",
    },
    EventKind.GESPREK_GEKOPPELD: {"zorggesprek_id": "str, verplicht"},
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
        "monitoring_agreements": "str, vraag 5 ja: afspraken over monitoren",
        "with_veilig_thuis": "bool: vraag 3-5 doorlopen met Veilig Thuis (na melden bij 2)",
    },
    EventKind.BESLUIT_MELDEN: {"value": "bool, verplicht; reden in reasoning"},
    EventKind.BESLUIT_HULP: {
        "value": "bool, verplicht; reden in reasoning",
        "description": "str, bij ja",
        "term": "date, bij ja",
        "responsible": "str, bij ja",
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
}


# --------------------------------------------------------------------------- state


@dataclass
class QuestionAnswer:
    question: Question
    answer: Answer
    reasoning: str
    event_index: int
    with_veilig_thuis: bool = False
    disclosure: bool = False


@dataclass
class MeldcodeState:
    """State derived from the events. Do not mutate; obtain it from :func:`replay`."""

    events: tuple[MeldcodeEvent, ...] = ()
    pupil_id: str | None = None
    leader: str | None = None
    start_date: date | None = None
    current_step: Step = Step.SIGNALEN
    completed_steps: set[Step] = field(default_factory=set)
    closed: bool = False
    closed_at: datetime | None = None
    # step 1
    signal_check_ids: tuple[str, ...] = ()
    logboek_ids: tuple[str, ...] = ()
    contra_signalen: str | None = None
    step1_answers: dict[str, str] = field(default_factory=dict)
    kindcheck_done: bool | None = None
    kindcheck_note: str | None = None
    siblings: tuple[str, ...] | None = None
    siblings_note: str | None = None
    # step 2
    collegial_consultations: list[int] = field(default_factory=list)  # event indexes
    vt_consultations: list[int] = field(default_factory=list)
    # step 3
    zorggesprek_ids: tuple[str, ...] = ()
    conversation_skipped: ConversationSkipReason | None = None
    # step 4 (active answers; superseded ones stay in ``events``)
    answers: dict[Question, QuestionAnswer] = field(default_factory=dict)
    vt_answers: dict[Question, QuestionAnswer] = field(default_factory=dict)
    help_description: str | None = None
    help_term: date | None = None
    help_responsible: str | None = None
    # step 5
    decision_melden: bool | None = None
    decision_melden_reason: str | None = None
    decision_hulp: bool | None = None
    decision_hulp_reason: str | None = None
    parents_informed: date | None = None
    parents_informed_how: str | None = None
    parents_not_informed: ParentsNotInformedReason | None = None
    melding_date: date | None = None
    melding_by: str | None = None
    vt_reference: str | None = None
    vt_response_due: date | None = None
    vt_response_date: date | None = None
    nazorg: list[int] = field(default_factory=list)
    monitoring: list[str] = field(default_factory=list)
    go_backs: list[int] = field(default_factory=list)

    # -- derived -----------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self.pupil_id is not None

    @property
    def outcome(self) -> Outcome:
        return _outcome(self.answers)

    @property
    def meldnorm(self) -> int | None:
        """Which meldnorm (1-3, l.7785-7797) applies, if the outcome is melden."""
        a = self.answers
        if self.outcome is not Outcome.MELDEN:
            return None
        if Question.VEILIGHEID in a and a[Question.VEILIGHEID].answer is not Answer.NEE:
            return 1
        if Question.RESULTAAT in a:
            return 3
        return 2

    @property
    def melding_done(self) -> bool:
        return self.melding_date is not None

    def vt_response_due_date(self, *, use_dutch_holidays: bool = False) -> date | None:
        """5 working days after the melding; optionally also skipping Dutch holidays.

        :attr:`vt_response_due` is the weekend-only variant (stored in the state).
        """
        if self.melding_date is None:
            return None
        return vt_response_due(self.melding_date, use_dutch_holidays=use_dutch_holidays)

    def vt_response_overdue(self, today: date, *, use_dutch_holidays: bool = False) -> bool:
        """Reminder: VT has not responded within 5 working days of the melding."""
        due = self.vt_response_due_date(use_dutch_holidays=use_dutch_holidays)
        return due is not None and self.vt_response_date is None and today > due

    def next_question(self) -> Question | None:
        """The afwegingsvraag to answer next, or None if the kader is at a decision point."""
        if self.outcome is not Outcome.OPEN:
            if self.outcome is Outcome.HULP and self.decision_hulp:
                return Question.RESULTAAT
            return None
        for q in Question:
            if q not in self.answers:
                return q
        return None  # pragma: no cover


def _counts_as_yes(qa: QuestionAnswer) -> bool:
    return qa.answer in (Answer.JA, Answer.TWIJFEL)


def _outcome(answers: Mapping[Question, QuestionAnswer]) -> Outcome:
    q1 = answers.get(Question.VERMOEDEN)
    if q1 is None:
        return Outcome.OPEN
    if q1.answer is Answer.NEE:
        return Outcome.AFSLUITEN
    q2 = answers.get(Question.VEILIGHEID)
    if q2 is None:
        return Outcome.OPEN
    if _counts_as_yes(q2) or q2.disclosure:
        return Outcome.MELDEN
    q3 = answers.get(Question.HULP)
    if q3 is None:
        return Outcome.OPEN
    if q3.answer is Answer.NEE:
        return Outcome.MELDEN
    q4 = answers.get(Question.HULP_ACCEPTEREN)
    if q4 is None:
        return Outcome.OPEN
    if q4.answer is Answer.NEE:
        return Outcome.MELDEN
    q5 = answers.get(Question.RESULTAAT)
    if q5 is None:
        return Outcome.HULP
    return Outcome.MELDEN if q5.answer is Answer.NEE else Outcome.AFSLUITEN_NA_HULP


# --------------------------------------------------------------------------- validation helpers


def _fail(message: str) -> NoReturn:
    raise MeldcodeError(message)


def _text(ans: Mapping[str, Any], key: str, label: str) -> str:
    value = ans.get(key)
    if not isinstance(value, str) or not clean(value):
        _fail(f"Vul '{label}' in.")
    return clean(value)


def _opt_text(ans: Mapping[str, Any], key: str) -> str:
    value = ans.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        _fail(f"Het veld '{key}' moet tekst zijn.")
    return clean(value)


def _bool(ans: Mapping[str, Any], key: str, label: str) -> bool:
    value = ans.get(key)
    if not isinstance(value, bool):
        _fail(f"Geef bij '{label}' ja of nee aan.")
    return value


# The Wet verplichte meldcode applies since 1 July 2013: an earlier start is a typo (year 1).
MELDCODE_SINCE = date(2013, 7, 1)


def _date(ans: Mapping[str, Any], key: str, label: str, event: MeldcodeEvent,
          not_before: date | None = None) -> date:
    """A past date; ``not_before`` is the trajectory's start (nothing happens before it)."""
    value = ans.get(key)
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        _fail(f"Vul een geldige datum in bij '{label}'.")
    if value > event.timestamp.date():
        _fail(f"De datum bij '{label}' ligt in de toekomst.")
    if not_before is not None and value < not_before:
        _fail(f"De datum bij '{label}' ligt vóór de start van het meldcodetraject "
              f"({not_before:%d-%m-%Y}).")
    return value


def _future_date(ans: Mapping[str, Any], key: str, label: str) -> date:
    value = ans.get(key)
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        _fail(f"Vul een geldige datum in bij '{label}'.")
    return value


def _ids(ans: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = ans.get(key, ())
    if not isinstance(value, tuple) or not all(isinstance(v, str) and v for v in value):
        _fail(f"Het veld '{key}' moet een lijst met kenmerken zijn.")
    return value


def _reasoning(event: MeldcodeEvent, what: str) -> None:
    if not event.reasoning:
        _fail(f"Een onderbouwing is verplicht bij {what}.")


# --------------------------------------------------------------------------- requirements


def _step_requirements(state: MeldcodeState, step: Step) -> list[str]:
    """What is missing before ``step`` can be completed (Dutch)."""
    missing: list[str] = []
    if step is Step.SIGNALEN:
        if not (state.signal_check_ids or state.logboek_ids):
            missing.append("Koppel minstens een signalenlijst of logboekregel.")
        if state.contra_signalen is None:
            missing.append("Leg de contra-signalen vast (gegevens die de signalen weerspreken).")
        for key, question in STEP1_QUESTIONS.items():
            if not state.step1_answers.get(key):
                missing.append(f"Beantwoord: {question}")
        if state.kindcheck_done is None:
            missing.append("Leg de kindcheck vast (uitgevoerd ja/nee, met toelichting).")
        if state.siblings_note is None:
            missing.append("Ga na of er over broertjes en zusjes op school ook signalen zijn.")
    elif step is Step.CONSULTATIE:
        if not state.collegial_consultations:
            missing.append("Leg de collegiale consultatie vast (met wie, datum, advies).")
    elif step is Step.GESPREK:
        if not state.zorggesprek_ids and state.conversation_skipped is None:
            missing.append(
                "Koppel het gesprek met ouders (en kind), of leg vast waarom het gesprek "
                "niet gevoerd wordt (veiligheid van het kind, van anderen, of een andere "
                "gedocumenteerde reden)."
            )
    elif step is Step.AFWEGEN:
        outcome = state.outcome
        if outcome is Outcome.OPEN:
            q = state.next_question()
            if q is not None:
                missing.append(f"Beantwoord afwegingsvraag {int(q)}: {q.text}")
        elif outcome is Outcome.AFSLUITEN:
            missing.append(
                "Er is geen vermoeden: sluit het dossier af met een onderbouwing en "
                "afspraken over het monitoren van de zorg."
            )
    return missing


def missing_requirements(state: MeldcodeState) -> list[str]:
    """Dutch list of what is still needed to go on from the current step."""
    if not state.started:
        return ["Start het meldcodetraject (leerling, aandachtsfunctionaris, startdatum)."]
    if state.closed:
        return []
    step = state.current_step
    if step is not Step.BESLISSEN:
        return _step_requirements(state, step)
    missing: list[str] = []
    outcome = state.outcome
    if outcome is Outcome.AFSLUITEN_NA_HULP:
        return [
            "De hulp heeft resultaat: sluit af met afspraken over het monitoren van de "
            "veiligheid (een nazorgtraject wordt aanbevolen)."
        ]
    if state.decision_melden is None:
        missing.append("Neem het besluit over melden bij Veilig Thuis (ja/nee, met reden).")
    elif outcome is Outcome.MELDEN and not state.decision_melden:
        missing.append("Het afwegingskader leidt tot melden: neem een nieuw besluit 'melden: ja'.")
    if state.decision_hulp is None:
        missing.append("Neem het besluit over hulp bieden of organiseren (ja/nee, met reden).")
    if state.decision_melden and not state.melding_done:
        if state.parents_informed is None and state.parents_not_informed is None:
            missing.append(
                "Informeer de ouders vóór de melding (datum, hoe), of leg vast waarom dat "
                "niet kan ('open, tenzij')."
            )
        missing.append("Leg de melding vast (datum, door wie, kenmerk Veilig Thuis).")
    if state.melding_done:
        if state.vt_response_date is None:
            missing.append(
                "Wacht op de terugkoppeling van Veilig Thuis (uiterlijk "
                f"{state.vt_response_due:%d-%m-%Y})."
            )
        if not state.nazorg:
            missing.append("Leg nazorg en evaluatie vast.")
        if not state.monitoring:
            missing.append("Maak afspraken over het blijven monitoren van de zorg.")
    elif outcome is Outcome.HULP and state.decision_hulp:
        term = f" (termijn: {state.help_term:%d-%m-%Y})" if state.help_term else ""
        missing.append(
            f"Beantwoord na afloop van de termijn afwegingsvraag 5{term}: {Question.RESULTAAT.text}"
        )
    return missing


def allowed_kinds(state: MeldcodeState) -> list[EventKind]:
    """Event kinds the UI may offer now (they can still be refused on content)."""
    if not state.started:
        return [EventKind.GESTART]
    if state.closed:
        return []
    step = state.current_step
    kinds = [k for k, s in KIND_STEP.items() if s is step and k is not EventKind.GESTART]
    if step is Step.BESLISSEN:
        kinds.append(EventKind.AFWEGINGSVRAAG)
    kinds += [EventKind.VT_CONSULTATIE, EventKind.MONITORING]
    if step is not Step.BESLISSEN:
        kinds.append(EventKind.STAP_AFGEROND)
    if step > Step.SIGNALEN and not state.melding_done:
        kinds.append(EventKind.TERUG_NAAR_STAP)
    if step >= Step.AFWEGEN:
        kinds.append(EventKind.AFGESLOTEN)
    return kinds


def reminders(state: MeldcodeState, today: date, *, use_dutch_holidays: bool = False) -> list[str]:
    """Dutch reminders that depend on the date (for a dashboard or the wizard)."""
    out: list[str] = []
    if not state.started or state.closed:
        return out
    if state.vt_response_overdue(today, use_dutch_holidays=use_dutch_holidays):
        due = state.vt_response_due_date(use_dutch_holidays=use_dutch_holidays)
        out.append(
            f"Veilig Thuis had uiterlijk {due:%d-%m-%Y} een besluit moeten terugkoppelen. "
            "Neem contact op met Veilig Thuis."
        )
    if (
        state.outcome is Outcome.HULP
        and state.decision_hulp
        and state.help_term is not None
        and today >= state.help_term
    ):
        out.append(
            f"De termijn van de hulp is verstreken ({state.help_term:%d-%m-%Y}). Beantwoord "
            "afwegingsvraag 5: leidt de hulp tot de afgesproken resultaten?"
        )
    return out


_KIND_LABELS = {
    EventKind.GESTART: "Meldcodetraject gestart",
    EventKind.SIGNALEN_VASTGELEGD: "Signalen en contra-signalen vastgelegd",
    EventKind.KINDCHECK: "Kindcheck vastgelegd",
    EventKind.BROERS_ZUSSEN: "Broers en zussen nagegaan",
    EventKind.COLLEGIALE_CONSULTATIE: "Collegiale consultatie",
    EventKind.VT_CONSULTATIE: "Veilig Thuis geraadpleegd",
    EventKind.GESPREK_GEKOPPELD: "Gesprek met ouders gekoppeld",
    EventKind.GESPREK_OVERGESLAGEN: "Gesprek met ouders niet gevoerd",
    EventKind.STAP_AFGEROND: "Stap afgerond",
    EventKind.AFWEGINGSVRAAG: "Afwegingsvraag beantwoord",
    EventKind.BESLUIT_MELDEN: "Besluit over melden",
    EventKind.BESLUIT_HULP: "Besluit over hulp bieden of organiseren",
    EventKind.OUDERS_GEINFORMEERD: "Ouders geïnformeerd over de melding",
    EventKind.OUDERS_NIET_GEINFORMEERD: "Ouders niet vooraf geïnformeerd",
    EventKind.MELDING_GEDAAN: "Melding gedaan bij Veilig Thuis",
    EventKind.VT_TERUGKOPPELING: "Terugkoppeling van Veilig Thuis",
    EventKind.NAZORG_EVALUATIE: "Nazorg / evaluatie",
    EventKind.MONITORING: "Monitoringsafspraken",
    EventKind.TERUG_NAAR_STAP: "Teruggegaan naar een eerdere stap",
    EventKind.AFGESLOTEN: "Dossier meldcode afgesloten",
}


def describe_event(event: MeldcodeEvent) -> str:
    """One Dutch line for the history view, e.g. 'Stap 4 - Vraag 2 (Veiligheid): twijfel'."""
    a = event.answer
    label = _KIND_LABELS[event.kind]
    detail = ""
    if event.kind is EventKind.AFWEGINGSVRAAG:
        try:
            q = Question(a.get("question"))
            label = f"Vraag {int(q)} ({q.text.split(':')[0]})"
        except ValueError:
            pass
        detail = str(a.get("value", ""))
        if a.get("disclosure"):
            detail += " (disclosure)"
        if a.get("with_veilig_thuis"):
            detail += " - met Veilig Thuis doorlopen"
    elif event.kind in (EventKind.BESLUIT_MELDEN, EventKind.BESLUIT_HULP):
        detail = "ja" if a.get("value") else "nee"
    elif event.kind is EventKind.TERUG_NAAR_STAP:
        detail = f"naar stap {a.get('to_step')}"
    elif event.kind in (EventKind.GESPREK_OVERGESLAGEN, EventKind.OUDERS_NIET_GEINFORMEERD):
        cls = (
            ConversationSkipReason
            if event.kind is EventKind.GESPREK_OVERGESLAGEN
            else ParentsNotInformedReason
        )
        try:
            detail = cls(a.get("reason_category")).label
        except ValueError:
            detail = str(a.get("reason_category", ""))
    elif event.kind is EventKind.MELDING_GEDAAN:
        detail = f"kenmerk {a.get('vt_reference', '')}"
    line = f"Stap {int(event.step)} - {label}"
    if detail:
        line += f": {detail}"
    if event.reasoning:
        line += f". Onderbouwing: {event.reasoning}"
    return line


# --------------------------------------------------------------------------- reducer


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
    """Derive the state from the full event list (validating every event)."""
    state = MeldcodeState()
    for event in events:
        state = apply_event(state, event)
    return state


def _apply(s: MeldcodeState, e: MeldcodeEvent) -> None:  # noqa: C901 - one rule table
    index = len(s.events)
    if not e.author:
        _fail("Vermeld wie deze stap vastlegt (auteur).")
    if not isinstance(e.timestamp, datetime):
        _fail("Het tijdstip van de gebeurtenis ontbreekt.")
    if s.events:
        try:
            earlier = e.timestamp < s.events[-1].timestamp
        except TypeError:
            _fail("Tijdstippen met en zonder tijdzone kunnen niet gemengd worden.")
        if earlier:
            _fail("Het tijdstip ligt vóór de vorige vastlegging in dit dossier.")
    kind = e.kind
    a = e.answer

    if kind is EventKind.GESTART:
        if s.started:
            _fail("Dit meldcodetraject is al gestart.")
        if e.step is not Step.SIGNALEN:
            _fail("Een meldcodetraject start altijd bij stap 1.")
        s.pupil_id = _text(a, "pupil_id", "leerling")
        s.leader = _text(a, "leader", "aandachtsfunctionaris")
        s.start_date = _date(a, "start_date", "startdatum", e)
        if s.start_date < MELDCODE_SINCE:
            _fail("De startdatum ligt vóór 1 juli 2013, toen de meldcode verplicht werd. "
                  "Controleer het jaar.")
        s.current_step = Step.SIGNALEN
        return
    if not s.started:
        _fail("Start eerst het meldcodetraject.")
    if s.closed:
        _fail("Dit meldcodedossier is afgesloten; er kan niets meer aan toegevoegd worden.")

    # Which step may this event be recorded at?
    fixed = KIND_STEP.get(kind)
    if kind is EventKind.AFWEGINGSVRAAG:
        if e.step is not Step.AFWEGEN:
            _fail("Een afwegingsvraag hoort bij stap 4.")
        if s.current_step < Step.AFWEGEN:
            _fail(
                "Het afwegingskader (stap 4) komt pas na de stappen 1 tot en met 3. "
                + " ".join(_step_requirements(s, s.current_step))
            )
    elif fixed is not None:
        if e.step is not fixed:
            _fail(f"Deze vastlegging hoort bij stap {int(fixed)}, niet bij stap {int(e.step)}.")
        if s.current_step is not fixed:
            if fixed is Step.BESLISSEN:
                _fail(
                    "Beslissen (stap 5) kan pas als het afwegingskader (stap 4) is doorlopen "
                    "en afgerond."
                )
            _fail(
                f"U bent bij stap {int(s.current_step)}; dit hoort bij stap {int(fixed)}. "
                "Ga eerst terug naar die stap."
            )
    elif e.step is not s.current_step:
        _fail(f"Deze vastlegging hoort bij de huidige stap ({int(s.current_step)}).")

    if kind is EventKind.SIGNALEN_VASTGELEGD:
        checks = _ids(a, "signal_check_ids")
        logs = _ids(a, "logboek_ids")
        if not checks and not logs:
            _fail("Koppel minstens een signalenlijst of logboekregel.")
        contra = _text(a, "contra_signalen", "contra-signalen")
        answers = {k: _opt_text(a, k) for k in STEP1_QUESTIONS}
        s.signal_check_ids = tuple(dict.fromkeys(s.signal_check_ids + checks))
        s.logboek_ids = tuple(dict.fromkeys(s.logboek_ids + logs))
        s.contra_signalen = contra
        s.step1_answers.update({k: v for k, v in answers.items() if v})
    elif kind is EventKind.KINDCHECK:
        s.kindcheck_done = _bool(a, "done", "kindcheck uitgevoerd")
        s.kindcheck_note = _text(a, "note", "toelichting kindcheck")
    elif kind is EventKind.BROERS_ZUSSEN:
        s.siblings = _ids(a, "siblings")
        s.siblings_note = _text(a, "note", "toelichting broers en zussen")
    elif kind is EventKind.COLLEGIALE_CONSULTATIE:
        _text(a, "with_whom", "met wie")
        _date(a, "date", "datum consultatie", e, s.start_date)
        _text(a, "advice", "advies")
        s.collegial_consultations.append(index)
    elif kind is EventKind.VT_CONSULTATIE:
        _date(a, "date", "datum consultatie Veilig Thuis", e, s.start_date)
        _bool(a, "anonymous", "anoniem")
        _opt_text(a, "vt_dossier_number")
        _text(a, "contact_person", "contactpersoon Veilig Thuis")
        _text(a, "question", "vraag aan Veilig Thuis")
        _text(a, "advice", "advies van Veilig Thuis")
        _text(a, "next_steps", "vervolgstappen")
        _text(a, "responsibilities", "verdeling verantwoordelijkheden")
        s.vt_consultations.append(index)
    elif kind is EventKind.GESPREK_GEKOPPELD:
        zid = _text(a, "zorggesprek_id", "zorggesprek")
        s.zorggesprek_ids = (*s.zorggesprek_ids, zid)
    elif kind is EventKind.GESPREK_OVERGESLAGEN:
        try:
            reason = ConversationSkipReason(a.get("reason_category"))
        except ValueError:
            _fail(
                "Het gesprek met ouders mag alleen worden overgeslagen om de veiligheid van "
                "het kind, de veiligheid van anderen of een andere gedocumenteerde reden. "
                "Kies een reden."
            )
        _reasoning(e, "het overslaan van het gesprek met ouders")
        s.conversation_skipped = reason
    elif kind is EventKind.STAP_AFGEROND:
        if s.current_step is Step.BESLISSEN:
            _fail("Stap 5 wordt afgerond door het dossier af te sluiten.")
        missing = _step_requirements(s, s.current_step)
        if missing:
            _fail(f"Stap {int(s.current_step)} is nog niet af. " + " ".join(missing))
        s.completed_steps.add(s.current_step)
        s.current_step = Step(s.current_step + 1)
    elif kind is EventKind.AFWEGINGSVRAAG:
        _apply_question(s, e, index)
    elif kind is EventKind.BESLUIT_MELDEN:
        _apply_decision_melden(s, e)
    elif kind is EventKind.BESLUIT_HULP:
        _apply_decision_hulp(s, e)
    elif kind is EventKind.OUDERS_GEINFORMEERD:
        _require_melden_decided(s)
        s.parents_informed = _date(a, "date", "datum ouders geïnformeerd", e, s.start_date)
        s.parents_informed_how = _text(a, "how", "hoe zijn de ouders geïnformeerd")
        s.parents_not_informed = None
    elif kind is EventKind.OUDERS_NIET_GEINFORMEERD:
        _require_melden_decided(s)
        try:
            reason = ParentsNotInformedReason(a.get("reason_category"))
        except ValueError:
            _fail(
                "Ouders worden vooraf geïnformeerd ('open, tenzij'). Kies de reden waarom "
                "dat hier niet kan."
            )
        _reasoning(e, "het niet informeren van de ouders")
        s.parents_not_informed = reason
        s.parents_informed = None
        s.parents_informed_how = None
    elif kind is EventKind.MELDING_GEDAAN:
        _require_melden_decided(s)
        if s.melding_done:
            _fail("De melding is al vastgelegd.")
        if s.parents_informed is None and s.parents_not_informed is None:
            _fail(
                "Informeer de ouders vóór de melding, of leg vast waarom dat niet kan "
                "('open, tenzij')."
            )
        when = _date(a, "date", "datum melding", e, s.start_date)
        if s.parents_informed is not None and when < s.parents_informed:
            _fail("De melding kan niet vóór het informeren van de ouders liggen.")
        s.melding_by = _text(a, "by_whom", "melding gedaan door")
        s.vt_reference = _text(a, "vt_reference", "kenmerk Veilig Thuis")
        s.melding_date = when
        s.vt_response_due = vt_response_due(when)
    elif kind is EventKind.VT_TERUGKOPPELING:
        if not s.melding_done:
            _fail("Terugkoppeling van Veilig Thuis kan pas na de melding.")
        when = _date(a, "date", "datum terugkoppeling", e, s.start_date)
        if s.melding_date is not None and when < s.melding_date:
            _fail("De terugkoppeling kan niet vóór de melding liggen.")
        _text(a, "summary", "inhoud terugkoppeling")
        s.vt_response_date = when
    elif kind is EventKind.NAZORG_EVALUATIE:
        if not s.melding_done and not s.decision_hulp:
            _fail("Nazorg en evaluatie volgen op een melding of op ingezette hulp.")
        _date(a, "date", "datum nazorg/evaluatie", e, s.start_date)
        _text(a, "text", "nazorg/evaluatie")
        s.nazorg.append(index)
    elif kind is EventKind.MONITORING:
        s.monitoring.append(_text(a, "agreements", "monitoringsafspraken"))
    elif kind is EventKind.TERUG_NAAR_STAP:
        _apply_go_back(s, e, index)
    elif kind is EventKind.AFGESLOTEN:
        _apply_close(s, e)
    else:  # pragma: no cover - every EventKind is handled above
        _fail("Onbekende vastlegging.")


def _apply_question(s: MeldcodeState, e: MeldcodeEvent, index: int) -> None:
    a = e.answer
    try:
        q = Question(a.get("question"))
    except ValueError:
        _fail("Kies een afwegingsvraag (1 tot en met 5).")
    try:
        ans = Answer(a.get("value"))
    except ValueError:
        _fail("Beantwoord de afwegingsvraag met ja of nee.")
    if ans is Answer.TWIJFEL and q is not Question.VEILIGHEID:
        _fail("'Twijfel' is alleen een antwoord bij vraag 2 (veiligheid); kies ja of nee.")
    _reasoning(e, f"afwegingsvraag {int(q)}")
    with_vt = bool(a.get("with_veilig_thuis", False))
    disclosure = bool(a.get("disclosure", False))
    if disclosure and q is not Question.VEILIGHEID:
        _fail("Disclosure hoort bij vraag 2 (veiligheid).")
    if disclosure and ans is Answer.NEE:
        _fail(
            "Het kind heeft zich uitgesproken (disclosure): dat geldt als acute onveiligheid. "
            "Vraag 2 is dan 'ja': direct melden."
        )
    qa = QuestionAnswer(q, ans, e.reasoning, index, with_vt, disclosure)
    outcome = s.outcome

    if with_vt:
        # After Q2 -> melden, "de afwegingen hierna worden met Veilig Thuis doorlopen".
        q2 = s.answers.get(Question.VEILIGHEID)
        if q2 is None or not (_counts_as_yes(q2) or q2.disclosure):
            _fail(
                "Alleen als vraag 2 tot melden leidde, worden de volgende afwegingen met "
                "Veilig Thuis doorlopen."
            )
        if q is Question.VERMOEDEN or q is Question.VEILIGHEID:
            _fail("Vraag 1 en 2 beantwoordt de school zelf.")
        if not s.vt_consultations and not s.melding_done:
            _fail(
                "Er is geen contact met Veilig Thuis vastgelegd. Leg eerst de consultatie "
                "of de melding bij Veilig Thuis vast."
            )
        expected = _next_in_chain(s.vt_answers, first=Question.HULP)
        if expected is None or q is not expected:
            _fail(_order_message(q, expected))
        _question_consequence_fields(s, q, ans, a, e, record=False)
        s.vt_answers[q] = qa
        return

    if q is Question.RESULTAAT:
        if outcome is not Outcome.HULP:
            _fail(_closed_kader_message(outcome) or _order_message(q, s.next_question()))
        if not s.decision_hulp:
            _fail(
                "Vraag 5 (resultaat) wordt beantwoord nadat de hulp is ingezet: neem eerst "
                "in stap 5 het besluit 'hulp bieden of organiseren: ja'."
            )
        if ans is Answer.JA and s.help_term is not None and e.timestamp.date() < s.help_term:
            _fail(
                f"De afgesproken termijn loopt tot {s.help_term:%d-%m-%Y}. Of de hulp "
                "resultaat heeft, beoordeelt u na afloop van de termijn. Herhaalt of "
                "voortduurt de onveiligheid eerder, beantwoord de vraag dan met 'nee'."
            )
        if ans is Answer.JA:
            _text(a, "monitoring_agreements", "afspraken over monitoren")
        s.answers[q] = qa
        return

    if s.current_step is not Step.AFWEGEN:
        _fail(
            "Afwegingsvraag 1 tot en met 4 wordt in stap 4 beantwoord. Ga terug naar stap 4 "
            "om de afweging opnieuw te maken."
        )
    if outcome is not Outcome.OPEN:
        _fail(_closed_kader_message(outcome) or "Het afwegingskader is al doorlopen.")
    expected = s.next_question()
    if q in s.answers:
        _fail(
            f"Vraag {int(q)} is al beantwoord. Wilt u de afweging wijzigen, begin dan "
            "opnieuw met wegen of ga terug naar een eerdere stap; het eerdere antwoord "
            "blijft in de geschiedenis."
        )
    if q is not expected:
        _fail(_order_message(q, expected))
    if q is Question.VERMOEDEN and ans is Answer.JA and a.get("bevoegd_gezag_informed") is not True:
        _fail(
            "Bij een vermoeden wordt het bevoegd gezag van de school op de hoogte "
            "gebracht. Bevestig dat dit is gebeurd."
        )
    _question_consequence_fields(s, q, ans, a, e, record=True)
    s.answers[q] = qa


def _question_consequence_fields(
    s: MeldcodeState,
    q: Question,
    ans: Answer,
    a: Mapping[str, Any],
    e: MeldcodeEvent,
    *,
    record: bool,
) -> None:
    if q is Question.HULP_ACCEPTEREN and ans is Answer.JA:
        desc = _text(a, "help_description", "welke hulp")
        term = _future_date(a, "help_term", "termijn")
        if term < e.timestamp.date():
            _fail("De termijn voor de hulp ligt in het verleden.")
        resp = _text(a, "help_responsible", "verantwoordelijke voor de hulp")
        if record:
            s.help_description, s.help_term, s.help_responsible = desc, term, resp
    if q is Question.RESULTAAT and ans is Answer.JA:
        _text(a, "monitoring_agreements", "afspraken over monitoren")


def _next_in_chain(chain: Mapping[Question, QuestionAnswer], first: Question) -> Question | None:
    q = first
    while q in chain:
        qa = chain[q]
        if qa.answer is Answer.NEE or q is Question.RESULTAAT:
            return None  # chain ended in melden / result
        q = Question(q + 1)
    return q


def _order_message(q: Question, expected: Question | None) -> str:
    if expected is None:
        return f"Afwegingsvraag {int(q)} is nu niet aan de orde: de afweging is al afgerond."
    return (
        f"De afwegingsvragen worden in volgorde beantwoord. Beantwoord eerst vraag "
        f"{int(expected)} ({expected.text.split(':')[0]})."
    )


def _closed_kader_message(outcome: Outcome) -> str | None:
    if outcome is Outcome.MELDEN:
        return (
            "Het afwegingskader heeft al tot melden geleid. Volgende vragen worden alleen "
            "nog met Veilig Thuis doorlopen (markeer het antwoord 'met Veilig Thuis')."
        )
    if outcome is Outcome.AFSLUITEN:
        return "Er is geen vermoeden: het dossier wordt afgesloten; er volgen geen vragen meer."
    if outcome is Outcome.AFSLUITEN_NA_HULP:
        return "De hulp heeft resultaat: het afwegingskader is doorlopen."
    return None


def _apply_decision_melden(s: MeldcodeState, e: MeldcodeEvent) -> None:
    value = _bool(e.answer, "value", "melden bij Veilig Thuis")
    _reasoning(e, "het besluit over melden")
    outcome = s.outcome
    if outcome is Outcome.AFSLUITEN_NA_HULP:
        _fail("De hulp heeft resultaat: sluit het dossier af met monitoringsafspraken.")
    if s.melding_done:
        _fail("De melding is al gedaan.")
    if outcome is Outcome.MELDEN and not value:
        _fail(
            "Volgens het afwegingskader moet er gemeld worden (meldnorm "
            f"{s.meldnorm}). Het besluit 'niet melden' is niet toegestaan."
        )
    if not value and s.decision_hulp is False:
        _fail("Bij een vermoeden wordt gemeld of hulp geboden; beide 'nee' kan niet.")
    s.decision_melden = value
    s.decision_melden_reason = e.reasoning


def _apply_decision_hulp(s: MeldcodeState, e: MeldcodeEvent) -> None:
    a = e.answer
    value = _bool(a, "value", "hulp bieden of organiseren")
    _reasoning(e, "het besluit over hulp")
    if s.outcome is Outcome.AFSLUITEN_NA_HULP:
        _fail("De hulp heeft resultaat: sluit het dossier af met monitoringsafspraken.")
    if not value and s.decision_melden is False:
        _fail("Bij een vermoeden wordt gemeld of hulp geboden; beide 'nee' kan niet.")
    if not value and s.outcome is Outcome.HULP and s.decision_melden is not True:
        _fail(
            "Vraag 4 is met 'ja' beantwoord: de hulp wordt ingezet. Wordt er geen hulp "
            "geboden, dan moet er gemeld worden; neem eerst het besluit 'melden: ja'."
        )
    if value:
        desc = a.get("description") or s.help_description
        term = a.get("term") or s.help_term
        resp = a.get("responsible") or s.help_responsible
        if isinstance(term, datetime):
            term = term.date()
        if not desc or not isinstance(desc, str):
            _fail("Beschrijf welke hulp geboden of georganiseerd wordt.")
        if not isinstance(term, date):
            _fail("Leg de termijn vast waarop het effect van de hulp merkbaar moet zijn.")
        if not resp or not isinstance(resp, str):
            _fail("Leg vast wie verantwoordelijk is voor de hulp.")
        s.help_description, s.help_term, s.help_responsible = desc.strip(), term, resp.strip()
    s.decision_hulp = value
    s.decision_hulp_reason = e.reasoning


def _require_melden_decided(s: MeldcodeState) -> None:
    if s.decision_melden is not True:
        _fail("Er is (nog) geen besluit om te melden. Neem eerst het besluit 'melden: ja'.")


def _apply_go_back(s: MeldcodeState, e: MeldcodeEvent, index: int) -> None:
    try:
        to = Step(e.answer.get("to_step"))
    except ValueError:
        _fail("Kies de stap waarnaar u terug wilt (1 tot en met 4).")
    _reasoning(e, "teruggaan naar een eerdere stap")
    restart_weighing = to is Step.AFWEGEN and s.current_step is Step.AFWEGEN
    if to >= s.current_step and not restart_weighing:
        _fail("U kunt alleen teruggaan naar een eerdere stap.")
    if s.melding_done:
        _fail(
            "De melding bij Veilig Thuis is gedaan; die kan niet worden teruggedraaid. "
            "Leg nieuwe signalen vast via monitoring of start een nieuw traject."
        )
    s.current_step = to
    s.completed_steps = {st for st in s.completed_steps if st < to}
    # The weighing and the decisions must be made again; the old answers stay in history.
    s.answers = {}
    s.vt_answers = {}
    s.help_description = s.help_term = s.help_responsible = None
    s.decision_melden = s.decision_melden_reason = None
    s.decision_hulp = s.decision_hulp_reason = None
    s.parents_informed = s.parents_informed_how = None
    s.parents_not_informed = None
    s.go_backs.append(index)


def _apply_close(s: MeldcodeState, e: MeldcodeEvent) -> None:
    _reasoning(e, "het afsluiten van het dossier")
    agreements = _text(e.answer, "monitoring_agreements", "afspraken over monitoren")
    outcome = s.outcome
    if outcome is Outcome.AFSLUITEN:
        pass  # Q1 nee: "leg het meldcode dossier vast en sluit deze" - from step 4 or 5
    elif outcome is Outcome.AFSLUITEN_NA_HULP:
        pass
    elif s.melding_done:
        missing = []
        if s.vt_response_date is None:
            missing.append("de terugkoppeling van Veilig Thuis")
        if not s.nazorg:
            missing.append("nazorg en evaluatie")
        if missing:
            _fail(
                "Het dossier kan nog niet worden afgesloten. Leg eerst vast: "
                + " en ".join(missing)
                + "."
            )
    elif outcome is Outcome.MELDEN:
        _fail("Het afwegingskader leidt tot melden. Sluit pas af na de melding en de nazorg.")
    else:
        _fail(
            "Het dossier kan pas worden afgesloten als het afwegingskader tot afsluiten "
            "leidt of nadat de melding is gedaan."
        )
    s.monitoring.append(agreements)
    s.closed = True
    s.closed_at = e.timestamp


# --------------------------------------------------------------------------- facade


class Meldcode:
    """Immutable trajectory: the events plus the derived state.

    Every method returns a *new* :class:`Meldcode` with one more event, or raises
    :class:`MeldcodeError` (Dutch message). Persist :attr:`events` (append-only).
    """

    __slots__ = ("_state",)

    def __init__(self, events: Sequence[MeldcodeEvent] = ()) -> None:
        self._state = replay(events)

    @classmethod
    def _from_state(cls, state: MeldcodeState) -> Meldcode:
        obj = cls.__new__(cls)
        obj._state = state
        return obj

    @property
    def events(self) -> tuple[MeldcodeEvent, ...]:
        return self._state.events

    @property
    def state(self) -> MeldcodeState:
        return copy.deepcopy(self._state)

    def __getattr__(self, name: str) -> Any:
        """Read access to the derived state (returns copies; the state stays untouched)."""
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self._state, name)
        return value if callable(value) else copy.deepcopy(value)

    def missing(self) -> list[str]:
        return missing_requirements(self._state)

    def record(
        self,
        kind: EventKind,
        answer: Mapping[str, Any] | None = None,
        *,
        author: str,
        at: datetime,
        reasoning: str = "",
        step: Step | None = None,
    ) -> Meldcode:
        """Append one event; ``step`` defaults to the kind's own step or the current one."""
        if step is None:
            step = KIND_STEP.get(kind)
            if kind is EventKind.AFWEGINGSVRAAG:
                step = Step.AFWEGEN
            if step is None:
                step = self._state.current_step
        event = MeldcodeEvent(step, kind, answer or {}, reasoning, author, at)
        return Meldcode._from_state(apply_event(self._state, event))

    # ---- typed helpers (all delegate to record) ------------------------------

    @classmethod
    def start(
        cls, pupil_id: str, leader: str, start_date: date, *, author: str, at: datetime
    ) -> Meldcode:
        return cls().record(
            EventKind.GESTART,
            {"pupil_id": pupil_id, "leader": leader, "start_date": start_date},
            author=author,
            at=at,
        )

    def record_signals(
        self,
        *,
        signal_check_ids: Sequence[str] = (),
        logboek_ids: Sequence[str] = (),
        contra_signalen: str,
        answers: Mapping[str, str] | None = None,
        author: str,
        at: datetime,
    ) -> Meldcode:
        payload: dict[str, Any] = {
            "signal_check_ids": tuple(signal_check_ids),
            "logboek_ids": tuple(logboek_ids),
            "contra_signalen": contra_signalen,
        }
        for key, value in (answers or {}).items():
            if key not in STEP1_QUESTIONS:
                raise MeldcodeError(f"Onbekende vraag in stap 1: {key}")
            payload[key] = value
        return self.record(EventKind.SIGNALEN_VASTGELEGD, payload, author=author, at=at)

    def record_kindcheck(self, *, done: bool, note: str, author: str, at: datetime) -> Meldcode:
        return self.record(EventKind.KINDCHECK, {"done": done, "note": note}, author=author, at=at)

    def record_siblings(
        self, *, siblings: Sequence[str], note: str, author: str, at: datetime
    ) -> Meldcode:
        return self.record(
            EventKind.BROERS_ZUSSEN,
            {"siblings": tuple(siblings), "note": note},
            author=author,
            at=at,
        )

    def complete_step(self, *, author: str, at: datetime, reasoning: str = "") -> Meldcode:
        return self.record(EventKind.STAP_AFGEROND, author=author, at=at, reasoning=reasoning)

    def record_collegial_consultation(
        self, *, with_whom: str, on: date, advice: str, author: str, at: datetime
    ) -> Meldcode:
        return self.record(
            EventKind.COLLEGIALE_CONSULTATIE,
            {"with_whom": with_whom, "date": on, "advice": advice},
            author=author,
            at=at,
        )

    def record_vt_consultation(
        self,
        *,
        on: date,
        anonymous: bool,
        contact_person: str,
        question: str,
        advice: str,
        next_steps: str,
        responsibilities: str,
        vt_dossier_number: str = "",
        author: str,
        at: datetime,
    ) -> Meldcode:
        return self.record(
            EventKind.VT_CONSULTATIE,
            {
                "date": on,
                "anonymous": anonymous,
                "vt_dossier_number": vt_dossier_number,
                "contact_person": contact_person,
                "question": question,
                "advice": advice,
                "next_steps": next_steps,
                "responsibilities": responsibilities,
            },
            author=author,
            at=at,
        )

    def link_conversation(self, zorggesprek_id: str, *, author: str, at: datetime) -> Meldcode:
        return self.record(
            EventKind.GESPREK_GEKOPPELD, {"zorggesprek_id": zorggesprek_id}, author=author, at=at
        )

    def skip_conversation(
        self, reason: ConversationSkipReason, *, reasoning: str, author: str, at: datetime
    ) -> Meldcode:
        return self.record(
            EventKind.GESPREK_OVERGESLAGEN,
            {"reason_category": reason},
            author=author,
            at=at,
            reasoning=reasoning,
        )

    def answer_question(
        self,
        question: Question | int,
        value: Answer | str,
        *,
        reasoning: str,
        author: str,
        at: datetime,
        disclosure: bool = False,
        bevoegd_gezag_informed: bool = False,
        help_description: str | None = None,
        help_term: date | None = None,
        help_responsible: str | None = None,
        monitoring_agreements: str | None = None,
        with_veilig_thuis: bool = False,
    ) -> Meldcode:
        payload: dict[str, Any] = {
            "question": int(question),
            "value": value.value if isinstance(value, Answer) else value,
        }
        optional = {
            "disclosure": disclosure,
            "bevoegd_gezag_informed": bevoegd_gezag_informed,
            "help_description": help_description,
            "help_term": help_term,
            "help_responsible": help_responsible,
            "monitoring_agreements": monitoring_agreements,
            "with_veilig_thuis": with_veilig_thuis,
        }
        payload.update({k: v for k, v in optional.items() if v not in (None, False)})
        return self.record(
            EventKind.AFWEGINGSVRAAG, payload, author=author, at=at, reasoning=reasoning
        )

    def decide_melden(self, value: bool, *, reasoning: str, author: str, at: datetime) -> Meldcode:
        return self.record(
            EventKind.BESLUIT_MELDEN, {"value": value}, author=author, at=at, reasoning=reasoning
        )

    def decide_hulp(
        self,
        value: bool,
        *,
        reasoning: str,
        author: str,
        at: datetime,
        description: str | None = None,
        term: date | None = None,
        responsible: str | None = None,
    ) -> Meldcode:
        payload: dict[str, Any] = {"value": value}
        for k, v in (("description", description), ("term", term), ("responsible", responsible)):
            if v is not None:
                payload[k] = v
        return self.record(
            EventKind.BESLUIT_HULP, payload, author=author, at=at, reasoning=reasoning
        )

    def record_parents_informed(self, *, on: date, how: str, author: str, at: datetime) -> Meldcode:
        return self.record(
            EventKind.OUDERS_GEINFORMEERD, {"date": on, "how": how}, author=author, at=at
        )

    def record_parents_not_informed(
        self, reason: ParentsNotInformedReason, *, reasoning: str, author: str, at: datetime
    ) -> Meldcode:
        return self.record(
            EventKind.OUDERS_NIET_GEINFORMEERD,
            {"reason_category": reason},
            author=author,
            at=at,
            reasoning=reasoning,
        )

    def record_melding(
        self, *, on: date, by_whom: str, vt_reference: str, author: str, at: datetime
    ) -> Meldcode:
        return self.record(
            EventKind.MELDING_GEDAAN,
            {"date": on, "by_whom": by_whom, "vt_reference": vt_reference},
            author=author,
            at=at,
        )

    def record_vt_response(self, *, on: date, summary: str, author: str, at: datetime) -> Meldcode:
        return self.record(
            EventKind.VT_TERUGKOPPELING, {"date": on, "summary": summary}, author=author, at=at
        )

    def record_nazorg(self, *, on: date, text: str, author: str, at: datetime) -> Meldcode:
        return self.record(
            EventKind.NAZORG_EVALUATIE, {"date": on, "text": text}, author=author, at=at
        )

    def record_monitoring(self, agreements: str, *, author: str, at: datetime) -> Meldcode:
        return self.record(EventKind.MONITORING, {"agreements": agreements}, author=author, at=at)

    def go_back(
        self, to_step: Step | int, *, reasoning: str, author: str, at: datetime
    ) -> Meldcode:
        return self.record(
            EventKind.TERUG_NAAR_STAP,
            {"to_step": int(to_step)},
            author=author,
            at=at,
            reasoning=reasoning,
        )

    def close(
        self, *, reasoning: str, monitoring_agreements: str, author: str, at: datetime
    ) -> Meldcode:
        return self.record(
            EventKind.AFGESLOTEN,
            {"monitoring_agreements": monitoring_agreements},
            author=author,
            at=at,
            reasoning=reasoning,
        )
