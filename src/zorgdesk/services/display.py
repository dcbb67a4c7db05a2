"""How large this laptop shows the text: a choice of the IB, kept outside the vault.

A preference of the person at this screen, not of the school's data: it holds before
unlocking (the passphrase window too) and for every vault, so it lives in the user
data folder (``weergave.json``, one word, no names). Writing it is best effort: a
read-only profile must not block work; a broken file reads as the normal size.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from zorgdesk import paths

FILE_NAME = "weergave.json"
NORMAL = "normaal"
# Name -> factor on the laptop's own text size (9 pt on Linux: 9, 10.5, 12 pt). The
# largest is the size every window is tested to fit 1366x768 at 125 % with.
TEXT_SIZES = {NORMAL: 1.0, "groot": 7 / 6, "extra_groot": 4 / 3}


def _file() -> Path:
    return paths.user_data_dir() / FILE_NAME


_MOST = 4096  # bytes: the file holds one word; anything larger is not ours


def text_size() -> str:
    """The chosen size's name; the normal one when none was chosen, it is unknown or the
    file is anything but what remember_text_size writes (read at the start: whatever
    lies there must not stop ZorgDesk from opening, review s37)."""
    try:
        with _file().open("rb") as handle:
            raw = handle.read(_MOST + 1)
        if len(raw) > _MOST:
            return NORMAL
        data = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return NORMAL
    chosen = data.get("tekstgrootte") if isinstance(data, dict) else None
    return chosen if isinstance(chosen, str) and chosen in TEXT_SIZES else NORMAL


def remember_text_size(name: str) -> None:
    if name not in TEXT_SIZES:
        raise ValueError(f"Onbekende tekstgrootte: {name}")
    target = _file()
    tmp = target.with_name(target.name + ".tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"tekstgrootte": name}, handle)
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()  # no half-made file left behind (a folder in its place, ...)
