"""The rules of the afwegingskader (step 4) over a set of answers, without the state.

Which outcome the answers lead to, which question comes next in a chain, and the Dutch
messages for answering out of order. Kept free of :class:`MeldcodeState` so that the
state can derive its outcome from here without an import cycle.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from zorgdesk.domain.meldcode.vocabulary import Answer, Outcome, Question


@dataclass
class QuestionAnswer:
    question: Question
    answer: Answer
    reasoning: str
    event_index: int
    with_veilig_thuis: bool = False
    disclosure: bool = False

def counts_as_yes(qa: QuestionAnswer) -> bool:
    return qa.answer in (Answer.JA, Answer.TWIJFEL)


def outcome_of(answers: Mapping[Question, QuestionAnswer]) -> Outcome:
    q1 = answers.get(Question.VERMOEDEN)
    if q1 is None:
        return Outcome.OPEN
    if q1.answer is Answer.NEE:
        return Outcome.AFSLUITEN
    q2 = answers.get(Question.VEILIGHEID)
    if q2 is None:
        return Outcome.OPEN
    if counts_as_yes(q2) or q2.disclosure:
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


def next_in_chain(chain: Mapping[Question, QuestionAnswer], first: Question) -> Question | None:
    q = first
    while q in chain:
        qa = chain[q]
        if qa.answer is Answer.NEE or q is Question.RESULTAAT:
            return None  # chain ended in melden / result
        q = Question(q + 1)
    return q


def order_message(q: Question, expected: Question | None) -> str:
    if expected is None:
        return f"Afwegingsvraag {int(q)} is nu niet aan de orde: de afweging is al afgerond."
    return (
        f"De afwegingsvragen worden in volgorde beantwoord. Beantwoord eerst vraag "
        f"{int(expected)} ({expected.text.split(':')[0]})."
    )


def closed_kader_message(outcome: Outcome) -> str | None:
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
