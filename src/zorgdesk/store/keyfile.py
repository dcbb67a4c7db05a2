"""Envelope encryption for the vault's data key.

The SQLCipher database is encrypted with a random 256-bit data key. That key is
stored only wrapped (AES-256-GCM) in a small JSON key file beside the vault: once
under a key derived from the passphrase with Argon2id, optionally once more under
a recovery key. Changing the passphrase therefore rewraps 32 bytes instead of
rewriting the database, and a forgotten passphrase can be recovered.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from zorgdesk.store.errors import NotAVaultError, VaultMissingError, WrongPassphraseError

KEYFILE_FORMAT = "zorgdesk-keyfile"
KEYFILE_VERSION = 1
DATA_KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes roughly 0.3 s on a school laptop."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 1

    def as_dict(self) -> dict:
        return {
            "name": "argon2id",
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_dict(cls, data: dict) -> KdfParams:
        if data.get("name") != "argon2id":
            raise NotAVaultError("Onbekende sleutelafleiding in het sleutelbestand.")
        return cls(int(data["time_cost"]), int(data["memory_kib"]), int(data["parallelism"]))


DEFAULT_KDF = KdfParams()
# Only for tests and benchmarks that create many vaults; never used by the app.
FAST_KDF_FOR_TESTS = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def keyfile_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".key")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(secret: str, salt: bytes, params: KdfParams) -> bytearray:
    secret_bytes = bytearray(secret.encode("utf-8"))
    try:
        return bytearray(
            hash_secret_raw(
                bytes(secret_bytes),
                salt,
                time_cost=params.time_cost,
                memory_cost=params.memory_kib,
                parallelism=params.parallelism,
                hash_len=32,
                type=Type.ID,
            )
        )
    finally:
        wipe(secret_bytes)


def wipe(buffer: bytearray) -> None:
    """Overwrite a mutable secret; Python strings cannot be wiped, bytearrays can."""
    for index in range(len(buffer)):
        buffer[index] = 0


def _wrap_slot(data_key: bytes, secret: str, params: KdfParams, vault_id: str) -> dict:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _derive(secret, salt, params)
    try:
        wrapped = AESGCM(bytes(kek)).encrypt(nonce, data_key, vault_id.encode("ascii"))
    finally:
        wipe(kek)
    return {
        "kdf": params.as_dict(),
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped_key": _b64(wrapped),
    }


def _unwrap_slot(slot: dict, secret: str, vault_id: str) -> bytearray:
    try:
        params = KdfParams.from_dict(slot["kdf"])
        salt, nonce = _unb64(slot["salt"]), _unb64(slot["nonce"])
        wrapped = _unb64(slot["wrapped_key"])
    except (KeyError, ValueError, TypeError) as error:
        raise NotAVaultError("Het sleutelbestand is beschadigd.") from error
    kek = _derive(secret, salt, params)
    try:
        return bytearray(AESGCM(bytes(kek)).decrypt(nonce, wrapped, vault_id.encode("ascii")))
    except InvalidTag:
        raise WrongPassphraseError() from None
    finally:
        wipe(kek)


@dataclass
class KeyFile:
    vault_id: str
    slots: dict[str, dict]

    @classmethod
    def new(
        cls, data_key: bytes, passphrase: str, params: KdfParams, recovery_key: str | None
    ) -> KeyFile:
        vault_id = secrets.token_hex(16)
        slots = {"passphrase": _wrap_slot(data_key, passphrase, params, vault_id)}
        if recovery_key is not None:
            slots["recovery"] = _wrap_slot(data_key, normalise_recovery_key(recovery_key),
                                           params, vault_id)
        return cls(vault_id, slots)

    def unwrap(self, secret: str, slot: str = "passphrase") -> bytearray:
        if slot not in self.slots:
            raise NotAVaultError("Deze kluis heeft geen herstelsleutel.")
        if slot == "recovery":
            secret = normalise_recovery_key(secret)
        return _unwrap_slot(self.slots[slot], secret, self.vault_id)

    def rewrap_passphrase(self, data_key: bytes, passphrase: str, params: KdfParams) -> None:
        self.slots["passphrase"] = _wrap_slot(data_key, passphrase, params, self.vault_id)

    def to_json(self) -> str:
        return json.dumps(
            {"format": KEYFILE_FORMAT, "version": KEYFILE_VERSION,
             "vault_id": self.vault_id, "slots": self.slots},
            indent=2, sort_keys=True,
        )

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise VaultMissingError("sleutel") from None
        except (OSError, UnicodeDecodeError) as error:
            raise NotAVaultError("Het sleutelbestand is onleesbaar.") from error
        try:
            data = json.loads(raw)
            if data.get("format") != KEYFILE_FORMAT or int(data["version"]) != KEYFILE_VERSION:
                raise ValueError("format")
            return cls(str(data["vault_id"]), dict(data["slots"]))
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise NotAVaultError("Het sleutelbestand is beschadigd.") from error

    def write_atomically(self, path: Path) -> None:
        """Write beside the target, fsync, then rename: a crash leaves old or new, never half."""
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(self.to_json())
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        finally:
            if tmp.exists():
                tmp.unlink()
        _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, typed back


def new_recovery_key() -> str:
    """24 characters (~120 bits) in groups of four, printed once for the school safe."""
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(24))
    return "-".join(chars[i : i + 4] for i in range(0, 24, 4))


def normalise_recovery_key(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())
