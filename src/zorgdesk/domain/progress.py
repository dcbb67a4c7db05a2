"""Progress and cancelling for long work, without Qt: the UI runs the work in a worker
thread and shows what it reports; the work checks between steps whether to stop.

A long operation takes a ``Progress`` and calls ``step(done, total, text)`` now and
then; when the IB pressed *Annuleren*, ``step`` raises :class:`Cancelled` at that safe
point (never in the middle of a write). ``Progress()`` without arguments reports to
nobody and is never cancelled, so callers that do not care pass nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):  # noqa: N818 - reads as what happened: the IB cancelled
    """The IB stopped the operation; nothing was half done."""

    def __init__(self) -> None:
        super().__init__("Afgebroken.")


class Progress:
    def __init__(self, report: Callable[[int, int, str], None] | None = None,
                 cancel: threading.Event | None = None) -> None:
        self._report = report
        self._cancel = cancel or threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise Cancelled when asked to stop (call only where stopping is safe)."""
        if self._cancel.is_set():
            raise Cancelled()

    def step(self, done: int, total: int, text: str = "") -> None:
        """Report ``done`` of ``total`` (Dutch ``text`` for the dialog), then check."""
        if self._report is not None:
            self._report(done, total, text)
        self.check()

    def part(self, start: int, size: int, total: int) -> Progress:
        """A Progress for a sub-task that maps its own 0..n onto start..start+size."""
        def report(done: int, sub_total: int, text: str) -> None:
            if self._report is not None:
                share = done / sub_total if sub_total else 1.0
                self._report(start + round(size * share), total, text)
        return Progress(report, self._cancel)

