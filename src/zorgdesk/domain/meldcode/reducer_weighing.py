"""Applying an answer to an afwegingsvraag (step 4, and question 5 after the help term).

Checks the order of the questions, the extra fields some answers require, and the chain
that is walked through with Veilig Thuis after question 2 led to melden.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from zorgdesk.domain.meldcode.afwegingskader import (
    QuestionAnswer,
    closed_kader_message,
    counts_as_yes,
    next_in_chain,
    order_message,
)
from zorgdesk.domain.meldcode.events import MeldcodeEvent
from zorgdesk.domain.meldcode.input_checks import (
    future_date,
    refuse,
    require_reasoning,
    required_text,
)
from zorgdesk.domain.meldcode.state import MeldcodeState
from zorgdesk.domain.meldcode.vocabulary import Answer, Outcome, Question, Step


def apply_question(s: MeldcodeState, e: MeldcodeEvent, index: int) -> None:
    """An answer to an afwegingsvraag: its own form first, then the rules of its route:
    the chain walked with Veilig Thuis, question 5 after the help term, or question 1-4
    by the school in step 4."""
    qa = _answer_of(e, index)
    if qa.with_veilig_thuis:
        _apply_with_veilig_thuis(s, e, qa)
    elif qa.question is Question.RESULTAAT:
        _apply_result(s, e, qa)
    else:
        _apply_school_question(s, e, qa)


def _answer_of(e: MeldcodeEvent, index: int) -> QuestionAnswer:
    """The question, the answer and its reasoning, and whether they fit together."""
    a = e.answer
    try:
        q = Question(a.get("question"))
    except ValueError:
        refuse("Kies een afwegingsvraag (1 tot en met 5).")
    try:
        ans = Answer(a.get("value"))
    except ValueError:
        refuse("Beantwoord de afwegingsvraag met ja of nee.")
    if ans is Answer.TWIJFEL and q is not Question.VEILIGHEID:
        refuse("'Twijfel' is alleen een antwoord bij vraag 2 (veiligheid); kies ja of nee.")
    require_reasoning(e, f"afwegingsvraag {int(q)}")
    with_vt = bool(a.get("with_veilig_thuis", False))
    disclosure = bool(a.get("disclosure", False))
    if disclosure and q is not Question.VEILIGHEID:
        refuse("Disclosure hoort bij vraag 2 (veiligheid).")
    if disclosure and ans is Answer.NEE:
        refuse(
            "Het kind heeft zich uitgesproken (disclosure): dat geldt als acute onveiligheid. "
            "Vraag 2 is dan 'ja': direct melden."
        )
    return QuestionAnswer(q, ans, e.reasoning, index, with_vt, disclosure)


def _apply_with_veilig_thuis(s: MeldcodeState, e: MeldcodeEvent, qa: QuestionAnswer) -> None:
    """After Q2 -> melden, "de afwegingen hierna worden met Veilig Thuis doorlopen"."""
    q = qa.question
    q2 = s.answers.get(Question.VEILIGHEID)
    if q2 is None or not (counts_as_yes(q2) or q2.disclosure):
        refuse(
            "Alleen als vraag 2 tot melden leidde, worden de volgende afwegingen met "
            "Veilig Thuis doorlopen."
        )
    if q is Question.VERMOEDEN or q is Question.VEILIGHEID:
        refuse("Vraag 1 en 2 beantwoordt de school zelf.")
    if not s.vt_consultations and not s.melding_done:
        refuse(
            "Er is geen contact met Veilig Thuis vastgelegd. Leg eerst de consultatie "
            "of de melding bij Veilig Thuis vast."
        )
    expected = next_in_chain(s.vt_answers, first=Question.HULP)
    if expected is None or q is not expected:
        refuse(order_message(q, expected))
    _question_consequence_fields(s, q, qa.answer, e.answer, e, record=False)
    s.vt_answers[q] = qa


def _apply_result(s: MeldcodeState, e: MeldcodeEvent, qa: QuestionAnswer) -> None:
    """Question 5: once the help was decided on, and 'ja' only after its term."""
    q, ans, outcome = qa.question, qa.answer, s.outcome
    if outcome is not Outcome.HULP:
        refuse(closed_kader_message(outcome) or order_message(q, s.next_question()))
    if not s.decision_hulp:
        refuse(
            "Vraag 5 (resultaat) wordt beantwoord nadat de hulp is ingezet: neem eerst "
            "in stap 5 het besluit 'hulp bieden of organiseren: ja'."
        )
    if ans is Answer.JA and s.help_term is not None and e.timestamp.date() < s.help_term:
        refuse(
            f"De afgesproken termijn loopt tot {s.help_term:%d-%m-%Y}. Of de hulp "
            "resultaat heeft, beoordeelt u na afloop van de termijn. Herhaalt of "
            "voortduurt de onveiligheid eerder, beantwoord de vraag dan met 'nee'."
        )
    if ans is Answer.JA:
        required_text(e.answer, "monitoring_agreements", "de afspraken over monitoren")
    s.answers[q] = qa


def _apply_school_question(s: MeldcodeState, e: MeldcodeEvent, qa: QuestionAnswer) -> None:
    """Questions 1-4 in step 4, each once and in order, while the kader is open."""
    q, ans, outcome = qa.question, qa.answer, s.outcome
    if s.current_step is not Step.AFWEGEN:
        refuse(
            "Afwegingsvraag 1 tot en met 4 wordt in stap 4 beantwoord. Ga terug naar stap 4 "
            "om de afweging opnieuw te maken."
        )
    if outcome is not Outcome.OPEN:
        refuse(closed_kader_message(outcome) or "Het afwegingskader is al doorlopen.")
    expected = s.next_question()
    if q in s.answers:
        refuse(
            f"Vraag {int(q)} is al beantwoord. Wilt u de afweging wijzigen, begin dan "
            "opnieuw met wegen of ga terug naar een eerdere stap; het eerdere antwoord "
            "blijft in de geschiedenis."
        )
    if q is not expected:
        refuse(order_message(q, expected))
    if (q is Question.VERMOEDEN and ans is Answer.JA
            and e.answer.get("bevoegd_gezag_informed") is not True):
        refuse(
            "Bij een vermoeden wordt het bevoegd gezag van de school op de hoogte "
            "gebracht. Bevestig dat dit is gebeurd."
        )
    _question_consequence_fields(s, q, ans, e.answer, e, record=True)
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
        desc = required_text(a, "help_description", "welke hulp er komt")
        term = future_date(a, "help_term", "termijn")
        if term < e.timestamp.date():
            refuse("De termijn voor de hulp ligt in het verleden.")
        resp = required_text(a, "help_responsible", "de verantwoordelijke voor de hulp")
        if record:
            s.help_description, s.help_term, s.help_responsible = desc, term, resp
    if q is Question.RESULTAAT and ans is Answer.JA:
        required_text(a, "monitoring_agreements", "de afspraken over monitoren")
