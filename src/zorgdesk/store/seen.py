"""Remember, outside the vault, how far each vault's audit log has come on this computer.

An older copy of a vault (a backup's database swapped in, with or without its key
file) is internally consistent: the chain, seals and head all verify. What gives it
away is that its audit log ends *before* a row this computer has already seen. So
ZorgDesk keeps the highest audit seq per vault id in the user data folder
(``kluisstanden.json``: vault ids and numbers only, no names) and reports a lower
one at unlock. Writing it is best effort: a read-only profile must not block work.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from zorgdesk import paths

FILE_NAME = "kluisstanden.json"


def _file() -> Path:
    return paths.user_data_dir() / FILE_NAME


def _load() -> dict[str, int]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
        return {str(k): int(v) for k, v in dict(data).items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return {}


def highest_seen(vault_id: str) -> int:
    return _load().get(vault_id, 0)


def _store(data: dict[str, int]) -> None:
    target = _file()
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, sort_keys=True)
        os.replace(tmp, target)


def remember(vault_id: str, seq: int) -> None:
    """Raise the remembered seq (never lower it here)."""
    data = _load()
    if data.get(vault_id, 0) < seq:
        data[vault_id] = seq
        _store(data)


def accept(vault_id: str, seq: int) -> None:
    """The IB deliberately restored an older copy: from now on that is the known state."""
    data = _load()
    data[vault_id] = seq
    _store(data)
