"""All file-system locations in one place.

Nothing is created at import time; tests redirect the user directories with
``ZORGDESK_HOME`` so no test touches the real profile.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "ZorgDesk"
DEFAULT_VAULT_NAME = "zorgdesk.zdv"


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, appauthor=False, roaming=False)


def user_data_dir() -> Path:
    home = os.environ.get("ZORGDESK_HOME")
    if home:
        return Path(home) / "data"
    return Path(_dirs().user_data_dir)


@contextlib.contextmanager
def temporary_home(folder: Path) -> Iterator[Path]:
    """Every user path (backups, catalogues, ...) inside ``folder`` while in the block.

    Used by ``zorgdesk --demo``: nothing of a throwaway demo vault may end up in the
    real user data folder. Child processes inherit it through the environment.
    """
    before = os.environ.get("ZORGDESK_HOME")
    os.environ["ZORGDESK_HOME"] = str(folder)
    try:
        yield folder
    finally:
        if before is None:
            os.environ.pop("ZORGDESK_HOME", None)
        else:
            os.environ["ZORGDESK_HOME"] = before


def default_vault_path() -> Path:
    return user_data_dir() / DEFAULT_VAULT_NAME


def user_catalogue_dir() -> Path:
    """Folder where a school may drop its own signal catalogues."""
    return user_data_dir() / "catalogi"


def backup_dir() -> Path:
    return user_data_dir() / "backups"


def _project_root() -> Path:
    return Path(__file__).resolve().parents[2]


def is_frozen() -> bool:
    """True inside the standalone build (PyInstaller), where there is no source tree."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def _bundle_dirs(name: str) -> list[Path]:
    """The data folder inside a frozen build; checked first so a stray source tree next
    to the program can never replace the shipped catalogues or fonts."""
    if not is_frozen():
        return []
    return [Path(sys._MEIPASS) / name]  # type: ignore[attr-defined]


def icon_path() -> Path:
    """The application icon (window icon; the installers embed their own copy)."""
    return resources_dir() / "icons" / "zorgdesk-256.png"


def resources_dir() -> Path:
    """Read-only data shipped with ZorgDesk (catalogues, word lists, fonts)."""
    candidates = [*_bundle_dirs("resources"),
                  _project_root() / "resources",
                  Path(sys.prefix) / "share" / "zorgdesk" / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("ZorgDesk-bronbestanden (resources) niet gevonden")


def forms_dir() -> Path:
    """Wording of printed forms, editable by a school."""
    candidates = [*_bundle_dirs("forms"),
                  _project_root() / "forms",
                  Path(sys.prefix) / "share" / "zorgdesk" / "forms"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("ZorgDesk-formulierteksten (forms) niet gevonden")


def handbook_path() -> Path | None:
    """The handleiding (docs/handleiding.pdf, printed by packaging/build_handleiding.py):
    in the frozen build under docs/, in a checkout in docs/, after a regular install
    beside the other shared data; None when it is not there."""
    candidates = [*(folder / "handleiding.pdf" for folder in _bundle_dirs("docs")),
                  _project_root() / "docs" / "handleiding.pdf",
                  Path(sys.prefix) / "share" / "zorgdesk" / "docs" / "handleiding.pdf"]
    return next((candidate for candidate in candidates if candidate.is_file()), None)
