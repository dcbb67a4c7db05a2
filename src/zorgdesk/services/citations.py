"""The publication citations of forms/bronnen.json, read once per process."""

from __future__ import annotations

from functools import lru_cache

from zorgdesk import paths
from zorgdesk.domain.citations import Citations, load_citations
from zorgdesk.domain.resource_files import ResourceFileError


@lru_cache(maxsize=1)
def _cached() -> Citations:
    return load_citations(paths.forms_dir())


def citations() -> Citations:
    """Raises ResourceFileError (Dutch) when bronnen.json is missing or broken."""
    return _cached()


def cite(source_file: str, line: int | None = None, fallback: str = "") -> str:
    """'Bron: <publication>' text for a passage, or the fallback; never a file name."""
    try:
        text = citations().cite(source_file, line)
    except ResourceFileError as error:
        return f"De bronvermelding kan niet getoond worden. {error}"
    return text or fallback


def cite_short(source_file: str, line: int | None = None, fallback: str = "") -> str:
    """The one-line form for a screen (author, year, title); never a file name."""
    try:
        text = citations().short(source_file, line)
    except ResourceFileError as error:
        return f"De bronvermelding kan niet getoond worden. {error}"
    return text or fallback


def reload() -> None:
    """Forget the cached file (tests, or after a school edited it)."""
    _cached.cache_clear()
