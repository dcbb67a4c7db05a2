"""Hash-chained audit log.

Every write appends one row: who, when, what (action, entity, id, the names of
the fields written) and a keyed digest of the content. Each row's MAC covers the
previous row's MAC, so changing, deleting or reordering a row breaks the chain.
The MAC key is derived from the vault's data key, so the chain can only be
rebuilt by someone who can already decrypt the vault. Field *values* are not
copied into the log: retention deletion must leave no pupil data behind here.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from zorgdesk.domain.progress import Progress
from zorgdesk.store.row_mac import HmacSha256, compact_json

GENESIS = "0" * 64
# The one lawful deletion (services/retention.py); reconcile and head rely on it.
RETENTION_ACTION = "leerling verwijderd (bewaartermijn)"
# The other: one record removed on a granted request of the parents
# (services/logbook/request_answers.py); written for each removed row the log named.
REMOVAL_ACTION = "gegevens verwijderd (verzoek ouders)"


def audit_key(data_key: bytes) -> bytes:
    return hmac.new(bytes(data_key), b"zorgdesk-audit-v1", hashlib.sha256).digest()


_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                              default=str)


_CANONICAL_ROW = compact_json(str, sort_keys=True)  # the same text, encoder made once


def _canonical(value: object) -> bytes:
    return _CANONICAL.encode(value).encode("utf-8")


def content_digest(key: bytes, content: dict) -> str:
    return hmac.new(key, _canonical(content), hashlib.sha256).hexdigest()


def _row_mac(key: bytes, row: tuple) -> str:
    return hmac.new(key, _canonical(list(row)), hashlib.sha256).hexdigest()


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def append(cursor, key: bytes, actor: str, action: str, entity: str, entity_id: object,
           content: dict) -> None:
    """Append inside the caller's transaction so data and log commit together."""
    last = cursor.execute(
        "SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    seq, prev_mac = (last[0] + 1, last[1]) if last else (1, GENESIS)
    fields = json.dumps(sorted(content), ensure_ascii=False)
    digest = content_digest(key, content)
    row = (seq, now_utc(), actor, action, entity, str(entity_id), fields, digest, prev_mac)
    cursor.execute(
        "INSERT INTO audit_log (seq, ts, actor, action, entity, entity_id, fields, digest,"
        " prev_mac, mac) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (*row, _row_mac(key, row)),
    )
    cursor.execute(
        "INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"{seq}:{_row_mac(key, row)}",),
    )


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    ts: str
    actor: str
    action: str
    entity: str
    entity_id: str
    fields: tuple[str, ...]


def read_entries(cursor, entity: str | None = None, entity_id: object = None) -> list[AuditEntry]:
    sql = "SELECT seq, ts, actor, action, entity, entity_id, fields FROM audit_log"
    params: list = []
    if entity is not None:
        sql += " WHERE entity = ? AND entity_id = ?"
        params = [entity, str(entity_id)]
    rows = cursor.execute(sql + " ORDER BY seq", params).fetchall()
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], tuple(json.loads(r[6])))
            for r in rows]


def verify_chain(cursor, key: bytes, progress: Progress | None = None) -> list[str]:
    """Return Dutch descriptions of every break in the chain; empty when intact."""
    progress = progress or Progress()
    mac = HmacSha256(key)  # keyed once; the C encoder made once (store/row_mac.py)
    problems: list[str] = []
    expected_prev, expected_seq = GENESIS, 1
    rows = cursor.execute(
        "SELECT seq, ts, actor, action, entity, entity_id, fields, digest, prev_mac, mac"
        " FROM audit_log ORDER BY seq"
    ).fetchall()
    for number, row in enumerate(rows, start=1):
        seq = row[0]
        if seq != expected_seq:
            problems.append(f"Auditregel {expected_seq} ontbreekt of staat op de verkeerde plek.")
        if row[8] != expected_prev:
            problems.append(f"Auditregel {seq} sluit niet aan op de vorige regel.")
        if not hmac.compare_digest(mac.hexdigest(_CANONICAL_ROW(row[:9]).encode("utf-8")),
                                   row[9]):
            problems.append(f"Auditregel {seq} is na het schrijven gewijzigd.")
        expected_prev, expected_seq = row[9], seq + 1
        if number % 5_000 == 0:
            progress.step(number, len(rows))
    head = cursor.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if rows and (head is None or head[0] != f"{rows[-1][0]}:{rows[-1][9]}"):
        problems.append("De laatste auditregels zijn verwijderd of vervangen.")
    if not rows and head is not None:
        problems.append("Het auditlogboek is leeggemaakt.")
    return problems
