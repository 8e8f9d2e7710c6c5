"""'Remember on this computer': the data key in the OS keyring, when a secure one exists."""

from __future__ import annotations

import base64
import binascii
import logging
from dataclasses import dataclass
from typing import Final

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail

from kapdesk.i18n import N_, UserMessage
from kapdesk.vault.crypto import KEY_BYTES
from kapdesk.vault.errors import KeyringUnavailable

SERVICE: Final = "kapdesk"
log = logging.getLogger(__name__)

NO_KEYRING: Final = N_(
    "This computer has no secure keyring (on Linux: no Secret Service such as GNOME Keyring "
    "or KWallet is running), so it cannot remember the profile store: the passphrase is the "
    "only way in."
)
KEYRING_REFUSED: Final = N_(
    "The keyring of this computer refused to keep the key ({detail}); the passphrase is "
    "the only way in."
)


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    reason: UserMessage | None = None  # why not, in the user's words


def status() -> KeyringStatus:
    backend = keyring.get_keyring()
    try:
        priority = float(backend.priority)
    except Exception:  # a backend that cannot even rank itself is unusable
        priority = 0.0
    # Priority < 1 is keyring's own "not recommended" (fail, null, plaintext files).
    if isinstance(backend, fail.Keyring) or priority < 1:
        return KeyringStatus(False, UserMessage(NO_KEYRING))
    return KeyringStatus(True)


def _entry(store_id: str) -> str:
    return f"profile-store {store_id}"


def save(store_id: str, data_key: bytes) -> None:
    """Keep the data key for this OS user; KeyringUnavailable says plainly why not."""
    current = status()
    if not current.available:
        raise KeyringUnavailable(NO_KEYRING)
    try:
        keyring.set_password(SERVICE, _entry(store_id), base64.b64encode(data_key).decode())
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(KEYRING_REFUSED, detail=type(exc).__name__) from None


def load(store_id: str) -> bytes | None:
    """The remembered key, or None (nothing kept, no keyring, or the keyring refused)."""
    if not status().available:
        return None
    try:
        text = keyring.get_password(SERVICE, _entry(store_id))
    except keyring.errors.KeyringError as exc:
        log.info("keyring unavailable while unlocking: %s", type(exc).__name__)
        return None
    if text is None:
        return None
    try:
        key = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return key if len(key) == KEY_BYTES else None


def delete(store_id: str) -> None:
    """Forget the key; nothing to forget is fine."""
    if not status().available:
        return
    try:
        keyring.delete_password(SERVICE, _entry(store_id))
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(KEYRING_REFUSED, detail=type(exc).__name__) from None
