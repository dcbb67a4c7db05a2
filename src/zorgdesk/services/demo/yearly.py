"""Meldcode trajectories of the previous school year (all people invented), so the demo's
Jaarverantwoording meldcode over its default period (the last school year) is not empty.

Six trajectories, all closed: two without a vermoeden, two with help that worked, two with
a melding (acute unsafety; no effective help possible). Six, so the report shows its
counts per outcome and its medians (it hides medians under five trajectories).
"""

from __future__ import annotations

from datetime import date, timedelta

from zorgdesk.domain.conversations.draft import ConversationDraft
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.meldcode import STEP1_QUESTIONS, Answer, Question
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.meldcode import DemoClock
from zorgdesk.services.meldcode.service import MeldcodeService
from zorgdesk.services.session import Session
from zorgdesk.services.yearly_account.service import school_year_before

# pupil, days after 1 August, signal, how it ends
CASES = (
    ("Tess Hendriks", 45, "Komt drie dagen zonder eten en drinken naar school.", "geen"),
    ("Finn Dekker", 80, "Vertelt over harde ruzies thuis en slaapt slecht.", "geen"),
    ("Ruben Koster", 110, "Valt vaak in slaap en is vaak te laat.", "hulp"),
    ("Femke Brouwer", 150, "Is erg teruggetrokken sinds de scheiding van de ouders.", "hulp"),
    ("Mohammed Amrani", 190, "Verwonding in het gezicht; vertelt dat vader sloeg.",
     "acuut"),
    ("Sofía García", 230, "Komt herhaaldelijk ziek en onverzorgd op school.", "geen_hulp"),
)


def _steps_1_to_3(session, svc: MeldcodeService, clock: DemoClock, pupil_id: int,
                  start: date, signal: str) -> int:
    entry = session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(pupil_id),), entry_date=start - timedelta(days=1), entry_time="08:30",
        location="Klaslokaal", signalled_by=SignalledBy(name=session.user_name),
        situation=signal))
    talk_day = start + timedelta(days=6)
    talk = Session(session.vault, FixedClock(talk_day)).conversations.plan(
        pupil_id, ConversationDraft(kind="regulier", on=talk_day, at="15:30",
                                    place="Kamer van de intern begeleider",
                                    subject="Zorgen over wat de leerkracht ziet",
                                    staff=(("Marieke Hoekstra", "Intern begeleider"),),
                                    guardians=(("Ouder", "ouder"),)))
    t = svc.start(pupil_id, start_date=start).id
    svc.perform(t, "record_signals", logboek_ids=[entry],
                contra_signalen="Speelt goed met klasgenoten en doet mee in de les.",
                answers=dict.fromkeys(STEP1_QUESTIONS, "Zie de logboekregel; nagevraagd bij "
                                                       "de leerkracht."))
    svc.perform(t, "record_kindcheck", done=True, note="Geen omstandigheden bij de ouders "
                                                       "bekend die kinderen in gevaar brengen.")
    svc.perform(t, "record_siblings", siblings=[], note="Geen broers of zussen op school.")
    svc.perform(t, "complete_step")
    clock.jump(start + timedelta(days=3))
    svc.perform(t, "record_collegial_consultation", with_whom="Johan de Wit (directeur)",
                on=start + timedelta(days=3), advice="Gesprek met ouders voeren.")
    svc.perform(t, "complete_step")
    clock.jump(talk_day)
    svc.perform(t, "link_conversation", talk)
    svc.perform(t, "complete_step")
    return t


def seed(session, pupil_ids: dict[str, int], today: date) -> None:
    year_start, _ = school_year_before(today)
    for name, offset, signal, ending in CASES:
        start = year_start + timedelta(days=offset)
        clock = DemoClock(start)
        svc = Session(session.vault, clock).meldcode
        t = _steps_1_to_3(session, svc, clock, pupil_ids[name], start, signal)
        clock.jump(start + timedelta(days=9))
        if ending == "geen":
            svc.perform(t, "answer_question", Question.VERMOEDEN, Answer.NEE,
                        reasoning="Na het gesprek is er een verklaring; geen vermoeden.")
            svc.perform(t, "close", reasoning="Geen vermoeden (afwegingsvraag 1).",
                        monitoring_agreements="Leerkracht blijft zes weken letten op de "
                                              "signalen.")
            continue
        svc.perform(t, "answer_question", Question.VERMOEDEN, Answer.JA,
                    reasoning="De signalen blijven.", bevoegd_gezag_informed=True)
        if ending == "acuut":
            svc.perform(t, "answer_question", Question.VEILIGHEID, Answer.JA, disclosure=True,
                        reasoning="Het kind vertelde zelf over geweld (disclosure).")
        else:
            svc.perform(t, "answer_question", Question.VEILIGHEID, Answer.NEE,
                        reasoning="Geen direct gevaar.")
            svc.perform(t, "answer_question", Question.HULP,
                        Answer.JA if ending == "hulp" else Answer.NEE,
                        reasoning="Schoolmaatschappelijk werk kan helpen." if ending ==
                        "hulp" else "Effectieve hulp is niet te organiseren.")
        if ending == "hulp":
            term = start + timedelta(days=50)
            svc.perform(t, "answer_question", Question.HULP_ACCEPTEREN, Answer.JA,
                        reasoning="Ouders stemmen in.", help_description="Opvoedondersteuning.",
                        help_term=term, help_responsible="Marieke Hoekstra")
            svc.perform(t, "complete_step")
            svc.perform(t, "decide_melden", False, reasoning="Hulp is aanvaard.")
            svc.perform(t, "decide_hulp", True, reasoning="Hulp wordt georganiseerd.")
            clock.jump(term)  # evaluated on the agreed day
            svc.perform(t, "answer_question", Question.RESULTAAT, Answer.JA,
                        reasoning="De zorgen zijn verminderd.",
                        monitoring_agreements="Maandelijks contact met de ouders.")
            svc.perform(t, "close", reasoning="De hulp heeft resultaat.",
                        monitoring_agreements="Maandelijks contact met de ouders.")
            continue
        svc.perform(t, "complete_step")
        svc.perform(t, "decide_melden", True, reasoning="Meldnorm bereikt.")
        svc.perform(t, "decide_hulp", False, reasoning="Veilig Thuis beoordeelt eerst.")
        melding = start + timedelta(days=11)
        clock.jump(melding)
        svc.perform(t, "record_parents_informed", on=melding, how="Telefonisch door de IB.")
        svc.perform(t, "record_melding", on=melding, by_whom="Marieke Hoekstra",
                    vt_reference=f"VT-DEMO-{offset:04d}")
        answer = melding + timedelta(days=4)
        clock.jump(answer)
        svc.perform(t, "record_vt_response", on=answer,
                    summary="Veilig Thuis neemt de zaak over en houdt de school op de hoogte.")
        clock.jump(answer + timedelta(days=30))
        svc.perform(t, "record_nazorg", on=answer + timedelta(days=30),
                    text="Evaluatie met Veilig Thuis: hulp loopt; school blijft monitoren.")
        svc.perform(t, "close", reasoning="Veilig Thuis heeft de zaak overgenomen.",
                    monitoring_agreements="De leerkracht blijft signalen vastleggen.")
