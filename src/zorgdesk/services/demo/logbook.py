"""Demo logboek: factual entries over several weeks, a correction, parents' views."""

from __future__ import annotations

from datetime import date, timedelta

from zorgdesk.domain.logbook import (
    LogbookEntryDraft,
    ParentAgreement,
    ParentContact,
    SignalledBy,
    Source,
)
from zorgdesk.domain.sharing import SharingDraft
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.logbook.service import LogbookService
from zorgdesk.services.session import Session


class _Notes:
    """Adds entries the way a staff member noted them, on a day some weeks back."""

    def __init__(self, service: LogbookService, staff: dict[str, str], today: date) -> None:
        self.service, self.staff, self.today = service, staff, today

    def day(self, weeks_ago: int, weekday: int = 0) -> date:
        today = self.today
        return today - timedelta(weeks=weeks_ago) - timedelta(days=today.weekday()) \
            + timedelta(days=weekday)

    def add(self, pupils, when, time, where, who, situation, **extra) -> int:
        return self.service.add_entry(LogbookEntryDraft(
            pupil_ids=tuple(str(p) for p in pupils), entry_date=when, entry_time=time,
            location=where, signalled_by=SignalledBy(staff_id=self.staff[who]),
            situation=situation, **extra))


def seed(session, pupil_ids: dict[str, int], today: date) -> None:
    """Zoë's entries over six weeks, then Daan's, Emre's and Bram's; a correction of
    Zoë's first entry, progress notes and what her mother sent; a sharing about Emre."""
    service = Session(session.vault, FixedClock(today)).logbook
    staff = {s.name: str(s.id) for s in session.basedata.staff()}
    notes = _Notes(service, staff, today)
    zoe, emre = pupil_ids["Zoë van der Berg"], pupil_ids["Emre Çelik"]
    first, bruise = _zoe_entries(notes, zoe)
    _other_entries(notes, pupil_ids)
    _corrected_time(service, first)
    _zoe_follow_up(session, notes, zoe, first, bruise)
    service.parents.record_sharing(emre, SharingDraft(
        "Jeugdverpleegkundige GGD", "Notitie over het incident op het speelplein",
        "Toestemming van ouders", notes.day(1, 3)))


def _zoe_entries(notes: _Notes, zoe: int) -> tuple[int, int]:
    """No coat and no breakfast, a bruise, crying after the break, the talk with her
    mother; returns the ids of the first entry and of the bruise."""
    add, day = notes.add, notes.day
    first = add([zoe], day(6, 1), "08:35", "Klaslokaal groep 5", "Pieter Bakker",
                "Zoë kwam zonder jas binnen; buiten was het 4 °C. Ze had geen ontbijt gehad, "
                "zei ze toen ik ernaar vroeg.", domain="verzorging")
    bruise = add([zoe], day(5, 3), "10:15", "Speelplein", "Rachid El Idrissi",
        "Tijdens gym zag ik een blauwe plek van ongeveer 3 cm op de rechter bovenarm. "
        "Zoë zei: \"Ik ben van de trap gevallen.\"", domain="lichamelijk",
        interpretation="De plek past naar mijn indruk niet goed bij een val van de trap.",
        action="Gemeld bij de intern begeleider.")
    add([zoe], day(4, 0), "12:30", "Gang bij de aula", "Pieter Bakker",
        "Zoë huilde 10 minuten na de pauze. Ze wilde niet zeggen waarom.",
        domain="opvallend_gedrag", involved=("L.d.J.",))
    add([zoe], day(3, 2), "15:15", "Kamer IB", "Johan de Wit",
        "Gesprek met moeder over de jas en het ontbijt. Moeder vertelt dat de verwarming "
        "thuis sinds twee weken kapot is en dat ze 's ochtends vroeg moet werken.",
        domain="opvoeding", counter_signal=True,
        parent_contacts=(ParentContact(day(3, 2), "15:15", "moeder", "persoonlijk",
                                       "Zorgen besproken; moeder herkent het."),),
        parent_agreements=(ParentAgreement("Zoë krijgt op school een boterham als ze "
                                           "zonder ontbijt komt.",
                                           day(3, 2) + timedelta(weeks=4)),),
        agreements="Leerkracht houdt 4 weken bij of Zoë ontbijt heeft gehad.")
    return first, bruise


def _other_entries(notes: _Notes, pupil_ids: dict[str, int]) -> None:
    """Daan asleep in the circle (from a third party), Emre and Bram on the playground,
    Emre without his gym clothes."""
    add, day = notes.add, notes.day
    daan = pupil_ids["Daan van der Berg"]
    emre, bram = pupil_ids["Emre Çelik"], pupil_ids["Bram de Jong"]
    add([daan], day(2, 4), "11:00", "Klaslokaal groep 3", "Fatma Yıldız",
        "Daan sliep 2 keer deze week in de kring in. Hij vertelde dat hij 's nachts "
        "wakker wordt van geschreeuw.", domain="opvallend_gedrag",
        interpretation="Verhaal van Daan zelf; niet nagegaan.",
        from_third_party=True, source=Source("buurvrouw (via moeder van een klasgenoot)", False))
    add([emre, bram], day(1, 1), "10:20", "Speelplein", "Anouk Jansen",
        "Emre en Bram duwden elkaar tijdens het voetballen; Bram viel en schaafde zijn "
        "knie. Bram de Jong riep daarna drie keer een scheldwoord naar Emre.",
        domain="opvallend_gedrag", involved=("E.Ç.", "B.d.J."),
        action="Beide jongens apart gesproken; knie verzorgd.")
    add([emre], day(0, 0), "09:05", "Klaslokaal groep 7", "Anouk Jansen",
        "Emre had voor de derde dag op rij zijn gymspullen niet bij zich.", domain="verzorging")


def _corrected_time(service: LogbookService, first: int) -> None:
    """A correction with its reason: the time was noted wrongly."""
    old = service.history(first).current.content
    service.correct_entry(first, LogbookEntryDraft(
        pupil_ids=old.pupil_ids, entry_date=old.entry_date, entry_time="08:25",
        location=old.location, signalled_by=old.signalled_by, situation=old.situation,
        domain=old.domain), "Tijdstip verkeerd genoteerd; volgens het rooster was het 08:25.")


def _zoe_follow_up(session, notes: _Notes, zoe: int, first: int, bruise: int) -> None:
    """Her mother's zienswijze, two progress notes, her mother's correction request."""
    service, day, today = notes.service, notes.day, notes.today
    service.parents.add_zienswijze(zoe, day(2, 1), "Ingrid van der Berg (moeder)",
                                   "Zoë heeft een eigen jas, maar wil die niet aan omdat "
                                   "hij te klein is. Er is inmiddels een nieuwe jas "
                                   "gekocht.", [first])
    progress = Session(session.vault, FixedClock(today)).logbook_progress
    progress.add(bruise, day(4, 3), "10:20", "Tijdens gym opnieuw gekeken: de plek op de "
                 "bovenarm is geel geworden; geen nieuwe plekken gezien.")
    progress.add(first, day(0, 1), "", "De leerkracht heeft 4 weken bijgehouden: Zoë kwam "
                 "17 van de 20 dagen met ontbijt en elke dag met de nieuwe jas.")
    service.parents.add_correction_request(zoe, today - timedelta(days=24),
                                           "Ingrid van der Berg (moeder)",
                                           "Moeder vraagt het woord 'geen ontbijt' te "
                                           "vervangen door 'een klein ontbijt'.", [first])
