"""The encrypted vault: one SQLCipher file plus its key file.

Opening order matters for the error the IB sees: missing file, plain SQLite or
foreign file, in use elsewhere, throttled, wrong passphrase, damaged - each has
its own Dutch message (store.errors) and none of them mentions pupil data.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from zorgdesk.domain.passphrase import assess_passphrase
from zorgdesk.store import audit, migrations, seal
from zorgdesk.store.errors import (
    NotAVaultError,
    TooManyAttemptsError,
    VaultExistsError,
    VaultLockedError,
    VaultMissingError,
    VaultTooNewError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from zorgdesk.store.keyfile import (
    DATA_KEY_BYTES,
    DEFAULT_KDF,
    KdfParams,
    KeyFile,
    keyfile_path,
    new_recovery_key,
    wipe,
)
from zorgdesk.store.lockfile import VaultLock, lock_path
from zorgdesk.store.throttle import GLOBAL_THROTTLE, AttemptThrottle

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class VaultUser:
    id: int
    name: str


def _connect(path: Path, data_key: bytes):
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    # The key must be the first statement; a raw key skips SQLCipher's own KDF,
    # which already happened (Argon2id) when the key was unwrapped.
    conn.execute(f"PRAGMA key = \"x'{bytes(data_key).hex()}'\"")
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _configure(conn, data_key: bytes) -> None:
    seal.register(conn, seal.seal_key(bytes(data_key)))
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")  # a returned save survives power loss
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")  # no temp files, even encrypted ones


def _migrate(conn) -> None:
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    latest = migrations.latest_version()
    if current > latest:
        raise VaultTooNewError()
    if current < latest:
        seal.ensure_table(conn)  # before the migrations, so one may append seal_sql
    for number, module_name in migrations.available():
        if number <= current:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _split_sql(migrations.load_sql(module_name)):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(number)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements (executescript would auto-commit)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def _restrict_permissions(path: Path) -> None:
    """Only the IB's own account may read the (encrypted) file."""
    with contextlib.suppress(OSError):
        path.chmod(0o600)


