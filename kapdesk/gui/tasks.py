"""Background coroutines for the GUI: named, referenced, cancelled by name, failures logged.

A task started under a name that is already running cancels its predecessor (a new lookup
replaces the old one). asyncio keeps only weak references to tasks, so this holds them.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)


class TaskRunner:
    """Starts coroutines as tasks and reports their unexpected failures to ``on_error``."""

    def __init__(self, on_error: Callable[[BaseException], None] | None = None) -> None:
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._on_error = on_error

    def start(self, name: str, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        previous = self._tasks.get(name)
        if previous is not None and not previous.done():
            previous.cancel()
        task = asyncio.ensure_future(coro)
        task.set_name(name)
        self._tasks[name] = task
        task.add_done_callback(functools.partial(self._finished, name))
        return task

    def running(self, name: str) -> bool:
        task = self._tasks.get(name)
        return task is not None and not task.done()

    def cancel(self, name: str) -> None:
        task = self._tasks.get(name)
        if task is not None and not task.done():
            task.cancel()

    async def cancel_all(self) -> None:
        """Cancel everything in flight and wait until each task has unwound."""
        tasks = [t for t in self._tasks.values() if not t.done()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()

    def _finished(self, name: str, task: asyncio.Task[Any]) -> None:
        if self._tasks.get(name) is task:
            del self._tasks[name]
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        log.error("task %s failed", name, exc_info=error)
        if self._on_error is not None:
            self._on_error(error)


def _widget_gone(error: BaseException) -> bool:
    # shiboken's words when a coroutine outlives the widget it was working for.
    return isinstance(error, RuntimeError) and "already deleted" in str(error)


def report_failure(task: asyncio.Task[Any]) -> None:
    """A done-callback for a tab's own task: its failure is logged (never left for asyncio's
    "exception was never retrieved"), except that a task which outlived its closed widget
    has nobody to tell."""
    if task.cancelled():
        return
    error = task.exception()
    if error is None:
        return
    if _widget_gone(error):
        log.debug("task %s ended after its widget was closed", task.get_name())
        return
    log.error("task %s failed", task.get_name(), exc_info=error)
