"""The app-wide idle filter (ui/vault/idle_lock.py) restarts the lock timer for every kind of
input it names, delivered by Qt to a real widget, and for nothing else."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QShortcutEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QLineEdit

from zorgdesk.ui.vault.idle_lock import IdleLocker

LONG_MS = 60_000


def _mouse(kind):
    return QMouseEvent(kind, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.LeftButton,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


EVENTS = {
    "toets": lambda: QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                               Qt.KeyboardModifier.NoModifier, "a"),
    "toets los": lambda: QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_A,
                                   Qt.KeyboardModifier.NoModifier, "a"),
    "klik": lambda: _mouse(QEvent.Type.MouseButtonPress),
    "klik los": lambda: _mouse(QEvent.Type.MouseButtonRelease),
    "muis beweegt": lambda: _mouse(QEvent.Type.MouseMove),
    "scrollwiel": lambda: QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, 120),
                                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                                      Qt.ScrollPhase.NoScrollPhase, False),
    "invoermethode": lambda: QInputMethodEvent("é", []),
    "sneltoets": lambda: QShortcutEvent(QKeySequence("Ctrl+K"), 1),
}


@pytest.fixture
def locker(qtbot):
    locked = []
    idle = IdleLocker(lambda: locked.append(True))
    idle._timer.setTimerType(Qt.TimerType.PreciseTimer)  # remainingTime to the ms
    idle.start(LONG_MS)
    yield idle
    idle.detach()


@pytest.mark.parametrize("kind", list(EVENTS))
def test_every_kind_of_input_restarts_the_timer(qtbot, locker, kind):
    field = QLineEdit()
    qtbot.addWidget(field)
    qtbot.wait(100)
    before = locker._timer.remainingTime()
    QApplication.sendEvent(field, EVENTS[kind]())
    assert locker._timer.remainingTime() > before + 60


def test_other_events_leave_the_timer_running_down(qtbot, locker):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.wait(100)
    before = locker._timer.remainingTime()
    for kind in (QEvent.Type.UpdateRequest, QEvent.Type.LayoutRequest, QEvent.Type.Enter):
        QApplication.sendEvent(field, QEvent(kind))
    field.resize(200, 40)
    field.repaint()
    assert locker._timer.remainingTime() <= before
