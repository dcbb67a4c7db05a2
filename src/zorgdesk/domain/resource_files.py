"""Reading the files a school may edit (forms/*.json, word lists): a Dutch error, never a crash.

Forms and word lists live next to the program so a school can adapt the wording. A
typo there must not stop ZorgDesk with a traceback: every problem becomes a
:class:`ResourceFileError` that names the file, and the line where that helps.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

# Larger than any real form or list by far; a bigger file is not one of ours.
MAX_BYTES = 2_000_000

_TYPE_NAMES = {dict: "een lijst met onderdelen ({...})", list: "een opsomming ([...])",
               str: "een tekst", int: "een getal"}


class ResourceFileError(ValueError):
    """A form or word list ZorgDesk cannot use; ``str(error)`` is Dutch for the user."""

    def __init__(self, path: Path | str, reason: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        self.line = line
        where = f" (regel {line})" if line else ""
        super().__init__(f"Het bestand {self.path.name}{where} is niet bruikbaar: {reason} "
                         f"Herstel het bestand of zet het origineel terug ({self.path}).")


def read_text_file(path: Path | str) -> str:
    """The file as UTF-8 text, or ResourceFileError (missing, too big, wrong encoding)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ResourceFileError(path, "het bestand ontbreekt.") from None
    except OSError:
        raise ResourceFileError(path, "het bestand kan niet gelezen worden.") from None
    if len(data) > MAX_BYTES:
        raise ResourceFileError(path, f"het bestand is te groot (meer dan "
                                      f"{MAX_BYTES // 1_000_000} MB).")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ResourceFileError(path, "het bestand is niet opgeslagen als UTF-8 tekst.",
                                line) from None
    if "\x00" in text:
        raise ResourceFileError(path, "het bestand bevat geen gewone tekst.",
                                text.count("\n", 0, text.index("\x00")) + 1)
    return text.removeprefix("\ufeff")  # Notepad's byte order mark is harmless


def read_json_object(path: Path | str, required: Mapping[str, type] = ()) -> dict[str, Any]:
    """A JSON object with at least the ``required`` keys of the given types."""
    path = Path(path)
    text = read_text_file(path)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise ResourceFileError(path, "de opbouw (JSON) klopt niet.", error.lineno) from None
    except RecursionError:
        raise ResourceFileError(path, "de opbouw (JSON) is te diep genest.") from None
    if not isinstance(value, dict):
        raise ResourceFileError(path, "het bestand moet met { beginnen.")
    for key, kind in dict(required).items():
        if key not in value:
            raise ResourceFileError(path, f"het onderdeel \"{key}\" ontbreekt.")
        if not isinstance(value[key], kind) or isinstance(value[key], bool):
            raise ResourceFileError(
                path, f"het onderdeel \"{key}\" moet {_TYPE_NAMES.get(kind, kind.__name__)} "
                      f"zijn.")
    return value
