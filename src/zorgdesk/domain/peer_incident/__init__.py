"""Route 'grensoverschrijdend (seksueel) gedrag tussen leerlingen' (seed 003).

One incident involves several pupils, each in a role (l.4870-4872). Like the dossier
meldcode it is an append-only history of :class:`IncidentEvent` s; the
:class:`IncidentState` is replayed from them and :func:`apply_event` refuses, in Dutch,
every step the seed's Actieplan bij calamiteiten (l.4777-5010) and Handreiking
aanvullende (tijdelijke) omgangsregels (l.5641-5769) do not allow. Pure Python.

* :mod:`.vocabulary` - roles, consultations, event kinds, rule areas, Dutch labels.
* :mod:`.events`, :mod:`.state` - the record and the replayed state.
* :mod:`.reducer` - the rules; :mod:`.requirements` - what is still missing, deadlines.
* :mod:`.schedule` - evaluation dates of the omgangsregels; :mod:`.wording` - words to
  avoid and names that must not appear in a letter.
* :mod:`.incident` - the :class:`PeerIncident` facade.
"""

from zorgdesk.domain.peer_incident.events import IncidentEvent
from zorgdesk.domain.peer_incident.group_letter import AUDIENCE_LABELS, Audience
from zorgdesk.domain.peer_incident.incident import PeerIncident
from zorgdesk.domain.peer_incident.reducer import apply_event, replay
from zorgdesk.domain.peer_incident.requirements import (
    missing_for_actieplan,
    missing_for_close,
    open_deadlines,
)
from zorgdesk.domain.peer_incident.state import IncidentState, Involvement, RuleSet
from zorgdesk.domain.peer_incident.vocabulary import (
    CONSULTATION_LABELS,
    EVALUATION_PARTIES,
    FLAGS,
    KIND_LABELS,
    ROLE_LABELS,
    RULE_AREAS,
    SUPPORT_FOR,
    Consultation,
    EventKind,
    PeerIncidentError,
    Role,
    Scale,
)
from zorgdesk.domain.peer_incident.wording import (
    NAME_FORMS_HINT,
    names_in_text,
    terminology_problems,
)

__all__ = [
    "AUDIENCE_LABELS", "Audience", "CONSULTATION_LABELS", "EVALUATION_PARTIES", "FLAGS",
    "KIND_LABELS", "ROLE_LABELS",
    "RULE_AREAS", "SUPPORT_FOR", "Consultation", "EventKind", "IncidentEvent",
    "IncidentState", "Involvement", "PeerIncident", "PeerIncidentError", "Role", "RuleSet",
    "NAME_FORMS_HINT", "Scale", "apply_event", "missing_for_actieplan", "missing_for_close",
    "names_in_text",
    "open_deadlines", "replay", "terminology_problems",
]
