"""Long work in a worker thread (issue 23): the window stays responsive, Annuleren works,
and the worker reads the vault through a connection of its own."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from tests.ui.qt_garbage import assert_no_live_qt_garbage
from tests.ui.ui_ticks import ui_ticks
from zorgdesk.domain.progress import Cancelled, Progress
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.services.vault.backup import BackupSource, read_manifest, write_backup
from zorgdesk.ui import messages
from zorgdesk.ui.app import AppController
from zorgdesk.ui.background import run_in_background, wait_for_worker


def _progress_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()]


def test_event_loop_keeps_turning_while_the_work_runs(qtbot):
    """The work waits until the UI thread has handled timer events; run on the UI
    thread itself it would wait in vain and fail."""
    worker_thread: list[threading.Thread] = []

    with ui_ticks(5) as ticks:
        def work(progress: Progress) -> str:
            worker_thread.append(threading.current_thread())
            progress.step(1, 3, "Bezig…")
            if not ticks.reached.wait(10):
                raise AssertionError("the event loop did not turn while the work ran")
            progress.step(3, 3)
            return "klaar"

        assert run_in_background(None, "Test", "Bezig…", work) == "klaar"
    assert ticks.count >= 5
    assert worker_thread[0] is not threading.main_thread()
    assert not _progress_dialogs(), "the progress dialog is gone afterwards"


def test_annuleren_stops_the_work_at_a_safe_point(qtbot):
    steps: list[int] = []

    def work(progress: Progress) -> None:
        for n in range(500):
            progress.step(n, 500, f"Stap {n}")  # raises Cancelled once asked
            steps.append(n)
            time.sleep(0.01)

    def press_cancel():
        dialogs = _progress_dialogs()
        if dialogs:
            [button] = [b for b in dialogs[0].findChildren(QPushButton)
                        if b.text() == "Annuleren"]
            button.click()
        else:
            QTimer.singleShot(20, press_cancel)

    QTimer.singleShot(400, press_cancel)  # after the dialog appeared (300 ms)
    with pytest.raises(Cancelled):
        run_in_background(None, "Test", "Bezig…", work)
    assert 0 < len(steps) < 500


def test_an_error_in_the_work_reaches_the_caller(qtbot):
    def work(progress: Progress) -> None:
        raise ValueError("kapot")

    with pytest.raises(ValueError, match="kapot"):
        run_in_background(None, "Test", "Bezig…", work)


@pytest.mark.parametrize("how", ["run_in_background", "wait_for_worker"])
def test_an_error_in_the_work_leaves_no_live_qt_object_to_the_collector(qtbot, how):
    """The error's traceback holds the frames it passed; kept in the worker (outcome) or in
    a local of the frame that raises it, it made a cycle with the live QEventLoop
    (qt_garbage_probe). Every cancelled export went that way."""
    def work(*_progress) -> None:
        raise Cancelled()

    def fail_in_background() -> None:
        try:
            if how == "wait_for_worker":
                wait_for_worker(work)
            else:
                run_in_background(None, "Test", "Bezig…", work)
        except Cancelled:
            pass
        # The worker's deleteLater() keeps it (and so a cycle through it) alive until now.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert_no_live_qt_garbage(fail_in_background)


def test_verify_from_the_menu_runs_on_a_worker_connection(qtbot, demo_path, monkeypatch):
    shown: list = []
    monkeypatch.setattr(messages, "_sink", shown)
    ctl = AppController(demo_path)
    qtbot.addWidget(ctl.window)
    ctl.automatic_backups = False
    ctl._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    threads: list[threading.Thread] = []
    real = type(ctl.session.vault.worker_access()).verify

    def spy(access, progress):
        threads.append(threading.current_thread())
        return real(access, progress)

    monkeypatch.setattr(type(ctl.session.vault.worker_access()), "verify", spy)
    try:
        assert ctl.verify() == []
        assert threads and threads[0] is not threading.main_thread()
        assert "in orde" in shown[-1][1]
    finally:
        ctl.shutdown()


def test_worker_access_verify_can_be_cancelled_and_wipes_its_key(demo_vault):
    access = demo_vault.worker_access()
    cancelled = Progress()
    cancelled.cancel()
    with pytest.raises(Cancelled):
        access.verify(cancelled)
    assert access.verify(Progress()) == []
    access.close()
    assert not any(access._data_key), "the key copy is wiped"


def test_backup_through_a_worker_connection_is_a_valid_backup(demo_vault, tmp_path):
    access = demo_vault.worker_access()
    target = tmp_path / "b.zdbackup"
    done: list = []
    source_for = BackupSource.for_worker(demo_vault, access)
    thread = threading.Thread(target=lambda: done.append(
        write_backup(source_for(Progress()), target)))
    thread.start()
    thread.join()
    access.close()
    assert done and read_manifest(target).audit_seq == done[0].audit_seq > 0


def test_inzage_pdf_is_rendered_in_a_worker_thread(qtbot, demo_path, tmp_path, monkeypatch):
    from zorgdesk.reports import inzage_pdf
    from zorgdesk.ui.inzage_dialog import InzageDialog

    threads: list[threading.Thread] = []
    real = inzage_pdf.render_inzage

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(inzage_pdf, "render_inzage", spy)
    session = Session.open(demo_path, DEMO_PASSPHRASE)
    try:
        pupil = session.basedata.pupils("Zoë")[0]
        dialog = InzageDialog(session, pupil.id)
        qtbot.addWidget(dialog)
        dialog.requested_by.setText("Ingrid van der Berg (moeder)")
        dialog.folder.setText(str(tmp_path))
        result = dialog.export()
        assert result is not None and result.pdf_path.read_bytes().startswith(b"%PDF")
        assert threads and all(t is not threading.main_thread() for t in threads)
        assert session.sharing.for_pupil(pupil.id), "the disclosure is recorded"
    finally:
        session.close()


def test_anonymised_summary_is_built_in_a_worker_thread(qtbot, demo_path, monkeypatch):
    from zorgdesk.services.anonymise import case_summary
    from zorgdesk.ui.anonymise.dialog import AnonymiseDialog

    threads: list[threading.Thread] = []
    real = case_summary.build_case_summary

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(case_summary, "build_case_summary", spy)
    session = Session.open(demo_path, DEMO_PASSPHRASE)
    try:
        pupil = session.basedata.pupils("Zoë")[0]
        dialog = AnonymiseDialog(session, pupil.id)
        qtbot.addWidget(dialog)
        assert dialog.result is not None and "Zoë" not in dialog.preview.toPlainText()
        assert threads and all(t is not threading.main_thread() for t in threads)
    finally:
        session.close()


def test_the_cyclic_collector_never_runs_on_the_worker_thread(qtbot):
    """Issue 14's crash class: garbage holding a Qt wrapper must not be collected (and
    its C++ object deleted) from the worker thread while it renders."""
    import gc

    seen = []

    def work(progress):
        seen.append(gc.isenabled())
        return "klaar"

    assert gc.isenabled()
    assert run_in_background(None, "Proef", "Bezig…", work) == "klaar"
    assert seen == [False]
    assert gc.isenabled()  # switched on again, and one collection ran on the UI thread


def test_lock_waits_for_work_that_cannot_stop(qtbot, demo_path, monkeypatch):
    """Locking closes the session; under a writing worker (retention delete) that would
    release the vault mid-transaction, so the lock comes right after the work."""
    ctl = AppController(demo_path)
    qtbot.addWidget(ctl.window)
    ctl.automatic_backups = False
    ctl._attach(Session.open(demo_path, DEMO_PASSPHRASE))
    locked_during: list[bool] = []
    try:
        def work(_progress: Progress) -> None:
            time.sleep(0.3)
            locked_during.append(ctl.session is None)

        QTimer.singleShot(50, ctl.lock)
        run_in_background(ctl.window, "Test", "Bezig…", work, cancellable=False)
        assert locked_during == [False]
        assert ctl.session is not None
        qtbot.waitUntil(lambda: ctl.session is None, timeout=3000)
    finally:
        ctl.shutdown()
