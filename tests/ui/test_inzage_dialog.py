"""Leerling > Inzage-export… on a real demo vault, offscreen."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton

from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_path):
    session = Session.open(demo_path, DEMO_PASSPHRASE)
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_session(session)
    yield win
    win.set_session(None)
    session.close()


def _emre(window) -> int:
    return next(p.id for p in window.session.basedata.pupils() if p.display_name == "Emre Çelik")


def test_menu_item_needs_a_pupil_and_a_session(window):
    assert window.inzage_action.text() == "&Inzage-export…"
    assert window.inzage_action.isEnabled()
    window.set_session(None)
    assert not window.inzage_action.isEnabled()
    assert window.open_inzage_dialog() is None


def test_bad_input_keeps_the_dialog_open_and_the_text(window, tmp_path):
    assert window.select_pupil(_emre(window))
    dialog = window.open_inzage_dialog()
    for widget in dialog.findChildren(QLineEdit) + dialog.findChildren(QPushButton):
        assert widget.accessibleName(), widget
    assert dialog.base_name.text() == "EC-" + dialog.service.today.strftime("%Y-%m-%d")
    dialog.base_name.setText("naam/met/slash 😊")
    dialog.folder.setText(str(tmp_path / "bestaat-niet"))
    assert dialog.export() is None
    assert dialog.isVisible()
    assert dialog.errors["requested_by"].text() == "Vul in wie om inzage vraagt."
    assert dialog.errors["folder"].text() == "Deze map bestaat niet."
    assert "Gebruik geen" in dialog.errors["base_name"].text()
    assert dialog.base_name.text() == "naam/met/slash 😊"
    assert window.session.sharing.for_pupil(_emre(window))[-1].shared_with != "ouder (moeder)"


def test_export_writes_files_and_adds_to_the_sharing_trail(window, tmp_path):
    pupil_id = _emre(window)
    window.select_pupil(pupil_id)
    dialog = window.open_inzage_dialog()
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog.requested_by.setText("ouder (moeder) Ayşe 😊")
    dialog.folder.setText(str(usb))
    result = dialog.export()
    assert result is not None and not dialog.isVisible()
    assert {p.name for p in usb.iterdir()} == {result.pdf_path.name, result.json_path.name}
    doc = json.loads(result.json_path.read_text(encoding="utf-8"))
    assert doc["counts"]["meldcode_trajectories"] == 1
    last = window.session.sharing.for_pupil(pupil_id)[-1]
    assert last.shared_with == "ouder (moeder) Ayşe 😊"
    assert last.basis == "Inzageverzoek van ouders (AVG)"
    assert result.pdf_path.name in window.statusBar().currentMessage()
    window.set_session(None)  # locked: not even the file name stays visible
    assert window.statusBar().currentMessage() == ""


def test_preview_shows_the_pdf_and_records_a_print(window, qtbot):
    pupil_id = _emre(window)
    window.select_pupil(pupil_id)
    dialog = window.open_inzage_dialog()
    dialog.requested_by.setText("ouder (vader)")
    preview = dialog.show_preview()
    assert preview.document.pageCount() >= 6
    before = len(window.session.sharing.for_pupil(pupil_id))
    preview._on_exported("afgedrukt")
    trail = window.session.sharing.for_pupil(pupil_id)
    assert len(trail) == before + 1 and "afgedrukt" in trail[-1].what
    preview.reject()


def test_locking_closes_the_dialog(window):
    window.select_pupil(_emre(window))
    dialog = window.open_inzage_dialog()
    assert dialog.isVisible()
    window.set_session(None)
    assert not dialog.isVisible() and window.inzage_dialog is None


def test_a_refused_export_puts_the_cursor_at_the_first_problem(window, qtbot):
    """Walk s28: with only the map missing, Exporteren said 'Kies een map voor de
    bestanden.' under Map while the cursor stayed in 'Aangevraagd door'."""
    assert window.select_pupil(_emre(window))
    dialog = window.open_inzage_dialog()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.requested_by.setFocus()
    dialog.requested_by.setText("Ingrid van der Berg (moeder)")
    assert dialog.export() is None
    assert dialog.errors["folder"].text() == "Kies een map voor de bestanden."
    assert dialog.focusWidget() is dialog.folder
    assert dialog.requested_by.text() == "Ingrid van der Berg (moeder)"
