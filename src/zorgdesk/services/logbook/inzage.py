"""Inzage export of the logboek: the dossier PDF of one pupil.

A mixin of :class:`zorgdesk.services.logbook.service.LogbookService`; it uses the service's
chronology, zienswijzen, correction requests and sharing trail.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from zorgdesk.store.vault import Vault


class LogbookInzageMixin:
    """Provided by :class:`LogbookService`: the vault, ``today`` and the reading methods."""

    vault: Vault
    today: date

    # -- inzage ----------------------------------------------------------------------

    def dossier_pdf(self, pupil_id: int, printed_on: date | None = None) -> bytes:
        """The inzage PDF of one pupil (other pupils only by initials)."""
        return self.dossier_renderer(pupil_id, printed_on)()

    def dossier_renderer(self, pupil_id: int,
                         printed_on: date | None = None) -> Callable[[], bytes]:
        """Read the dossier now; the returned function renders it without touching the
        vault, so the UI may run it in a worker thread."""
        from zorgdesk.reports.dossier_pdf import render_dossier
        from zorgdesk.services.export_names import INZAGE, export_scrubber

        basedata = self.basedata
        names = {p.id: p.display_name for p in basedata.pupils(include_inactive=True)}
        args = (basedata.printed_pupil(pupil_id), basedata.printed_school(),
                printed_on or self.today, self.dossier_entries(pupil_id, names),
                self.parents.zienswijzen(pupil_id), self.parents.correction_requests(pupil_id),
                self.parents.sharing_trail(pupil_id))
        # Every other pupil, parent and staff member, in every form (read now, in this
        # thread; the renderer touches no vault).
        scrub = export_scrubber(basedata, pupil_id, INZAGE)
        return lambda: render_dossier(*args, scrub=scrub)

    def dossier_entries(self, pupil_id: int, names: dict[int, str]) -> list:
        """Entries oldest first, each with the full names of the other pupils it concerns."""
        from zorgdesk.domain.logbook import OBSERVATION_DOMAINS
        from zorgdesk.domain.logbook.dossier import DossierEntry

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
