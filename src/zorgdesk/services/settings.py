"""Security-related per-vault settings, stored in the m0002 ``setting`` table."""

from __future__ import annotations

import contextlib

from zorgdesk.store.vault import Vault

DEFAULT_AUTOLOCK_MINUTES = 5


def _int_setting(vault: Vault, key: str, default: int, low: int, high: int) -> int:
    row = vault.read().execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    with contextlib.suppress(TypeError, ValueError):
        return max(low, min(high, int(row[0])))
    return default


def autolock_minutes(vault: Vault) -> int:
    """Idle minutes before the window locks (1..60; an odd stored value falls back)."""
    return _int_setting(vault, "autolock_minutes", DEFAULT_AUTOLOCK_MINUTES, 1, 60)


def set_int_setting(vault: Vault, key: str, value: int) -> None:
    with vault.transaction() as cur:
        cur.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key)"
                    " DO UPDATE SET value = excluded.value", (key, str(int(value))))
        vault.audit(cur, "instelling.gewijzigd", "setting", key, {"value": int(value)})
