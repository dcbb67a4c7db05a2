"""What the UI holds while a vault is unlocked: the vault and the services on it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from zorgdesk.domain.passphrase import PassphraseVerdict, assess_passphrase
from zorgdesk.domain.people import IB_ROLE
from zorgdesk.domain.progress import Progress
from zorgdesk.services.anonymise.case_summary import CaseSummaryService
from zorgdesk.services.attachments import viewing as attachment_viewing
from zorgdesk.services.attachments.service import AttachmentService
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.services.conversations.action_points import ActionPointService
from zorgdesk.services.conversations.service import ConversationService
from zorgdesk.services.conversations.signing import SigningService
from zorgdesk.services.drafts import DraftService
from zorgdesk.services.inzage import InzageService
from zorgdesk.services.logbook.agreements import AgreementEvaluations
from zorgdesk.services.logbook.evaluations import AgreementDeadlines
from zorgdesk.services.logbook.parents import ParentsService
from zorgdesk.services.logbook.progress import LogbookProgressService
from zorgdesk.services.logbook.request_answers import RequestAnswerService
from zorgdesk.services.logbook.service import LogbookService
from zorgdesk.services.meldcode.service import MeldcodeService
from zorgdesk.services.peer_incident.service import PeerIncidentService
from zorgdesk.services.pupil_import import PupilImportService
from zorgdesk.services.record_titles import LinkedRecords
from zorgdesk.services.retention import RetentionService
from zorgdesk.services.retention_plans import RETENTION_PLANS
from zorgdesk.services.school_year import SchoolYearService
from zorgdesk.services.settings import backup_keep
from zorgdesk.services.sharing import SharingService
from zorgdesk.services.signals.service import SignalService
from zorgdesk.services.social_map import SocialMapService
from zorgdesk.services.staff_abuse.service import StaffAbuseService
from zorgdesk.services.today.deadlines import TodayService
from zorgdesk.services.transfer import TransferService
from zorgdesk.services.vault.backup import (
    BackupSource,
    Manifest,
    make_backup,
    pre_upgrade_backup,
    rotating_backup,
    write_backup,
)
from zorgdesk.services.vault.handover import HandedOver, hand_over, hand_over_in_worker
from zorgdesk.services.vault.problem_names import named_problems
from zorgdesk.services.yearly_account import YearlyAccountService
from zorgdesk.store.errors import VaultError, WrongPassphraseError
from zorgdesk.store.keyfile import KdfParams
from zorgdesk.store.vault import UnlockedKey, UpgradeSteps, Vault
from zorgdesk.store.worker_access import WorkerAccess

__all__ = ["Session", "UnlockedKey", "VaultError", "WrongPassphraseError",
           "assess_passphrase", "PassphraseVerdict"]




class Session:
    """The open vault and every service on it, each built once, all on one clock."""

    def __init__(self, vault: Vault, clock: Clock = SYSTEM_CLOCK) -> None:
        self.vault = vault
        self.clock = clock

        def on_worker_connection(other: Vault) -> WorkerSession:
            return WorkerSession(other, clock)

        # One line per feature service; the UI reaches everything through the session.
        self.basedata = BaseDataService(vault, clock)
        self.pupil_import = PupilImportService(self.basedata)
        self.school_year = SchoolYearService(self.basedata)
        self.sharing = SharingService(vault, clock)
        self.retention = RetentionService(
            vault, clock, plans=RETENTION_PLANS, basedata=self.basedata,
            same_service_on=lambda other: on_worker_connection(other).retention)
        self.logbook_progress = LogbookProgressService(vault, clock)
        self.parents = ParentsService(vault, clock, sharing=self.sharing)
        self.agreement_evaluations = AgreementEvaluations(vault, clock)
        self.logbook = LogbookService(vault, clock, sharing=self.sharing,
                                      basedata=self.basedata, progress=self.logbook_progress,
                                      parents=self.parents,
                                      evaluations=self.agreement_evaluations)
        self.signals = SignalService(vault, clock, basedata=self.basedata, logbook=self.logbook)
        self.conversations = ConversationService(vault, clock, basedata=self.basedata)
        self.request_answers = RequestAnswerService(
            vault, clock, parents=self.parents, logbook=self.logbook, basedata=self.basedata,
            signals=self.signals, conversations=self.conversations,
            same_services_on=lambda other: on_worker_connection(other).request_answers)
        self.signing = SigningService(self.conversations)
        self.action_points = ActionPointService(self.conversations, self.basedata)
        self.deadlines = AgreementDeadlines(vault, self.action_points)
        self.meldcode = MeldcodeService(vault, clock, basedata=self.basedata,
                                        linked=LinkedRecords(self.signals, self.logbook,
                                                             self.conversations))
        self.case_summary = CaseSummaryService(self.basedata, self.logbook, self.signals,
                                               self.conversations, self.sharing, clock,
                                               meldcode=self.meldcode)
        self.peer_incidents = PeerIncidentService(vault, clock, basedata=self.basedata,
                                                  signals=self.signals)
        self.staff_abuse = StaffAbuseService(vault, clock, basedata=self.basedata)
        self.drafts = DraftService(vault)
        self.attachments = AttachmentService(vault)
        self.social_map = SocialMapService(vault, clock)
        self.yearly_account = YearlyAccountService(self.meldcode, self.basedata, clock)
        self.inzage = InzageService(self, clock)
        self.today_overview = TodayService(self)  # Vandaag: deadlines across features
        self.transfer = TransferService(self.basedata, self.logbook, self.signals,
                                        self.conversations, self.meldcode, self.sharing, clock)

    @property
    def today(self) -> date:
        return self.clock.today()

    @classmethod
    def open(cls, path: Path, secret: str, use_recovery_key: bool = False, *,
             read_only: bool = False, take_over_lock: bool = False,
             clock: Clock = SYSTEM_CLOCK, key: UnlockedKey | None = None,
             upgrade_run: Callable[[Callable[[], object]], object] | None = None,
             backup_folder: Path | None = None) -> Session:
        """``key``: made beforehand by ``unlock_key`` (in a worker thread), so that
        opening here does not derive it again; it stays the caller's to discard.

        A vault of an older version is upgraded (migrations) once: ``upgrade_run(work)``
        runs that work in a worker thread (the UI's runner; called only then), and
        ``backup_folder`` first gets a backup of the vault as it was
        (``pre_upgrade_backup``). Without them the upgrade runs here, without backup."""
        upgrade = None
        if upgrade_run is not None or backup_folder is not None:
            upgrade = UpgradeSteps(
                run=upgrade_run or (lambda work: work()),
                backup=pre_upgrade_backup(backup_folder) if backup_folder else None)
        return cls(Vault.open(path, secret, use_recovery_key=use_recovery_key,
                              read_only=read_only, take_over_lock=take_over_lock,
                              key=key, upgrade=upgrade), clock)

    @staticmethod
    def unlock_key(path: Path, secret: str, use_recovery_key: bool = False) -> UnlockedKey:
        """The slow half of ``open`` (the passphrase's key derivation, about 0.6 s):
        safe in a worker thread; raises the same Dutch errors as ``open`` for a wrong
        passphrase, a missing file or too many attempts."""
        return Vault.unlock_key(path, secret, use_recovery_key=use_recovery_key)

    @classmethod
    def create(cls, path: Path, passphrase: str, *, school_name: str, place: str,
               user_name: str, with_recovery_key: bool,
               kdf: KdfParams | None = None,
               clock: Clock = SYSTEM_CLOCK) -> tuple[Session, str | None]:
        vault, recovery = Vault.create(path, passphrase, school_name=school_name, place=place,
                                       user_name=user_name, kdf=kdf,
                                       with_recovery_key=with_recovery_key)
        session = cls(vault, clock)
        # The IB records most observations herself: as a staff member she is the
        # default "Gesignaleerd door" instead of a name typed into every entry.
        session.basedata.add_staff(user_name, IB_ROLE)
        return session, recovery

    @property
    def upgrade_note(self) -> str | None:
        """For the status bar after an unlock that upgraded the vault (Dutch), else None."""
        upgraded = self.vault.upgraded
        if upgraded is None:
            return None
        note = "De kluis is bijgewerkt naar de nieuwe versie van ZorgDesk."
        if upgraded.backup is not None:
            note += f" De back-up van daarvoor staat in {Path(str(upgraded.backup)).parent}."
        return note

    @property
    def read_only(self) -> bool:
        return self.vault.read_only

    @property
    def path(self) -> Path:
        return self.vault.path

    @property
    def user_name(self) -> str:
        return self.vault.user.name

    def change_passphrase(self, old: str, new: str, kdf: KdfParams | None = None) -> None:
        self.vault.change_passphrase(old, new, kdf)

    def hand_over(self, *, current: str, new: str, repeated: str, successor: str,
                  kdf: KdfParams | None = None,
                  run: Callable[[Callable[[], object]], object] | None = None,
                  ) -> HandedOver:
        """A successor IB takes the vault over; her new recovery key and a warning if a
        step after the rekey failed (services/vault).
        ``run``: the UI's worker runner (the rekey then runs off the UI thread)."""
        if run is not None:
            clock = self.clock
            return hand_over_in_worker(
                self.vault, self.basedata, run, current=current, new=new, repeated=repeated,
                successor=successor, kdf=kdf,
                basedata_on=lambda writer: WorkerSession(writer, clock).basedata)
        return hand_over(self.vault, self.basedata, current=current, new=new,
                         repeated=repeated, successor=successor, kdf=kdf)

    def verify(self) -> list[str]:
        """Kluis controleren on the session's connection, each finding about a record
        named the way the IB knows it (services/vault/problem_names.py)."""
        return self.named_problems(self.vault.verify())

    def named_problems(self, problems: list[str]) -> list[str]:
        """Findings of a check (also one run by a worker) with the records named."""
        return named_problems(self, problems)

    def settle_compact(self, emptied: bool) -> bool:
        """After a worker's compact (``Vault.compact``) on the UI thread: when this
        session's connection kept the -wal file busy, checkpoint it from here so no
        freed page stays there. True when the -wal file is empty."""
        return emptied or self.vault.checkpoint()

    def backup(self, target: Path) -> None:
        """An encrypted backup file at ``target`` (services/vault/backup.py)."""
        make_backup(self.vault, target)

    def rotating_backup(self, folder: Path) -> Path:
        """A timestamped backup in ``folder``, keeping only the newest few."""
        return rotating_backup(self.vault, folder)

    # -- long work for a worker thread (issue 23) ----------------------------------------

    @contextlib.contextmanager
    def worker(self) -> Iterator[WorkerAccess]:
        """A worker thread's own way into the vault, for as long as the work runs."""
        access = self.vault.worker_access()
        try:
            yield access
        finally:
            access.close()

    def reader_for_worker(self) -> Callable[[], Session]:
        """For long reading work in a worker thread, made on this (the UI) thread.

        Returns ``open_here()``: called in the worker it gives a read-only session of the
        same vault and clock on a connection of that thread (close it there). The work
        reads what the UI's connection had committed; it can write nothing."""
        open_vault, clock = self.vault.reader_for_worker(), self.clock
        return lambda: WorkerSession(open_vault(), clock)

    def backup_work(self, access: WorkerAccess,
                    target: Path) -> Callable[[Progress], Manifest]:
        """``backup(target)`` as work for a worker thread (reads through ``access``)."""
        source_for = BackupSource.for_worker(self.vault, access)
        return lambda progress: write_backup(source_for(progress), target)

    def rotating_backup_work(self, access: WorkerAccess,
                             folder: Path) -> Callable[[Progress], Path]:
        """``rotating_backup(folder)`` as work for a worker thread."""
        vault, keep = self.vault, backup_keep(self.vault)  # read here, on this thread
        source_for = BackupSource.for_worker(vault, access)
        return lambda progress: rotating_backup(vault, folder, keep, source_for(progress))

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        attachment_viewing.clear()  # plaintext copies opened outside ZorgDesk
        self.vault.close()


class WorkerSession(Session):
    """The same services on a worker thread's own connection to the vault (made in that
    thread from ``Vault.reader_for_worker``/``writer_for_worker``): the work of a worker
    uses the services the session built, never a rebuild of its own.

    Closing it closes only that connection: the UI's session still holds the vault, and
    the copies of attachments it opened outside ZorgDesk stay until the UI closes."""

    def close(self) -> None:
        self.vault.close()
