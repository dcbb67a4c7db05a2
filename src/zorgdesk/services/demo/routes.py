"""Demo records for the meldcode's other routes (all people invented).

- Isabella Rossi (groep 7): a meldcode trajectory for eergerelateerd geweld, at step 2:
  the colleague is consulted, Veilig Thuis not yet, so the wizard shows that Veilig Thuis
  comes first (and may call in the LEC EGG), before any conversation with the parents.
- Saar van Leeuwen (groep 5): a suspicion of abuse by a member of staff (an intern): laid
  before the bevoegd gezag, the vertrouwensinspecteur consulted, a reasonable suspicion
  established and aangifte done; informing those involved and closing are still open.
The incident between pupils is in :mod:`.incident`, the closed trajectories of last
school year (yearly account) in :mod:`.yearly`.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.services.clock import Clock
from zorgdesk.services.session import Session


class _DayClock(Clock):
    def __init__(self, day: date) -> None:
        self.day = day

    def now(self) -> datetime:
        return datetime.combine(self.day, time(14, 45))


def seed_egg(session, pupil_ids: dict[str, int], today: date) -> None:
    pupil_id = pupil_ids["Isabella Rossi"]
    start = today - timedelta(days=6)
    clock = _DayClock(start)
    svc = Session(session.vault, clock).meldcode
    signal = ("Vertelt bang te zijn voor de reactie van haar familie nu bekend is dat zij "
              "een vriendje heeft; wordt sinds een week na schooltijd door een oom opgehaald.")
    entry = session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(pupil_id),), entry_date=start - timedelta(days=1), entry_time="12:15",
        location="Klaslokaal", signalled_by=SignalledBy(name="Anouk Jansen"),
        situation=signal))
    t = svc.start(pupil_id, start_date=start).id
    svc.perform(t, "record_signals", logboek_ids=[entry], concern="eergerelateerd_geweld",
                contra_signalen="Doet goed mee in de klas en heeft vriendinnen.", answers={
                    "welke_signalen": signal,
                    "hoe_vaak": "Twee keer verteld, de afgelopen week.",
                    "situaties": "Na schooltijd, bij het ophalen.",
                    "meer_leerlingen": "Nee.",
                    "normale_ontwikkeling": "Angst voor de familie past niet bij haar "
                                            "leeftijd.",
                    "eerder_gedrag": "Nee.",
                    "eerdere_zorgen": "Nee."})
    svc.perform(t, "record_kindcheck", done=True, note="Niet van toepassing: de zorg gaat "
                "over de familie, niet over een ouder met eigen problemen.")
    svc.perform(t, "record_siblings", siblings=svc.siblings_at_school(pupil_id),
                note="Geen broers of zussen op school.")
    svc.perform(t, "complete_step")
    clock.day = start + timedelta(days=1)
    svc.perform(t, "record_collegial_consultation", with_whom="Johan de Wit (directeur)",
                on=clock.day, advice="Niet eerst met de ouders praten; Veilig Thuis "
                                     "raadplegen en de vervolgstappen afstemmen.")


def seed_staff_abuse(session, pupil_ids: dict[str, int], today: date) -> None:
    start = today - timedelta(days=9)
    clock = _DayClock(start)
    s = Session(session.vault, clock).staff_abuse
    case = s.start(pupil_ids["Saar van Leeuwen"], on=start, informant="medewerker",
                   to_bevoegd_gezag=True, bevoegd_gezag="Mevrouw A. de Boer (bestuurder)",
                   staff_member="stagiair bij de gymles",
                   facts="Saar vertelde de leerkracht dat de stagiair haar bij het omkleden "
                         "na de gymles aanraakte terwijl zij dat niet wilde.")
    s.perform(case.id, "consult", "vertrouwensinspecteur", on=start,
              advice="Het vermoeden is redelijk; het bestuur doet aangifte.")
    clock.day = start + timedelta(days=1)
    s.perform(case.id, "establish", True, on=clock.day,
              reasoning="Advies van de vertrouwensinspecteur; het verhaal van Saar is "
                        "concreet.")
    clock.day = start + timedelta(days=2)
    s.perform(case.id, "report_to_police", on=clock.day, where="politie")
