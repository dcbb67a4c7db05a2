"""A demo incident between pupils (all people invented): Sem Visser and Mila Smit in
groep 3, walked through the seed's Actieplan bij calamiteiten up to the temporary
omgangsregels, which had their first evaluation and wait for the monthly one (Vandaag)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from zorgdesk.domain.signals.check import FlagDraft
from zorgdesk.services.clock import Clock
from zorgdesk.services.session import Session


class _DaysClock(Clock):
    def __init__(self, day: date) -> None:
        self.day = day

    def now(self) -> datetime:
        return datetime.combine(self.day, time(15, 30))


def seed(session, pupil_ids: dict[str, int], today: date) -> None:
    sem, mila = pupil_ids["Sem Visser"], pupil_ids["Mila Smit"]
    start = today - timedelta(days=24)
    clock = _DaysClock(start)
    s = Session(session.vault, clock).peer_incidents

    def on(days: int) -> date:
        clock.day = start + timedelta(days=days)
        return clock.day

    iid = s.start(occurred_on=on(0), reported_on=on(0), location="Speelplein, kleine pauze",
                  description="De pleinwacht zag dat S. bij M. de rok omhoog trok terwijl "
                              "twee andere kinderen keken. M. huilde en liep naar de "
                              "pleinwacht.", reported_by="Fatma Yıldız (pleinwacht)").id
    s.perform(iid, "add_pupil", sem, "initiatief", "Trok bij een klasgenootje de rok omhoog.")
    s.perform(iid, "add_pupil", mila, "overkomt", "Haar rok werd omhooggetrokken; zij "
              "huilde en zocht de pleinwacht op.")
    s.perform(iid, "record_consultation", "intern", on=on(0),
              with_whom="Johan de Wit (directeur) en Fatma Yıldız (leerkracht)",
              advice="Vandaag beide ouders bellen en uitnodigen; gedrag wegen met het "
                     "Vlaggensysteem.")
    for pupil in (sem, mila):
        s.perform(iid, "record_parents_conversation", pupil, on=on(1),
                  summary="Wat de pleinwacht zag, wat de school al deed en de zorg van de "
                          "school voor alle kinderen.",
                  agreements="Samen een actieplan; de ouders reageren rustig naar hun kind.")
    criteria = [c.id for c in session.signals.vlaggensysteem().criteria]
    scores = dict.fromkeys(criteria, "voldaan")
    scores[criteria[0]] = "licht"
    s.assess_flag(iid, sem, FlagDraft(on(1), session.user_name,
                                      "Trok bij een klasgenootje de rok omhoog.", scores))
    s.perform(iid, "estimate", "klein", reasoning="Twee leerlingen, ouders betrokken, geen "
                                                  "onrust in de groep.")
    s.perform(iid, "record_actieplan", on=on(2),
              maatregelen="Extra toezicht op het plein in de pauzes; toiletbezoek melden bij "
                          "de leerkracht; in de klas een les over eigen grenzen.",
              afspraken="Dagelijks kort overleg leerkracht en pleinwacht; evaluatie na twee "
                        "weken met de ouders.", aanspreekpunt="Johan de Wit, directeur")
    s.perform(iid, "record_communicated", on=on(2), parents=True, colleagues=True,
              how="Ouders per brief, team in het weekoverleg.")
    told = ("In de klas is verteld dat iedereen veilig moet kunnen spelen en dat je 'stop' "
            "mag zeggen als iets niet fijn is.")
    for pupil in (sem, mila):
        s.record_letter(iid, pupil, on=on(2), told=told)
    s.perform(iid, "set_rules", start=on(3), rules={
        "speelkwartier": "Speelt binnen het gezichtsveld van de pleinwacht.",
        "toilet": "Meldt toiletbezoek bij de leerkracht en gaat direct terug naar de klas.",
        "gym": "Vaste plek in de kleedkamer bij de deur van de gymzaal."})
    s.perform(iid, "evaluate_rules", on=on(17), with_whom=["leerkrachten", "ouders", "ib"],
              outcome="Geen nieuwe voorvallen; S. houdt zich aan de afspraken.",
              adjustments="Niets; de regels blijven nog een maand.",
              other_parents_informed=False)
