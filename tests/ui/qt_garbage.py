"""Probe for issue 14: no live Qt wrapper may ever reach Python's cyclic garbage.

A Qt wrapper whose C++ object is still alive, found by the cyclic collector, is the
crash of issue 14 waiting to happen: clearing the cycle lets Python free widgets that
Qt still holds. ``live_qt_garbage()`` collects with ``gc.DEBUG_SAVEALL`` so nothing is
actually freed, lists the live wrappers in the garbage and keeps them (deliberately
leaked) so that a failing probe reports instead of crashing the test run.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent
from shiboken6 import Shiboken

# Live wrappers found by a failing probe: freeing them could crash the process.
_QUARANTINE: list[object] = []


def live_qt_garbage(action: Callable[[], object] | None = None) -> list[str]:
    """Type names of live Qt wrappers the cyclic GC finds after ``action()``, sorted."""
    _settle()  # what earlier tests left to Qt's deferred deletion is not ours to report
    flags = gc.get_debug()
    gc.set_debug(flags | gc.DEBUG_SAVEALL)
    try:
        if action is not None:
            action()
        gc.collect()
        live = [obj for obj in gc.garbage
                if isinstance(obj, Shiboken.Object) and Shiboken.isValid(obj)]
        if live:
            _QUARANTINE.extend(gc.garbage)
        return sorted(type(obj).__name__ for obj in live)
    finally:
        gc.set_debug(flags)
        gc.garbage.clear()


def _settle() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()


def assert_no_live_qt_garbage(action: Callable[[], object] | None = None) -> None:
    live = live_qt_garbage(action)
    assert not live, (
        f"live Qt wrappers in the cyclic garbage: {live}. A dialog or window is kept in "
        "a reference cycle (a child holding a bound method or lambda of its dialog?) and "
        "was not released: see the rule in src/zorgdesk/ui/dialogs.py")
