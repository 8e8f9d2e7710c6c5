"""The lookup use case: many orders at once, bounded, in input order, cancellable."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from kapdesk.gateway.client import GatewayClient
from kapdesk.i18n import UserError
from kapdesk.journal.orders import OrderIndex
from kapdesk.operations.lookup import LookupResult, look_up_many, parse_order_ids, without_raw
from kapdesk.operations.orders_service import OrderLookupService
from kapdesk.sandbox.server import SandboxServer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5001\n5002\r\n5003\n", [5001, 5002, 5003]),
        ("5003, 5001;5003 5002\t#5001", [5003, 5001, 5002]),
        ("  \n\n", []),
    ],
)
def test_parse_order_ids(text: str, expected: list[int]) -> None:
    assert parse_order_ids(text) == expected


@pytest.mark.parametrize("bad", ["12a", "-5", "0", "1.5", "٣٤"])
def test_parse_order_ids_names_what_is_wrong(bad: str) -> None:
    with pytest.raises(UserError, match="is not an order id"):
        parse_order_ids(f"5001\n{bad}")


@pytest.mark.asyncio
async def test_many_orders_in_input_order_each_once(
    sandbox: SandboxServer, credentials: tuple[str, str]
) -> None:
    seeded = sandbox.seeded_order_ids()
    ids = [seeded[5], 987654321, seeded[0], seeded[5], seeded[3]]
    seen: list[LookupResult] = []
    async with GatewayClient(sandbox.base_url, *credentials) as client:
        results = await look_up_many(client, ids, concurrency=3, on_result=seen.append)
    assert [r.order_id for r in results] == [seeded[5], 987654321, seeded[0], seeded[3]]
    assert sorted(r.order_id for r in seen) == sorted(r.order_id for r in results)
    missing = results[1]
    assert missing.order is None and not missing.ok
    assert str(missing.error) == "Order 987654321 was not found."
    for result in results[::2]:
        assert result.ok and result.order is not None and result.order.id == result.order_id
        assert result.order.detailed and result.error is None


@pytest.mark.asyncio
async def test_refused_credentials_are_said_per_order(sandbox: SandboxServer) -> None:
    async with GatewayClient(sandbox.base_url, "TerminalSys/kapital", "wrong") as client:
        results = await look_up_many(client, sandbox.seeded_order_ids()[:2])
    assert all("credentials" in str(r.error) for r in results)


@pytest.mark.asyncio
async def test_unreachable_gateway_is_said_per_order() -> None:
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        port = spare.getsockname()[1]
    url = f"http://127.0.0.1:{port}/api"
    async with GatewayClient(url, "u", "p", read_retries=0) as client:
        results = await look_up_many(client, [1, 2])
    assert all("could not be reached" in str(r.error) for r in results)


def _counting_transport(delay: float) -> tuple[httpx.MockTransport, Callable[[], int]]:
    in_flight = 0
    peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(delay)
        in_flight -= 1
        order_id = int(request.url.path.rsplit("/", 1)[1])
        order = {"id": order_id, "typeRid": "Order_SMS", "status": "FullyPaid", "amount": 1,
                 "currency": "AZN"}  # fmt: skip
        return httpx.Response(200, json={"order": order})

    return httpx.MockTransport(handler), lambda: peak


@pytest.mark.asyncio
@pytest.mark.parametrize("concurrency", [1, 4])
async def test_concurrency_is_bounded(concurrency: int) -> None:
    transport, peak = _counting_transport(0.01)
    async with GatewayClient("https://gw.test/api", "u", "p", transport=transport) as client:
        results = await look_up_many(client, range(1, 21), concurrency=concurrency)
    assert [r.order_id for r in results] == list(range(1, 21))
    assert peak() == concurrency


@pytest.mark.asyncio
async def test_cancelling_stops_promptly(
    make_sandbox: Callable[..., SandboxServer], credentials: tuple[str, str]
) -> None:
    # Every answer takes a minute: a cancel that waited for the requests in flight would
    # still be waiting when the generous 30 s below run out. How prompt it is on a quiet
    # machine is a figure of make bench ("cancel a batch in flight"), not of this test.
    server = make_sandbox(seed=1, latency_ms=60_000)
    seen: list[LookupResult] = []
    async with GatewayClient(server.base_url, *credentials) as client:
        task = asyncio.create_task(
            look_up_many(client, server.seeded_order_ids(), on_result=seen.append)
        )
        await asyncio.sleep(0)  # started: its first requests are on their way
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout=30)
    assert seen == []


@pytest.mark.asyncio
async def test_after_a_cancel_nothing_more_is_sent() -> None:
    sent: list[int] = []
    in_flight: set[int] = set()
    all_out, all_back = asyncio.Event(), asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        order_id = int(request.url.path.rsplit("/", 1)[1])
        sent.append(order_id)
        in_flight.add(order_id)
        if len(in_flight) == 4:
            all_out.set()
        try:
            await asyncio.Event().wait()  # no answer comes: only the cancel ends it
        finally:
            in_flight.discard(order_id)
            if not in_flight:
                all_back.set()
        raise AssertionError("unreachable")

    transport = httpx.MockTransport(handler)
    seen: list[LookupResult] = []
    async with GatewayClient("https://gw.test/api", "u", "p", transport=transport) as client:
        task = asyncio.create_task(
            look_up_many(client, range(1, 101), concurrency=4, on_result=seen.append)
        )
        await asyncio.wait_for(all_out.wait(), timeout=30)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout=30)
        # The requests in flight are abandoned, not left running (a worker that outlived the
        # cancel would keep its request and then send the next).
        await asyncio.wait_for(all_back.wait(), timeout=30)
        for _ in range(20):
            await asyncio.sleep(0)
    assert sorted(sent) == [1, 2, 3, 4] and seen == []


@pytest.mark.asyncio
async def test_a_streamed_batch_holds_nothing_and_every_result_arrives_once() -> None:
    transport, peak = _counting_transport(0.001)
    seen: list[LookupResult] = []
    async with GatewayClient("https://gw.test/api", "u", "p", transport=transport) as client:
        kept = await look_up_many(
            client, [*range(1, 301), 7], concurrency=16, on_result=seen.append, keep=None
        )
    assert kept == []
    assert sorted(r.order_id for r in seen) == list(range(1, 301))
    assert all(r.ok for r in seen) and peak() <= 16


@pytest.mark.asyncio
async def test_results_kept_without_their_raw_answer_are_otherwise_the_same(
    sandbox: SandboxServer, credentials: tuple[str, str]
) -> None:
    ids = sandbox.seeded_order_ids()[:3]
    async with GatewayClient(sandbox.base_url, *credentials) as client:
        full = await look_up_many(client, ids)
        slim = await look_up_many(client, ids, keep=without_raw)
    assert [r.order_id for r in slim] == ids
    assert all(r.order is not None and r.order.raw == {} for r in slim)
    assert all(f.order is not None and f.order.raw for f in full)
    assert [r.order for r in slim] == [r.order for r in full]  # raw does not take part in ==


@pytest.mark.asyncio
async def test_the_lookup_service_streams_results_to_the_caller_and_the_index(
    sandbox: SandboxServer, credentials: tuple[str, str], tmp_path: Path
) -> None:
    ids = sandbox.seeded_order_ids()[:12]
    index = OrderIndex(tmp_path / "kapdesk.db", environment="sandbox", profile="test")
    seen: list[LookupResult] = []
    async with GatewayClient(sandbox.base_url, *credentials) as client:
        service = OrderLookupService(client, index, concurrency=4)
        returned = await service.look_up([*ids, 987654321], on_result=seen.append, keep=False)
    assert returned == []
    assert sorted(r.order_id for r in seen) == sorted([*ids, 987654321])
    assert sorted(k.order_id for k in index.search(limit=100)) == sorted(ids)


@pytest.mark.asyncio
async def test_a_streamed_batch_still_stops_when_cancelled(tmp_path: Path) -> None:
    sent: list[int] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        sent.append(int(request.url.path.rsplit("/", 1)[1]))
        await asyncio.Event().wait()  # no answer comes: only the cancel ends it
        raise AssertionError("unreachable")

    index = OrderIndex(tmp_path / "kapdesk.db", environment="sandbox", profile="test")
    seen: list[LookupResult] = []
    transport = httpx.MockTransport(handler)
    async with GatewayClient("https://gw.test/api", "u", "p", transport=transport) as client:
        service = OrderLookupService(client, index, concurrency=4)
        task = asyncio.create_task(
            service.look_up(range(1, 10_001), on_result=seen.append, keep=False)
        )
        for _ in range(200):
            if len(sent) == 4:
                break
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout=30)
        for _ in range(20):
            await asyncio.sleep(0)
    assert sorted(sent) == [1, 2, 3, 4] and seen == []
