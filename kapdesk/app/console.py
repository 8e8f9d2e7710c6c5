"""The console's run: start-up, the connection's session (built, dropped, rebuilt), shutdown."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kapdesk.app.connection import Connection, connection_of, open_database, test_connection
from kapdesk.app.crashes import CrashReporter, cannot_start
from kapdesk.app.profiles import ProfileDesk
from kapdesk.app.sandbox_start import SandboxStarter
from kapdesk.app.session import Session
from kapdesk.domain.clock import SYSTEM_CLOCK, Clock
from kapdesk.domain.secret import Secret
from kapdesk.i18n import UserError

if TYPE_CHECKING:
    from kapdesk.journal.store import JournalStore

log = logging.getLogger("kapdesk")

LOOKUP_PAINT_WAIT_S = 1.0  # the money tabs are built by then, painted Lookup tab or not


def _import_session_modules() -> None:
    """Import what the window and a connection's tabs need (the bulk of building them), and
    what the first request imports on first use (in the event loop: see prepare_first_request)."""
    import kapdesk.gateway.client
    import kapdesk.gui.console_tabs
    import kapdesk.gui.main_window
    import kapdesk.operations.money  # noqa: F401
    from kapdesk.gateway.pool import prepare_first_request

    prepare_first_request()


class Console:
    """Owns the services and the window for one run of the console.

    The window lives for the whole run; the connection's ``Session`` (client, desk, lookup
    service, runner and tabs) and ``self.connection`` are rebuilt on a profile switch and
    dropped while the console is locked.
    """

    def __init__(
        self,
        app: Any,
        args: argparse.Namespace,
        sandbox: Any,
        started: float,
        *,
        clock: Clock = SYSTEM_CLOCK,
        frame: Any = None,
    ) -> None:
        from kapdesk.gui.tasks import TaskRunner

        self.app = app
        self.args = args
        self.sandbox = sandbox
        self.started = started
        self.clock = clock  # what time and which (Baku) day it is, for every tab
        if frame is None:
            from kapdesk.gui.i18n import Translators, saved_language, system_language
            from kapdesk.gui.messages import MessageBridge

            self.messages = MessageBridge()
            self.translators = Translators(app)
            self.translators.use(saved_language() or system_language())
        else:  # kapdesk.app.run showed the window first (kapdesk.app.frame)
            self.messages = frame.messages
            self.translators = frame.translators
        self.crashes = CrashReporter(self.messages)
        # Switching, locking and unlocking themselves, one after the other.
        self.lifecycle = TaskRunner(on_error=self.messages.show_error)
        self.connection: Connection | None = None
        self.session: Session | None = None  # the open connection's services and tabs
        self.store: Any = None
        self.window: Any = None
        self.painted: Any = None  # the window's first paint (kapdesk.gui.first_paint.FirstPaint)
        self.profiles: ProfileDesk | None = None  # when the profiles come from a store
        self.profile_name = ""
        self._early_database: asyncio.Future[tuple[Any, Any]] | None = None
        self._start_note: str | None = None  # e.g. why the keyring could not remember the key
        self.closed = asyncio.Event()
        self.shown = asyncio.Event()
        self._operator_asked: set[str] = set()  # profiles asked this run (a "no" is not nagged)
        self.operator_prompt: Any = None
        self.reset_dialog: Any = None
        if frame is not None:
            self._adopt_window(frame.window, frame.painted)

    @property
    def tabs(self) -> Any:
        """The open connection's ConsoleTabs (None while locked or switching)."""
        return None if self.session is None else self.session.tabs

    @property
    def client(self) -> Any:
        """The open connection's GatewayClient (None while locked or switching)."""
        return None if self.session is None else self.session.client

    @property
    def cover(self) -> Any:
        """The idle lock's cover over the window (None without a profile store)."""
        return None if self.profiles is None else self.profiles.cover

    @property
    def profiles_dialog(self) -> Any:
        """The open profile manager, if any."""
        return None if self.profiles is None else self.profiles.profiles_dialog

    async def main(self) -> int:
        self.app.lastWindowClosed.connect(self.closed.set)
        try:
            try:
                connection = await self._connection()
                if connection is None:
                    return 1
                await self._open(connection)
            except UserError as exc:
                await cannot_start(exc, wait=not self.args.exit_after_ready)
                return 1
            del connection  # this frame lives all run: it must not keep the password
            if getattr(self.args, "exit_after_shown", False):
                return await self._exit_when_painted()
            if self.args.exit_after_ready:
                return await self._exit_when_ready()
            await self._lookup_painted()
            self._start_background_work()
            await self.closed.wait()
            return 0
        finally:
            await self._shut_down()

    async def _connection(self) -> Connection | None:
        if self.sandbox is None and not self.args.sandbox:
            from kapdesk.gui.profiles.open_profile import open_profile

            opened = await open_profile(self.args.profile, test_connection, self.lifecycle)
            if opened is None:
                return None
            if opened.profile is not None:
                self.store = opened.store
                self._start_note = opened.note
                return await self._connection_for(opened.profile)
            self.sandbox = SandboxStarter(getattr(self.args, "seed", None))
        profile = self.args.profile or "sandbox"
        # The database opens while the sandbox starts: both are on the way to the window.
        self._early_database = asyncio.ensure_future(
            asyncio.to_thread(open_database, "sandbox", profile)
        )
        _import_session_modules()  # meanwhile, rather than idle until the sandbox listens
        server = await self._sandbox_server()
        return Connection(
            profile=profile,
            environment="sandbox",
            base_url=server.base_url,
            user=server.config.user,
            password=Secret(server.config.password),
        )

    async def _connection_for(self, profile: Any) -> Connection:
        """A stored profile's connection; a sandbox profile gets the built-in sandbox's address."""
        connection = connection_of(profile)
        if connection.environment != "sandbox":
            return connection
        if self.sandbox is None:
            self.sandbox = SandboxStarter(getattr(self.args, "seed", None))
        server = await self._sandbox_server()
        return replace(
            connection,
            base_url=server.base_url,
            user=server.config.user,
            password=Secret(server.config.password),
        )

    async def _sandbox_server(self) -> Any:
        """The sandbox's child once it listens; meanwhile the status bar says it is starting."""
        assert self.sandbox is not None
        if self.window is not None and self.sandbox.starting:
            self.window.status.set_connection("starting")
        return await asyncio.to_thread(self.sandbox.wait)

    async def _open(self, connection: Connection) -> None:
        if self.window is not None:  # shown first, without tabs, while the sandbox started
            # The Lookup tab now, the money tabs once it is painted (_start_background_work).
            tabs = await self._build_session(connection, money_tabs=False)
            self.window.set_tabs(
                tabs.lookup, {}, profile=connection.profile, environment=connection.environment
            )
        else:
            tabs = await self._build_session(connection)
            from kapdesk.gui.first_paint import FirstPaint
            from kapdesk.gui.main_window import MainWindow

            window = MainWindow(
                tabs.lookup,
                self.messages,
                profile=connection.profile,
                environment=connection.environment,
                language=self.translators.language,
                other_tabs=tabs.others(),
            )
            self._adopt_window(window, FirstPaint(window))
        if self.store is not None:
            self._install_profiles(connection)
        self.window.show()
        # Start-up objects (Qt wrappers, modules) never die: keep them out of the GC's full
        # scans, which otherwise stall the event loop for tens of ms during big batches.
        gc.freeze()

    def _adopt_window(self, window: Any, painted: Any) -> None:
        self.window = window
        self.painted = painted
        window.language_chosen.connect(self.switch_language)
        window.reset_sandbox_requested.connect(self.ask_reset_sandbox)
        window.shown.connect(self.shown.set)
        if window.isVisible():
            self.shown.set()

    def _install_profiles(self, connection: Connection) -> None:
        """Store-backed profiles: the Profile menu, the idle lock and its cover (Ctrl+L)."""
        self.profiles = ProfileDesk(
            self.app,
            self.store,
            self.window,
            self.lifecycle,
            idle_minutes=connection.idle_lock_minutes,
            reconnect=self.reconnect,
            drop_session=self.drop_session,
            current=lambda: (self.profile_name, self.connection),
        )

    async def _build_session(self, connection: Connection, *, money_tabs: bool = True) -> Any:
        """The connection's Session (client, desk, lookup service, runner, tabs); its tabs
        (the Lookup tab alone with ``money_tabs=False``: see _finish_tabs)."""
        journal, index = await self._database(connection)
        self.connection = connection
        self.profile_name = connection.profile
        self.session = Session(
            connection, journal, index, self.messages, clock=self.clock, money_tabs=money_tabs
        )
        tabs = self.session.tabs
        if tabs.money_built:
            tabs.journal.status_message.connect(self.messages.show_info)
        return tabs

    def _finish_tabs(self) -> None:
        """The money tabs of a session started with the Lookup tab alone."""
        session = self.session
        if session is None or session.tabs.money_built:
            return
        tabs = session.tabs
        tabs.build_money_tabs()
        tabs.journal.status_message.connect(self.messages.show_info)
        if self.window is not None:
            self.window.add_tabs(tabs.others())

    async def _lookup_painted(self) -> None:
        """Wait (a little at most) until the Lookup tab is on screen, before the money tabs
        and the background work take the GUI thread."""
        from kapdesk.gui.first_paint import FirstPaint

        tabs = self.tabs
        if tabs is None or tabs.money_built:
            return
        painted = asyncio.Event()
        FirstPaint(tabs.lookup).callbacks.append(painted.set)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(painted.wait(), LOOKUP_PAINT_WAIT_S)

    async def _database(self, connection: Connection) -> tuple[Any, Any]:
        early, self._early_database = self._early_database, None
        if early is not None:  # opened for this very sandbox connection while it started
            journal, index = await early
            return journal, index
        return await asyncio.to_thread(
            open_database, connection.environment, connection.profile, self.store
        )

    def _start_background_work(self) -> None:
        """After the window is up: probe, settle what a dead process left, prime the sandbox."""
        session = self.session
        if session is None:
            return
        self._finish_tabs()
        tabs, runner = session.tabs, session.runner
        if self.window is not None:
            session.show_in(self.window)  # a team's person, team and approvals badge
        if self._start_note:
            self.messages.show_info(self._start_note)
        self._ask_operator()
        if self.window is not None:
            self.window.reset_sandbox_action.setVisible(self._on_sandbox())
        runner.start("probe", self._probe())
        runner.start("reconcile", tabs.reconcile_at_start())
        runner.start("journal check", self._check_journal(session.journal))
        server = self.sandbox.server if self.sandbox is not None else None
        connection = self.connection
        if server is not None and connection is not None and connection.base_url == server.base_url:
            runner.start("prime", tabs.prime(server.seeded_order_ids()))

    def ask_reset_sandbox(self) -> None:
        """File → Reset the sandbox…: confirm, then start it afresh (the journal on request)."""
        from kapdesk.gui.sandbox_reset import ResetSandboxDialog

        if not self._on_sandbox():
            return
        dialog = ResetSandboxDialog(self.window)
        dialog.reset_confirmed.connect(
            lambda clear: self.lifecycle.start("reset-sandbox", self.reset_sandbox(clear))
        )
        dialog.open()  # never exec(): no nested event loop under qasync
        self.reset_dialog = dialog

    def _on_sandbox(self) -> bool:
        connection = self.connection
        return (
            self.sandbox is not None
            and connection is not None
            and self.sandbox.server is not None
            and connection.base_url == self.sandbox.server.base_url
        )

    async def reset_sandbox(self, clear_journal: bool) -> None:
        """Drop the session, restart the sandbox from its seed, connect to it again."""
        from PySide6.QtCore import QCoreApplication

        from kapdesk.app.sandbox_start import clear_sandbox_journal

        connection = self.connection
        if not self._on_sandbox() or connection is None or self.sandbox is None:
            return
        await self.drop_session()
        self.window.status.set_connection("starting")
        self.sandbox = await asyncio.to_thread(self.sandbox.restart_fresh)
        kept_journal: UserError | None = None
        if clear_journal:
            try:
                await asyncio.to_thread(clear_sandbox_journal)
            except UserError as exc:
                kept_journal = exc
        server = self.sandbox.server
        connection = replace(
            connection,
            base_url=server.base_url,
            user=server.config.user,
            password=Secret(server.config.password),
        )
        profile, environment = connection.profile, connection.environment
        tabs = await self._build_session(connection)
        del connection  # this coroutine must not keep the password
        self.window.set_tabs(tabs.lookup, tabs.others(), profile=profile, environment=environment)
        self._start_background_work()
        if kept_journal is not None:
            self.messages.show_error(kept_journal)
        else:
            self.messages.show_info(
                QCoreApplication.translate("kapdesk", "The sandbox starts afresh.")
            )

    def _ask_operator(self) -> None:
        """A stored profile without an operator name: ask for it once, keep it in the profile."""
        from kapdesk.gui.operator_prompt import OperatorPrompt

        connection = self.connection
        if self.store is None or connection is None or connection.operator:
            return
        if connection.profile in self._operator_asked:
            return
        profile = connection.profile  # only the name: the prompt must not keep the password
        del connection
        self._operator_asked.add(profile)
        prompt = OperatorPrompt(profile, self.window)
        prompt.named.connect(lambda name: self._name_operator(profile, name))
        prompt.show()
        self.operator_prompt = prompt

    def _name_operator(self, profile_name: str, operator: str) -> None:
        if operator:
            self.lifecycle.start("operator", self._save_operator(profile_name, operator))

    async def _save_operator(self, profile_name: str, operator: str) -> None:
        store = self.store
        try:
            profile = store.get(profile_name).replace(operator=operator)
            await asyncio.to_thread(store.update, profile_name, profile)  # an encrypted write
        except UserError as exc:
            self.messages.show_error(exc)
            return
        connection = self.connection
        if connection is None or connection.profile != profile_name:
            return  # switched or locked meanwhile: the next session reads it from the profile
        self.connection = replace(connection, operator=operator)
        if self.session is not None:
            self.session.desk.operator = operator
            if self.session.tabs.money_built:
                self.session.tabs.journal.show_who()

    async def _check_journal(self, journal: JournalStore) -> None:
        """The journal's full check, once, off the event loop: the check before each money
        operation is then the cheap one. A damaged journal is said at once."""
        try:
            await asyncio.to_thread(journal.ensure_intact)
        except UserError as exc:
            self.messages.show_error(exc)

    async def _probe(self) -> None:
        if self.session is None:
            return
        try:
            await self.session.service.probe()
        except UserError as exc:
            self.window.status.set_connection("unreachable")
            self.messages.show_error(exc)
            return
        self.window.status.set_connection("connected")

    async def _exit_when_painted(self) -> int:
        """--exit-after-shown on a console that built its window with its tabs (a stored
        profile); kapdesk.app.run answers it for --sandbox before the loop starts."""
        from kapdesk.app.frame import say_shown

        painted = asyncio.Event()
        if self.painted.done:
            painted.set()
        else:
            self.painted.callbacks.append(painted.set)
        await painted.wait()
        say_shown(self.started, self.painted.when)
        self.window.close()
        return 0

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

    async def reconnect(self, read_profile: Callable[[], Any]) -> Connection | None:
        """Drop the session, then build one for the profile ``read_profile`` gives (or None)."""
        await self.drop_session()
        try:
            connection = await self._connection_for(read_profile())
        except UserError as exc:
            self.messages.show_error(exc)
            return None
        tabs = await self._build_session(connection)
        self.window.set_tabs(
            tabs.lookup,
            tabs.others(),
            profile=connection.profile,
            environment=connection.environment,
        )
        self._start_background_work()
        return connection

    async def drop_session(self) -> None:
        """Cancel the connection's work, close its client, forget it (password included)."""
        session, self.session, self.connection = self.session, None, None
        if session is not None:
            await session.runner.cancel_all()  # nothing runs on in the tabs about to go
        if self.window is not None:
            self.window.clear_tabs()
        if session is not None:
            await session.close()  # meanwhile Qt deletes the old tabs
        del session
        # gc.freeze() at start-up made old objects immortal; let this session's be collected.
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    async def _shut_down(self) -> None:
        if self.profiles is not None:
            self.profiles.stop()
        await self.lifecycle.cancel_all()
        if self.session is not None:
            await self.session.close()
        if self.sandbox is not None:  # the child goes with the console, started or not
            await asyncio.to_thread(self.sandbox.stop)
