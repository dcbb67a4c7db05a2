"""Evaluation dates of agreements as deadlines, school-wide, for the Vandaag overview.

A logboek entry records agreements with parents, each with an evaluation moment
(``parent_agreements``). Only the current version of an entry counts: a correction
that moves or drops an agreement moves or drops its deadline. An agreement marked as
evaluated (``services/logbook/agreements.py``) is no longer due. Open action points of
handed-out zorggesprekken (services/conversations/action_points.py) join them, so one query serves
an overview of what falls due. Read-only; nothing here writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from zorgdesk.services.conversations.action_points import ActionPointService
from zorgdesk.store.vault import Vault


@dataclass(frozen=True)
class Deadline:
    due: date
    source: str  # "logboek" (evaluation of an agreement with parents) or "zorggesprek"
    record_id: int  # logboek entry id or conversation id
    pupil_ids: tuple[int, ...]  # logboek: every pupil of the entry; zorggesprek: ()
    pupil_name: str  # zorggesprek only (ActionPoint gives the name); logboek: ""
    text: str  # the agreement

    def overdue(self, today: date) -> bool:
        return self.due < today


_LOGBOOK_EVALUATIONS = """
SELECT v.entry_id, json_extract(a.value, '$.evaluation_date'), json_extract(a.value, '$.text'),
       (SELECT group_concat(p.pupil_id) FROM logbook_entry_pupil p WHERE p.entry_id = v.entry_id)
FROM logbook_version v, json_each(v.content, '$.parent_agreements') a
WHERE instr(v.content, '"evaluation_date"') > 0
  AND v.version_no = (SELECT max(version_no) FROM logbook_version WHERE entry_id = v.entry_id)
  AND json_extract(a.value, '$.evaluation_date') BETWEEN ? AND ?
  AND NOT EXISTS (SELECT 1 FROM logbook_agreement_evaluation e
                  WHERE e.entry_id = v.entry_id
                    AND e.agreement_text = json_extract(a.value, '$.text')
                    AND e.evaluation_date = json_extract(a.value, '$.evaluation_date'))
"""


# instr(): only versions whose JSON names an evaluation date at all are parsed (a plain
# byte search; the key is always written in quotes, text inside a string has its quotes
# escaped): at a large school a handful of 60,000 versions, and Vandaag opens on unlock.
# The same condition is the partial index of m0018, so only those versions are read
# (keep the two conditions the same: otherwise SQLite scans every version again).


class AgreementDeadlines:
    def __init__(self, vault: Vault, action_points: ActionPointService) -> None:
        self.vault = vault
        self.action_points = action_points

    def logbook_evaluations(self, start: date, end: date,
                            pupil_id: int | None = None) -> list[Deadline]:
        """Evaluation dates of agreements with parents from ``start`` to ``end`` inclusive."""
        rows = self.vault.read().execute(
            _LOGBOOK_EVALUATIONS, (start.isoformat(), end.isoformat())).fetchall()
        found = [Deadline(date.fromisoformat(due), "logboek", entry_id,
                          tuple(sorted(int(p) for p in (pupils or "").split(",") if p)), "",
                          text or "")
                 for entry_id, due, text, pupils in rows]
        if pupil_id is not None:
            found = [d for d in found if pupil_id in d.pupil_ids]
        return sorted(found, key=lambda d: (d.due, d.record_id, d.text))

    def due_between(self, start: date, end: date) -> list[Deadline]:
        """Everything that falls due from ``start`` to ``end``: logboek evaluations and the
        open action points of handed-out zorggesprekken (their date, else evaluation date)."""
        found = self.logbook_evaluations(start, end)
        found += [Deadline(p.due, "zorggesprek", p.conversation_id, (), p.pupil_name,
                           p.agreement.what)
                  for p in self.action_points.action_points()
                  if p.due is not None and start <= p.due <= end]
        return sorted(found, key=lambda d: (d.due, d.source, d.record_id))
