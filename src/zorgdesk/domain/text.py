"""Text helpers shared by search, hints and anonymisation."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Zoë Çelik' -> 'zoe celik'. Cached: the
    anonymiser folds the same words of a long text over and over."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if decomposed.isascii():  # no marks to drop (isascii is O(1) in CPython)
        return decomposed
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Letters NFKD does not decompose but that people type without the mark.
_UNMARKED = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "æ": "ae",
                           "œ": "oe", "þ": "th"})


def fold_name(text: str) -> str:
    """``fold`` plus those letters, for finding and sorting people: 'yildiz' finds
    Yıldız, 'odegard' Ødegård, and both sort under Y and O (walk s30)."""
    folded = fold(text)
    return folded if folded.isascii() else folded.translate(_UNMARKED)


def short_name(name: str) -> str:
    """'Marieke Hoekstra' -> 'M. Hoekstra', 'Jan de Vries' -> 'J. de Vries' (for titles).

    A role in brackets ('Pieter Bakker (leerkracht groep 5)') is dropped: titles are short.
    """
    words = name.split(" (")[0].split()
    if len(words) < 2:
        return name.strip()
    return f"{words[0][0]}. {' '.join(words[1:])}"


def snippet(text: str, limit: int = 50) -> str:
    """First line of a text, cut at a word boundary, for list titles."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    return line[:limit].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


def clean(text: str | None) -> str:
    """Typed text without NUL characters and surrounding blanks.

    A NUL (from a damaged paste) means nothing to a reader, and the row seals cannot
    see text after it (the SQLite driver cuts strings there), so a saved NUL would
    make ``verify`` report a change that never happened.
    """
    return (text or "").replace("\x00", "").strip()


def quote_short(value: object) -> str:
    """Echo typed input back in a message only when short ("'31-02-2026' "), else "".

    A long paste may hold pupil data, and messages end up in places data must not.
    """
    text = str(value).strip()
    return f"'{text}' " if len(text) <= 20 else ""


def counted(count: int, one: str, many: str) -> str:
    """'1 leerling', '30 leerlingen': the Dutch word for the number, not 'leerling(en)'."""
    return f"{count} {one if count == 1 else many}"


def and_list(items: list[str]) -> str:
    """'a', 'a en b', 'a, b en c': a Dutch enumeration for a sentence."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} en {items[-1]}"
