"""The witness of the journal's head: the newest row kapdesk wrote with the store's key.

It lives next to the profile store (``profiles.kapdesk.witness``) and is sealed with a key
derived from the journal key kept *inside* the encrypted store: only someone with the
passphrase can make one. Every process that appends a keyed row moves it forward (never
back) after its row is committed, under a lock file shared by the processes. It is a small
file of its own, not a field of the store, so that moving it costs no re-encryption of the
profiles, never conflicts with a profile being edited in another window, and keeps working
while the console's store is idle-locked.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final, NamedTuple

from kapdesk.i18n import N_, UserError
from kapdesk.vault.atomic import write_atomically

FORMAT_NAME: Final = "kapdesk-journal-witness"
FORMAT_VERSION: Final = 1


class Mark(NamedTuple):
    """The witnessed row (``rows``: the journal had that many when it was written) and its
    ``link``."""

    rows: int
    link: str


class WitnessDamaged(UserError):
    """The witness file is missing or was altered: the journal cannot be vouched for."""


class JournalWitness:
    """The witness file at ``path`` for the store ``store_id``, sealed with ``journal_key``."""

    def __init__(self, path: Path, store_id: str, journal_key: bytes) -> None:
        self.path = path
        self._lock_path = path.with_name(path.name + ".lock")
        self._store_id = store_id
        self._mac_key = hmac.new(journal_key, b"kapdesk journal witness", hashlib.sha256).digest()
        self._threads = threading.Lock()

    def __repr__(self) -> str:
        return f"JournalWitness({str(self.path)!r})"

    def read(self) -> Mark:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            raise WitnessDamaged(
                N_(
                    "The journal's witness {path} is missing: it was deleted, so the journal "
                    "cannot be vouched for."
                ),
                path=str(self.path),
            ) from None
        mark = self._parse(raw)
        if mark is None:
            raise WitnessDamaged(
                N_("The journal's witness {path} was altered or belongs to another store."),
                path=str(self.path),
            )
        return mark

    def advance(self, count: int, link: str) -> None:
        """Move to row ``count`` unless the witness already stands there or further."""
        with self._threads, _locked(self._lock_path):
            try:
                current = self._parse(self.path.read_bytes())
            except FileNotFoundError:
                current = None
            if current is not None and current.rows >= count:
                return
            write_atomically(self.path, self._encode(Mark(count, link)))

    def reset(self) -> None:
        """Start over at row 0: only when the journal key is new (nothing was keyed yet)."""
        with self._threads, _locked(self._lock_path):
            write_atomically(self.path, self._encode(Mark(0, "")))

    # -- the file ------------------------------------------------------------------------

    def _mac(self, body: dict[str, Any]) -> str:
        text = json.dumps(body, sort_keys=True, separators=(",", ":"))
        return hmac.new(self._mac_key, text.encode(), hashlib.sha256).hexdigest()

    def _encode(self, mark: Mark) -> bytes:
        body = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "store": self._store_id,
            "count": mark.rows,
            "link": mark.link,
        }
        return json.dumps(body | {"mac": self._mac(body)}).encode("ascii") + b"\n"

    def _parse(self, raw: bytes) -> Mark | None:
        try:
            data = json.loads(raw.decode("ascii"))
            mac = data.pop("mac")
            count, link = data["count"], data["link"]
        except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
            return None
        valid = (
            isinstance(mac, str)
            and hmac.compare_digest(mac, self._mac(data))
            and data.get("store") == self._store_id
            and isinstance(count, int)
            and isinstance(link, str)
        )
        return Mark(count, link) if valid else None


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock between processes, held while the witness is read and replaced."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if os.name == "nt":  # pragma: no cover - Windows only
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined,unused-ignore]
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
