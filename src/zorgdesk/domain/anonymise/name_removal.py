"""Remove one person's name, in every written form, from text that stays in the vault.

Used when a pupil's dossier is deleted under retention while a logboek entry about
that pupil AND another pupil stays in the other pupil's dossier. Unlike ``anonymise``
(for text that leaves the laptop) only the departing person's name goes: dates,
places and the remaining pupils' names stay, so the entry still reads correctly.

Matching reuses the name-variant engine of ``anonymise`` (full name, given name,
surname with and without tussenvoegsel, possessives, initials, any case, with or
without diacritics). The names of the pupils who stay are matched too, so that the
longest match wins: "Daan van der Berg" stays whole when only his sister leaves.
A form both share on its own ("Van der Berg") goes: ambiguous, so privacy first.

``own`` is for records that belong to one pupil (a zienswijze, a zorggesprek, a
meldcode step): that pupil and their parents. A form they share with the departing
pupil ("Çelik" when a brother leaves, the same initials "E.Ç.") stays in their own
record, because there it names them: "mevrouw Çelik" in Elif's zorggesprek is her
mother, and removing it would damage the record of the pupil who stays.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from zorgdesk.domain.anonymise.anonymiser import KnownName, merge_adjacent
from zorgdesk.domain.anonymise.name_index import NameIndex, forms, known_hits, rough_fold
from zorgdesk.domain.anonymise.replacements import TUSSENVOEGSELS
from zorgdesk.domain.anonymise.replacements import render as _render

CO_PUPIL_TAG = "[medeleerling]"
_GONE, _STAYS = "vertrokken", "blijft"


def remove_name(text: str, gone: KnownName, stays: Sequence[KnownName] = (),
                tag: str = CO_PUPIL_TAG, own: Sequence[KnownName] = ()) -> str:
    """``text`` with every form of ``gone`` replaced by ``tag``.

    ``stays``: other people whose longer forms protect a shared part; ``own``: the
    record's own pupil and parents, whose forms stay even when shared (see above).
    Both indexes are built once per list of people and kept, so rewriting thousands
    of texts costs time linear in the text, not in the number of people. For many
    texts, use one :class:`NameRemoval` (no look-up of the lists per text).
    """
    if not text or not may_name(text, gone):
        return text
    return _removal(gone, tuple(stays), tag).apply(text, own)


class NameRemoval:
    """One departing person's name leaving many texts: the index built once."""

    def __init__(self, gone: KnownName, stays: Sequence[KnownName] = (),
                 tag: str = CO_PUPIL_TAG) -> None:
        self.gone, self.tag = gone, tag
        self.index = NameIndex([replace(gone, role=_GONE),
                                *(replace(p, role=_STAYS) for p in stays)])
        gone_tag = replace(gone, role=_GONE).tag
        # Forms that stand for the departing person, also when another has them too.
        self._gone_keys = frozenset(key for key, tags in self.index.tags_by_key.items()
                                    if gone_tag in tags)

    def may_hit(self, text: str) -> bool:
        """False only when ``apply`` surely leaves ``text`` as it is, whoever owns it:
        without a candidate form of the departing person nothing is replaced, and the
        record's own people can only protect such a candidate (never add one)."""
        if not text or not may_name(text, self.gone):
            return False
        return any(h.entry.kind == _GONE or h.entry.name_key in self._gone_keys
                   for h in self.index.hits(text))

    def apply(self, text: str, own: Sequence[KnownName] = ()) -> str:
        indexes = [self.index]
        own_index = _own_index(tuple(own)) if own else None
        if own_index is not None:
            indexes.append(own_index)
        hits = [replace(h, replacement=self.tag) for h in known_hits(text, indexes)
                if h.kind != _STAYS]
        if own_index is not None:
            hits = [h for h in hits if not own_index.matches_whole(h.original)]
        return _render(text, merge_adjacent(text, hits)) if hits else text

    def text(self, text: str, own: Callable[[], Sequence[KnownName]] = tuple) -> str:
        """``remove_name`` with this index; ``own`` is asked only when needed."""
        return self.apply(text, own()) if self.may_hit(text) else text

    def json(self, document: str, own: Callable[[], Sequence[KnownName]] = tuple,
             drop_id: str | None = None, skip_keys: frozenset[str] = frozenset()) -> str:
        """``remove_name_in_json`` with this index (see there)."""
        if drop_id is None and not may_name_in_json(document, self.gone):
            return document  # most documents: one search, not decoded
        return _rewrite_json(document, lambda value: self.text(value, own), drop_id,
                             skip_keys)


@lru_cache(maxsize=4)
def _removal(gone: KnownName, stays: tuple[KnownName, ...], tag: str) -> NameRemoval:
    return NameRemoval(gone, stays, tag)


@lru_cache(maxsize=256)
def _own_index(own: tuple[KnownName, ...]) -> NameIndex:
    return NameIndex([replace(p, role=_STAYS) for p in own])


