"""The errors the UI and the command line may catch, so neither imports the store.

Every one carries a Dutch sentence for the IB and nothing from the dossier.
"""

from __future__ import annotations

from zorgdesk.services.private_files import ExportWriteError
from zorgdesk.store.errors import (
    DamagedVaultError,
    ForeignLockError,
    ReadOnlyMediumError,
    VaultError,
    VaultRolledBackError,
)

__all__ = ["DamagedVaultError", "ExportWriteError", "ForeignLockError", "ReadOnlyMediumError",
           "VaultError", "VaultRolledBackError", "is_vault_damage"]


def is_vault_damage(error: BaseException | None) -> bool:
    """The vault file itself failed (damaged, or the database refused to read it)."""
    try:
        import sqlcipher3
        database_error: type | tuple = sqlcipher3.DatabaseError
    except ImportError:  # pragma: no cover - sqlcipher3 is a hard dependency
        database_error = ()
    return isinstance(error, DamagedVaultError) or (
        isinstance(error, database_error) and not isinstance(error, VaultError))
