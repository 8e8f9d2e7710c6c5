"""The GUI's one TaskRunner: named tasks replace their predecessor, failures are shown once,
blocking calls run on a worker thread through the same runner, cancel_all reaches them all."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from kapdesk.gui.tasks import TaskRunner


def test_a_named_task_started_again_cancels_its_predecessor(qrun: Any) -> None:
    runner = TaskRunner()

    async def scenario() -> tuple[bool, str]:
        first = runner.start("lookup", asyncio.sleep(30))
        second = runner.start("lookup", asyncio.sleep(0, "second"))
        result = await second
        await asyncio.sleep(0)
        return first.cancelled(), result

    assert qrun(scenario()) == (True, "second")
    assert runner.idle()


@pytest.mark.error_log("kapdesk.gui.tasks")
def test_a_failure_is_logged_and_shown_once(qrun: Any) -> None:
    shown: list[BaseException] = []
    runner = TaskRunner(on_error=shown.append)

    async def broken() -> None:
        raise ValueError("boom")

    async def scenario() -> None:
        task = runner.start("broken", broken())
        await asyncio.wait({task})

    qrun(scenario())
    assert [str(e) for e in shown] == ["boom"]


def test_a_blocking_call_runs_on_a_worker_thread_and_cancel_all_reaches_it(qrun: Any) -> None:
    runner = TaskRunner()
    release = threading.Event()

    async def scenario() -> tuple[bool, bool]:
        here = threading.get_ident()
        elsewhere = await runner.start_blocking("ident", threading.get_ident)
        waiting = runner.start_blocking("wait", release.wait, 30)
        await asyncio.sleep(0)
        await runner.cancel_all()
        release.set()
        return elsewhere != here, waiting.cancelled()

    assert qrun(scenario()) == (True, True)
    assert runner.idle()


def test_a_dialogs_slow_call_answers_through_done_or_failed(qtbot: Any, qloop: Any) -> None:
    runner = TaskRunner()
    done: list[object] = []
    failed: list[Exception] = []

    runner.in_thread("create")(lambda: 6 * 7, done.append, failed.append)
    runner.in_thread("remove")(lambda: 1 / 0, done.append, failed.append)
    qtbot.waitUntil(runner.idle, timeout=10_000)
    assert done == [42]
    assert [type(e) for e in failed] == [ZeroDivisionError]
