"""What happens to an incident when one of its pupils leaves at the end of the retention term.

An incident belongs to several pupils, so it cannot simply go with one of them:

* the departing pupil's own events (role, parents' conversation, flag, letter) stay as
  anonymous placeholders: no pupil id (a negative stand-in instead), every text replaced.
  The history still replays (the actieplan stays valid), but nothing of the pupil is left;
* the departing pupil's name leaves the incident-wide events and the other pupils' events
  (the shared name rewrite, "[medeleerling]");
* an incident none of whose pupils is left is deleted as a whole (after the delete).
"""

from __future__ import annotations

import json

from zorgdesk.services.name_rewrite import TextColumns, rewrite_all, update_rows
from zorgdesk.services.retention import PupilTable, RetentionPlan, drop_append_only

REMOVED_TEXT = "[verwijderd na bewaartermijn]"
_CODES = frozenset({"kind", "timestamp", "author", "__date", "pupil_id", "role", "flag",
                    "scale", "parties", "for_whom", "assessment_id", "parents",
                    "colleagues", "other_parents_informed", "audience",
                    "kept_home"})
_KEEP_KEYS = frozenset({"kind", "timestamp", "author", "__date", "role", "flag"})

TEXT_COLUMNS = (
    TextColumns(
        "peer_incident_event",
        "coalesce(peer_incident_event.pupil_id, (SELECT group_concat(DISTINCT o.pupil_id)"
        " FROM peer_incident_event o WHERE o.incident_id = peer_incident_event.incident_id))",
        json=("event",), skip_keys=_CODES),
)


def _blank(value, key: str = ""):
    if isinstance(value, dict):
        return {k: _blank(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_blank(v, key) for v in value]
    if isinstance(value, str) and value.strip() and key not in _KEEP_KEYS:
        return REMOVED_TEXT
    return value


def anonymise_departing(vault, cur, pupil) -> None:
    rows = cur.execute("SELECT rowid, event FROM peer_incident_event WHERE pupil_id = ?",
                       (pupil.id,)).fetchall()
    if not rows:
        return
    stand_in = -min(rowid for rowid, _ in rows)  # one stand-in per departing pupil
    changes = []
    for rowid, raw in rows:
        record = json.loads(raw)
        record["answer"] = _blank(record.get("answer") or {})
        record["reasoning"] = REMOVED_TEXT if record.get("reasoning") else ""
        record["pupil_id"] = stand_in
        changes.append((rowid, [None, json.dumps(record, ensure_ascii=False, sort_keys=True)]))
    update_rows(cur, "peer_incident_event", ("pupil_id", "event"), changes)
    for rowid, _ in changes:
        vault.audit(cur, "leerling uit incident verwijderd (bewaartermijn)",
                    "peer_incident_event", rowid, {})


def remove_from_other_records(vault, cur, pupil) -> None:
    # First: the departing pupil's own rows lose the pupil id, so the owners of the
    # incident-wide rows (below) are the pupils who stay.
    anonymise_departing(vault, cur, pupil)
    rewrite_all(vault, cur, pupil, TEXT_COLUMNS)


def delete_incidents_without_pupils(vault, cur, pupil) -> None:
    orphans = [r[0] for r in cur.execute(
        "SELECT i.id FROM peer_incident i WHERE NOT EXISTS (SELECT 1 FROM"
        " peer_incident_event e WHERE e.incident_id = i.id AND e.pupil_id IS NOT NULL)"
        " AND EXISTS (SELECT 1 FROM peer_incident_event e WHERE e.incident_id = i.id"
        " AND e.pupil_id IS NULL AND json_extract(e.event, '$.pupil_id') < 0)")]
    if not orphans:
        return
    marks = ",".join("?" * len(orphans))
    for table, column in (("peer_incident_event", "incident_id"), ("peer_incident", "id")):
        triggers = drop_append_only(cur, table)
        cur.execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", orphans)  # noqa: S608
        for sql in triggers:
            cur.execute(sql)
    for incident_id in orphans:
        vault.audit(cur, "incident verwijderd (bewaartermijn)", "peer_incident", incident_id, {})


RETENTION_PLAN = RetentionPlan(
    tables=(PupilTable("peer_incident_event", "pupil_id = :pupil_id", append_only=True),),
    before_delete=(remove_from_other_records,),
    after_delete=(delete_incidents_without_pupils,))
