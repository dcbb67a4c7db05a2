"""Open an attachment outside ZorgDesk: a plaintext copy in a private folder, short-lived.

PDFs and images are shown inside ZorgDesk from memory. An e-mail file needs the
mail program, so it is written to a folder only the IB's account may enter (0700,
each file 0600) and removed when the IB closes the attachments window, when the
vault locks or closes, and in any case at the next start (``clear``).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from pathlib import Path

from zorgdesk import paths
from zorgdesk.domain.attachments.file_kind import clean_name
from zorgdesk.services.private_files import write_new_private

FOLDER_MODE = 0o700


def folder() -> Path:
    return paths.user_data_dir() / "geopende-bijlagen"


def write_for_viewing(filename: str, data: bytes) -> Path:
    """A fresh owner-only copy of ``data``; its name keeps the extension the viewer needs."""
    base = folder()
    base.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    os.chmod(base, FOLDER_MODE)  # also when it existed with a wider mode
    sub = base / secrets.token_hex(8)
    sub.mkdir(mode=FOLDER_MODE)
    target = sub / clean_name(filename)
    write_new_private(target, data)
    return target


def clear() -> None:
    """Remove every copy (a viewer still holding one on Windows: the next start removes it)."""
    with contextlib.suppress(FileNotFoundError):
        shutil.rmtree(folder(), ignore_errors=True)