class Vault:
    """An open vault. Use ``Vault.create`` or ``Vault.open``; always ``close()``."""

    def __init__(self, path: Path, conn, data_key: bytearray, lock: VaultLock,
                 keyfile: KeyFile) -> None:
        self.path = path
        self._conn = conn
        self._data_key = data_key
        self._audit_key = audit.audit_key(bytes(data_key))
        self._seal_key = seal.seal_key(bytes(data_key))
        self._lock = lock
        self._keyfile = keyfile
        row = conn.execute("SELECT id, name FROM app_user ORDER BY id LIMIT 1").fetchone()
        self.user = VaultUser(row[0], row[1]) if row else VaultUser(0, "onbekend")

    # -- lifecycle -----------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, passphrase: str, *, school_name: str, user_name: str,
               place: str = "", kdf: KdfParams = DEFAULT_KDF,
               with_recovery_key: bool = False) -> tuple[Vault, str | None]:
        path = Path(path)
        key_path = keyfile_path(path)
        if path.exists() or key_path.exists():
            raise VaultExistsError()
        verdict = assess_passphrase(passphrase, [school_name, user_name, place])
        if not verdict.acceptable:
            raise WeakPassphraseError(list(verdict.reasons))
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = VaultLock(path)
        lock.acquire()
        data_key = bytearray(secrets.token_bytes(DATA_KEY_BYTES))
        recovery = new_recovery_key() if with_recovery_key else None
        conn = None
        try:
            keyfile = KeyFile.new(bytes(data_key), passphrase, kdf, recovery)
            keyfile.write_atomically(key_path)
            conn = _connect(path, data_key)
            _configure(conn, data_key)
            _migrate(conn)
            seal.install(conn, _split_sql)
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
                            {"name": school_name, "place": place, "user": user_name})
            return vault, recovery
        except BaseException:
            if conn is not None:
                conn.close()
            for leftover in (path, key_path, path.with_name(path.name + "-wal"),
                             path.with_name(path.name + "-shm")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            lock.release()
            wipe(data_key)
            raise

    @classmethod
    def open(cls, path: Path | str, secret: str, *, use_recovery_key: bool = False,
             throttle: AttemptThrottle = GLOBAL_THROTTLE) -> Vault:
        path = Path(path)
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
        key_path = keyfile_path(path)
        if not key_path.exists():
            raise NotAVaultError(f"Het bijbehorende sleutelbestand ({key_path.name}) ontbreekt.")
        keyfile = KeyFile.read(key_path)
        throttle_key = str(path.resolve())
        wait = throttle.wait_remaining(throttle_key)
        if wait > 0:
            raise TooManyAttemptsError(wait)
        lock = VaultLock(path)
        lock.acquire()
        conn = None
        data_key = bytearray()
        try:
            try:
                data_key = keyfile.unwrap(secret, "recovery" if use_recovery_key else "passphrase")
            except WrongPassphraseError:
                throttle.failed(throttle_key)
                raise
            throttle.succeeded(throttle_key)
            conn = _connect(path, data_key)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                stored_id = conn.execute(
                    "SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
            except sqlcipher3.DatabaseError as error:
                raise NotAVaultError() from error
            if stored_id is None or stored_id[0] != keyfile.vault_id:
                raise NotAVaultError("Het sleutelbestand hoort niet bij deze kluis.")
            _configure(conn, data_key)
            _migrate(conn)
            seal.install(conn, _split_sql)
            return cls(path, conn, data_key, lock, keyfile)
        except BaseException:
            if conn is not None:
                conn.close()
            wipe(data_key)
            lock.release()
            raise

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def close(self) -> None:
        if self._conn is None:
            return
        with contextlib.suppress(sqlcipher3.Error):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()
        self._conn = None
        wipe(self._data_key)
        self._audit_key = b""
        self._seal_key = b""
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- passphrase ----------------------------------------------------------------

    def change_passphrase(self, old: str, new: str, kdf: KdfParams = DEFAULT_KDF) -> None:
        """Rewrap the data key; the old passphrase stops working at once."""
        conn = self._require_open()
        self._keyfile.unwrap(old)  # raises WrongPassphraseError
        school = conn.execute("SELECT name, place FROM school").fetchone() or ("", "")
        verdict = assess_passphrase(new, [school[0], school[1], self.user.name])
        if not verdict.acceptable:
            raise WeakPassphraseError(list(verdict.reasons))
        self._keyfile.rewrap_passphrase(bytes(self._data_key), new, kdf)
        self._keyfile.write_atomically(keyfile_path(self.path))
        with self.transaction() as cur:
            self.audit(cur, "wachtwoord.gewijzigd", "kluis", self._keyfile.vault_id, {})

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
        """One atomic write: data and audit rows commit together or not at all."""
        conn = self._require_open()
        cur = conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            yield cur
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        else:
            cur.execute("COMMIT")
        finally:
            cur.close()

    def read(self):
        """A cursor for reads; writes must go through ``transaction``."""
        return self._require_open().cursor()

    def audit(self, cursor, action: str, entity: str, entity_id: object, content: dict) -> None:
        audit.append(cursor, self._audit_key, self.user.name, action, entity, entity_id, content)

    def verify(self) -> list[str]:
        """Dutch descriptions of every integrity problem; empty when all is well."""
        cur = self.read()
        problems = [row[0] for row in cur.execute("PRAGMA integrity_check").fetchall()
                    if row[0] != "ok"]
        problems = [f"Databasecontrole: {p}" for p in problems]
        if problems:
            return problems  # a damaged file: further checks would only add noise
        return (audit.verify_chain(cur, self._audit_key)
                + seal.verify_seals(cur, self._seal_key))

    def compact(self) -> None:
        """After a lawful deletion: rewrite the file so no freed page keeps old content."""
        conn = self._require_open()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def schema_version(self) -> int:
        return self.read().execute("PRAGMA user_version").fetchone()[0]


def vault_files(path: Path) -> list[Path]:
    """Every file that belongs to a vault (for backups and clean-up)."""
    return [path, keyfile_path(path), lock_path(path)]
