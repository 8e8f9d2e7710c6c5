"""ProfileStore: the one encrypted file of profiles, its lock, keys and safe writes.

Blocking (KDF, disk, keyring): call it off the GUI thread. Not thread-safe: one call at a
time. Python cannot wipe memory for certain; ``lock()`` zeroes the key buffer it owns and
drops every reference to the profiles, which is the best a Python process can do.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from kapdesk.i18n import UserMessage
from kapdesk.vault import crypto, keyring_key, paths
from kapdesk.vault.atomic import replace_keeping_previous, write_atomically
from kapdesk.vault.backoff import Backoff, wait_after
from kapdesk.vault.crypto import KdfParams, Undecryptable
from kapdesk.vault.errors import (
    KeyringUnavailable,
    NoStore,
    NoSuchProfile,
    ProfileExists,
    StoreChangedOnDisk,
    StoreDamaged,
    StoreExists,
    StoreLocked,
    WeakPassphrase,
    WrongPassphrase,
)
from kapdesk.vault.fileformat import Envelope, decode, encode
from kapdesk.vault.keyring_key import KeyringStatus
from kapdesk.vault.profiles import Profile
from kapdesk.vault.witness import JournalWitness

MIN_PASSPHRASE: Final = 8
PAYLOAD_VERSION: Final = 1
log = logging.getLogger(__name__)


class ProfileStore:
    """The profile store at ``path`` (default: ``paths.profile_store_path()``)."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        kdf: KdfParams | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = path if path is not None else paths.profile_store_path()
        self.backup_path = self.path.with_name(self.path.name + ".previous")
        self.witness_path = self.path.with_name(self.path.name + ".witness")
        self._kdf = kdf or KdfParams()
        self._backoff = Backoff(self.path.with_name(self.path.name + ".tries"), sleep, clock)
        self._key: bytearray | None = None
        self._envelope: Envelope | None = None
        self._profiles: dict[str, Profile] = {}
        self._active: str | None = None
        self._journal_key: bytearray | None = None  # keys the journal's chain (HMAC)
        self._disk_digest = b""  # what we last read or wrote: never overwrite anything else
        self._last_read_digest = b""

    # -- state ---------------------------------------------------------------------------

    def exists(self) -> bool:
        return self.path.exists()

    @property
    def is_unlocked(self) -> bool:
        return self._key is not None

    @property
    def wrong_tries(self) -> int:
        """Wrong passphrases in a row (kept on disk, so a restart does not reset it)."""
        return self._backoff.failures()

    def wait_before_next_try(self) -> float:
        """Seconds ``unlock`` will wait first (after 5 wrong tries), so a UI can say so."""
        return self._backoff.remaining()

    def lock(self) -> None:
        """Forget the data key and every profile (with its password) until unlocked again."""
        was_unlocked = self._key is not None
        if self._key is not None:
            self._key[:] = bytes(len(self._key))
        if self._journal_key is not None:
            self._journal_key[:] = bytes(len(self._journal_key))
        self._key = None
        self._journal_key = None
        self._envelope = None
        self._profiles = {}
        self._active = None
        if was_unlocked:
            log.info("profile store locked")

    # -- create and unlock ---------------------------------------------------------------

    def create(self, passphrase: str, *, remember: bool = False) -> UserMessage | None:
        """Make a new empty store, unlocked. Returns why remembering failed, if it did."""
        _check_passphrase(passphrase)
        if self.exists():
            raise StoreExists(self.path)
        key = crypto.new_key()
        envelope = self._wrapped(key, passphrase, store_id=secrets.token_hex(16))
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._adopt(key, envelope, {}, None)
        self._new_journal_key()
        self._save(check_disk=False)
        self._backoff.reset()
        log.info("profile store created at %s", self.path)
        if remember:
            try:
                self.remember()
            except KeyringUnavailable as exc:
                return exc.message
        return None

    def unlock(self, passphrase: str) -> None:
        """Open with the passphrase; waits after 5 wrong tries; WrongPassphrase if wrong."""
        envelope = self._read()
        self._backoff.wait_turn()
        try:
            key = _unwrap(envelope, passphrase)
        except Undecryptable:
            failures = self._backoff.record_failure()
            log.info("wrong passphrase for the profile store (%d in a row)", failures)
            raise WrongPassphrase(failures, wait_after(failures)) from None
        self._open(key, envelope)
        self._backoff.reset()

    def unlock_with_keyring(self) -> bool:
        """Open with the key remembered on this computer; False when there is none."""
        envelope = self._read()
        key = keyring_key.load(envelope.store_id)
        if key is None:
            return False
        try:
            self._open(key, envelope)
        except StoreDamaged:
            # A stale key (the store was recreated) looks the same: let the passphrase decide.
            return False
        return True

    def change_passphrase(self, old: str, new: str) -> UserMessage | None:
        """Encrypt everything again under a new data key wrapped by ``new``.

        A copy of the store taken before, with the old passphrase, opens only that copy:
        the ``.previous`` file (made under the old passphrase) is removed, and a key this
        computer remembered is replaced by the new one (or forgotten, when the keyring
        refuses). Returns why the keyring could not keep the new key, if it could not.
        """
        _check_passphrase(new)
        self.unlock(old)
        assert self._key is not None  # unlock() succeeded
        remembered = keyring_key.load(self._store_id()) is not None
        key = crypto.new_key()
        self._key[:] = key
        self._envelope = self._wrapped(key, new, store_id=self._store_id())
        self._save(keep_previous=False)
        self.backup_path.unlink(missing_ok=True)
        log.info("profile store passphrase changed and its data key rotated")
        if not remembered:
            return None
        try:
            keyring_key.save(self._store_id(), key)
        except KeyringUnavailable as exc:
            with contextlib.suppress(KeyringUnavailable):
                keyring_key.delete(self._store_id())  # the old key opens nothing any more
            return exc.message
        return None

    # -- the journal's key and witness ---------------------------------------------------

    def journal_key(self, *, create: bool = True) -> bytes | None:
        """The secret that keys the journal's chain (made and saved on first use, with a
        fresh witness); None when ``create`` is False and the store has none yet."""
        self._require_unlocked()
        if self._journal_key is None:
            if not create:
                return None
            previous = self._journal_key
            self._new_journal_key()
            try:
                self._save()
            except BaseException:
                self._journal_key = previous
                raise
        assert self._journal_key is not None
        return bytes(self._journal_key)

    def journal_witness(self, *, create: bool = True) -> JournalWitness | None:
        """The witness of the journal's newest keyed row (it lives next to the store)."""
        key = self.journal_key(create=create)
        if key is None:
            return None
        return JournalWitness(self.witness_path, self._store_id(), key)

    def _new_journal_key(self) -> None:
        # The witness first: a crash before the store is saved leaves no key, and the next
        # try starts over (a witness sealed with a key that was never saved vouches nothing).
        key = secrets.token_bytes(32)
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        JournalWitness(self.witness_path, self._store_id(), key).reset()
        self._journal_key = bytearray(key)

    # -- keyring -------------------------------------------------------------------------

    def keyring_status(self) -> KeyringStatus:
        return keyring_key.status()

    def keyring_available(self) -> bool:
        return keyring_key.status().available

    def remember(self) -> None:
        """Keep the data key in the OS keyring; KeyringUnavailable says plainly why not."""
        self._require_unlocked()
        assert self._key is not None
        keyring_key.save(self._store_id(), bytes(self._key))

    def forget_remembered(self) -> None:
        """Remove the key from the OS keyring (the passphrase keeps working)."""
        store_id = self._store_id() if self._envelope else self._read().store_id
        keyring_key.delete(store_id)

    # -- profiles ------------------------------------------------------------------------

    def profiles(self) -> list[Profile]:
        self._require_unlocked()
        return sorted(self._profiles.values(), key=lambda p: p.name.casefold())

    def names(self) -> list[str]:
        return [p.name for p in self.profiles()]

    def get(self, name: str) -> Profile:
        self._require_unlocked()
        try:
            return self._profiles[name]
        except KeyError:
            raise NoSuchProfile(name) from None

    def add(self, profile: Profile) -> None:
        self._require_unlocked()
        if profile.name in self._profiles:
            raise ProfileExists(profile.name)
        self._commit({**self._profiles, profile.name: profile}, self._active)

    def update(self, name: str, profile: Profile) -> None:
        """Replace profile ``name`` with ``profile`` (which may carry a new name)."""
        self.get(name)
        if profile.name != name and profile.name in self._profiles:
            raise ProfileExists(profile.name)
        changed = {k: v for k, v in self._profiles.items() if k != name}
        changed[profile.name] = profile
        active = profile.name if self._active == name else self._active
        self._commit(changed, active)

    def remove(self, name: str) -> None:
        self.get(name)
        changed = {k: v for k, v in self._profiles.items() if k != name}
        self._commit(changed, None if self._active == name else self._active)

    @property
    def active_profile_name(self) -> str | None:
        self._require_unlocked()
        return self._active

    def set_active(self, name: str | None) -> None:
        if name is not None:
            self.get(name)
        self._commit(dict(self._profiles), name)

    def active_profile(self) -> Profile | None:
        name = self.active_profile_name
        return self._profiles.get(name) if name else None

    # -- internals -----------------------------------------------------------------------

    def _require_unlocked(self) -> None:
        if self._key is None:
            raise StoreLocked

    def _store_id(self) -> str:
        assert self._envelope is not None
        return self._envelope.store_id

    def _read(self) -> Envelope:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            raise NoStore(self.path) from None
        envelope = decode(raw, self.path, self._backup_or_none())
        self._last_read_digest = hashlib.sha256(raw).digest()
        return envelope

    def _backup_or_none(self) -> Path | None:
        return self.backup_path if self.backup_path.exists() else None

    def _open(self, key: bytes, envelope: Envelope) -> None:
        try:
            plain = crypto.open_sealed(
                key, envelope.data_nonce, envelope.data_box, envelope.associated_data("data")
            )
            profiles, active, journal_key = _parse_payload(plain)
        except (Undecryptable, ValueError, KeyError, TypeError):
            raise StoreDamaged(self.path, self._backup_or_none()) from None
        self._adopt(key, envelope, profiles, active)
        self._journal_key = None if journal_key is None else bytearray(journal_key)
        self._disk_digest = self._last_read_digest
        log.info("profile store unlocked (%d profiles)", len(profiles))

    def _adopt(
        self, key: bytes, envelope: Envelope, profiles: dict[str, Profile], active: str | None
    ) -> None:
        self.lock()
        self._key = bytearray(key)
        self._envelope = envelope
        self._profiles = profiles
        self._active = active

    def _wrapped(self, key: bytes, passphrase: str, *, store_id: str) -> Envelope:
        salt = crypto.new_salt()
        unsealed = Envelope(store_id, self._kdf, salt, b"", b"", b"", b"")
        nonce, box = crypto.seal(
            crypto.derive_key(passphrase, salt, self._kdf), key, unsealed.associated_data("key")
        )
        return Envelope(store_id, self._kdf, salt, nonce, box, b"", b"")

    def _commit(self, profiles: dict[str, Profile], active: str | None) -> None:
        previous = (self._profiles, self._active)
        self._profiles, self._active = profiles, active
        try:
            self._save()
        except BaseException:
            self._profiles, self._active = previous  # memory stays what the disk holds
            raise

    def _save(self, *, check_disk: bool = True, keep_previous: bool = True) -> None:
        assert self._key is not None and self._envelope is not None
        if check_disk:
            self._check_disk_unchanged()
        env = self._envelope
        payload: dict[str, Any] = {
            "version": PAYLOAD_VERSION,
            "active": self._active,
            "profiles": [p.to_dict() for p in self._profiles.values()],
        }
        if self._journal_key is not None:
            payload["journal_key"] = bytes(self._journal_key).hex()
        nonce, box = crypto.seal(
            bytes(self._key), json.dumps(payload).encode("utf-8"), env.associated_data("data")
        )
        env = Envelope(env.store_id, env.kdf, env.salt, env.key_nonce, env.key_box, nonce, box)
        raw = encode(env)
        if keep_previous:
            replace_keeping_previous(self.path, raw, self.backup_path)
        else:
            write_atomically(self.path, raw)
        self._envelope = env
        self._disk_digest = hashlib.sha256(raw).digest()

    def _check_disk_unchanged(self) -> None:
        # Never overwrite what we did not read: a damaged file, or another window's change.
        try:
            current = hashlib.sha256(self.path.read_bytes()).digest()
        except FileNotFoundError:
            raise StoreChangedOnDisk(self.path) from None
        if current != self._disk_digest:
            raise StoreChangedOnDisk(self.path)


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise WeakPassphrase(MIN_PASSPHRASE)


def _unwrap(envelope: Envelope, passphrase: str) -> bytes:
    wrapping = crypto.derive_key(passphrase, envelope.salt, envelope.kdf)
    return crypto.open_sealed(
        wrapping, envelope.key_nonce, envelope.key_box, envelope.associated_data("key")
    )


def _parse_payload(plain: bytes) -> tuple[dict[str, Profile], str | None, bytes | None]:
    data: Any = json.loads(plain.decode("utf-8"))
    if data["version"] != PAYLOAD_VERSION:
        raise ValueError("unknown payload version")
    profiles = {p.name: p for p in (Profile.from_dict(item) for item in data["profiles"])}
    active = data["active"]
    # Stores from before the journal was keyed have none: it is made on first use.
    journal_key = data.get("journal_key")
    key = None if journal_key is None else bytes.fromhex(journal_key)
    if key is not None and len(key) != 32:
        raise ValueError("journal key of the wrong size")
    return profiles, active if active in profiles else None, key
