"""The Uitleg panel shows a step's sub-steps (1a, 1b ... / 6a, 6b ...) each on its own
line, as the seed has them, instead of one run-together heading."""

from __future__ import annotations

from datetime import date

from zorgdesk.ui.meldcode.info_panel import MeldcodeInfoPanel


def _guidance_lines(qtbot, session, pupil_id, trajectory) -> list[str]:
    panel = MeldcodeInfoPanel()
    qtbot.addWidget(panel)
    panel.show_trajectory(session.meldcode, pupil_id, trajectory)
    qtbot.wait(20)  # its queued scroll runs while the panel lives
    return [line.strip() for line in panel.guidance.toPlainText().splitlines()]


def test_nazorg_sub_steps_are_separate_lines(qtbot, session):
    minh = session.basedata.pupils("Minh")[0]
    trajectory = session.meldcode.for_pupil(minh.id)[0]
    assert trajectory.state.closed  # closed: the panel shows the nazorg guidance
    lines = _guidance_lines(qtbot, session, minh.id, trajectory)
    for sub_step in ("6a Nazorg", "6b Evaluatie", "6c documenteren"):
        assert sub_step in lines, lines
    assert not any("6a" in line and "6b" in line for line in lines)


def test_step_1_sub_steps_are_separate_lines(qtbot, session):
    zoe = session.basedata.pupils("Zoë")[0]
    assert session.meldcode.current(zoe.id) is None
    tid = session.meldcode.start(zoe.id, start_date=date(2026, 11, 20)).id
    lines = _guidance_lines(qtbot, session, zoe.id, session.meldcode.load(tid))
    assert lines[lines.index("Stap 1") + 1:lines.index("Stap 1") + 5] == [
        "1a In kaart brengen van signalen", "1b Kindcheck", "1c Zorgen bespreken",
        "1d Documenteren"]
