"""The steps of the route as form descriptions: which fields, labels and choices.

Plain data (no widgets): :mod:`.step_dialog` builds a form from a :class:`Step`. The
words are the seed's (seed 003 l.4777-5010, l.5641-5769); labels carry a mnemonic.
"""

from __future__ import annotations

from dataclasses import dataclass

from zorgdesk.domain.peer_incident import (
    AUDIENCE_LABELS,
    CONSULTATION_LABELS,
    EVALUATION_PARTIES,
    ROLE_LABELS,
    RULE_AREAS,
    SUPPORT_FOR,
)

LINE, TEXT, DATE, CHOICE, CHECKS, BOOL, OPTIONAL_DATE = (
    "line", "text", "date", "choice", "checks", "bool", "optional_date")


# Where the route names an answer otherwise than the form's field (form key -> answer
# key): its refusal is shown under that field all the same.
ANSWER_KEYS = {"on": "date", "with_whom": "parties", next(iter(RULE_AREAS)): "rules"}


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # with one '&'
    kind: str = LINE
    choices: tuple[tuple[str, str], ...] = ()  # (value, Dutch label)
    hint: str = ""


@dataclass(frozen=True)
class Step:
    action: str  # service action (ACTIONS) or 'start', 'flag', 'letter'
    title: str  # Dutch, as in the step list
    per_pupil: bool = False  # about the pupil chosen in the dialog
    fields: tuple[Field, ...] = ()
    intro: str = ""


def _choices(labels: dict) -> tuple[tuple[str, str], ...]:
    return tuple((str(k), v) for k, v in labels.items())


# The Handreiking's areas (RULE_AREAS) with a mnemonic each; O and L belong to the buttons.
_RULE_MNEMONICS = {
    "start_einde": "S&tart en afsluiting schooldag", "speelkwartier": "Speel&kwartier",
    "toilet": "Toilet&gang", "gym": "G&ymnastieklessen", "computer": "&Computergebruik",
    "tutorlezen": "T&utorlezen", "zelfstandig": "&Zelfstandig werken",
    "buitenschools": "&Buitenschoolse activiteiten", "overig": "O&verige afspraken",
}

START = Step("start", "Nieuw incident vastleggen", fields=(
    Field("occurred_on", "&Datum incident:", DATE),
    Field("reported_on", "Datum ge&signaleerd:", DATE),
    Field("location", "Lo&catie:"),
    Field("reported_by", "Gesignaleerd doo&r:"),
    Field("description", "&Wat is er gebeurd (feiten):", TEXT,
          hint="Feitelijk; andere leerlingen alleen met initialen."),
    Field("leader", "Le&iding (naam):"),
), intro="Houd een logboek bij (Actieplan bij calamiteiten, actie 1). Vermijd de "
         "woorden 'dader' en 'slachtoffer': spreek van betrokken leerlingen.")

