"""Unexpected errors: report WHERE it went wrong, never WHAT was being processed.

Python's default report prints the exception message, and messages can hold pupil
data (a name in a ValueError, a pasted sentence in a KeyError). When ZorgDesk is
started from a desktop launcher, stderr ends up in a session log that outlives the
vault's encryption. So the report keeps only exception types and code locations
(file, line, function), which is what a developer needs to find the bug.
"""

from __future__ import annotations

import contextlib
import faulthandler
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

_HEADER = "ZorgDesk: onverwachte fout (zonder inhoud, om leerlinggegevens te beschermen)"


def _where(tb: TracebackType | None) -> list[str]:
    return [f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}"
            for frame in traceback.extract_tb(tb)]


def safe_report(exc_type: type[BaseException], exc: BaseException | None,
                tb: TracebackType | None) -> str:
    """Types and locations of the error and its causes; no messages, no values."""
    lines = [_HEADER, f"{exc_type.__module__}.{exc_type.__qualname__}", *_where(tb)]
    seen = {id(exc)}
    cause = exc.__cause__ or exc.__context__ if exc is not None else None
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        kind = type(cause)
        lines += [f"veroorzaakt door {kind.__module__}.{kind.__qualname__}",
                  *_where(cause.__traceback__)]
        cause = cause.__cause__ or cause.__context__
    return "\n".join(lines) + "\n"


def install(on_error: Callable[[BaseException | None], None] | None = None) -> None:
    """Replace the process-wide hooks; ``on_error(exc)`` tells the user (the GUI's dialog)."""

    def report(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            return
        try:
            sys.stderr.write(safe_report(exc_type, exc, tb))
            sys.stderr.flush()
        except (OSError, ValueError, AttributeError):
            pass  # no usable stderr (pythonw): the dialog still tells the user
        if on_error is not None:
            on_error(exc)

    sys.excepthook = report
    threading.excepthook = lambda args: report(args.exc_type, args.exc_value,
                                               args.exc_traceback)
    # A native crash (Qt, SQLCipher) dumps only the Python frames, no values.
    if sys.stderr is not None and not faulthandler.is_enabled():
        with contextlib.suppress(OSError, ValueError, AttributeError, RuntimeError):
            faulthandler.enable(sys.stderr)
