"""Encrypted backups: one file holding the encrypted database, its key file and a manifest.

Why this shape:
* ``VACUUM INTO`` on the open SQLCipher connection writes a consistent snapshot that
  is encrypted with the same data key (checked in tests: the copy's header is not
  the plain SQLite header and it opens with the vault's key). It runs inside one read
  transaction, so a backup taken while the IB works is never half old, half new.
* The key file (the data key wrapped by passphrase and recovery key) travels with
  it: without it the copy is useless, with it the copy needs the passphrase that was
  valid *when the backup was made*.
* The manifest holds only technical facts (vault id, time, schema version, audit
  head). No names, no school name: a backup on a lost USB stick reveals nothing.
* Restore never overwrites: it unpacks into a new location, opens the copy with the
  passphrase and runs the full integrity check before the files get their final name.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from zorgdesk import __version__
from zorgdesk.domain.progress import Progress
from zorgdesk.services.settings import backup_keep
from zorgdesk.store import seen
from zorgdesk.store.errors import (
    DiskFullError,
    UpgradeFailedError,
    VaultError,
    VaultExistsError,
)
from zorgdesk.store.keyfile import KeyFile, keyfile_path
from zorgdesk.store.lockfile import medium_error
from zorgdesk.store.vault import PLAIN_SQLITE_HEADER, UpgradeSource, Vault
from zorgdesk.store.worker_access import WorkerAccess

BACKUP_FORMAT = "zorgdesk-backup"
BACKUP_VERSION = 1
BACKUP_SUFFIX = ".zdbackup"
DB_MEMBER, KEY_MEMBER, MANIFEST_MEMBER = "kluis.zdv", "kluis.zdv.key", "manifest.json"
MAX_MEMBER_BYTES = 4 * 1024**3
STAGING_PREFIXES = (".zorgdesk-backup-", ".zorgdesk-restore-")
WRITE_FAILED = ("De back-up kon niet worden geschreven. Controleer of de schijf of USB-stick "
                "beschikbaar is, of u er mag schrijven en of er genoeg ruimte is.")


class BackupError(VaultError):
    """A backup could not be made or restored; the message is Dutch and has no pupil data."""


class BackupNotFoundError(BackupError):
    """The backup file chosen is not there (the form puts the cursor on that field)."""


class PlaceTakenError(BackupError):
    """Something is already where the backup was to be restored; nothing is overwritten."""


class NotABackupError(BackupError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(("Dit bestand is geen ZorgDesk-back-up of het is beschadigd. "
                          + detail).strip())


@dataclass(frozen=True)
class Manifest:
    vault_id: str
    created_at: str
    schema_version: int
    audit_seq: int
    audit_ts: str
    app_version: str

    def to_json(self) -> str:
        return json.dumps({"format": BACKUP_FORMAT, "version": BACKUP_VERSION,
                           **self.__dict__}, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != BACKUP_FORMAT or int(data["version"]) != BACKUP_VERSION:
                raise ValueError("format")
            return cls(str(data["vault_id"]), str(data["created_at"]),
                       int(data["schema_version"]), int(data["audit_seq"]),
                       str(data["audit_ts"]), str(data["app_version"]))
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as error:
            raise NotABackupError("De inhoudsopgave ontbreekt of is onleesbaar.") from error


def _audit_head(vault: Vault) -> tuple[int, str]:
    return _head_of(vault.read().connection)


def _head_of(conn) -> tuple[int, str]:
    row = conn.execute("SELECT seq, ts FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, "")


def manifest_for(vault: Vault) -> Manifest:
    return _manifest(vault.vault_id, vault.read().connection)


def _manifest(vault_id: str, conn) -> Manifest:
    seq, ts = _head_of(conn)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return Manifest(vault_id, datetime.now(UTC).isoformat(timespec="seconds"), version, seq,
                    ts, __version__)


@dataclass(frozen=True)
class BackupSource:
    """What a backup reads: the vault's identity, its key file and a connection.

    ``connect()`` gives a connection usable on the calling thread: the vault's own
    (``of``) or, in a worker thread, one of the worker's own (``for_worker``).
    """

    vault_id: str
    keyfile_json: str
    connect: Callable[[], contextlib.AbstractContextManager]

    @classmethod
    def of(cls, vault: Vault) -> BackupSource:
        return cls(vault.vault_id, vault.keyfile_json(),
                   lambda: contextlib.nullcontext(vault.read().connection))

    @classmethod
    def for_worker(cls, vault: Vault,
                   access: WorkerAccess) -> Callable[[Progress], BackupSource]:
        """Called on the UI thread; the worker calls the result with its Progress and
        reads through a connection of its own (cancelling stops the snapshot)."""
        vault_id, keyfile_json = vault.vault_id, vault.keyfile_json()
        return lambda progress: cls(vault_id, keyfile_json, lambda: access.connect(
            progress, writable_elsewhere=True))


def make_backup(vault: Vault, destination: Path | str, *, overwrite: bool = False) -> Manifest:
    """Write an encrypted backup file; a crash leaves the old file or none, never half."""
    return write_backup(BackupSource.of(vault), destination, overwrite=overwrite)


def write_backup(source: BackupSource, destination: Path | str, *,
                 overwrite: bool = False) -> Manifest:
    """``make_backup`` from a :class:`BackupSource` (any thread, its own connection)."""
    destination = Path(destination)
    if destination.exists() and not overwrite:
        raise VaultExistsError()
    # Staging files sit beside the destination (same disk for an atomic rename) and
    # are encrypted: the snapshot is SQLCipher, the key file holds only wrapped keys.
    staging = _staging_dir(destination.parent, STAGING_PREFIXES[0])
    try:
        snapshot = staging / DB_MEMBER
        with source.connect() as conn:
            conn.execute("VACUUM INTO ?", (str(snapshot),))
            with snapshot.open("rb") as handle:
                if handle.read(16) == PLAIN_SQLITE_HEADER:
                    raise BackupError("De back-up zou onversleuteld zijn; hij is niet gemaakt.")
            manifest = _manifest(source.vault_id, conn)
        packed = staging / "backup.tmp"
        with zipfile.ZipFile(packed, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(MANIFEST_MEMBER, manifest.to_json())
            archive.write(snapshot, DB_MEMBER)
            archive.writestr(KEY_MEMBER, source.keyfile_json)
        with packed.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(packed, 0o600)
        os.replace(packed, destination)
        return manifest
    except OSError as error:
        raise _write_error(error) from error
    except sqlcipher3.Error as error:  # VACUUM INTO on a full or read-only disk
        raise _write_error(error) from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _staging_dir(parent: Path, prefix: str) -> Path:
    try:
        parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    except OSError as error:
        raise _write_error(error) from error


def _write_error(error: Exception) -> BackupError:
    text = str(error).lower()
    if (isinstance(error, OSError) and isinstance(medium_error(error), DiskFullError)) \
            or "full" in text:
        return BackupError("De back-up is niet gemaakt: de schijf of USB-stick is vol. Maak "
                           "ruimte vrij of kies een andere plek en probeer het opnieuw.")
    if "readonly" in text or "read-only" in text or (
            isinstance(error, OSError) and error.errno in (30, 13, 1)):
        return BackupError("De back-up is niet gemaakt: ZorgDesk mag op die plek niet "
                           "schrijven (alleen-lezen schijf of map). Kies een andere plek.")
    return BackupError(WRITE_FAILED)


VAULT_ENDINGS = (".zdv.key", ".zdv")  # what a vault's own files end in


def backup_file_name(chosen: Path | str) -> Path:
    """The backup file for the name the IB typed in the save dialog.

    A name ending in the backup suffix (any case) stays as typed. The vault's own
    endings (``.zdv``, ``.zdv.key``) are replaced: a backup is no vault and must not
    look like one ("backup1.zdv" -> "backup1.zdbackup"). Any other dot stays part of the
    name, since Dutch names carry dates ("back-up 05.12.2026" -> "back-up
    05.12.2026.zdbackup"), and the suffix is added; a trailing dot is dropped.
    """
    path = Path(chosen)
    name = path.name
    if name.lower().endswith(BACKUP_SUFFIX):
        return path
    for ending in VAULT_ENDINGS:
        if name.lower().endswith(ending) and len(name) > len(ending):
            name = name[:-len(ending)]
            break
    name = name.rstrip(". ")
    if name.lower().endswith(BACKUP_SUFFIX):  # "kopie.zdbackup.zdv"
        return path.with_name(name)
    return path.with_name(name + BACKUP_SUFFIX)


LEFTOVER_AGE_SECONDS = 15 * 60  # a backup still running elsewhere keeps touching its files


def _last_touched(folder: Path) -> float:
    times = [folder.stat().st_mtime]
    times += [p.stat().st_mtime for p in folder.iterdir()]
    return max(times)


def clean_leftover_staging(folder: Path, now: float | None = None) -> int:
    """Remove staging folders a killed backup or restore left behind; returns how many.

    Only folders untouched for 15 minutes: another ZorgDesk may be making a backup
    into the same folder right now. Their content is encrypted, but it is clutter.
    """
    now = time.time() if now is None else now
    removed = 0
    try:
        candidates = [p for p in folder.iterdir()
                      if p.is_dir() and p.name.startswith(STAGING_PREFIXES)
                      and now - _last_touched(p) > LEFTOVER_AGE_SECONDS]
    except OSError:
        return 0
    for leftover in candidates:
        shutil.rmtree(leftover, ignore_errors=True)
        removed += not leftover.exists()
    return removed


def read_manifest(source: Path | str) -> Manifest:
    source = Path(source)
    if not source.is_file():
        raise BackupNotFoundError("Het back-upbestand is niet gevonden. Controleer de locatie "
                          "(is de USB-stick aangesloten?).")
    try:
        with zipfile.ZipFile(source) as archive:
            names = sorted(archive.namelist())
            if names != sorted([DB_MEMBER, KEY_MEMBER, MANIFEST_MEMBER]):
                raise NotABackupError()
            return Manifest.from_json(archive.read(MANIFEST_MEMBER))
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise NotABackupError() from error


def _existing_head(target: Path, passphrase: str, manifest: Manifest) -> int | None:
    """Audit head of the vault already at target when it is the same vault, else None."""
    try:
        if KeyFile.read(keyfile_path(target)).vault_id != manifest.vault_id:
            return None
        with Vault.open(target, passphrase, read_only=True) as existing:
            return _audit_head(existing)[0]
    except VaultError:
        return None


RESTORED_NAME = "teruggezet.zdv"


def restore_target(target: Path | str) -> Path:
    """Where a restore into ``target`` lands: a folder the IB picked as the new place
    gets the file name the Kiezen… dialog suggests (walk s29: an empty folder was refused
    with 'Op die plek staat al een kluis of bestand'); anything else is the file itself."""
    target = Path(target)
    return target / RESTORED_NAME if target.is_dir() else target


def restore_backup(source: Path | str, target: Path | str, passphrase: str,
                   progress: Progress | None = None) -> Manifest:
    """Unpack into a new location and verify it fully before it gets its final name.

    Opens only files of its own, so it may run in a worker thread; ``progress`` reports
    the full check of the copy and may cancel it (nothing is then left behind).
    """
    source, target = Path(source), Path(target)
    progress = progress or Progress()
    manifest = read_manifest(source)
    if target.exists() or keyfile_path(target).exists():
        head = _existing_head(target, passphrase, manifest) if target.exists() else None
        if head is not None and head > manifest.audit_seq:
            raise PlaceTakenError(
                f"De kluis op die plek bevat nieuwere gegevens (auditregel {head}) dan de "
                f"back-up (auditregel {manifest.audit_seq}). Er is niets overschreven; "
                "zet de back-up terug op een nieuwe plek.")
        raise PlaceTakenError("Op die plek staat al een kluis of bestand. Terugzetten "
                          "overschrijft nooit iets; kies een nieuwe plek.")
    staging = _staging_dir(target.parent, STAGING_PREFIXES[1])
    try:
        staged = staging / target.name
        try:
            with zipfile.ZipFile(source) as archive:
                for member, path in ((DB_MEMBER, staged), (KEY_MEMBER, keyfile_path(staged))):
                    info = archive.getinfo(member)
                    if info.file_size > MAX_MEMBER_BYTES:
                        raise NotABackupError()
                    with archive.open(info) as src, open(path, "wb") as dst:
                        shutil.copyfileobj(src, dst)
                        dst.flush()
                        os.fsync(dst.fileno())
                    os.chmod(path, 0o600)
        except (zipfile.BadZipFile, KeyError, EOFError) as error:
            raise NotABackupError() from error
        except OSError as error:
            raise _write_error(error) from error
        # An older copy than this computer has seen, on purpose: no rollback warning.
        with Vault.open(staged, passphrase, check_rollback=False) as restored:
            if restored.vault_id != manifest.vault_id:
                raise NotABackupError("De inhoudsopgave hoort niet bij de kluis.")
            progress.step(0, 1, "De teruggezette kluis wordt gecontroleerd…")
            problems = restored.verify(progress)
            if problems:
                raise BackupError("De back-up is beschadigd en is niet teruggezet: "
                                  + " ".join(problems[:3]))
            if _audit_head(restored)[0] != manifest.audit_seq:
                raise NotABackupError("De inhoudsopgave klopt niet met de kluis.")
        # Key file last: a vault file without key file is not opened, so a crash
        # between the two renames can never look like a complete vault.
        os.replace(staged, target)
        os.replace(keyfile_path(staged), keyfile_path(target))
        # Restoring is a deliberate choice: from now on the restored state is the known
        # one, so opening it is not reported as a rollback.
        seen.accept(manifest.vault_id, manifest.audit_seq)
        return manifest
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def accept_restored(manifest: Manifest) -> None:
    """Make a restored copy the known state again, just before it is opened. The vault in
    use has the same vault id; closing it remembered its own, newer audit head after
    the restore had accepted the backup's, so the copy opened as 'een oudere kopie',
    read-only (walk s38, Back-up terugzetten > Nu openen)."""
    seen.accept(manifest.vault_id, manifest.audit_seq)


# -- automatic rotating backups ----------------------------------------------------------

def _rotation_prefix(vault: Vault) -> str:
    """Backups rotate per vault *file*, not per vault id: a restored copy keeps the id of
    the vault it came from, and working in it must never prune the original's backups (nor
    the other way round). The file's place goes in as a short hash, so the name shows no
    folder. A vault moved to another folder starts a new series; the old one is kept."""
    return f"zorgdesk-{_series(vault.vault_id, vault.path)}-"


def _series(vault_id: str, path: Path) -> str:
    """The vault id's start and a short hash of the file's place (no folder names)."""
    place = hashlib.sha256(str(Path(path).resolve()).encode()).hexdigest()[:8]
    return f"{vault_id[:12]}-{place}"  # vault_id: from the key file, no SQL


def rotating_backup(vault: Vault, folder: Path, keep: int | None = None,
                    source: BackupSource | None = None) -> Path:
    """Make a timestamped backup in ``folder`` and keep only the newest ``keep`` of this vault.

    ``source``: read through it (e.g. a worker's connection) instead of the vault's own;
    a worker then passes ``keep`` too, so the vault's connection is not touched.
    """
    keep = keep or backup_keep(vault)
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        folder.chmod(0o700)
    prefix = _rotation_prefix(vault)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{prefix}{stamp}{BACKUP_SUFFIX}"
    write_backup(source or BackupSource.of(vault), target)
    mine = sorted(folder.glob(f"{prefix}*{BACKUP_SUFFIX}"))
    for old in mine[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


# -- before a schema upgrade ---------------------------------------------------------------

PRE_UPGRADE_PREFIX = "zorgdesk-voor-bijwerken-"
PRE_UPGRADE_KEEP = 2  # per vault file: the last two upgrades can be undone


def pre_upgrade_backup(folder: Path,
                       keep: int = PRE_UPGRADE_KEEP) -> Callable[[UpgradeSource], Path]:
    """``backup(source)`` for ``UpgradeSteps``: a backup of the vault as it is before a
    schema upgrade, made in the upgrade's worker on its connection, into ``folder``
    (the automatic backups' folder). Its own name series, so the rotation of the
    automatic backups never removes it; the newest ``keep`` of this vault file stay.
    A backup that cannot be made stops the upgrade (``UpgradeFailedError``)."""

    def make(source: UpgradeSource) -> Path:
        series = f"{PRE_UPGRADE_PREFIX}{_series(source.vault_id, source.path)}-"
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = folder / f"{series}{stamp}{BACKUP_SUFFIX}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(OSError):
                folder.chmod(0o700)
            write_backup(BackupSource(source.vault_id, source.keyfile_json,
                                      lambda: contextlib.nullcontext(source.conn)), target)
        except (BackupError, OSError) as error:
            reason = str(error) if isinstance(error, BackupError) else WRITE_FAILED
            raise UpgradeFailedError(
                "Voor het bijwerken maakt ZorgDesk eerst een back-up, en dat lukte niet. "
                f"{reason} (map: {folder})") from error
        for old in sorted(folder.glob(f"{series}*{BACKUP_SUFFIX}"))[:-keep]:
            with contextlib.suppress(OSError):
                old.unlink()
        return target
    return make
