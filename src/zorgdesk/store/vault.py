"""The encrypted vault: one SQLCipher file plus its key file.

Opening order matters for the error the IB sees: missing file, plain SQLite or
foreign file, throttled, wrong passphrase, in use elsewhere, damaged - each has
its own Dutch message (store.errors) and none of them mentions pupil data. The slow
step (the key derivation) is ``Vault.unlock_key``, which a worker thread may run
ahead of ``Vault.open(..., key=...)`` so that the unlock window keeps turning.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from zorgdesk.domain.passphrase import assess_passphrase
from zorgdesk.domain.progress import Progress
from zorgdesk.store import audit, head, migrations, seal, seen
from zorgdesk.store.errors import (
    DamagedVaultError,
    DiskFullError,
    KeyNoLongerFitsError,
    NotAVaultError,
    PendingKeyFileError,
    TooManyAttemptsError,
    UpgradeFailedError,
    VaultError,
    VaultExistsError,
    VaultLockedError,
    VaultMissingError,
    VaultReadOnlyError,
    VaultRolledBackError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from zorgdesk.store.keyfile import (
    DATA_KEY_BYTES,
    KdfParams,
    KeyFile,
    calibrated_kdf,
    keyfile_path,
    new_recovery_key,
    pending_keyfile_path,
    wipe,
)
from zorgdesk.store.lockfile import VaultLock, lock_path, medium_error
from zorgdesk.store.throttle import GLOBAL_THROTTLE, AttemptThrottle
from zorgdesk.store.verify import verify_connection, with_rollback_note
from zorgdesk.store.worker_access import WorkerAccess

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
REMEMBER_EVERY = 10.0  # seconds between writes of the rollback memory after saves


@dataclass(frozen=True)
class VaultUser:
    id: int
    name: str


def _connect(path: Path, data_key: bytes, read_only: bool = False):
    if read_only:
        # A folder ZorgDesk may not write in cannot hold the WAL index either: then the
        # file is opened as immutable (nobody else can be writing it there anyway).
        writable = os.access(path.parent, os.W_OK) and os.access(path, os.W_OK)
        mode = "mode=ro" if writable else "mode=ro&immutable=1"
        conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True,
                                  isolation_level=None)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None)
    # The key must be the first statement; a raw key skips SQLCipher's own KDF,
    # which already happened (Argon2id) when the key was unwrapped.
    conn.execute(f"PRAGMA key = \"x'{bytes(data_key).hex()}'\"")
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


INTEGRITY_META = "integrity_keys"  # the audit and seal keys, kept here after a rekey
CURRENT_USER_META = "current_user"  # app_user id of who works in the vault now


def integrity_keys(conn, data_key: bytes) -> tuple[bytes, bytes]:
    """(audit key, seal key). Derived from the data key the vault was made with; after a
    handover (a new data key) they are kept inside the encrypted vault, so the audit
    chain and every seal stay valid without being recomputed (no laundering)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?",
                           (INTEGRITY_META,)).fetchone()
    except sqlcipher3.OperationalError:  # a brand-new file: no meta table yet
        row = None
    if row is not None:
        keys = json.loads(row[0])
        return bytes.fromhex(keys["audit"]), bytes.fromhex(keys["seal"])
    return audit.audit_key(bytes(data_key)), seal.seal_key(bytes(data_key))


def _current_user(conn) -> VaultUser:
    row = conn.execute(
        "SELECT id, name FROM app_user WHERE id = coalesce("
        "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?),"
        " (SELECT min(id) FROM app_user))", (CURRENT_USER_META,)).fetchone()
    return VaultUser(row[0], row[1]) if row else VaultUser(0, "onbekend")


def configure_connection(conn, data_key: bytes, read_only: bool = False) -> None:
    """Seal functions and the connection's settings (foreign keys, WAL, synchronous writes,
    secure delete, no temp files); ``read_only`` only the first two."""
    seal.register(conn, integrity_keys(conn, data_key)[1])
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    if read_only:
        return  # mode=ro: SQLite refuses writes itself (VACUUM INTO a backup still works)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")  # a returned save survives power loss
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")  # no temp files, even encrypted ones


def _restrict_permissions(path: Path) -> None:
    """Only the IB's own account may read the (encrypted) file."""
    with contextlib.suppress(OSError):
        path.chmod(0o600)


def _mapped(error: sqlcipher3.Error) -> VaultError | None:
    """The Dutch error for a failed SQLite call that is not the caller's business, else None.

    Full disk, read-only medium, I/O failure or a damaged file become VaultErrors;
    anything else (a trigger refusing a change, a constraint) passes unchanged.
    """
    text = str(error).lower()
    if "full" in text:
        return DiskFullError()
    if "readonly" in text or "read-only" in text:
        return VaultReadOnlyError()
    if "disk i/o" in text:
        return VaultError("De kluis kon niet worden gelezen of geschreven (schijffout). Is "
                          "de USB-stick nog aangesloten? Uw invoer staat nog in het venster.")
    if isinstance(error, sqlcipher3.DatabaseError) and any(
            word in text for word in ("malformed", "not a database", "corrupt")):
        return DamagedVaultError()
    return None


def _sqlite_error(error: sqlcipher3.Error) -> Exception:
    return _mapped(error) or error


