"""Start without --sandbox: first run (create the store) or unlock, then pick the profile.

Dialogs are opened with ``open()`` and awaited through futures: no nested event loop.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QDialog

from kapdesk.gui.profiles.connection_check import TestConnection
from kapdesk.gui.profiles.first_run import FirstRunDialog
from kapdesk.gui.profiles.unlock import UnlockDialog
from kapdesk.gui.tasks import TaskRunner, blocking
from kapdesk.i18n import N_, UserError
from kapdesk.vault.profiles import Profile
from kapdesk.vault.store import ProfileStore

SANDBOX = "sandbox"


@dataclass
class Opened:
    """What the clerk chose: a profile from the unlocked store, or the sandbox."""

    store: ProfileStore | None
    profile: Profile | None  # None: the sandbox
    note: str | None = None  # why "remember on this computer" did not work, for the status bar


async def _answer(dialog: QDialog, *signals: Any) -> Any:
    """Open ``dialog`` and wait for one of ``signals`` (its value) or rejection (None)."""
    future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

    def settle(value: Any = None) -> None:
        if not future.done():
            future.set_result(value)

    for signal, value in signals:
        signal.connect(lambda *args, v=value: settle(args[0] if args and v is None else v))
    dialog.rejected.connect(lambda: settle(None))
    dialog.open()
    try:
        return await future
    finally:
        dialog.close()
        dialog.deleteLater()


async def open_profile(
    name: str | None, test_connection: TestConnection, runner: TaskRunner
) -> Opened | None:
    """The unlocked store and the chosen profile; None when the clerk gave up.

    ``runner`` runs the slow calls (the KDF, the keyring) off the event loop."""
    store = ProfileStore()
    note: str | None = None
    if not store.exists():
        dialog = FirstRunDialog(store, test_connection, runner.in_thread("first run"))
        chosen = await _answer(
            dialog, (dialog.sandbox_chosen, SANDBOX), (dialog.store_created, None)
        )
        if chosen is None:
            return None
        if chosen == SANDBOX:
            return Opened(None, None)
        note = dialog.remember_note
    elif not store.is_unlocked and not await blocking(store.unlock_with_keyring):
        unlock = UnlockDialog(store, runner.in_thread("unlock"))
        if await _answer(unlock, (unlock.unlocked, True)) is None:
            return None
        note = unlock.remember_note
    return Opened(store, choose(store, name), note)


def choose(store: ProfileStore, name: str | None) -> Profile:
    """``--profile NAME``, else the active profile, else the only one."""
    if name:
        return store.get(name)
    active = store.active_profile()
    if active is not None:
        return active
    profiles = store.profiles()
    if len(profiles) == 1:
        return profiles[0]
    raise UserError(N_("Choose a profile with --profile NAME (or make one active)."))
