"""Who a printed or exported document about one pupil may name: the one place for it.

Every document that leaves the vault about one pupil runs the same name removal
(``domain/anonymise/export_names.py``, the anonymiser's name index) over every text field.
What differs per document is only who keeps a name; that is decided here, per document,
in :data:`POLICIES` (docs/anonymise.md, "Who a document names", says why):

- the pupil and the pupil's own parents/guardians always keep their names;
- every other pupil (siblings too) and every other pupil's parents/guardians appear by
  initials in every document, in every written form;
- staff: by initials in the inzage export (PDF, JSON, logboek dossier PDF), as the
  issue asked, and in the overdrachtsdossier (issue 21's decision); with their names in
  the documents the school itself hands out in their role (signalenlijst, zorggesprek
  documents, rapportage meldcode);
- the user who prints or exports (the IB; on the inzage cover, the sender of an
  invitation) keeps her name in every document;
- ``keep``: people a document names on purpose (the participants of a zorggesprek, who
  sign it);
- people the vault does not know but the text names with a title or profession
  ("Mevrouw S. Kramer" of Veilig Thuis in a meldcode step, "tante Fatima"): initials in
  every document, as the Veilig Thuis summary removes them (``strangers_named``).

A kept person keeps a written form that is theirs alone or the longest match; a single
word they share with another family ("Hoekstra") becomes initials (``ExportScrubber``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from zorgdesk.domain.anonymise.anonymiser import KnownName
from zorgdesk.domain.anonymise.export_names import NameScrubber
from zorgdesk.domain.anonymise.name_index import is_placeholder
from zorgdesk.services.name_lexicon import default_lexicon, default_name_detector

__all__ = ["INZAGE", "MELDCODE", "OVERDRACHT", "POLICIES", "SIGNALENLIJST", "ZORGGESPREK",
           "NamingPolicy",
           "export_people", "export_scrubber", "ordinary_words", "person_name", "pupil_name",
           "requester_names", "scrub_value"]


# "(moeder)", ", vader": the role a requester writes after her name
_ROLE_AFTER = re.compile(r"\s*(?:\([^()]*\)|,.*)\s*$")


@dataclass(frozen=True)
class NamingPolicy:
    """Who keeps a name in one kind of document (besides the pupil and own parents).

    ``strangers_named``: people the vault does not know, written with a title or
    profession ("Mevrouw S. Kramer" of Veilig Thuis, "dhr. P. de Vries", "tante Fatima"),
    keep their names; by default they appear by initials like every other person
    ("Mevrouw S.K."), found by the summary's word-list detector."""

    document: str      # Dutch, as the documents are called in the app
    staff_named: bool  # the school's staff keep their names (else initials)
    strangers_named: bool = False


INZAGE = NamingPolicy("Inzage-export (PDF en JSON) en dossier-PDF van het logboek",
                      staff_named=False)
SIGNALENLIJST = NamingPolicy("Ingevulde signalenlijst", staff_named=True)
ZORGGESPREK = NamingPolicy("Zorggesprek: uitnodiging, gespreksverslag, SMART-formulier",
                           staff_named=True)
MELDCODE = NamingPolicy("Rapportage meldcode (dossier meldcode)", staff_named=True)
OVERDRACHT = NamingPolicy("Overdrachtsdossier (docs/overdracht-format.md)", staff_named=False)
POLICIES = (INZAGE, SIGNALENLIJST, ZORGGESPREK, MELDCODE, OVERDRACHT)


def pupil_name(pupil) -> KnownName:
    return KnownName(pupil.display_name, "", pupil.first_name, pupil.tussenvoegsel,
                     pupil.last_name, nicknames=pupil.nicknames)


def person_name(person) -> KnownName:
    """A guardian or staff member with the nicknames the IB recorded."""
    return KnownName(person.name, nicknames=person.nicknames)


def export_people(basedata, pupil_id: int, policy: NamingPolicy, keep: Iterable[str] = ()
                  ) -> tuple[list[KnownName], list[KnownName], list[KnownName]]:
    """(others, own, kept) for a document about ``pupil_id`` under ``policy``."""
    own = [pupil_name(basedata.pupil(pupil_id))]
    own += [person_name(g) for g in basedata.guardians(pupil_id, include_inactive=True)]
    others: list[KnownName] = []
    for pupil in basedata.pupils(include_inactive=True):
        if pupil.id == pupil_id:
            continue
        others.append(pupil_name(pupil))
        others += [person_name(g) for g in basedata.guardians(pupil.id, True)]
    staff = [person_name(m) for m in basedata.staff(include_inactive=True)]
    user = basedata.vault.user.name
    kept = [KnownName(k.strip()) for k in (user, *keep) if k and k.strip()]
    if policy.staff_named:
        kept += staff
    else:
        others += staff
    real = [p for p in others if not is_placeholder(p.name)]
    return real, [p for p in own if not is_placeholder(p.name)], kept


def ordinary_words(nicknames: Iterable[str]) -> list[str]:
    """The recorded nicknames that are also ordinary Dutch words ("Beer", "de Beer",
    "Kruimel"): accepted, but the IB is told what the anonymiser does with them
    (``domain.nicknames.ordinary_word_note``)."""
    words = default_lexicon().words
    articles = {"de", "het", "'t"}
    return [n for n in nicknames
            if any(w.casefold() in words for w in n.split() if w.casefold() not in articles)]


def requester_names(zienswijzen: Iterable[Any], requests: Iterable[Any]) -> list[str]:
    """The full names of the people who gave a zienswijze or asked for a correction, as
    ``keep`` for the inzage export and the dossier PDF (it is their document): "Marieke
    van der Berg (moeder)" keeps "Marieke van der Berg" even when she is not a registered
    guardian and shares a first name with staff.
    A single word ("Marieke", "moeder") is no full name: keeping it would keep that word
    for every other person it names, so it is left to the scrubber."""
    written = [*(z.given_by for z in zienswijzen), *(r.requested_by for r in requests)]
    names: list[str] = []
    for text in written:
        name = _ROLE_AFTER.sub("", text or "").strip()
        if len(name.split()) >= 2 and name not in names:
            names.append(name)
    return names


def export_scrubber(basedata, pupil_id: int, policy: NamingPolicy,
                    keep: Iterable[str] = ()) -> NameScrubber:
    """The one name removal for every export about this pupil (built once per export)."""
    others, own, kept = export_people(basedata, pupil_id, policy, keep)
    strangers = None if policy.strangers_named else default_name_detector()
    return NameScrubber(others, own=own, kept=kept, strangers=strangers)


def scrub_value(value: Any, scrub: NameScrubber) -> Any:
    """A copy of ``value`` with every text scrubbed; dataclasses are rebuilt field by field
    without calling __init__ (some return ``self`` from __copy__, none may be mutated)."""
    if isinstance(value, Enum) or value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return scrub(value)
    if hasattr(value, "to_record") and hasattr(type(value), "from_record"):
        return type(value).from_record(scrub_value(value.to_record(), scrub))  # re-validated
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        new = object.__new__(type(value))
        for f in dataclasses.fields(value):
            object.__setattr__(new, f.name, scrub_value(getattr(value, f.name), scrub))
        return new
    if isinstance(value, Mapping):
        return {k: scrub_value(v, scrub) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return type(value)(scrub_value(v, scrub) for v in value)
    return value
