"""Demo: Daan van der Berg's case as it goes to Veilig Thuis (meldcode step 2).

Builds on his existing logboek entry (sleeps in the kring, wakes up at night from
shouting) and his family in the demo (moeder Ingrid, vader Maarten, zus Zoë in groep 5;
juf Fatma Yıldız in groep 3). His anonymous summary shows every kind of identifier:
his name as nickname ("Daantje"), possessive ("Daans") and in lower case, parents and
sister by name, a teacher, a classmate (Sem Visser), a person the vault does not know
(Gerdien Smulders, the father's new partner), an address with postcode, a phone number,
an e-mail address and a date, plus signals, a contra-signal and a conversation with
SMART agreements. All people are invented.

His records write his sister as "Zoe" (no diacritic, as people often type it); deleting
HER records under retention then still leaves his, which is correct: they are his.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from zorgdesk.domain.conversations.draft import ConversationDraft
from zorgdesk.domain.conversations.smart import SmartAgreement
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.signals.check import CheckDraft, TickDraft
from zorgdesk.services.clock import Clock, FixedClock
from zorgdesk.services.session import Session

PUPIL = "Daan van der Berg"
TEACHER = "Fatma Yıldız"
UNKNOWN_PERSON = "Gerdien Smulders"   # not in the vault: only a detector can find her
ADDRESS = "Kastanjelaan 14"
POSTCODE = "7391 KB"
UNKNOWN_PHONE = "06-48151623"         # not a guardian's number: found by the detector
UNKNOWN_EMAIL = "m.vdberg@voorbeeld.nl"
KM = "km4-12"


def mail_date(today: date) -> date:
    return today - timedelta(days=12)


def situations(today: date) -> list[str]:
    """The logboek texts, oldest first (also used by tests to know what went in)."""
    return [
        "Daantje vertelde in de kring dat hij sinds de verhuizing om het weekend bij papa "
        f"slaapt, in het nieuwe huis aan de {ADDRESS}, {POSTCODE} Weidebeek. Daar woont "
        f"ook {UNKNOWN_PERSON}, de nieuwe vriendin van vader. \"Gerdien schreeuwt als ik "
        "huil,\" zei daan. Zijn zus Zoe slaapt daar ook.",
        "Daans tas stond om 08:30 nog in de gang; hij kwam om 09:10 de klas in. "
        "Klasgenoot Sem Visser vertelde aan juf Fatma dat Daan op vrijdag \"niet naar papa "
        "wil\". Daan begon toen te huilen.",
        f"Vader belde vanaf {UNKNOWN_PHONE} en stuurde op "
        f"{mail_date(today).strftime('%d-%m-%Y')} een mail vanaf {UNKNOWN_EMAIL}, "
        "ondertekend met \"Maarten van der Berg\": voortaan haalt zijn vriendin Daan op "
        "vrijdag om 12:00 op. Moeder Ingrid wist hier niet van, zei zij op 06-11223344.",
    ]


COUNTER = ("Moeder vertelt dat Daan deze week weer doorslaapt en dat hij graag bij opa en "
           "oma logeert.")


def seed(session, pupil_ids: dict[str, int], today: date) -> None:
    if PUPIL not in pupil_ids:
        return
    daan = pupil_ids[PUPIL]
    ib = session.vault.user.name
    entries = _logbook(session, daan, today)
    Session(session.vault, FixedClock(today)).signals.save_check(daan, CheckDraft(
        KM, today - timedelta(days=11), f"{TEACHER} (leerkracht groep 3)", (
            TickDraft(f"{KM}.lichamelijk.07", "valt op maandag en vrijdag in de kring in slaap"),
            TickDraft(f"{KM}.gedrag-kind-overig.01", "huilt als het over vrijdag gaat"),
            TickDraft(f"{KM}.gedrag-ouder.08", "moeder komt op elke afspraak", True))))
    _conversation(session, daan, today)
    _meldcode_at_step_2(session, daan, entries, today - timedelta(days=7), ib)


def _logbook(session, daan: int, today: date) -> list[int]:
    logbook = Session(session.vault, FixedClock(today)).logbook
    staff = {s.name: str(s.id) for s in session.basedata.staff()}
    texts = situations(today)
    entries = []
    for days_ago, text, who, counter in ((24, texts[0], TEACHER, False),
                                        (13, texts[1], TEACHER, False),
                                        (12, texts[2], None, False),
                                        (9, COUNTER, None, True)):
        signalled = (SignalledBy(staff_id=staff[who]) if who
                     else SignalledBy(name=session.vault.user.name))
        entries.append(logbook.add_entry(LogbookEntryDraft(
            pupil_ids=(str(daan),), entry_date=today - timedelta(days=days_ago),
            entry_time="10:00", location="Klaslokaal groep 3" if who else "Kamer IB",
            signalled_by=signalled, situation=text, domain="opvallend_gedrag",
            counter_signal=counter)))
    return entries[:3]


def _conversation(session, daan: int, today: date) -> None:
    held = today - timedelta(days=9)
    Session(session.vault, FixedClock(today)).conversations.plan(daan, ConversationDraft(
        kind="regulier", on=held, at="15:00", place="Kamer van de intern begeleider",
        subject="Daan is moe en wil op vrijdag niet naar vader",
        staff=((TEACHER, "Leerkracht groep 3"), (session.vault.user.name, "Intern begeleider")),
        guardians=(("Ingrid van der Berg", "moeder"),),
        phase_notes={"gesprek": "Moeder herkent dat Daan moe is na het weekend bij vader."},
        follow_up_on=held + timedelta(days=28),
        agreements=(
            SmartAgreement("Daan gaat om 19.30 uur naar bed, ook in het weekend bij moeder.",
                           "Moeder houdt twee weken een slaapschema bij.",
                           "Ingrid van der Berg (moeder)", held + timedelta(days=14),
                           True, True),
            SmartAgreement("De leerkracht noteert elke maandag en vrijdag hoe Daan de dag "
                           "begint.", "Notities in het logboek, besproken met de IB.",
                           TEACHER, held + timedelta(days=28), True, True))))


class _StepClock(Clock):
    """Each reading of the time is one step later (event times of the demo)."""

    def __init__(self, at: datetime, step: timedelta) -> None:
        self.at, self.step = at, step

    def now(self) -> datetime:
        self.at += self.step
        return self.at


def _meldcode_at_step_2(session, daan: int, entries: list[int], start: date, ib: str) -> None:
    """Step 1 done, step 2 (consultation) begun: the summary is made from here."""
    clock = _StepClock(datetime.combine(start, time(9, 0)), timedelta(minutes=9))
    svc = Session(session.vault, clock).meldcode
    t = svc.start(daan, start_date=start).id
    svc.perform(t, "record_signals", logboek_ids=entries, contra_signalen=(
        "Moeder herkent de zorgen en komt op elke afspraak."), answers={
        "welke_signalen": "Moe in de kring, wil op vrijdag niet naar vader, vertelt over "
                          "schreeuwen in het huis van vader.",
        "hoe_vaak": "Vier keer in de afgelopen drie weken.",
        "situaties": "Vooral op maandag en vrijdag, rond het weekend bij vader.",
        "meer_leerlingen": "Zijn zus; zie broers en zussen.",
        "normale_ontwikkeling": "Past niet bij de normale ontwikkeling voor deze leeftijd.",
        "eerder_gedrag": "Nee, dit is nieuw sinds de verhuizing.",
        "eerdere_zorgen": "Ja, zorggesprek met moeder over zijn zus.",
    })
    svc.perform(t, "record_kindcheck", done=True,
                note="Bij de ouders zijn geen omstandigheden bekend die kinderen in gevaar "
                     "brengen.")
    # Written as a role: her name in HIS trajectory would outlive her own retention.
    svc.perform(t, "record_siblings", siblings=[],
                note="Zus in groep 5; voor haar loopt een eigen zorgtraject.")
    svc.perform(t, "complete_step")
    clock.at = datetime.combine(start + timedelta(days=1), time(12, 0))
    svc.perform(t, "record_collegial_consultation", with_whom="Johan de Wit (directeur)",
                on=start + timedelta(days=1),
                advice="Veilig Thuis anoniem raadplegen met de anonieme casus.")
