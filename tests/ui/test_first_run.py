"""First run: the IB becomes a staff member, and the recovery key gets its own page."""

from __future__ import annotations

import io
import warnings

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from zorgdesk.domain.people import Pupil, PupilDraft
from zorgdesk.services.session import IB_ROLE, Session
from zorgdesk.services.vault.recovery_sheet import recovery_key_pdf
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault
from zorgdesk.ui import clipboard
from zorgdesk.ui.logbook.entry_form import EntryDialog
from zorgdesk.ui.pdf_preview import PdfPreviewDialog
from zorgdesk.ui.vault.recovery_key_dialog import RecoveryKeyDialog

IB = "Ineke de Boer"
LINE = "Huilde bij het brengen."


@pytest.fixture
def first_run(tmp_path):
    session, key = Session.create(tmp_path / "nieuw.zdv", PASSPHRASE, school_name="OBS De Zeester",
                                  place="Zeewolde", user_name=IB, with_recovery_key=True,
                                  kdf=FAST_KDF_FOR_TESTS)
    yield session, key
    session.close()


def _pupil(session) -> Pupil:
    pupil_id = session.basedata.add_pupil(PupilDraft("Sam", "Jansen", "04-03-2018",
                                                     "01-09-2022"))
    return session.basedata.pupil(pupil_id)


def test_creating_the_vault_makes_the_ib_a_staff_member(first_run):
    session, _ = first_run
    assert [(s.name, s.role) for s in session.basedata.staff()] == [(IB, IB_ROLE)]


def _type_one_line_observation(qtbot, session, pupil) -> tuple[int, EntryDialog]:
    """Keyboard only, from where the form opens; returns the number of keystrokes."""
    dialog = EntryDialog(session, pupil)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Ctrl+S is a window shortcut: the (offscreen) window must be the active one.
    # requestActivate() is not honoured offscreen; the older call still works there.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(dialog)
    qtbot.waitActive(dialog)
    keys = 0
    for char in LINE:
        qtbot.keyClick(dialog.focusWidget(), char)
        keys += 1
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    return keys + 1, dialog


def test_a_one_line_observation_needs_no_name_typed(qtbot, first_run):
    session, _ = first_run
    pupil = _pupil(session)
    keys, dialog = _type_one_line_observation(qtbot, session, pupil)
    assert dialog.saved_id is not None, [e.text() for e in dialog._errors.values()]
    item = session.logbook.item(dialog.saved_id)
    assert item.current.content.situation == LINE
    assert item.signalled_by == IB
    assert keys == len(LINE) + 1  # the text and Ctrl+S, nothing else


def test_without_the_ib_as_staff_the_same_keys_are_not_enough(qtbot, tmp_path):
    # How a vault was made before: the same keystrokes leave "Gesignaleerd door" empty,
    # so the IB had to go there and type her full name (Alt+G, 13 letters, Alt+S).
    vault, _ = Vault.create(tmp_path / "oud.zdv", PASSPHRASE, school_name="OBS",
                            user_name=IB, kdf=FAST_KDF_FOR_TESTS)
    session = Session(vault)
    try:
        _keys, dialog = _type_one_line_observation(qtbot, session, _pupil(session))
        assert dialog.saved_id is None
        message = dialog.field_errors.labels["signalled_by"].text()
        assert "Vul in wie het gesignaleerd heeft." in message
    finally:
        session.close()


def test_the_demo_ib_is_a_staff_member_like_at_first_run(qtbot, demo_vault):
    """The demo is made the way the first run makes a vault: its IB is the default
    'Gesignaleerd door', so a one-line observation is the text and Ctrl+S there too."""
    session = Session(demo_vault)
    ib = session.user_name
    assert [s.role for s in session.basedata.staff() if s.name == ib] == [IB_ROLE]
    pupil = session.basedata.pupils()[0]
    keys, dialog = _type_one_line_observation(qtbot, session, pupil)
    assert dialog.saved_id is not None, [e.text() for e in dialog._errors.values()]
    assert session.logbook.item(dialog.saved_id).signalled_by == ib
    assert keys == len(LINE) + 1


def _page(qtbot, key: str, pdf: bytes = b"%PDF") -> RecoveryKeyDialog:
    page = RecoveryKeyDialog(key, pdf)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_enter_escape_and_close_do_not_dismiss_the_key(qtbot, first_run):
    _, key = first_run
    page = _page(qtbot, key)
    for target in (page, page.print_button, page.copy_button, page.confirm):
        target.setFocus()
        qtbot.keyClick(target, Qt.Key.Key_Return)
        qtbot.keyClick(target, Qt.Key.Key_Escape)
    assert page.isVisible() and not page.stored
    assert not page.close() and page.isVisible()
    assert not page.continue_button.isEnabled()
    page.confirm.setChecked(True)
    page.continue_button.click()
    assert page.stored and not page.isVisible()


def test_copy_puts_the_key_on_the_guarded_clipboard(qtbot, first_run):
    _, key = first_run
    page = _page(qtbot, key)
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == key
    assert clipboard.clear_ours()  # cleared on lock and exit like every copy of ours


def test_print_shows_the_sheet_from_the_reports_layer(qtbot, first_run, monkeypatch):
    session, key = first_run
    pdf = recovery_key_pdf(session.basedata, session.user_name, session.path.name, key)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for expected in (key, "Herstelsleutel ZorgDesk", "OBS De Zeester, Zeewolde", IB, "nieuw.zdv"):
        assert expected in text, expected
    previews = []
    monkeypatch.setattr(PdfPreviewDialog, "exec",
                        lambda dialog: previews.append(dialog.page_count()) or 0)
    page = _page(qtbot, key, pdf)
    page.print_button.click()
    assert previews == [1]
