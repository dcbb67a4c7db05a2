"""Marking an agreement with parents as evaluated (m0014), so it leaves Vandaag.

The agreement is picked by its place in the entry's current version; what is stored is
its text and evaluation date, so a later correction that changes the agreement makes it
due again. One evaluation per agreement; append-only like every logboek record.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime

from zorgdesk.domain.logbook import ParentAgreement, parse_date
from zorgdesk.domain.logbook.agreements import AgreementEvaluation, check_evaluation
from zorgdesk.domain.text import clean, quote_short
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.services.logbook.codec import entry_from_json
from zorgdesk.store.audit import now_utc
from zorgdesk.store.vault import Vault


class AgreementEvaluations:
    def __init__(self, vault: Vault, clock: Clock = SYSTEM_CLOCK) -> None:
        self.vault = vault
        self.clock = clock

    def _current(self, entry_id: int):
        row = self.vault.read().execute(
            "SELECT content FROM logbook_version WHERE entry_id = ?"
            " ORDER BY version_no DESC LIMIT 1", (entry_id,)).fetchone()
        if row is None:
            raise KeyError(entry_id)
        return entry_from_json(row[0])

    def open_agreements(self, entry_id: int) -> list[tuple[int, ParentAgreement]]:
        """(place, agreement) of the current version that were not evaluated yet."""
        done = self.for_entries([entry_id]).get(entry_id, [])
        return [(i, a) for i, a in enumerate(self._current(entry_id).parent_agreements)
                if not any(e.concerns(a) for e in done)]

    def mark_evaluated(self, entry_id: int, place: int, evaluated_on: date | str,
                       note: str = "") -> int:
        """Record that agreement ``place`` of the entry was evaluated; Dutch errors."""
        entry = self._current(entry_id)
        if not 0 <= place < len(entry.parent_agreements):
            raise ValidationError([("agreement", "Kies een afspraak van deze notitie.")])
        agreement = entry.parent_agreements[place]
        if place not in dict(self.open_agreements(entry_id)):
            raise ValidationError([("agreement", "Deze afspraak is al geëvalueerd.")])
        try:
            when = parse_date(evaluated_on)
        except (ValueError, TypeError):
            raise ValidationError([("evaluated_on", f"De datum "
                                           f"{quote_short(evaluated_on)}bestaat niet; gebruik "
                                           "dag-maand-jaar, bijv. 14-03-2026.")]) from None
        note = clean(note)
        problems = check_evaluation(when, entry.entry_date, self.clock.today(), note)
        if problems:
            raise ValidationError(problems)
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO logbook_agreement_evaluation (entry_id, agreement_text,"
                " evaluation_date, evaluated_on, note, recorded_by, recorded_at)"
                " VALUES (?,?,?,?,?,?,?)",
                (entry_id, agreement.text, agreement.evaluation_date.isoformat(),
                 when.isoformat(), note, self.vault.user.name, now_utc()))
            row_id = cur.lastrowid
            self.vault.audit(cur, "logboek.afspraak_geevalueerd", "logbook_agreement_evaluation",
                             row_id, {"entry_id": entry_id, "evaluated_on": when.isoformat(),
                                      "note": note})
        return row_id

    def for_entries(self, entry_ids: Iterable[int]) -> dict[int, list[AgreementEvaluation]]:
        ids = list(dict.fromkeys(int(i) for i in entry_ids))
        if not ids:
            return {}
        rows = self.vault.read().execute(
            "SELECT entry_id, agreement_text, evaluation_date, evaluated_on, note, recorded_by,"
            " recorded_at FROM logbook_agreement_evaluation WHERE entry_id IN"
            " (SELECT value FROM json_each(?)) ORDER BY id", (json.dumps(ids),)).fetchall()
        found: dict[int, list[AgreementEvaluation]] = {}
        for r in rows:
            found.setdefault(r[0], []).append(AgreementEvaluation(
                r[0], r[1], date.fromisoformat(r[2]), date.fromisoformat(r[3]), r[4], r[5],
                datetime.fromisoformat(r[6])))
        return found
