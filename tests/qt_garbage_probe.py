"""Opt-in pytest plugin: fail a test that leaves a live Qt object to the cyclic collector.

Run with ``pytest --qt-garbage-probe tests/ui`` (the option lives in tests/conftest.py;
``-p tests.qt_garbage_probe`` loads the same plugin).

The crash class of issue 14: the cyclic garbage collector frees a shiboken wrapper whose
C++ object Qt still holds (a parentless dialog in a reference cycle, a child whose parent
info is cleared); the process then segfaults at a random later line, often while the NEXT
test builds its first dialog. ``tests/ui/qt_garbage.py`` probes one action; this plugin
watches every test of a run:

- ``gc.DEBUG_SAVEALL`` is on from the first test to the last: nothing the collector finds
  is freed while a test runs, it is saved in ``gc.garbage`` instead;
- after EVERY collection (automatic ones in the middle of a test included, through
  ``gc.callbacks``) the new garbage is searched for wrappers that are still valid: a
  QObject, or a C++-owned item (QListWidgetItem, QStandardItem ...). Validity is read at
  the moment of the collection, before anything else runs: that is what the collector
  would have freed;
- after the test's teardown (pytest-qt closed its widgets: ``close()`` and a
  ``deleteLater()`` that no event loop has run yet, exactly what the next test's collector
  would meet) one more full collection; Qt's pending deferred deletions are deliberately
  NOT processed first, since the product's collector does not wait for them either;
- a test with findings fails at teardown, naming the types; its garbage is kept
  (``QUARANTINE``, leaked on purpose) so the probe reports instead of crashing. Other
  garbage is freed after the check, with the collector's normal rules.

Objects alive before the first test (``gc.freeze`` in tests/conftest.py) are never
garbage, so the probe sees exactly what the tests create.
"""

from __future__ import annotations

import gc
import threading

import pytest

PLUGIN_NAME = "qt_garbage_probe"

# Garbage of failing tests: freeing it could crash the run.
QUARANTINE: list[object] = []


def _live_qt(obj: object) -> str | None:
    """A short description when ``obj`` is a wrapper the collector must not free."""
    from PySide6.QtCore import QObject
    from shiboken6 import Shiboken

    if not isinstance(obj, Shiboken.Object) or not Shiboken.isValid(obj):
        return None
    if isinstance(obj, QObject):
        name = obj.objectName()
        return f"{type(obj).__name__}{f' {name!r}' if name else ''}"
    if not Shiboken.ownedByPython(obj):  # an item a Qt view or model holds
        return f"{type(obj).__name__} (owned by Qt)"
    return None  # a value (QColor, QFont ...) owned by Python: freeing it is harmless


class QtGarbageProbe:
    def __init__(self) -> None:
        self._started = False
        self._scanned = 0  # gc.garbage[:_scanned] was searched already
        self._findings: list[str] = []
        self.failed: dict[str, list[str]] = {}  # nodeid -> findings

    # -- the collector's side ----------------------------------------------------------

    def _after_collection(self, phase: str, info: dict) -> None:
        if phase != "stop":
            return
        if len(gc.garbage) < self._scanned:  # someone cleared it (tests/ui/qt_garbage.py)
            self._scanned = 0
        new = gc.garbage[self._scanned:]
        self._scanned = len(gc.garbage)
        thread = threading.current_thread()
        where = "" if thread is threading.main_thread() else f" [thread {thread.name}]"
        for obj in new:
            found = _live_qt(obj)
            if found:
                self._findings.append(f"{found} (generation {info['generation']}){where}")

    def _start(self) -> None:
        if not self._started:
            gc.callbacks.append(self._after_collection)
            self._started = True
        gc.set_debug(gc.get_debug() | gc.DEBUG_SAVEALL)

    def _free_garbage(self) -> None:
        """Let the checked garbage go, with the collector's normal rules."""
        gc.set_debug(gc.get_debug() & ~gc.DEBUG_SAVEALL)
        gc.garbage.clear()
        self._scanned = 0
        gc.collect()

    # -- pytest's side --------------------------------------------------------------------

    @pytest.hookimpl(hookwrapper=True, tryfirst=True)
    def pytest_runtest_protocol(self, item):
        self._findings = []
        self._start()
        yield

    @pytest.hookimpl(hookwrapper=True, tryfirst=True)
    def pytest_runtest_teardown(self, item):
        yield  # the outermost wrapper: pytest-qt has closed the test's widgets
        gc.collect()
        if self._findings:
            self.failed[item.nodeid] = sorted(set(self._findings))
            QUARANTINE.extend(gc.garbage)  # never freed: it holds live Qt objects
            gc.garbage.clear()
            self._scanned = 0
        self._free_garbage()
        gc.set_debug(gc.get_debug() | gc.DEBUG_SAVEALL)

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item, call):
        outcome = yield
        report = outcome.get_result()
        found = self.failed.get(item.nodeid)
        if call.when == "teardown" and found:
            report.outcome = "failed"
            report.longrepr = (
                "qt-garbage-probe: the cyclic garbage collector met live Qt objects during "
                f"or after this test: {found}. Outside the probe, freeing them can segfault "
                "the process at a random later line (issue 14). Look for a reference cycle "
                "that holds a dialog or widget: a child given a bound method or lambda of its "
                "dialog, a traceback kept in a local (`with pytest.raises(...) as info` in a "
                "test that holds widgets), a parentless dialog stored on itself. See "
                "src/zorgdesk/ui/dialogs.py.")

    def pytest_terminal_summary(self, terminalreporter):
        terminalreporter.write_sep(
            "-", f"qt-garbage-probe: {len(self.failed)} test(s) left live Qt objects to the "
            "cyclic garbage collector")
        for nodeid, found in self.failed.items():
            terminalreporter.write_line(f"{nodeid}: {', '.join(found)}")

    def pytest_unconfigure(self, config):
        if self._started:
            gc.callbacks.remove(self._after_collection)
            gc.set_debug(gc.get_debug() & ~gc.DEBUG_SAVEALL)
            self._started = False


def register(config) -> None:
    if not config.pluginmanager.has_plugin(PLUGIN_NAME):
        config.pluginmanager.register(QtGarbageProbe(), PLUGIN_NAME)


def pytest_configure(config):
    """Loaded with ``-p tests.qt_garbage_probe``: probe without the option."""
    register(config)
