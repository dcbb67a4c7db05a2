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
def manage_dialog(qtbot, demo_path):
    """Leerlingen beheren on its own session of a copy of the demo vault."""
    from zorgdesk.ui.pupils.manage_dialog import ManageDialog

    session = Session.open(demo_path, DEMO_PASSPHRASE)
    dialog = ManageDialog(session)
    qtbot.addWidget(dialog)
    yield dialog
    session.close()


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


# -- typing, the idle lock, unlocking, reopening (tests of 'nothing typed is lost') ------

@pytest.fixture
def shown(qtbot):
    """``shown(form)``: the form shown on screen (exposed), returned."""

    def show(form):
        form.show()
        qtbot.waitExposed(form)
        return form

    return show


@pytest.fixture
def window_close():
    """``window_close(form)``: what the X and Alt+F4 do, a close request from the
    platform to the window."""
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QApplication

    def close(form) -> None:
        QApplication.sendEvent(form.windowHandle(), QCloseEvent())

    return close


@pytest.fixture
def unlock(controller):
    """``unlock()``: the IB unlocks the vault again after the lock."""

    def attach() -> None:
        controller._attach(Session.open(controller.vault_path, DEMO_PASSPHRASE))

    return attach


@pytest.fixture
def locked_while_typing(controller, shown, unlock, monkeypatch):
    """``locked_while_typing(module, open_form, typing)``: ``open_form()`` opens a form
    through ``module.run_modal``; ``typing(form)`` types in it on screen; then the idle
    lock comes (the app's own ``controller.lock()``) with the form open. Checks the
    lock closed the form and the vault, then unlocks."""

    def run(module, open_form, typing) -> None:
        visible = []

        def modal(form) -> int:
            typing(shown(form))
            controller.lock()
            visible.append(form.isVisible())
            return 0

        with monkeypatch.context() as patched:
            patched.setattr(module, "run_modal", modal)
            open_form()
        assert visible == [False] and controller.session is None
        unlock()

    return run


@pytest.fixture
def no_pupil_drafts():
    """``no_pupil_drafts(session, form)``: the keys of that form's drafts of no pupil."""

    def keys(session, form: str) -> list[tuple[str]]:
        return session.vault.read().execute(
            "SELECT draft_key FROM form_draft WHERE form = ? AND pupil_id IS NULL",
            (form,)).fetchall()

    return keys
