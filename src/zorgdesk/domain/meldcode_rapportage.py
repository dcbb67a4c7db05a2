"""Prefill for the seed's form "Rapportage meldcode" (seeds/003_9a54ac296a9565ce.txt l.5273-5318).

One report per significant meldcode incident; the aandachtsfunctionaris bundles them
yearly. Only fields that follow from the dossier meldcode are prefilled; the others
(onderwerp, omschrijving, maatschappelijke onrust, betrokkenen, knelpunten,
opmerkingen) are left empty for the IB, because they need judgement or names.
"""

from __future__ import annotations

from zorgdesk.domain.meldcode import MeldcodeState

# Field names in the order of the seed form.
RAPPORTAGE_FIELDS: tuple[str, ...] = (
    "Datum",
    "Contactpersoon",
    "Onderwerp",
    "Omschrijving",
    "Maatschappelijke onrust",
    "Betrokkenen (niet professionals)",
    "Uitgevoerde activiteiten",
    "Melding gedaan",
    "Informeren betrokkenen",
    "Extern consult",
    "Knelpunten",
    "Opmerkingen",
)


def rapportage_meldcode(state: MeldcodeState) -> dict[str, str]:
    """Field -> prefilled Dutch text (empty string where the IB must write it)."""
    out = dict.fromkeys(RAPPORTAGE_FIELDS, "")
    if state.start_date is not None:
        out["Datum"] = f"{state.start_date:%d-%m-%Y}"
    out["Contactpersoon"] = state.leader or ""
    if state.decision_hulp and state.help_description:
        term = f" (termijn {state.help_term:%d-%m-%Y})" if state.help_term else ""
        out["Uitgevoerde activiteiten"] = f"Hulp: {state.help_description}{term}"
    if state.melding_date is not None:
        out["Melding gedaan"] = (
            f"Ja, op {state.melding_date:%d-%m-%Y} door {state.melding_by} "
            f"(kenmerk Veilig Thuis: {state.vt_reference})"
        )
    elif state.decision_melden is False:
        out["Melding gedaan"] = "Nee"
    elif state.decision_melden:
        out["Melding gedaan"] = "Besloten te melden; melding nog niet vastgelegd"
    if state.parents_informed is not None:
        out["Informeren betrokkenen"] = (
            f"Ouders geïnformeerd op {state.parents_informed:%d-%m-%Y} "
            f"({state.parents_informed_how})"
        )
    elif state.parents_not_informed is not None:
        out["Informeren betrokkenen"] = (
            f"Ouders niet vooraf geïnformeerd: {state.parents_not_informed.label}"
        )
    consults = []
    for index in state.vt_consultations:
        a = state.events[index].answer
        anon = " (anoniem)" if a.get("anonymous") else ""
        consults.append(f"Veilig Thuis{anon}, {a['date']:%d-%m-%Y}")
    out["Extern consult"] = "; ".join(consults)
    return out