def _as_vault_error(error: BaseException) -> Exception | None:
    """The Dutch error for a failed create or open (medium, disk, damage), else None."""
    if isinstance(error, OSError):
        return medium_error(error)
    if isinstance(error, sqlcipher3.Error):
        return _mapped(error)
    return None


def _check_vault_file(path: Path) -> None:
    """Missing, not a file, unreadable or plain SQLite: refused before any key work."""
    if not path.exists():
        raise VaultMissingError()
    if not path.is_file():
        raise NotAVaultError()
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as error:
        raise NotAVaultError("Het bestand is niet te lezen.") from error
    if header == PLAIN_SQLITE_HEADER:
        raise NotAVaultError("Het is een onversleutelde database.")


def vault_file_problem(path: Path) -> str | None:
    """Why ``path`` cannot be a ZorgDesk vault, in Dutch, or None when it looks like one
    (the file's header and the key file beside it; no passphrase, nothing written)."""
    if path.name.endswith(".key") or path.name.endswith(".key.pending"):
        return ("Dit is het sleutelbestand van een kluis. Kies het kluisbestand zelf "
                "(de naam zonder .key erachter); het sleutelbestand moet ernaast staan.")
    try:
        _check_vault_file(path)
        _read_keyfile(path)
    except VaultError as error:
        return str(error)
    return None


def _read_keyfile(path: Path) -> KeyFile:
    key_path = keyfile_path(path)
    if not key_path.exists():
        raise NotAVaultError(f"Het bijbehorende sleutelbestand ({key_path.name}) ontbreekt.")
    return KeyFile.read(key_path)


def _unwrap_data_key(keyfile: KeyFile, secret: str, slot: str, throttle: AttemptThrottle,
                     throttle_key: str) -> bytearray:
    """The data key (Argon2id and AES-GCM); every wrong secret counts for the throttle."""
    try:
        data_key = keyfile.unwrap(secret, slot)
    except WrongPassphraseError:
        throttle.failed(throttle_key)
        raise
    throttle.succeeded(throttle_key)
    return data_key


def _check_key_reads_vault(conn, keyfile: KeyFile) -> None:
    """The unwrapped key decrypts this file, and the file is the key file's vault."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        # Page 1 does not decrypt: an old key (handed over) or damage there.
        raise KeyNoLongerFitsError() from error
    try:
        stored_id = conn.execute(
            "SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
    except sqlcipher3.DatabaseError as error:
        # The key unwrapped, so this file should be the vault: it is damaged.
        raise DamagedVaultError() from error
    if stored_id is None or stored_id[0] != keyfile.vault_id:
        raise NotAVaultError("Het sleutelbestand hoort niet bij deze kluis.")


def _check_rollback(conn, keyfile: KeyFile, check_rollback: bool,
                    read_only: bool) -> tuple[int, int]:
    """(found, seen before): the audit log's length here and the most this computer saw.
    An older copy is refused for work; read-only it is only reported."""
    found = _last_seq(conn)
    seen_before = seen.highest_seen(keyfile.vault_id) if check_rollback else 0
    if found < seen_before and not read_only:
        raise VaultRolledBackError(found, seen_before)
    return found, seen_before


def _upgrade_here(conn) -> None:
    """Migrations, then seals and seal triggers, on this connection (each a no-op when
    done before)."""
    migrations.migrate(conn)
    seal.install(conn, migrations.split_sql)
    seal.upgrade_triggers(conn)


def _upgrade(path: Path, conn, data_key: bytearray, keyfile: KeyFile,
             steps: UpgradeSteps | None) -> Upgraded | None:
    """Bring the vault on ``conn`` up to this version; None when no migration was
    pending. With ``steps`` a worker runs them on a connection of its own, after the
    backup of ``steps``.

    ``conn`` stays idle meanwhile, so the worker's transactions take the write lock;
    afterwards the same steps here find nothing left to do. A failure is rolled back
    (one transaction per migration) and raised in Dutch, nothing of the data in it.
    """
    version = None
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if not migrations.pending(conn):
            _upgrade_here(conn)
            return None
        if steps is None:
            _upgrade_here(conn)
            return Upgraded(version)
        key = bytearray(data_key)
        try:
            backup = steps.run(_upgrade_work(path, key, keyfile, steps.backup))
        finally:
            wipe(key)
        _upgrade_here(conn)
        return Upgraded(version, backup)
    except Exception as error:
        if _moved(conn, version):  # earlier migrations were committed: not "nothing changed"
            raise _upgrade_error(error, partly=True) from error
        if isinstance(error, VaultError):
            raise
        raise _upgrade_error(error) from error


def _moved(conn, version: int | None) -> bool:
    """Whether the schema version on ``conn`` is no longer ``version`` (None: unknown)."""
    if version is None:
        return False
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0] != version
    except sqlcipher3.Error:
        return False


def _upgrade_work(path: Path, key: bytearray, keyfile: KeyFile,
                  backup: Callable[[UpgradeSource], object] | None) -> Callable[[], object]:
    """The worker's part of ``_upgrade``: its own connection, the backup, the upgrade;
    returns what the backup returned."""
    def work() -> object:
        conn = _connect(path, key)
        try:
            configure_connection(conn, key)
            made = None
            if backup is not None:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                made = backup(UpgradeSource(path, keyfile.vault_id, keyfile.to_json(), conn,
                                            version))
            _upgrade_here(conn)
            return made
        finally:
            conn.close()
    return work


def _upgrade_error(error: Exception, partly: bool = False) -> VaultError:
    """The Dutch error for a failed upgrade: the medium's own (damage, I/O) or
    ``UpgradeFailedError``, which says that nothing changed (or, ``partly``, that the
    upgrade stopped half-way and continues at the next open)."""
    mapped = error if isinstance(error, VaultError) else _as_vault_error(error)
    if isinstance(mapped, DiskFullError):
        return UpgradeFailedError("De schijf is vol. Maak ruimte vrij (verwijder of "
                                  "verplaats bestanden) en open de kluis opnieuw.",
                                  partly=partly)
    if partly and (mapped is None or isinstance(mapped, UpgradeFailedError)):
        return UpgradeFailedError(partly=True)
    return mapped or UpgradeFailedError()  # damage, I/O: the medium's own message


class _WriteWatch:
    """What the seal triggers report on a connection: rows sealed and unsealed per table
    (for the head, ``counter``) and rows written per table (``Vault.table_marker``).
    Apart from the Vault, so the connection's functions hold no reference to it."""

    def __init__(self, counter: head.SealCounter) -> None:
        self.counter = counter
        self.writes: dict[str, int] = {}

    def written(self, table: str) -> None:
        self.writes[table] = self.writes.get(table, 0) + 1

    def counted(self, table: str, delta: int) -> int:
        self.written(table)  # the delete trigger's only call into Python
        return self.counter.add(table, delta)

    def register(self, conn, seal_key: bytes) -> None:
        seal.register(conn, seal_key, self.counted, self.written)


