"""Plaintext exports the IB asked for (inzage PDF/JSON, saved PDFs): owner-only, never half.

Such a file is plaintext by nature - it is the copy for the parents or the archive -
so at least only the IB's own account may read it (0600, like the vault), whatever
the umask. A failed write leaves nothing behind and says in Dutch what to do.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

PRIVATE_MODE = 0o600


class ExportWriteError(OSError):
    """str() is a Dutch sentence without pupil data (only the file name)."""


def _dutch(path: Path, error: OSError) -> ExportWriteError:
    if error.errno == errno.ENOSPC:
        why = "de schijf is vol. Maak ruimte vrij of kies een andere plek"
    elif error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        why = "ZorgDesk mag daar niet schrijven (alleen-lezen). Kies een andere map"
    elif error.errno == errno.EEXIST:
        why = "er staat al een bestand met die naam. Kies een andere naam"
    else:
        why = "controleer of de schijf of USB-stick beschikbaar is"
    return ExportWriteError(f"Het bestand {path.name} kon niet worden geschreven: {why}.")


def _write_fd(fd: int, data: bytes) -> None:
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def write_new_private(path: Path, data: bytes) -> None:
    """Create ``path`` (never over an existing file) readable by the owner only."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except OSError as error:
        raise _dutch(path, error) from error
    try:
        _write_fd(fd, data)
    except OSError as error:
        with contextlib.suppress(OSError):
            path.unlink()  # ours: created above, nothing half-written stays behind
        raise _dutch(path, error) from error


def replace_private(path: Path, data: bytes) -> None:
    """Write via a temporary name beside ``path`` and rename (the IB chose to overwrite)."""
    tmp = path.with_name(path.name + ".part")
    try:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        _write_fd(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE), data)
        os.replace(tmp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _dutch(path, error) from error
