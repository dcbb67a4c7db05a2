"""Auto-lock: any keyboard or mouse input anywhere in ZorgDesk restarts an idle timer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QInputEvent, QInputMethodEvent, QKeyEvent, QKeySequence, QShortcutEvent
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.InputMethod, QEvent.Type.Shortcut,
}
# The classes of those events. Both filters see every event of the app (thousands when a
# dialog opens); an isinstance test lets paint, layout and timer events pass without
# asking their type, which PySide turns into a Python enum at a few microseconds each.
_ACTIVITY_CLASSES = (QInputEvent, QInputMethodEvent, QShortcutEvent)


class LockShortcut:
    """Ctrl+L locks even while a modal dialog has the keyboard.

    The main window's Ctrl+L is a window shortcut, and Qt disables those while a modal
    dialog is open - exactly when the IB may be called away mid-sentence. Locking then
    saves the form's draft and closes the dialog (AppController.lock). Not an event
    filter of its own: the IdleLocker's one filter asks it (see there).
    """

    SEQUENCE = QKeySequence("Ctrl+L")

    def __init__(self, on_lock: Callable[[], None]) -> None:
        self._on_lock = on_lock

    def handles(self, event: QEvent) -> bool:
        """Locks and returns True for Ctrl+L pressed while a modal dialog is open."""
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and QApplication.activeModalWidget()
                and QKeySequence(event.keyCombination()) == self.SEQUENCE):
            self._on_lock()
            return True
        return False


class IdleLocker(QObject):
    """App-wide event filter: the IB typing in any dialog counts as activity too.

    It is the app's only Python event filter, and it also serves the lock shortcut
    (``on_lock_key``): Python hears every event of the app, thousands when a dialog
    opens, and each app-wide filter cost about 6 ms per opened 'Nieuwe observatie'
    (issue 23), so there is one.
    """

    def __init__(self, on_idle: Callable[[], None], parent: QObject | None = None, *,
                 timer: QTimer | None = None,
                 on_lock_key: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        # ``timer``: anything with QTimer's start/stop/isActive/interval and a timeout
        # signal; tests pass one whose time passes only when they say so.
        self._timer = timer if timer is not None else QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(on_idle)
        self._lock_key = LockShortcut(on_lock_key) if on_lock_key is not None else None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self, interval_ms: int) -> None:
        self._timer.start(max(1, int(interval_ms)))

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if not isinstance(event, _ACTIVITY_CLASSES):
            return False
        if self._lock_key is not None and self._lock_key.handles(event):
            return True  # locked: the key goes no further (the lock stops the timer)
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()  # restart with the same interval
        return False

    def detach(self) -> None:
        """Stop hearing input (and the lock shortcut) and stop the timer."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()