@dataclass(frozen=True)
class UpgradeSource:
    """What a backup before a schema upgrade reads, in the worker thread: the vault's
    identity, its key file (wrapped keys only), the worker's own connection and the
    schema version the vault has before the upgrade."""

    path: Path
    vault_id: str
    keyfile_json: str
    conn: object
    from_version: int


@dataclass(frozen=True)
class UpgradeSteps:
    """How ``Vault.open`` runs pending schema migrations: ``run(work)`` runs ``work()`` in
    a worker thread and returns when it has ended, raising its error (the UI passes its
    runner, which also shows the IB that the vault is being upgraded; nothing of Qt
    here). It is called only when a migration is pending. ``backup(source)`` runs there
    first, before anything changes; when it fails, nothing is upgraded."""

    run: Callable[[Callable[[], object]], object]
    backup: Callable[[UpgradeSource], object] | None = None


@dataclass(frozen=True)
class Upgraded:
    """What opening upgraded: the schema version before, and what ``UpgradeSteps.backup``
    returned (the services' backup path; None without backup)."""

    from_version: int
    backup: object = None


class UnlockedKey:
    """A secret already turned into this vault's data key (``Vault.unlock_key``): the
    slow step of opening (Argon2id, about 0.6 s by design), made ahead so that it can
    run in a worker thread. ``Vault.open(..., key=...)`` copies it; whoever made it
    ``discard()``s it (also when dropped)."""

    def __init__(self, path: Path, slot: str, keyfile: KeyFile, data_key: bytearray) -> None:
        self.path, self.slot, self.keyfile = path, slot, keyfile
        self._data_key = data_key

    def copy_of_data_key(self) -> bytearray:
        if not self._data_key:
            raise ValueError("this unlocked key was discarded")
        return bytearray(self._data_key)

    def discard(self) -> None:
        """Wipe the key (idempotent)."""
        wipe(self._data_key)
        self._data_key = bytearray()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.discard()


