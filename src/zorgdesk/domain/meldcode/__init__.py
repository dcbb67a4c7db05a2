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

Modules (each re-exported here, so ``from zorgdesk.domain.meldcode import X`` is the way in):

* :mod:`.vocabulary` - steps, afwegingsvragen, answers, outcomes, event kinds, Dutch labels.
* :mod:`.events` - :class:`MeldcodeEvent` and its storage record; ``FIELD_HELP``.
* :mod:`.afwegingskader` - outcome and order of the afwegingsvragen over a set of answers.
* :mod:`.state` - :class:`MeldcodeState`, derived by replaying the events.
* :mod:`.input_checks` - validation of one event's ``answer`` fields.
* :mod:`.requirements` - what is missing, which kinds are allowed, reminders.
* :mod:`.event_descriptions` - one Dutch history line per event.
* :mod:`.reducer`, :mod:`.reducer_weighing`, :mod:`.reducer_decisions` - applying events.
* :mod:`.trajectory` - the :class:`Meldcode` facade with one method per action.
"""

from __future__ import annotations

from zorgdesk.domain.meldcode.afwegingskader import QuestionAnswer
from zorgdesk.domain.meldcode.event_descriptions import describe_event
from zorgdesk.domain.meldcode.events import FIELD_HELP, MeldcodeEvent
from zorgdesk.domain.meldcode.input_checks import MELDCODE_SINCE
from zorgdesk.domain.meldcode.reducer import apply_event, replay
from zorgdesk.domain.meldcode.requirements import allowed_kinds, missing_requirements, reminders
from zorgdesk.domain.meldcode.state import MeldcodeState
from zorgdesk.domain.meldcode.trajectory import Meldcode
from zorgdesk.domain.meldcode.vocabulary import (
    KIND_STEP,
    OUTCOME_LABELS,
    QUESTION_TEXTS,
    STEP1_QUESTIONS,
    STEP_TITLES,
    Answer,
    ConversationSkipReason,
    EventKind,
    MeldcodeError,
    Outcome,
    ParentsNotInformedReason,
    Question,
    Step,
)

# Everything that was public in the former single module meldcode.py stays importable here.
__all__ = [
    "FIELD_HELP",
    "KIND_STEP",
    "MELDCODE_SINCE",
    "OUTCOME_LABELS",
    "QUESTION_TEXTS",
    "STEP1_QUESTIONS",
    "STEP_TITLES",
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
    "QuestionAnswer",
    "Step",
    "allowed_kinds",
    "apply_event",
    "describe_event",
    "missing_requirements",
    "reminders",
    "replay",
]
