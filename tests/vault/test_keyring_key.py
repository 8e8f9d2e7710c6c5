"""Remember on this computer: with an in-memory keyring backend, and with none at all."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kapdesk.vault.errors import KeyringUnavailable
from kapdesk.vault.profiles import Profile
from kapdesk.vault.store import ProfileStore
from tests.vault.vault_helpers import PASSPHRASE, MemoryKeyring

MakeStore = Callable[[], ProfileStore]


def test_remembered_key_unlocks_without_passphrase(
    make_store: MakeStore, memory_keyring: MemoryKeyring
) -> None:
    store = make_store()
    assert store.create(PASSPHRASE, remember=True) is None
    store.add(Profile("sb", "sandbox"))
    assert len(memory_keyring.secrets) == 1
    again = make_store()
    assert again.unlock_with_keyring() is True
    assert again.names() == ["sb"]


def test_passphrase_change_keeps_the_remembered_key_working(
    make_store: MakeStore, memory_keyring: MemoryKeyring
) -> None:
    store = make_store()
    store.create(PASSPHRASE, remember=True)
    store.change_passphrase(PASSPHRASE, "another long one")
    assert make_store().unlock_with_keyring() is True


def test_forget_removes_the_key(make_store: MakeStore, memory_keyring: MemoryKeyring) -> None:
    store = make_store()
    store.create(PASSPHRASE, remember=True)
    store.lock()
    store.forget_remembered()
    assert memory_keyring.secrets == {}
    assert make_store().unlock_with_keyring() is False
    store.forget_remembered()  # twice is fine


def test_stale_key_falls_back_to_the_passphrase(
    make_store: MakeStore, memory_keyring: MemoryKeyring
) -> None:
    store = make_store()
    store.create(PASSPHRASE, remember=True)
    ((entry, _),) = memory_keyring.secrets.items()
    memory_keyring.secrets[entry] = "A" * 44  # 32 zero bytes: not this store's key
    assert make_store().unlock_with_keyring() is False
    make_store().unlock(PASSPHRASE)


@pytest.mark.usefixtures("no_keyring")
def test_without_keyring_the_passphrase_is_the_way_in(make_store: MakeStore) -> None:
    store = make_store()
    status = store.keyring_status()
    assert not status.available
    assert status.reason is not None
    assert "passphrase is the only way in" in str(status.reason)
    note = store.create(PASSPHRASE, remember=True)  # does not fail: it says so
    assert note is not None and "only way in" in str(note)
    with pytest.raises(KeyringUnavailable, match="no secure keyring"):
        store.remember()
    assert make_store().unlock_with_keyring() is False
    make_store().unlock(PASSPHRASE)
