"""GUI fixtures: one qasync loop for the session, a seeded sandbox, and a Lookup tab wired to it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from kapdesk.gateway.client import GatewayClient
from kapdesk.gui.messages import MessageBridge
from kapdesk.gui.tabs.lookup import LookupTab
from kapdesk.gui.tasks import TaskRunner
from kapdesk.journal.orders import OrderIndex
from kapdesk.operations.orders_service import OrderLookupService
from kapdesk.sandbox.server import SandboxConfig, SandboxServer
from tests.gui.money_support import Desk, run


@pytest.fixture(scope="session")
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    # One loop for the session; never loop.stop(): it would quit the QApplication.
    loop = qasync.QEventLoop(qapp, already_running=True)
    # A plain thread pool: qasync's QThread pool warns when the session ends with it alive.
    executor = ThreadPoolExecutor(max_workers=4)
    loop.set_default_executor(executor)
    # already_running=True marks the loop as this thread's running loop for good; that
    # would make asyncio.run() refuse in every later non-GUI test, so it is marked running
    # only while a test that uses it runs (see _qloop_running).
    asyncio.events._set_running_loop(None)
    yield loop
    executor.shutdown(wait=True)


@pytest.fixture(autouse=True)
def _qloop_running(request: pytest.FixtureRequest) -> Iterator[None]:
    if "qloop" not in request.fixturenames:
        yield
        return
    loop = request.getfixturevalue("qloop")
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    yield
    _cancel_leftovers(loop)
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


def _cancel_leftovers(loop: asyncio.AbstractEventLoop, patience: float = 10.0) -> None:
    """A test's widgets are gone once it ends: cancel the tasks they left running, so none
    wakes up inside the next test on deleted widgets, and collect how each ended (a task
    that fails on a deleted widget while cancelled is not that next test's error)."""
    left = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in left:
        task.cancel()
    deadline = time.monotonic() + patience
    while not all(task.done() for task in left) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.001)
    for task in left:
        if task.done() and not task.cancelled():
            task.exception()  # retrieved: asyncio would log it as never retrieved


@pytest.fixture
def desk(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, gui_sandbox: SandboxServer, tmp_path: Path
) -> Iterator[Desk]:
    """A MoneyDesk, journal and order index on the module's sandbox (the money tabs' tests)."""
    made = Desk(gui_sandbox, tmp_path)
    yield made
    run(qtbot, made.runner.cancel_all())
    run(qtbot, made.client.aclose())


@pytest.fixture(scope="module")
def gui_sandbox() -> Iterator[SandboxServer]:
    """A seeded sandbox for this module; tests only read it or create their own orders."""
    with SandboxServer(SandboxConfig(seed=1)) as server:
        yield server


class Console:
    """The pieces a Lookup tab needs, built as kapdesk.app builds them."""

    def __init__(self, server: SandboxServer, database: Path) -> None:
        self.server = server
        self.client = GatewayClient(server.base_url, server.config.user, server.config.password)
        self.index = OrderIndex(database, environment="sandbox", profile="test")
        self.service = OrderLookupService(self.client, self.index)
        self.messages = MessageBridge()
        self.errors: list[str] = []
        self.messages.error.connect(self.errors.append)
        self.runner = TaskRunner(on_error=self.messages.show_error)
        self.tab = LookupTab(self.service, self.runner, self.messages)


Run = Callable[..., Any]


@pytest.fixture
def qrun(qtbot: Any, qloop: asyncio.AbstractEventLoop) -> Run:
    """``qrun(coro)`` runs a coroutine to its end on the session loop."""
    return lambda coro, timeout=30_000: run(qtbot, coro, timeout)


@pytest.fixture
def make_console(qtbot: Any, qloop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[Any]:
    """``make_console(server)``: another Lookup tab on another sandbox, closed at the end."""
    made: list[Console] = []

    def make(server: SandboxServer) -> Console:
        one = Console(server, tmp_path / f"console{len(made)}.db")
        qtbot.addWidget(one.tab)
        made.append(one)
        return one

    yield make
    for one in made:
        run(qtbot, one.runner.cancel_all())
        run(qtbot, one.client.aclose())


@pytest.fixture
def console(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, gui_sandbox: SandboxServer, tmp_path: Path
) -> Iterator[Console]:
    made = Console(gui_sandbox, tmp_path / "kapdesk.db")
    qtbot.addWidget(made.tab)
    made.tab.show()
    yield made
    run(qtbot, made.runner.cancel_all())
    run(qtbot, made.client.aclose())
