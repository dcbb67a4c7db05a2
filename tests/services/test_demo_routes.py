"""The demo vault holds a record of each route (issue 22): an open meldcode trajectory
for eergerelateerd geweld that waits for Veilig Thuis, a staff-abuse dossier with the
aangifte done, the incident between pupils, and last year's trajectories."""

from __future__ import annotations

from tests.conftest import TODAY
from zorgdesk.domain.meldcode import Step, missing_requirements
from zorgdesk.domain.meldcode.concern import Concern
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session


def test_every_route_has_a_demo_record(demo_vault):
    session = Session(demo_vault, FixedClock(TODAY))
    isabella = session.basedata.pupils("Isabella Rossi")[0]
    egg = session.meldcode.current(isabella.id).state
    assert egg.concern is Concern.EERGERELATEERD_GEWELD and not egg.closed
    assert egg.current_step is Step.CONSULTATIE and not egg.vt_consultations
    assert any("raadpleeg Veilig Thuis vóór het gesprek" in m
               for m in missing_requirements(egg))
    (case,) = session.staff_abuse.all()
    saar = session.basedata.pupils("Saar van Leeuwen")[0]
    assert case.pupil_id == saar.id and case.state.reasonable_suspicion is True
    assert case.state.aangifte_on is not None and not case.state.closed
    assert len(session.peer_incidents.all()) == 1
