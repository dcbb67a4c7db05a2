"""Leerling › Overdrachtsdossier… on a real demo vault, offscreen, driven by the keyboard."""

from __future__ import annotations

import json

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from tests.conftest import TODAY
from tests.transfer.conftest import THIRD_PARTY_FORMS
from tests.transfer.test_transfer_service import _third_parties_in
from zorgdesk.domain.transfer.model import RecordKind
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session
from zorgdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_vault, emre):
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_session(Session(demo_vault, FixedClock(TODAY)))
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.set_session(None)


def _open(window, qtbot, emre):
    assert window.select_pupil(emre.id)
    window.transfer_action.trigger()
    dialog = window.transfer_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    QApplication.processEvents()
    return dialog


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_menu_entry_in_the_leerling_menu_needs_a_pupil_and_a_session(window, emre):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Leer&ling")
    assert window.transfer_action in menu.actions()
    assert window.transfer_action.text() == "&Overdrachtsdossier…"
    window.set_session(None)
    assert not window.transfer_action.isEnabled()
    assert window.open_transfer_dialog() is None


def test_every_control_has_an_accessible_name(window, qtbot, emre):
    dialog = _open(window, qtbot, emre)
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QPushButton | QComboBox | QPlainTextEdit | QListWidget) \
                and widget.isVisibleTo(dialog):
            assert widget.accessibleName(), widget
    assert dialog.records.accessibleName() == "Stukken om mee te geven"
    assert QApplication.focusWidget() is dialog.school


def test_compose_and_export_by_keyboard_only(window, qtbot, emre, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = _open(window, qtbot, emre)
    qtbot.keyClicks(dialog.school, "Het Baken, Almere")
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.destination
    for _ in range(3):
        _key(qtbot, Qt.Key.Key_Down)  # - kies -, basisschool, speciaal, VO
    assert dialog.destination.currentData() == "voortgezet_onderwijs"
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.reason
    qtbot.keyClicks(dialog.reason, "Zodat de mentor de afspraken kent.")
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.records
    kinds = [c.ref.kind for c in dialog.composer.choices]
    for row, kind in enumerate(kinds):  # tick every logboek note and the meldcode trajectory
        dialog.records.setCurrentRow(row) if row == 0 else _key(qtbot, Qt.Key.Key_Down)
        if kind in (RecordKind.LOGBOEK, RecordKind.MELDCODE):
            _key(qtbot, Qt.Key.Key_Space)
    chosen = [dialog.composer.choices[n].ref.kind for n in dialog.records.checked_ids()]
    assert chosen.count(RecordKind.LOGBOEK) == kinds.count(RecordKind.LOGBOEK)
    assert RecordKind.MELDCODE in chosen
    dialog.refresh_preview()
    assert "grondslag" in dialog.preview.toPlainText().splitlines()[0]
    _key(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.folder
    qtbot.keyClicks(dialog.folder, str(usb))
    # Export without a grondslag: refused next to the field, nothing written, text kept.
    _key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    label = dialog.errors["meldcode_basis"]  # a mnemonic clicks after a short animation
    qtbot.waitUntil(lambda: label.text().startswith("Meldcode-informatie gaat alleen"))
    assert dialog.isVisible() and list(usb.iterdir()) == []
    assert QApplication.focusWidget() is dialog.basis
    assert dialog.school.text() == "Het Baken, Almere"
    qtbot.keyClicks(dialog.basis.lineEdit(), "Toestemming van de ouders")
    assert dialog.errors["meldcode_basis"].isHidden()
    dialog.refresh_preview()
    preview = dialog.preview.toPlainText()
    assert "Grondslag meldcode-informatie: Toestemming van de ouders" in preview
    assert "Meldcodetraject gestart op" in preview
    assert _third_parties_in(preview) == [] and "Emre Çelik" in preview
    _key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    result = dialog.result_paths
    assert {p.name for p in usb.iterdir()} == {result.pdf_path.name, result.json_path.name}
    doc = json.loads(result.json_path.read_text("utf-8"))
    assert doc["counts"]["logboek"] == kinds.count(RecordKind.LOGBOEK)
    assert doc["counts"]["meldcode"] == 1 and doc["counts"]["zorggesprek"] == 0
    pdf = "\n".join(p.extract_text() for p in pypdf.PdfReader(result.pdf_path).pages)
    assert _third_parties_in(pdf) == [] and "Emre Çelik" in pdf
    trail = window.session.sharing.for_pupil(emre.id)[-1]
    assert trail.shared_with == "Het Baken, Almere (voortgezet onderwijs)"
    assert trail.basis == "Toestemming van de ouders"
    assert result.pdf_path.name in window.statusBar().currentMessage()
    assert len(THIRD_PARTY_FORMS) > 20


def test_missing_fields_are_named_and_nothing_typed_is_lost(window, qtbot, emre, tmp_path):
    dialog = _open(window, qtbot, emre)
    dialog.reason.setPlainText("Doorgaande lijn — ë é ç")
    dialog.folder.setText(str(tmp_path / "bestaat-niet"))
    assert dialog.export() is None
    assert dialog.errors["receiving_school"].text() == "Vul de naam van de ontvangende school in."
    assert dialog.errors["destination"].text().startswith("Kies naar welk soort onderwijs")
    assert dialog.errors["records"].text() == "Kies ten minste één stuk om mee te geven."
    assert dialog.errors["folder"].text() == "Deze map bestaat niet."
    assert dialog.reason.toPlainText() == "Doorgaande lijn — ë é ç"
    assert QApplication.focusWidget() is dialog.school
    qtbot.keyClicks(dialog.school, "X")
    assert dialog.errors["receiving_school"].isHidden()


def test_locking_closes_the_dialog(window, qtbot, emre):
    _open(window, qtbot, emre)
    window.set_session(None)
    assert window.transfer_dialog is None
    assert not any(w.isVisible() and w.windowTitle().startswith("Overdrachtsdossier")
                   for w in QApplication.topLevelWidgets())


def test_tick_every_record_or_none(window, qtbot, emre):
    dialog = _open(window, qtbot, emre)
    dialog.check_all.click()
    assert len(dialog.records.checked_ids()) == len(dialog.composer.choices) > 5
    dialog.refresh_preview()
    assert f"Meegegeven stukken ({len(dialog.composer.choices) - 1}):" in \
        dialog.preview.toPlainText()  # the meldcode trajectory waits for its grondslag
    dialog.check_none.click()
    assert dialog.records.checked_ids() == []
