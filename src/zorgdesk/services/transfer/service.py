"""Overdrachtsdossier: compose, render, write (PDF + JSON, 0600) and record the transfer.

In three steps, so the UI can do the slow middle in a worker thread:
``prepare_export`` (checks, reads and composes on the UI thread), ``PreparedTransfer.write``
(renders the PDF and writes both files without touching the vault) and ``finish_export``
(the sharing trail, on the UI thread). ``export`` does all three in one call.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from zorgdesk.domain.progress import Cancelled, Progress
from zorgdesk.domain.sharing import SharingDraft
from zorgdesk.domain.transfer.document import chosen_lines, json_document, preview_text
from zorgdesk.domain.transfer.model import RecordChoice, TransferDossier, TransferDraft
from zorgdesk.domain.validation import FieldProblem, ValidationError
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.services.conversations.service import ConversationService
from zorgdesk.services.logbook.service import LogbookService
from zorgdesk.services.meldcode.service import MeldcodeService
from zorgdesk.services.private_files import (
    check_export_target,
    initials_stem,
    write_new_private,
)
from zorgdesk.services.sharing import SharingService
from zorgdesk.services.signals.service import SignalService
from zorgdesk.services.transfer.composer import TransferComposer, all_choices
from zorgdesk.store.errors import VaultReadOnlyError

__all__ = ["PreparedTransfer", "TransferResult", "TransferService"]

_WHAT_LIMIT = 4_000  # the sharing trail lists the titles; a huge choice gets counts only


@dataclass(frozen=True)
class TransferResult:
    pdf_path: Path
    json_path: Path
    sharing_id: int | None = None


@dataclass(frozen=True)
class PreparedTransfer:
    pupil_id: int
    dossier: TransferDossier
    folder: Path
    name: str
    render: Callable[[], bytes]  # the PDF; touches no vault

    @property
    def text(self) -> str:
        """The preview of exactly this dossier."""
        return preview_text(self.dossier)

    def write(self, progress: Progress | None = None) -> TransferResult:
        """Render the PDF and write both files (0600, never over another file). No vault
        access: safe in a worker thread. Nothing stays behind when a write fails or the
        IB cancels."""
        progress = progress or Progress()
        progress.step(0, 3, "Het overdrachtsdossier wordt opgemaakt…")
        pdf = self.render()
        data = json.dumps(json_document(self.dossier), ensure_ascii=False,
                          indent=2).encode("utf-8")
        progress.step(2, 3, "De bestanden worden geschreven…")
        pdf_path, json_path = _free_pair(self.folder, f"{self.name}-overdracht")
        write_new_private(pdf_path, pdf)  # removes its own half file on failure
        try:
            write_new_private(json_path, data)
        except BaseException:
            pdf_path.unlink(missing_ok=True)
            raise
        try:
            progress.step(3, 3)
        except Cancelled:
            pdf_path.unlink(missing_ok=True)
            json_path.unlink(missing_ok=True)
            raise
        return TransferResult(pdf_path, json_path)


def _free_pair(folder: Path, stem: str) -> tuple[Path, Path]:
    """'<stem>.pdf' and '<stem>.json', or '<stem>-2...' when either is taken: the two
    files of one transfer always share their name."""
    n = 1
    while True:
        base = stem if n == 1 else f"{stem}-{n}"
        pair = folder / f"{base}.pdf", folder / f"{base}.json"
        if not any(p.exists() for p in pair):
            return pair
        n += 1


class TransferService:
    def __init__(self, basedata: BaseDataService, logbook: LogbookService,
                 signals: SignalService, conversations: ConversationService,
                 meldcode: MeldcodeService, sharing: SharingService,
                 clock: Clock = SYSTEM_CLOCK) -> None:
        self.basedata = basedata
        self.logbook = logbook
        self.signals = signals
        self.conversations = conversations
        self.meldcode = meldcode
        self.sharing = sharing
        self.clock = clock

    @property
    def today(self) -> date:
        return self.clock.today()

    def user_name(self) -> str:
        return self.basedata.vault.user.name

    def choices(self, pupil_id: int) -> list[RecordChoice]:
        """Every record of the pupil that can go: per kind, oldest first."""
        return all_choices(self, pupil_id)

    def composer(self, pupil_id: int) -> TransferComposer:
        """For one dialog: the choices and the name removal, read once."""
        return TransferComposer(self, pupil_id)

    def compose(self, pupil_id: int, draft: TransferDraft) -> TransferDossier:
        return self.composer(pupil_id).compose(draft)

    def suggested_name(self, pupil_id: int) -> str:
        return initials_stem(self.basedata.pupil(pupil_id).display_name, self.today)

    def pdf_renderer(self, dossier: TransferDossier) -> Callable[[], bytes]:
        from zorgdesk.reports.transfer_pdf import render_transfer

        return lambda: render_transfer(dossier)

    def prepare_export(self, composer: TransferComposer, draft: TransferDraft,
                       folder: str | Path, base_name: str = "") -> PreparedTransfer:
        """Check everything (ValidationError, Dutch, per field) and compose the dossier."""
        if self.basedata.vault.read_only:
            raise VaultReadOnlyError()  # the transfer must reach the sharing trail
        problems: list[FieldProblem] = []
        name = (base_name or "").strip()
        target = check_export_target(folder, name, problems)
        try:
            dossier = composer.compose(draft)
        except ValidationError as error:
            problems = error.problems + problems
            dossier = None
        if problems:
            raise ValidationError(problems)
        return PreparedTransfer(composer.pupil_id, dossier, target,
                                name or self.suggested_name(composer.pupil_id),
                                self.pdf_renderer(dossier))

    def finish_export(self, prepared: PreparedTransfer, result: TransferResult
                      ) -> TransferResult:
        """Record the transfer in the pupil's sharing trail (after the files exist). When
        that fails the files go too: no transfer without its record."""
        d = prepared.dossier
        titles = "; ".join(line.split(". ", 1)[1] for line in chosen_lines(d))
        counts = ", ".join(f"{n} × {kind}" for kind, n in d.counts().items() if n)
        what = f"Overdrachtsdossier (PDF en JSON): {titles}"
        if len(what) > _WHAT_LIMIT:
            what = f"Overdrachtsdossier (PDF en JSON): {counts}"
        try:
            sharing_id = self.sharing.record(prepared.pupil_id, SharingDraft(
                shared_with=f"{d.receiving_school} ({d.destination.label.lower()})",
                what=what, basis=d.basis, shared_on=self.today))
        except BaseException:
            result.pdf_path.unlink(missing_ok=True)
            result.json_path.unlink(missing_ok=True)
            raise
        return TransferResult(result.pdf_path, result.json_path, sharing_id)

    def export(self, pupil_id: int, draft: TransferDraft, folder: str | Path,
               base_name: str = "") -> TransferResult:
        """All three steps at once (tests, command line)."""
        prepared = self.prepare_export(self.composer(pupil_id), draft, folder, base_name)
        return self.finish_export(prepared, prepared.write())
