"""load_profile_for_cli: keyring first, then KAPDESK_PASSPHRASE; refuses clearly otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

from kapdesk.cli.common import load_profile_for_cli
from kapdesk.i18n import UserError
from kapdesk.vault.crypto import KdfParams
from kapdesk.vault.errors import NoStore, NoSuchProfile, WrongPassphrase
from kapdesk.vault.profiles import Profile
from kapdesk.vault.store import ProfileStore
from tests.vault.vault_helpers import MemoryKeyring

PASSPHRASE = "load profile passphrase"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("KAPDESK_HOME", str(tmp_path))
    monkeypatch.delenv("KAPDESK_PASSPHRASE", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield tmp_path
    keyring.set_keyring(previous)


def _make(remember: bool = False) -> ProfileStore:
    store = ProfileStore(kdf=KdfParams.cheap_for_tests())
    store.create(PASSPHRASE, remember=remember)
    store.add(Profile("test", "kapital-test", user="TerminalSys/kapital", password="kapital123"))
    store.lock()
    return store


def test_passphrase_from_the_environment(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _make()
    monkeypatch.setenv("KAPDESK_PASSPHRASE", PASSPHRASE)
    profile = load_profile_for_cli("test")
    assert profile.user == "TerminalSys/kapital" and profile.password == "kapital123"
    with pytest.raises(NoSuchProfile):
        load_profile_for_cli("prod")


def test_remembered_key_needs_no_passphrase(home: Path) -> None:
    keyring.set_keyring(MemoryKeyring())
    _make(remember=True)
    store = ProfileStore()
    assert load_profile_for_cli("test", store).base_url.startswith("https://txpgtst")
    assert not store.is_unlocked  # the store is locked again; only the profile is handed out


def test_refusals_are_sentences(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(NoStore, match="no profile store yet"):
        load_profile_for_cli("test")
    _make()
    with pytest.raises(UserError, match="set KAPDESK_PASSPHRASE or run this in a terminal"):
        load_profile_for_cli("test")  # pytest's stdin is no terminal
    monkeypatch.setenv("KAPDESK_PASSPHRASE", "wrong passphrase")
    with pytest.raises(WrongPassphrase):
        load_profile_for_cli("test")
