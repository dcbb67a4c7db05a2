"""Unsaved form input kept in the vault, so locking, a crash or a restart loses nothing.

One API for every form: ``save(form, key, pupil_id, fields)`` replaces the draft,
``load`` returns it, ``discard`` removes it, ``for_pupil`` lists what is waiting.
``fields`` is any JSON-able dict of what was typed. The audit log gets the field
names only (Vault.audit never stores values).

A draft belongs to a pupil (``pupil_id``), or to none (None; m0023) for a form about
no pupil: the jaarverantwoording, the sociale kaart, the anonymous case, a new incident
started without a dossier open. Retention deletes a departing pupil's drafts and takes
her name out of every other draft, these included.

Every form keeps its drafts here: the logboek ("logboek"; its old ``logbook_draft``
table was moved in by migration m0012), zorggesprek ("gesprek"), signalenlijst and
meldcode, and the step forms of the incident ("incident") and staff-abuse
("misbruik_medewerker") routes, Leerlingen beheren ("leerlingen") and the inzage-export
("inzage"). Retention takes a departing pupil's drafts along
(RETENTION_PLAN below).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from zorgdesk.services.name_rewrite import TextColumns, rewrite_all
from zorgdesk.services.retention import PupilTable, RetentionPlan
from zorgdesk.store.audit import now_utc
from zorgdesk.store.vault import Vault

# Deleting a pupil (retention) takes their drafts along, and the departing pupil's name
# leaves the unsaved input of pupils who stay.
TEXT_COLUMNS = (TextColumns("form_draft", "pupil_id", json=("fields",)),)


def remove_from_other_drafts(vault, cur, pupil) -> None:
    rewrite_all(vault, cur, pupil, TEXT_COLUMNS)


RETENTION_PLAN = RetentionPlan(tables=(PupilTable("form_draft", "pupil_id = :pupil_id"),),
                               before_delete=(remove_from_other_drafts,))


@dataclass(frozen=True)
class StoredDraft:
    form: str
    key: str
    pupil_id: int | None
    fields: dict
    saved_at: datetime
    saved_by: str


class DraftService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def save(self, form: str, key: str, pupil_id: int | None, fields: dict) -> None:
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO form_draft (form, draft_key, pupil_id, fields, saved_at, saved_by)"
                " VALUES (?,?,?,?,?,?) ON CONFLICT(form, draft_key) DO UPDATE SET"
                " fields = excluded.fields, saved_at = excluded.saved_at,"
                " saved_by = excluded.saved_by, pupil_id = excluded.pupil_id",
                (form, key, pupil_id, json.dumps(fields, ensure_ascii=False), now_utc(),
                 self.vault.user.name))
            self.vault.audit(cur, "concept.bewaard", "form_draft", f"{form}:{key}",
                             fields)

    def load(self, form: str, key: str) -> StoredDraft | None:
        row = self.vault.read().execute(
            "SELECT form, draft_key, pupil_id, fields, saved_at, saved_by FROM form_draft"
            " WHERE form = ? AND draft_key = ?", (form, key)).fetchone()
        return _draft(row) if row else None

    def for_pupil(self, pupil_id: int) -> list[StoredDraft]:
        rows = self.vault.read().execute(
            "SELECT form, draft_key, pupil_id, fields, saved_at, saved_by FROM form_draft"
            " WHERE pupil_id = ? ORDER BY saved_at DESC", (pupil_id,)).fetchall()
        return [_draft(r) for r in rows]

    def without_pupil(self) -> list[StoredDraft]:
        """The drafts of forms about no pupil (m0023), most recent first."""
        rows = self.vault.read().execute(
            "SELECT form, draft_key, pupil_id, fields, saved_at, saved_by FROM form_draft"
            " WHERE pupil_id IS NULL ORDER BY saved_at DESC").fetchall()
        return [_draft(r) for r in rows]

    def discard(self, form: str, key: str) -> None:
        with self.vault.transaction() as cur:
            cur.execute("DELETE FROM form_draft WHERE form = ? AND draft_key = ?", (form, key))
            if cur.rowcount:
                self.vault.audit(cur, "concept.verwijderd", "form_draft", f"{form}:{key}", {})


def _draft(row) -> StoredDraft:
    return StoredDraft(row[0], row[1], row[2], json.loads(row[3]),
                       datetime.fromisoformat(row[4]), row[5])
