"""Clipboard guard: text ZorgDesk put on the clipboard is removed on lock and exit.

Only when the clipboard still holds exactly what ZorgDesk put there: whatever the
IB copied from another program afterwards is left alone. Widgets copy through
``copy_text`` instead of QClipboard directly.
"""

from __future__ import annotations

import hashlib

from PySide6.QtGui import QGuiApplication

# A digest, not the text: the guard itself must not keep pupil data in memory.
_ours: str | None = None


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def copy_text(text: str) -> None:
    global _ours
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)
    _ours = _digest(text)


def clear_ours() -> bool:
    """Clear the clipboard if it still holds our text; True when something was cleared."""
    global _ours
    if _ours is None or QGuiApplication.instance() is None:
        return False
    clipboard = QGuiApplication.clipboard()
    cleared = _digest(clipboard.text()) == _ours
    if cleared:
        clipboard.clear()
    _ours = None
    return cleared
