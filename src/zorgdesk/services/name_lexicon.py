"""Read the name-detector word lists from resources/lexicon once and hand out the detector.

The domain detector (``zorgdesk.domain.anonymise.names``) gets the lists as data; this module does
the file I/O. The lists are read on first use (about 0.15 s, a few tens of MB) and kept
for the life of the process, so every later summary is fast. Shared (flat) because two
features use them: the Veilig Thuis summary and every export about one pupil
(``services/export_names.py``: names the vault does not know, written with a title).
"""

from __future__ import annotations

import gzip
import zlib
from functools import lru_cache
from pathlib import Path

from zorgdesk.domain.anonymise.anonymiser import Detector
from zorgdesk.domain.anonymise.names import NameLexicon, name_detector
from zorgdesk.domain.anonymise.place_kinds import with_place_kinds
from zorgdesk.domain.resource_files import ResourceFileError, read_text_file

LEXICON_FILE = "opentaal-nl.txt.gz"
ALLOW_FILE = "niet-namen.txt"
OPENERS_FILE = "zinsbegin-woorden.txt"
EXTRA_NAMES_FILE = "extra-namen.txt"
FIRST_NAMES_FILE = "voornamen.txt"
PLACES_FILE = "woonplaatsen.txt"


def lexicon_dir() -> Path:
    from zorgdesk.paths import resources_dir  # late: keeps import side-effect free

    return resources_dir() / "lexicon"


# The real list has several hundred thousand words; a list this short is a broken copy,
# and a broken list must not quietly let unknown names through.
MIN_WORDS = 10_000


def read_lexicon(directory: Path | None = None) -> NameLexicon:
    """The word lists, or ResourceFileError (Dutch, naming the file) when one is missing or
    broken. Never a half list: unknown-name detection is either complete or refused."""
    folder = directory or lexicon_dir()
    proper, words = _read_word_list(folder / LEXICON_FILE)
    allow, openers, extra, given, places = (
        read_text_file(folder / name).splitlines()
        for name in (ALLOW_FILE, OPENERS_FILE, EXTRA_NAMES_FILE, FIRST_NAMES_FILE,
                     PLACES_FILE))
    return NameLexicon.from_sections(proper, words, allow, openers, extra, given, places)


def _read_word_list(path: Path) -> tuple[list[str], list[str]]:
    try:
        data = gzip.decompress(path.read_bytes())
    except FileNotFoundError:
        raise ResourceFileError(path, "het bestand ontbreekt.") from None
    except (OSError, EOFError, zlib.error):
        raise ResourceFileError(path, "het bestand is beschadigd (geen geldig "
                                      "gz-bestand).") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ResourceFileError(path, "het bestand is niet opgeslagen als UTF-8 tekst.",
                                data.count(b"\n", 0, error.start) + 1) from None
    proper, separator, words = text.partition("\n%%\n")
    proper_list, word_list = proper.split("\n"), words.split("\n")
    if not separator or len(word_list) < MIN_WORDS:
        raise ResourceFileError(path, "de woordenlijst is onvolledig.")
    return proper_list, word_list


def is_lexicon_file(path: Path) -> bool:
    """One of the name detector's word lists (their loss means names are not checked)."""
    return Path(path).name in (LEXICON_FILE, ALLOW_FILE, OPENERS_FILE, EXTRA_NAMES_FILE,
                               FIRST_NAMES_FILE, PLACES_FILE)


@lru_cache(maxsize=1)
def default_lexicon() -> NameLexicon:
    return read_lexicon()


def default_name_detector() -> Detector:
    """The detector for unknown names that the default pipeline uses; a hit where a
    place stands is tagged as one (``place_kinds``)."""
    lexicon = default_lexicon()
    names = name_detector(lexicon)

    def names_and_places(text: str):
        return with_place_kinds(text, names(text), lexicon.places)
    for helper in ("is_word", "is_allowed", "is_proper"):  # the anonymiser asks the detector these
        setattr(names_and_places, helper, getattr(names, helper))
    return names_and_places


def default_detector(extra: Detector | None = None) -> Detector:
    """The default pipeline's extra detector: unknown names, plus ``extra`` (e.g. deduce)."""
    names = default_name_detector()
    if extra is None:
        return names

    def both(text: str):
        return [*names(text), *extra(text)]
    for helper in ("is_word", "is_allowed", "is_proper"):
        setattr(both, helper, getattr(names, helper))
    return both
