"""Composition root: QApplication + qasync loop, services built and injected, excepthook, shutdown.

Imports are lazy on purpose: start-up time is a product feature (goal: 1.5x a bare window).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from kapdesk.domain.secret import Secret
from kapdesk.i18n import N_, UserError

log = logging.getLogger("kapdesk")


@dataclass
class Connection:
    """Where the console talks to: the gateway URL, terminal user and password, and labels."""

    profile: str
    environment: str
    base_url: str
    user: str
    password: Secret
    language: str | None = None
    verify_tls: bool = True
    hold_days: int = 7
    currency: str = "AZN"
    idle_lock_minutes: int = 10


def connection_of(profile: Any) -> Connection:
    """The connection a stored profile describes (its password wrapped in a Secret)."""
    return Connection(
        profile=profile.name,
        environment=profile.environment,
        base_url=profile.base_url,
        user=profile.user,
        password=Secret(profile.password),
        language=profile.language,
        verify_tls=profile.verify_tls,
        hold_days=profile.hold_days,
        currency=profile.currency,
        idle_lock_minutes=profile.idle_lock_minutes,
    )


def open_database(environment: str, profile: str) -> tuple[Any, Any]:
    """The journal and the order index (one SQLite file); slow disks: call it on a thread."""
    from kapdesk.journal.journal import Journal
    from kapdesk.journal.orders import OrderIndex
    from kapdesk.vault.paths import database_path

    path = database_path()
    try:
        return Journal(path), OrderIndex(path, environment=environment, profile=profile)
    except (sqlite3.Error, OSError) as exc:
        raise UserError(
            N_("The local database {path} cannot be opened ({reason}). Check that the folder "
               "is writable and the disk is not full, then start kapdesk again."),
            path=str(path),
            reason=str(exc),
        ) from exc  # fmt: skip


async def test_connection(profile: Any) -> Any:
    """For the first-run dialog: can this profile reach its gateway? None, or why not."""
    from kapdesk.gateway.client import GatewayClient
    from kapdesk.gateway.errors import OrderNotFound
    from kapdesk.i18n import UserError

    client = GatewayClient(
        profile.base_url, profile.user, Secret(profile.password), verify=profile.verify_tls
    )
    try:
        await client.get_order(1, detailed=False)
    except OrderNotFound:
        return None
    except UserError as exc:
        return exc.message
    finally:
        await client.aclose()
    return None


class SandboxStarter:
    """Starts the in-process sandbox on a thread while the window is being built."""

    def __init__(self, seed: int | None) -> None:
        self.server: Any = None
        self.error: BaseException | None = None
        self._seed = 1 if seed is None else seed
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._start, name="sandbox-start", daemon=True)
        self._thread.start()

    def _start(self) -> None:
        try:
            from kapdesk.sandbox.server import SandboxConfig, SandboxServer

            server = SandboxServer(SandboxConfig(seed=self._seed))
            server.start()
            self.server = server
        except BaseException as exc:  # reported on the GUI thread by wait()
            self.error = exc
            return
        finally:
            self._started.set()
        # httpx imports anyio's asyncio backend on its first request: import it here, while
        # the GUI thread builds the window, rather than on the way to the first answer.
        import anyio._backends._asyncio  # noqa: F401

    def wait(self) -> Any:
        self._started.wait()
        if self.error is not None:
            raise self.error
        return self.server


def run_console(args: argparse.Namespace) -> int:
    """Open the console; returns the process exit code."""
    started = time.perf_counter()
    sandbox = SandboxStarter(getattr(args, "seed", None)) if args.sandbox else None
    import qasync  # after PySide6, so qasync picks this binding
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("kapdesk")
    app.setQuitOnLastWindowClosed(False)
    _install_logging()
    console = Console(app, args, sandbox, started)
    sys.excepthook = console.excepthook
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        runner.get_loop().set_exception_handler(console.loop_exception)
        return runner.run(console.main())


def _import_session_modules() -> None:
    """Import what the window and a connection's tabs need (the bulk of building them)."""
    import kapdesk.gateway.client
    import kapdesk.gui.console_tabs
    import kapdesk.gui.main_window  # noqa: F401


def _install_logging() -> None:
    from kapdesk import logs
    from kapdesk.vault.paths import log_dir

    try:
        logs.install(log_dir() / "kapdesk.log")
    except OSError:
        logs.install(None)


