"""The client against the real sandbox over HTTP on loopback: every endpoint and detail level."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal

import pytest
import pytest_asyncio

from kapdesk.domain.orders import OrderStatus, OrderType
from kapdesk.domain.secret import Secret
from kapdesk.gateway.client import GatewayClient, NewOrder
from kapdesk.gateway.errors import (
    AuthenticationFailed,
    GatewayRefused,
    NotSent,
    OrderNotFound,
)
from kapdesk.sandbox.server import SandboxServer
from tests.gateway.gateway_flows import DECLINING_CARD, paid_order, pay

D = Decimal


@pytest_asyncio.fixture
async def client(sandbox_url: str, credentials: tuple[str, str]) -> AsyncIterator[GatewayClient]:
    async with GatewayClient(sandbox_url, *credentials, timeout=10) as gateway:
        yield gateway


@pytest.mark.asyncio
async def test_every_seeded_order_reads_at_each_detail_level(
    client: GatewayClient, sandbox: SandboxServer
) -> None:
    statuses = set()
    for order_id in sandbox.seeded_order_ids():
        short = await client.get_order(order_id, detailed=False)
        full = await client.get_order(order_id)
        assert short.id == full.id == order_id and short.status == full.status
        assert full.detailed and not short.detailed and short.transactions == ()
        assert full.created is not None and full.created.utcoffset() is not None
        assert "password" not in full.raw or full.raw["password"] == "********"
        statuses.add(full.status)
    # The seed covers the statuses a clerk meets; every one of them parsed.
    assert {OrderStatus.AUTHORIZED, OrderStatus.FULLY_PAID, OrderStatus.REFUNDED} <= statuses


@pytest.mark.asyncio
async def test_unknown_order_and_wrong_password(sandbox_url: str, client: GatewayClient) -> None:
    with pytest.raises(OrderNotFound):
        await client.get_order(987654321)
    async with GatewayClient(sandbox_url, "TerminalSys/kapital", "wrong") as stranger:
        with pytest.raises(AuthenticationFailed):
            await stranger.get_order(5001)
        with pytest.raises(AuthenticationFailed):
            await stranger.release(5001)


@pytest.mark.asyncio
@pytest.mark.parametrize("order_type", list(OrderType))
async def test_create_every_order_type(client: GatewayClient, order_type: OrderType) -> None:
    created = await client.create_order(NewOrder(order_type, D("12.5"), "AZN", title="t"))
    assert created.status is OrderStatus.PREPARING and created.password.reveal()
    order = await client.get_order(created.id)
    assert (order.type, order.status, order.amount) == (
        order_type,
        OrderStatus.PREPARING,
        D("12.50"),
    )
    assert order.raw.get("password") in (None, "********")


@pytest.mark.asyncio
async def test_purchase_refund_in_parts(client: GatewayClient, sandbox_url: str) -> None:
    created = await paid_order(client, sandbox_url, amount="10.00")
    result = await client.refund(created.id, D("4"), "AZN")
    assert result.approval_code and result.rrn and result.pmo_result_code == "1"
    with pytest.raises(GatewayRefused) as too_much:
        await client.refund(created.id, D("6.01"), "AZN")
    assert too_much.value.code == "InvalidAmt"
    await client.refund(created.id, D("6"), "AZN")
    order = await client.get_order(created.id)
    assert order.status is OrderStatus.REFUNDED
    refunds = [t for t in order.transactions if t.type == "Refund"]
    assert [t.amount for t in refunds] == [D("4.00"), D("6.00")]
    assert refunds[0].rrn == result.rrn and refunds[0].clear_amount == D("-4.00")


@pytest.mark.asyncio
async def test_preauth_clear_in_parts_then_reverse(client: GatewayClient, sandbox_url: str) -> None:
    created = await paid_order(client, sandbox_url, OrderType.PREAUTH, "20.00")
    assert (await client.get_order(created.id)).status is OrderStatus.AUTHORIZED
    await client.clear(created.id, D("5"), "AZN")
    assert (await client.get_order(created.id)).status is OrderStatus.PARTIALLY_PAID
    await client.clear(created.id, D("15"), "AZN")
    assert (await client.get_order(created.id)).status is OrderStatus.FULLY_PAID
    await client.reverse_clearing(created.id)
    order = await client.get_order(created.id)
    assert order.status is OrderStatus.VOIDED
    assert any(t.phase == "Clearing" and t.is_reversal for t in order.transactions)


@pytest.mark.asyncio
async def test_release_a_hold(client: GatewayClient, sandbox_url: str) -> None:
    created = await paid_order(client, sandbox_url, OrderType.PREAUTH, "7.00")
    await client.release(created.id)
    assert (await client.get_order(created.id)).status is OrderStatus.VOIDED
    with pytest.raises(GatewayRefused) as again:
        await client.release(created.id)
    assert again.value.code == "InvalidOrderState"


@pytest.mark.asyncio
async def test_same_day_reversals(client: GatewayClient, sandbox_url: str) -> None:
    partly = await paid_order(client, sandbox_url, amount="10.00")
    await client.reverse(partly.id, D("3"), "AZN")
    order = await client.get_order(partly.id)
    assert order.status is OrderStatus.FULLY_PAID and order.amount == D("7.00")
    fully = await paid_order(client, sandbox_url, amount="10.00")
    await client.reverse(fully.id)
    assert (await client.get_order(fully.id)).status is OrderStatus.VOIDED


@pytest.mark.asyncio
async def test_payout_to_a_card(client: GatewayClient) -> None:
    created = await client.create_order(NewOrder(OrderType.PAYOUT, D("25"), "AZN"))
    token = await client.set_destination_card(
        created.id, created.password, Secret("4169741330151778")
    )
    assert token.masked_pan == "416974******1778"
    result = await client.credit(created.id, created.password)
    assert result.approval_code
    order = await client.get_order(created.id)
    assert order.status is OrderStatus.FULLY_PAID
    assert [t.type for t in order.transactions] == ["Credit"]
    assert "4169741330151778" not in repr(order) + str(order.raw)


@pytest.mark.asyncio
async def test_invalid_destination_card_is_refused(client: GatewayClient) -> None:
    created = await client.create_order(NewOrder(OrderType.PAYOUT, D("1"), "AZN"))
    with pytest.raises(GatewayRefused) as caught:
        await client.set_destination_card(created.id, created.password, Secret("4169741330151779"))
    assert "4169741330151779" not in str(caught.value) + repr(caught.value.details)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("order_type", "preauth", "status"),
    [
        (OrderType.SAVED_CARD_PURCHASE, False, OrderStatus.FULLY_PAID),
        (OrderType.SAVED_CARD_PREAUTH, True, OrderStatus.AUTHORIZED),
    ],
)
async def test_charge_a_saved_card(
    client: GatewayClient,
    sandbox_url: str,
    order_type: OrderType,
    preauth: bool,
    status: OrderStatus,
) -> None:
    first = await paid_order(client, sandbox_url, save_card=True)
    card = (await client.get_order(first.id)).card
    assert card is not None and card.stored_id is not None
    created = await client.create_order(NewOrder(order_type, D("3"), "AZN"))
    token = await client.set_source_token(created.id, created.password, card.stored_id)
    assert token.status is OrderStatus.PREPARING and token.masked_pan == card.masked_pan
    await client.charge_saved_card(created.id, created.password, preauth=preauth)
    assert (await client.get_order(created.id)).status is status


@pytest.mark.asyncio
async def test_wrong_order_password_is_refused(client: GatewayClient) -> None:
    created = await client.create_order(NewOrder(OrderType.PAYOUT, D("1"), "AZN"))
    with pytest.raises(GatewayRefused):
        await client.set_destination_card(created.id, Secret("nope"), Secret("4169741330151778"))


@pytest.mark.asyncio
async def test_a_declined_payment_shows_its_code(client: GatewayClient, sandbox_url: str) -> None:
    created = await client.create_order(NewOrder(OrderType.PURCHASE, D("2"), "AZN"))
    await pay(sandbox_url, created, DECLINING_CARD)
    order = await client.get_order(created.id)
    assert order.status is OrderStatus.DECLINED
    assert [t.pmo_result_code for t in order.transactions] == ["59"]
    assert not order.transactions[0].approved


@pytest.mark.asyncio
async def test_nothing_listening_is_not_sent(sandbox: SandboxServer) -> None:
    import socket

    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        port = spare.getsockname()[1]
    async with GatewayClient(
        f"http://127.0.0.1:{port}/api", "u", "p", read_retries=1, retry_backoff=0
    ) as client:
        with pytest.raises(NotSent):
            await client.get_order(5001)
        with pytest.raises(NotSent):
            await client.refund(5001, D("1"), "AZN")
