"""The client against a sandbox injecting faults: money is never resent, reads recover."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from kapdesk.gateway.client import GatewayClient
from kapdesk.gateway.errors import OutcomeUnknown
from kapdesk.sandbox.server import SandboxServer
from tests.gateway.gateway_flows import paid_order

D = Decimal
MakeSandbox = Callable[..., SandboxServer]


async def _refund_under(make_sandbox: MakeSandbox, credentials: Any, fault: str, **client_kw: Any):  # type: ignore[no-untyped-def]
    server = make_sandbox(seed=None)
    async with GatewayClient(server.base_url, *credentials, **client_kw) as client:
        created = await paid_order(client, server.base_url, amount="10.00")
        server.set_faults({fault: 1.0})
        with pytest.raises(OutcomeUnknown) as caught:
            await client.refund(created.id, D("4"), "AZN")
        server.set_faults({})
        order = await client.get_order(created.id)
    refunds = [t for t in order.transactions if t.type == "Refund"]
    return caught.value, refunds


@pytest.mark.asyncio
async def test_dropped_after_commit_is_unknown_and_the_refund_happened_once(
    make_sandbox: MakeSandbox, credentials: Any
) -> None:
    error, refunds = await _refund_under(make_sandbox, credentials, "drop_after_commit")
    assert error.reason == "dropped"
    assert [t.amount for t in refunds] == [D("4.00")]  # done once: never blindly resent


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("fault", "reason"), [("error500", "server_error"), ("malformed", "unreadable")]
)
async def test_a_broken_answer_to_money_is_unknown_and_not_resent(
    make_sandbox: MakeSandbox, credentials: Any, fault: str, reason: str
) -> None:
    error, refunds = await _refund_under(make_sandbox, credentials, fault)
    assert error.reason == reason and refunds == []


@pytest.mark.asyncio
async def test_a_hanging_gateway_hits_the_deadline(
    make_sandbox: MakeSandbox, credentials: Any
) -> None:
    error, refunds = await _refund_under(make_sandbox, credentials, "timeout", timeout=0.5)
    assert error.reason == "timeout" and refunds == []


@pytest.mark.asyncio
async def test_reads_ride_out_intermittent_server_errors(
    make_sandbox: MakeSandbox, credentials: Any
) -> None:
    server = make_sandbox(seed=1, faults={"error500": 0.5}, fault_seed=7, fault_reads=True)
    ids = server.seeded_order_ids()[:20]
    async with GatewayClient(
        server.base_url, *credentials, read_retries=8, retry_backoff=0
    ) as client:
        orders = [await client.get_order(order_id) for order_id in ids]
    assert [o.id for o in orders] == ids
