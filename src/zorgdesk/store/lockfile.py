"""One ZorgDesk process per vault.

Two processes writing the same SQLCipher file would not corrupt it (SQLite locks),
but two windows showing diverging views of a case file invite lost work. The lock
file records host and pid so a lock left behind by a crash can be taken over.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from pathlib import Path

from zorgdesk.store.errors import VaultInUseError


def lock_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".lock")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _is_stale(path: Path) -> bool:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        host, pid = str(data["host"]), int(data["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return True  # unreadable lock: a crash during writing it
    return host == socket.gethostname() and not _pid_alive(pid)


class VaultLock:
    """Held for as long as a vault is open (also while the window is locked)."""

    def __init__(self, vault_path: Path) -> None:
        self.path = lock_path(vault_path)
        self._held = False

    def acquire(self) -> None:
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                if _is_stale(self.path):
                    with contextlib.suppress(FileNotFoundError):
                        self.path.unlink()
                    continue
                raise VaultInUseError() from None
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"host": socket.gethostname(), "pid": os.getpid()}, handle)
            self._held = True
            return
        raise VaultInUseError()

    def release(self) -> None:
        if self._held:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            self._held = False