@lru_cache(maxsize=32)
def rough_pattern(gone: KnownName) -> re.Pattern:
    """Any form of ``gone`` in a ``rough_fold``-ed text, as a cheap superset test in C, so
    the full matcher only runs on the few texts that may name the pupil (retention reads
    every text of the vault). Whole words only: "m." in "m.i." or "em" in "them" never
    pass; tussenvoegsels alone never count; single letters only as the pupil's dotted
    initials ("e.d.g."); a lone capital initial is tested by ``_lone_initial``."""
    words = {pattern for pattern, _pieces in _alternatives(gone)}
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})" if words else r"(?!)", re.IGNORECASE)


def _alternatives(gone: KnownName) -> list[tuple[str, tuple[str, ...]]]:
    """``rough_pattern``'s alternatives, each with the pieces of text it cannot match
    without (for ``_may_match``)."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for form in forms(gone):
        tokens = [t.casefold() for t in form.key[::2]]
        if form.cased and form.after == "dot!":
            continue
        if form.after == "dot?":  # dotted initials: the whole sequence
            out.append((r"\.\s?".join(re.escape(t) for t in tokens) + r"\.?(?!\w)",
                        (*(t + "." for t in tokens[:-1]), tokens[-1])))
            continue
        for token in tokens:
            if len(token) > 1 and (token not in TUSSENVOEGSELS or len(tokens) == 1):
                # Two letters only as a whole word ("zb"); longer words may carry a glued
                # possessive or diminutive ("Sannes", "Basje").
                out.append((re.escape(token) + (r"(?!\w)" if len(token) == 2 else ""),
                            (token,)))
    return out


@lru_cache(maxsize=32)
def _required(gone: KnownName) -> tuple[tuple[str, ...], ...] | None:
    """For each alternative of ``rough_pattern`` the plain pieces it needs; None when a
    piece is not plain ASCII (the regex's case-insensitive matching of other letters
    is not plain containment), then the regex always runs."""
    needs = tuple(pieces for _pattern, pieces in _alternatives(gone))
    return needs if all(p.isascii() for pieces in needs for p in pieces) else None


def _may_match(gone: KnownName, folded: str) -> bool:
    """``rough_pattern(gone).search(folded)``, first ruled out by plain containment
    tests (in C, much faster than the alternation): most texts fail them all."""
    needs = _required(gone)
    if needs is not None and not any(all(p in folded for p in pieces) for pieces in needs):
        return False
    return rough_pattern(gone).search(folded) is not None


@lru_cache(maxsize=32)
def _lone_initial(gone: KnownName) -> re.Pattern:
    letters = {form.key[0] for form in forms(gone) if form.cased and form.after == "dot!"}
    if not letters:
        return re.compile(r"(?!)")
    # The letter first, then the look behind at it: the search can jump from letter to
    # letter (a leading look-behind made it try every position; same matches).
    chars = "".join(sorted(letters))
    return re.compile(rf"[{chars}](?<![\w°][{chars}])[\u0300-\u036f]*\.")


def may_name(text: str, gone: KnownName) -> bool:
    """False only when ``text`` surely does not name ``gone`` (see ``rough_pattern``)."""
    return bool(_may_match(gone, rough_fold(text))
                or _lone_initial(gone).search(unicodedata.normalize("NFKD", text)))


# A JSON escape ("\\n", "\\u0007"): read as a space, so the word after it keeps its boundary.
_JSON_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|.)", re.DOTALL)


def may_name_in_json(document: str, gone: KnownName) -> bool:
    """``may_name`` for every string of a JSON document at once, on its stored text.

    Most documents of a vault never name ``gone``; one search over the raw document
    rules them out without decoding them. Escapes read as spaces (the characters they
    stand for are no word characters), except ``\\u`` escapes of letters
    (``ensure_ascii``), so such a document is first written out with its letters."""
    return may_name(json_searchable(document), gone)


def json_searchable(document: str) -> str:
    """A stored JSON document as text for ``may_name``: its strings with their letters
    (no ``\\u`` escapes), other escapes read as spaces."""
    if "\\u" in document:
        document = json.dumps(json.loads(document), ensure_ascii=False)
    return _JSON_ESCAPE.sub(" ", document)


def remove_name_in_json(document: str, gone: KnownName, stays: Sequence[KnownName] = (),
                        drop_id: str | None = None, own: Sequence[KnownName] = (),
                        skip_keys: frozenset[str] = frozenset()) -> str:
    """Every string value of a JSON document; ``drop_id`` leaves its ``pupil_ids`` list.

    ``skip_keys``: values that are codes, not text (an event kind, a date), stay as
    they are, so a pupil called like a code word can never break a record.
    """
    return _rewrite_json(document, lambda value: remove_name(value, gone, stays, own=own),
                         drop_id, skip_keys)


def _rewrite_json(document: str, rewrite: Callable[[str], str], drop_id: str | None,
                  skip_keys: frozenset[str]) -> str:
    data = json.loads(document)

    def walk(value, key=None):
        if key in skip_keys:
            return value
        if isinstance(value, str):
            return rewrite(value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        return value

    cleaned = walk(data)
    if drop_id is not None and isinstance(cleaned, dict) and "pupil_ids" in cleaned:
        cleaned["pupil_ids"] = [p for p in data["pupil_ids"] if str(p) != str(drop_id)]
    return json.dumps(cleaned, ensure_ascii=False, sort_keys=True)
