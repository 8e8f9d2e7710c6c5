"""The store file, its side files and every log line of a full session hold no secret."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kapdesk.vault.errors import WrongPassphrase
from kapdesk.vault.profiles import Profile
from kapdesk.vault.store import ProfileStore
from tests.vault.vault_helpers import MemoryKeyring

PASSPHRASE = "Leak-Check passphrase"
NEW_PASSPHRASE = "Leak-Check second passphrase"
PASSWORD = "Terminal-Pw-Leak-831"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "home" / "logs" / "kapdesk.log"
    path.parent.mkdir(parents=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield path
    root.removeHandler(handler)
    root.setLevel(old_level)
    handler.close()


def test_no_secret_reaches_files_or_logs(
    make_store: Callable[[], ProfileStore],
    store_path: Path,
    log_file: Path,
    memory_keyring: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    store = make_store()
    store.create(PASSPHRASE, remember=True)
    store.add(Profile("prod", "production", user="merchant", password=PASSWORD))
    repr(store.get("prod"))
    with pytest.raises(WrongPassphrase) as wrong:
        make_store().unlock(PASSPHRASE + "x")
    store.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    store.lock()
    assert make_store().unlock_with_keyring()

    written = [p for p in store_path.parent.rglob("*") if p.is_file()]
    assert {p.name for p in written} >= {store_path.name, "kapdesk.log"}
    assert log_file.read_text("utf-8").strip(), "the session should have logged something"
    texts = [p.read_bytes().decode("latin-1") for p in written]
    texts += [caplog.text, str(wrong.value), repr(store)]
    for secret in (PASSPHRASE, NEW_PASSPHRASE, PASSWORD):
        assert not any(secret in text for text in texts)
