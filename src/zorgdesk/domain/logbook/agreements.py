"""'Geëvalueerd': the evaluation of an agreement with parents was held (issue 21).

Agreements with parents carry an evaluation moment (seed 003 l.1626-1628; SMART:
"wanneer wordt het geëvalueerd"). Recording that the evaluation took place, with its
date and a short outcome, takes the agreement off the list of what falls due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from zorgdesk.domain.logbook.entry import MAX_TEXT, ParentAgreement


@dataclass(frozen=True)
class AgreementEvaluation:
    entry_id: int
    agreement_text: str
    evaluation_date: date
    evaluated_on: date
    note: str
    recorded_by: str
    recorded_at: datetime

    def concerns(self, agreement: ParentAgreement) -> bool:
        return (agreement.text, agreement.evaluation_date) == (self.agreement_text,
                                                               self.evaluation_date)


def check_evaluation(evaluated_on: date | None, entry_date: date, today: date,
                     note: str) -> list[tuple[str, str]]:
    """Dutch problems of an evaluation (field, message); empty when it can be saved."""
    problems = []
    if evaluated_on is None:
        problems.append(("evaluated_on", "Vul de datum van de evaluatie in."))
    elif evaluated_on > today:
        problems.append(("evaluated_on", "De evaluatie ligt in de toekomst; leg haar vast als "
                                         "ze gehouden is."))
    elif evaluated_on < entry_date:
        problems.append(("evaluated_on", "De evaluatie ligt vóór de datum van de notitie."))
    if len(note) > MAX_TEXT:
        problems.append(("note", f"De uitkomst is te lang; het maximum is {MAX_TEXT} tekens."))
    return problems
