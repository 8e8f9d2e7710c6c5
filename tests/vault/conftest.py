"""Vault fixtures: real stores in tmp_path with cheap KDF parameters, an in-memory keyring."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from kapdesk.vault.crypto import KdfParams
from kapdesk.vault.store import ProfileStore
from tests.vault.vault_helpers import FakeSleep, MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """The headless-Linux case: keyring's own 'no backend' keyring."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def fake_sleep() -> FakeSleep:
    return FakeSleep()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "home" / "profiles.kapdesk"


@pytest.fixture
def make_store(store_path: Path, fake_sleep: FakeSleep) -> Callable[[], ProfileStore]:
    def make() -> ProfileStore:
        return ProfileStore(
            store_path,
            kdf=KdfParams.cheap_for_tests(),
            sleep=fake_sleep.sleep,
            clock=fake_sleep.clock,
        )

    return make
