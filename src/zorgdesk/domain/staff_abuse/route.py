"""Events, state and rules of the staff-abuse route; every rule cites seed 003."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from zorgdesk.domain.event_sourcing import (
    RouteEvent,
    RouteRules,
    RouteWording,
    answered_date,
    answered_text,
)
from zorgdesk.domain.validation import Refusal


class StaffAbuseError(Refusal):
    """A step the protocol does not allow: a Dutch ``message`` at ``field``, the answer it
    is about ("" for the step as a whole); ``str(error)`` names the field only."""

    summary = "Stap in het dossier medewerker geweigerd"


# l.5197-5200 (step 1): who gets the information and passes it on.
INFORMANTS = {
    "schoolleider": "Schoolleider",
    "medewerker": "Medewerker (ook stagiair, uitzendkracht, vrijwilliger)",
    "contactpersoon": "Contactpersoon",
    "interne_contactpersoon": "Interne contactpersoon / vertrouwenspersoon",
}

# l.5183-5188: parties the bestuur may also consult (besides the vertrouwensinspecteur).
CONSULTED_PARTIES = {
    "vertrouwensinspecteur": "Vertrouwensinspecteur (Inspectie van het Onderwijs)",
    "zedenpolitie": "Sociale Jeugd- en Zedenpolitie",
    "gemeente": "Gemeente",
    "calamiteitenteam": "Calamiteitenteam GGD",
}

# Who may read such a dossier; shown in the window and printed on the PDF.
ACCESS_NOTE = ("Strikt vertrouwelijk: alleen voor het bevoegd gezag en de "
               "aandachtsfunctionaris. Dit dossier staat niet in de inzage-export, het "
               "overzicht Vandaag of de jaarverantwoording; het is alleen in ZorgDesk te "
               "openen door de gebruiker van deze kluis.")

KINDS = ("gemeld", "overleg", "vaststelling", "betrokkenen_geinformeerd", "aangifte",
         "afgesloten")
LABELS = {"gemeld": "Gemeld aan het bevoegd gezag", "overleg": "Overleg",
          "vaststelling": "Vaststelling redelijk vermoeden",
          "betrokkenen_geinformeerd": "Betrokkenen geïnformeerd over de aangifte",
          "aangifte": "Aangifte gedaan", "afgesloten": "Afgesloten"}


@dataclass(frozen=True)
class StaffAbuseEvent(RouteEvent):
    """One entry; ``kind`` is one of :data:`KINDS`; ``pupil_id`` only on the first."""

    @classmethod
    def coerce_kind(cls, kind: Any) -> str:
        if kind not in KINDS:
            raise StaffAbuseError("Onbekende stap.")
        return kind


@dataclass(frozen=True)
class StaffAbuseState:
    started: bool = False
    pupil_id: int | None = None
    reported_on: date | None = None
    informant: str = ""
    staff_member: str = ""
    consulted: frozenset[str] = frozenset()
    inspector_on: date | None = None
    reasonable_suspicion: bool | None = None
    involved_informed: bool = False
    aangifte_on: date | None = None
    closed: bool = False
    events: tuple[StaffAbuseEvent, ...] = ()


def _text(e: StaffAbuseEvent, key: str, label: str) -> str:
    return answered_text(e, key, label, StaffAbuseError)


def _date(e: StaffAbuseEvent, s: StaffAbuseState, key: str, label: str) -> date:
    return answered_date(e, key, label, StaffAbuseError, not_before=s.reported_on,
                         before_what="de melding")


def _gemeld(s: StaffAbuseState, e: StaffAbuseEvent) -> StaffAbuseState:
    if e.pupil_id is None:
        raise StaffAbuseError("Kies de leerling om wie het gaat.", "pupil")
    informant = e.answer.get("informant")
    if informant not in INFORMANTS:
        raise StaffAbuseError("Kies wie de informatie kreeg.", "informant")
    # l.5150-5157: straight to the bevoegd gezag; an intermediary is not enough.
    if e.answer.get("to_bevoegd_gezag") is not True:
        raise StaffAbuseError(
            "Meld het vermoeden onmiddellijk aan het bevoegd gezag (het schoolbestuur). "
            "Alleen een tussenpersoon, zoals iemand van de schoolleiding, informeren is "
            "niet voldoende.", "to_bevoegd_gezag")
    _text(e, "bevoegd_gezag", "wie van het bevoegd gezag de melding ontving")
    _text(e, "facts", "wat er bekend is (feiten)")
    staff = _text(e, "staff_member", "om welke medewerker het gaat")
    reported = _date(e, s, "date", "datum van de melding")
    return replace(s, started=True, pupil_id=e.pupil_id, reported_on=reported,
                   informant=informant, staff_member=staff)


def _overleg(s: StaffAbuseState, e: StaffAbuseEvent) -> StaffAbuseState:
    party = e.answer.get("party")
    if party not in CONSULTED_PARTIES:
        raise StaffAbuseError("Kies met wie overlegd is.", "party")
    _text(e, "advice", "het advies of de uitkomst")
    on = _date(e, s, "date", "datum van het overleg")
    inspector = on if party == "vertrouwensinspecteur" and s.inspector_on is None \
        else s.inspector_on
    return replace(s, consulted=s.consulted | {party}, inspector_on=inspector)


def _vaststelling(s: StaffAbuseState, e: StaffAbuseEvent) -> StaffAbuseState:
    # l.5170-5176, l.5203-5206 (steps 3-4): the vertrouwensinspecteur first, then the finding.
    if s.inspector_on is None:
        raise StaffAbuseError("Leg eerst het overleg met de vertrouwensinspecteur vast: het "
                              "bevoegd gezag legt het vermoeden direct aan hem of haar voor.")
    if s.reasonable_suspicion is not None:
        raise StaffAbuseError("Het redelijk vermoeden is al vastgesteld.")
    value = e.answer.get("value")
    if not isinstance(value, bool):
        raise StaffAbuseError("Kies: is er een redelijk vermoeden van een strafbaar feit?",
                              "value")
    if not e.reasoning:
        raise StaffAbuseError("Onderbouw de vaststelling.", "reasoning")
    _date(e, s, "date", "datum van de vaststelling")
    return replace(s, reasonable_suspicion=value)


def _geinformeerd(s: StaffAbuseState, e: StaffAbuseEvent) -> StaffAbuseState:
    if s.reasonable_suspicion is not True:
        raise StaffAbuseError("Dit hoort bij een aangifte: eerst een redelijk vermoeden "
                              "vaststellen.")
    if e.answer.get("by") not in ("bevoegd_gezag", "politie"):  # l.5207-5210
        raise StaffAbuseError("Kies wie informeerde: het bevoegd gezag of de politie.", "by")
    _text(e, "whom", "wie geïnformeerd zijn (ouders van klager en aangeklaagde)")
    _date(e, s, "date", "datum")
    return replace(s, involved_informed=True)


def _aangifte(s: StaffAbuseState, e: StaffAbuseEvent) -> StaffAbuseState:
    if s.reasonable_suspicion is not True:
        raise StaffAbuseError("Aangifte volgt op een redelijk vermoeden van een strafbaar "
                              "feit; stel dat eerst vast.")
    if e.answer.get("where") not in ("politie", "justitie"):  # l.5212
        raise StaffAbuseError("Kies waar de aangifte is gedaan: politie of justitie.", "where")
    on = _date(e, s, "date", "datum van de aangifte")
    return replace(s, aangifte_on=on)


def missing_to_close(s: StaffAbuseState) -> list[str]:
    if s.reasonable_suspicion is None:
        return ["Stel na het overleg met de vertrouwensinspecteur vast of er een redelijk "
                "vermoeden van een strafbaar feit is."]
    missing = []
    if s.reasonable_suspicion:
        # l.5176-5180: always aangifte, also when those involved object.
        if s.aangifte_on is None:
            missing.append("Het bevoegd gezag is verplicht aangifte te doen bij de politie, "
                           "ook als de betrokkenen bedenkingen hebben.")
        if not s.involved_informed:
            missing.append("Informeer (de ouders van) klager en aangeklaagde over de "
                           "aangifte.")
    return missing


def _afgesloten(s: StaffAbuseState, e: StaffAbuseEvent) -> StaffAbuseState:
    missing = missing_to_close(s)
    if missing:
        raise StaffAbuseError("Nog niet af te sluiten: " + " ".join(missing))
    if not e.reasoning:
        raise StaffAbuseError("Vul de reden van afsluiten in.", "reasoning")
    _date(e, s, "date", "datum van afsluiten")
    return replace(s, closed=True)


_APPLY: dict[str, Callable[[StaffAbuseState, StaffAbuseEvent], StaffAbuseState]] = {
    "gemeld": _gemeld, "overleg": _overleg, "vaststelling": _vaststelling,
    "betrokkenen_geinformeerd": _geinformeerd, "aangifte": _aangifte,
    "afgesloten": _afgesloten}


_RULES: RouteRules[StaffAbuseState, StaffAbuseEvent] = RouteRules(
    StaffAbuseError, StaffAbuseState, "gemeld", _APPLY, RouteWording(
        closed="Dit dossier is afgesloten.",
        opened_twice="De melding wordt één keer vastgelegd, als eerste stap.",
        not_opened="Leg eerst de melding aan het bevoegd gezag vast."), keeps_events=True)

# apply_event(state, event) -> new state; replay(events) -> state (see RouteRules).
apply_event, replay = _RULES.apply, _RULES.replay


@dataclass(frozen=True)
class StaffAbuseCase:
    state: StaffAbuseState

    @classmethod
    def start(cls, pupil_id: int, *, on: date, informant: str, to_bevoegd_gezag: bool,
              bevoegd_gezag: str, staff_member: str, facts: str, author: str,
              at: datetime) -> StaffAbuseCase:
        return cls(StaffAbuseState()).add("gemeld", {
            "date": on, "informant": informant, "to_bevoegd_gezag": to_bevoegd_gezag,
            "bevoegd_gezag": bevoegd_gezag, "staff_member": staff_member, "facts": facts},
            author, at, pupil_id)

    def add(self, kind: str, answer: Mapping[str, Any], author: str, at: datetime,
            pupil_id: int | None = None, reasoning: str = "") -> StaffAbuseCase:
        event = StaffAbuseEvent(kind, answer, author, at, pupil_id, reasoning)
        return StaffAbuseCase(apply_event(self.state, event))

    def consult(self, party: str, *, on: date, advice: str, author: str, at: datetime
                ) -> StaffAbuseCase:
        return self.add("overleg", {"party": party, "date": on, "advice": advice}, author, at)

    def establish(self, value: bool, *, on: date, reasoning: str, author: str,
                  at: datetime) -> StaffAbuseCase:
        return self.add("vaststelling", {"value": value, "date": on}, author, at,
                        reasoning=reasoning)

    def inform_involved(self, *, on: date, by: str, whom: str, author: str,
                        at: datetime) -> StaffAbuseCase:
        return self.add("betrokkenen_geinformeerd", {"date": on, "by": by, "whom": whom},
                        author, at)

    def report_to_police(self, *, on: date, where: str, author: str, at: datetime
                         ) -> StaffAbuseCase:
        return self.add("aangifte", {"date": on, "where": where}, author, at)

    def close(self, *, on: date, reasoning: str, author: str, at: datetime
              ) -> StaffAbuseCase:
        return self.add("afgesloten", {"date": on}, author, at, reasoning=reasoning)


def describe(e: StaffAbuseEvent) -> str:
    a = e.answer
    day = a.get("date")
    when = day.strftime("%d-%m-%Y") if isinstance(day, date) else ""
    if e.kind == "gemeld":
        text = (f"{INFORMANTS.get(a.get('informant'), '')} meldde op {when} aan "
                f"{a.get('bevoegd_gezag')} (bevoegd gezag). Medewerker: "
                f"{a.get('staff_member')}. Feiten: {a.get('facts')}")
    elif e.kind == "overleg":
        text = f"{CONSULTED_PARTIES.get(a.get('party'), '')} op {when}: {a.get('advice')}"
    elif e.kind == "vaststelling":
        text = (f"Redelijk vermoeden van een strafbaar feit: "
                f"{'ja' if a.get('value') else 'nee'} ({when}). {e.reasoning}")
    elif e.kind == "betrokkenen_geinformeerd":
        by = "het bevoegd gezag" if a.get("by") == "bevoegd_gezag" else "de politie"
        text = f"Op {when} door {by}: {a.get('whom')}"
    elif e.kind == "aangifte":
        text = f"Aangifte bij {a.get('where')} op {when}"
    else:
        text = f"Afgesloten op {when}: {e.reasoning}"
    return f"{LABELS[e.kind]} — {text}"
