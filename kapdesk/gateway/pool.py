"""httpx's connection pool, made cheaper per request: each connection's socket looked up once.

Before every request and after every answer, httpcore's pool asks each idle connection of
its pool whether the server has closed it (``get_extra_info("is_readable")``). Through anyio
every such question rebuilds the stream's table of attributes and asks the system for the
peer's address, only to find the same socket again: with 16 connections, keeping the socket
took a batch lookup from 2.23 to 2.05 ms of client CPU per order (``make bench``'s 50 ms
sandbox). The streams here keep the socket they were opened
on and answer from it; everything else goes to httpcore's own backend unchanged (connecting,
TLS, reading, writing and the errors each raises, which decide "was it sent?").
"""

# ruff: noqa: ASYNC109 - the signatures are httpcore's (AsyncNetworkStream, AsyncNetworkBackend)

from __future__ import annotations

import select
import socket
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx


def is_readable(sock: socket.socket | None) -> bool:
    """Whether reading ``sock`` would not block: on an idle HTTP connection, only the end of
    the stream (the server closed it) can be waiting. A socket already gone counts as such."""
    if sock is None or sock.fileno() == -1:
        return True
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(sock.fileno(), select.POLLIN)
        return bool(poller.poll(0))
    ready, _, _ = select.select([sock], [], [], 0)  # Windows
    return bool(ready)


class SocketKeepingStream(httpcore.AsyncNetworkStream):
    """httpcore's stream, with its socket looked up once."""

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream
        self._socket: socket.socket | None = stream.get_extra_info("socket")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        wrapped = await self._stream.start_tls(ssl_context, server_hostname, timeout)
        return SocketKeepingStream(wrapped)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            return is_readable(self._socket)
        if info == "socket":
            return self._socket
        return self._stream.get_extra_info(info)


class SocketKeepingBackend(httpcore.AsyncNetworkBackend):
    """The pool's own backend, handing out :class:`SocketKeepingStream`."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self.backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self.backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return SocketKeepingStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        stream = await self.backend.connect_unix_socket(path, timeout, socket_options)
        return SocketKeepingStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self.backend.sleep(seconds)


def keep_sockets(http: httpx.AsyncClient) -> int:
    """Give the pools of the transports httpx built for ``http`` (its own and its proxies')
    the socket-keeping backend; returns how many it changed.

    httpx builds those transports itself (it honours HTTPS_PROXY only then) and offers no
    way to name their backend, so it is set on each pool here: httpx is held below 0.29 in
    pyproject.toml, and tests/gateway/test_pool.py fails if a pool no longer has one.
    """
    transports = [http._transport, *http._mounts.values()]
    changed = 0
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        if not isinstance(pool, httpcore.AsyncConnectionPool):
            continue  # a test's MockTransport, or a transport of the caller's own
        backend = pool._network_backend
        if not isinstance(backend, SocketKeepingBackend):
            pool._network_backend = SocketKeepingBackend(backend)
            changed += 1
    return changed


def prepare_first_request() -> None:
    """Import now what the first request of a running event loop would: anyio's asyncio
    backend and its locks (~30 ms), which httpcore loads on first use. The console calls
    this while the sandbox's child is still starting, so that the first lookup does not."""
    import anyio

    anyio.Lock()  # loads anyio's synchronisation module and the running loop's backend
    anyio.Event()
