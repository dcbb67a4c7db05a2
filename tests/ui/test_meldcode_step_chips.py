"""The compact step indicator (short of height, e.g. 12 pt on a laptop): every step
says what it is and where the trajectory stands, also the steps still to come.

Walk s34 (f02) and s35: in compact mode the steps still to come were bare grey digits
('2 3 4 5') on a grey field; nothing said they were steps, let alone which, and a
screen reader heard 'Stap 4: nog niet' without the step's name."""

from __future__ import annotations

import pytest

from zorgdesk.domain.meldcode import STEP_TITLES, Step
from zorgdesk.services.session import Session
from zorgdesk.ui.meldcode.tab import MeldcodeTab


@pytest.fixture
def tab(qtbot, demo_vault):
    session = Session(demo_vault)
    pupil = next(p for p in session.basedata.pupils() if p.display_name == "Noor Bouzid")
    widget = MeldcodeTab()
    qtbot.addWidget(widget)
    widget.set_context(session, pupil)
    widget.start_trajectory()
    assert widget.state.current_step is Step.SIGNALEN
    return widget


@pytest.mark.parametrize("compact", [True, False])
def test_steps_to_come_are_marked_and_named(tab, compact):
    tab.steps.set_compact(compact)
    labels = tab.steps.labels
    for step in (Step.CONSULTATIE, Step.GESPREK, Step.AFWEGEN, Step.BESLISSEN):
        label = labels[step]
        # A mark like the done (✔) and current (▶) steps have: an open circle, to do.
        assert label.text().startswith(f"○ {int(step)}"), label.text()
        assert "border" in label.styleSheet()  # a chip, not a loose digit
        title = STEP_TITLES[step].split(": ", 1)[1]
        assert label.accessibleName() == f"Stap {int(step)}: nog te doen ({title})"
        assert label.toolTip() == f"{STEP_TITLES[step]} (nog te doen)"
    assert labels[Step.SIGNALEN].text().startswith("▶ 1")
    assert labels[Step.SIGNALEN].accessibleName() == (
        "Stap 1: huidige stap (Signalen in kaart brengen)")
    assert "stap 4 nog te doen" in tab.steps.accessibleDescription()


def test_compact_chips_fit_their_text(tab):
    tab.steps.set_compact(True)
    tab.resize(900, 500)
    tab.show()
    for label in tab.steps.labels.values():
        assert label.width() >= label.sizeHint().width(), (label.text(), label.width())
