"""ProfileStore on real encrypted files: create, unlock, edit, passphrase change, backoff."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from kapdesk.vault.errors import (
    NoStore,
    NoSuchProfile,
    ProfileExists,
    StoreChangedOnDisk,
    StoreExists,
    StoreLocked,
    WeakPassphrase,
    WrongPassphrase,
)
from kapdesk.vault.profiles import Profile
from kapdesk.vault.store import ProfileStore
from tests.vault.vault_helpers import PASSPHRASE, FakeSleep

MakeStore = Callable[[], ProfileStore]
TEST_PROFILE = Profile("kapital test", "kapital-test", user="TerminalSys/kapital", password="pw-1")


def _filled(make_store: MakeStore) -> ProfileStore:
    store = make_store()
    store.create(PASSPHRASE)
    store.add(TEST_PROFILE)
    store.add(Profile("sandbox", "sandbox"))
    store.set_active("kapital test")
    return store


def test_profiles_survive_a_restart(make_store: MakeStore) -> None:
    _filled(make_store)
    again = make_store()
    assert not again.is_unlocked
    again.unlock(PASSPHRASE)
    assert again.names() == ["kapital test", "sandbox"]
    assert again.get("kapital test") == TEST_PROFILE
    assert again.active_profile_name == "kapital test"


def test_file_is_owner_only(make_store: MakeStore, store_path: Path) -> None:
    _filled(make_store)
    if os.name == "posix":
        assert stat.S_IMODE(store_path.stat().st_mode) == 0o600
    assert b"pw-1" not in store_path.read_bytes()


def test_previous_good_copy_is_kept(make_store: MakeStore, store_path: Path) -> None:
    store = _filled(make_store)
    store.remove("sandbox")
    old = make_store()
    old.path = store.backup_path  # the copy must itself be a working store
    old.unlock(PASSPHRASE)
    assert "sandbox" in old.names()


def test_missing_store_and_refusals(make_store: MakeStore) -> None:
    store = make_store()
    with pytest.raises(NoStore):
        store.unlock(PASSPHRASE)
    with pytest.raises(WeakPassphrase):
        store.create("short")
    store.create(PASSPHRASE)
    with pytest.raises(StoreExists):
        make_store().create(PASSPHRASE)
    with pytest.raises(NoSuchProfile, match="no profile named"):
        store.get("nope")
    store.add(TEST_PROFILE)
    with pytest.raises(ProfileExists):
        store.add(TEST_PROFILE)


def test_rename_keeps_it_active(make_store: MakeStore) -> None:
    store = _filled(make_store)
    store.update("kapital test", TEST_PROFILE.replace(name="kt", hold_days=30))
    assert store.active_profile_name == "kt"
    with pytest.raises(ProfileExists):
        store.update("kt", TEST_PROFILE.replace(name="sandbox"))
    store.remove("kt")
    assert store.active_profile_name is None


def test_lock_forgets_everything(make_store: MakeStore) -> None:
    store = _filled(make_store)
    key = store._key
    assert isinstance(key, bytearray) and any(key)
    store.lock()
    assert not store.is_unlocked
    # Held nowhere any more: the key buffer it owned is overwritten, not only let go.
    # (Checked as plain booleans so a failure does not print the key or a profile.)
    key_zeroed = all(byte == 0 for byte in key)
    assert key_zeroed
    assert store._key is None
    nothing_held = len(store._profiles) == 0 and store._active is None and store._envelope is None
    assert nothing_held
    with pytest.raises(StoreLocked):
        store.active_profile()
    with pytest.raises(StoreLocked):
        store.profiles()
    with pytest.raises(StoreLocked):
        store.get("kapital test")


def test_change_passphrase_loses_nothing(make_store: MakeStore) -> None:
    store = _filled(make_store)
    store.change_passphrase(PASSPHRASE, "a brand new one")
    again = make_store()
    with pytest.raises(WrongPassphrase):
        again.unlock(PASSPHRASE)
    again.unlock("a brand new one")
    assert again.profiles() == store.profiles()
    assert again.active_profile_name == "kapital test"


def test_change_passphrase_needs_the_old_one(make_store: MakeStore) -> None:
    store = _filled(make_store)
    with pytest.raises(WrongPassphrase):
        store.change_passphrase("not the passphrase", "a brand new one")
    make_store().unlock(PASSPHRASE)


def test_wrong_passphrase_waits_longer_after_five(
    make_store: MakeStore, fake_sleep: FakeSleep
) -> None:
    _filled(make_store)
    store = make_store()
    for _ in range(4):
        with pytest.raises(WrongPassphrase, match="not right"):
            store.unlock("wrong passphrase")
    next_one = r"5 wrong tries in a row, each further try waits longer \(the next one 1 s\)"
    with pytest.raises(WrongPassphrase, match=next_one):
        store.unlock("wrong passphrase")
    assert fake_sleep.waits == []
    # A restart (a new store object) must not reset the count.
    restarted = make_store()
    for _ in range(3):
        with pytest.raises(WrongPassphrase) as err:
            restarted.unlock("wrong passphrase")
    assert fake_sleep.waits == [1.0, 2.0, 4.0]
    assert "8 wrong tries" in str(err.value)
    restarted.unlock(PASSPHRASE)
    assert restarted.wrong_tries == 0


def test_no_wait_once_the_time_has_passed(make_store: MakeStore, fake_sleep: FakeSleep) -> None:
    _filled(make_store)
    store = make_store()
    for _ in range(6):
        with pytest.raises(WrongPassphrase):
            store.unlock("wrong passphrase")
    fake_sleep.now += 3600
    with pytest.raises(WrongPassphrase):
        store.unlock("wrong passphrase")
    assert fake_sleep.waits == [1.0]


def test_change_by_another_window_is_not_overwritten(
    make_store: MakeStore, store_path: Path
) -> None:
    first = _filled(make_store)
    second = make_store()
    second.unlock(PASSPHRASE)
    second.add(Profile("other", "sandbox"))
    with pytest.raises(StoreChangedOnDisk):
        first.add(Profile("mine", "sandbox"))
    assert "mine" not in first.names()  # memory keeps what the disk holds
    third = make_store()
    third.unlock(PASSPHRASE)
    assert "other" in third.names()
