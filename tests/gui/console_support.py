"""Helpers for the console tests: run kapdesk.app's Console on the session loop, find dialogs."""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Iterator
from typing import Any

from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QWidget

from kapdesk.app import Console, SandboxStarter
from kapdesk.vault.crypto import KdfParams
from kapdesk.vault.profiles import Profile
from kapdesk.vault.store import ProfileStore
from tests.vault.vault_helpers import use_keyring

PASSPHRASE = "console passphrase 1"


def no_keyring() -> Iterator[None]:
    """Headless Linux: no secure keyring, the passphrase is the only way in."""
    yield from use_keyring(fail.Keyring())


def sandbox_profile(name: str, server: Any, **changes: Any) -> Profile:
    """A stored profile that points at a test sandbox on loopback (a "custom" gateway)."""
    return Profile(
        name,
        "custom",
        base_url=server.base_url,
        user=server.config.user,
        password=server.config.password,
        **changes,
    )


def make_store(*profiles: Profile, active: str | None = None) -> ProfileStore:
    """A store in KAPDESK_HOME (where the console looks), cheap KDF, locked again."""
    store = ProfileStore(kdf=KdfParams.cheap_for_tests())
    store.create(PASSPHRASE)
    for profile in profiles:
        store.add(profile)
    store.set_active(active or profiles[0].name)
    store.lock()
    return store


def shown(kind: type[QWidget]) -> Any:
    """The visible top-level ``kind`` dialog, or None."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


class Running:
    """``Console.main()`` as kapdesk.app.run runs it, as a task on the session's qasync loop."""

    def __init__(self, qtbot: Any, *, sandbox: bool, profile: str | None = None) -> None:
        self.qtbot = qtbot
        args = argparse.Namespace(sandbox=sandbox, profile=profile, exit_after_ready=False, seed=1)
        starter = SandboxStarter(1) if sandbox else None
        app = QApplication.instance()
        self.console = Console(app, args, starter, time.perf_counter())
        self.infos: list[str] = []
        self.errors: list[str] = []
        self.console.messages.info.connect(self.infos.append)
        self.console.messages.error.connect(self.errors.append)
        self.task = asyncio.ensure_future(self.console.main())

    def window(self, timeout: int = 20_000) -> Any:
        self.qtbot.waitUntil(
            lambda: self.console.window is not None and self.console.window.isVisible(),
            timeout=timeout,
        )
        return self.console.window

    def wait_connected(self, timeout: int = 20_000) -> None:
        window = self.window()
        self.qtbot.waitUntil(lambda: window.status.state == "connected", timeout=timeout)

    def stop(self) -> int | None:
        self.console.closed.set()
        self.qtbot.waitUntil(self.task.done, timeout=20_000)
        if self.console.window is not None:
            self.console.window.close()
            self.console.window.deleteLater()
        # The console installed the saved or system language; later tests expect English.
        self.console.translators.use("en")
        return self.task.result()
