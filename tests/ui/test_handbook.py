"""Help > Handleiding opens the bundled handbook PDF in the system's PDF viewer (walk
finding, session 28: the Help menu had only 'Over ZorgDesk')."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

import zorgdesk.ui.main_window as main_window
from zorgdesk import paths
from zorgdesk.ui import messages
from zorgdesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(messages, "_sink", [])
    built = MainWindow()
    qtbot.addWidget(built)
    return built


def test_help_menu_has_the_handleiding_under_f1(window):
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.handbook_action in help_menu.actions()
    assert window.handbook_action.text() == "&Handleiding"
    assert window.handbook_action.shortcut().toString() == "F1"
    assert window.handbook_action.isEnabled()  # also while locked: no pupil data in it


def test_handleiding_opens_the_shipped_pdf(window, monkeypatch):
    opened = []
    monkeypatch.setattr(main_window, "open_outside", lambda path: opened.append(path) or True)
    window.handbook_action.trigger()
    assert opened == [ROOT / "docs" / "handleiding.pdf"]
    assert opened[0].read_bytes().startswith(b"%PDF")
    assert messages._sink == []


def test_no_pdf_viewer_shows_the_handbook_in_zorgdesks_own_preview(window, monkeypatch):
    """Walk s30 (79.png): without a PDF reader F1 gave only a message with the place of
    the file; ZorgDesk shows PDFs itself (letters, reports)."""
    shown = []
    monkeypatch.setattr(main_window, "open_outside", lambda path: False)
    monkeypatch.setattr(main_window, "run_modal", lambda dialog: shown.append(
        (dialog.windowTitle(), dialog.document.pageCount())) or 0)
    assert window.open_handbook()
    assert messages._sink == []
    assert len(shown) == 1 and shown[0][0] == "Voorbeeld — Handleiding"
    assert shown[0][1] == len(PdfReader(ROOT / "docs" / "handleiding.pdf").pages)


def test_a_missing_handbook_gets_a_dutch_message(window, monkeypatch):
    monkeypatch.setattr(paths, "handbook_path", lambda: None)
    opened = []
    monkeypatch.setattr(main_window, "open_outside", lambda path: opened.append(path) or True)
    assert not window.open_handbook()
    assert opened == []
    assert "handleiding.pdf ontbreekt" in messages._sink[-1][1]
