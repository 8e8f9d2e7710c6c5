"""The console as `kapdesk --sandbox` starts it: the frame painted first, saying the sandbox is
starting (in the clerk's language), then filled with the tabs once the sandbox's child answers."""

from __future__ import annotations

import argparse
import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from kapdesk.app.console import Console
from kapdesk.app.frame import Frame
from kapdesk.app.sandbox_start import SandboxChild, SandboxStarter


class HeldStarter(SandboxStarter):
    """The real child, whose answer the test lets through when it wants."""

    def __init__(self) -> None:
        super().__init__(1)
        self.release = threading.Event()

    @property
    def starting(self) -> bool:
        return not self.release.is_set() or super().starting

    def wait(self) -> SandboxChild:
        self.release.wait(60)
        return super().wait()


@pytest.fixture
def held(qapp: Any) -> Iterator[tuple[Frame, HeldStarter]]:
    starter = HeldStarter()
    frame = Frame(qapp, profile="sandbox", environment="sandbox", starting=True)
    yield frame, starter
    starter.release.set()
    starter.stop()
    frame.translators.use("en")
    frame.window.close()
    frame.window.deleteLater()


def test_the_frame_says_the_sandbox_is_starting_in_the_clerks_language(
    qtbot: Any, held: tuple[Frame, HeldStarter], qapp: Any
) -> None:
    frame, _ = held
    frame.show(qapp)
    assert frame.painted.done and frame.window.isVisible()
    assert frame.window.tabs.count() == 0  # no tab is built before the first paint
    label = frame.window.status.state_label
    assert label.text() == "Starting the sandbox…"
    frame.translators.use("ru")
    qtbot.waitUntil(lambda: label.text() == "Запуск песочницы…", timeout=20_000)
    frame.translators.use("az")
    qtbot.waitUntil(lambda: label.text() == "Sandboks işə düşür…", timeout=20_000)


def test_the_console_fills_the_frame_once_the_sandbox_answers(
    qtbot: Any, qloop: Any, held: tuple[Frame, HeldStarter], qapp: Any
) -> None:
    frame, starter = held
    frame.show(qapp)
    args = argparse.Namespace(
        sandbox=True, profile=None, exit_after_ready=False, exit_after_shown=False, seed=1
    )
    console = Console(qapp, args, starter, time.perf_counter(), frame=frame)
    task = asyncio.ensure_future(console.main())
    window = frame.window
    status = window.status
    qtbot.waitUntil(lambda: console._early_database is not None, timeout=60_000)
    qtbot.wait(200)  # the console waits for the held sandbox meanwhile
    assert console.window is window and window.tabs.count() == 0
    assert status.state == "starting"
    assert status.state_label.text() == "Starting the sandbox…"
    starter.release.set()
    qtbot.waitUntil(lambda: status.state == "connected", timeout=60_000)
    assert console.window is window  # the same window, now with the connection's tabs
    assert window.tabs.count() >= 5 and window.lookup is console.tabs.lookup
    assert window.reset_sandbox_action.isVisible()
    console.closed.set()
    qtbot.waitUntil(task.done, timeout=60_000)
    assert task.result() == 0
    assert starter.process.poll() is not None  # the child went with the console
