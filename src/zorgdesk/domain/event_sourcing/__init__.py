"""What every event-sourced record shares: an append-only history replayed into a state.

The dossier meldcode, the incidents between pupils and the staff-abuse dossiers are each
nothing but their events; the state is derived by replaying them, and a rule table refuses
in Dutch every event the protocol does not allow. Pure Python.

* :mod:`.codec` - an event's ``answer`` frozen in memory and its JSON form (dates keep
  their type), used by every route and the meldcode.
* :mod:`.route` - the event record of a route (kind, answer, author, time, pupil), the
  checks on typed answers, and :class:`RouteRules` (who, order, closed, one step per kind).
"""

from zorgdesk.domain.event_sourcing.codec import freeze, from_jsonable, to_jsonable
from zorgdesk.domain.event_sourcing.route import (
    RouteEvent,
    RouteRules,
    RouteWording,
    answered_date,
    answered_text,
)

__all__ = ["RouteEvent", "RouteRules", "RouteWording", "answered_date", "answered_text",
           "freeze", "from_jsonable", "to_jsonable"]
