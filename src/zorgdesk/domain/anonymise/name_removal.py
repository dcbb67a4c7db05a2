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
from collections.abc import Sequence
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
    of texts costs time linear in the text, not in the number of people.
    """
    if not text or not may_name(text, gone):
        return text
    indexes = [_index(gone, tuple(stays))]
    own_index = _own_index(tuple(own)) if own else None
    if own_index is not None:
        indexes.append(own_index)
    hits = [replace(h, replacement=tag) for h in known_hits(text, indexes)
            if h.kind != _STAYS]
    if own_index is not None:
        hits = [h for h in hits if not own_index.matches_whole(h.original)]
    return _render(text, merge_adjacent(text, hits)) if hits else text


@lru_cache(maxsize=4)
def _index(gone: KnownName, stays: tuple[KnownName, ...]) -> NameIndex:
    return NameIndex([replace(gone, role=_GONE), *(replace(p, role=_STAYS) for p in stays)])


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
    words: set[str] = set()
    for form in forms(gone):
        tokens = [t.casefold() for t in form.key[::2]]
        if form.cased and form.after == "dot!":
            continue
        if form.after == "dot?":  # dotted initials: the whole sequence
            words.add(r"\.\s?".join(re.escape(t) for t in tokens) + r"\.?(?!\w)")
            continue
        for token in tokens:
            if len(token) > 1 and (token not in TUSSENVOEGSELS or len(tokens) == 1):
                # Two letters only as a whole word ("zb"); longer words may carry a glued
                # possessive or diminutive ("Sannes", "Basje").
                words.add(re.escape(token) + (r"(?!\w)" if len(token) == 2 else ""))
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})" if words else r"(?!)", re.IGNORECASE)


@lru_cache(maxsize=32)
def _lone_initial(gone: KnownName) -> re.Pattern:
    letters = {form.key[0] for form in forms(gone) if form.cased and form.after == "dot!"}
    if not letters:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w°])[{''.join(sorted(letters))}][\u0300-\u036f]*\.")


def may_name(text: str, gone: KnownName) -> bool:
    """False only when ``text`` surely does not name ``gone`` (see ``rough_pattern``)."""
    return bool(rough_pattern(gone).search(rough_fold(text))
                or _lone_initial(gone).search(unicodedata.normalize("NFKD", text)))


# A JSON escape ("\\n", "\\u0007"): read as a space, so the word after it keeps its boundary.
_JSON_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|.)", re.DOTALL)


def may_name_in_json(document: str, gone: KnownName) -> bool:
    """``may_name`` for every string of a JSON document at once, on its stored text.

    Most documents of a vault never name ``gone``; one search over the raw document
    rules them out without decoding them. Escapes read as spaces (the characters they
    stand for are no word characters), except ``\\u`` escapes of letters
    (``ensure_ascii``), so such a document is first written out with its letters."""
    if "\\u" in document:
        document = json.dumps(json.loads(document), ensure_ascii=False)
    return may_name(_JSON_ESCAPE.sub(" ", document), gone)


def remove_name_in_json(document: str, gone: KnownName, stays: Sequence[KnownName] = (),
                        drop_id: str | None = None, own: Sequence[KnownName] = (),
                        skip_keys: frozenset[str] = frozenset()) -> str:
    """Every string value of a JSON document; ``drop_id`` leaves its ``pupil_ids`` list.

    ``skip_keys``: values that are codes, not text (an event kind, a date), stay as
    they are, so a pupil called like a code word can never break a record.
    """
    data = json.loads(document)

    def walk(value, key=None):
        if key in skip_keys:
            return value
        if isinstance(value, str):
            return remove_name(value, gone, stays, own=own)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        return value

    cleaned = walk(data)
    if drop_id is not None and isinstance(cleaned, dict) and "pupil_ids" in cleaned:
        cleaned["pupil_ids"] = [p for p in data["pupil_ids"] if str(p) != str(drop_id)]
    return json.dumps(cleaned, ensure_ascii=False, sort_keys=True)
