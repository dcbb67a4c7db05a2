"""Demo trajectories for the Meldcode wizard (all people invented).

- Emre Çelik: steps 1-3 done (consultations with a colleague and Veilig Thuis), now at
  step 4 with the first afwegingsvraag answered - the trajectory to walk on in a demo.
- Daniëlle van Dijk: question 1 'nee' -> dossier closed, keep monitoring.
- Bram de Jong: disclosure -> acute unsafety -> melding, VT response pending; the
  rapportage is filled in, so it can be printed at once.
- Minh Nguyen: help accepted, term passed with result -> closed with monitoring, and
  the rapportage filled in after closing.

Step 3 links the pupil's own zorggesprek with the parents, held on that step's day (Bram's
skips it for his safety): a step records what was done, so it never links a talk held
later, such as Emre's zwaar gesprek planned a week ahead in demo.conversations. The
service checks every link as in the app, so a demo dossier cannot point at another
child's record.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from zorgdesk.domain.conversations.draft import ConversationDraft
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.meldcode import Answer, ConversationSkipReason, Question
from zorgdesk.services.clock import Clock, FixedClock
from zorgdesk.services.meldcode.service import MeldcodeService
from zorgdesk.services.session import Session


class DemoClock(Clock):
    """Event times on school days in the past, one step later per event."""

    def __init__(self, start: date) -> None:
        self.at = datetime.combine(start, time(8, 30))

    def now(self) -> datetime:
        self.at += timedelta(minutes=7)
        return self.at

    def jump(self, day: date) -> None:
        self.at = max(self.at, datetime.combine(day, time(8, 30)))


def _parents_talk(session, pupil_id: int, day: date, subject: str) -> int:
    """Step 3's conversation with the pupil's own parents, held on ``day``."""
    guardians = tuple((g.name, g.relation) for g in session.basedata.guardians(pupil_id))
    conversations = Session(session.vault, FixedClock(day)).conversations
    return conversations.plan(pupil_id, ConversationDraft(
        kind="regulier", on=day, at="15:30", place="Kamer van de intern begeleider",
        subject=subject, staff=(("Marieke Hoekstra", "Aandachtsfunctionaris"),),
        guardians=guardians, phase_notes={
            "gesprek": "Feitelijk benoemd wat school ziet; ouders gaven hun kijk erop."}))


def trajectory_at_step_4(session, svc: MeldcodeService, clock: DemoClock, pupil_id: int,
                         start: date, signals: str, sibling_note: str, *,
                         talk: str = "", skip: bool = False) -> int:
    """A new trajectory for ``pupil_id`` walked through steps 1-3 from ``start``: the
    signals with a logboek entry of the pupil's own, kindcheck and siblings; a colleague
    and Veilig Thuis consulted; the talk with the parents about ``talk``, held on the
    step's day (or, ``skip``, why not).
    Returns its id; it stands at step 4. The demo and the scale benchmark use it."""
    # Every record the dossier links is the pupil's OWN (logboek entry, zorggesprek): a
    # dossier must never point at another child's records (their titles are printed).
    logbook = session.logbook
    entry_id = logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(pupil_id),), entry_date=start - timedelta(days=1), entry_time="08:30",
        location="Klaslokaal", signalled_by=SignalledBy(name=logbook.vault.user.name),
        situation=signals))
    t = svc.start(pupil_id, start_date=start).id
    svc.perform(t, "record_signals", logboek_ids=[entry_id], contra_signalen=(
        "Is op school vrolijk en maakt contact met klasgenoten."), answers={
        "welke_signalen": signals,
        "hoe_vaak": "Drie keer in de afgelopen vier weken.",
        "situaties": "Vooral op maandag, na het weekend.",
        "meer_leerlingen": "Nee, alleen deze leerling.",
        "normale_ontwikkeling": "Past niet bij de normale ontwikkeling voor deze leeftijd.",
        "eerder_gedrag": "Nee, dit is nieuw sinds de zomervakantie.",
        "eerdere_zorgen": "Nee.",
    })
    svc.perform(t, "record_kindcheck", done=True,
                note="Bij de ouders zijn geen omstandigheden bekend die kinderen in gevaar "
                     "brengen.")
    siblings = svc.siblings_at_school(pupil_id)
    svc.perform(t, "record_siblings", siblings=siblings, note=sibling_note)
    svc.perform(t, "complete_step")
    clock.jump(start + timedelta(days=2))
    svc.perform(t, "record_collegial_consultation", with_whom="Johan de Wit (directeur)",
                on=start + timedelta(days=2),
                advice="Veilig Thuis anoniem raadplegen en het gesprek met ouders voorbereiden.")
    svc.perform(t, "record_vt_consultation", on=start + timedelta(days=2), anonymous=True,
                contact_person="Mevrouw S. Kramer", question="Zijn deze signalen voldoende "
                "om verder te gaan en hoe bereiden we het gesprek voor?",
                advice="Gesprek met ouders voeren, feitelijk benoemen wat gezien is.",
                next_steps="Gesprek plannen; daarna het afwegingskader doorlopen.",
                responsibilities="IB plant het gesprek; leerkracht blijft observeren.")
    svc.perform(t, "complete_step")
    clock.jump(start + timedelta(days=6))
    if skip:
        svc.perform(t, "skip_conversation", ConversationSkipReason.VEILIGHEID_KIND,
                    reasoning="Het kind vertelde bang te zijn voor de reactie van vader als "
                              "school het gesprek aangaat.")
    else:
        svc.perform(t, "link_conversation", _parents_talk(
            session, pupil_id, start + timedelta(days=6), talk))
    svc.perform(t, "complete_step")
    return t


def seed(session, pupil_ids: dict[str, int], today: date) -> None:
    """The four trajectories of the module docstring, each on its own demo clock."""
    base = today - timedelta(days=70)
    stories = (("Daniëlle van Dijk", base, _closed_without_suspicion),
               ("Minh Nguyen", base + timedelta(days=10), _help_with_result),
               ("Bram de Jong", today - timedelta(days=20), _melding_after_disclosure),
               ("Emre Çelik", today - timedelta(days=14), _at_step_4))
    for name, start, story in stories:
        clock = DemoClock(start)
        # Links are checked as in the app: a demo dossier cannot link another child's record.
        svc = Session(session.vault, clock).meldcode
        story(session, svc, clock, pupil_ids[name], start, today)


def _closed_without_suspicion(session, svc: MeldcodeService, clock: DemoClock, pupil_id: int,
                              start: date, today: date) -> None:
    """Daniëlle: question 1 'nee' -> dossier closed, keep monitoring."""
    t = trajectory_at_step_4(session, svc, clock, pupil_id, start,
                      "Komt twee keer zonder warme kleding en lunch naar school.",
                      "Geen broers of zussen op school.",
                      talk="Daniëlle komt zonder warme kleding en lunch naar school")
    svc.perform(t, "answer_question", Question.VERMOEDEN, Answer.NEE,
                reasoning="Na het gesprek bleek moeder tijdelijk ziek; er is hulp van oma. "
                          "Geen vermoeden van kindermishandeling.")
    svc.perform(t, "close", reasoning="Geen vermoeden (afwegingsvraag 1).",
                monitoring_agreements="Leerkracht let zes weken op lunch en kleding; "
                                      "evaluatie met IB na de kerstvakantie.")


def _help_with_result(session, svc: MeldcodeService, clock: DemoClock, pupil_id: int,
                      start: date, today: date) -> None:
    """Minh: help accepted, term passed with result -> closed with monitoring, and the
    rapportage filled in after closing."""
    t = trajectory_at_step_4(session, svc, clock, pupil_id, start,
                      "Valt in slaap in de klas, zegt 's avonds laat op te blijven.",
                      "Geen broers of zussen op school.",
                      talk="Minh valt in slaap in de klas")
    svc.perform(t, "answer_question", Question.VERMOEDEN, Answer.JA,
                reasoning="Signalen van verwaarlozing blijven.", bevoegd_gezag_informed=True)
    svc.perform(t, "answer_question", Question.VEILIGHEID, Answer.NEE,
                reasoning="Geen direct gevaar; ouders zijn bereikbaar.")
    svc.perform(t, "answer_question", Question.HULP, Answer.JA,
                reasoning="Schoolmaatschappelijk werk kan opvoedondersteuning bieden.")
    term = start + timedelta(days=35)
    svc.perform(t, "answer_question", Question.HULP_ACCEPTEREN, Answer.JA,
                reasoning="Ouders stemmen in met opvoedondersteuning.",
                help_description="Opvoedondersteuning door schoolmaatschappelijk werk.",
                help_term=term, help_responsible="Marieke Hoekstra")
    svc.perform(t, "complete_step")
    svc.perform(t, "decide_melden", False, reasoning="Hulp is aanvaard; geen meldnorm.")
    svc.perform(t, "decide_hulp", True, reasoning="Hulp wordt georganiseerd.")
    clock.jump(term + timedelta(days=1))
    svc.perform(t, "answer_question", Question.RESULTAAT, Answer.JA,
                reasoning="Minh is uitgerust en komt op tijd.",
                monitoring_agreements="Maandelijks kort contact met ouders tot de zomer.")
    svc.perform(t, "close", reasoning="De hulp heeft resultaat.",
                monitoring_agreements="Maandelijks kort contact met ouders tot de zomer.")
    svc.record_rapportage(t, onderwerp="Verwaarlozing (nachtrust)", omschrijving=(
        "Minh viel herhaaldelijk in slaap in de klas en vertelde 's avonds laat op te "
        "blijven. Met opvoedondersteuning van schoolmaatschappelijk werk is dat verbeterd."),
        maatschappelijke_onrust="Geen onrust binnen of buiten de school.",
        knelpunten="", opmerkingen="Nazorg: maandelijks contact met ouders tot de zomer.")


def _melding_after_disclosure(session, svc: MeldcodeService, clock: DemoClock, pupil_id: int,
                              start: date, today: date) -> None:
    """Bram: disclosure -> acute unsafety -> melding, VT response pending; the rapportage
    is filled in. Step 3's talk with the parents is skipped for his safety."""
    t = trajectory_at_step_4(session, svc, clock, pupil_id, start,
                      "Striemen op de rug gezien bij de gymles.",
                      "Lotte de Jong (groep 5): leerkracht heeft geen signalen gezien.",
                      skip=True)
    svc.perform(t, "answer_question", Question.VERMOEDEN, Answer.JA,
                reasoning="Striemen en het verhaal van Bram.", bevoegd_gezag_informed=True)
    svc.perform(t, "answer_question", Question.VEILIGHEID, Answer.JA, disclosure=True,
                reasoning="Bram vertelde dat zijn stiefvader hem slaat (disclosure).")
    svc.perform(t, "complete_step")
    svc.perform(t, "decide_melden", True, reasoning="Meldnorm 1: acute onveiligheid.")
    svc.perform(t, "decide_hulp", False, reasoning="Veilig Thuis beoordeelt eerst.")
    svc.perform(t, "record_parents_not_informed", "veiligheid_kind",
                reasoning="Informeren vooraf brengt Bram in gevaar.")
    melding = today - timedelta(days=2)
    clock.jump(melding)
    svc.perform(t, "record_melding", on=melding, by_whom="Marieke Hoekstra",
                vt_reference="VT-DEMO-0117")
    svc.record_rapportage(t, onderwerp="Lichamelijke mishandeling", omschrijving=(
        "Bij de gymles zijn striemen op de rug van Bram gezien. Bram vertelde daarna dat "
        "zijn stiefvader hem slaat. Melding gedaan bij Veilig Thuis."),
        maatschappelijke_onrust="Geen: alleen de gymleerkracht en de groepsleerkracht "
                                "weten ervan.",
        betrokkenen="", knelpunten="De gymleerkracht wist niet dat hij het direct aan de "
                                   "aandachtsfunctionaris moest melden.", opmerkingen="")


def _at_step_4(session, svc: MeldcodeService, clock: DemoClock, pupil_id: int,
               start: date, today: date) -> None:
    """Emre: steps 1-3 done, at step 4 with the first afwegingsvraag answered - the
    trajectory to walk on in a demo."""
    t = trajectory_at_step_4(session, svc, clock, pupil_id, start,
                      "Blauwe plekken op de bovenarmen, twee keer gezien; schrikt bij "
                      "plotselinge bewegingen.",
                      "Elif Çelik (groep 3): navraag bij de leerkracht, geen signalen.",
                      talk="Blauwe plekken op de bovenarmen van Emre")
    svc.perform(t, "answer_question", Question.VERMOEDEN, Answer.JA,
                reasoning="Herhaalde verwondingen zonder passende verklaring.",
                bevoegd_gezag_informed=True)
