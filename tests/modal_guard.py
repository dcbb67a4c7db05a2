"""A test that opens a real modal dialog fails within seconds instead of hanging the suite.

Loaded by tests/conftest.py for every run. Without it, a modal nobody patched (a
``QMessageBox.question`` the test forgot, a ``dialog.exec()`` with no timer to close it)
waits for a click that never comes, until pytest-timeout kills the run (120 s, the whole
process, later tests unrun).

Every way ZorgDesk opens a blocking dialog is wrapped: ``QDialog.exec`` (so QMessageBox,
QFileDialog, QInputDialog and every dialog of ui/ too), ``QPrintDialog.exec``,
``QPageSetupDialog.exec`` and the static functions of QMessageBox, QFileDialog,
QInputDialog, QColorDialog and QFontDialog. While one runs, a watchdog looks every
half of ``ZORGDESK_MODAL_GUARD_SECONDS`` (default 10) whether the modal is still open and
idle; the second time it finds it so (it sat there, untouched, for a whole interval) it
closes it (``done(0)``, as Escape would) and the test fails with a message that says
which dialog and what to do. A modal that waits for work in a loop of its own (the
unlock window's key derivation in a worker, ``wait_for_worker``) is busy, not idle.

Tests keep patching these as before (``monkeypatch.setattr(QMessageBox, "exec", ...)``,
``messages._sink``/the ``asked`` fixture, ``QFileDialog.getSaveFileName`` ...): a patch
replaces the guarded function for that test. A test that really runs a modal and closes
it from a ``QTimer`` (tests/ui/test_dialog_lifetime.py, the unlock window in
test_open_vault.py) is untouched: its timer fires long before the watchdog's.
"""

from __future__ import annotations

import functools
import os

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QFontDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

GUARD_SECONDS = float(os.environ.get("ZORGDESK_MODAL_GUARD_SECONDS", "10"))

EXEC = [QDialog, QPrintDialog, QPageSetupDialog]
STATIC = {
    QMessageBox: ["about", "aboutQt", "critical", "information", "question", "warning"],
    QFileDialog: ["getExistingDirectory", "getExistingDirectoryUrl", "getOpenFileName",
                  "getOpenFileNames", "getOpenFileUrl", "getOpenFileUrls", "getSaveFileName",
                  "getSaveFileUrl"],
    QInputDialog: ["getDouble", "getInt", "getItem", "getMultiLineText", "getText"],
    QColorDialog: ["getColor"],
    QFontDialog: ["getFont"],
}

# What the watchdog closed during the running test (see pytest_runtest_makereport).
closed_by_guard: list[str] = []


class RealModalInTest(pytest.fail.Exception):
    """Raised where the unpatched modal was opened (a BaseException: no ``except
    Exception`` of the program swallows it)."""


def _describe(widget: QWidget | None, opened_by: str) -> str:
    if widget is None:
        return opened_by
    title = widget.windowTitle() or widget.accessibleName()
    return f"{opened_by}: {type(widget).__name__} {title!r}"


def _message(what: str) -> str:
    return (f"This test opened a real modal dialog and nothing closed it within "
            f"{GUARD_SECONDS:g} s ({what}); the modal guard closed it (tests/modal_guard.py). "
            "Patch it instead: monkeypatch the dialog's exec or the static QMessageBox/"
            "QFileDialog/QInputDialog function, or use messages._sink / the `asked` fixture "
            "for show_message and ask_choice; or close it yourself from a QTimer.")


def _run_guarded(call, find_modal, opened_by: str):
    """``call()`` with a watchdog that closes the modal ``find_modal()`` returns when it
    stays open for a whole interval without anyone closing it."""
    seen: list[int] = []
    fired: list[str] = []
    level = QThread.currentThread().loopLevel() + 1  # the modal's own event loop

    def look() -> None:
        modal = find_modal()
        if (modal is None or not modal.isVisible()
                or QThread.currentThread().loopLevel() != level):
            seen.clear()  # closed, or busy: a loop inside it waits for work (a worker)
            return
        if id(modal) not in seen:  # first sighting: give it one more interval
            seen.append(id(modal))
            return
        fired.append(_describe(modal, opened_by))
        modal.done(0) if isinstance(modal, QDialog) else modal.close()

    watchdog = QTimer()
    watchdog.setInterval(max(1, int(GUARD_SECONDS * 500)))  # two looks: GUARD_SECONDS
    watchdog.timeout.connect(look)
    watchdog.start()
    try:
        result = call()
    finally:
        watchdog.stop()
        watchdog.timeout.disconnect(look)
        del watchdog
    if fired:
        closed_by_guard.extend(fired)
        raise RealModalInTest(_message(", ".join(fired)), pytrace=True)
    return result


def _guard_exec(original):
    @functools.wraps(original)
    def exec_guarded(self, *args, **kwargs):
        __tracebackhide__ = True

        def find_modal():
            return self

        return _run_guarded(lambda: original(self, *args, **kwargs), find_modal,
                            f"{type(self).__name__}.exec()")

    exec_guarded.modal_guard = True
    return exec_guarded


def _guard_static(cls, name, original):
    @functools.wraps(original)
    def static_guarded(*args, **kwargs):
        __tracebackhide__ = True
        return _run_guarded(lambda: original(*args, **kwargs), QApplication.activeModalWidget,
                            f"{cls.__name__}.{name}()")

    static_guarded.modal_guard = True
    return staticmethod(static_guarded)


_ORIGINALS: list[tuple[type, str, object]] = []


def install() -> None:
    """Wrap every blocking dialog entry point (once)."""
    if _ORIGINALS:
        return
    for cls in EXEC:
        for name in ("exec", "exec_"):
            if name in cls.__dict__:
                _ORIGINALS.append((cls, name, cls.__dict__[name]))
                setattr(cls, name, _guard_exec(getattr(cls, name)))
    for cls, names in STATIC.items():
        for name in names:
            _ORIGINALS.append((cls, name, cls.__dict__[name]))
            setattr(cls, name, _guard_static(cls, name, getattr(cls, name)))


def uninstall() -> None:
    while _ORIGINALS:
        cls, name, original = _ORIGINALS.pop()
        setattr(cls, name, original)


def pytest_configure(config):
    install()


def pytest_unconfigure(config):
    uninstall()


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_protocol(item):
    closed_by_guard.clear()
    yield
    closed_by_guard.clear()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Fail the phase in which the guard closed a modal, also when the program caught
    the guard's exception (a slot called by Qt prints it and goes on)."""
    outcome = yield
    report = outcome.get_result()
    if closed_by_guard and report.passed:
        report.outcome = "failed"
        report.longrepr = _message(", ".join(closed_by_guard))
    closed_by_guard.clear()
