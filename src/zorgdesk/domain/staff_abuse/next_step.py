"""Which step of the staff-abuse route is due, and why a step is not possible yet.

The seed's order (seed 003 l.5195-5212): the bevoegd gezag lays the suspicion before the
vertrouwensinspecteur (step 3), a reasonable suspicion is established or not (4); if so
(the parents of) complainant and accused are told (5) and aangifte follows (6); then the
dossier can close. :func:`blocked_reason` gives exactly the state checks of
:mod:`.route` in Dutch (an answer can still be refused for what it says). Pure Python.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from zorgdesk.domain.staff_abuse.route import KINDS, StaffAbuseState, missing_to_close

# The steps after the first (the melding itself has its own form).
STEP_KINDS = tuple(k for k in KINDS if k != "gemeld")


@dataclass(frozen=True)
class DueStep:
    """The step that is due (a kind of :data:`STEP_KINDS`), why (Dutch), and answers to
    preset in its form."""

    kind: str
    why: str
    preset: Mapping[str, str] = field(default_factory=dict)


def next_step(state: StaffAbuseState) -> DueStep | None:
    """The step that is due now; None before the melding and once closed."""
    if not state.started or state.closed:
        return None
    if state.inspector_on is None:
        return DueStep("overleg", "Het bevoegd gezag legt het vermoeden direct voor aan de "
                       "vertrouwensinspecteur.", {"party": "vertrouwensinspecteur"})
    if state.reasonable_suspicion is None:
        return DueStep("vaststelling", "Stel na het overleg met de vertrouwensinspecteur "
                       "vast of er een redelijk vermoeden van een strafbaar feit is.")
    if state.reasonable_suspicion:
        if not state.involved_informed:
            return DueStep("betrokkenen_geinformeerd", "Informeer (de ouders van) klager en "
                           "aangeklaagde dat aangifte wordt gedaan.")
        if state.aangifte_on is None:
            return DueStep("aangifte", "Het bevoegd gezag is verplicht aangifte te doen bij "
                           "politie of justitie, ook als de betrokkenen bedenkingen hebben.")
    return DueStep("afgesloten", "Alles is vastgelegd; u kunt het dossier afsluiten.")


def blocked_reason(state: StaffAbuseState, kind: str) -> str | None:
    """Why ``kind`` cannot be recorded now (Dutch), or None when it can."""
    if not state.started:
        return "Leg eerst de melding aan het bevoegd gezag vast."
    if state.closed:
        return "Dit dossier is afgesloten."
    if kind == "vaststelling":
        if state.inspector_on is None:
            return ("Leg eerst het overleg met de vertrouwensinspecteur vast: het bevoegd "
                    "gezag legt het vermoeden direct aan hem of haar voor.")
        if state.reasonable_suspicion is not None:
            return "Het redelijk vermoeden is al vastgesteld."
    if kind in ("betrokkenen_geinformeerd", "aangifte") and state.reasonable_suspicion \
            is not True:
        return ("Hoort bij een aangifte: die volgt alleen op een vastgesteld redelijk "
                "vermoeden van een strafbaar feit." if state.reasonable_suspicion is False
                else "Stel eerst vast of er een redelijk vermoeden van een strafbaar feit is.")
    if kind == "afgesloten":
        missing = missing_to_close(state)
        return ("Nog niet af te sluiten: " + " ".join(missing)) if missing else None
    return None
