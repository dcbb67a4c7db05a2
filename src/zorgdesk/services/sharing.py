"""Record and list the sharing trail of a pupil (append-only)."""

from __future__ import annotations

from datetime import date, datetime

from zorgdesk.domain.sharing import SharingDraft, SharingRecord, validate_sharing
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.services.name_rewrite import TextColumns, rewrite_all
from zorgdesk.services.retention import PupilTable, RetentionPlan
from zorgdesk.store.audit import now_utc
from zorgdesk.store.vault import Vault

# Retention: a verstrekking of a pupil who stays may name the departing pupil.
TEXT_COLUMNS = (TextColumns("sharing_record", "pupil_id", text=("shared_with", "what", "basis")),)


def remove_from_other_sharing(vault, cur, pupil) -> None:
    rewrite_all(vault, cur, pupil, TEXT_COLUMNS)


RETENTION_PLAN = RetentionPlan(
    tables=(PupilTable("sharing_record", "pupil_id = :pupil_id", append_only=True),),
    before_delete=(remove_from_other_sharing,))


class SharingService:
    def __init__(self, vault: Vault, clock: Clock = SYSTEM_CLOCK) -> None:
        self.vault = vault
        self.clock = clock

    def record(self, pupil_id: int, draft: SharingDraft) -> int:
        valid = validate_sharing(draft, self.clock.today())
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO sharing_record (pupil_id, shared_on, shared_with, what, basis,"
                " recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?)",
                (pupil_id, valid.shared_on.isoformat(), valid.shared_with, valid.what,
                 valid.basis, self.vault.user.name, now_utc()))
            record_id = cur.lastrowid
            self.vault.audit(cur, "verstrekking.vastgelegd", "sharing_record", record_id,
                             {"pupil_id": pupil_id, "shared_on": valid.shared_on.isoformat(),
                              "shared_with": valid.shared_with, "what": valid.what,
                              "basis": valid.basis})
        return record_id

    def for_pupil(self, pupil_id: int) -> list[SharingRecord]:
        rows = self.vault.read().execute(
            "SELECT id, pupil_id, shared_on, shared_with, what, basis, recorded_by, recorded_at"
            " FROM sharing_record WHERE pupil_id = ? ORDER BY shared_on, id", (pupil_id,))
        return [SharingRecord(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4], r[5], r[6],
                              datetime.fromisoformat(r[7])) for r in rows]
