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
