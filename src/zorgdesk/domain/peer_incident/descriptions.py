"""One Dutch line per event, for the history on screen, the inzage and the dossier PDF."""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
    who = (names or {}).get(event.pupil_id, "leerling") if event.pupil_id else ""
    text = _DESCRIBERS.get(event.kind, _closed)(event, who)
    return f"{KIND_LABELS[event.kind]} — {' '.join(text.split())}"


# One small describer per event kind: (event, what to call its pupil) -> the line.


def _reported(e: IncidentEvent, who: str) -> str:
    a, t = e.answer, e.text
    return (f"Incident op {_d(a.get('occurred_on'))}, {t('location')}; gesignaleerd door "
            f"{t('reported_by')} op {_d(a.get('reported_on'))}. {t('description')} "
            f"Leiding: {t('leader')}.")


def _pupil(e: IncidentEvent, who: str) -> str:
    a = e.answer
    role = ROLE_LABELS.get(Role(a["role"]), a["role"]) if a.get("role") in set(Role) else ""
    return f"{who}: {role}. {e.text('what')}"


def _consultation(e: IncidentEvent, who: str) -> str:
    t, kind = e.text, e.answer.get("kind")
    label = CONSULTATION_LABELS[Consultation(kind)] if kind in set(Consultation) else ""
    org = f" ({t('organisation')})" if t("organisation") else ""
    return f"{label}: met {t('with_whom')}{org}. Advies/uitkomst: {t('advice')}"


def _parents_talk(e: IncidentEvent, who: str) -> str:
    return (f"Gesprek met de ouders van {who}. Besproken: {e.text('summary')} "
            f"Afspraken: {e.text('agreements')}")


def _flag(e: IncidentEvent, who: str) -> str:
    return f"{who}: vlag {e.answer.get('flag')} voor: {e.text('behaviour')}"


def _assessment(e: IncidentEvent, who: str) -> str:
    scale = ("blijft naar verwachting klein" if e.answer.get("scale") == "klein"
             else "is of wordt groot")
    return f"De zaak {scale}. {e.reasoning}"


def _action_plan(e: IncidentEvent, who: str) -> str:
    t = e.text
    extern = f" Externe professionals: {t('extern')}." if t("extern") else ""
    return (f"Maatregelen: {t('maatregelen')} Afspraken: {t('afspraken')} "
            f"Aanspreekpunt voor de ouders: {t('aanspreekpunt')}.{extern}")


def _communicated(e: IncidentEvent, who: str) -> str:
    a = e.answer
    to = [w for w, on in (("de betrokken ouders", a.get("parents")),
                          ("de medewerkers", a.get("colleagues"))) if on]
    return f"Maatregelen gecommuniceerd aan {' en '.join(to)}: {e.text('how')}"


def _support(e: IncidentEvent, who: str) -> str:
    groups = ", ".join(SUPPORT_FOR.get(g, g) for g in e.answer.get("for_whom") or ())
    return f"Opvang voor {groups}: {e.text('what_support')}"


def _letter(e: IncidentEvent, who: str) -> str:
    return f"Brief aan de ouders van {who}. Aan de leerlingen verteld: {e.text('told')}"


def _group_letter(e: IncidentEvent, who: str) -> str:
    t, audience = e.text, e.answer.get("audience")
    label = (AUDIENCE_LABELS[Audience(audience)] if audience in set(Audience)
             else "Ouders")
    groups = t("to_groups") or t("incident_group")
    return f"{label} ({groups}). Waarom breder dan de betrokken ouders: {e.reasoning}"


def _rules(e: IncidentEvent, who: str) -> str:
    a = e.answer
    rules = "; ".join(f"{RULE_AREAS.get(area, area)}: {rule}"
                      for area, rule in (a.get("rules") or {}).items())
    return f"Tijdelijke omgangsregels vanaf {_d(a.get('start'))}: {rules}"


def _rules_evaluated(e: IncidentEvent, who: str) -> str:
    a, t = e.answer, e.text
    parties = ", ".join(EVALUATION_PARTIES.get(p, p) for p in a.get("parties") or ())
    informed = "wel" if a.get("other_parents_informed") else "niet"
    nxt = f" Volgende evaluatie: {_d(a.get('next_date'))} ({t('deviation_reason')})." \
        if a.get("next_date") else ""
    return (f"Evaluatie met {parties}: {t('outcome')} Bijgesteld: {t('adjustments')} "
            f"Overige ouders {informed} in grote lijnen geïnformeerd.{nxt}")


def _rules_ended(e: IncidentEvent, who: str) -> str:
    return f"Tijdelijke omgangsregels beëindigd: {e.text('reason')}"


def _follow_up(e: IncidentEvent, who: str) -> str:
    t = e.text
    return (f"Afspraken: {t('afspraken_check')} Signalen: {t('signals')} "
            f"Beleid: {t('policy')}")


def _closed(e: IncidentEvent, who: str) -> str:
    return f"Afgesloten: {e.text('reason')}"


_DESCRIBERS: dict[EventKind, Callable[[IncidentEvent, str], str]] = {
    EventKind.GEMELD: _reported,
    EventKind.LEERLING: _pupil,
    EventKind.CONSULTATIE: _consultation,
    EventKind.OUDERGESPREK: _parents_talk,
    EventKind.VLAG: _flag,
    EventKind.INSCHATTING: _assessment,
    EventKind.ACTIEPLAN: _action_plan,
    EventKind.GECOMMUNICEERD: _communicated,
    EventKind.OPVANG: _support,
    EventKind.BRIEF: _letter,
    EventKind.GROEPSBRIEF: _group_letter,
    EventKind.OMGANGSREGELS: _rules,
    EventKind.EVALUATIE_REGELS: _rules_evaluated,
    EventKind.REGELS_BEEINDIGD: _rules_ended,
    EventKind.VERVOLG: _follow_up,
    EventKind.AFGESLOTEN: _closed,
}
