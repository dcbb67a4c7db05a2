"""The :class:`Meldcode` facade: an immutable trajectory with one typed method per action."""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from zorgdesk.domain.meldcode.events import MeldcodeEvent
from zorgdesk.domain.meldcode.kenmerk import checked_kenmerk
from zorgdesk.domain.meldcode.reducer import apply_event, replay
from zorgdesk.domain.meldcode.requirements import missing_requirements
from zorgdesk.domain.meldcode.state import MeldcodeState
from zorgdesk.domain.meldcode.vocabulary import (
    KIND_STEP,
    STEP1_QUESTIONS,
    Answer,
    ConversationSkipReason,
    EventKind,
    MeldcodeError,
    ParentsNotInformedReason,
    Question,
    Step,
)


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
        concern: str = "algemeen",
        author: str,
        at: datetime,
    ) -> Meldcode:
        payload: dict[str, Any] = {
            "signal_check_ids": tuple(signal_check_ids),
            "logboek_ids": tuple(logboek_ids),
            "contra_signalen": contra_signalen,
            "soort_zorg": str(concern or "algemeen"),
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
        organisation: str = "",
        author: str,
        at: datetime,
    ) -> Meldcode:
        picked = {"organisation": organisation.strip()} if organisation.strip() else {}
        return self.record(
            EventKind.VT_CONSULTATIE,
            {
                **picked,
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

    def link_conversation(self, zorggesprek_id: str, *, held_on: date | None = None,
                          author: str, at: datetime) -> Meldcode:
        # The day the talk took place is the activity's date (rapportage, anonymised
        # summary); the day of linking is only when the IB wrote it down.
        answer: dict[str, object] = {"zorggesprek_id": zorggesprek_id}
        if held_on is not None:
            answer["date"] = held_on
        return self.record(EventKind.GESPREK_GEKOPPELD, answer, author=author, at=at)

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
        help_provider: str | None = None,
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
            "help_provider": help_provider or None,
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
        provider: str | None = None,
    ) -> Meldcode:
        payload: dict[str, Any] = {"value": value}
        for k, v in (("description", description), ("term", term), ("responsible", responsible),
                     ("provider", provider or None)):
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
        """The kenmerk's format is checked here, for new entries only (after the meldcode's
        own rules): a replayed dossier keeps loading whatever an earlier version stored."""
        answer = {"date": on, "by_whom": by_whom, "vt_reference": vt_reference}
        recorded = self.record(EventKind.MELDING_GEDAAN, answer, author=author, at=at)
        tidy = checked_kenmerk(vt_reference)
        if tidy == vt_reference:
            return recorded
        return self.record(EventKind.MELDING_GEDAAN, {**answer, "vt_reference": tidy},
                           author=author, at=at)

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

    def record_rapportage(
        self, *, onderwerp: str, omschrijving: str, maatschappelijke_onrust: str,
        betrokkenen: str = "", knelpunten: str = "", opmerkingen: str = "",
        author: str, at: datetime,
    ) -> Meldcode:
        """The typed fields of the form 'Rapportage meldcode' (the latest one counts)."""
        return self.record(
            EventKind.RAPPORTAGE,
            {"onderwerp": onderwerp, "omschrijving": omschrijving,
             "maatschappelijke_onrust": maatschappelijke_onrust, "betrokkenen": betrokkenen,
             "knelpunten": knelpunten, "opmerkingen": opmerkingen},
            author=author, at=at,
        )
