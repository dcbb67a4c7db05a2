"""Inzage export of the logboek: the dossier PDF of one pupil.

:class:`LogbookDossier` is built by :class:`zorgdesk.services.logbook.service.LogbookService`
(as its ``dossier``) with what it reads: the chronology, progress notes, held agreement
evaluations, the parents' side (zienswijzen, correction requests, sharing trail) and the
base data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from zorgdesk.domain.logbook import OBSERVATION_DOMAINS
from zorgdesk.domain.logbook.dossier import DossierEntry
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.services.clock import Clock
from zorgdesk.services.export_names import INZAGE, export_scrubber, requester_names
from zorgdesk.services.logbook.agreements import AgreementEvaluations
from zorgdesk.services.logbook.parents import ParentsService
from zorgdesk.services.logbook.progress import LogbookProgressService
from zorgdesk.store.vault import Vault

if TYPE_CHECKING:
    from zorgdesk.services.logbook.service import ChronologyItem

Chronology = Callable[..., "list[ChronologyItem]"]  # LogbookService.chronology


@dataclass(frozen=True, kw_only=True)
class LogbookDossier:
    """One pupil's logboek as parents may read it: every entry with its versions and
    progress notes, their views and requests, the sharing trail; others by initials."""

    vault: Vault
    clock: Clock
    chronology: Chronology
    basedata: BaseDataService
    progress: LogbookProgressService
    parents: ParentsService
    evaluations: AgreementEvaluations

    def pdf(self, pupil_id: int, printed_on: date | None = None) -> bytes:
        """The inzage PDF of one pupil (other pupils only by initials)."""
        return self.renderer(pupil_id, printed_on)()

    def renderer(self, pupil_id: int, printed_on: date | None = None) -> Callable[[], bytes]:
        """Read the dossier now; the returned function renders it without touching the
        vault, so the UI may run it in a worker thread."""
        from zorgdesk.reports.dossier_pdf import render_dossier

        basedata = self.basedata
        names = {p.id: p.display_name for p in basedata.pupils(include_inactive=True)}
        zienswijzen = self.parents.zienswijzen(pupil_id)
        requests = self.parents.correction_requests(pupil_id)
        args = (basedata.printed_pupil(pupil_id), basedata.printed_school(),
                printed_on or self.clock.today(), self.entries(pupil_id, names),
                zienswijzen, requests, self.parents.sharing_trail(pupil_id))
        # Every other pupil, parent and staff member, in every form (read now, in this
        # thread; the renderer touches no vault); the parents who asked keep their name.
        scrub = export_scrubber(basedata, pupil_id, INZAGE,
                                keep=requester_names(zienswijzen, requests))
        return lambda: render_dossier(*args, scrub=scrub)

    def entries(self, pupil_id: int, names: dict[int, str]) -> list[DossierEntry]:
        """Entries oldest first, each with the full names of the other pupils it concerns."""
        items = self.chronology(pupil_id, newest_first=False)
        progress = self.progress.for_entries(i.entry_id for i in items)
        evaluations = self.evaluations.for_entries(i.entry_id for i in items)
        return [
            DossierEntry(item.history, item.signalled_by,
                         OBSERVATION_DOMAINS.get(item.current.content.domain or "", ""),
                         tuple(names[p] for p in item.pupil_ids if p != pupil_id and p in names),
                         tuple(progress.get(item.entry_id, ())),
                         tuple(evaluations.get(item.entry_id, ())))
            for item in items]
