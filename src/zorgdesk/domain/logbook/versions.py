"""Versions of a logboek entry: a saved entry is never edited, corrections are new versions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from zorgdesk.domain.logbook.entry import LogbookEntry, VersionError

# --------------------------------------------------------------------------- versions


@dataclass(frozen=True)
class EntryVersion:
    """One saved version of an entry. Version 1 is the original; later ones need a reason."""

    entry_id: str
    version_no: int
    content: LogbookEntry
    author: str
    created_at: datetime
    reason: str | None = None


@dataclass(frozen=True)
class EntryHistory:
    """``current`` is the newest version; ``history`` the earlier ones, oldest first."""

    entry_id: str
    current: EntryVersion
    history: tuple[EntryVersion, ...]

    @property
    def all_versions(self) -> tuple[EntryVersion, ...]:
        return (*self.history, self.current)

    @property
    def is_amended(self) -> bool:
        return bool(self.history)


def entry_history(versions: Iterable[EntryVersion]) -> EntryHistory:
    """Order the versions of one entry and check the chain; raise :class:`VersionError`.

    The chain must be 1, 2, ..., n for a single entry id; every version after the
    first carries a reason and an author; creation times never go backwards.
    """
    ordered = sorted(versions, key=lambda v: v.version_no)
    if not ordered:
        raise VersionError("Er is geen enkele versie van deze notitie.")
    entry_id = ordered[0].entry_id
    previous: EntryVersion | None = None
    for expected, version in enumerate(ordered, start=1):
        if version.entry_id != entry_id:
            raise VersionError("De versies horen niet bij dezelfde notitie.")
        if version.version_no != expected:
            raise VersionError(
                f"Versie {version.version_no} sluit niet aan; verwacht werd versie {expected}."
            )
        if not (version.author or "").strip():
            raise VersionError(f"Bij versie {version.version_no} ontbreekt wie hem vastlegde.")
        if expected > 1 and not (version.reason or "").strip():
            raise VersionError(
                f"Versie {version.version_no} heeft geen reden; een wijziging vraagt altijd "
                "een reden."
            )
        if previous is not None and version.created_at < previous.created_at:
            raise VersionError(
                f"Versie {version.version_no} is eerder gedateerd dan versie {previous.version_no}."
            )
        previous = version
    return EntryHistory(entry_id=entry_id, current=ordered[-1], history=tuple(ordered[:-1]))


def add_version(versions: Iterable[EntryVersion], new: EntryVersion) -> EntryHistory:
    """Check that ``new`` may follow ``versions`` and return the resulting history.

    Refuses (raises :class:`VersionError`) a version without a reason or whose number
    is not exactly one more than the current one.
    """
    existing = list(versions)
    current_no = entry_history(existing).current.version_no if existing else 0
    if new.version_no != current_no + 1:
        raise VersionError(
            f"Nieuwe versie moet nummer {current_no + 1} hebben, niet {new.version_no}."
        )
    if existing and not (new.reason or "").strip():
        raise VersionError("Geef een reden voor deze wijziging.")
    return entry_history([*existing, new])
