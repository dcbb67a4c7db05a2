"""A school broke a form or word list: the window says which file, and keeps working."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import TODAY
from zorgdesk import paths
from zorgdesk.domain.logbook import objectivity
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui.conversations.tab import ConversationsTab
from zorgdesk.ui.logbook.hint_edit import HintTextEdit
from zorgdesk.ui.meldcode.tab import MeldcodeTab

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def forms(tmp_path, monkeypatch):
    """A copy of forms/ that a test may break; ZorgDesk reads it instead of the real one."""
    folder = tmp_path / "forms"
    shutil.copytree(ROOT / "forms", folder)
    monkeypatch.setattr(paths, "forms_dir", lambda: folder)
    return folder


@pytest.fixture
def session(demo_path):
    s = Session.open(demo_path, DEMO_PASSPHRASE, clock=FixedClock(TODAY))
    yield s
    s.close()


def _pupil(session, name="Noor Bouzid"):
    return next(p for p in session.basedata.pupils() if p.display_name == name)


@pytest.mark.parametrize("content", ['{"steps": ', '{"steps": {"1": "tekst"}}', "\xff"])
def test_meldcode_tab_names_a_broken_guidance_file(qtbot, session, forms, content):
    (forms / "meldcode_guidance.json").write_bytes(content.encode("latin-1"))
    pupil = _pupil(session)
    session.meldcode.start(pupil.id)
    tab = MeldcodeTab()
    qtbot.addWidget(tab)
    tab.set_context(session, pupil)  # must not raise
    shown = tab.guidance.toPlainText()
    assert "meldcode_guidance.json" in shown and "niet bruikbaar" in shown
    assert tab.history.count() == 1  # the rest of the tab is filled as usual


def test_conversations_tab_names_a_broken_form(qtbot, session, forms):
    (forms / "zorggesprek.json").write_text('{"kinds": {}}', encoding="utf-8")
    tab = ConversationsTab()
    qtbot.addWidget(tab)
    tab.set_context(session, _pupil(session, "Zoë van der Berg"))  # must not raise
    tab.new()
    assert not tab.error.isHidden()
    assert "zorggesprek.json" in tab.error.text() and "phases" in tab.error.text()
    # Repaired without restarting: the next action works again.
    shutil.copy2(ROOT / "forms" / "zorggesprek.json", forms / "zorggesprek.json")
    tab.refresh()
    assert tab.table.rowCount() > 0


def test_hint_field_says_the_word_lists_are_broken(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "resources"
    shutil.copytree(ROOT / "resources" / "wordlists", folder / "wordlists")
    (folder / "wordlists" / "diagnose.txt").write_bytes(b"adhd\n\xe9\xe9n\n")
    monkeypatch.setattr(paths, "resources_dir", lambda: folder)
    objectivity._default_finder.cache_clear()
    try:
        edit = HintTextEdit("Situatie")
        qtbot.addWidget(edit)
        edit.setText("Zij is altijd druk.")  # typing goes on, without tips
        assert edit.text() == "Zij is altijd druk."
        assert edit.hints() == []
        assert "diagnose.txt (regel 2)" in edit.advice.text()
    finally:
        objectivity._default_finder.cache_clear()  # later tests get the real lists
