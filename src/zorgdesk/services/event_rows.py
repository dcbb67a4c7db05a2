"""The stored form of an event-sourced record: one JSON row per event, in order.

The meldcode, incident and staff-abuse services keep each record as rows ``(owner, seq,
event)`` in their own event table; these two functions write and read such a row the
same way for all of them (sorted keys, non-ASCII kept, oldest event first).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

E = TypeVar("E")


def event_json(record: Mapping[str, Any]) -> str:
    """The JSON text stored for one event's ``to_record()``."""
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def read_events(cur, table: str, owner_column: str, owner_id: int,
                from_record: Callable[[Mapping[str, Any]], E]) -> list[E]:
    """Every event of one record in ``table`` (a fixed name, never user input), by seq."""
    rows = cur.execute(f"SELECT event FROM {table} WHERE {owner_column} = ? ORDER BY seq",
                       (owner_id,)).fetchall()
    return [from_record(json.loads(row[0])) for row in rows]
