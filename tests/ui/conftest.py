"""Fixtures shared by the UI tests."""

from __future__ import annotations

import pytest

from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui import messages
from zorgdesk.ui.app import AppController


@pytest.fixture
def controller(qtbot, demo_path, monkeypatch):
    """The app unlocked on a copy of the demo vault; result messages are collected in
    ``messages._sink`` instead of opening boxes. A module may define its own."""
    monkeypatch.setattr(messages, "_sink", [])
    ctl = AppController(demo_path)
    qtbot.addWidget(ctl.window)
    ctl._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    yield ctl
    ctl.shutdown()


@pytest.fixture
def tab(qtbot, session):
    """Zoë's Logboek tab on the demo vault (a module may define its own ``tab``)."""
    from zorgdesk.ui.logbook.tab import LogbookTab

    widget = LogbookTab()
    qtbot.addWidget(widget)
    widget.set_context(session, session.basedata.pupils("Zoë")[0])
    return widget


@pytest.fixture
def choose_dossier(controller):
    """``choose_dossier(name)``: open that pupil's dossier in the main window."""

    def choose(name: str):
        pupil = next(p for p in controller.session.basedata.pupils()
                     if p.display_name == name)
        assert controller.window.select_pupil(pupil.id)
        return pupil

    return choose


@pytest.fixture
def from_menu(qtbot, monkeypatch):
    """``from_menu(action)``: the dialog a menu action opens, built but not shown."""

    def trigger(action):
        opened = []
        with monkeypatch.context() as patched:
            patched.setattr("zorgdesk.ui.app.run_modal", lambda d: opened.append(d) or 0)
            action.trigger()
        [dialog] = opened
        qtbot.addWidget(dialog)
        return dialog

    return trigger


@pytest.fixture
def incidents_from_zoe(controller, choose_dossier, from_menu):
    """(controller, Incidenten tussen leerlingen) opened from Zoë's dossier."""
    choose_dossier("Zoë van der Berg")
    return controller, from_menu(controller.window.incidents_action)


@pytest.fixture
def save_new_incident():
    """``save_new_incident(form, **values)``: the new-incident form filled as the IB
    would (``values`` change a field) and saved; a step form of another kind is left
    unsaved. Returns what ``run_modal`` would (truthy when saved)."""
    from tests.ui.step_forms import fill
    from zorgdesk.ui.peer_incident.steps import START

    def save(form, **values) -> int:
        if not form.windowTitle().startswith(START.title):
            return 0
        fill(form, **{"occurred_on": "20-11-2026", "reported_on": "20-11-2026",
                      "location": "Speelplein", "reported_by": "Rachid El Idrissi",
                      "description": "Bij de glijbaan duwde F. een klasgenoot.", **values})
        form.save()
        return form.saved

    return save
