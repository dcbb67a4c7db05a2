"""One Dutch line per event, for the history on screen, the inzage and the dossier PDF."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from zorgdesk.domain.peer_incident.events import IncidentEvent
from zorgdesk.domain.peer_incident.group_letter import AUDIENCE_LABELS, Audience
from zorgdesk.domain.peer_incident.vocabulary import (
    CONSULTATION_LABELS,
    EVALUATION_PARTIES,
    KIND_LABELS,
    ROLE_LABELS,
    RULE_AREAS,
    SUPPORT_FOR,
    Consultation,
    EventKind,
    Role,
)


def _d(value: object) -> str:
    return value.strftime("%d-%m-%Y") if isinstance(value, date) else ""


def event_date(event: IncidentEvent) -> date:
    """The date the event is about (its own date field), else the day it was recorded."""
    a = event.answer
    for key in ("date", "start", "reported_on"):
        if isinstance(a.get(key), date):
            return a[key]
    return event.timestamp.date()


def describe(event: IncidentEvent, names: Mapping[int, str] | None = None) -> str:
    """``names``: pupil id -> how to call the pupil (a name on screen, 'deze leerling')."""
    a, t = event.answer, event.text
    who = (names or {}).get(event.pupil_id, "leerling") if event.pupil_id else ""
    k = event.kind
    if k is EventKind.GEMELD:
        text = (f"Incident op {_d(a.get('occurred_on'))}, {t('location')}; gesignaleerd door "
                f"{t('reported_by')} op {_d(a.get('reported_on'))}. {t('description')} "
                f"Leiding: {t('leader')}.")
    elif k is EventKind.LEERLING:
        role = ROLE_LABELS.get(Role(a["role"]), a["role"]) if a.get("role") in set(Role) else ""
        text = f"{who}: {role}. {t('what')}"
    elif k is EventKind.CONSULTATIE:
        kind = a.get("kind")
        label = CONSULTATION_LABELS[Consultation(kind)] if kind in set(Consultation) else ""
        org = f" ({t('organisation')})" if t("organisation") else ""
        text = f"{label}: met {t('with_whom')}{org}. Advies/uitkomst: {t('advice')}"
    elif k is EventKind.OUDERGESPREK:
        text = (f"Gesprek met de ouders van {who}. Besproken: {t('summary')} "
                f"Afspraken: {t('agreements')}")
    elif k is EventKind.VLAG:
        text = f"{who}: vlag {a.get('flag')} voor: {t('behaviour')}"
    elif k is EventKind.INSCHATTING:
        scale = ("blijft naar verwachting klein" if a.get("scale") == "klein"
                 else "is of wordt groot")
        text = f"De zaak {scale}. {event.reasoning}"
    elif k is EventKind.ACTIEPLAN:
        extern = f" Externe professionals: {t('extern')}." if t("extern") else ""
        text = (f"Maatregelen: {t('maatregelen')} Afspraken: {t('afspraken')} "
                f"Aanspreekpunt voor de ouders: {t('aanspreekpunt')}.{extern}")
    elif k is EventKind.GECOMMUNICEERD:
        to = [w for w, on in (("de betrokken ouders", a.get("parents")),
                              ("de medewerkers", a.get("colleagues"))) if on]
        text = f"Maatregelen gecommuniceerd aan {' en '.join(to)}: {t('how')}"
    elif k is EventKind.OPVANG:
        groups = ", ".join(SUPPORT_FOR.get(g, g) for g in a.get("for_whom") or ())
        text = f"Opvang voor {groups}: {t('what_support')}"
    elif k is EventKind.BRIEF:
        text = f"Brief aan de ouders van {who}. Aan de leerlingen verteld: {t('told')}"
    elif k is EventKind.GROEPSBRIEF:
        audience = a.get("audience")
        label = (AUDIENCE_LABELS[Audience(audience)] if audience in set(Audience)
                 else "Ouders")
        groups = t("to_groups") or t("incident_group")
        text = f"{label} ({groups}). Waarom breder dan de betrokken ouders: {event.reasoning}"
    elif k is EventKind.OMGANGSREGELS:
        rules = "; ".join(f"{RULE_AREAS.get(area, area)}: {rule}"
                          for area, rule in (a.get("rules") or {}).items())
        text = f"Tijdelijke omgangsregels vanaf {_d(a.get('start'))}: {rules}"
    elif k is EventKind.EVALUATIE_REGELS:
        parties = ", ".join(EVALUATION_PARTIES.get(p, p) for p in a.get("parties") or ())
        informed = "wel" if a.get("other_parents_informed") else "niet"
        nxt = f" Volgende evaluatie: {_d(a.get('next_date'))} ({t('deviation_reason')})." \
            if a.get("next_date") else ""
        text = (f"Evaluatie met {parties}: {t('outcome')} Bijgesteld: {t('adjustments')} "
                f"Overige ouders {informed} in grote lijnen geïnformeerd.{nxt}")
    elif k is EventKind.REGELS_BEEINDIGD:
        text = f"Tijdelijke omgangsregels beëindigd: {t('reason')}"
    elif k is EventKind.VERVOLG:
        text = (f"Afspraken: {t('afspraken_check')} Signalen: {t('signals')} "
                f"Beleid: {t('policy')}")
    else:
        text = f"Afgesloten: {t('reason')}"
    return f"{KIND_LABELS[k]} — {' '.join(text.split())}"
