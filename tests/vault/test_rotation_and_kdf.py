"""A passphrase change rotates the data key; a costly KDF header is refused before deriving."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kapdesk.vault import crypto, keyring_key
from kapdesk.vault.crypto import Undecryptable
from kapdesk.vault.errors import KdfRefused, KeyringUnavailable, WrongPassphrase
from kapdesk.vault.fileformat import decode
from kapdesk.vault.profiles import Profile
from kapdesk.vault.store import ProfileStore
from tests.vault.vault_helpers import PASSPHRASE, MemoryKeyring

MakeStore = Callable[[], ProfileStore]
NEW = "a brand new passphrase"
PROFILE = Profile("kapital test", "kapital-test", user="TerminalSys/kapital", password="pw-1")


def _old_data_key(copy: Path) -> bytes:
    """What an attacker gets from an old copy of the store and the old passphrase."""
    envelope = decode(copy.read_bytes(), copy)
    wrapping = crypto.derive_key(PASSPHRASE, envelope.salt, envelope.kdf)
    return crypto.open_sealed(
        wrapping, envelope.key_nonce, envelope.key_box, envelope.associated_data("key")
    )


def test_an_old_copy_and_the_old_passphrase_do_not_open_the_new_store(
    make_store: MakeStore, store_path: Path, tmp_path: Path
) -> None:
    store = make_store()
    store.create(PASSPHRASE)
    store.add(PROFILE)
    copy = tmp_path / "stolen-copy.kapdesk"
    copy.write_bytes(store_path.read_bytes())
    store.change_passphrase(PASSPHRASE, NEW)
    old_key = _old_data_key(copy)
    new = decode(store_path.read_bytes(), store_path)
    with pytest.raises(Undecryptable):
        crypto.open_sealed(old_key, new.data_nonce, new.data_box, new.associated_data("data"))
    again = make_store()
    again.unlock(NEW)
    assert again.get("kapital test") == PROFILE
    with pytest.raises(WrongPassphrase):
        make_store().unlock(PASSPHRASE)


def test_the_copy_made_under_the_old_passphrase_is_dropped(
    make_store: MakeStore, store_path: Path
) -> None:
    store = make_store()
    store.create(PASSPHRASE)
    store.add(PROFILE)  # a second save: now there is a .previous made under PASSPHRASE
    assert store.backup_path.exists()
    store.change_passphrase(PASSPHRASE, NEW)
    assert not store.backup_path.exists()


def test_the_journal_key_survives_the_rotation(make_store: MakeStore) -> None:
    store = make_store()
    store.create(PASSPHRASE)
    journal_key = store.journal_key()
    store.change_passphrase(PASSPHRASE, NEW)
    again = make_store()
    again.unlock(NEW)
    assert again.journal_key() == journal_key  # the journal written so far still verifies


def test_a_remembered_key_is_replaced_by_the_new_one(
    make_store: MakeStore, memory_keyring: MemoryKeyring
) -> None:
    store = make_store()
    store.create(PASSPHRASE, remember=True)
    [before] = memory_keyring.secrets.values()
    store.change_passphrase(PASSPHRASE, NEW)
    [after] = memory_keyring.secrets.values()
    assert after != before
    assert make_store().unlock_with_keyring() is True


def test_a_remembered_key_is_forgotten_when_the_keyring_refuses_the_new_one(
    make_store: MakeStore, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = make_store()
    store.create(PASSPHRASE, remember=True)

    def refuse(store_id: str, data_key: bytes) -> None:
        raise KeyringUnavailable(keyring_key.KEYRING_REFUSED, detail="KeyringLocked")

    monkeypatch.setattr(keyring_key, "save", refuse)
    why = store.change_passphrase(PASSPHRASE, NEW)
    assert why is not None and "refused to keep the key" in str(why)
    assert memory_keyring.secrets == {}  # the old key, which opens nothing now, is gone
    assert make_store().unlock_with_keyring() is False


def _with_kdf(store_path: Path, **kdf: Any) -> None:
    """Rewrite the header as an attacker would, checksum and all."""
    document = json.loads(store_path.read_bytes().partition(b"\n")[0])
    document["kdf"].update(kdf)
    line = json.dumps(document, separators=(",", ":")).encode("ascii")
    store_path.write_bytes(line + b"\nsha256 " + hashlib.sha256(line).hexdigest().encode() + b"\n")


@pytest.mark.parametrize(
    "kdf",
    [
        {"name": "argon2id", "t": 3, "m": 1 << 20, "p": 4},  # 1 GiB
        {"name": "argon2id", "t": 64, "m": 64, "p": 1},  # 64 passes
        {"name": "scrypt", "n": 1 << 30, "r": 8, "p": 1},
        {"name": "scrypt", "n": 1 << 18, "r": 32, "p": 1},  # 1 GiB through r
    ],
)
def test_a_header_asking_for_absurd_key_derivation_is_refused_before_deriving(
    make_store: MakeStore, store_path: Path, monkeypatch: pytest.MonkeyPatch, kdf: dict[str, Any]
) -> None:
    make_store().create(PASSPHRASE)
    kdf.setdefault("salt", base64.b64encode(b"s" * 16).decode())
    _with_kdf(store_path, **kdf)

    def never(*args: object) -> bytes:
        raise AssertionError("derived a key from an absurd header")

    monkeypatch.setattr(crypto, "derive_key", never)
    with pytest.raises(KdfRefused, match="far more memory or work to open than kapdesk ever sets"):
        make_store().unlock(PASSPHRASE)


def test_the_default_parameters_are_within_the_bounds() -> None:
    header = crypto.KdfParams().to_header()
    assert crypto.KdfParams.from_header(header) == crypto.KdfParams()
