"""The state of a trajectory, derived by replaying its events (see :mod:`.reducer`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from zorgdesk.domain.meldcode.afwegingskader import QuestionAnswer, outcome_of
from zorgdesk.domain.meldcode.calendar import vt_response_due
from zorgdesk.domain.meldcode.concern import Concern
from zorgdesk.domain.meldcode.events import MeldcodeEvent
from zorgdesk.domain.meldcode.vocabulary import (
    Answer,
    ConversationSkipReason,
    Outcome,
    ParentsNotInformedReason,
    Question,
    Step,
)


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
    concern: Concern = Concern.ALGEMEEN  # soort zorg (concern.py): may change the steps
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
    # the seed's form "Rapportage meldcode": the typed fields of the latest RAPPORTAGE
    rapportage: dict[str, str] = field(default_factory=dict)
    rapportage_event: int | None = None  # its index in ``events``

    # -- derived -----------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self.pupil_id is not None

    @property
    def outcome(self) -> Outcome:
        return outcome_of(self.answers)

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
