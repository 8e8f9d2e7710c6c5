"""The socket-keeping pool (kapdesk.gateway.pool): installed, and still sees a closed connection.

httpcore asks each idle connection, before reusing it, whether the server has closed it. The
streams of kapdesk.gateway.pool answer that from the socket they keep; if they answered
wrongly, the next request would go out on a dead connection and fail. Tested against a real
server on loopback that closes a kept-alive connection after its first answer.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio

from kapdesk.gateway.client import GatewayClient
from kapdesk.gateway.pool import SocketKeepingBackend, is_readable, keep_sockets

ANSWER = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok"


class ClosingServer:
    """Answers one request per connection, keeps it alive, then closes it from its side."""

    def __init__(self) -> None:
        self.connections = 0
        self.closed = 0  # connections this side has closed
        self._changed = asyncio.Condition()
        self.server: asyncio.Server | None = None

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        await reader.readuntil(b"\r\n\r\n")
        writer.write(ANSWER)
        await writer.drain()
        await asyncio.sleep(0.05)  # the client has put the connection back in its pool
        writer.close()
        await writer.wait_closed()
        async with self._changed:
            self.closed += 1
            self._changed.notify_all()

    async def wait_closed(self, count: int) -> None:
        async with asyncio.timeout(10), self._changed:
            await self._changed.wait_for(lambda: self.closed >= count)

    @property
    def url(self) -> str:
        assert self.server is not None
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}/"


@pytest_asyncio.fixture
async def closing_server() -> AsyncIterator[ClosingServer]:
    served = ClosingServer()
    served.server = await asyncio.start_server(served.handle, "127.0.0.1", 0)
    async with served.server:
        yield served


@pytest.mark.asyncio
async def test_a_connection_the_server_closed_is_not_reused(closing_server: ClosingServer) -> None:
    async with httpx.AsyncClient() as client:
        assert keep_sockets(client) == 1
        first = await client.get(closing_server.url)
        await closing_server.wait_closed(1)
        await asyncio.sleep(0.05)  # the server's FIN reaches this side
        second = await client.get(closing_server.url)  # on a dead connection it would fail
        await closing_server.wait_closed(2)
    assert (first.text, second.text) == ("ok", "ok")
    assert closing_server.connections == 2


def test_is_readable_tells_an_idle_socket_from_a_closed_peer() -> None:
    mine, theirs = socket.socketpair()
    with mine:
        assert not is_readable(mine)
        theirs.close()
        assert is_readable(mine)  # the end of the stream is waiting
    assert is_readable(mine)  # closed here: gone counts as readable
    assert is_readable(None)


@pytest.mark.asyncio
async def test_the_gateway_client_pools_with_kept_sockets() -> None:
    # Fails when an httpx upgrade moves the pool: keep_sockets would then change nothing.
    client = GatewayClient("http://127.0.0.1:9/api", "user", "password")
    try:
        pool = client._http._transport._pool  # type: ignore[attr-defined]
        assert isinstance(pool._network_backend, SocketKeepingBackend)
        assert keep_sockets(client._http) == 0  # once is enough
    finally:
        await client.aclose()


@pytest.mark.asyncio
async def test_a_transport_of_the_callers_own_is_left_alone() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    async with httpx.AsyncClient(transport=transport) as client:
        assert keep_sockets(client) == 0
