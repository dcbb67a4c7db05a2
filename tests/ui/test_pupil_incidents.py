"""Leerling > Incidenten van deze leerling: the incidents a pupil was involved in, with
his or her role, by keyboard from the chosen pupil, on a laptop screen (real widgets on
a copy of the demo vault: Sem Visser took the initiative, Mila Smit was affected)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from tests.conftest import TODAY
from tests.ui.screen_fit import fit_problems, mnemonic_clashes, place_in_work_area
from zorgdesk.domain.people import PupilDraft
from zorgdesk.ui import main_window as main_window_module
from zorgdesk.ui.peer_incident import pupil_incidents as module
from zorgdesk.ui.peer_incident.pupil_incidents import PupilIncidentsDialog


def pupil(session, name):
    return next(p for p in session.basedata.pupils() if p.display_name == name)


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    place_in_work_area(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_each_pupil_sees_the_incident_with_his_or_her_own_role(qtbot, session):
    sem = shown(qtbot, PupilIncidentsDialog(session, pupil(session, "Sem Visser")))
    assert sem.incidents.count() == 1
    line = sem.incidents.item(0).text()
    assert "Rol: leerling die initiatief neemt; vlag geel" in line
    assert "open" in line and "omgangsregels: evaluatie 18-12-2026" in line
    mila = shown(qtbot, PupilIncidentsDialog(session, pupil(session, "Mila Smit")))
    assert "Rol: leerling die iets overkomt" in mila.incidents.item(0).text()
    assert "vlag" not in mila.incidents.item(0).text()


def test_the_history_leaves_out_the_other_pupils_own_steps(qtbot, session):
    mila = shown(qtbot, PupilIncidentsDialog(session, pupil(session, "Mila Smit")))
    lines = [mila.history.item(i).text() for i in range(mila.history.count())]
    assert any("Actieplan" in line for line in lines)  # the whole incident
    assert any("Mila Smit: leerling die iets overkomt" in line for line in lines)
    assert any("Sem Visser: leerling die initiatief neemt" in line for line in lines)
    assert not any("Sem Visser: vlag geel" in line for line in lines)  # Sem's own step
    assert not any("Gesprek met de ouders van Sem" in line for line in lines)
    sem = shown(qtbot, PupilIncidentsDialog(session, pupil(session, "Sem Visser")))
    lines = [sem.history.item(i).text() for i in range(sem.history.count())]
    assert any("Sem Visser: vlag geel" in line for line in lines)
    assert not any("Gesprek met de ouders van Mila" in line for line in lines)


def test_a_pupil_without_incidents_is_told_so(qtbot, session):
    zoe = shown(qtbot, PupilIncidentsDialog(session, pupil(session, "Zoë van der Berg")))
    assert zoe.incidents.count() == 0 and zoe.empty.isVisible()
    assert "bij geen enkel incident" in zoe.empty.text()
    assert not zoe.open_button.isEnabled()


def test_enter_opens_the_incident_and_a_new_incident_shows_up(qtbot, session, monkeypatch):
    sem_pupil = pupil(session, "Sem Visser")
    opened = []

    def run(dialog):
        opened.append(dialog.current_id())
        s = session.peer_incidents
        stored = s.start(occurred_on=TODAY - timedelta(days=1), reported_on=TODAY,
                         location="Gymzaal", description="Duwen in de kleedkamer.",
                         reported_by="meester Rachid")
        s.perform(stored.id, "add_pupil", sem_pupil.id, "overkomt", "werd geduwd")
        return 0

    monkeypatch.setattr(module, "run_modal", run)
    dialog = shown(qtbot, PupilIncidentsDialog(session, sem_pupil))
    first = dialog.current_id()
    assert dialog.incidents.hasFocus()
    qtbot.keyClick(dialog.incidents, Qt.Key.Key_Return)
    assert opened == [first]
    assert dialog.incidents.count() == 2  # reloaded: the one recorded meanwhile
    assert "Gymzaal" in dialog.incidents.item(0).text()
    assert "Rol: leerling die iets overkomt" in dialog.incidents.item(0).text()


def test_it_fits_the_laptop_screen_with_one_control_per_alt_letter(qtbot, session):
    dialog = shown(qtbot, PupilIncidentsDialog(session, pupil(session, "Sem Visser")))
    problems = fit_problems(dialog, "Incidenten van deze leerling") + mnemonic_clashes(
        dialog, "Incidenten van deze leerling")
    assert not problems, "\n".join(problems)
    for widget in (dialog.incidents, dialog.history, dialog.open_button):
        assert widget.accessibleName()


def test_reachable_from_the_chosen_pupil_by_the_menu(qtbot, controller, monkeypatch):
    seen = []
    monkeypatch.setattr(main_window_module, "run_modal",
                        lambda d: seen.append((d.windowTitle(), d.incidents.count())) or 0)
    window = controller.window
    action = window.pupil_incidents_action
    assert action.text() == "I&ncidenten van deze leerling…"
    assert action in window.pupil_menu.actions()
    window.select_pupil(pupil(controller.session, "Sem Visser").id)
    action.trigger()
    assert seen == [("Incidenten van Sem Visser — ZorgDesk", 1)]


def test_a_pupil_added_later_without_incidents(qtbot, session):
    pid = session.basedata.add_pupil(PupilDraft("Anaïs", "Bakker", TODAY - timedelta(days=3000),
                                                TODAY - timedelta(days=400)))
    dialog = shown(qtbot, PupilIncidentsDialog(session, session.basedata.pupil(pid)))
    assert dialog.incidents.count() == 0
