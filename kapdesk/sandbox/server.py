"""Run the sandbox: uvicorn (h11, plain asyncio) in a background thread on a loopback port.

with SandboxServer(SandboxConfig(seed=1)) as server:
    server.base_url  # "http://127.0.0.1:PORT/api"
"""

from __future__ import annotations

import logging
import random
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import uvicorn

from kapdesk.sandbox.app import Api, ConnectionDropped, build_app
from kapdesk.sandbox.dialect import Dialect
from kapdesk.sandbox.faults import Faults
from kapdesk.sandbox.seedplan import populate
from kapdesk.sandbox.state import Gateway
from kapdesk.sandbox.store import Store, open_store

DEFAULT_USER = "TerminalSys/kapital"
DEFAULT_PASSWORD = "kapital123"  # noqa: S105 - the bank's published test pair


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class SandboxConfig:
    seed: int | None = 1  # None: start empty
    latency_ms: int = 0
    faults: dict[str, float] = field(default_factory=dict)
    fault_seed: int | None = None
    fault_reads: bool = False
    # The gateway's variants (kapdesk.sandbox.dialect): "PartPaid" and a 500 for "no order found".
    part_paid: str = "PartiallyPaid"
    not_found_status: int = 404
    user: str = DEFAULT_USER
    password: str = field(default=DEFAULT_PASSWORD, repr=False)
    host: str = "127.0.0.1"
    port: int = 0
    state_file: Path | None = None
    now: Callable[[], datetime] | None = None
    luhn_action_ids: bool = False  # action ids whose digits pass Luhn (tests of the masking)


class _QuietDrops(logging.Filter):
    """Keep uvicorn's traceback for a deliberately dropped connection out of the logs."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, ConnectionDropped)


_QUIET = _QuietDrops()
logging.getLogger("uvicorn.error").addFilter(_QUIET)


class _Server(uvicorn.Server):
    """uvicorn's server that says when it is listening, so that start() need not poll."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.listening = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            await super().startup(sockets=sockets)
        finally:
            self.listening.set()  # also on failure: start() then sees started == False


def open_gateway(config: SandboxConfig) -> tuple[Gateway, Store, list[int]]:
    """The state (seeded when new and asked for); a --state file keeps what it already holds."""
    store = open_store(config.state_file)
    rng = random.Random(config.seed)
    gateway = Gateway(store, config.now or _utc_now, rng)
    gateway.luhn_action_ids = config.luhn_action_ids
    seeded = store.get_meta("seeded_ids")
    if seeded is None:
        ids = populate(gateway, config.seed) if config.seed is not None else []
        store.put_meta("seeded_ids", ",".join(map(str, ids)))
    else:
        ids = [int(item) for item in seeded.split(",") if item]
    return gateway, store, ids


class SandboxServer:
    """The sandbox gateway on a real port, served from a daemon thread."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.faults = Faults(
            self.config.faults,
            seed=self.config.fault_seed,
            latency_ms=self.config.latency_ms,
            reads=self.config.fault_reads,
        )
        dialect = Dialect(self.config.part_paid, self.config.not_found_status)  # checked first
        self.gateway, self._store, self._seeded = open_gateway(self.config)
        self._api = Api(self.gateway, self.faults, self.config.user, self.config.password, dialect)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self.port = 0

    @property
    def root_url(self) -> str:
        host = self.config.host
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.root_url}/api"

    def start(self) -> SandboxServer:
        family = socket.AF_INET6 if ":" in self.config.host else socket.AF_INET
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets that say so, and
        # without it every answer waits ~40 ms for a delayed ACK (headers and body go apart).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.config.host, self.config.port))
        self._socket = sock
        self.port = sock.getsockname()[1]
        self.gateway.hpp_url = f"{self.root_url}/flex"
        config = uvicorn.Config(
            build_app(self._api),
            loop="asyncio",
            http="h11",
            lifespan="off",
            access_log=False,
            log_config=None,
            log_level="warning",
            timeout_graceful_shutdown=1,
            timeout_keep_alive=5,
        )
        self._server = _Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="kapdesk-sandbox", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        # Woken the moment uvicorn listens (a 10 ms poll cost up to 10 ms of start-up).
        while not self._server.listening.wait(0.05):
            if not self._thread.is_alive() or time.monotonic() > deadline:
                break
        if not self._server.started:
            raise RuntimeError("the sandbox server did not start")
        return self

    def stop(self) -> None:
        self._api.stopping.set()  # hanging `timeout` faults end now
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None
        self._store.close()

    def set_faults(self, faults: dict[str, float]) -> None:
        self.faults.set(faults)

    def set_latency(self, ms: int) -> None:
        self.faults.latency_ms = ms

    def seeded_order_ids(self) -> list[int]:
        return list(self._seeded)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
