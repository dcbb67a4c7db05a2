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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from zorgdesk.domain.anonymise.anonymiser import KnownName, merge_adjacent
from zorgdesk.domain.anonymise.detectors import Detection
from zorgdesk.domain.anonymise.name_index import NameIndex, known_hits
from zorgdesk.domain.anonymise.replacements import Replacement, render
from zorgdesk.domain.anonymise.role_fit import has_title, title_before

__all__ = ["ExportScrubber", "NameScrubber", "initials_of", "titled_names"]

_OWN = "__eigen__"
_KEPT = "__blijft__"


def initials_of(name: str) -> str:
    """ "Zoë de Vries" -> "Z.d.V.", "Sven" -> "S." (first letter of every part)."""
    return "".join(part[0] + "." for part in re.split(r"[\s\-'’.]+", name.strip()) if part)


def titled_names(text: str, detections: Iterable[Detection]) -> list[Detection]:
    """Of the detected unknown names, those written right after a title or profession:
    "Mevrouw S. Kramer" (Veilig Thuis), "dhr. P. de Vries", "tante Fatima", "tolk Amal".
    Only these: in a record, a capitalised word without a title may be a place or a
    programme, and the export must keep the facts as recorded."""
    return [d for d in detections
            if d.kind in _NAME_KINDS and title_before(text, d.start) is not None]


_NAME_KINDS = frozenset(["naam", "initialen"])


class ExportScrubber:
    """Callable: text -> text with every other person's name as initials.

    ``strangers``: an optional detector of names the vault does not know (the summary's
    word-list detector); its hits right after a title ("Mevrouw S. Kramer") become
    initials too ("Mevrouw S.K."). A known person's name (own, kept or other) always
    decides first: a stranger's span that touches one is left to the index."""

    def __init__(self, others: Iterable[KnownName], own: Iterable[KnownName] = (),
                 kept: Iterable[KnownName] = (),
                 strangers: Callable[[str], Iterable[Detection]] | None = None) -> None:
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
        self._strangers = strangers

    def names_in(self, text: str) -> list[str]:
        """Every other person's name as written in ``text`` (also written as initials,
        which the scrubber leaves as they are: "Z.v.d.B." stays "Z.v.d.B.")."""
        if not text or self._index is None:
            return []
        indexes = [i for i in (self._index, self._own, self._kept) if i is not None]
        return list(dict.fromkeys(
            h.original for h in known_hits(text, indexes) if h.kind not in (_OWN, _KEPT)
            and not (self._own is not None and self._own.matches_whole(h.original))))

    def __call__(self, text: str) -> str:
        if not text or (self._index is None and self._strangers is None):
            return text or ""
        indexes = [i for i in (self._index, self._own, self._kept) if i is not None]
        known = known_hits(text, indexes)
        strangers: list[Replacement] = []
        if self._strangers is not None:
            strangers, known = self._stranger_hits(text, known)
        hits = []
        for h in known:
            if h.kind in (_OWN, _KEPT):
                continue
            if self._own is not None and self._own.matches_whole(h.original):
                continue  # this pupil's or own parents' name: it stays in their dossier
            initials = h.kind if h.kind.endswith(".") else initials_of(h.original)
            if text[h.end:h.end + 1] == "." and not h.original.endswith("."):
                initials = initials[:-1]  # "meneer Oudshoorn." -> "meneer S.O."
            hits.append(replace(h, replacement=initials))
        if strangers:
            hits = sorted([*hits, *strangers], key=lambda r: r.start)
        return render(text, merge_adjacent(text, hits)) if hits else text

    def _stranger_hits(self, text: str, known: list[Replacement]
                       ) -> tuple[list[Replacement], list[Replacement]]:
        """(strangers as initials, the known hits that still stand). A known person's
        lone initials inside a stranger's name ("S." of Sven in "Mevrouw S. Kramer") are
        part of the stranger's name; any other known form decides instead."""
        out: list[Replacement] = []
        if not has_title(text):
            return out, known  # no title, no stranger to look for (most fields)
        for d in titled_names(text, self._strangers(text)):
            inside = [k for k in known if k.start < d.end and d.start < k.end]
            if any(k.start < d.start or k.end > d.end or not _INITIALS.match(k.original)
                   for k in inside):
                continue
            known = [k for k in known if k not in inside]
            initials = initials_of(text[d.start:d.end])
            if text[d.end:d.end + 1] == ".":
                initials = initials[:-1]  # "dhr. P.K." -> "dhr. P.K.", not "P.K.."
            out.append(Replacement(d.start, d.end, text[d.start:d.end], initials, "naam",
                                   False))
        return out, known


_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+$|^[^\W\d_]$")


def scrubber_for(others: Sequence[KnownName], own: Sequence[KnownName]) -> ExportScrubber:
    """One scrubber per export (its index is built once for all fields)."""
    return ExportScrubber(others, own)


class NameScrubber(ExportScrubber):
    """Every other person's name, in every form, as initials (``ExportScrubber``: the
    anonymiser's one name index). ``other_names``: names or ``KnownName``s of everybody
    else the vault knows; ``own``: the pupil and their own parents, whose names stay;
    ``kept``: people the document names in their role (staff, participants);
    ``strangers``: a detector of names the vault does not know (titled ones go too).
    ``first_name_of`` is accepted for older callers: every form of every other person
    is replaced now, first names included."""

    def __init__(self, other_names: Iterable[str | KnownName],
                 first_name_of: Iterable[str] = (), own: Iterable[KnownName] = (),
                 kept: Iterable[KnownName] = (),
                 strangers: Callable[[str], Iterable[Detection]] | None = None) -> None:
        people = [n if isinstance(n, KnownName) else KnownName(n) for n in other_names]
        people += [KnownName(n) for n in first_name_of
                   if n not in {p.name for p in people}]
        super().__init__(people, own, kept, strangers)
