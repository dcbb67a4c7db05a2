"""Slow down repeated wrong passphrases within this process.

Argon2id already makes each guess expensive offline; this stops someone at the
unlocked-but-unattended laptop from trying a list of guesses in the dialog.
"""

from __future__ import annotations

import time
from collections.abc import Callable

FREE_ATTEMPTS = 3
MAX_WAIT_SECONDS = 300.0


class AttemptThrottle:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures: dict[str, int] = {}
        self._blocked_until: dict[str, float] = {}

    def wait_remaining(self, key: str) -> float:
        return max(0.0, self._blocked_until.get(key, 0.0) - self._clock())

    def failed(self, key: str) -> float:
        """Register a failure; return the seconds the next attempt must wait."""
        count = self._failures.get(key, 0) + 1
        self._failures[key] = count
        if count < FREE_ATTEMPTS:
            return 0.0
        wait = min(MAX_WAIT_SECONDS, 2.0 ** (count - FREE_ATTEMPTS + 1))
        self._blocked_until[key] = self._clock() + wait
        return wait

    def succeeded(self, key: str) -> None:
        self._failures.pop(key, None)
        self._blocked_until.pop(key, None)


GLOBAL_THROTTLE = AttemptThrottle()
