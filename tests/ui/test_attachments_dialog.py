"""The Bijlagen window on a real vault: add (good and bad files), open, remove with reason."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.attachments import files
from zorgdesk.domain.attachments.records import RecordKind
from zorgdesk.services.attachments import viewing
from zorgdesk.services.session import Session
from zorgdesk.ui.attachments import viewers
from zorgdesk.ui.attachments.dialog import AttachmentsDialog
from zorgdesk.ui.pdf_preview import PdfPreviewDialog


@pytest.fixture
def session(demo_vault):
    return Session(demo_vault)


@pytest.fixture
def dialog(qtbot, session):
    zoe = next(p for p in session.basedata.pupils() if p.display_name == "Zoë van der Berg")
    entry = session.logbook.chronology(zoe.id)[0].entry_id
    dlg = AttachmentsDialog(session.attachments, zoe.id, RecordKind.LOGBOEK, entry, "notitie")
    qtbot.addWidget(dlg)
    return dlg


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _when_modal(action) -> list:
    """Run ``action`` on the next modal window once it is shown; remember its class."""
    seen: list = []

    def act():
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, act)
            return
        seen.append(type(modal))
        action(modal)
    QTimer.singleShot(0, act)
    return seen


def test_good_files_are_listed_bad_ones_explained_and_not_stored(dialog, session, tmp_path):
    assert dialog.add_file(_write(tmp_path, "brief.pdf", files.pdf()))
    assert dialog.add_file(_write(tmp_path, "foto.jpg", files.jpeg()))
    assert dialog.list.count() == 2 and "brief.pdf" in dialog.list.item(0).text()
    assert "versleuteld" in dialog.status.text()
    for name, data, words in [("virus.pdf", files.EXE, "niet wat de naam zegt"),
                              ("leeg.pdf", b"", "leeg"),
                              ("groot.pdf", b"%PDF-1.7" + bytes(50 * 2**20), "te groot")]:
        assert not dialog.add_file(_write(tmp_path, name, data))
        assert words in dialog.error.text() and not dialog.error.isHidden()
    assert not dialog.add_file(tmp_path / "bestaat-niet.pdf")
    assert "kon niet worden gelezen" in dialog.error.text()
    assert dialog.list.count() == 2
    assert len(session.attachments.for_record(RecordKind.LOGBOEK, dialog.record_id)) == 2


def test_pdf_and_image_open_inside_zorgdesk(dialog, tmp_path):
    dialog.add_file(_write(tmp_path, "brief.pdf", files.pdf()))
    dialog.add_file(_write(tmp_path, "foto.png", files.png()))
    dialog.list.setCurrentRow(0)
    seen = _when_modal(lambda modal: (seen_pages.append(modal.page_count()), modal.reject()))
    seen_pages: list[int] = []
    dialog.open_selected()
    assert seen == [PdfPreviewDialog] and seen_pages == [1]
    dialog.list.setCurrentRow(1)
    loaded: list[bool] = []
    seen = _when_modal(lambda modal: (loaded.append(modal.loaded), modal.reject()))
    dialog.open_selected()
    assert seen == [viewers.ImageViewDialog] and loaded == [True]
    assert not viewing.folder().exists()  # nothing written to disk for these


def test_an_email_opens_outside_from_a_private_copy_removed_on_close(dialog, tmp_path,
                                                                     monkeypatch):
    handed: list = []
    monkeypatch.setattr(viewers, "open_outside", lambda path: handed.append(path) or True)
    dialog.add_file(_write(tmp_path, "mail.eml", files.EML))
    dialog.open_selected()
    copy = handed[0]
    assert copy.read_bytes() == files.EML and copy.suffix == ".eml"
    assert stat.S_IMODE(viewing.folder().stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    dialog.reject()
    assert not copy.exists() and not viewing.folder().exists()


def test_removing_asks_a_reason_and_keeps_the_event(dialog, session, tmp_path):
    dialog.add_file(_write(tmp_path, "brief.pdf", files.pdf()))
    _when_modal(lambda modal: modal.reject())
    dialog.remove_selected()
    assert dialog.list.count() == 1 and len(dialog.shown) == 1  # cancelled: still there

    def give_reason(modal):
        modal.accept()  # empty: refused in the dialog itself
        assert "reden" in modal.error.text()
        modal.reason_edit.setText("Hoort bij een andere leerling")
        modal.accept()
    _when_modal(give_reason)
    dialog.remove_selected()
    assert dialog.shown == [] and "uit het dossier gehaald" in dialog.status.text()
    kept = session.attachments.for_record(RecordKind.LOGBOEK, dialog.record_id,
                                          include_removed=True)
    assert kept[0].removed_reason == "Hoort bij een andere leerling"


def test_every_tab_opens_the_window_for_its_chosen_record(qtbot, demo_path):
    from zorgdesk.services.demo.school import DEMO_PASSPHRASE
    from zorgdesk.ui.app import AppController

    ctl = AppController(demo_path)
    qtbot.addWidget(ctl.window)
    session = Session.open(demo_path, DEMO_PASSPHRASE)
    ctl._attach(session)
    window = ctl.window
    window.search.setText("emre")
    window.pupil_list.setCurrentRow(0)
    emre = window.current_pupil
    opened: list[tuple] = []

    def note(modal):
        opened.append((modal.record_kind, modal.record_id, modal.pupil_id))
        modal.reject()
    for index, kind in enumerate([RecordKind.LOGBOEK, RecordKind.SIGNALENLIJST,
                                  RecordKind.ZORGGESPREK, RecordKind.MELDCODE]):
        window.tabs.setCurrentIndex(index)
        tab = window.tab_pages[index]
        if kind is RecordKind.ZORGGESPREK:
            tab.table.selectRow(0)
        action = tab.attachments_action  # on each tab's toolbar, Ctrl+J
        assert action.isEnabled(), kind
        _when_modal(note)
        action.trigger()
        assert opened[-1][0] == kind and opened[-1][2] == emre.id
    logbook, signals, conversations, meldcode = window.tab_pages[:4]
    assert opened[0][1] == logbook.current_entry_id()
    assert opened[1][1] == signals.history.current().id
    assert opened[2][1] == conversations.selected_id()
    assert opened[3][1] == session.attachments.meldcode_step_ids(meldcode.trajectory.id)[-1]
