"""Long work off the UI thread with a progress dialog (issue 23).

``run_in_background(parent, title, text, work)`` runs ``work(progress)`` in a worker
``QThread`` while a window-modal progress dialog shows what it reports, and returns its
result (or raises its exception) when it ends. Meanwhile the event loop keeps turning:
the window repaints, the idle lock can fire, *Annuleren* reaches the work.

Rules for ``work`` (it runs in another thread):
- never touch the session's own database connection (SQLCipher connections belong to
  the thread that opened them): open a second one there (``Vault.worker_connection``),
  or work on data collected beforehand on the UI thread (e.g. rendering a PDF);
- never touch widgets; report through ``progress.step(done, total, text)``;
- call ``progress.step``/``check`` only where stopping is safe: it raises
  :class:`Cancelled` when the IB cancelled.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable, Iterator
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from zorgdesk.domain.progress import Cancelled, Progress
from zorgdesk.ui.dialogs import release

T = TypeVar("T")
SHOW_AFTER_MS = 300  # quick work finishes without a flashing dialog

__all__ = ["BackgroundJob", "Cancelled", "read_in_background", "run_in_background",
           "uninterruptible_work_running", "wait_for_worker"]

_uninterruptible = 0  # running works that cannot stop halfway (e.g. a retention delete)


def uninterruptible_work_running() -> bool:
    """True while work that cannot be cancelled runs: the lock must wait for it (closing
    the session under a writing worker would release the vault in mid-transaction)."""
    return _uninterruptible > 0


_paused = 0  # nesting depth of running workers (one at a time today, but be safe)
_was_enabled = True


@contextlib.contextmanager
def cyclic_gc_on_this_thread_only() -> Iterator[None]:
    """Keep Python's cyclic garbage collector off while a worker thread runs.

    The collector runs in whichever thread happens to cross the allocation threshold.
    If that is the worker (busy allocating in ReportLab, say), and the garbage holds a
    Qt wrapper, shiboken deletes its C++ object from the wrong thread: the crash class
    of issue 14, at a random line of the worker. So automatic collection pauses while
    any worker runs, and one collection runs here, on the UI thread, when it ends.
    """
    _pause_gc()
    try:
        yield
    finally:
        _resume_gc()


def _pause_gc() -> None:
    global _paused, _was_enabled
    if _paused == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
    _paused += 1


def _resume_gc() -> None:
    global _paused
    _paused -= 1
    if _paused == 0 and _was_enabled:
        gc.enable()
        gc.collect(1)


class _Worker(QThread):
    progressed = Signal(int, int, str)

    def __init__(self, work: Callable[[Progress], object], cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel
        self.outcome: tuple[bool, object] = (False, Cancelled())

    def run(self) -> None:
        progress = Progress(self.progressed.emit, self._cancel)
        try:
            self.outcome = (True, self._work(progress))
        except BaseException as error:  # noqa: BLE001 - handed to the UI thread
            self.outcome = (False, error)


def wait_for_worker(work: Callable[[], T]) -> T:
    """Run ``work()`` in a worker thread and return its result (or raise its error);
    meanwhile the event loop keeps turning. No progress dialog and no cancelling: for
    short work (under a few seconds) whose window shows itself that it is busy, such
    as the key derivation of the unlock window. The same rules for ``work`` as above.
    """
    worker = _Worker(lambda progress: work(), threading.Event())
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    with cyclic_gc_on_this_thread_only():
        worker.start()
        if not worker.isFinished():
            loop.exec()
        worker.wait()
    return _outcome(worker)


def _outcome(worker: _Worker):
    """The worker's result, or its error raised; the worker is let go (``deleteLater``).

    Neither the worker nor the raising frame keeps the error: its traceback holds every
    frame it passed (the worker's ``run``, the caller's frame with its QEventLoop), so
    a kept error is a reference cycle that leaves live Qt objects to the cyclic garbage
    collector (issue 14; tests/qt_garbage_probe.py found it).
    """
    ok, value = worker.outcome
    worker.outcome = (False, None)
    worker.deleteLater()
    if ok:
        return value
    try:
        raise value
    finally:
        del value


def run_in_background(parent: QWidget | None, title: str, text: str,
                      work: Callable[[Progress], T], *, cancellable: bool = True) -> T:
    """Run ``work`` in a worker thread behind a progress dialog; its result or its error.

    Raises :class:`Cancelled` when the IB pressed *Annuleren* (only offered when
    ``cancellable``) or the dialog was closed (e.g. by the automatic lock).
    """
    cancel = threading.Event()
    dialog = QProgressDialog(text, "Annuleren" if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    worker = _Worker(work, cancel)
    loop = QEventLoop()

    def show_progress(done: int, total: int, step_text: str) -> None:
        if cancel.is_set():
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if step_text:
            dialog.setLabelText(step_text)

    def stop() -> None:
        if cancellable:
            cancel.set()
            dialog.setLabelText("Bezig met afbreken…")

    worker.progressed.connect(show_progress)
    worker.finished.connect(loop.quit)
    dialog.canceled.connect(stop)
    dialog.rejected.connect(stop)
    dialog.setValue(0)  # starts the minimum-duration timer
    global _uninterruptible
    if not cancellable:
        _uninterruptible += 1
    try:
        with cyclic_gc_on_this_thread_only():
            worker.start()
            if not worker.isFinished():
                loop.exec()
            worker.wait()
    finally:
        if not cancellable:
            _uninterruptible -= 1
        release(dialog)
    return _outcome(worker)


def read_in_background(parent: QWidget | None, title: str, text: str, session,
                       work: Callable[[object, Progress], T], *,
                       cancellable: bool = True) -> T:
    """``run_in_background`` for work that reads the vault (an inzage export, a dossier):
    ``work(reader, progress)`` gets a read-only session of its own, opened and closed in
    the worker thread (``Session.reader_for_worker``), so reading a big dossier does not
    freeze the window either. ``work`` gets plain values, never widgets."""
    open_here = session.reader_for_worker()

    def in_worker(progress: Progress) -> T:
        reader = open_here()
        try:
            return work(reader, progress)
        finally:
            reader.close()
    return run_in_background(parent, title, text, in_worker, cancellable=cancellable)


class BackgroundJob(QObject):
    """Work whose result the window shows when it is ready, without a progress dialog and
    without waiting (the preview's flags after a manual edit): ``start(work)`` runs
    ``work()`` in a worker thread (the same ``_Worker`` and garbage-collector rule as
    ``run_in_background``); ``done(ok, value)`` comes on the UI thread. One at a time:
    ``start`` while one runs keeps only the newest work, started when the running one
    ends (its result is still reported; the receiver compares what it asked for).

    ``work`` gets and returns plain values only (never widgets, never the session's
    connection). A running worker is kept alive by this module, not by the job, so the
    job's owner may go at any time; ``wait()`` lets it end first (no result after that).
    """

    done = Signal(bool, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: _Worker | None = None
        self._next: Callable[[], object] | None = None

    def is_running(self) -> bool:
        return self._worker is not None

    def start(self, work: Callable[[], object]) -> None:
        if self._worker is not None:
            self._next = work
            return
        worker = _Worker(lambda _progress: work(), threading.Event())
        worker.finished.connect(self._finished)
        _keep_until_finished(worker)
        self._worker = worker
        worker.start()

    def wait(self) -> None:
        self._next = None
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.finished.disconnect(self._finished)
            worker.wait()

    def _finished(self) -> None:
        worker, self._worker = self._worker, None
        if worker is None:
            return
        ok, value = worker.outcome
        worker.outcome = (False, None)  # see _outcome: a kept error is a cycle
        if self._next is not None:
            work, self._next = self._next, None
            self.start(work)
        self.done.emit(ok, value)


class _Keeper(QObject):
    """Holds every running ``BackgroundJob`` worker (a QThread must not be destroyed while
    it runs) and lets it go on the UI thread when it ends. Made on the UI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.running: set[_Worker] = set()

    def release(self) -> None:
        worker = self.sender()
        if worker in self.running:
            self.running.discard(worker)
            _resume_gc()
            worker.deleteLater()


_keeper: _Keeper | None = None


def _keep_until_finished(worker: _Worker) -> None:
    global _keeper
    if _keeper is None:
        _keeper = _Keeper()
    _keeper.running.add(worker)
    worker.finished.connect(_keeper.release)
    _pause_gc()
