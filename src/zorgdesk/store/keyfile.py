"""Envelope encryption for the vault's data key.

The SQLCipher database is encrypted with a random 256-bit data key. That key is
stored only wrapped (AES-256-GCM) in a small JSON key file beside the vault: once
under a key derived from the passphrase with Argon2id, optionally once more under
a recovery key. Changing the passphrase therefore rewraps 32 bytes instead of
rewriting the database, and a forgotten passphrase can be recovered.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from zorgdesk.store.errors import (
    KeyFileMismatchError,
    NotAVaultError,
    VaultMissingError,
    WrongPassphraseError,
)

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
        params = cls(int(data["time_cost"]), int(data["memory_kib"]), int(data["parallelism"]))
        if not params.within_bounds():
            # Checked before deriving: a doctored key file must not crash Argon2 or make
            # the unlock hang for minutes (time_cost=100000, memory_kib=2**32-1).
            raise NotAVaultError("Het sleutelbestand is beschadigd (onmogelijke "
                                 "instellingen voor de sleutelafleiding).")
        return params

    def within_bounds(self) -> bool:
        return (MIN_TIME_COST <= self.time_cost <= MAX_TIME_COST
                and MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB
                and 1 <= self.parallelism <= MAX_PARALLELISM
                and self.memory_kib >= 8 * self.parallelism
                and self.time_cost * self.memory_kib <= MAX_WORK_KIB)


# Sane bounds for key-file KDF fields (validated before any derivation). The largest
# allowed cost takes a few seconds on a school laptop; FAST_KDF_FOR_TESTS is the floor.
MIN_TIME_COST, MAX_TIME_COST = 1, 64
MIN_MEMORY_KIB, MAX_MEMORY_KIB = 8 * 1024, 1024 * 1024
MAX_PARALLELISM = 16
MAX_WORK_KIB = 64 * 64 * 1024  # time_cost x memory: at most 64 passes over 64 MiB

DEFAULT_KDF = KdfParams()
TARGET_UNLOCK_SECONDS = 0.6  # KeePassXC calibrates to about 1 s; 0.5-1 s is the aim
_calibrated: list[KdfParams] = []


def calibrated_kdf() -> KdfParams:
    """Argon2id at 64 MiB with as many passes as take about 0.6 s on this computer.

    Measured once per process with one pass; never below DEFAULT_KDF (3 passes) and
    never above the validated bounds, so a key file made here opens everywhere.
    """
    if not _calibrated:
        start = time.perf_counter()
        _derive("kalibratie", b"\0" * 16, KdfParams(1, DEFAULT_KDF.memory_kib, 1))
        one_pass = max(time.perf_counter() - start, 1e-3)
        passes = math.ceil(TARGET_UNLOCK_SECONDS / one_pass)
        passes = max(DEFAULT_KDF.time_cost, min(passes, MAX_WORK_KIB // DEFAULT_KDF.memory_kib))
        _calibrated.append(KdfParams(passes, DEFAULT_KDF.memory_kib, 1))
    return _calibrated[0]
# Only for tests and benchmarks that create many vaults; never used by the app.
FAST_KDF_FOR_TESTS = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def keyfile_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".key")


def pending_keyfile_path(vault_path: Path) -> Path:
    """The next key file while a handover rekeys the vault (see ``Vault.hand_over``)."""
    return vault_path.with_name(vault_path.name + ".key.pending")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(secret: str, salt: bytes, params: KdfParams) -> bytearray:
    # surrogatepass: a passphrase with a lone surrogate (a broken byte from an
    # environment variable) derives a key instead of crashing the encoder.
    secret_bytes = bytearray(secret.encode("utf-8", errors="surrogatepass"))
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


def _check_value(kek: bytes | bytearray) -> str:
    """Tells a right passphrase from a wrong one without the vault id (see _unwrap_slot)."""
    return _b64(hmac.new(bytes(kek), b"zorgdesk-slot-check-v1", hashlib.sha256).digest()[:16])


def _wrap_slot(data_key: bytes, secret: str, params: KdfParams, vault_id: str) -> dict:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _derive(secret, salt, params)
    try:
        wrapped = AESGCM(bytes(kek)).encrypt(nonce, data_key, vault_id.encode("ascii"))
        check = _check_value(kek)
    finally:
        wipe(kek)
    return {
        "kdf": params.as_dict(),
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped_key": _b64(wrapped),
        "check": check,
    }


def _slot_fields(slot: dict) -> tuple[KdfParams, bytes, bytes, bytes]:
    try:
        params = KdfParams.from_dict(slot["kdf"])
        salt, nonce = _unb64(slot["salt"]), _unb64(slot["nonce"])
        wrapped = _unb64(slot["wrapped_key"])
    except (KeyError, ValueError, TypeError, AttributeError) as error:
        raise NotAVaultError("Het sleutelbestand is beschadigd.") from error
    if not 8 <= len(salt) <= 64 or len(nonce) != 12 or len(wrapped) != DATA_KEY_BYTES + 16:
        raise NotAVaultError("Het sleutelbestand is beschadigd.")
    return params, salt, nonce, wrapped


def _unwrap_slot(slot: dict, secret: str, vault_id: str) -> bytearray:
    params, salt, nonce, wrapped = _slot_fields(slot)
    kek = _derive(secret, salt, params)
    try:
        return bytearray(AESGCM(bytes(kek)).decrypt(nonce, wrapped, vault_id.encode("ascii")))
    except InvalidTag:
        # The tag also covers the vault id. A slot written by this version carries a
        # check value of the passphrase alone: when that matches, the passphrase was
        # right and the key file's vault id was changed - not a failed attempt.
        stored = slot.get("check")
        if isinstance(stored, str) and hmac.compare_digest(stored, _check_value(kek)):
            raise KeyFileMismatchError() from None
        raise WrongPassphraseError() from None
    finally:
        wipe(kek)


def passphrase_forms(secret: str) -> list[str]:
    """NFC first (what every new slot is wrapped with), then the forms older slots may use.

    The same text typed on another keyboard or OS may arrive composed (NFC) or
    decomposed (NFD). Slots are wrapped with NFC since this version; a slot wrapped
    before it used whatever was typed then, so the raw and NFD forms are tried too.
    """
    forms = [unicodedata.normalize("NFC", secret), secret,
             unicodedata.normalize("NFD", secret)]
    return list(dict.fromkeys(forms))


@dataclass
class KeyFile:
    vault_id: str
    slots: dict[str, dict]

    @classmethod
    def new(
        cls, data_key: bytes, passphrase: str, params: KdfParams, recovery_key: str | None,
        vault_id: str | None = None,
    ) -> KeyFile:
        """``vault_id``: keep the vault's identity for a new data key (a handover)."""
        vault_id = vault_id or secrets.token_hex(16)
        slots = {"passphrase": _wrap_slot(data_key, unicodedata.normalize("NFC", passphrase),
                                          params, vault_id)}
        if recovery_key is not None:
            slots["recovery"] = _wrap_slot(data_key, normalise_recovery_key(recovery_key),
                                           params, vault_id)
        return cls(vault_id, slots)

    def unwrap(self, secret: str, slot: str = "passphrase") -> bytearray:
        """The data key; tries the passphrase's Unicode forms (see passphrase_forms)."""
        if slot not in self.slots:
            raise NotAVaultError("Deze kluis heeft geen herstelsleutel.")
        if slot == "recovery":
            return _unwrap_slot(self.slots[slot], normalise_recovery_key(secret), self.vault_id)
        _slot_fields(self.slots[slot])  # a damaged slot is reported before any derivation
        forms = passphrase_forms(secret)
        for form in forms[:-1]:
            try:
                return _unwrap_slot(self.slots[slot], form, self.vault_id)
            except WrongPassphraseError:
                continue
        return _unwrap_slot(self.slots[slot], forms[-1], self.vault_id)

    def unwrapped_with_nfc(self, secret: str) -> bool:
        """True when the passphrase slot opens with the NFC form (no rewrap needed)."""
        try:
            wipe(_unwrap_slot(self.slots["passphrase"],
                              unicodedata.normalize("NFC", secret), self.vault_id))
            return True
        except (WrongPassphraseError, KeyFileMismatchError, NotAVaultError):
            return False

    def rewrapped(self, data_key: bytes, passphrase: str, params: KdfParams) -> KeyFile:
        """A copy with a new passphrase slot; this key file stays as it is until saved."""
        slots = dict(self.slots)
        slots["passphrase"] = _wrap_slot(data_key, unicodedata.normalize("NFC", passphrase),
                                         params, self.vault_id)
        return KeyFile(self.vault_id, slots)

    def rewrap_passphrase(self, data_key: bytes, passphrase: str, params: KdfParams) -> None:
        self.slots = self.rewrapped(data_key, passphrase, params).slots

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
            vault_id = str(data["vault_id"])
            if len(vault_id) != 32 or any(c not in "0123456789abcdef" for c in vault_id):
                raise ValueError("vault_id")
            return cls(vault_id, dict(data["slots"]))
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise NotAVaultError("Het sleutelbestand is beschadigd.") from error

    def opens_with(self, secret: str) -> bool:
        """True when ``secret`` unwraps the passphrase slot (nothing is kept)."""
        try:
            wipe(self.unwrap(secret))
            return True
        except (WrongPassphraseError, KeyFileMismatchError, NotAVaultError):
            return False

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