STEPS: tuple[Step, ...] = (
    Step("add_pupil", "Betrokken leerling toevoegen", fields=(
        Field("pupil", "Leerlin&g:", CHOICE),
        Field("role", "&Rol:", CHOICE, _choices({k.value: v for k, v in ROLE_LABELS.items()})),
        Field("what", "&Wat deed of overkwam deze leerling:", TEXT),
    )),
    Step("record_consultation", "Overleg vastleggen", fields=(
        Field("kind", "&Soort overleg:", CHOICE,
              _choices({k.value: v for k, v in CONSULTATION_LABELS.items()})),
        Field("on", "&Datum:", DATE),
        Field("with_whom", "&Met wie:"),
        Field("organisation", "O&rganisatie (sociale kaart):", CHOICE),
        Field("advice", "&Advies of uitkomst:", TEXT),
    ), intro="Eerst intern (professional, aandachtsfunctionaris, directie); zo nodig externe "
             "professionals; bij een grote zaak een team met kinderopvang en onderwijs, bestuur "
             "en externen."),
    Step("record_parents_conversation", "Gesprek met de ouders", per_pupil=True, fields=(
        Field("on", "&Datum:", DATE),
        Field("summary", "&Besproken:", TEXT),
        Field("agreements", "&Afspraken:", TEXT),
    ), intro="Nodig de ouders op zeer korte termijn uit; deel de zorg en maak samen "
             "afspraken."),
    Step("flag", "Vlaggensysteem (gedrag wegen)", per_pupil=True),
    Step("estimate", "Eerste inschatting", fields=(
        Field("scale", "&Hoe groot:", CHOICE, (("klein", "De zaak blijft klein"),
                                              ("groot", "De zaak is of wordt groot"))),
        Field("reasoning", "&Toelichting:", TEXT),
    )),
    Step("record_actieplan", "Actieplan", fields=(
        Field("on", "&Datum:", DATE),
        Field("maatregelen", "&Maatregelen:", TEXT,
              hint="Komt in de brief aan de ouders: noem geen leerlingen."),
        Field("afspraken", "&Afspraken:", TEXT),
        Field("aanspreekpunt", "Aan&spreekpunt ouders:", hint="Bij voorkeur de directie."),
        Field("extern", "&Externe professionals:"),
    )),
    Step("record_communicated", "Maatregelen gecommuniceerd", fields=(
        Field("on", "&Datum:", DATE),
        Field("parents", "Aan de &betrokken ouders", BOOL),
        Field("colleagues", "Aan de &medewerkers", BOOL),
        Field("how", "&Hoe:", TEXT),
    )),
    Step("record_support", "Opvang", fields=(
        Field("for_whom", "&Voor wie:", CHECKS, _choices(SUPPORT_FOR)),
        Field("what_support", "&Welke opvang:", TEXT),
    )),
    Step("letter", "Brief aan de ouders", per_pupil=True, fields=(
        Field("on", "&Datum:", DATE),
        Field("told", "&Wat aan de leerlingen verteld is:", TEXT,
              hint="Alleen het eigen kind noemen; geen 'dader', 'slachtoffer', "
                   "'seksueel' of 'schorsen'."),
        Field("extra", "&Aanvulling (mag leeg):", TEXT),
    )),
    Step("group_letter", "Brief aan de ouders van de groep(en)", fields=(
        Field("audience", "&Voor welke ouders:", CHOICE,
              _choices({k.value: v for k, v in AUDIENCE_LABELS.items()})),
        Field("on", "&Datum:", DATE),
        Field("incident_group", "&Groep van het incident:", hint="Bijvoorbeeld 'groep 4'."),
        Field("to_groups", "&Aan welke groepen:",
              hint="Alleen bij de overige groepen, bijvoorbeeld 'de groepen 3, 5 en 6'."),
        Field("situation", "&Situatie (zonder namen):",
              hint="Komt na 'grensoverschrijdend gedrag door', bijvoorbeeld 'twee "
                   "leerlingen uit groep 4'."),
        Field("in_class", "&Wat in de groep besproken is:", TEXT,
              hint="Betrokken groep: mag leeg. Jonge kinderen: wat in de groep benoemd is."),
        Field("told_by", "Wie sprak met de groe&p:", hint="Alleen bij jonge kinderen, "
              "bijvoorbeeld 'juf Anja'."),
        Field("partners", "E&xterne partners:", hint="Met wie de school het plan maakt, "
              "bijvoorbeeld 'de GGD'."),
        Field("kept_home", "De leerling wordt op verzoek enkele dagen &thuis gehouden", BOOL),
        Field("signed_by", "O&ndertekening:", hint="Directeur, eventueel bestuurder."),
        Field("reasoning", "&Reden voor een brief aan de groep:", TEXT,
              hint="Klein houden, met alleen de betrokken ouders, heeft altijd de voorkeur: "
                   "waarom is dat hier niet genoeg?"),
    ), intro="De brief noemt geen enkele leerling en niet de woorden 'dader', "
             "'slachtoffer', 'seksueel' of 'schorsen'. Na opslaan ziet u de brief als PDF."),
    Step("set_rules", "Tijdelijke omgangsregels", fields=(
        Field("start", "&Ingangsdatum:", DATE),
        *(Field(area, f"{_RULE_MNEMONICS[area]}:") for area in RULE_AREAS),
    ), intro="Eerste evaluatie twee weken na het ingaan, daarna elke maand."),
    Step("evaluate_rules", "Evaluatie omgangsregels", fields=(
        Field("on", "&Datum:", DATE),
        Field("with_whom", "&Met wie:", CHECKS, _choices(EVALUATION_PARTIES)),
        Field("outcome", "&Uitkomst:", TEXT),
        Field("adjustments", "&Bijgesteld (of 'niets'):", TEXT),
        Field("other_parents_informed", "Overige ouders in grote lijnen &geïnformeerd", BOOL),
        Field("next_date", "&Volgende evaluatie:", OPTIONAL_DATE,
              hint="Leeg: over een maand. Een andere datum mag, met een reden."),
        Field("deviation_reason", "&Reden andere datum:"),
    )),
    Step("end_rules", "Omgangsregels beëindigen", fields=(
        Field("on", "&Datum:", DATE), Field("reason", "&Reden:", TEXT))),
    Step("record_follow_up", "Vervolg en evaluatie", fields=(
        Field("on", "&Datum:", DATE),
        Field("afspraken_check", "&Verloopt alles volgens afspraak:", TEXT),
        Field("signals", "&Signalen van meer betrokken leerlingen:", TEXT),
        Field("policy", "&Wat betekent het voor het beleid:", TEXT),
    )),
    Step("close", "Incident afsluiten", fields=(
        Field("on", "&Datum:", DATE), Field("reason", "&Reden:", TEXT))),
)

# The route's event kind of each step (``domain.peer_incident.next_step``).
STEP_KINDS = {
    "add_pupil": "leerling", "record_consultation": "consultatie",
    "record_parents_conversation": "oudergesprek", "flag": "vlag", "estimate": "inschatting",
    "record_actieplan": "actieplan", "record_communicated": "gecommuniceerd",
    "record_support": "opvang", "letter": "brief", "group_letter": "groepsbrief",
    "set_rules": "omgangsregels", "evaluate_rules": "evaluatie_regels",
    "end_rules": "regels_beeindigd", "record_follow_up": "vervolg", "close": "afgesloten",
}
