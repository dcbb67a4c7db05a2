"""Saving a meldcode Rapportage or a signalenlijst PDF offers a sharing record."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from zorgdesk.services.session import Session
from zorgdesk.ui.meldcode.tab import MeldcodeTab
from zorgdesk.ui.signals.tab import SignalsTab


@pytest.fixture
def session(demo_vault):
    return Session(demo_vault)


def _pupil(session, name):
    return next(p for p in session.basedata.pupils() if p.display_name == name)


def _save(preview, tmp_path, monkeypatch):
    target = tmp_path / "usb" / "kopie.pdf"
    target.parent.mkdir(exist_ok=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert preview.save_as() == target


def _fill_and_save(share, with_whom: str) -> None:
    share.shared_on.setText("31-02-2026")  # impossible date: stays open, nothing lost
    share.shared_with.setText(with_whom)
    share.save()
    assert share.errors["shared_on"].text() and share.isVisible()
    assert share.shared_with.text() == with_whom
    share.shared_on.setText("24-11-2026")
    share.save()
    assert share.result() == share.DialogCode.Accepted


def test_saving_the_rapportage_records_the_sharing(qtbot, session, tmp_path, monkeypatch):
    bram = _pupil(session, "Bram de Jong")  # demo trajectory up to the melding
    tab = MeldcodeTab()
    qtbot.addWidget(tab)
    tab.set_context(session, bram)
    before = len(session.sharing.for_pupil(bram.id))
    tab.print_rapportage()
    _save(tab.preview, tmp_path, monkeypatch)
    share = tab.preview.sharing_prompt.dialog
    assert share.what.text() == "Rapportage meldcode (opgeslagen)"
    _fill_and_save(share, "Veilig Thuis – Ëlla Ünal 🙂")
    trail = session.sharing.for_pupil(bram.id)
    assert len(trail) == before + 1
    assert trail[-1].shared_with == "Veilig Thuis – Ëlla Ünal 🙂"
    assert trail[-1].what == "Rapportage meldcode (opgeslagen)"


def test_cancel_records_nothing(qtbot, session, tmp_path, monkeypatch):
    zoe = _pupil(session, "Zoë van der Berg")
    tab = SignalsTab()
    qtbot.addWidget(tab)
    tab.set_context(session, zoe)
    tab.pages.setCurrentWidget(tab.history)
    tab.print_check()
    before = len(session.sharing.for_pupil(zoe.id))
    _save(tab.preview, tmp_path, monkeypatch)
    share = tab.preview.sharing_prompt.dialog
    assert share.what.text().startswith("Signalenlijst ")
    assert share.what.text().endswith("(opgeslagen)")
    share.reject()
    assert len(session.sharing.for_pupil(zoe.id)) == before


def test_printing_the_signalenlijst_offers_the_same_dialog(qtbot, session):
    zoe = _pupil(session, "Zoë van der Berg")
    tab = SignalsTab()
    qtbot.addWidget(tab)
    tab.set_context(session, zoe)
    tab.pages.setCurrentWidget(tab.history)
    tab.print_check()
    check = tab.history.current()
    tab.preview._on_exported("afgedrukt")  # what print_document reports after printing
    share = tab.preview.sharing_prompt.dialog
    assert share.what.text() == f"{session.signals.title(check.id)} (afgedrukt)"
    _fill_and_save(share, "Jeugdarts GGD")
    assert session.sharing.for_pupil(zoe.id)[-1].shared_with == "Jeugdarts GGD"
