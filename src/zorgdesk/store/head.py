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
removed, as reported by the seal triggers themselves (``zd_seal_count``, a function
that exists only on ZorgDesk's connections) - no counting per save. A deletion made
outside ZorgDesk therefore stays visible after later saves instead of being absorbed
into the next head. When the stored head does not verify or no longer matches the
log at the start of a transaction, it is left as it is, so the finding stays until
someone looks at it. Migrations and sealing at open bypass the triggers; their
changes are carried over by counting once (``carry_over``).

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


def write_state(cursor, key: bytes, state: LogState, counts: dict[str, int]) -> None:
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


def last_row(cursor) -> tuple[int, str]:
    """(seq, mac) of the last audit row; one index lookup, no scan."""
    last = cursor.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (last[0], last[1]) if last else (0, "")


class SealCounter:
    """Rows sealed (+1) and unsealed (-1) per table, reported by the seal triggers.

    The insert and delete triggers call ``zd_seal_count(table, delta)``, a function
    that, like ``zd_seal``, exists only on ZorgDesk's own connections. So the head
    can be carried over a transaction without counting ``row_seal`` (which grows
    with the vault and would make every save slower).
    """

    def __init__(self) -> None:
        self.deltas: dict[str, int] = {}

    def add(self, table: str, delta: int) -> int:
        self.deltas[table] = self.deltas.get(table, 0) + int(delta)
        return 0

    def reset(self) -> None:
        self.deltas.clear()


class HeadTracker:
    """Carries the head across one transaction: ``begin`` after BEGIN, ``commit`` before COMMIT."""

    def __init__(self, key: bytes, counter: SealCounter) -> None:
        self._key = key
        self._counter = counter
        self._base: Head | None = None

    def begin(self, cursor) -> None:
        self._counter.reset()
        stored = read(cursor)
        if stored is None:
            # No head yet: a brand-new vault (created in this transaction) or one being
            # upgraded at open; anything else is reported by verify and left alone here.
            if has_marker(cursor):
                self._base = None
            else:
                seq, mac = last_row(cursor)
                rows = cursor.execute("SELECT count(*) FROM audit_log").fetchone()[0]
                self._base = Head(seq, mac, rows, seal_counts(cursor), "")
        elif is_authentic(self._key, stored) and (stored.seq, stored.mac) == last_row(cursor):
            self._base = stored
        else:
            self._base = None  # a broken head stays broken: verify must keep seeing it

    def commit(self, cursor) -> None:
        base = self._base
        if base is None:
            return
        deltas = self._counter.deltas
        counts = {t: base.counts.get(t, 0) + deltas.get(t, 0)
                  for t in set(base.counts) | set(deltas)}
        seq, mac = last_row(cursor)
        write_state(cursor, self._key, LogState(seq, mac, base.rows + seq - base.seq), counts)


def carry_over(cursor, key: bytes, before: dict[str, int]) -> None:
    """After migrations or sealing at open (no triggers involved): add what they changed."""
    stored = read(cursor)
    if stored is None or not is_authentic(key, stored) or \
            (stored.seq, stored.mac) != last_row(cursor):
        return
    now = seal_counts(cursor)
    if now == before:
        return
    counts = {t: stored.counts.get(t, 0) + now.get(t, 0) - before.get(t, 0)
              for t in set(stored.counts) | set(now) | set(before)}
    write_state(cursor, key, LogState(stored.seq, stored.mac, stored.rows), counts)


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
