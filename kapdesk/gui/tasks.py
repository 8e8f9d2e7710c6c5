"""The one way the GUI starts background work: named tasks, blocking calls, failures shown.

One ``TaskRunner`` serves one connection (the app builds it with the connection and hands it
to every tab). A task started under a name that is still running cancels its predecessor (a
new lookup replaces the old one); asyncio keeps only weak references to tasks, so this holds
them; an unexpected failure is logged once, here, and shown through ``on_error`` (the
message bridge). Blocking calls (sqlite, keyring, a KDF, a file) run on a worker thread
through the same runner, so ``cancel_all()`` (idle lock, profile switch) reaches them too.
Nothing in ``gui/`` outside this module calls ``create_task``, ``ensure_future`` or
``to_thread`` (tests/test_layers.py).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
from collections.abc import Callable, Coroutine
from typing import Any, Protocol, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class Runner(Protocol):
    """How a dialog runs one slow call: ``work()``, then ``done(result)`` or ``failed(error)``."""

    def __call__(self, work: Callable[[], Any], done: Done, failed: Failed) -> None: ...


def run_inline(work: Callable[[], Any], done: Done, failed: Failed) -> None:
    """Run ``work`` now, on this thread (the dialogs' default, for synchronous tests)."""
    try:
        result = work()
    except Exception as exc:  # every failure goes to the dialog, which shows a sentence
        failed(exc)
    else:
        done(result)


class TaskRunner:
    """Starts coroutines as named tasks and reports their unexpected failures to ``on_error``."""

    def __init__(self, on_error: Callable[[BaseException], None] | None = None) -> None:
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._on_error = on_error

    def start(self, name: str, coro: Coroutine[Any, Any, T]) -> asyncio.Task[T]:
        """Run ``coro`` as the task ``name``; a task of that name still running is cancelled."""
        previous = self._tasks.get(name)
        if previous is not None and not previous.done():
            previous.cancel()
        task = asyncio.ensure_future(coro)
        task.set_name(name)
        self._tasks[name] = task
        task.add_done_callback(functools.partial(self._finished, name))
        return task

    def start_blocking(self, name: str, func: Callable[..., T], *args: Any) -> asyncio.Task[T]:
        """Run ``func(*args)`` on a worker thread as the task ``name`` (its result awaitable)."""
        return self.start(name, blocking(func, *args))

    def in_thread(self, name: str) -> Runner:
        """A dialog's ``Runner`` that does its slow call through this runner, as ``name``."""

        def run(work: Callable[[], Any], done: Done, failed: Failed) -> None:
            async def call() -> None:
                try:
                    result = await blocking(work)
                except Exception as exc:  # handed to the dialog, which shows a sentence
                    failed(exc)
                else:
                    done(result)

            self.start(name, call())

        return run

    def idle(self) -> bool:
        """Nothing of this runner is in flight (tests wait for it; so could a close)."""
        return all(t.done() for t in self._tasks.values())

    def running(self, name: str) -> bool:
        task = self._tasks.get(name)
        return task is not None and not task.done()

    def cancel(self, name: str) -> None:
        task = self._tasks.get(name)
        if task is not None and not task.done():
            task.cancel()

    async def cancel_all(self) -> None:
        """Cancel everything in flight and wait until each task has unwound.

        A money action cancelled here ends as "unknown" in the journal (the next reconcile
        settles it); the tabs are about to go, so nothing may run on in them.
        """
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
        if _widget_gone(error):
            log.debug("task %s ended after its widget was closed", name)
            return
        log.error("task %s failed", name, exc_info=error)
        if self._on_error is not None:
            self._on_error(error)


async def blocking(func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``await blocking(func, ...)``: a blocking call inside a runner's task, off the loop."""
    return await asyncio.to_thread(func, *args, **kwargs)


async def stoppable(
    func: Callable[..., T], stop: threading.Event, /, *args: Any, **kwargs: Any
) -> T:
    """A blocking call that watches ``stop``: cancelling the awaiting task sets it and waits
    until the thread has ended (a thread cannot be killed; it cleans up, then raises)."""
    work = asyncio.ensure_future(asyncio.to_thread(func, *args, **kwargs))
    try:
        return await asyncio.shield(work)
    except asyncio.CancelledError:
        stop.set()
        await asyncio.wait({work})
        if not work.cancelled():
            work.exception()  # the thread's own "stopped", expected; retrieved so asyncio is quiet
        raise


def _widget_gone(error: BaseException) -> bool:
    # shiboken's words when a coroutine outlives the widget it was working for.
    return isinstance(error, RuntimeError) and "already deleted" in str(error)
