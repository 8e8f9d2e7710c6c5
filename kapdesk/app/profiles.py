"""Store-backed profiles in a running console: the Profile menu, switching, the idle lock."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any

from kapdesk.app.connection import Connection, connection_of, test_connection

if TYPE_CHECKING:
    from kapdesk.gui.tasks import TaskRunner

Reconnect = Callable[[Callable[[], Any]], Awaitable[Connection | None]]


class ProfileDesk:
    """The Profile menu, the idle lock and its cover (Ctrl+L) for a console with a store.

    It changes the console's session only through the callbacks it is given, one change
    after another: ``reconnect(read_profile)`` builds a session for the profile it reads,
    ``drop_session()`` forgets the current one, ``current()`` is (profile name, connection).
    """

    def __init__(
        self,
        app: Any,
        store: Any,
        window: Any,
        lifecycle: TaskRunner,
        *,
        idle_minutes: int,
        reconnect: Reconnect,
        drop_session: Callable[[], Coroutine[Any, Any, None]],
        current: Callable[[], tuple[str, Connection | None]],
    ) -> None:
        from kapdesk.gui.profiles.idle_lock import IdleLock, LockCover, connect_cover

        self.store = store
        self.window = window
        self.lifecycle = lifecycle
        self._reconnect_to = reconnect
        self._drop_session = drop_session
        self._current = current
        self._last_change: asyncio.Task[Any] | None = None
        self._changes = 0
        self.profiles_dialog: Any = None
        self.idle = IdleLock(store, app, idle_minutes, lifecycle.in_thread("unlock"))
        self.cover = LockCover(window)
        connect_cover(self.idle, self.cover, window.centralWidget(), window)
        self.idle.locked.connect(self._locked)
        self.idle.unlocked.connect(self._unlocked)
        window.lock_requested.connect(self.idle.lock)
        window.manage_profiles_requested.connect(self.manage_profiles)
        window.set_profiles_available(True)

    def stop(self) -> None:
        """The console is closing: the idle lock stops watching."""
        self.idle.stop()

    def manage_profiles(self) -> None:
        from kapdesk.gui.profiles.manager import ProfileManagerDialog

        if not self.store.is_unlocked:
            return
        if self.profiles_dialog is not None:
            self.profiles_dialog.show()
            self.profiles_dialog.raise_()
            return
        dialog = ProfileManagerDialog(
            self.store, test_connection, self.lifecycle.in_thread("profiles"), self.window
        )
        dialog.active_profile_changed.connect(self.switch_profile)
        dialog.profiles_changed.connect(self._profiles_changed)
        dialog.finished.connect(self._close_profiles_dialog)
        self.profiles_dialog = dialog
        dialog.open()  # never exec(): no nested event loop under qasync

    def _close_profiles_dialog(self, *_: object) -> None:
        dialog, self.profiles_dialog = self.profiles_dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()  # its form may hold a typed password

    def switch_profile(self, name: str) -> None:
        """Connect to profile ``name`` without a restart: the window stays, the rest is new."""
        self._in_turn(self._reconnect(lambda: self.store.get(name)))

    def _profiles_changed(self) -> None:
        """The profile in use was edited (new URL, password, hold days…): reconnect to it."""
        name, connection = self._current()
        if connection is None or name not in self.store.names():
            return
        if connection_of(self.store.get(name)) != connection:
            self.switch_profile(name)

    def _locked(self) -> None:
        """The store forgot its key: every credential the console holds goes too."""
        self._close_profiles_dialog()
        self.window.manage_profiles_action.setEnabled(False)
        self._in_turn(self._drop_session())

    def _unlocked(self) -> None:
        self.window.manage_profiles_action.setEnabled(True)
        self._in_turn(self._reconnect(self._active_profile))

    def _active_profile(self) -> Any:
        return self.store.active_profile() or self.store.get(self._current()[0])

    async def _reconnect(self, read_profile: Callable[[], Any]) -> None:
        connection = await self._reconnect_to(read_profile)
        if connection is not None:
            self.idle.set_minutes(connection.idle_lock_minutes)

    def _in_turn(self, change: Coroutine[Any, Any, None]) -> asyncio.Task[Any]:
        """Run session changes one after another (a lock during a switch waits for it)."""
        previous = self._last_change

        async def after_previous() -> None:
            try:
                if previous is not None and not previous.done():
                    await asyncio.gather(previous, return_exceptions=True)
            except asyncio.CancelledError:
                change.close()  # never started: say so, rather than "never awaited"
                raise
            await change

        self._changes += 1
        task = self.lifecycle.start(f"session-change-{self._changes}", after_previous())
        self._last_change = task
        return task
