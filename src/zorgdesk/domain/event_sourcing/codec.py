"""An event's ``answer`` in memory (read-only) and in storage (JSON); dates keep their type.

``freeze`` turns mappings into read-only mappings and sequences into tuples, so an event
cannot change after it was made. ``to_jsonable`` / ``from_jsonable`` write and read the
stored row: a date is ``{"__date": "2024-05-01"}``, a datetime ``{"__datetime": ...}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from types import MappingProxyType
from typing import Any


def freeze(value: Any) -> Any:
    if isinstance(value, Mapping):
        return MappingProxyType({str(k): freeze(v) for k, v in value.items()})
    if isinstance(value, list | tuple | set | frozenset):
        return tuple(freeze(v) for v in value)
    if isinstance(value, Enum):
        return value.value
    return value


def to_jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, date):  # datetime is a date subclass: keep type tag
        tag = "datetime" if isinstance(value, datetime) else "date"
        return {"__" + tag: value.isoformat()}
    return value


def from_jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"__date"}:
            return date.fromisoformat(value["__date"])
        if set(value) == {"__datetime"}:
            return datetime.fromisoformat(value["__datetime"])
        return {k: from_jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [from_jsonable(v) for v in value]
    return value
