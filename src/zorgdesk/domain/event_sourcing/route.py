"""The shared shape of a multi-party route (incident between pupils, staff abuse).

A route's history is a list of :class:`RouteEvent` s. Its state is replayed from them by
:class:`RouteRules`: the checks every route makes (someone records it, the opening event
comes first and once, nothing after closing) and then the route's own rule for that kind
of event. Each route keeps its own error class (a ``Refusal``: a Dutch message at the
answer it is about), so its refusals stay its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Generic, Protocol, Self, TypeVar

from zorgdesk.domain.event_sourcing.codec import freeze, from_jsonable, to_jsonable
from zorgdesk.domain.validation import Refusal, fill_in


@dataclass(frozen=True)
class RouteEvent:
    """One entry in a route's history; ``pupil_id`` is set for events about one pupil.

    A route subclasses it and says in :meth:`coerce_kind` which kinds it knows.
    """

    kind: str
    answer: Mapping[str, Any]
    author: str
    timestamp: datetime
    pupil_id: int | None = None
    reasoning: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", self.coerce_kind(self.kind))
        object.__setattr__(self, "answer", freeze(self.answer or {}))
        object.__setattr__(self, "author", (self.author or "").strip())
        object.__setattr__(self, "reasoning", (self.reasoning or "").strip())

    @classmethod
    def coerce_kind(cls, kind: Any) -> str:
        """The route's kind for ``kind``; refuse (the route's own error) what it does not know."""
        raise NotImplementedError

    def text(self, key: str) -> str:
        """The typed text under ``key``, stripped; empty when missing or not text."""
        value = self.answer.get(key)
        return value.strip() if isinstance(value, str) else ""

    def to_record(self) -> dict[str, Any]:
        """JSON-compatible dict for storage as one row."""
        return {"kind": str(self.kind), "answer": to_jsonable(self.answer),
                "author": self.author, "timestamp": self.timestamp.isoformat(),
                "pupil_id": self.pupil_id, "reasoning": self.reasoning}

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Self:
        return cls(record["kind"], from_jsonable(dict(record.get("answer") or {})),
                   record.get("author", ""), datetime.fromisoformat(record["timestamp"]),
                   record.get("pupil_id"), record.get("reasoning", ""))


def answered_text(event: RouteEvent, key: str, label: str, error: type[Refusal]) -> str:
    """The required text under ``key``, or ``error`` ``fill_in(label)`` at ``key``."""
    value = event.text(key)
    if not value:
        raise error(fill_in(label), key)
    return value


def answered_date(event: RouteEvent, key: str, label: str, error: type[Refusal], *,
                  not_before: date | None, before_what: str) -> date:
    """A date that is not after the event was recorded and not before ``not_before``
    (the route's opening date, named ``before_what`` in the refusal)."""
    value = event.answer.get(key)
    if not isinstance(value, date):
        raise error(f"Vul een geldige datum in bij {label}.", key)
    if value > event.timestamp.date():
        raise error(f"De datum bij {label} ligt in de toekomst.", key)
    if not_before is not None and value < not_before:
        raise error(f"De datum bij {label} ligt vóór {before_what}.", key)
    return value


class RouteState(Protocol):
    started: bool
    closed: bool


S = TypeVar("S", bound=RouteState)
E = TypeVar("E", bound=RouteEvent)


@dataclass(frozen=True)
class RouteWording:
    """The Dutch refusals of the checks every route makes."""

    closed: str  # an event after closing
    opened_twice: str  # a second opening event
    not_opened: str  # any other event before the opening one
    no_author: str = "Vul in wie dit vastlegt."


@dataclass(frozen=True)
class RouteRules(Generic[S, E]):
    """Applies one event to a route's state, or refuses it with ``error``; replays a
    whole stored history from the ``empty`` state.

    ``steps`` holds the route's rule per kind of event; ``scope`` an extra check before
    it (e.g. whether an event must name a pupil). With ``keeps_events`` the state has an
    ``events`` tuple that every applied event extends.
    """

    error: type[Refusal]
    empty: Callable[[], S]  # the state before the first event
    opening: str
    steps: Mapping[str, Callable[[S, E], S]]
    wording: RouteWording
    scope: Callable[[S, E], None] | None = None
    keeps_events: bool = False

    def apply(self, state: S, event: E) -> S:
        """The new state after ``event``; ``state`` itself is not changed."""
        if not event.author:
            raise self.error(self.wording.no_author)
        if state.closed:
            raise self.error(self.wording.closed)
        if (event.kind == self.opening) == state.started:
            raise self.error(self.wording.opened_twice if state.started
                             else self.wording.not_opened)
        if self.scope is not None:
            self.scope(state, event)
        new = self.steps[event.kind](state, event)
        if self.keeps_events:
            new = replace(new, events=(*state.events, event))  # type: ignore[attr-defined]
        return new

    def replay(self, events: Iterable[E]) -> S:
        """The state after every event, re-validating each one."""
        state = self.empty()
        for event in events:
            state = self.apply(state, event)
        return state
