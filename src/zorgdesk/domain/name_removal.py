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
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace

from zorgdesk.domain.anonymise import KnownName, _known_hits, _merge_adjacent, _render

CO_PUPIL_TAG = "[medeleerling]"
_GONE, _STAYS = "vertrokken", "blijft"


def remove_name(text: str, gone: KnownName, stays: Sequence[KnownName] = (),
                tag: str = CO_PUPIL_TAG) -> str:
    """``text`` with every form of ``gone`` replaced by ``tag``."""
    if not text:
        return text
    people = [replace(gone, role=_GONE), *(replace(p, role=_STAYS) for p in stays)]
    hits = [replace(h, replacement=tag) for h in _known_hits(text, people)
            if h.kind != _STAYS]
    return _render(text, _merge_adjacent(text, hits)) if hits else text


def remove_name_in_json(document: str, gone: KnownName, stays: Sequence[KnownName] = (),
                        drop_id: str | None = None) -> str:
    """Every string value of a JSON document; ``drop_id`` leaves its ``pupil_ids`` list."""
    data = json.loads(document)

    def walk(value):
        if isinstance(value, str):
            return remove_name(value, gone, stays)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    cleaned = walk(data)
    if drop_id is not None and isinstance(cleaned, dict) and "pupil_ids" in cleaned:
        cleaned["pupil_ids"] = [p for p in data["pupil_ids"] if str(p) != str(drop_id)]
    return json.dumps(cleaned, ensure_ascii=False, sort_keys=True)
