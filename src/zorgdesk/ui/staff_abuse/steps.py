"""The steps of the staff-abuse route as forms (data for the shared StepDialog)."""

from __future__ import annotations

from zorgdesk.domain.staff_abuse import CONSULTED_PARTIES, INFORMANTS
from zorgdesk.ui.peer_incident.steps import BOOL, CHOICE, DATE, TEXT, Field, Step


def _choices(labels: dict) -> tuple[tuple[str, str], ...]:
    return tuple(labels.items())


START = Step("start", "Melding aan het bevoegd gezag", fields=(
    Field("pupil", "Leerlin&g:", CHOICE),
    Field("on", "&Datum melding:", DATE),
    Field("informant", "&Informatie gekregen door:", CHOICE, _choices(INFORMANTS)),
    Field("to_bevoegd_gezag", "Gemeld aan het &bevoegd gezag zelf (niet alleen aan een "
          "tussenpersoon)", BOOL),
    Field("bevoegd_gezag", "Ontvangen doo&r (bevoegd gezag):"),
    Field("staff_member", "&Medewerker om wie het gaat:"),
    Field("facts", "&Feiten:", TEXT),
), intro="Een vermoeden van misbruik of intimidatie door een medewerker meldt u onmiddellijk "
         "aan het schoolbestuur; een tussenpersoon informeren is niet voldoende. "
         "Geheimhouding geldt hier niet.")

STEPS: tuple[Step, ...] = (
    Step("consult", "Overleg (vertrouwensinspecteur, politie, gemeente, GGD)", fields=(
        Field("party", "&Met wie:", CHOICE, _choices(CONSULTED_PARTIES)),
        Field("on", "&Datum:", DATE),
        Field("advice", "&Advies of uitkomst:", TEXT),
    ), intro="Het bevoegd gezag legt het vermoeden direct voor aan de "
             "vertrouwensinspecteur."),
    Step("establish", "Vaststelling redelijk vermoeden", fields=(
        Field("value", "&Redelijk vermoeden van een strafbaar feit:", CHOICE,
              (("ja", "Ja"), ("nee", "Nee"))),
        Field("on", "&Datum:", DATE),
        Field("reasoning", "Onder&bouwing:", TEXT),
    )),
    Step("inform_involved", "Betrokkenen informeren over de aangifte", fields=(
        Field("by", "Doo&r:", CHOICE, (("bevoegd_gezag", "Het bevoegd gezag"),
                                       ("politie", "De politie"))),
        Field("on", "&Datum:", DATE),
        Field("whom", "&Wie (ouders van klager en aangeklaagde):", TEXT),
    )),
    Step("report_to_police", "Aangifte", fields=(
        Field("where", "&Bij:", CHOICE, (("politie", "Politie"), ("justitie", "Justitie"))),
        Field("on", "&Datum:", DATE),
    ), intro="Bij een redelijk vermoeden is het bevoegd gezag altijd verplicht aangifte te "
             "doen, ook als de betrokkenen bedenkingen hebben."),
    Step("close", "Dossier afsluiten", fields=(
        Field("on", "&Datum:", DATE), Field("reasoning", "&Reden:", TEXT))),
)

# The route's event kind of each step (``domain.staff_abuse.next_step``).
STEP_KINDS = {"consult": "overleg", "establish": "vaststelling",
              "inform_involved": "betrokkenen_geinformeerd", "report_to_police": "aangifte",
              "close": "afgesloten"}
