"""MeldcodeService on a real vault: append-only events, replay, one open trajectory."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from tests.refusals import refused
from zorgdesk.domain.conversations.draft import ConversationDraft
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.meldcode import (
    Answer,
    ConversationSkipReason,
    MeldcodeError,
    Outcome,
    Question,
    Step,
)
from zorgdesk.domain.signals.check import CheckDraft, TickDraft
from zorgdesk.services import clock as services_clock
from zorgdesk.services.meldcode.service import MeldcodeService
from zorgdesk.services.session import Session

STEP1_ANSWERS = {
    "welke_signalen": "Blauwe plekken op de bovenarm, twee keer gezien.",
    "hoe_vaak": "Twee keer in drie weken.",
    "situaties": "Na het weekend.",
    "meer_leerlingen": "Nee.",
    "normale_ontwikkeling": "Past niet bij normaal spel.",
    "eerder_gedrag": "Nee.",
    "eerdere_zorgen": "Nee.",
}


class Clock(services_clock.Clock):
    """Advances a minute per reading, so event times are strictly ordered."""

    def __init__(self, start: datetime) -> None:
        self.t = start

    def now(self) -> datetime:
        self.t += timedelta(minutes=1)
        return self.t


def service_for(vault, start=datetime(2026, 11, 20, 9, 0)) -> MeldcodeService:
    return Session(vault, Clock(start)).meldcode


def pupil_id(vault, name="Noor Bouzid") -> int:
    session = Session(vault)
    return next(p.id for p in session.basedata.pupils() if p.display_name == name)


def own_records(svc: MeldcodeService, pid: int) -> tuple[int, int]:
    """A signalenlijst and a logboek entry of this pupil: a dossier links only the
    pupil's own records (the session's service checks every link)."""
    day = date(2026, 11, 19)
    check = svc.links.signals.save_check(pid, CheckDraft("km4-12", day, "Ineke Test", (
        TickDraft("km4-12.gezin.02"),)))
    entry = svc.links.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(pid),), entry_date=day, entry_time="08:30", location="Klaslokaal",
        signalled_by=SignalledBy(name="Ineke Test"), situation="Blauwe plek op de arm."))
    return check, entry


def own_talk(svc: MeldcodeService, pid: int) -> int:
    """A zorggesprek of this pupil, for step 3."""
    return svc.links.conversations.plan(pid, ConversationDraft(
        kind="regulier", on=date(2026, 11, 20), at="15:30", place="Kamer IB",
        subject="Zorgen thuis", staff=(("Marieke Hoekstra", "Aandachtsfunctionaris"),),
        guardians=(("Ouder van het kind", "moeder"),)))


def walk_to_step3(svc: MeldcodeService, pid: int):
    check, entry = own_records(svc, pid)
    t = svc.start(pid, start_date=date(2026, 11, 20))
    svc.perform(t.id, "record_signals", signal_check_ids=[check], logboek_ids=[str(entry)],
                contra_signalen="Noor is vrolijk in de klas.", answers=STEP1_ANSWERS)
    svc.perform(t.id, "record_kindcheck", done=True, note="Geen aanwijzingen bij ouders.")
    svc.perform(t.id, "record_siblings", siblings=["Adam Bouzid"],
                note="Adam in groep 5: geen signalen.")
    svc.perform(t.id, "complete_step")
    svc.perform(t.id, "record_collegial_consultation", with_whom="Johan de Wit",
                on=date(2026, 11, 20), advice="Veilig Thuis anoniem raadplegen.")
    svc.perform(t.id, "record_vt_consultation", on=date(2026, 11, 20), anonymous=True,
                contact_person="Mw. Kramer", question="Hoe verder?", advice="Gesprek.",
                next_steps="Afwegingskader doorlopen.", responsibilities="IB: dossier.")
    return svc.perform(t.id, "complete_step")


def walk_to_step4(svc: MeldcodeService, pid: int, skip=True):
    t = walk_to_step3(svc, pid)
    if skip:
        svc.perform(t.id, "skip_conversation", ConversationSkipReason.VEILIGHEID_KIND,
                    reasoning="Vader reageerde eerder dreigend.")
    else:
        svc.perform(t.id, "link_conversation", own_talk(svc, pid))
    return svc.perform(t.id, "complete_step")


def walk_to_melding(svc: MeldcodeService, pid: int):
    t = walk_to_step4(svc, pid)
    svc.perform(t.id, "answer_question", Question.VERMOEDEN, Answer.JA,
                reasoning="Herhaalde verwondingen.", bevoegd_gezag_informed=True)
    svc.perform(t.id, "answer_question", Question.VEILIGHEID, Answer.TWIJFEL,
                reasoning="Onduidelijk of het thuis veilig is.")
    svc.perform(t.id, "complete_step")
    svc.perform(t.id, "decide_melden", True, reasoning="Twijfel over veiligheid: melden.")
    svc.perform(t.id, "decide_hulp", False, reasoning="Eerst oordeel Veilig Thuis.")
    svc.perform(t.id, "record_parents_informed", on=date(2026, 11, 20),
                how="Telefonisch met moeder.")
    return svc.perform(t.id, "record_melding", on=date(2026, 11, 20),
                       by_whom="Marieke Hoekstra", vt_reference="VT-2026-0042")


def test_full_path_to_melding_and_reload(demo_vault):
    svc = service_for(demo_vault)
    pid = pupil_id(demo_vault)
    t = walk_to_melding(svc, pid)
    state = t.state
    assert state.current_step is Step.BESLISSEN
    assert state.outcome is Outcome.MELDEN and state.meldnorm == 1
    assert state.melding_done and state.vt_reference == "VT-2026-0042"
    assert len(state.signal_check_ids) == 1 and len(state.logboek_ids) == 1
    assert all(svc.links.belongs_to(source, int(i), pid) for source, ids in (
        ("signals", state.signal_check_ids), ("logbook", state.logboek_ids)) for i in ids)
    reloaded = Session(demo_vault).meldcode.load(t.id)
    assert reloaded.meldcode.events == t.meldcode.events
    assert reloaded.state.outcome is Outcome.MELDEN
    assert demo_vault.verify() == []
    assert svc.rapportage(t.id)["Melding gedaan"].startswith("Ja, op 20-11-2026")


def test_reload_after_reopen_replays_same_state(demo_path):
    from zorgdesk.services.demo.school import DEMO_PASSPHRASE
    from zorgdesk.store.vault import Vault

    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        t = walk_to_step4(service_for(vault), pupil_id(vault))
        events = t.meldcode.events
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        again = Session(vault).meldcode.load(t.id)
    assert again.meldcode.events == events
    assert again.state.current_step is Step.AFWEGEN
    assert again.state.conversation_skipped is ConversationSkipReason.VEILIGHEID_KIND


def test_events_are_append_only_in_the_database(demo_vault):
    svc = service_for(demo_vault)
    t = walk_to_step4(svc, pupil_id(demo_vault))
    with pytest.raises(Exception, match="alleen-toevoegen"), demo_vault.transaction() as cur:
        cur.execute("UPDATE meldcode_event SET event = '{}' WHERE trajectory_id = ?",
                    (t.id,))
    with pytest.raises(Exception, match="alleen-toevoegen"), demo_vault.transaction() as cur:
        cur.execute("DELETE FROM meldcode_event WHERE trajectory_id = ?", (t.id,))
    with pytest.raises(Exception, match="alleen-toevoegen"), demo_vault.transaction() as cur:
        cur.execute("UPDATE meldcode_trajectory SET leader = 'x'")
    count = demo_vault.read().execute(
        "SELECT COUNT(*) FROM meldcode_event WHERE trajectory_id = ?", (t.id,)).fetchone()[0]
    assert count == len(t.meldcode.events)


def test_each_action_adds_one_event_and_one_audit_row(demo_vault):
    svc = service_for(demo_vault)
    t = svc.start(pupil_id(demo_vault))
    audits = demo_vault.read().execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    svc.perform(t.id, "record_kindcheck", done=False, note="Nog niet nagevraagd.")
    assert len(svc.load(t.id).meldcode.events) == 2
    actions = [r[0] for r in demo_vault.read().execute(
        "SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")]
    assert actions == ["meldcode.kindcheck"]
    assert demo_vault.read().execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == audits + 1


def test_second_open_trajectory_is_refused(demo_vault):
    svc = service_for(demo_vault)
    pid = pupil_id(demo_vault)
    svc.start(pid)
    with refused(MeldcodeError, match="loopt al een meldcodetraject"):
        svc.start(pid)
    assert len(svc.for_pupil(pid)) == 1


def test_refused_action_stores_nothing(demo_vault):
    svc = service_for(demo_vault)
    t = svc.start(pupil_id(demo_vault))
    with refused(MeldcodeError, match="stap 4"):
        svc.perform(t.id, "answer_question", 1, "ja", reasoning="x",
                    bevoegd_gezag_informed=True)
    with refused(MeldcodeError, match="Stap 1 is nog niet af"):
        svc.perform(t.id, "complete_step")
    with refused(MeldcodeError, match="geen geldig nummer"):
        svc.perform(t.id, "record_signals", signal_check_ids=["drie"], contra_signalen="x")
    assert len(svc.load(t.id).meldcode.events) == 1


def test_step3_refuses_a_conversation_that_is_only_planned(demo_vault):
    """The talk with the parents must have taken place: the service refuses a planned
    zorggesprek under the picker's field (not only the picker hides it), and accepts
    the same conversation once its day has come."""
    svc = service_for(demo_vault)  # 20-11-2026
    pid = pupil_id(demo_vault)
    t = walk_to_step3(svc, pid)
    assert t.state.current_step == Step.GESPREK
    planned = svc.links.conversations.plan(pid, ConversationDraft(
        kind="regulier", on=date(2026, 11, 27), at="15:30", place="Kamer IB",
        subject="Zorgen thuis", staff=(("Marieke Hoekstra", "Aandachtsfunctionaris"),),
        guardians=(("Ouder van het kind", "moeder"),)))
    events = len(svc.load(t.id).meldcode.events)
    with refused(MeldcodeError, match="gepland op 27-11-2026 en heeft nog niet "
                 "plaatsgevonden", field="zorggesprek_id"):
        svc.perform(t.id, "link_conversation", planned)
    assert len(svc.load(t.id).meldcode.events) == events
    later = service_for(demo_vault, datetime(2026, 11, 27, 16, 0))
    linked = later.perform(t.id, "link_conversation", planned)
    assert linked.state.events[-1].answer["zorggesprek_id"] == str(planned)


def test_a_linked_talk_is_dated_by_the_day_it_was_held(demo_vault):
    """Step 3 linked on 30-11 for a talk held on 27-11: the rapportage's activities
    and the anonymised summary date the talk, not the linking (walk s29: the rapportage
    read 'Gesprek met ouders gekoppeld: 05-12' for a talk of 03-12)."""
    from zorgdesk.domain.meldcode.rapportage import activities, event_day

    svc = service_for(demo_vault)  # 20-11-2026
    pid = pupil_id(demo_vault)
    t = walk_to_step3(svc, pid)
    talk = svc.links.conversations.plan(pid, ConversationDraft(
        kind="regulier", on=date(2026, 11, 27), at="15:30", place="Kamer IB",
        subject="Zorgen thuis", staff=(("Marieke Hoekstra", "Aandachtsfunctionaris"),),
        guardians=(("Ouder van het kind", "moeder"),)))
    later = service_for(demo_vault, datetime(2026, 11, 30, 10, 0))
    later.perform(t.id, "link_conversation", talk)
    state = later.load(t.id).state  # read back from the vault
    event = state.events[-1]
    assert event.timestamp.date() == date(2026, 11, 30)
    assert event_day(event) == date(2026, 11, 27)
    assert "Gesprek met ouders gevoerd: 27-11-2026" in activities(state)
    assert not any("30-11-2026" in line for line in activities(state)
                   if line.startswith("Gesprek"))


def test_going_back_needs_reasoning_and_keeps_history(demo_vault):
    svc = service_for(demo_vault)
    t = walk_to_step4(svc, pupil_id(demo_vault), skip=False)
    (talk,) = t.state.zorggesprek_ids
    assert svc.links.belongs_to("conversations", int(talk), t.pupil_id)
    with refused(MeldcodeError, match="onderbouwing"):
        svc.perform(t.id, "go_back", 2, reasoning="  ")
    back = svc.perform(t.id, "go_back", 2, reasoning="Nieuw advies van Veilig Thuis nodig.")
    assert back.state.current_step is Step.CONSULTATIE
    assert len(back.meldcode.events) == len(t.meldcode.events) + 1
    assert svc.load(t.id).meldcode.events[:-1] == t.meldcode.events


def test_overview_reminders_and_siblings(demo_vault):
    svc = service_for(demo_vault)
    pid = pupil_id(demo_vault)
    walk_to_melding(svc, pid)
    summaries = svc.trajectories(today=date(2026, 11, 25))
    noor = next(s for s in summaries if s.pupil_name == "Noor Bouzid")
    assert noor.days_since_start == 5 and noor.current_step is Step.BESLISSEN
    assert "Terugkoppeling Veilig Thuis uiterlijk 27-11-2026" in noor.deadlines
    overdue = dict(svc.reminders(today=date(2026, 12, 1)))
    assert "Neem contact op met Veilig Thuis" in overdue["Noor Bouzid"]
    assert svc.siblings_at_school(pid) == ["Adam Bouzid"]
    # Without the pupil no title, and never the vault's internal id of a list.
    assert svc.link_title("signals", 3) == "Signalenlijst (niet gevonden bij deze leerling)"


def test_demo_has_a_trajectory_per_outcome(demo_vault):
    svc = Session(demo_vault).meldcode
    everything = {s.pupil_name: s for s in svc.trajectories(date(2026, 11, 25),
                                                            include_closed=True)}
    emre = everything["Emre Çelik"]
    assert emre.current_step is Step.AFWEGEN and not emre.closed
    assert len(svc.load(emre.id).state.vt_consultations) == 1
    assert everything["Daniëlle van Dijk"].closed
    assert everything["Daniëlle van Dijk"].outcome is Outcome.AFSLUITEN
    assert everything["Minh Nguyen"].closed
    assert everything["Minh Nguyen"].outcome is Outcome.AFSLUITEN_NA_HULP
    bram = svc.load(everything["Bram de Jong"].id).state
    assert bram.melding_done and bram.meldnorm == 1 and not bram.closed
    assert demo_vault.verify() == []


def test_overview_replays_only_trajectories_whose_events_changed(demo_vault, monkeypatch):
    """Issue 23: the overview keeps replayed states while their events stay the same."""
    from zorgdesk.domain.meldcode import Answer, Question
    from zorgdesk.services.meldcode import service as module

    svc = Session(demo_vault).meldcode
    first = svc.overview()
    replayed = []
    real = module.replay
    monkeypatch.setattr(module, "replay", lambda events: replayed.append(1) or real(events))
    assert svc.overview() == first and replayed == [], "nothing changed: nothing replayed"
    emre = next(s for s in first[0] if s.pupil_name == "Emre Çelik")
    svc.perform(emre.id, "answer_question", Question.VEILIGHEID, Answer.NEE,
                reasoning="Geen direct gevaar; ouders zijn bereikbaar.")
    again = svc.overview()
    assert replayed == [1], "only the trajectory with a new event"
    assert again == Session(demo_vault).meldcode.overview(), "same as a fresh replay"
