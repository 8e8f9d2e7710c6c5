"""Answers that must not be believed: nested too deep, too large, about another order."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from kapdesk.domain.allowances import Operation
from kapdesk.gateway import transport
from kapdesk.gateway.client import MAX_TRANSACTIONS, GatewayClient
from kapdesk.gateway.errors import AnswerTooLarge, GatewayRefused, OutcomeUnknown
from kapdesk.journal.journal import Journal
from kapdesk.operations.money import MoneyDesk
from tests.gateway.gateway_answers import body, full_order
from tests.operations.money_helpers import run_op

BASE = "https://gateway.test/api"
USER, PASSWORD = "TerminalSys/shop", "terminal-S3cret"


class Counted(httpx.AsyncByteStream):
    """A body streamed in 64 KiB chunks, counting how many were pulled."""

    def __init__(self, total: int, chunk: bytes = b" " * 65536) -> None:
        self.total, self.chunk, self.pulled = total, chunk, 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(self.total):
            self.pulled += 1
            yield self.chunk


def client_on(handler: Callable[[httpx.Request], httpx.Response]) -> GatewayClient:
    async def no_sleep(seconds: float) -> None:
        pass

    return GatewayClient(BASE, USER, PASSWORD, transport=httpx.MockTransport(handler),
                         sleep=no_sleep)  # fmt: skip


def order_answer(**overrides: Any) -> str:
    return body(full_order(**overrides))


@pytest.mark.asyncio
async def test_answer_nested_200000_deep_is_unreadable_not_a_recursion_error() -> None:
    deep = '{"order": ' + "[" * 200_000 + "]" * 200_000 + "}"
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, text=deep)

    async with client_on(handler) as client:
        with pytest.raises(OutcomeUnknown) as caught:
            await client.get_order(5531)
        assert "could not be read" in str(caught.value)
        with pytest.raises(OutcomeUnknown) as money:
            await client.refund(5531, Decimal("1.00"), "AZN")
        assert money.value.moves_money and len([r for r in sent if r.method == "POST"]) == 1


@pytest.mark.asyncio
async def test_answer_nested_deeper_than_the_journal_can_walk_is_unreadable(
    tmp_path: Path,
) -> None:
    deep: Any = "leaf"
    for _ in range(900):  # json parses it; recursive walks of it later would not survive
        deep = {"n": deep}
    answer = body(full_order(id=5531, someNewField=deep))
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.method)
        return httpx.Response(200, text=answer)

    async with client_on(handler) as client:
        desk = MoneyDesk(client, Journal(tmp_path / "kapdesk.db"), profile="p", environment="c")
        with pytest.raises(OutcomeUnknown):
            await run_op(desk, 5531, Operation.CLEAR, Decimal("1.00"), "x")
    assert "POST" not in sent and desk.journal.entries() == []
    ordinary = body(full_order(someNewField={"a": [{"b": [{"c": 1}]}]}))
    async with client_on(lambda r: httpx.Response(200, text=ordinary)) as client:
        assert (await client.get_order(5531)).id == 5531


@pytest.mark.asyncio
async def test_deep_error_details_are_redacted_without_recursion() -> None:
    details: Any = (
        "Authorization: Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    )
    for _ in range(60):  # as deep as an answer may be
        details = [details]
    answer = body(
        {"errorCode": "InvalidRequest", "errorDescription": "x", "errorDetails": {"d": details}}
    )

    async with client_on(lambda r: httpx.Response(400, text=answer)) as client:
        with pytest.raises(GatewayRefused) as caught:
            await client.get_order(5531)
    assert PASSWORD not in repr(caught.value.details)


@pytest.mark.asyncio
async def test_answer_for_another_order_is_refused_and_nothing_is_sent(tmp_path: Path) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(
            200, text=order_answer(id=9999, typeRid="Order_SMS", status="FullyPaid")
        )

    async with client_on(handler) as client:
        with pytest.raises(OutcomeUnknown) as caught:
            await client.get_order(5531)
        assert "could not be read" in str(caught.value)
        desk = MoneyDesk(
            client, Journal(tmp_path / "kapdesk.db"), profile="p", environment="custom"
        )
        with pytest.raises(OutcomeUnknown):
            await run_op(desk, 5531, Operation.REFUND, Decimal("1.00"), "wrong order")
    assert [r.method for r in sent] == ["GET", "GET"]  # two reads, never a money call
    assert desk.journal.entries() == []


@pytest.mark.asyncio
async def test_answer_over_10_mb_is_given_up_while_streaming() -> None:
    stream = Counted(total=1000)  # 65 MB if read to the end

    async with client_on(lambda r: httpx.Response(200, stream=stream)) as client:
        with pytest.raises(AnswerTooLarge) as caught:
            await client.get_order(5531)
    assert "too large" in str(caught.value) and "10 MB" in str(caught.value)
    assert stream.pulled <= transport.MAX_ANSWER_BYTES // 65536 + 1  # stopped at the cap
    assert stream.pulled < 1000


@pytest.mark.asyncio
async def test_declared_length_over_the_cap_is_refused_before_reading() -> None:
    stream = Counted(total=1)
    headers = {"Content-Length": str(transport.MAX_ANSWER_BYTES + 1)}
    async with client_on(lambda r: httpx.Response(200, headers=headers, stream=stream)) as client:
        with pytest.raises(AnswerTooLarge) as caught:
            await client.refund(5531, Decimal("1.00"), "AZN")
    assert caught.value.moves_money and "may or may not have happened" in str(caught.value)
    assert stream.pulled == 0


@pytest.mark.asyncio
async def test_more_than_10000_transactions_is_too_large() -> None:
    tran = {"phase": "Single", "type": "Purchase", "amount": 1, "currency": "AZN"}
    many = order_answer(trans=[tran] * (MAX_TRANSACTIONS + 1))
    async with client_on(lambda r: httpx.Response(200, text=many)) as client:
        with pytest.raises(AnswerTooLarge) as caught:
            await client.get_order(5531)
    assert "10000 transactions" in str(caught.value)


@pytest.mark.asyncio
async def test_an_ordinary_gzip_answer_still_reads() -> None:
    import gzip

    packed = gzip.compress(order_answer().encode())
    headers = {"Content-Encoding": "gzip"}
    async with client_on(lambda r: httpx.Response(200, headers=headers, content=packed)) as client:
        order = await client.get_order(5531)
    assert order.id == 5531


@pytest.mark.asyncio
async def test_amount_of_27_digits_in_an_answer_is_unreadable() -> None:
    huge = order_answer(amount=int("1" * 27))
    async with client_on(lambda r: httpx.Response(200, text=huge)) as client:
        with pytest.raises(OutcomeUnknown):
            await client.get_order(5531)


@pytest.mark.asyncio
async def test_refusal_masks_the_terminal_password_the_basic_header_and_the_order_password() -> (
    None
):
    from kapdesk.domain.secret import Secret

    basic = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    echo = (f"got header Basic {basic}, credentials {USER}:{PASSWORD}, raw {basic}, query pw "
            "order-pw-xyz, Bearer eyJhbGci0.abc123.def456, pan 4169741330151778")  # fmt: skip
    answer = body(
        {"errorCode": "InvalidRequest", "errorDescription": echo, "errorDetails": {"e": echo}}
    )
    async with client_on(lambda r: httpx.Response(400, text=answer)) as client:
        with pytest.raises(GatewayRefused) as caught:
            await client.credit(7, Secret("order-pw-xyz"))
    shown = str(caught.value) + repr(caught.value.details) + caught.value.description
    for secret in (PASSWORD, basic, "order-pw-xyz", "eyJhbGci0.abc123.def456", "4169741330151778"):
        assert secret not in shown
    assert "InvalidRequest" in shown
