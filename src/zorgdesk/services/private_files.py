"""Plaintext exports the IB asked for (inzage PDF/JSON, saved PDFs): owner-only, never half.

Such a file is plaintext by nature - it is the copy for the parents or the archive -
so at least only the IB's own account may read it (0600, like the vault), whatever
the umask. A failed write leaves nothing behind and says in Dutch what to do.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import unicodedata
from datetime import date
from pathlib import Path

from zorgdesk.domain.logbook.objectivity import initials_for
from zorgdesk.domain.validation import FieldProblem

PRIVATE_MODE = 0o600
_BAD_NAME_CHARS = set('<>:"/\\|?*') | {chr(c) for c in range(32)}


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


def check_export_target(folder: str | Path | None, base_name: str,
                        problems: list[FieldProblem]) -> Path | None:
    """The chosen folder as a Path, or None with a Dutch problem for "folder"; a bad
    file name adds a problem for "base_name" (no path parts, hidden names or >80)."""
    name = (base_name or "").strip()
    if name and (set(name) & _BAD_NAME_CHARS or name.startswith(".") or len(name) > 80):
        problems.append(FieldProblem(
            "base_name", "Gebruik geen / \\ : * ? \" < > | en hooguit 80 tekens."))
    target = Path(folder) if str(folder or "").strip() else None
    if target is None:
        problems.append(FieldProblem("folder", "Kies een map voor de bestanden."))
    elif target.exists() and not target.is_dir():
        problems.append(FieldProblem("folder", "Dit is een bestand, geen map."))
    elif not target.is_dir():
        problems.append(FieldProblem("folder", "Deze map bestaat niet."))
    elif not os.access(target, os.W_OK | os.X_OK):
        problems.append(FieldProblem("folder", "In deze map kan ZorgDesk niet schrijven."))
    else:
        return target
    return None


def free_path(folder: Path, stem: str, ext: str) -> Path:
    """Never overwrite an earlier export: add -2, -3 ... when the name is taken."""
    path, n = folder / f"{stem}{ext}", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}{ext}"
    return path


_NO_DECOMPOSITION = str.maketrans({"Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d",
                                   "Æ": "A", "Œ": "O", "Þ": "T", "ı": "i"})


def initials_stem(display_name: str, day: date) -> str:
    """'EC-2026-11-25': initials and date only, a file name on a USB stick is readable by
    anyone; ASCII only, some USB sticks and mail programs mangle "Ç" in file names."""
    initials = initials_for(display_name)
    # Ø and Ł have no decomposition: 'Sven Ødegård' gave 'S', 'Łukasz Ørsted' 'leerling'.
    folded = unicodedata.normalize("NFKD", initials).translate(_NO_DECOMPOSITION)
    letters = "".join(c for c in folded if c.isascii() and c.isalnum()) or "leerling"
    return f"{letters}-{day:%Y-%m-%d}"


def renewed_stem(name: str, suggested_then: str | None, suggested_now: str) -> str:
    """A file name from a draft of another day, for today: the suggestion of that day
    (``initials_stem``), also with the IB's words after it, gets today's date; a name of
    her own stays as typed. ``suggested_then`` None: a draft that did not keep it (stop
    33): only the untouched suggestion of any day is recognised."""
    if suggested_then and name.startswith(suggested_then):
        return suggested_now + name[len(suggested_then):]
    initials = suggested_now[:-len("YYYY-MM-DD")]
    if suggested_then is None and re.fullmatch(re.escape(initials) + r"\d{4}-\d{2}-\d{2}",
                                               name):
        return suggested_now
    return name
