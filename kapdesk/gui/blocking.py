"""Run slow calls (KDF, keyring, disk) for a dialog: inline for tests, or on a thread pool.

A runner takes ``work`` (no arguments) and two callbacks; it calls exactly one of them on
the GUI thread. ``run_inline`` is the synchronous default, so dialogs work in plain
pytest-qt tests; the app passes ``ThreadRunner()`` so a 0.1-0.3 s KDF never freezes a window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class Runner(Protocol):
    def __call__(self, work: Callable[[], Any], done: Done, failed: Failed) -> None: ...


def run_inline(work: Callable[[], Any], done: Done, failed: Failed) -> None:
    """Run ``work`` now, on this thread."""
    try:
        result = work()
    except Exception as exc:  # every failure goes to the dialog, which shows a sentence
        failed(exc)
    else:
        done(result)


class _Relay(QObject):
    """Lives on the GUI thread; its signal carries the result back from the worker."""

    finished = Signal(object, object)

    def __init__(self, done: Done, failed: Failed) -> None:
        super().__init__()
        self._done, self._failed = done, failed
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        if isinstance(error, Exception):
            self._failed(error)
        else:
            self._done(result)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work, self._relay = work, relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the GUI thread, never lost in the pool
            self._relay.finished.emit(None, exc)
        else:
            self._relay.finished.emit(result, None)


class ThreadRunner:
    """Runs work on a QThreadPool and calls back on the GUI thread (works with qasync too)."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()  # strong references until each job answers

    def __call__(self, work: Callable[[], Any], done: Done, failed: Failed) -> None:
        relay: _Relay

        def finish(call: Callable[[Any], None]) -> Callable[[Any], None]:
            def inner(value: Any) -> None:
                self._relays.discard(relay)
                call(value)

            return inner

        relay = _Relay(finish(done), finish(failed))
        self._relays.add(relay)
        self._pool.start(_Job(work, relay))
