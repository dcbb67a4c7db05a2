"""Demo zorggesprekken: a regular one signed voor akkoord, a zwaar one in concept with
SMART agreements, and one handed out and not returned. All people are invented."""

from __future__ import annotations

from datetime import date, timedelta

from zorgdesk.domain.conversations.conversation import SignatureStatus
from zorgdesk.domain.conversations.draft import ConversationDraft, SignalPick
from zorgdesk.domain.conversations.smart import SmartAgreement
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.conversations.service import ConversationService
from zorgdesk.services.conversations.signing import SigningService
from zorgdesk.services.session import Session


def seed(session, pupil_ids: dict[str, int], today: date) -> None:
    """The three conversations of the module docstring, one pupil each."""
    service = Session(session.vault, FixedClock(today)).conversations
    signing = Session(service.vault, service.clock).signing
    for name, story in (("Zoë van der Berg", _signed_voor_akkoord),
                        ("Emre Çelik", _zwaar_in_concept),
                        ("Daniëlle van Dijk", _handed_out_not_returned)):
        story(service, signing, pupil_ids[name], today)


def _signed_voor_akkoord(service: ConversationService, signing: SigningService, zoe: int,
                         today: date) -> None:
    """Zoë: a month ago, handed out the next day and signed voor akkoord two days later."""
    signed_day = today - timedelta(days=30)
    cid = service.plan(zoe, ConversationDraft(
        kind="regulier", on=signed_day, at="15:30", place="Kamer van de intern begeleider",
        subject="Zoë komt vaak moe en zonder ontbijt op school",
        staff=(("Pieter Bakker", "Leerkracht groep 5"),
               ("Marieke Hoekstra", "Intern begeleider")),
        guardians=(("Ingrid van der Berg", "moeder"),),
        signals=(SignalPick("tekst", None, "Zoë legt sinds de herfstvakantie op vier van de "
                                           "vijf ochtenden haar hoofd op tafel."),
                 SignalPick("tekst", None, "Zoë zegt op maandag en dinsdag dat zij niet heeft "
                                           "ontbeten.")),
        preparation={"signalen": True, "dossier": True, "plaats_tijd": True},
        phase_notes={
            "introductie": "Moeder welkom geheten. Aanleiding: de leerkracht ziet sinds de "
                           "herfstvakantie dat Zoë op vier van de vijf ochtenden moe is.",
            "gesprek": "Moeder vertelt dat Zoë slecht slaapt sinds de verhuizing. Zij herkent "
                       "het beeld en maakt zich ook zorgen.",
            "afspraken": "Samen afgesproken dat Zoë thuis ontbijt en dat de leerkracht "
                         "bijhoudt hoe zij de ochtend start.",
            "registratie": "Moeder weet dat dit verslag in het leerlingdossier komt."},
        follow_up_on=signed_day + timedelta(days=42),
        agreements=(
            SmartAgreement("Zoë ontbijt elke schooldag thuis vóór 8.15 uur.",
                           "Leerkracht noteert dagelijks of Zoë heeft ontbeten.",
                           "Ingrid van der Berg (moeder)", signed_day + timedelta(days=42),
                           True, True),
            SmartAgreement("De leerkracht belt moeder elke vrijdag om 15.00 uur.",
                           "Aantal gevoerde gesprekken, genoteerd in het logboek.",
                           "Pieter Bakker", signed_day + timedelta(days=42), True, True)),
    ))
    signing.hand_out(cid, signed_day + timedelta(days=1))
    signing.register_signature(cid, "Ingrid van der Berg", SignatureStatus.AKKOORD,
                               signed_day + timedelta(days=3), "Weidebeek")


def _zwaar_in_concept(service: ConversationService, signing: SigningService, emre: int,
                      today: date) -> None:
    """Emre: a zwaar gesprek next week, in concept, one agreement SMART and one not."""
    service.plan(emre, ConversationDraft(
        kind="zwaar", on=today + timedelta(days=7), at="08:45",
        place="Directiekamer (rustig, buiten het zicht van de gangen)",
        subject="Blauwe plekken op de bovenarm en angst om naar huis te gaan",
        staff=(("Johan de Wit", "Directeur"), ("Marieke Hoekstra", "Aandachtsfunctionaris")),
        guardians=(("Ayşe Çelik", "moeder"), ("Mehmet Çelik", "vader")),
        notulist="Rachid El Idrissi", spokesperson="",
        preparation={"informatie": True, "veilig_thuis": True, "aanwezigen": True,
                     "uitnodiging": True},
        agreements=(
            SmartAgreement("Ouders maken binnen twee weken een afspraak met het "
                           "wijkteam voor opvoedondersteuning.",
                           "Ouders laten de afspraakbevestiging zien aan de IB.",
                           "Ayşe en Mehmet Çelik", today + timedelta(days=21), True, True),
            SmartAgreement("De leerkracht probeert Emre meer aandacht te geven.", "",
                           "Anouk Jansen", None, False, False)),
    ))


def _handed_out_not_returned(service: ConversationService, signing: SigningService,
                             daniel: int, today: date) -> None:
    """Daniëlle: handed out twenty days ago and not returned."""
    out_day = today - timedelta(days=20)
    cid = service.plan(daniel, ConversationDraft(
        kind="regulier", on=out_day - timedelta(days=1), at="14:00", place="Lokaal groep 7",
        subject="Daniëlle vertelt herhaaldelijk dat zij ’s avonds alleen thuis is",
        staff=(("Anouk Jansen", "Leerkracht groep 7"),),
        guardians=(("Petra van Dijk", "moeder"),),
        phase_notes={"gesprek": "Moeder geeft aan dat zij twee avonden per week werkt."},
        follow_up_on=today + timedelta(days=10),
        agreements=(SmartAgreement(
            "Moeder regelt voor dinsdag- en donderdagavond opvang door de buurvrouw.",
            "Daniëlle vertelt op woensdag- en vrijdagochtend aan de leerkracht wie er was.",
            "Petra van Dijk (moeder)", today + timedelta(days=10), True, True),),
    ))
    signing.hand_out(cid, out_day)
