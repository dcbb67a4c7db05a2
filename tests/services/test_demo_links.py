"""Every record a demo dossier links is the same pupil's own record.

A meldcode dossier prints the titles of what it links, so a link to another child's
zorggesprek, logboekregel or signalenlijst would show that child's record in this
child's dossier (the demo once linked conversation 1 from every trajectory).
"""

from __future__ import annotations

from tests.conftest import TODAY
from zorgdesk.domain.meldcode import EventKind
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session


def _links(trajectory) -> list[tuple[str, int]]:
    return [link for event in trajectory.meldcode.events for link in _event_links(event)]


def _event_links(event) -> list[tuple[str, int]]:
    found = []
    if event.kind is EventKind.GESPREK_GEKOPPELD:
        found.append(("conversations", int(event.answer["zorggesprek_id"])))
    found += [("logbook", int(i)) for i in event.answer.get("logboek_ids", ())]
    found += [("signals", int(i)) for i in event.answer.get("signal_check_ids", ())]
    return found


def _owners(session: Session, source: str, record_id: int) -> set[int]:
    if source == "conversations":
        return {session.conversations.get(record_id).pupil_id}
    if source == "logbook":
        return {int(p) for p in session.logbook.item(record_id).pupil_ids}
    return {session.signals.check(record_id).pupil_id}


def test_every_demo_meldcode_link_is_the_pupils_own_record(demo_vault):
    session = Session(demo_vault, FixedClock(TODAY))
    names = {p.id: p.display_name for p in session.basedata.pupils()}
    links = []
    for summary in session.meldcode.trajectories(TODAY, include_closed=True):
        trajectory = session.meldcode.load(summary.id)
        for source, record_id in _links(trajectory):
            links.append((names[trajectory.pupil_id], source, record_id))
            assert trajectory.pupil_id in _owners(session, source, record_id), (
                f"{names[trajectory.pupil_id]}: {source} {record_id}")
    linked_talks = {name for name, source, _id in links if source == "conversations"}
    # Bram's trajectory skips the conversation for his safety; the others link their own.
    assert {"Emre Çelik", "Daniëlle van Dijk", "Minh Nguyen"} <= linked_talks
    assert "Bram de Jong" not in linked_talks
    assert len({record_id for _n, source, record_id in links
                if source == "conversations"}) == sum(
        1 for _n, source, _id in links if source == "conversations")  # no talk shared


def test_minh_has_his_own_parents_conversation_linked(demo_vault):
    session = Session(demo_vault, FixedClock(TODAY))
    minh = session.basedata.pupils("Minh")[0]
    own = session.conversations.for_pupil(minh.id)
    trajectory = session.meldcode.for_pupil(minh.id)[0]
    linked = [int(e.answer["zorggesprek_id"]) for e in trajectory.meldcode.events
              if e.kind is EventKind.GESPREK_GEKOPPELD]
    assert linked == [c.id for c in own]
    talk = own[0].gesprek
    assert {g.name for g in talk.attendees.guardians} == {"Thi Lan Nguyen", "Van Minh Nguyen"}
    # The printed dossier names the conversation by its title, not as another child's.
    assert "niet (meer) bij deze leerling" not in " ".join(
        session.meldcode.printed_link("conversations", linked[0], minh.id).split())


def _record_day(session: Session, source: str, record_id: int):
    if source == "conversations":
        return session.conversations.get(record_id).gesprek.on
    if source == "logbook":
        return session.logbook.item(record_id).current.content.entry_date
    return session.signals.check(record_id).checked_on


def test_every_demo_meldcode_link_happened_before_the_step_that_links_it(demo_vault):
    """A step records what was done: a zorggesprek linked as 'gesprek met ouders
    gevoerd' was held by then (Emre's dossier once linked his talk planned a week ahead,
    Daniëlle's one held six weeks after her dossier was closed)."""
    session = Session(demo_vault, FixedClock(TODAY))
    names = {p.id: p.display_name for p in session.basedata.pupils()}
    checked = 0
    for summary in session.meldcode.trajectories(TODAY, include_closed=True):
        trajectory = session.meldcode.load(summary.id)
        for event in trajectory.meldcode.events:
            for source, record_id in _event_links(event):
                day = _record_day(session, source, record_id)
                assert day <= event.timestamp.date() <= TODAY, (
                    names[trajectory.pupil_id], source, day, event.timestamp.date())
                checked += 1
    assert checked >= 6

