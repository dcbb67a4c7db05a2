"""Read the name-detector word lists from resources/lexicon once and hand out the detector.

The domain detector (``zorgdesk.domain.names``) gets the lists as data; this module does
the file I/O. The lists are read on first use (about 0.15 s, a few tens of MB) and kept
for the life of the process, so every later summary is fast.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from zorgdesk.domain.anonymise import Detector
from zorgdesk.domain.names import NameLexicon, name_detector

LEXICON_FILE = "opentaal-nl.txt.gz"
ALLOW_FILE = "niet-namen.txt"
OPENERS_FILE = "zinsbegin-woorden.txt"
EXTRA_NAMES_FILE = "extra-namen.txt"


def lexicon_dir() -> Path:
    from zorgdesk.paths import resources_dir  # late: keeps import side-effect free

    return resources_dir() / "lexicon"


def read_lexicon(directory: Path | None = None) -> NameLexicon:
    folder = directory or lexicon_dir()
    with gzip.open(folder / LEXICON_FILE, "rb") as handle:
        proper, _, words = handle.read().decode("utf-8").partition("\n%%\n")
    allow = (folder / ALLOW_FILE).read_text(encoding="utf-8").splitlines()
    openers = (folder / OPENERS_FILE).read_text(encoding="utf-8").splitlines()
    extra = (folder / EXTRA_NAMES_FILE).read_text(encoding="utf-8").splitlines()
    return NameLexicon.from_sections(proper.split("\n"), words.split("\n"), allow, openers,
                                     extra)


@lru_cache(maxsize=1)
def default_lexicon() -> NameLexicon:
    return read_lexicon()


def default_name_detector() -> Detector:
    """The detector for unknown names that the default pipeline uses."""
    return name_detector(default_lexicon())


def default_detector(extra: Detector | None = None) -> Detector:
    """The default pipeline's extra detector: unknown names, plus ``extra`` (e.g. deduce)."""
    names = default_name_detector()
    if extra is None:
        return names

    def both(text: str):
        return [*names(text), *extra(text)]
    return both
