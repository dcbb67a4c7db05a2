"""Proof that the UI thread's event loop turns while a worker runs.

``ui_ticks(5)`` starts a 5 ms timer on the UI thread for the length of a ``with``
block; ``ticks.reached`` is set once it has ticked that often. Work in a worker that
waits for it returns only if the event loop kept turning meanwhile (on the UI thread
itself it would wait in vain).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer


@dataclass
class Ticks:
    wanted: int
    count: int = 0
    reached: threading.Event = field(default_factory=threading.Event)

    def tick(self) -> None:
        self.count += 1
        if self.count >= self.wanted:
            self.reached.set()


@contextmanager
def ui_ticks(wanted: int = 5) -> Iterator[Ticks]:
    ticks = Ticks(wanted)
    timer = QTimer()
    timer.timeout.connect(ticks.tick)
    timer.start(5)
    try:
        yield ticks
    finally:
        timer.stop()
