"""The keyed head of the vault: last audit row, number of audit rows, rows per sealed table.

The audit chain proves that no row *inside* the log was changed; the row seals prove
that no sealed row was changed. Neither notices rows that vanish together with their
seals (drop the triggers, delete a logboek entry and its ``row_seal`` rows), nor the
last audit rows cut off with the plain ``audit_head`` copied from the new last row.
The head closes both gaps: one MAC under the audit key over

* the last audit row (seq and MAC) and the number of audit rows, and
* the number of seals per sealed table (``row_seal`` grouped by table).

It is rewritten at the end of every ZorgDesk transaction, *incrementally*: the counts
it stores are the previous head's counts plus what this transaction added or
removed. A deletion made outside ZorgDesk therefore stays visible after later saves
instead of being absorbed into the next head. When the stored head does not verify or
no longer matches the log at the start of a transaction, it is left as it is, so the
finding stays until someone looks at it.

Vaults made before the head existed get one at their first open with this version
(trust on first use, documented in docs/security.md) and an audit row marks that
moment; from then on a missing head is itself reported.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass

HEAD_KEY = "audit_head_v2"
MARKER_FIELD = "controle"  # in the fields of the audit row that introduced the head
MARKER_ACTIONS = ("kluis.aangemaakt", "kluis.controle_uitgebreid")
INTEGRITY_VERSION = 2


@dataclass(frozen=True)
class LogState:
    seq: int
    mac: str
    rows: int


@dataclass(frozen=True)
class Head:
    seq: int
    mac: str
    rows: int
    counts: dict[str, int]
    head_mac: str

    def matches(self, state: LogState) -> bool:
        return (self.seq, self.mac, self.rows) == (state.seq, state.mac, state.rows)


def log_state(cursor) -> LogState:
    last = cursor.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    rows = cursor.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    return LogState(last[0], last[1], rows) if last else LogState(0, "", rows)


def seal_counts(cursor) -> dict[str, int]:
    if cursor.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'row_seal'"
                      ).fetchone() is None:
        return {}  # a vault from before seals, about to be migrated
    return {str(t): int(n) for t, n in cursor.execute(
        "SELECT tbl, count(*) FROM row_seal GROUP BY tbl").fetchall()}


def _mac(key: bytes, seq: int, mac: str, rows: int, counts: dict[str, int]) -> str:
    payload = json.dumps(["zorgdesk-head-v2", seq, mac, rows, counts], sort_keys=True,
                         separators=(",", ":"))
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def read(cursor) -> Head | None:
    """The stored head, or None when there is none or it cannot be parsed."""
    row = cursor.execute("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,)).fetchone()
    if row is None:
        return None
    try:
        data = json.loads(row[0])
        counts = {str(t): int(n) for t, n in dict(data["counts"]).items()}
        return Head(int(data["seq"]), str(data["mac"]), int(data["rows"]), counts,
                    str(data["head_mac"]))
    except (ValueError, KeyError, TypeError):
        return None


def is_authentic(key: bytes, head: Head) -> bool:
    expected = _mac(key, head.seq, head.mac, head.rows, head.counts)
    return hmac.compare_digest(expected, head.head_mac)


def write(cursor, key: bytes, counts: dict[str, int]) -> None:
    state = log_state(cursor)
    counts = {t: n for t, n in sorted(counts.items()) if n}
    value = json.dumps({"seq": state.seq, "mac": state.mac, "rows": state.rows,
                        "counts": counts,
                        "head_mac": _mac(key, state.seq, state.mac, state.rows, counts)},
                       sort_keys=True)
    cursor.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (HEAD_KEY, value))


def has_marker(cursor) -> bool:
    """True once the vault has (had) a head: then a missing one is a finding."""
    placeholders = ",".join("?" for _ in MARKER_ACTIONS)
    rows = cursor.execute(
        f"SELECT fields FROM audit_log WHERE action IN ({placeholders})",  # noqa: S608
        MARKER_ACTIONS).fetchall()
    for (fields,) in rows:
        try:
            if MARKER_FIELD in json.loads(fields):
                return True
        except ValueError:
            continue
    return False


class HeadTracker:
    """Carries the head across one transaction: ``begin`` after BEGIN, ``commit`` before COMMIT."""

    def __init__(self, key: bytes) -> None:
        self._key = key
        self._before: dict[str, int] = {}
        self._base: dict[str, int] | None = None

    def begin(self, cursor) -> None:
        self._before = seal_counts(cursor)
        stored = read(cursor)
        if stored is None:
            # No head yet: a brand-new vault (created in this transaction) or one being
            # upgraded; anything else is reported by verify and left alone here.
            self._base = None if has_marker(cursor) else dict(self._before)
        elif is_authentic(self._key, stored) and stored.matches(log_state(cursor)):
            self._base = stored.counts
        else:
            self._base = None  # a broken head stays broken: verify must keep seeing it

    def changed(self, cursor) -> bool:
        """True when rows were sealed or removed since ``begin`` (migrations, seal install)."""
        return self._base is not None and seal_counts(cursor) != self._before

    def commit(self, cursor) -> None:
        if self._base is None:
            return
        now = seal_counts(cursor)
        tables = set(now) | set(self._before) | set(self._base)
        counts = {t: self._base.get(t, 0) + now.get(t, 0) - self._before.get(t, 0)
                  for t in tables}
        write(cursor, self._key, counts)


def verify(cursor, key: bytes, labels) -> list[str]:
    """Dutch findings: log cut off or rows gone together with their seals."""
    stored = read(cursor)
    if stored is None:
        if has_marker(cursor):
            return ["De controlegegevens van de kluis ontbreken of zijn onleesbaar: "
                    "het auditlogboek of de gegevens kunnen buiten ZorgDesk zijn ingekort."]
        return []
    if not is_authentic(key, stored):
        return ["De controlegegevens van de kluis zijn buiten ZorgDesk gewijzigd."]
    problems: list[str] = []
    state = log_state(cursor)
    if not stored.matches(state):
        if state.seq < stored.seq or state.rows < stored.rows:
            problems.append(
                f"Het auditlogboek is ingekort: ZorgDesk schreef tot en met regel "
                f"{stored.seq} ({stored.rows} regels), nu eindigt het bij regel "
                f"{state.seq} ({state.rows} regels).")
        else:
            problems.append("De laatste auditregels zijn verwijderd of vervangen.")
    now = seal_counts(cursor)
    for table in sorted(set(now) | set(stored.counts)):
        expected, found = stored.counts.get(table, 0), now.get(table, 0)
        kind = labels(table).removeprefix("een ")
        if found < expected:
            problems.append(f"Er ontbreken {expected - found} van de {expected} gegevens "
                            f"van het soort '{kind}': buiten ZorgDesk verwijderd.")
        elif found > expected:
            problems.append(f"Er zijn {found - expected} gegevens van het soort '{kind}' "
                            "buiten ZorgDesk bijgekomen.")
    return problems
