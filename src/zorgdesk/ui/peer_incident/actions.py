"""What saving a step does: one service call per step (no widgets, no dialog methods).

Bound with ``functools.partial`` and handed to a :class:`~.step_dialog.StepDialog`, so the
form never holds a method of the dialog that opened it (issue 14).
"""

from __future__ import annotations

from typing import Any

from zorgdesk.domain.peer_incident import RULE_AREAS
from zorgdesk.domain.peer_incident.vocabulary import PeerIncidentError
from zorgdesk.domain.validation import ValidationError


def start_incident(service, result: dict, values: dict[str, Any]) -> None:
    stored = service.start(**values)
    result["incident_id"] = stored.id


def submit_step(service, incident_id: int, pupil_id: int | None, action: str,
                values: dict[str, Any]) -> None:
    v = dict(values)
    if action == "add_pupil":
        if v.get("pupil") is None:
            raise ValidationError([("pupil", "Kies een leerling.")])  # shown at the field
        service.perform(incident_id, action, int(v.pop("pupil")), v["role"], v["what"])
        return
    if action == "letter":
        service.record_letter(incident_id, _pupil(pupil_id), **v)
        return
    if action == "group_letter":
        service.record_group_letter(incident_id, v.pop("audience"), on=v.pop("on"),
                                    reasoning=v.pop("reasoning"), **v)
        return
    if action == "set_rules":
        start = v.pop("start")
        service.perform(incident_id, action, start=start,
                        rules={k: v.get(k, "") for k in RULE_AREAS})
        return
    if action == "estimate":
        service.perform(incident_id, action, v["scale"], reasoning=v["reasoning"])
        return
    if action == "record_consultation":
        service.perform(incident_id, action, v.pop("kind"), organisation=v.pop(
            "organisation") or "", **v)
        return
    if action == "record_parents_conversation":
        service.perform(incident_id, action, _pupil(pupil_id), **v)
        return
    if action == "evaluate_rules":
        if v.get("next_date") is None:
            v.pop("next_date", None)
        service.perform(incident_id, action, **v)
        return
    service.perform(incident_id, action, **v)


def _pupil(pupil_id: int | None) -> int:
    if pupil_id is None:
        raise PeerIncidentError("Kies eerst de leerling om wie het gaat.")
    return pupil_id
