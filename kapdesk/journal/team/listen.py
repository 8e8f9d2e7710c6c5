"""News of the team journal: LISTEN on a connection of its own, in a thread of its own.

``kapdesk.append`` ends with ``pg_notify('kapdesk_journal', seq)`` (v1.sql): every committed
row is announced to every listening workstation. This module listens with psycopg's sync API
(portable: qasync's loop on Windows is a Proactor loop, which psycopg's async API refuses),
on a dedicated connection (psycopg deadlocks when one queries inside its own ``notifies()``),
and only says "there is news": the caller re-reads from the last sequence it has seen
(``JournalStore.changed_since``). That is also how a reconnect is handled: notifications sent
while disconnected are lost, so after each (re)connect ``news()`` is called once and the
re-read brings what was missed.

``news`` is called on the listener's thread: hand it on to the GUI (``call_soon_threadsafe``
or a queued Qt signal), never touch a widget from it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

CHANNEL = "kapdesk_journal"
# How often the thread looks up from waiting to see whether it is asked to stop.
POLL_SECONDS = 0.25
# Pauses between reconnect attempts (the last one repeats).
RETRY_SECONDS = (0.2, 0.5, 1.0, 2.0, 5.0)


class Listening(Protocol):
    """A running listener: ``close()`` stops it (and waits for its thread)."""

    @property
    def connected(self) -> bool: ...

    def close(self) -> None: ...


class JournalListener:
    """One thread, one connection: LISTEN, wait, ``news()``; reconnect when cut off."""

    def __init__(
        self, connect: Callable[[], psycopg.Connection[Any]], news: Callable[[], None]
    ) -> None:
        self._connect = connect  # a new autocommit connection each time it is called
        self._news = news
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._conn: Any = None
        self._connected = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kapdesk journal listener")
        self._thread.daemon = True  # a stuck network must not keep the process alive
        self._ups = 0  # how many times the connection was made

    @classmethod
    def start(
        cls, connect: Callable[[], psycopg.Connection[Any]], news: Callable[[], None]
    ) -> JournalListener:
        listener = cls(connect, news)
        listener._thread.start()
        return listener

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    def wait_connected(self, timeout: float) -> bool:
        """Whether the listener is listening within ``timeout`` seconds."""
        return self._connected.wait(timeout)

    @property
    def reconnects(self) -> int:
        """How many times the connection was made again after being cut off."""
        return max(self._ups - 1, 0)

    @property
    def backend_pid(self) -> int | None:
        """The server process of the listening connection (None while disconnected)."""
        with self._lock:
            conn = self._conn
        return None if conn is None or conn.closed else int(conn.info.backend_pid)

    def close(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    # -- the thread ----------------------------------------------------------------------

    def _run(self) -> None:
        attempt = 0
        while not self._stop.is_set():
            try:
                self._listen()
                attempt = 0
            except Exception as exc:  # psycopg's errors and whatever a cut-off socket raises
                # The reason only, never the arguments: they hold the password.
                log.info("the team journal's news are cut off: %s", type(exc).__name__)
            finally:
                self._drop()
            pause = RETRY_SECONDS[min(attempt, len(RETRY_SECONDS) - 1)]
            attempt += 1
            self._stop.wait(pause)

    def _listen(self) -> None:
        import psycopg

        conn = self._connect()
        with self._lock:
            self._conn = conn
        conn.execute(f"LISTEN {CHANNEL}")
        self._ups += 1
        self._connected.set()
        self._tell()  # whatever happened while nobody listened: the caller re-reads
        while not self._stop.is_set():
            # Back at the first notification (a burst comes as one or a few re-reads).
            if any(True for _ in conn.notifies(timeout=POLL_SECONDS, stop_after=1)):
                self._tell()
            if conn.closed or conn.broken:
                raise psycopg.OperationalError("the listening connection is closed")

    def _tell(self) -> None:
        try:
            self._news()
        except Exception:  # the caller's bug must not stop the news
            log.warning("the journal's news could not be handed on", exc_info=True)

    def _drop(self) -> None:
        self._connected.clear()
        with self._lock:
            conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # closing a broken connection: nothing left to do
                log.debug("closing the listening connection failed", exc_info=True)
