"""Opening another vault file from the running app (Bestand > Kluis openen)."""

from __future__ import annotations

from pathlib import Path

from zorgdesk.services.vault.backup import BACKUP_SUFFIX
from zorgdesk.store.vault import vault_file_problem


def problem_opening(path: Path) -> str | None:
    """Why ``path`` cannot be opened as a vault (Dutch, for the IB), or None."""
    if path.name.lower().endswith(BACKUP_SUFFIX):
        return ("Dit is een back-up, geen kluis. Zet hem eerst terug via Beheer > Back-up "
                "terugzetten; daarna kunt u de teruggezette kluis openen.")
    return vault_file_problem(path)
