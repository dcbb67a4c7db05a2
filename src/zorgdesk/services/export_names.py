"""Who an export about one pupil may name, read from the vault once per export.

``own``: the pupil and the pupil's own parents/guardians (their names stay).
``others``: every other pupil (siblings too), every other pupil's parents/guardians and
every staff member, active or not: by initials in every text field (see
``domain/anonymise/export_names.py``). ``keep``: names that stay anyway (the IB who
exports, whose name is on the cover).
"""

from __future__ import annotations

from collections.abc import Iterable

from zorgdesk.domain.anonymise.anonymiser import KnownName
from zorgdesk.domain.anonymise.name_index import is_placeholder
from zorgdesk.reports.dossier_pdf import NameScrubber


def pupil_name(pupil) -> KnownName:
    return KnownName(pupil.display_name, "", pupil.first_name, pupil.tussenvoegsel,
                     pupil.last_name)


def export_people(basedata, pupil_id: int, keep: Iterable[str] = (), *, staff: bool = True
                  ) -> tuple[list[KnownName], list[KnownName]]:
    """(others, own) for an export about ``pupil_id``. ``staff=False`` for a document the
    school itself hands to the parents (a printed signalenlijst): there the school's own
    people act in their role and keep their names; other families never do."""
    kept = {k.casefold().strip() for k in keep if k}
    own = [pupil_name(basedata.pupil(pupil_id))]
    own += [KnownName(g.name) for g in basedata.guardians(pupil_id, include_inactive=True)]
    others: list[KnownName] = []
    for pupil in basedata.pupils(include_inactive=True):
        if pupil.id == pupil_id:
            continue
        others.append(pupil_name(pupil))
        others += [KnownName(g.name) for g in basedata.guardians(pupil.id, True)]
    if staff:
        others += [KnownName(m.name) for m in basedata.staff(include_inactive=True)]
    return [p for p in others if p.name.casefold().strip() not in kept
            and not is_placeholder(p.name)], [p for p in own if not is_placeholder(p.name)]


def export_scrubber(basedata, pupil_id: int, keep: Iterable[str] = (), *,
                    staff: bool = True) -> NameScrubber:
    """The one name removal for every export about this pupil (built once per export)."""
    others, own = export_people(basedata, pupil_id, keep, staff=staff)
    return NameScrubber(others, own=own)
