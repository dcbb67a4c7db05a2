"""Letters to the parents of a whole group (seed 003 l.6721-6885): they name no pupil.

Every text that goes into the letter (what the IB types, the contact of the actieplan)
is checked against the names of every pupil of the school and the parents of the
pupils involved; a hit refuses the letter in Dutch, saying which field to change. The
check runs again when the PDF is made (base data may have changed meanwhile).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from zorgdesk.domain.anonymise.anonymiser import KnownName
from zorgdesk.domain.peer_incident import (
    NAME_FORMS_HINT,
    EventKind,
    PeerIncidentError,
    names_in_text,
)
from zorgdesk.domain.peer_incident.events import IncidentEvent
from zorgdesk.domain.peer_incident.group_letter import Audience
from zorgdesk.reports.incident_group_letter_pdf import GroupLetterText, render_group_letter
from zorgdesk.services.export_names import person_name, pupil_name
from zorgdesk.services.private_files import replace_private

# The texts a group letter prints, with the name the IB knows them by.
FIELD_NAMES = {"incident_group": "Groep van het incident", "to_groups": "Aan welke groepen",
               "situation": "Situatie", "in_class": "Wat in de groep benoemd is",
               "partners": "Externe partners", "told_by": "Wie sprak met de groep",
               "signed_by": "Ondertekening"}


# Not printed in the letter itself, but it is in the incident's history, which the
# inzage export of each pupil involved prints for the parents.
REASONING = "Reden voor een brief aan de groep"


def school_people(service, stored) -> dict[str, KnownName]:
    """Every pupil of the school (active or not) and the involved pupils' parents."""
    people: dict[str, KnownName] = {}
    for p in service.basedata.pupils(include_inactive=True):
        people[p.display_name] = pupil_name(p)
    for pupil_id in stored.pupil_ids:
        if pupil_id <= 0:
            continue
        for g in service.basedata.guardians(pupil_id, include_inactive=True):
            people[g.name] = person_name(g)
    return people


def _checked_texts(texts: dict[str, str], plan: dict) -> dict[str, tuple[str, str]]:
    """Field -> (the name the IB knows it by, text) of everything the letter prints."""
    checked = {k: (FIELD_NAMES[k], v) for k, v in texts.items() if k in FIELD_NAMES}
    checked["aanspreekpunt"] = ("Aanspreekpunt (actieplan)", plan.get("aanspreekpunt", ""))
    return checked


def _check(texts: dict[str, tuple[str, str]], people: dict[str, KnownName]) -> None:
    for field, (label, text) in texts.items():
        if not names_in_text(text, people):
            continue
        if field == "reasoning":
            raise PeerIncidentError(
                f"{label} noemt een leerling of de ouder van een betrokken leerling "
                f"({NAME_FORMS_HINT}). Deze reden staat in de geschiedenis van het incident, "
                "die de ouders van elke betrokken leerling kunnen inzien: haal de naam weg.",
                field)
        raise PeerIncidentError(
            f"{label} noemt een leerling of de ouder van een betrokken leerling "
            f"({NAME_FORMS_HINT}). Een brief aan de groep noemt geen enkele leerling: haal "
            "de naam weg.", field)


def record_group_letter(service, incident_id: int, audience: str, *, on: date,
                        reasoning: str, **texts) -> object:
    stored = service.load(incident_id)
    plan = stored.state.actieplan or {}
    checked = _checked_texts(texts, plan)
    checked["reasoning"] = (REASONING, reasoning)
    _check(checked, school_people(service, stored))
    return service.store(stored, stored.incident.record_group_letter(
        audience, on=on, reasoning=reasoning, author=service.vault.user.name,
        at=service.now(), **texts))


def group_letters(stored) -> list[IncidentEvent]:
    return [e for e in stored.incident.events if e.kind is EventKind.GROEPSBRIEF]


def group_letter_pdf(service, incident_id: int, index: int = -1) -> bytes:
    """Group letter ``index`` (default: the latest) as PDF bytes, nothing on disk."""
    stored = service.load(incident_id)
    letters = group_letters(stored)
    if not letters:
        raise PeerIncidentError("Voor dit incident is nog geen brief aan een groep "
                                "vastgelegd.")
    try:
        event = letters[index]
    except IndexError:
        raise PeerIncidentError("Deze brief aan de groep bestaat niet (meer).") from None
    plan = stored.state.actieplan or {}
    t = event.text
    try:
        _check(_checked_texts({k: t(k) for k in FIELD_NAMES}, plan),
               school_people(service, stored))
    except PeerIncidentError as error:  # no form here: the message as a whole
        raise PeerIncidentError(f"{error.message} De brief wordt niet gemaakt.") from None
    letter = GroupLetterText(
        Audience(event.answer["audience"]).value, event.answer["date"],
        stored.state.reported_on, t("incident_group"), t("to_groups") or t("incident_group"),
        t("situation"), t("in_class"), t("partners"), t("told_by"),
        bool(event.answer.get("kept_home")), plan.get("aanspreekpunt", ""), t("signed_by"))
    return render_group_letter(letter, service.basedata.printed_school(),
                               service.clock.today())


def save_group_letter(service, incident_id: int, path: Path, index: int = -1) -> None:
    replace_private(Path(path), group_letter_pdf(service, incident_id, index))
