"""Objectivity hints for logboek text ("feiten, geen interpretaties").

The seed asks for facts, "in omvang en aantal", no diagnoses unless a BIG-registered
professional made them, and only initials of other people (seed 003, l.1570-1631,
l.6677-6720). :func:`find_hints` marks, in a text the user is typing:

- diagnosis words (ADHD, autistisch, depressief, ...)            kind ``diagnose``
- interpretation / judgement words (agressief, liegt, lui, ...)  kind ``interpretatie``
- vague frequency words without a number nearby (vaak, soms)     kind ``frequentie``
- full names of other known pupils                               kind ``naam``

Hints are advice, not errors: the user may keep the text. Words inside double
quotes ("...", “...”, „...”) are literal quotes of what someone said, so only names
are marked there.

Matching is case- and diacritic-insensitive ("zoe" finds "Zoë", "AGRESSIEVE" finds
"agressieve") and word-boundary aware; offsets are indices into the original string,
whatever emoji, combining accents or ligatures precede the hit. The word lists live
in ``resources/wordlists/*.txt`` and are read once, on first use (never at import).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from zorgdesk.domain.resource_files import read_text_file

__all__ = [
    "WORDLIST_FILES",
    "Hint",
    "HintFinder",
    "HintKind",
    "Wordlists",
    "find_hints",
    "fold_text",
    "initials_for",
    "load_wordlists",
    "parse_wordlist",
]


class HintKind(StrEnum):
    DIAGNOSIS = "diagnose"
    INTERPRETATION = "interpretatie"
    VAGUE_FREQUENCY = "frequentie"
    PUPIL_NAME = "naam"


@dataclass(frozen=True)
class Hint:
    """``text[start:end] == word``; ``suggestion`` is a Dutch tip for the user."""

    start: int
    end: int
    kind: HintKind
    word: str
    suggestion: str


WORDLIST_FILES: dict[HintKind, str] = {
    HintKind.DIAGNOSIS: "diagnose.txt",
    HintKind.INTERPRETATION: "interpretatie.txt",
    HintKind.VAGUE_FREQUENCY: "frequentie.txt",
}


@dataclass(frozen=True)
class Wordlists:
    diagnosis: tuple[str, ...] = ()
    interpretation: tuple[str, ...] = ()
    vague_frequency: tuple[str, ...] = ()


def parse_wordlist(text: str) -> tuple[str, ...]:
    """Entries of a word list file: one per line, '#' comments and blank lines skipped."""
    entries = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.append(unicodedata.normalize("NFC", line))
    return tuple(entries)


def load_wordlists(directory: Path | None = None) -> Wordlists:
    """Read the three word lists from ``directory`` (default: resources/wordlists)."""
    if directory is None:
        from zorgdesk.paths import resources_dir  # late: keeps import side-effect free

        directory = resources_dir() / "wordlists"
    return _load_wordlists(Path(directory))


@lru_cache(maxsize=4)
def _load_wordlists(directory: Path) -> Wordlists:
    def read(kind: HintKind) -> tuple[str, ...]:
        return parse_wordlist(read_text_file(directory / WORDLIST_FILES[kind]))

    return Wordlists(
        diagnosis=read(HintKind.DIAGNOSIS),
        interpretation=read(HintKind.INTERPRETATION),
        vague_frequency=read(HintKind.VAGUE_FREQUENCY),
    )


# --------------------------------------------------------------------------- folding


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    # casefold may reintroduce a combining mark (e.g. "İ" -> "i̇")
    return "".join(c for c in folded if not unicodedata.combining(c))


def fold_text(text: str) -> tuple[str, list[int] | None]:
    """Case- and diacritic-folded text plus, per folded index, the original index.

    The index map is ``None`` when folding kept every position (pure ASCII text).
    """
    if text.isascii():
        return text.lower(), None
    parts: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        if folded:
            parts.append(folded)
            index.extend([i] * len(folded))
    return "".join(parts), index


def _fold_phrase(phrase: str) -> str:
    return fold_text(unicodedata.normalize("NFC", phrase))[0]


def _phrase_pattern(phrase: str) -> str | None:
    """Regex for one word list entry (folded), or None for an empty entry."""
    prefix = phrase.endswith("*")
    words = _fold_phrase(phrase.rstrip("*")).split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    return pattern + r"\w*" if prefix else pattern


def _alternation(phrases: Iterable[str]) -> str | None:
    patterns = {p for p in (_phrase_pattern(x) for x in phrases) if p}
    if not patterns:
        return None
    # longest first so "heel vaak" wins over "vaak" at the same position
    return "|".join(sorted(patterns, key=lambda p: (-len(p), p)))


def initials_for(name: str) -> str:
    """ "Zoë de Vries" -> "Z.d.V." (first letter of every part, tussenvoegsels lowercase)."""
    return "".join(part[0] + "." for part in re.split(r"[\s-]+", name.strip()) if part)


# --------------------------------------------------------------------------- finding

_GROUPS = {
    "n": HintKind.PUPIL_NAME,
    "d": HintKind.DIAGNOSIS,
    "i": HintKind.INTERPRETATION,
    "v": HintKind.VAGUE_FREQUENCY,
}

_NUMBER_NEARBY = re.compile(
    r"\d|(?<!\w)(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|"
    r"veertien|vijftien|twintig|dertig|veertig|vijftig|honderd|eenmaal|tweemaal|"
    r"driemaal|viermaal|vijfmaal|eens per|een keer per|een keer|een paar keer)(?!\w)"
)
_SENTENCE_END = re.compile(r"[.!?;\n]")
_QUOTES = re.compile(r'"[^"\n]*"|“[^”\n]*”|„[^”“\n]*[”“]|«[^»\n]*»')
_NUMBER_WINDOW = 25


class HintFinder:
    """One precompiled regex over the word lists and the given pupil names."""

    def __init__(self, wordlists: Wordlists, known_pupil_names: Iterable[str] = ()) -> None:
        self._initials: dict[str, str] = {}
        names = []
        for name in known_pupil_names:
            name = unicodedata.normalize("NFC", name or "").strip()
            if len(name) >= 2:
                names.append(name)
                self._initials.setdefault(_fold_phrase(name), initials_for(name))
        alternatives = []
        for group, phrases in (
            ("n", names),
            ("d", wordlists.diagnosis),
            ("i", wordlists.interpretation),
            ("v", wordlists.vague_frequency),
        ):
            alt = _alternation(phrases)
            if alt:
                alternatives.append(f"(?P<{group}>{alt})")
        body = "|".join(alternatives) or r"(?!x)x"
        self._regex = re.compile(rf"(?<!\w)(?:{body})(?!\w)")

    def find(self, text: str) -> list[Hint]:
        folded, index = fold_text(text)
        quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(folded)] if folded else []
        quote_starts = [q[0] for q in quotes]
        hints: list[Hint] = []
        for match in self._regex.finditer(folded):
            group = match.lastgroup
            if group is None:  # pragma: no cover - every alternative is a named group
                continue
            kind = _GROUPS[group]
            fstart, fend = match.span()
            if kind is not HintKind.PUPIL_NAME and _inside(quotes, quote_starts, fstart):
                continue
            if kind is HintKind.VAGUE_FREQUENCY and _number_nearby(folded, fstart, fend):
                continue
            start, end = _original_span(text, index, fstart, fend)
            word = text[start:end]
            hints.append(Hint(start, end, kind, word, self._suggestion(kind, word, match[0])))
        return hints

    def _suggestion(self, kind: HintKind, word: str, folded_word: str) -> str:
        if kind is HintKind.DIAGNOSIS:
            return (
                f"'{word}' is een diagnose. Noteer een diagnose alleen als een "
                "BIG-geregistreerde professional (bijv. een orthopedagoog) die heeft "
                "gesteld, met wie en wanneer. Beschrijf anders het gedrag dat je zag of hoorde."
            )
        if kind is HintKind.INTERPRETATION:
            return (
                f"'{word}' is een oordeel of vermoeden. Beschrijf wat je zag of hoorde "
                "(wie, wat, waar, hoe vaak); zet een vermoeden in het veld "
                "'Interpretatie / vermoeden'."
            )
        if kind is HintKind.VAGUE_FREQUENCY:
            return (
                f"'{word}' zegt niet hoe vaak. Noem een aantal en een periode, "
                "bijv. '3 keer deze week'."
            )
        key = " ".join(folded_word.split())
        initials = self._initials.get(key) or initials_for(word)
        return (
            f"'{word}' is de naam van een andere leerling. Gebruik alleen initialen, "
            f"bijv. '{initials}'."
        )


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


def _number_nearby(folded: str, start: int, end: int) -> bool:
    left = folded[max(0, start - _NUMBER_WINDOW) : start]
    left = left[max(left.rfind(c) for c in ".!?;\n") + 1 :]
    right = folded[end : end + _NUMBER_WINDOW]
    stop = _SENTENCE_END.search(right)
    if stop is not None:
        right = right[: stop.start()]
    return bool(_NUMBER_NEARBY.search(left) or _NUMBER_NEARBY.search(right))


def _original_span(text: str, index: list[int] | None, fstart: int, fend: int) -> tuple[int, int]:
    if index is None:
        return fstart, fend
    start = index[fstart]
    end = index[fend - 1] + 1
    # include combining marks that belong to the last letter ("e" + U+0308)
    while end < len(text) and not _fold_char(text[end]):
        end += 1
    return start, end


# --------------------------------------------------------------------------- entry point


@lru_cache(maxsize=16)
def _default_finder(names: tuple[str, ...]) -> HintFinder:
    return HintFinder(load_wordlists(), names)


def find_hints(text: str, known_pupil_names: Iterable[str] = ()) -> list[Hint]:
    """Hints for ``text`` using the shipped word lists; sorted by position.

    ``known_pupil_names`` are names of *other* pupils (leave out the pupil the entry
    is about). The compiled regex is cached per set of names, so calling this on
    every keystroke is cheap.
    """
    return _default_finder(tuple(known_pupil_names)).find(text)
