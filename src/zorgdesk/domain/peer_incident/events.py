"""The immutable event record of one incident and its storage form."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from zorgdesk.domain.peer_incident.vocabulary import EventKind


def _freeze(value: Any) -> Any:
    if isinstance(value, Mapping):
        return MappingProxyType({str(k): _freeze(v) for k, v in value.items()})
    if isinstance(value, list | tuple | set | frozenset):
        return tuple(_freeze(v) for v in value)
    return value


def _to_jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _to_jsonable(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_to_jsonable(v) for v in value]
    if isinstance(value, date):
        return {"__date": value.isoformat()}
    return value


def _from_jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"__date"}:
            return date.fromisoformat(value["__date"])
        return {k: _from_jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_from_jsonable(v) for v in value]
    return value


# Shared with the other multi-party routes (staff_abuse): the JSON form of an answer.
freeze, to_jsonable, from_jsonable = _freeze, _to_jsonable, _from_jsonable


@dataclass(frozen=True)
class IncidentEvent:
    """One entry in the incident dossier; ``pupil_id`` is set for events about one pupil."""

    kind: EventKind
    answer: Mapping[str, Any]
    author: str
    timestamp: datetime
    pupil_id: int | None = None
    reasoning: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", EventKind(self.kind))
        object.__setattr__(self, "answer", _freeze(self.answer or {}))
        object.__setattr__(self, "author", (self.author or "").strip())
        object.__setattr__(self, "reasoning", (self.reasoning or "").strip())

    def text(self, key: str) -> str:
        value = self.answer.get(key)
        return value.strip() if isinstance(value, str) else ""

    def to_record(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "answer": _to_jsonable(self.answer),
                "author": self.author, "timestamp": self.timestamp.isoformat(),
                "pupil_id": self.pupil_id, "reasoning": self.reasoning}

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> IncidentEvent:
        return cls(kind=EventKind(record["kind"]),
                   answer=_from_jsonable(dict(record.get("answer") or {})),
                   author=record.get("author", ""),
                   timestamp=datetime.fromisoformat(record["timestamp"]),
                   pupil_id=record.get("pupil_id"), reasoning=record.get("reasoning", ""))