class Vault:
    """An open vault. Use ``Vault.create`` or ``Vault.open``; always ``close()``."""

    def __init__(self, path: Path, conn, data_key: bytearray, lock: VaultLock | None,
                 keyfile: KeyFile, read_only: bool = False) -> None:
        self.path = path
        self._conn = conn
        self._data_key = data_key
        self._audit_key, self._seal_key = integrity_keys(conn, data_key)
        self._lock = lock
        self._keyfile = keyfile
        self.read_only = read_only
        self._counter = head.SealCounter()
        self._remembered_at = float("-inf")
        self._watch = _WriteWatch(self._counter)
        self._watch.register(conn, self._seal_key)
        # (found, seen) when this is an older copy than this computer has seen.
        self.rolled_back: tuple[int, int] | None = None
        self.upgraded: Upgraded | None = None  # set by open when it ran migrations
        self.user = _current_user(conn)
        # Raised whenever this vault continues on another connection (``_follow_rekey``):
        # the new one counts changes from zero again (``change_marker``).
        self._generation = 0

    # -- lifecycle -----------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, passphrase: str, *, school_name: str, user_name: str,
               place: str = "", kdf: KdfParams | None = None,
               with_recovery_key: bool = False) -> tuple[Vault, str | None]:
        """A new vault; ``kdf=None`` calibrates Argon2id to about 0.6 s on this computer."""
        path = Path(path)
        key_path = keyfile_path(path)
        if path.exists() or key_path.exists():
            raise VaultExistsError()
        verdict = assess_passphrase(passphrase, [school_name, user_name, place])
        if not verdict.acceptable:
            raise WeakPassphraseError(list(verdict.reasons))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise medium_error(error) from error
        lock = VaultLock(path)
        lock.acquire()
        data_key = bytearray(secrets.token_bytes(DATA_KEY_BYTES))
        recovery = new_recovery_key() if with_recovery_key else None
        conn = None
        try:
            keyfile = KeyFile.new(bytes(data_key), passphrase, kdf or calibrated_kdf(), recovery)
            keyfile.write_atomically(key_path)
            conn = _connect(path, data_key)
            configure_connection(conn, data_key)
            migrations.migrate(conn)
            seal.install(conn, migrations.split_sql)
            _restrict_permissions(path)
            vault = cls(path, conn, data_key, lock, keyfile)
            with vault.transaction() as cur:
                cur.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)",
                            (keyfile.vault_id,))
                cur.execute("INSERT INTO school (id, name, place) VALUES (1, ?, ?)",
                            (school_name.strip(), place.strip()))
                cur.execute("INSERT INTO app_user (name) VALUES (?)", (user_name.strip(),))
                user_id = cur.lastrowid
                vault.user = VaultUser(user_id, user_name.strip())
                vault.audit(cur, "kluis.aangemaakt", "school", 1,
                            {"name": school_name, "place": place, "user": user_name,
                             head.MARKER_FIELD: head.INTEGRITY_VERSION})
            return vault, recovery
        except BaseException as error:
            if conn is not None:
                conn.close()
            for leftover in (path, key_path, path.with_name(path.name + "-wal"),
                             path.with_name(path.name + "-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            lock.release()
            wipe(data_key)
            mapped = _as_vault_error(error)
            if mapped is not None:
                raise mapped from error
            raise

    @classmethod
    def unlock_key(cls, path: Path | str, secret: str, *, use_recovery_key: bool = False,
                   throttle: AttemptThrottle = GLOBAL_THROTTLE,
                   read_only: bool = False) -> UnlockedKey:
        """The first, slow half of ``open``: the file itself, a handover cut off (pending
        key file; not for ``read_only``), the key file, the throttle, then the data key
        (Argon2id and AES-GCM; a wrong secret counts for the throttle). Touches no
        connection it keeps, so it may run in a worker thread."""
        path = Path(path)
        slot = "recovery" if use_recovery_key else "passphrase"
        try:
            _check_vault_file(path)
            if pending_keyfile_path(path).exists() and not read_only:
                _settle_pending_key(path, secret, slot)
            keyfile = _read_keyfile(path)
            throttle_key = str(path.resolve())
            wait = throttle.wait_remaining(throttle_key)
            if wait > 0:
                raise TooManyAttemptsError(wait)
            data_key = _unwrap_data_key(keyfile, secret, slot, throttle, throttle_key)
        except BaseException as error:
            mapped = _as_vault_error(error)
            if mapped is not None:
                raise mapped from error
            raise
        return UnlockedKey(path, slot, keyfile, data_key)

    @classmethod
    def open(cls, path: Path | str, secret: str, *, use_recovery_key: bool = False,
             throttle: AttemptThrottle = GLOBAL_THROTTLE, read_only: bool = False,
             take_over_lock: bool = False, check_rollback: bool = True,
             key: UnlockedKey | None = None, upgrade: UpgradeSteps | None = None) -> Vault:
        """Open for work; ``read_only`` for browsing and printing (no lock, no writes).

        Raises VaultRolledBackError for an older copy than this computer has seen,
        unless ``read_only`` (then ``vault.rolled_back`` says so and verify reports it).

        The steps, in the order whose first failure is the error the IB sees: those of
        ``unlock_key`` (skipped when its ``key`` is given, e.g. made in a worker thread;
        it stays the caller's), the lock, whether that key reads this vault, the
        rollback check, then either a read-only view or the migrations and integrity
        upgrades. ``upgrade``: pending migrations run through its worker runner, after
        its backup (``UpgradeSteps``); without it they run here. A failed migration is
        rolled back and raised as the Dutch ``UpgradeFailedError`` (or the medium's
        error), so the vault keeps its older schema.
        """
        path = Path(path)
        if key is None:
            key = cls.unlock_key(path, secret, use_recovery_key=use_recovery_key,
                                 throttle=throttle, read_only=read_only)
            made_here = key
        else:
            made_here = None
            slot = "recovery" if use_recovery_key else "passphrase"
            if key.path != path or key.slot != slot:
                raise ValueError("the unlocked key belongs to another vault or slot")
        try:
            return cls._open_with_key(path, key, secret, read_only=read_only,
                                      take_over_lock=take_over_lock,
                                      check_rollback=check_rollback, upgrade=upgrade)
        finally:
            if made_here is not None:
                made_here.discard()

    @classmethod
    def _open_with_key(cls, path: Path, key: UnlockedKey, secret: str, *, read_only: bool,
                       take_over_lock: bool, check_rollback: bool,
                       upgrade: UpgradeSteps | None = None) -> Vault:
        """The second half of ``open``: lock, connection, checks, upgrades."""
        keyfile = key.keyfile
        lock = None
        conn = None
        data_key = bytearray()
        try:
            if not read_only:
                lock = VaultLock(path)
                lock.acquire(take_over=take_over_lock)
            data_key = key.copy_of_data_key()
            conn = _connect(path, data_key, read_only)
            _check_key_reads_vault(conn, keyfile)
            found, seen_before = _check_rollback(conn, keyfile, check_rollback, read_only)
            configure_connection(conn, data_key, read_only)
            if read_only:
                vault = cls._open_read_only(path, conn, data_key, keyfile)
                if found < seen_before:
                    vault.rolled_back = (found, seen_before)
                return vault
            return cls._open_for_work(path, conn, data_key, lock, keyfile, secret,
                                      key.slot == "recovery", upgrade)
        except BaseException as error:
            if conn is not None:
                conn.close()
            wipe(data_key)
            if lock is not None:
                lock.release()
            mapped = _as_vault_error(error)
            if mapped is not None:
                raise mapped from error
            raise

    @classmethod
    def _open_read_only(cls, path: Path, conn, data_key: bytearray,
                        keyfile: KeyFile) -> Vault:
        """A view without writes: only a vault of this version (no migrations here)."""
        if conn.execute("PRAGMA user_version").fetchone()[0] != migrations.latest_version():
            raise VaultError("Deze kluis komt uit een andere versie van ZorgDesk en kan "
                             "alleen-lezen niet worden geopend. Open hem eerst normaal "
                             "(op een plek waar ZorgDesk mag schrijven).")
        return cls(path, conn, data_key, None, keyfile, read_only=True)

    @classmethod
    def _open_for_work(cls, path: Path, conn, data_key: bytearray, lock: VaultLock | None,
                       keyfile: KeyFile, secret: str, use_recovery_key: bool,
                       upgrade: UpgradeSteps | None = None) -> Vault:
        """Migrations, seals and the keyed head brought up to this version; then the
        passphrase slot renormalised and this computer's rollback memory raised."""
        before = head.seal_counts(conn)
        writes_before = conn.total_changes  # rows written since open, triggers too
        upgraded = _upgrade(path, conn, data_key, keyfile, upgrade)
        vault = cls(path, conn, data_key, lock, keyfile)
        vault.upgraded = upgraded
        vault._after_upgrade(before, wrote=upgraded is not None
                             or conn.total_changes != writes_before)
        vault._renormalise_passphrase(secret, use_recovery_key)
        vault._remember_progress()
        return vault

    def _after_upgrade(self, before: dict[str, int], wrote: bool = True) -> None:
        """Give an older vault its keyed head once; carry the head over migrations.

        ``wrote``: whether opening wrote any row (migrations, sealing); without a write
        the seals are as counted ``before`` and are not counted again (on every unlock
        that count reads every seal of the vault: 15 ms at a large school, issue 23)."""
        cur = self._conn.cursor()
        if head.read(cur) is None and not head.has_marker(cur):
            with self.transaction() as cur:
                self.audit(cur, "kluis.controle_uitgebreid", "kluis", self.vault_id,
                           {head.MARKER_FIELD: head.INTEGRITY_VERSION})
            return
        if wrote and head.seal_counts(cur) != before:  # sealing or a migration added rows
            cur.execute("BEGIN IMMEDIATE")
            try:
                head.carry_over(cur, self._audit_key, before)
                cur.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlcipher3.Error):
                    cur.execute("ROLLBACK")
                raise

    def _renormalise_passphrase(self, secret: str, use_recovery_key: bool) -> None:
        """A slot wrapped with a non-NFC passphrase (older versions) is rewrapped once."""
        if use_recovery_key or self._keyfile.slots["passphrase"].get("check"):
            return
        with contextlib.suppress(OSError):
            params = KdfParams.from_dict(self._keyfile.slots["passphrase"]["kdf"])
            updated = self._keyfile.rewrapped(bytes(self._data_key), secret, params)
            updated.write_atomically(keyfile_path(self.path))
            self._keyfile = updated

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def close(self) -> None:
        if self._conn is None:
            return
        if not self.read_only:
            self._remember_progress()
            with contextlib.suppress(sqlcipher3.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()
        self._conn = None
        wipe(self._data_key)
        self._audit_key = b""
        self._seal_key = b""
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- passphrase ----------------------------------------------------------------

    def change_passphrase(self, old: str, new: str, kdf: KdfParams | None = None) -> None:
        """Rewrap the data key; the old passphrase stops working at once.

        The new key file is written first and only then taken over in memory: when the
        write fails (full disk, stick pulled) memory and disk both keep the old one.
        """
        conn = self._require_open()
        if self.read_only:
            raise VaultReadOnlyError()
        wipe(self._keyfile.unwrap(old))  # raises WrongPassphraseError
        school = conn.execute("SELECT name, place FROM school").fetchone() or ("", "")
        verdict = assess_passphrase(new, [school[0], school[1], self.user.name])
        if not verdict.acceptable:
            raise WeakPassphraseError(list(verdict.reasons))
        updated = self._keyfile.rewrapped(bytes(self._data_key), new, kdf or calibrated_kdf())
        try:
            updated.write_atomically(keyfile_path(self.path))
        except OSError as error:
            raise medium_error(error) from error
        self._keyfile = updated
        with self.transaction() as cur:
            self.audit(cur, "wachtwoord.gewijzigd", "kluis", self._keyfile.vault_id, {})

    def hand_over(self, current: str, new: str, successor: str,
                  kdf: KdfParams | None = None) -> tuple[str, PendingKeyFileError | None]:
        """A successor IB takes the vault over; returns her new recovery key and, when
        the new key file could not be put in place after the rekey, the Dutch problem.

        A new random data key replaces the old one (``PRAGMA rekey`` re-encrypts every
        page), wrapped only under her passphrase and a new recovery key: the old
        passphrase, the old recovery key and any copy of the old key file no longer open
        this file. Backups made before stay under the old key. The audit and seal keys
        are pinned inside the vault first, so the chain and seals stay valid. She becomes
        the vault's user (``app_user``); the handover is audited by the predecessor.

        Crash safety: the new key file is written beside the old one (``.key.pending``)
        before the rekey and renamed over it after; ``open`` finishes or drops a pending
        file it finds (``_settle_pending_key``). A failure before the rekey is undone and
        raised; after it the file is hers and the recovery key is its only copy, so the
        failure (``PendingKeyFileError``) comes back beside the key instead.
        """
        conn = self._require_open()
        if self.read_only:
            raise VaultReadOnlyError()
        name = self._successor_name(current, new, successor)
        new_key = bytearray(secrets.token_bytes(DATA_KEY_BYTES))
        recovery = new_recovery_key()
        keyfile = KeyFile.new(bytes(new_key), new, kdf or calibrated_kdf(), recovery,
                              vault_id=self._keyfile.vault_id)
        pending = pending_keyfile_path(self.path)
        predecessor = self.user
        stage, late = "start", None
        try:
            keyfile.write_atomically(pending)
            successor_id = self._record_handover(name, predecessor)
            stage = "recorded"
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute(f"PRAGMA rekey = \"x'{bytes(new_key).hex()}'\"")
            stage = "rekeyed"
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            os.replace(pending, keyfile_path(self.path))
            stage = "done"
        except (OSError, sqlcipher3.Error) as error:
            if stage == "rekeyed":  # hers already: the key must reach her
                late = PendingKeyFileError()
            else:
                self._undo_handover(stage, pending, predecessor)
                raise (medium_error(error) if isinstance(error, OSError)
                       else _sqlite_error(error)) from error
        finally:
            if stage in ("rekeyed", "done"):  # the file is under the new key: follow it
                wipe(self._data_key)
                self._data_key = new_key
                self._keyfile = keyfile
                self.user = VaultUser(successor_id, name)
        return recovery, late

    def _successor_name(self, current: str, new: str, successor: str) -> str:
        """Her name as stored, once the current passphrase is right and the new one is
        new and strong enough (not her name, not the school's)."""
        wipe(self._keyfile.unwrap(current))  # raises WrongPassphraseError
        name = " ".join(unicodedata.normalize("NFC", successor).split())
        if not name:
            raise VaultError("Vul de naam van de nieuwe intern begeleider in.")
        if unicodedata.normalize("NFC", new) == unicodedata.normalize("NFC", current):
            raise WeakPassphraseError(["Het nieuwe wachtwoord is hetzelfde als het oude."])
        school = self._conn.execute("SELECT name, place FROM school").fetchone() or ("", "")
        verdict = assess_passphrase(new, [school[0], school[1], name])
        if not verdict.acceptable:
            raise WeakPassphraseError(list(verdict.reasons))
        return name

    def _record_handover(self, name: str, predecessor: VaultUser) -> int:
        """In one transaction: pin the audit and seal keys inside the vault (they outlive
        the data key), add her as the vault's user and audit the handover; her id."""
        with self.transaction() as cur:
            cur.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key)"
                        " DO NOTHING", (INTEGRITY_META, json.dumps(
                            {"audit": self._audit_key.hex(),
                             "seal": self._seal_key.hex()})))
            cur.execute("INSERT INTO app_user (name) VALUES (?)", (name,))
            successor_id = cur.lastrowid
            self._set_current_user(cur, successor_id)
            self.audit(cur, "kluis.overgedragen", "app_user", successor_id,
                       {"van": predecessor.name, "aan": name})
        return successor_id

    def hand_over_in_worker(self, run: Callable[[Callable[[], object]], object],
                            current: str, new: str, successor: str,
                            kdf: KdfParams | None = None,
                            then: Callable[[Vault], None] | None = None,
                            ) -> tuple[str, PendingKeyFileError | None,
                                       BaseException | None]:
        """``hand_over`` on a connection of a worker thread; returns the recovery key,
        ``hand_over``'s key-file problem and the error of ``then`` (None when all went
        well).

        ``run(work)`` runs ``work`` in a worker and returns its result (the UI passes its
        progress-dialog runner; nothing of Qt here). There the rekey (and ``then(writer)``,
        e.g. making her a staff member) runs on a second connection while this one stays
        idle; afterwards this vault follows the new key on a fresh connection, also when
        a step after the rekey failed, and the old connection is closed. Once the rekey
        succeeded the new recovery key is always returned (it is the only copy): a key
        file not put in place or a failure of ``then`` comes back beside it instead of
        being raised.
        """
        self._require_open()
        open_writer = self.writer_for_worker()
        before = self._keyfile
        key = None
        try:
            def work():
                writer = open_writer()
                try:
                    recovery, late, error = None, None, None
                    try:
                        recovery, late = writer.hand_over(current, new, successor, kdf)
                        if then is not None:
                            then(writer)
                    except BaseException as caught:  # noqa: BLE001 - handed to the caller
                        error = caught
                    moved = writer._keyfile is not before
                    return (recovery, late, error,
                            bytearray(writer._data_key) if moved else None,
                            writer._keyfile, writer.user)
                finally:
                    writer.close()

            recovery, late, error, key, keyfile, user = run(work)
            if key is not None:
                self._follow_rekey(key, keyfile, user)
        finally:
            open_writer.discard()
            if key is not None:
                wipe(key)
        if recovery is None:
            raise error
        return recovery, late, error

    def _follow_rekey(self, key: bytearray, keyfile: KeyFile, user: VaultUser) -> None:
        """Another connection rekeyed the file: continue on a new one with its key
        (copied; the caller wipes ``key``)."""
        conn = _connect(self.path, key)
        try:
            configure_connection(conn, key)
            # As in __init__: the head hears the seal counts, table_marker the writes.
            self._watch.register(conn, self._seal_key)
        except BaseException:
            conn.close()
            raise
        old, self._conn = self._conn, conn
        self._generation += 1
        with contextlib.suppress(sqlcipher3.Error):
            old.close()  # after the new one opened: never the last, never checkpoints
        wipe(self._data_key)
        self._data_key = bytearray(key)
        self._keyfile = keyfile
        self.user = user

    def _set_current_user(self, cur, user_id: int) -> None:
        cur.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key)"
                    " DO UPDATE SET value = excluded.value", (CURRENT_USER_META, str(user_id)))

    def _undo_handover(self, stage: str, pending: Path, predecessor: VaultUser) -> None:
        """The rekey did not happen: the predecessor stays the user, no pending key."""
        with contextlib.suppress(OSError):
            pending.unlink()
        if stage == "recorded":
            with contextlib.suppress(VaultError, sqlcipher3.Error), \
                    self.transaction() as cur:
                self._set_current_user(cur, predecessor.id)
                self.audit(cur, "kluis.overdracht_mislukt", "app_user", predecessor.id, {})

    @property
    def vault_id(self) -> str:
        return self._keyfile.vault_id

    def keyfile_json(self) -> str:
        """The key file as stored (wrapped keys only); backups carry it with the data."""
        return self._keyfile.to_json()

    @property
    def has_recovery_key(self) -> bool:
        return "recovery" in self._keyfile.slots

    # -- data access ---------------------------------------------------------------

    def _require_open(self):
        if self._conn is None:
            raise VaultLockedError()
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator:
        """One atomic write: data, audit rows and the keyed head commit together or not at all.

        SQLite failures become Dutch VaultErrors (full disk, damaged file); nothing of
        the transaction is kept, and the caller's form keeps what was typed.
        """
        conn = self._require_open()
        if self.read_only:
            raise VaultReadOnlyError()
        cur = conn.cursor()
        tracker = head.HeadTracker(self._audit_key, self._counter)
        try:
            cur.execute("BEGIN IMMEDIATE")
            tracker.begin(cur)
        except sqlcipher3.Error as error:
            cur.close()
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise _sqlite_error(error) from error
        try:
            yield cur
            tracker.commit(cur)
            cur.execute("COMMIT")
        except BaseException as error:
            with contextlib.suppress(sqlcipher3.Error):
                cur.execute("ROLLBACK")
            mapped = _mapped(error) if isinstance(error, sqlcipher3.Error) else None
            if mapped is not None:
                raise mapped from error
            raise
        finally:
            cur.close()
        self._remember_progress(force=False)

    def _remember_progress(self, force: bool = True) -> None:
        """Raise this computer's memory of how far the audit log has come (rollback check).

        After a save at most every REMEMBER_EVERY seconds (a file write costs about as
        much as the save itself); always at open and close.
        """
        if self._keyfile is None or self.read_only:
            return  # a bare vault without key file (benchmarks) has no identity to remember
        now = time.monotonic()
        if not force and now - self._remembered_at < REMEMBER_EVERY:
            return
        self._remembered_at = now
        with contextlib.suppress(sqlcipher3.Error):
            seen.remember(self._keyfile.vault_id, _last_seq(self._require_open()))

    def read(self):
        """A cursor for reads; writes must go through ``transaction``."""
        return self._require_open().cursor()

    def change_marker(self) -> tuple[int, int, int]:
        """Changes whenever this vault's data may have changed: rows written through this
        connection (``total_changes``, rolled-back ones too) or a commit by another
        connection (``PRAGMA data_version``, e.g. a worker's). Both restart on a new
        connection, so the connection's generation leads. For caches of reads."""
        conn = self._require_open()
        return (self._generation, conn.total_changes,
                conn.execute("PRAGMA data_version").fetchone()[0])

    def table_marker(self, *tables: str) -> tuple:
        """Changes whenever a row of these (sealed) tables may have changed: one was
        written or removed through this connection (rolled back too), or another
        connection committed anything (``PRAGMA data_version``). Narrower than
        ``change_marker``: a saved draft or note leaves the pupils' marker alone."""
        conn = self._require_open()
        writes = self._watch.writes
        return (self._generation, conn.execute("PRAGMA data_version").fetchone()[0],
                *(writes.get(table, 0) for table in tables))

    def audit(self, cursor, action: str, entity: str, entity_id: object, content: dict) -> None:
        audit.append(cursor, self._audit_key, self.user.name, action, entity, entity_id, content)

    def verify(self, progress: Progress | None = None) -> list[str]:
        """Dutch descriptions of every integrity problem; empty when all is well."""
        found = verify_connection(self._require_open(), self._audit_key, self._seal_key,
                                  progress)
        return with_rollback_note(found, self.rolled_back)

    def worker_access(self) -> WorkerAccess:
        """For long work in a worker thread: its own connection (see worker_access)."""
        self._require_open()
        return WorkerAccess(self.path, bytes(self._data_key), self._audit_key,
                            self._seal_key, self.rolled_back, _connect)

    def writer_for_worker(self) -> Callable[[], Vault]:
        """For one long write in a worker thread (a retention delete), made on the UI thread.

        Returns ``open_here()``: called in the worker it opens this vault again on a
        connection of that thread (same keys, user, audit and seal rules); ``close()`` it
        there. The session's own connection must not write meanwhile (a window-modal
        progress dialog) and sees the committed result afterwards.
        """
        self._require_open()
        if self.read_only:
            raise VaultReadOnlyError()
        return _WriterOpener(self.path, bytearray(self._data_key), self._keyfile,
                             self.rolled_back)

    def reader_for_worker(self) -> Callable[[], Vault]:
        """For long reading work in a worker thread (an inzage export), made on the UI
        thread: ``open_here()`` called in the worker opens this vault again read-only on
        a connection of that thread; ``close()`` it there. Writes on it are refused."""
        self._require_open()
        return _WriterOpener(self.path, bytearray(self._data_key), self._keyfile,
                             self.rolled_back, read_only=True)

    def compact(self) -> bool:
        """After a lawful deletion: rewrite the file so no freed page keeps old content.

        True when the last checkpoint emptied the -wal file; False when another
        connection (the UI's, while this runs in a worker) kept it busy: then the caller
        checkpoints again from that connection (``checkpoint``).
        """
        conn = self._require_open()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        return self.checkpoint()

    def checkpoint(self) -> bool:
        """Copy the -wal file into the vault and truncate it to 0 bytes; False if busy."""
        busy, _, _ = self._require_open().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return busy == 0

    def schema_version(self) -> int:
        return self.read().execute("PRAGMA user_version").fetchone()[0]