class Console:
    """Owns the services and the window for one run of the console.

    The window lives for the whole run; the connection's services and tabs (``self.tabs``,
    ``self.client``, ``self.connection``) are rebuilt on a profile switch and dropped while
    the console is locked.
    """

    def __init__(self, app: Any, args: argparse.Namespace, sandbox: Any, started: float) -> None:
        from kapdesk.gui.i18n import Translators, saved_language, system_language
        from kapdesk.gui.messages import MessageBridge
        from kapdesk.gui.tasks import TaskRunner

        self.app = app
        self.args = args
        self.sandbox = sandbox
        self.started = started
        self.messages = MessageBridge()
        # Work of one connection (probe, lookups, start-up reconcile): cancelled on a switch.
        self.runner = TaskRunner(on_error=self.messages.show_error)
        # Switching, locking and unlocking themselves, one after the other.
        self.lifecycle = TaskRunner(on_error=self.messages.show_error)
        self._last_change: asyncio.Task[Any] | None = None
        self._changes = 0
        self.translators = Translators(app)
        self.translators.use(saved_language() or system_language())
        self.connection: Connection | None = None
        self.client: Any = None
        self.tabs: Any = None
        self.store: Any = None
        self.window: Any = None
        self.idle: Any = None
        self.cover: Any = None
        self.profiles_dialog: Any = None
        self.profile_name = ""
        self._early_database: asyncio.Future[tuple[Any, Any]] | None = None
        self.closed = asyncio.Event()
        self.shown = asyncio.Event()

    async def main(self) -> int:
        self.app.lastWindowClosed.connect(self.closed.set)
        try:
            try:
                connection = await self._connection()
                if connection is None:
                    return 1
                await self._open(connection)
            except UserError as exc:
                await self._cannot_start(exc)
                return 1
            del connection  # this frame lives all run: it must not keep the password
            if self.args.exit_after_ready:
                return await self._exit_when_ready()
            self._start_background_work()
            await self.closed.wait()
            return 0
        finally:
            await self._shut_down()

    async def _connection(self) -> Connection | None:
        if self.sandbox is None and not self.args.sandbox:
            from kapdesk.gui.profile_flow import open_profile

            opened = await open_profile(self.args.profile, test_connection)
            if opened is None:
                return None
            if opened.profile is not None:
                self.store = opened.store
                return connection_of(opened.profile)
            self.sandbox = SandboxStarter(getattr(self.args, "seed", None))
        profile = self.args.profile or "sandbox"
        # The database opens while the sandbox starts: both are on the way to the window.
        self._early_database = asyncio.ensure_future(
            asyncio.to_thread(open_database, "sandbox", profile)
        )
        _import_session_modules()  # meanwhile, rather than idle until the sandbox listens
        server = await asyncio.to_thread(self.sandbox.wait)
        return Connection(
            profile=profile,
            environment="sandbox",
            base_url=server.base_url,
            user=server.config.user,
            password=Secret(server.config.password),
        )

    async def _open(self, connection: Connection) -> None:
        from kapdesk.gui.main_window import MainWindow

        tabs = await self._build_session(connection)
        self.window = MainWindow(
            tabs.lookup,
            self.messages,
            profile=connection.profile,
            environment=connection.environment,
            language=self.translators.language,
            other_tabs=tabs.others(),
        )
        self.window.language_chosen.connect(self.switch_language)
        self.window.shown.connect(self.shown.set)
        if self.store is not None:
            self._install_profiles(connection)
        self.window.show()
        # Start-up objects (Qt wrappers, modules) never die: keep them out of the GC's full
        # scans, which otherwise stall the event loop for tens of ms during big batches.
        gc.freeze()

    async def _cannot_start(self, error: UserError) -> None:
        """No window yet: say why in a message box (and on stderr for a terminal), then stop."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from kapdesk.gui.messages import render

        text = render(error)
        print(text, file=sys.stderr)  # noqa: T201 - also for whoever started it from a shell
        box = QMessageBox(
            QMessageBox.Icon.Critical, QCoreApplication.translate("kapdesk", "kapdesk"), text
        )
        closed = asyncio.Event()
        box.finished.connect(lambda *_: closed.set())
        box.open()  # never exec(): no nested event loop under qasync
        if not self.args.exit_after_ready:
            await closed.wait()

    async def _build_session(self, connection: Connection) -> Any:
        """The client, the desk and the five tabs for ``connection``."""
        from kapdesk.gateway.client import GatewayClient
        from kapdesk.gui.console_tabs import ConsoleTabs, TabSettings

        journal, index = await self._database(connection)
        self.connection = connection
        self.profile_name = connection.profile
        self.client = GatewayClient(
            connection.base_url, connection.user, connection.password, verify=connection.verify_tls
        )
        settings = TabSettings(
            connection.profile, connection.environment, connection.hold_days, connection.currency
        )
        self.tabs = ConsoleTabs(self.client, journal, index, settings, self.runner, self.messages)
        self.tabs.journal.status_message.connect(self.messages.show_info)
        return self.tabs

    async def _database(self, connection: Connection) -> tuple[Any, Any]:
        early, self._early_database = self._early_database, None
        if early is not None:
            journal, index = await early
            if (index.environment, index.profile) == (connection.environment, connection.profile):
                return journal, index
        return await asyncio.to_thread(open_database, connection.environment, connection.profile)

    def _start_background_work(self) -> None:
        """After the window is up: probe, settle what a dead process left, prime the sandbox."""
        tabs = self.tabs
        if tabs is None:
            return
        self.runner.start("probe", self._probe())
        self.runner.start("reconcile", tabs.reconcile_at_start())
        server = self.sandbox.server if self.sandbox is not None else None
        connection = self.connection
        if server is not None and connection is not None and connection.base_url == server.base_url:
            self.runner.start("prime", tabs.prime(server.seeded_order_ids()))

    async def _probe(self) -> None:

        if self.tabs is None:
            return
        try:
            await self.tabs.service.probe()
        except UserError as exc:
            self.window.status.set_connection("unreachable")
            self.messages.show_error(exc)
            return
        self.window.status.set_connection("connected")

    async def _exit_when_ready(self) -> int:
        await self.shown.wait()
        await asyncio.sleep(0)  # let the first paint happen
        await self._probe()
        if self.window.status.state != "connected":
            return 1
        elapsed = (time.perf_counter() - self.started) * 1000
        print(f"ready in {elapsed:.0f} ms", flush=True)  # noqa: T201 - the smoke test reads it
        self.window.close()
        return 0

    def switch_language(self, language: str) -> None:
        from kapdesk.gui.i18n import save_language

        self.translators.use(language)
        try:
            save_language(language)
        except OSError:
            log.exception("could not remember the language")

    # Profiles and the idle lock ---------------------------------------------------------

    def _install_profiles(self, connection: Connection) -> None:
        """Store-backed profiles: the Profile menu, the idle lock and its cover (Ctrl+L)."""
        from kapdesk.gui.blocking import ThreadRunner
        from kapdesk.gui.idle_lock import IdleLock, LockCover, connect_cover

        self.idle = IdleLock(self.store, self.app, connection.idle_lock_minutes, ThreadRunner())
        self.cover = LockCover(self.window)
        connect_cover(self.idle, self.cover, self.window.centralWidget(), self.window)
        self.idle.locked.connect(self._locked)
        self.idle.unlocked.connect(self._unlocked)
        self.window.lock_requested.connect(self.idle.lock)
        self.window.manage_profiles_requested.connect(self.manage_profiles)
        self.window.set_profiles_available(True)

    def manage_profiles(self) -> None:
        from kapdesk.gui.blocking import ThreadRunner
        from kapdesk.gui.profile_manager import ProfileManagerDialog

        if self.store is None or not self.store.is_unlocked:
            return
        if self.profiles_dialog is not None:
            self.profiles_dialog.show()
            self.profiles_dialog.raise_()
            return
        dialog = ProfileManagerDialog(self.store, test_connection, ThreadRunner(), self.window)
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
        if self.connection is None or self.profile_name not in self.store.names():
            return
        if connection_of(self.store.get(self.profile_name)) != self.connection:
            self.switch_profile(self.profile_name)

    def _locked(self) -> None:
        """The store forgot its key: every credential the console holds goes too."""
        self._close_profiles_dialog()
        self.window.manage_profiles_action.setEnabled(False)
        self._in_turn(self._drop_session())

    def _unlocked(self) -> None:
        self.window.manage_profiles_action.setEnabled(True)
        self._in_turn(self._reconnect(self._active_profile))

    def _active_profile(self) -> Any:
        return self.store.active_profile() or self.store.get(self.profile_name)

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

    async def _reconnect(self, read_profile: Callable[[], Any]) -> None:

        await self._drop_session()
        try:
            connection = connection_of(read_profile())
        except UserError as exc:
            self.messages.show_error(exc)
            return
        tabs = await self._build_session(connection)
        self.window.set_tabs(
            tabs.lookup,
            tabs.others(),
            profile=connection.profile,
            environment=connection.environment,
        )
        if self.idle is not None:
            self.idle.set_minutes(connection.idle_lock_minutes)
        self._start_background_work()

    async def _drop_session(self) -> None:
        """Cancel the connection's work, close its client, forget it (password included)."""
        await self.runner.cancel_all()
        tabs, client = self.tabs, self.client
        self.tabs = self.client = self.connection = None
        if tabs is not None:
            await tabs.stop()
        if self.window is not None:
            self.window.clear_tabs()
        if client is not None:
            await client.aclose()
        del tabs, client
        # gc.freeze() at start-up made old objects immortal; let this session's be collected.
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    async def _shut_down(self) -> None:
        if self.idle is not None:
            self.idle.stop()
        await self.lifecycle.cancel_all()
        await self.runner.cancel_all()
        if self.tabs is not None:
            await self.tabs.stop()
        if self.client is not None:
            await self.client.aclose()
        if self.sandbox is not None and self.sandbox.server is not None:
            await asyncio.to_thread(self.sandbox.server.stop)

    # Crashes --------------------------------------------------------------------------------

    def excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        self._tell_user(error)

    def loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        log.error("event loop: %s", context.get("message"), exc_info=error)
        if isinstance(error, BaseException):
            self._tell_user(error)

    def _tell_user(self, error: BaseException) -> None:

        if isinstance(error, UserError):
            self.messages.show_error(error)
            return
        from PySide6.QtCore import QCoreApplication

        from kapdesk.vault.paths import log_dir

        self.messages.show_error(
            QCoreApplication.translate(
                "kapdesk",
                "Something unexpected went wrong. The details are in {path}. If a money "
                "operation was in progress, its outcome will be checked with the bank: see "
                "the Journal tab (Reconcile now).",
            ).format(path=str(log_dir() / "kapdesk.log"))
        )
