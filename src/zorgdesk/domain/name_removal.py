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
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from zorgdesk.domain.anonymise import (
    KnownName,
    _f,
    _known_hits,
    _merge_adjacent,
    _render,
    _unfold_initial,
    fold_with_map,
    name_variants,
)

CO_PUPIL_TAG = "[medeleerling]"
_GONE, _STAYS = "vertrokken", "blijft"


def remove_name(text: str, gone: KnownName, stays: Sequence[KnownName] = (),
                tag: str = CO_PUPIL_TAG, own: Sequence[KnownName] = ()) -> str:
    """``text`` with every form of ``gone`` replaced by ``tag``.

    ``stays``: other people whose longer forms protect a shared part; ``own``: the
    record's own pupil and parents, whose forms stay even when shared (see above).
    """
    if not text or not _rough_pattern(gone).search(_f(text)):
        return text
    people = [replace(gone, role=_GONE),
              *(replace(p, role=_STAYS) for p in (*stays, *own))]
    hits = [replace(h, replacement=tag) for h in _known_hits(text, people)
            if h.kind != _STAYS]
    if own:
        hits = [h for h in hits if not _is_form_of(h.original, own)]
    return _render(text, _merge_adjacent(text, hits)) if hits else text


@lru_cache(maxsize=32)
def _rough_pattern(gone: KnownName) -> re.Pattern:
    """Any form of ``gone``, ignoring case and word boundaries: a cheap superset test,
    so the full matcher only runs on the few texts that may name the pupil (retention
    reads every text of the vault)."""
    sources = [source for source, _case, _key in name_variants(gone)]
    return re.compile("|".join(f"(?:{s})" for s in sources) or r"(?!)", re.IGNORECASE)


def _is_form_of(found: str, people: Sequence[KnownName]) -> bool:
    """Is ``found`` (a matched span) exactly a written form of one of ``people``?"""
    folded, cased = _f(found), found
    for person in people:
        for source, case_sensitive, _key in name_variants(person):
            if case_sensitive:
                exact = source if case_sensitive == "asis" else _unfold_initial(source)
                if re.fullmatch(exact, fold_with_map(cased, keep_case=True)[0]):
                    return True
            elif re.fullmatch(source, folded):
                return True
    return False


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
