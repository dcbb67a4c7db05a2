"""The meldcode wizard shows the seed's own step for EGG and huwelijksdwang instead of the
generic guidance (seed 003 l.7845-7853), and says so when the sources give none."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import TODAY
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.meldcode import STEP1_QUESTIONS
from zorgdesk.domain.people import PupilDraft
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.ui.meldcode.info_panel import MeldcodeInfoPanel
from zorgdesk.ui.meldcode.steps import SPECS


@pytest.fixture
def session(new_vault):
    return Session(new_vault, FixedClock(TODAY))


def at_step(session, concern: str, step: int):
    pid = session.basedata.add_pupil(PupilDraft("Aisha", "Demir", date(2016, 3, 1),
                                                date(2020, 8, 24)))
    entry = session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(pid),), entry_date=date(2026, 11, 2), entry_time="08:30",
        location="Klas", signalled_by=SignalledBy(name="Ineke Test"),
        situation="Vertelt dat zij in de vakantie moet trouwen."))
    m = session.meldcode
    t = m.start(pid, start_date=date(2026, 11, 3)).id
    m.perform(t, "record_signals", logboek_ids=[entry], contra_signalen="geen",
              answers=dict.fromkeys(STEP1_QUESTIONS, "antwoord"), concern=concern)
    m.perform(t, "record_kindcheck", done=True, note="gedaan")
    m.perform(t, "record_siblings", siblings=[], note="geen broers of zussen op school")
    m.perform(t, "complete_step")
    if step == 3:
        m.perform(t, "record_collegial_consultation", with_whom="directeur",
                  on=date(2026, 11, 4), advice="VT bellen")
        m.perform(t, "record_vt_consultation", on=date(2026, 11, 4), anonymous=True,
                  contact_person="VT", question="Hoe verder?", advice="Eerst afstemmen",
                  next_steps="Plan", responsibilities="IB")
        m.perform(t, "complete_step")
    return pid, m.load(t)


@pytest.mark.parametrize(("concern", "step"), [("huwelijksdwang", 2),
                                               ("eergerelateerd_geweld", 3)])
def test_the_seeds_own_step_replaces_the_generic_guidance(qtbot, session, concern, step):
    pid, trajectory = at_step(session, concern, step)
    panel = MeldcodeInfoPanel()
    qtbot.addWidget(panel)
    panel.show_trajectory(session.meldcode, pid, trajectory)
    qtbot.wait(20)  # its queued scroll runs while the panel lives
    text = panel.guidance.toPlainText()
    assert "Bij " + concern.replace("_", " ") in text
    assert "Raadpleeg eerst Veilig Thuis" in text or "met Veilig Thuis afgestemd" in text
    assert "Bron:" in text
    generic = session.meldcode.guidance()["steps"][str(step)]["excerpts"][0]["text"]
    assert generic[:40] not in text
    if step == 2:
        missing = [panel.missing.item(i).text() for i in range(panel.missing.count())]
        assert any("raadpleeg Veilig Thuis vóór het gesprek" in m for m in missing)


def test_vgv_says_the_sources_give_no_own_step(qtbot, session):
    pid, trajectory = at_step(session, "vgv", 2)
    panel = MeldcodeInfoPanel()
    qtbot.addWidget(panel)
    panel.show_trajectory(session.meldcode, pid, trajectory)
    qtbot.wait(20)  # its queued scroll runs while the panel lives
    assert "geen eigen stap" in panel.guidance.toPlainText()


def test_the_step_1_form_offers_the_soort_zorg():
    field = next(f for f in SPECS[next(iter(SPECS))].fields if f.key == "concern")
    assert [v for v, _ in field.options] == ["algemeen", "eergerelateerd_geweld",
                                             "huwelijksdwang", "vgv", "radicalisering"]
