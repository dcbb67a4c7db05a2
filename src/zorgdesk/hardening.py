"""Process hardening at start: no core dumps that could hold decrypted pupil data.

After Ctrl+L the data key is wiped, but Python strings with pupil data cannot be;
a core file written on a crash (or by anyone who can signal the process) would keep
them on disk unencrypted. So, like KeePassXC, ZorgDesk switches core dumps off:

* Linux: ``RLIMIT_CORE = 0`` and ``prctl(PR_SET_DUMPABLE, 0)`` (the latter also stops
  other processes of the same user from attaching with ptrace and reading memory).
* macOS: ``RLIMIT_CORE = 0`` (ptrace denial needs PT_DENY_ATTACH, not done here).
* Windows: Windows Error Reporting writes no full memory dump unless an administrator
  configured LocalDumps; ``SetErrorMode`` suppresses the crash dialog's dump offer.
Best effort: a failure here must never stop ZorgDesk from starting.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE, PR_GET_DUMPABLE = 4, 3
SEM_FAILCRITICALERRORS, SEM_NOGPFAULTERRORBOX = 0x0001, 0x0002


def disable_core_dumps() -> bool:
    """Switch core dumps off for this process; True when every step for this OS worked."""
    ok = True
    if sys.platform != "win32":
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except (ImportError, ValueError, OSError):
            ok = False
    if sys.platform.startswith("linux"):
        ok = _prctl(PR_SET_DUMPABLE, 0) == 0 and ok
    elif sys.platform == "win32":
        with contextlib.suppress(AttributeError, OSError):
            ctypes.windll.kernel32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
    return ok


def is_dumpable() -> bool:
    """Linux only: whether the kernel would write a core file for this process."""
    return _prctl(PR_GET_DUMPABLE, 0) == 1


def _prctl(option: int, value: int) -> int:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return int(libc.prctl(option, value, 0, 0, 0))
    except (OSError, AttributeError):
        return -1
