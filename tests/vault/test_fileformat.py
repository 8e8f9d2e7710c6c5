"""Damaged, truncated, tampered and future files are refused clearly and left untouched."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from kapdesk.vault.errors import (
    StoreChangedOnDisk,
    StoreDamaged,
    StoreFromTheFuture,
    WrongPassphrase,
)
from kapdesk.vault.fileformat import FORMAT_VERSION
from kapdesk.vault.profiles import Profile
from kapdesk.vault.store import ProfileStore
from tests.vault.vault_helpers import PASSPHRASE

MakeStore = Callable[[], ProfileStore]


@pytest.fixture
def written(make_store: MakeStore, store_path: Path) -> bytes:
    store = make_store()
    store.create(PASSPHRASE)
    store.add(Profile("t", "kapital-test", user="u", password="terminal-pw"))
    return store_path.read_bytes()


def _refused(make_store: MakeStore, store_path: Path, raw: bytes) -> Exception:
    store_path.write_bytes(raw)
    with pytest.raises((StoreDamaged, StoreFromTheFuture)) as err:
        make_store().unlock(PASSPHRASE)
    assert store_path.read_bytes() == raw  # never overwritten
    return err.value


def test_every_flipped_byte_is_refused(
    make_store: MakeStore, store_path: Path, written: bytes
) -> None:
    for index in range(len(written)):
        flipped = bytearray(written)
        flipped[index] ^= 0x01
        _refused(make_store, store_path, bytes(flipped))


def test_flipped_ciphertext_byte_says_damaged(
    make_store: MakeStore, store_path: Path, written: bytes
) -> None:
    index = written.index(b'"data"') + 40
    flipped = bytearray(written)
    flipped[index] ^= 0x01
    err = _refused(make_store, store_path, bytes(flipped))
    assert isinstance(err, StoreDamaged)
    assert "damaged or was altered" in str(err)
    assert "previous good copy" in str(err)  # the backup written by add()


@pytest.mark.parametrize("keep", [0, 1, 50, -80, -1])
def test_truncated_file_says_damaged(
    make_store: MakeStore, store_path: Path, written: bytes, keep: int
) -> None:
    err = _refused(make_store, store_path, written[:keep])
    assert isinstance(err, StoreDamaged)


def test_tampered_ciphertext_with_fixed_checksum_is_still_refused(
    make_store: MakeStore, store_path: Path, written: bytes
) -> None:
    """A deliberate edit that also fixes the checksum is caught by AES-GCM."""
    document = json.loads(written.split(b"\n")[0])
    box = bytearray(document["data"]["box"].encode())
    box[10] = ord("A") if box[10] != ord("A") else ord("B")
    document["data"]["box"] = box.decode()
    line = json.dumps(document, separators=(",", ":")).encode()
    raw = line + b"\nsha256 " + hashlib.sha256(line).hexdigest().encode() + b"\n"
    err = _refused(make_store, store_path, raw)
    assert isinstance(err, StoreDamaged)


def test_tampered_salt_looks_like_a_wrong_passphrase_and_changes_nothing(
    make_store: MakeStore, store_path: Path, written: bytes
) -> None:
    document = json.loads(written.split(b"\n")[0])
    document["kdf"]["salt"] = "AAAAAAAAAAAAAAAAAAAAAA=="
    line = json.dumps(document, separators=(",", ":")).encode()
    raw = line + b"\nsha256 " + hashlib.sha256(line).hexdigest().encode() + b"\n"
    store_path.write_bytes(raw)
    with pytest.raises(WrongPassphrase):
        make_store().unlock(PASSPHRASE)
    assert store_path.read_bytes() == raw


def test_future_version_is_refused_by_name(
    make_store: MakeStore, store_path: Path, written: bytes
) -> None:
    document = json.loads(written.split(b"\n")[0])
    document["version"] = FORMAT_VERSION + 1
    document["something_new"] = True
    raw = json.dumps(document).encode() + b"\nblake3 whatever\n"
    err = _refused(make_store, store_path, raw)
    assert isinstance(err, StoreFromTheFuture)
    assert "newer kapdesk (format 2)" in str(err)


def test_damaged_store_is_not_overwritten_by_an_open_window(
    make_store: MakeStore, store_path: Path, written: bytes
) -> None:
    store = make_store()
    store.unlock(PASSPHRASE)
    store_path.write_bytes(written[:-5])
    with pytest.raises(StoreChangedOnDisk):
        store.add(Profile("x", "sandbox"))
    assert store_path.read_bytes() == written[:-5]
