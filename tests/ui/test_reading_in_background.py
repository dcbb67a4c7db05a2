"""Reading a big dossier happens in the worker too (issue 23): the inzage export, the
dossier PDF and the anonymised summary read through a read-only session of the worker's
own, so the window keeps turning while a dossier of hundreds of pages is read."""

from __future__ import annotations

import threading

import pytest

from tests.ui.ui_ticks import ui_ticks
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.progress import Progress
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.store.errors import VaultError
from zorgdesk.ui.background import read_in_background


@pytest.fixture
def session(demo_path):
    opened = Session.open(demo_path, DEMO_PASSPHRASE)
    yield opened
    opened.close()


def _zoe(session) -> int:
    return session.basedata.pupils("Zoë")[0].id


def _threads_of(monkeypatch, owner, name: str) -> list[threading.Thread]:
    """Record the thread every call of ``owner.name`` runs on."""
    threads: list[threading.Thread] = []
    real = getattr(owner, name)

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, spy)
    return threads


def test_the_event_loop_keeps_turning_while_the_worker_reads(qtbot, session):
    """The work waits for timer ticks of the UI thread while it reads; run on the UI
    thread it would wait in vain."""
    with ui_ticks(5) as ticks:
        def work(reader: Session, progress: Progress) -> list[str]:
            names = [p.display_name for p in reader.basedata.pupils()]
            if not ticks.reached.wait(10):
                raise AssertionError("the event loop did not turn while the worker read")
            return names

        names = read_in_background(None, "Proef", "Bezig…", session, work)
    assert names == [p.display_name for p in session.basedata.pupils()]
    assert ticks.count >= 5


def test_the_worker_session_reads_what_was_saved_and_cannot_write(qtbot, session):
    pupil = _zoe(session)
    staff = str(session.basedata.staff()[0].id)
    entry = session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(pupil),), entry_date=session.today, entry_time="10:00",
        location="Klaslokaal", signalled_by=SignalledBy(staff_id=staff),
        situation="Zojuist opgeslagen: las hardop voor."))
    refused: list[Exception] = []
    seen_on: list[threading.Thread] = []

    def work(reader: Session, progress: Progress) -> list[int]:
        seen_on.append(threading.current_thread())
        try:
            reader.basedata.add_staff("Niet toegestaan", "leerkracht")
        except VaultError as error:
            refused.append(error)
        return [e.entry_id for e in reader.logbook.chronology(pupil)]

    assert entry in read_in_background(None, "Proef", "Bezig…", session, work)
    assert refused, "a write through the worker's session is refused"
    assert "Niet toegestaan" not in [s.name for s in session.basedata.staff()]
    assert seen_on[0] is not threading.main_thread()


def test_the_worker_session_leaves_the_windows_open_attachments_alone(qtbot, session):
    """Closing the worker's session closes its own connection only: an attachment the IB
    opened outside ZorgDesk stays until the window's session closes (the whole session
    closing removed it while the mail program still had it open)."""
    from zorgdesk.services.attachments import viewing

    opened = viewing.write_for_viewing("brief.eml", b"Subject: test\n")
    pupils = read_in_background(None, "Proef", "Bezig…", session,
                                lambda reader, progress: len(reader.basedata.pupils()))
    assert pupils and opened.exists()
    assert session.basedata.pupils()  # the window's session still reads
    session.close()
    assert not opened.exists()


def test_the_opener_wipes_its_key_once_used(session):
    open_here = session.reader_for_worker()
    reader = open_here()
    reader.close()
    with pytest.raises(Exception):  # noqa: B017, PT011 - any refusal: the key is gone
        open_here().close()


def test_the_inzage_export_reads_and_writes_json_in_the_worker(qtbot, session, tmp_path,
                                                               monkeypatch):
    from zorgdesk.services.inzage import InzageService
    from zorgdesk.ui.inzage_dialog import InzageDialog

    read_on = _threads_of(monkeypatch, InzageService, "collect")
    json_on = _threads_of(monkeypatch, InzageService, "to_json")
    dialog = InzageDialog(session, _zoe(session))
    qtbot.addWidget(dialog)
    dialog.requested_by.setText("Ingrid van der Berg (moeder)")
    dialog.folder.setText(str(tmp_path))
    result = dialog.export()
    assert result is not None and result.pdf_path.read_bytes().startswith(b"%PDF")
    assert b"Zo" in result.json_path.read_bytes()
    assert read_on and json_on
    assert all(t is not threading.main_thread() for t in read_on + json_on)
    assert session.sharing.for_pupil(_zoe(session)), "recorded on the UI's connection"


def test_a_bad_inzage_field_still_shows_under_its_field(qtbot, session, tmp_path):
    from zorgdesk.ui.inzage_dialog import InzageDialog

    target = tmp_path / "usb"
    target.mkdir()
    dialog = InzageDialog(session, _zoe(session))
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(target))
    assert dialog.export() is None  # nobody asking: checked in the worker, shown here
    assert "Vul in wie om inzage vraagt" in dialog.errors["requested_by"].text()
    assert not list(target.iterdir())


def test_the_dossier_pdf_is_read_in_the_worker(qtbot, session, monkeypatch):
    from zorgdesk.services.logbook.inzage import LogbookDossier
    from zorgdesk.ui.logbook.tab import LogbookTab

    read_on = _threads_of(monkeypatch, LogbookDossier, "renderer")
    tab = LogbookTab()
    qtbot.addWidget(tab)
    tab.set_context(session, session.basedata.pupil(_zoe(session)))
    assert tab.actions.dossier_pdf().startswith(b"%PDF")
    assert read_on and all(t is not threading.main_thread() for t in read_on)


def test_the_summary_is_read_and_flagged_in_the_worker(qtbot, session, monkeypatch):
    """At school scale reading the biggest dossier's facts took 0.35 s and looking for
    identifying phrases 0.6 s on the UI thread."""
    from zorgdesk.domain.anonymise.quasi_identifiers import quasi_identifiers
    from zorgdesk.services.anonymise.case_summary import CaseSummaryService
    from zorgdesk.ui.anonymise import dialog as anonymise_dialog
    from zorgdesk.ui.anonymise import flags as flags_panel

    read_on = _threads_of(monkeypatch, CaseSummaryService, "facts")
    flagged_on = _threads_of(monkeypatch, anonymise_dialog, "quasi_identifiers")
    on_ui_thread = _threads_of(monkeypatch, flags_panel, "quasi_identifiers")
    dialog = anonymise_dialog.AnonymiseDialog(session, _zoe(session))
    qtbot.addWidget(dialog)
    dialog.question.setPlainText("Zij zit in een rolstoel sinds de zomer. Wat nu?")
    dialog.rebuild()
    assert read_on and flagged_on
    assert all(t is not threading.main_thread() for t in read_on + flagged_on)
    assert not on_ui_thread, "the flags found in the worker are shown as they are"
    expected = [(f.start, f.end) for f in quasi_identifiers(dialog.result)]
    assert expected and dialog.flags.spans == expected
