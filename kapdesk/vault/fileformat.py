"""The profile store's bytes on disk: a versioned JSON envelope plus a checksum line.

Line 1 is compact JSON: format name, version, store id, KDF parameters and salt, the data
key wrapped by the passphrase key, and the encrypted profiles. Line 2 is ``sha256 <hex>`` of
line 1. AES-GCM (with the header as associated data) already detects tampering once a key
is at hand; the checksum exists so that a damaged file is told apart from a wrong
passphrase before anyone is blamed for a typo.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from kapdesk.vault.crypto import KdfParams, KdfTooCostly
from kapdesk.vault.errors import KdfRefused, StoreDamaged, StoreFromTheFuture

FORMAT_NAME: Final = "kapdesk-profiles"
FORMAT_VERSION: Final = 1


@dataclass(frozen=True)
class Envelope:
    """Everything in the file; ``*_box`` are AES-GCM ciphertexts (nothing here is secret)."""

    store_id: str
    kdf: KdfParams
    salt: bytes
    key_nonce: bytes
    key_box: bytes
    data_nonce: bytes
    data_box: bytes

    def header(self) -> dict[str, Any]:
        kdf = self.kdf.to_header() | {"salt": _b64(self.salt)}
        return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "id": self.store_id, "kdf": kdf}

    def associated_data(self, purpose: str) -> bytes:
        """Binds each ciphertext to this header and its role, so parts cannot be swapped."""
        canonical = json.dumps(self.header(), sort_keys=True, separators=(",", ":"))
        return f"{FORMAT_NAME}/{FORMAT_VERSION}/{purpose}|{canonical}".encode()


def encode(envelope: Envelope) -> bytes:
    document = envelope.header() | {
        "key": {"nonce": _b64(envelope.key_nonce), "box": _b64(envelope.key_box)},
        "data": {"nonce": _b64(envelope.data_nonce), "box": _b64(envelope.data_box)},
    }
    line = json.dumps(document, separators=(",", ":")).encode("ascii")
    return line + b"\nsha256 " + hashlib.sha256(line).hexdigest().encode("ascii") + b"\n"


def decode(raw: bytes, path: Path, backup: Path | None = None) -> Envelope:
    """Parse and check the file; StoreDamaged / StoreFromTheFuture say why not."""
    line, _, rest = raw.partition(b"\n")
    document = _json_or_none(line)
    version = document.get("version") if document else None
    # A newer format may lay out its checksum differently, so the version is read first.
    future = isinstance(version, int) and version > FORMAT_VERSION
    if future and document and document.get("format") == FORMAT_NAME:
        assert isinstance(version, int)
        raise StoreFromTheFuture(path, version)
    expected = b"sha256 " + hashlib.sha256(line).hexdigest().encode("ascii") + b"\n"
    if document is None or rest != expected or version != FORMAT_VERSION:
        raise StoreDamaged(path, backup)
    try:
        return _envelope(document)
    except KdfTooCostly:
        raise KdfRefused(path) from None
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise StoreDamaged(path, backup) from None


def _envelope(doc: dict[str, Any]) -> Envelope:
    if doc["format"] != FORMAT_NAME or not isinstance(doc["id"], str):
        raise ValueError("not a profile store")
    kdf = doc["kdf"]
    return Envelope(
        store_id=doc["id"],
        kdf=KdfParams.from_header(kdf),
        salt=_unb64(kdf["salt"]),
        key_nonce=_unb64(doc["key"]["nonce"]),
        key_box=_unb64(doc["key"]["box"]),
        data_nonce=_unb64(doc["data"]["nonce"]),
        data_box=_unb64(doc["data"]["box"]),
    )


def _json_or_none(line: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(line.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)
