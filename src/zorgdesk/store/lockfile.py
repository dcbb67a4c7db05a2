"""One ZorgDesk process per vault.

Two processes writing the same SQLCipher file would not corrupt it (SQLite locks),
but two windows showing diverging views of a case file invite lost work. The lock
file records host and pid so a lock left behind by a crash can be taken over.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
from pathlib import Path

from zorgdesk.store.errors import (
    DiskFullError,
    ForeignLockError,
    ReadOnlyMediumError,
    VaultError,
    VaultInUseError,
)


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


def _holder(path: Path) -> tuple[str, int] | None:
    """(host, pid) written in the lock, or None when it is unreadable (a crash while writing)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return str(data["host"]), int(data["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _is_stale(holder: tuple[str, int] | None) -> bool:
    if holder is None:
        return True
    host, pid = holder
    return host == socket.gethostname() and not _pid_alive(pid)


def medium_error(error: OSError) -> VaultError:
    """The Dutch error for a lock, temp or key file that cannot be written."""
    if error.errno == errno.ENOSPC:
        return DiskFullError()
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyMediumError()
    return VaultError("ZorgDesk kon een bestand naast de kluis niet schrijven. Controleer of "
                      "de schijf of USB-stick nog aangesloten is en probeer het opnieuw.")


class VaultLock:
    """Held for as long as a vault is open (also while the window is locked)."""

    def __init__(self, vault_path: Path) -> None:
        self.path = lock_path(vault_path)
        self._held = False

    def acquire(self, take_over: bool = False) -> None:
        """Take the lock; a lock of another computer only with ``take_over`` (after a warning)."""
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                holder = _holder(self.path)
                foreign = holder is not None and holder[0] != socket.gethostname()
                if _is_stale(holder) or (foreign and take_over):
                    with contextlib.suppress(FileNotFoundError):
                        self.path.unlink()
                    continue
                if foreign:
                    raise ForeignLockError(holder[0]) from None
                raise VaultInUseError() from None
            except OSError as error:
                raise medium_error(error) from error
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump({"host": socket.gethostname(), "pid": os.getpid()}, handle)
            except OSError as error:
                with contextlib.suppress(OSError):
                    self.path.unlink()
                raise medium_error(error) from error
            self._held = True
            return
        raise VaultInUseError()

    def release(self) -> None:
        if self._held:
            with contextlib.suppress(OSError):
                self.path.unlink()
            self._held = False
