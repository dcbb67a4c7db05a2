"""Numbered schema migrations, applied in order; ``PRAGMA user_version`` records the last.

Each module ``mNNNN_<name>.py`` defines ``SQL`` (a script). Never edit a released
migration: add a new one, so every existing vault can be brought forward.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

_NAME = re.compile(r"^m(\d{4})_\w+$")


def available() -> list[tuple[int, str]]:
    found = []
    for module in pkgutil.iter_modules(__path__):
        match = _NAME.match(module.name)
        if match:
            found.append((int(match.group(1)), module.name))
    found.sort()
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migration numbers must be consecutive: {numbers}")
    return found


def latest_version() -> int:
    return len(available())


def load_sql(module_name: str) -> str:
    return importlib.import_module(f"{__name__}.{module_name}").SQL
