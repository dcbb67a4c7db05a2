"""Demo signal checks: a few pupils with checks over several dates.

Zoë van der Berg gets three checks so the over-time view shows every kind of
change: new, persisting and disappeared. Notes are written as the IB should:
short, factual, no conclusions.
"""

from __future__ import annotations

from datetime import date, timedelta

from zorgdesk.domain.signals.check import CheckDraft, FlagDraft, TickDraft
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session

KM = "km4-12"
TEACHER = "Pieter Bakker (leerkracht groep 5)"


def _t(suffix: str, note: str = "", contra: bool = False) -> TickDraft:
    return TickDraft(f"{KM}.{suffix}", note, contra)


def seed(session, pupil_ids: dict[str, int], today: date) -> None:
    service = Session(session.vault, FixedClock(today)).signals
    ib = session.vault.user.name

    def check(name: str, days_ago: int, by: str, *ticks: TickDraft) -> None:
        if name in pupil_ids:
            service.save_check(pupil_ids[name], CheckDraft(
                KM, today - timedelta(days=days_ago), by, tuple(ticks)))

    zoe = "Zoë van der Berg"
    check(zoe, 70, TEACHER,
          _t("lichamelijk.07", "valt twee keer in de week in slaap tijdens de les"),
          _t("lichamelijk.10", "vraagt om 10 uur om eten; heeft geen lunch bij zich"),
          _t("gedrag-kind.02"))
    check(zoe, 42, ib,
          _t("lichamelijk.07", "nog steeds moe in de ochtend"),
          _t("lichamelijk.10", "lunch ontbrak op 3 van 5 dagen"),
          _t("gedrag-kind-overig.01", "sinds de herfstvakantie stiller in de kring"),
          _t("gedrag-ouder.08", "moeder zegde het oudergesprek twee keer af"))
    check(zoe, 7, ib,
          _t("lichamelijk.07", "minder vaak moe, één keer deze week"),
          _t("gedrag-kind-overig.01"),
          _t("gedrag-ouder.08", "vader is op het gesprek gekomen", contra=True),
          _t("gedrag-kind.09", "zegt bij rekenen 'ik kan het toch niet'"))

    check("Emre Çelik", 30, ib,
          _t("lichamelijk.01", "blauwe plek bovenarm links, ca. 3 cm; zegt: gevallen bij voetbal"),
          _t("gedrag-kind-volwassenen.09"))
    check("Emre Çelik", 5, ib,
          _t("gedrag-kind-volwassenen.09"))

    if zoe in pupil_ids:
        service.save_flag_assessment(pupil_ids[zoe], FlagDraft(
            today - timedelta(days=20), ib,
            "Tijdens het buitenspelen trok een klasgenoot bij Zoë de broek naar beneden; "
            "Zoë huilde en riep 'stop'. Gezien door de pleinwacht.",
            {"wederzijdse-toestemming": "ernstig", "vrijwilligheid": "ernstig",
             "gelijkwaardigheid": "licht", "ontwikkelingsadequaat": "licht",
             "contextadequaat": "licht", "zelfrespecterend": "voldaan"}))
