"""Composition root: QApplication + qasync loop, services built and injected, excepthook, shutdown.

Imports are lazy on purpose: start-up time is a product feature (goal: 1.5x a bare window).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import sys
import threading
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from kapdesk.domain.secret import Secret

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

    def wait(self) -> Any:
        self._thread.join()
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


def _install_logging() -> None:
    from kapdesk import logs
    from kapdesk.vault.paths import log_dir

    try:
        logs.install(log_dir() / "kapdesk.log")
    except OSError:
        logs.install(None)


class Console:
    """Owns the services and the window for one run of the console."""

    def __init__(self, app: Any, args: argparse.Namespace, sandbox: Any, started: float) -> None:
        from kapdesk.gui.i18n import Translators, saved_language, system_language
        from kapdesk.gui.messages import MessageBridge
        from kapdesk.gui.tasks import TaskRunner

        self.app = app
        self.args = args
        self.sandbox = sandbox
        self.started = started
        self.messages = MessageBridge()
        self.runner = TaskRunner(on_error=self.messages.show_error)
        self.translators = Translators(app)
        self.translators.use(saved_language() or system_language())
        self.client: Any = None
        self.store: Any = None
        self.window: Any = None
        self.closed = asyncio.Event()
        self.shown = asyncio.Event()

    async def main(self) -> int:
        self.app.lastWindowClosed.connect(self.closed.set)
        try:
            connection = await self._connection()
            if connection is None:
                return 1
            await self._open(connection)
            if self.args.exit_after_ready:
                return await self._exit_when_ready()
            self.runner.start("probe", self._probe())
            await self.closed.wait()
            return 0
        finally:
            await self._shut_down()

    async def _connection(self) -> Connection | None:
        if self.sandbox is None and not self.args.sandbox:
            from kapdesk.gui.profile_flow import open_profile
            from kapdesk.i18n import UserError

            try:
                opened = await open_profile(self.args.profile, test_connection)
            except UserError as exc:
                print(exc, file=sys.stderr)  # noqa: T201 - no window yet to show it in
                return None
            if opened is None:
                return None
            if opened.profile is not None:
                profile = opened.profile
                self.store = opened.store
                return Connection(
                    profile=profile.name,
                    environment=profile.environment,
                    base_url=profile.base_url,
                    user=profile.user,
                    password=Secret(profile.password),
                    language=profile.language,
                    verify_tls=profile.verify_tls,
                )
            self.sandbox = SandboxStarter(getattr(self.args, "seed", None))
        server = await asyncio.to_thread(self.sandbox.wait)
        return Connection(
            profile=self.args.profile or "sandbox",
            environment="sandbox",
            base_url=server.base_url,
            user=server.config.user,
            password=Secret(server.config.password),
        )

    async def _open(self, connection: Connection) -> None:
        from kapdesk.gateway.client import GatewayClient
        from kapdesk.gui.lookup_tab import LookupTab
        from kapdesk.gui.main_window import MainWindow
        from kapdesk.journal.orders import OrderIndex
        from kapdesk.operations.orders_service import OrderLookupService
        from kapdesk.vault.paths import database_path

        self.connection = connection
        self.client = GatewayClient(
            connection.base_url, connection.user, connection.password, verify=connection.verify_tls
        )
        index_task = asyncio.ensure_future(
            asyncio.to_thread(
                OrderIndex,
                database_path(),
                environment=connection.environment,
                profile=connection.profile,
            )
        )
        service = OrderLookupService(self.client, None)
        lookup = LookupTab(service, self.runner, self.messages)
        self.window = MainWindow(
            lookup,
            self.messages,
            profile=connection.profile,
            environment=connection.environment,
            language=self.translators.language,
            other_tabs=self._other_tabs(),
        )
        self.window.language_chosen.connect(self.switch_language)
        self.window.shown.connect(self.shown.set)
        self.window.show()
        try:
            service._index = await index_task  # the database opens while the window paints
        except Exception:
            log.exception("the order index is not available")
            from PySide6.QtCore import QCoreApplication

            self.messages.show_error(
                QCoreApplication.translate(
                    "kapdesk", "Orders read now will not be saved for offline search."
                )
            )
        self.service = service
        # Start-up objects (Qt wrappers, modules) never die: keep them out of the GC's full
        # scans, which otherwise stall the event loop for tens of ms during big batches.
        gc.freeze()

    def _other_tabs(self) -> dict[str, Any]:
        # Money tabs are wired here as their issues land; until then the window shows
        # a plain "not available yet" page.
        return {}

    async def _probe(self) -> None:
        from kapdesk.i18n import UserError

        try:
            await self.service.probe()
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

    async def _shut_down(self) -> None:
        await self.runner.cancel_all()
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
        from kapdesk.i18n import UserError

        if isinstance(error, UserError):
            self.messages.show_error(error)
            return
        from PySide6.QtCore import QCoreApplication

        from kapdesk.vault.paths import log_dir

        self.messages.show_error(
            QCoreApplication.translate(
                "kapdesk",
                "Something went wrong. Nothing was sent for this action. "
                "The details are in {path}.",
            ).format(path=str(log_dir() / "kapdesk.log"))
        )
