"""Key derivation from the passphrase (Argon2id or scrypt) and AES-256-GCM sealing."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

KEY_BYTES: Final = 32
NONCE_BYTES: Final = 12
SALT_BYTES: Final = 16
# A header is not authenticated before the KDF runs, so a tampered one must not be able to
# ask for gigabytes of memory or minutes of work: refuse parameters beyond these (4x the
# memory and 3x the passes of the defaults; scrypt at most 256 MiB).
_MAX_ARGON2_MEMORY_KIB: Final = 256 * 1024
_MAX_ARGON2_ITERATIONS: Final = 10
_MAX_SCRYPT_N: Final = 1 << 18
_MAX_SCRYPT_MEMORY: Final = 256 * 1024 * 1024  # scrypt needs 128 * n * r bytes


class Undecryptable(Exception):
    """Internal: the key does not open this box (wrong key or altered bytes)."""


class KdfTooCostly(ValueError):
    """Internal: a header asks for more memory or work than kapdesk ever writes."""


@dataclass(frozen=True)
class KdfParams:
    """How the passphrase becomes the wrapping key; stored (with the salt) in the header."""

    name: str = "argon2id"
    iterations: int = 3  # argon2id time cost
    memory_kib: int = 64 * 1024  # argon2id memory cost
    lanes: int = 4  # argon2id parallelism
    n: int = 1 << 17  # scrypt cost
    r: int = 8
    p: int = 1

    @classmethod
    def cheap_for_tests(cls) -> KdfParams:
        """Fast, weak parameters: only for tests that create many stores."""
        return cls(iterations=1, memory_kib=64, lanes=1)

    def to_header(self) -> dict[str, Any]:
        if self.name == "argon2id":
            return {"name": self.name, "t": self.iterations, "m": self.memory_kib, "p": self.lanes}
        return {"name": self.name, "n": self.n, "r": self.r, "p": self.p}

    @classmethod
    def from_header(cls, data: dict[str, Any]) -> KdfParams:
        """Parameters read from a file; ValueError when unknown or out of bounds."""
        name = data.get("name")
        if name == "argon2id":
            t, m, p = (_int(data, k) for k in ("t", "m", "p"))
            if not (t >= 1 and 1 <= p <= 16 and 8 * p <= m):
                raise ValueError("argon2id parameters out of bounds")
            if t > _MAX_ARGON2_ITERATIONS or m > _MAX_ARGON2_MEMORY_KIB:
                raise KdfTooCostly("argon2id parameters too costly")
            return cls(name="argon2id", iterations=t, memory_kib=m, lanes=p)
        if name == "scrypt":
            n, r, p = (_int(data, k) for k in ("n", "r", "p"))
            if not (n >= 2 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
                raise ValueError("scrypt parameters out of bounds")
            if n > _MAX_SCRYPT_N or 128 * n * r > _MAX_SCRYPT_MEMORY or p > 4:
                raise KdfTooCostly("scrypt parameters too costly")
            return cls(name="scrypt", n=n, r=r, p=p)
        raise ValueError("unknown key derivation")


def _int(data: dict[str, Any], key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{key} is not an integer")
    return value


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The 32-byte wrapping key (slow on purpose: run it off the GUI thread)."""
    secret = passphrase.encode("utf-8")
    if params.name == "scrypt":
        return Scrypt(salt=salt, length=KEY_BYTES, n=params.n, r=params.r, p=params.p).derive(
            secret
        )
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=8 * KEY_BYTES)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def seal(key: bytes, plaintext: bytes, associated: bytes) -> tuple[bytes, bytes]:
    """Encrypt with a fresh nonce; returns (nonce, ciphertext with tag)."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, associated)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, associated: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, associated)
    except (InvalidTag, ValueError) as exc:
        raise Undecryptable from exc
