"""Start without --sandbox (open_profile): first run, the OS keyring, or the unlock dialog."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kapdesk.app import test_connection as check_connection
from kapdesk.gui.profiles.first_run import FirstRunDialog
from kapdesk.gui.profiles.open_profile import open_profile
from kapdesk.gui.profiles.unlock import UnlockDialog
from kapdesk.gui.tasks import TaskRunner
from kapdesk.i18n import UserError
from kapdesk.vault.profiles import Profile
from tests.gui.console_support import PASSPHRASE, make_store, no_keyring, shown
from tests.vault.vault_helpers import MemoryKeyring, use_keyring

OK = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _no_keyring() -> Iterator[None]:
    yield from no_keyring()


def _test_profile(name: str = "test") -> Profile:
    return Profile(name, "kapital-test", user="TerminalSys/kapital", password="pw-1")


def _start(name: str | None = None) -> asyncio.Task[Any]:
    return asyncio.ensure_future(open_profile(name, check_connection, TaskRunner()))


def test_without_a_store_the_first_run_offers_the_sandbox(qtbot: Any, qloop: Any) -> None:
    task = _start()
    qtbot.waitUntil(lambda: shown(FirstRunDialog) is not None, timeout=5000)
    qtbot.mouseClick(shown(FirstRunDialog).sandbox_button, OK)
    qtbot.waitUntil(task.done, timeout=5000)
    opened = task.result()
    assert opened is not None and opened.store is None and opened.profile is None


def test_the_passphrase_opens_the_active_profile_or_the_clerk_cancels(
    qtbot: Any, qloop: Any
) -> None:
    make_store(_test_profile())
    task = _start()
    qtbot.waitUntil(lambda: shown(UnlockDialog) is not None, timeout=5000)
    shown(UnlockDialog).reject()
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() is None

    task = _start()
    qtbot.waitUntil(lambda: shown(UnlockDialog) is not None, timeout=5000)
    dialog = shown(UnlockDialog)
    dialog.passphrase.setText("not it at all")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "not right" in dialog.error.text(), timeout=5000)
    assert not task.done()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(task.done, timeout=5000)
    opened = task.result()
    assert opened.store.is_unlocked
    assert opened.profile.name == "test" and opened.profile.password == "pw-1"


def test_the_remembered_key_opens_without_a_dialog(qtbot: Any, qloop: Any) -> None:
    backend = MemoryKeyring()
    for _ in use_keyring(backend):
        store = make_store(_test_profile())
        store.unlock(PASSPHRASE)
        store.remember()
        store.lock()
        task = _start()
        qtbot.waitUntil(task.done, timeout=5000)
        assert shown(UnlockDialog) is None
        assert task.result().profile.name == "test"


def test_profile_by_name_or_a_plain_refusal(qtbot: Any, qloop: Any) -> None:
    backend = MemoryKeyring()
    for _ in use_keyring(backend):
        store = make_store(_test_profile("one"), _test_profile("two"), active="one")
        store.unlock(PASSPHRASE)
        store.remember()
        store.set_active(None)
        store.lock()
        task = _start("two")
        qtbot.waitUntil(task.done, timeout=5000)
        assert task.result().profile.name == "two"
        task = _start()  # two profiles, none active: the clerk must say which
        qtbot.waitUntil(task.done, timeout=5000)
        with pytest.raises(UserError, match="--profile NAME"):
            task.result()
