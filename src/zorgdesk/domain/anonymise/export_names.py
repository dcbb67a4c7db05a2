"""Other people's names in every export about one pupil: the same engine as the summary.

An export that leaves the vault for one pupil's parents (the inzage PDF and JSON, the
dossier PDF) may name only that pupil and that pupil's own parents. Every other person
the vault knows - other pupils (siblings too), their parents and guardians, staff -
appears by initials only, in every text field, in every written form the anonymiser
knows (full, given name, surname, possessive, diminutive, initials, without diacritics,
any case): "Oudshoorn duwde Zoë. Svens jas lag op de grond." -> "S.O. duwde Zoë. S.O.
jas lag op de grond."

A form shared with the pupil or the pupil's own parents ("Berg" when a sister is also
a pupil) stays: in this pupil's dossier it names this pupil's family, and removing it
would damage the record; the full name of the sister still goes. A form two other
people share ("Sem" for two classmates) becomes the initial of what was written.

``kept`` people (staff where a document names them, the participants of a zorggesprek,
the IB who exports) keep their names where the written form is theirs alone or the
longest match ("Marieke Hoekstra" stays when a pupil is called "Sven Hoekstra"); a
single word they share with another pupil or parent ("Hoekstra") still becomes initials:
when in doubt, the other family goes.
The matching is ``name_index`` (one index, built once, linear in the text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from zorgdesk.domain.anonymise.anonymiser import KnownName, merge_adjacent
from zorgdesk.domain.anonymise.name_index import NameIndex, known_hits
from zorgdesk.domain.anonymise.replacements import render

__all__ = ["ExportScrubber", "initials_of"]

_OWN = "__eigen__"
_KEPT = "__blijft__"


def initials_of(name: str) -> str:
    """ "Zoë de Vries" -> "Z.d.V.", "Sven" -> "S." (first letter of every part)."""
    return "".join(part[0] + "." for part in re.split(r"[\s\-'’.]+", name.strip()) if part)


class ExportScrubber:
    """Callable: text -> text with every other person's name as initials."""

    def __init__(self, others: Iterable[KnownName], own: Iterable[KnownName] = (),
                 kept: Iterable[KnownName] = ()) -> None:
        own = [replace(p, role=_OWN, literal=False) for p in own if p.name.strip()]
        own_names = {p.name.casefold().strip() for p in own}
        kept = [replace(p, role=_KEPT, literal=False) for p in kept
                if p.name.strip() and p.name.casefold().strip() not in own_names]
        not_others = own_names | {p.name.casefold().strip() for p in kept}
        # The role carries the replacement: a person's own initials.
        people = [replace(p, role=initials_of(p.name), literal=False) for p in others
                  if p.name.strip() and p.name.casefold().strip() not in not_others]
        self._index = NameIndex(people) if people else None
        self._own = NameIndex(own) if own else None
        # After ``others``: on a tie (one word two people share) the other person wins.
        self._kept = NameIndex(kept) if kept else None

    def __call__(self, text: str) -> str:
        if not text or self._index is None:
            return text or ""
        indexes = [self._index, *(i for i in (self._own, self._kept) if i is not None)]
        hits = []
        for h in known_hits(text, indexes):
            if h.kind in (_OWN, _KEPT):
                continue
            if self._own is not None and self._own.matches_whole(h.original):
                continue  # this pupil's or own parents' name: it stays in their dossier
            initials = h.kind if h.kind.endswith(".") else initials_of(h.original)
            hits.append(replace(h, replacement=initials))
        return render(text, merge_adjacent(text, hits)) if hits else text


def scrubber_for(others: Sequence[KnownName], own: Sequence[KnownName]) -> ExportScrubber:
    """One scrubber per export (its index is built once for all fields)."""
    return ExportScrubber(others, own)
