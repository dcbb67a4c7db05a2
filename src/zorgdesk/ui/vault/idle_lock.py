"""Auto-lock: any keyboard or mouse input anywhere in ZorgDesk restarts an idle timer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
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
    filter of its own: the IdleLocker's one filter asks it (see there), and says it with
    its ``lock_key`` signal.
    """

    SEQUENCE = QKeySequence("Ctrl+L")

    @classmethod
    def matches(cls, event: QEvent) -> bool:
        """True for Ctrl+L pressed while a modal dialog is open."""
        return (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and QApplication.activeModalWidget() is not None
                and QKeySequence(event.keyCombination()) == cls.SEQUENCE)


class IdleLocker(QObject):
    """App-wide event filter: the IB typing in any dialog counts as activity too.

    It is the app's only Python event filter, and it also serves the lock shortcut
    (``on_lock_key``): Python hears every event of the app, thousands when a dialog
    opens, and each app-wide filter cost about 6 ms per opened 'Nieuwe observatie'
    (issue 23), so there is one.

    What it reports goes out through signals (``timer.timeout``, ``lock_key``), never
    through a stored callable: the controller that owns it passes its own bound methods,
    and a child holding its owner's bound method is a reference cycle that only the
    cyclic garbage collector frees - with this app-wide filter still alive in it
    (ui/dialogs.py, rule 3; tests/qt_garbage_probe.py found it).
    """

    lock_key = Signal()  # Ctrl+L under a modal dialog

    def __init__(self, on_idle: Callable[[], None], parent: QObject | None = None, *,
                 timer: QTimer | None = None,
                 on_lock_key: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        # ``timer``: anything with QTimer's start/stop/isActive/interval and a timeout
        # signal; tests pass one whose time passes only when they say so.
        self._timer = timer if timer is not None else QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(on_idle)
        self._hears_lock_key = on_lock_key is not None
        if on_lock_key is not None:
            self.lock_key.connect(on_lock_key)
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
        if self._hears_lock_key and LockShortcut.matches(event):
            self.lock_key.emit()
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