class _WriterOpener:
    """``writer_for_worker``'s (and ``reader_for_worker``'s) ``open_here``: holds a copy
    of the data key until it is called once (then the vault it opened owns its own
    copy), ``discard``-ed, or dropped."""

    def __init__(self, path: Path, key: bytearray, keyfile: KeyFile,
                 rolled_back: tuple[int, int] | None, *, read_only: bool = False) -> None:
        self._path, self._key, self._keyfile = path, key, keyfile
        self._rolled_back = rolled_back
        self._read_only = read_only

    def __call__(self) -> Vault:
        try:
            conn = _connect(self._path, self._key, read_only=self._read_only)
            try:
                configure_connection(conn, bytes(self._key), read_only=self._read_only)
                writer = Vault(self._path, conn, bytearray(self._key), None, self._keyfile,
                               read_only=self._read_only)
            except BaseException:
                conn.close()
                raise
        finally:
            self.discard()
        writer.rolled_back = self._rolled_back
        return writer

    def discard(self) -> None:
        """Wipe the key copy (idempotent); the opener cannot open afterwards."""
        wipe(self._key)

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.discard()


def _opens(path: Path, keyfile: KeyFile, secret: str, slot: str) -> bool | None:
    """Does ``secret`` unwrap ``keyfile`` and that key read the file? None: wrong secret."""
    try:
        key = keyfile.unwrap(secret, slot)
    except VaultError:
        return None
    conn = _connect(path, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()
        wipe(key)


def _settle_pending_key(path: Path, secret: str, slot: str) -> None:
    """A handover was cut off between writing the next key file and putting it in place.

    If the next key reads the file, the rekey happened: the next key file goes in place.
    If the current key still reads it, the rekey never happened: the next one goes.
    Otherwise (a secret that opens neither) nothing is touched.
    """
    pending = pending_keyfile_path(path)
    try:
        following = KeyFile.read(pending)
    except VaultError:
        following = None
    if following is not None and _opens(path, following, secret, slot):
        os.replace(pending, keyfile_path(path))
        return
    with contextlib.suppress(VaultError):
        if _opens(path, KeyFile.read(keyfile_path(path)), secret, slot):
            pending.unlink()


def _last_seq(conn) -> int:
    return conn.execute("SELECT coalesce(max(seq), 0) FROM audit_log").fetchone()[0]


def vault_files(path: Path) -> list[Path]:
    """Every file that belongs to a vault (for backups and clean-up)."""
    return [path, keyfile_path(path), lock_path(path)]
